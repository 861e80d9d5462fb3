-- Civil orders: the order types as data (who makes them, how long they last, what a breach is),
-- each order with its protected persons, conditions and dated history, and the breaches police record.
-- Portable SQL as in V1 (Derby 10.16 and PostgreSQL); foreign-key indexes created before the constraints.

CREATE TABLE order_type (
    code                        VARCHAR(30)  NOT NULL,
    name                        VARCHAR(100) NOT NULL,
    statute                     VARCHAR(200) NOT NULL,
    made_by                     VARCHAR(30)  NOT NULL,
    -- a notice the police give, which lasts only until the court hears the application for the full order
    notice                      BOOLEAN      NOT NULL,
    -- for a notice: hours from service within which the full-order hearing must start
    hearing_within_hours        INTEGER,
    -- durations in days; each null when the law sets none
    default_days                INTEGER,
    minimum_days                INTEGER,
    maximum_days                INTEGER,
    until_further_order_allowed BOOLEAN      NOT NULL,
    minimum_respondent_age      INTEGER,
    breach_is_offence           BOOLEAN      NOT NULL,
    -- the offence of breach (e.g. "Family Law Act 1996 s.42A"), or what follows a breach that is no offence
    breach_statute              VARCHAR(200) NOT NULL,
    breach_maximum_penalty      VARCHAR(100),
    -- a breach may be taken either as the offence or as contempt, never both (FLA 1996 s.42A(3), DA Act 2021 s.39)
    contempt_alternative        BOOLEAN      NOT NULL,
    power_of_arrest_attachable  BOOLEAN      NOT NULL,
    positive_requirements       BOOLEAN      NOT NULL,
    position                    INTEGER      NOT NULL,
    CONSTRAINT pk_order_type PRIMARY KEY (code),
    CONSTRAINT ck_order_type_notice CHECK ((notice = TRUE AND hearing_within_hours IS NOT NULL)
        OR (notice = FALSE AND hearing_within_hours IS NULL)),
    CONSTRAINT ck_order_type_days CHECK (minimum_days IS NULL OR maximum_days IS NULL OR minimum_days <= maximum_days)
);

INSERT INTO order_type (code, name, statute, made_by, notice, hearing_within_hours, default_days, minimum_days,
        maximum_days, until_further_order_allowed, minimum_respondent_age, breach_is_offence, breach_statute,
        breach_maximum_penalty, contempt_alternative, power_of_arrest_attachable, positive_requirements, position)
VALUES
('DVPN', 'Domestic violence protection notice', 'Crime and Security Act 2010 s.24', 'POLICE_SUPERINTENDENT',
    TRUE, 48, NULL, NULL, NULL, FALSE, 18, FALSE, 'Arrest without warrant (Crime and Security Act 2010 s.25); not an offence',
    NULL, FALSE, FALSE, FALSE, 1),
('DVPO', 'Domestic violence protection order', 'Crime and Security Act 2010 s.28', 'MAGISTRATES',
    FALSE, NULL, 28, 14, 28, FALSE, 18, FALSE, 'Contempt: Magistrates'' Courts Act 1980 s.63(3) (civil)',
    'Fine or 2 months'' custody', FALSE, FALSE, FALSE, 2),
('NON_MOLESTATION', 'Non-molestation order', 'Family Law Act 1996 s.42', 'FAMILY_COURT',
    FALSE, NULL, 183, NULL, NULL, TRUE, NULL, TRUE, 'Family Law Act 1996 s.42A', '5 years',
    TRUE, FALSE, FALSE, 3),
('OCCUPATION', 'Occupation order', 'Family Law Act 1996 ss.33-38', 'FAMILY_COURT',
    FALSE, NULL, 183, NULL, NULL, TRUE, NULL, FALSE, 'Contempt of court (power of arrest if attached, s.47)', '2 years',
    FALSE, TRUE, FALSE, 4),
('RESTRAINING_CONVICTION', 'Restraining order on conviction', 'Sentencing Act 2020 s.360', 'CRIMINAL_COURT',
    FALSE, NULL, NULL, NULL, NULL, TRUE, NULL, TRUE, 'Sentencing Act 2020 s.363', '5 years',
    FALSE, FALSE, FALSE, 5),
('RESTRAINING_ACQUITTAL', 'Restraining order on acquittal', 'Protection from Harassment Act 1997 s.5A', 'CRIMINAL_COURT',
    FALSE, NULL, NULL, NULL, NULL, TRUE, NULL, TRUE, 'Protection from Harassment Act 1997 s.5(5)', '5 years',
    FALSE, FALSE, FALSE, 6),
('STALKING_INTERIM', 'Interim stalking protection order', 'Stalking Protection Act 2019 s.5', 'MAGISTRATES',
    FALSE, NULL, NULL, NULL, NULL, TRUE, NULL, TRUE, 'Stalking Protection Act 2019 s.8', '5 years',
    FALSE, FALSE, TRUE, 7),
('STALKING', 'Stalking protection order', 'Stalking Protection Act 2019 s.2', 'MAGISTRATES',
    FALSE, NULL, 730, 730, NULL, TRUE, NULL, TRUE, 'Stalking Protection Act 2019 s.8', '5 years',
    FALSE, FALSE, TRUE, 8),
('FMPO', 'Forced marriage protection order', 'Family Law Act 1996 Part 4A (s.63A)', 'FAMILY_OR_HIGH_COURT',
    FALSE, NULL, NULL, NULL, NULL, TRUE, NULL, TRUE, 'Family Law Act 1996 s.63CA', '5 years',
    TRUE, FALSE, FALSE, 9),
('FGMPO', 'FGM protection order', 'Female Genital Mutilation Act 2003 Sch.2', 'FAMILY_OR_HIGH_COURT',
    FALSE, NULL, NULL, NULL, NULL, TRUE, NULL, TRUE, 'Female Genital Mutilation Act 2003 Sch.2 para.4', '5 years',
    TRUE, FALSE, FALSE, 10),
('DAPN', 'Domestic abuse protection notice', 'Domestic Abuse Act 2021 s.22', 'POLICE_INSPECTOR',
    TRUE, 48, NULL, NULL, NULL, FALSE, NULL, FALSE, 'Arrest without warrant (Domestic Abuse Act 2021 s.26); not an offence',
    NULL, FALSE, FALSE, FALSE, 11),
('DAPO', 'Domestic abuse protection order', 'Domestic Abuse Act 2021 s.27', 'ANY_COURT',
    FALSE, NULL, NULL, NULL, NULL, TRUE, NULL, TRUE, 'Domestic Abuse Act 2021 s.39', '5 years',
    TRUE, FALSE, TRUE, 12),
('SHPO', 'Sexual harm prevention order', 'Sentencing Act 2020 s.343', 'CRIMINAL_COURT',
    FALSE, NULL, 1826, 1826, NULL, TRUE, NULL, TRUE, 'Sentencing Act 2020 s.354', '5 years',
    FALSE, FALSE, TRUE, 13);

CREATE TABLE civil_order (
    id                  BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,
    version             BIGINT       NOT NULL,
    order_type          VARCHAR(30)  NOT NULL,
    respondent_id       BIGINT       NOT NULL,
    applicant           VARCHAR(30)  NOT NULL,
    court               VARCHAR(100),
    case_number         VARCHAR(40),
    -- set for a restraining order made at sentence or on acquittal in a case the police journey holds
    court_case_id       BIGINT,
    made_on             DATE         NOT NULL,
    served_at           TIMESTAMP,
    -- null: until further order (or, for a notice, until the hearing)
    expires_on          DATE,
    -- why the court set a duration outside the type's usual limits
    duration_reason     VARCHAR(500),
    power_of_arrest     BOOLEAN      NOT NULL,
    discharged_on       DATE,
    created_by          VARCHAR(100) NOT NULL,
    created_at          TIMESTAMP    NOT NULL,
    updated_at          TIMESTAMP    NOT NULL,
    CONSTRAINT pk_civil_order PRIMARY KEY (id),
    CONSTRAINT ck_civil_order_expiry CHECK (expires_on IS NULL OR expires_on > made_on),
    CONSTRAINT uq_civil_order_court_case UNIQUE (court_case_id)
);

CREATE INDEX ix_civil_order_type ON civil_order (order_type);
ALTER TABLE civil_order ADD CONSTRAINT fk_civil_order_type FOREIGN KEY (order_type) REFERENCES order_type (code);
CREATE INDEX ix_civil_order_respondent ON civil_order (respondent_id);
ALTER TABLE civil_order ADD CONSTRAINT fk_civil_order_respondent FOREIGN KEY (respondent_id) REFERENCES person (id);
ALTER TABLE civil_order ADD CONSTRAINT fk_civil_order_court_case FOREIGN KEY (court_case_id) REFERENCES court_case (id);
-- the worklist's "expiring within 14 days"
CREATE INDEX ix_civil_order_expires ON civil_order (expires_on);

CREATE TABLE order_protected_person (
    order_id  BIGINT      NOT NULL,
    person_id BIGINT      NOT NULL,
    role      VARCHAR(20) NOT NULL,
    CONSTRAINT pk_order_protected_person PRIMARY KEY (order_id, person_id)
);

-- "is this person protected by an order?" for the banner
CREATE INDEX ix_order_protected_person_person ON order_protected_person (person_id);
ALTER TABLE order_protected_person ADD CONSTRAINT fk_order_protected_person_order
    FOREIGN KEY (order_id) REFERENCES civil_order (id);
ALTER TABLE order_protected_person ADD CONSTRAINT fk_order_protected_person_person
    FOREIGN KEY (person_id) REFERENCES person (id);

CREATE TABLE order_condition (
    id              BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,
    order_id        BIGINT       NOT NULL,
    -- the order in which the court listed the conditions
    position        INTEGER      NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    detail          VARCHAR(500),
    -- NO_APPROACH only
    metres          INTEGER,
    -- EXCLUSION_ADDRESS only
    address_line    VARCHAR(200),
    town            VARCHAR(100),
    postcode        VARCHAR(10),
    -- the excluded address is where a protected person lives: withheld from perpetrator-facing roles
    victims_address BOOLEAN      NOT NULL,
    added_on        DATE         NOT NULL,
    -- set when a variation removed the condition; the row stays for the breaches that name it
    removed_on      DATE,
    CONSTRAINT pk_order_condition PRIMARY KEY (id),
    CONSTRAINT ck_order_condition_metres CHECK (metres IS NULL OR metres > 0)
);

CREATE INDEX ix_order_condition_order ON order_condition (order_id);
ALTER TABLE order_condition ADD CONSTRAINT fk_order_condition_order FOREIGN KEY (order_id) REFERENCES civil_order (id);
-- "orders in force near this address"
CREATE INDEX ix_order_condition_postcode ON order_condition (postcode);

-- variations, extensions, service and discharge, each dated, in the order they were recorded
CREATE TABLE order_change (
    order_id    BIGINT       NOT NULL,
    position    INTEGER      NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    changed_on  DATE         NOT NULL,
    description VARCHAR(500) NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP    NOT NULL,
    CONSTRAINT pk_order_change PRIMARY KEY (order_id, position)
);

ALTER TABLE order_change ADD CONSTRAINT fk_order_change_order FOREIGN KEY (order_id) REFERENCES civil_order (id);

CREATE TABLE order_breach (
    id             BIGINT GENERATED BY DEFAULT AS IDENTITY NOT NULL,
    version        BIGINT        NOT NULL,
    order_id       BIGINT        NOT NULL,
    occurred_at    TIMESTAMP     NOT NULL,
    condition_id   BIGINT        NOT NULL,
    what_happened  VARCHAR(2000) NOT NULL,
    reported_by    VARCHAR(200)  NOT NULL,
    police_action  VARCHAR(30)   NOT NULL,
    -- the offence charged or summonsed, or why no action was taken
    action_detail  VARCHAR(500),
    -- for orders whose breach may be the offence or contempt: which one was taken
    route          VARCHAR(20),
    outcome        VARCHAR(500),
    incident_id    BIGINT,
    recorded_by    VARCHAR(100)  NOT NULL,
    recorded_at    TIMESTAMP     NOT NULL,
    updated_at     TIMESTAMP     NOT NULL,
    CONSTRAINT pk_order_breach PRIMARY KEY (id)
);

CREATE INDEX ix_order_breach_order ON order_breach (order_id);
ALTER TABLE order_breach ADD CONSTRAINT fk_order_breach_order FOREIGN KEY (order_id) REFERENCES civil_order (id);
CREATE INDEX ix_order_breach_condition ON order_breach (condition_id);
ALTER TABLE order_breach ADD CONSTRAINT fk_order_breach_condition
    FOREIGN KEY (condition_id) REFERENCES order_condition (id);
CREATE INDEX ix_order_breach_incident ON order_breach (incident_id);
ALTER TABLE order_breach ADD CONSTRAINT fk_order_breach_incident FOREIGN KEY (incident_id) REFERENCES incident (id);
-- the worklist's "breaches this week"
CREATE INDEX ix_order_breach_occurred ON order_breach (occurred_at);
