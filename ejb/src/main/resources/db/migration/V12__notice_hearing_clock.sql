-- Notices' hearing clock: the 48 hours disregard Sundays, Christmas Day, Good Friday and bank
-- holidays (Crime and Security Act 2010 s.27; Domestic Abuse Act 2021 s.29). The deadline is fixed at
-- service with the days it left out; an adjourned hearing keeps the notice in force until decided;
-- the full order made at the hearing records the notice it follows.
-- Portable SQL as in V1 (Derby 10.16 and PostgreSQL).

ALTER TABLE order_type ADD COLUMN hearing_rule VARCHAR(200);
ALTER TABLE order_type ADD COLUMN follows_notice VARCHAR(30);
UPDATE order_type SET hearing_rule = 'Crime and Security Act 2010 s.27' WHERE code = 'DVPN';
UPDATE order_type SET hearing_rule = 'Domestic Abuse Act 2021 s.29' WHERE code = 'DAPN';
UPDATE order_type SET follows_notice = 'DVPN' WHERE code = 'DVPO';
UPDATE order_type SET follows_notice = 'DAPN' WHERE code = 'DAPO';

ALTER TABLE civil_order ADD COLUMN hearing_deadline TIMESTAMP;
ALTER TABLE civil_order ADD COLUMN adjourned_to TIMESTAMP;
ALTER TABLE civil_order ADD COLUMN follows_notice_id BIGINT;
CREATE INDEX ix_civil_order_follows_notice ON civil_order (follows_notice_id);
ALTER TABLE civil_order ADD CONSTRAINT fk_civil_order_follows_notice
    FOREIGN KEY (follows_notice_id) REFERENCES civil_order (id);

-- Notices served before this release keep the plain 48 hours they were given (no day was recorded as
-- left out); the JDBC escape adds hours on Derby and PostgreSQL alike.
UPDATE civil_order SET hearing_deadline = {fn TIMESTAMPADD(SQL_TSI_HOUR, 48, served_at)}
    WHERE served_at IS NOT NULL AND order_type IN ('DVPN', 'DAPN');

CREATE TABLE order_disregarded_day (
    order_id       BIGINT      NOT NULL,
    disregarded_on DATE        NOT NULL,
    reason         VARCHAR(60) NOT NULL,
    CONSTRAINT pk_order_disregarded_day PRIMARY KEY (order_id, disregarded_on)
);
ALTER TABLE order_disregarded_day ADD CONSTRAINT fk_order_disregarded_day_order
    FOREIGN KEY (order_id) REFERENCES civil_order (id);
