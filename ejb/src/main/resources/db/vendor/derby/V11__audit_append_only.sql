-- The audit trail is append-only in the database itself (DPA 2018 Part 3 s.62 logs): an UPDATE or a
-- DELETE on audit_entry fails, whoever sends it, the application's own connection included. Derby's
-- triggers cannot raise an error of their own, so each one inserts into a guard table whose CHECK
-- always fails; the statement is then refused and undone, with this error:
--   The check constraint 'AUDIT_ENTRY_IS_APPEND_ONLY' was violated ... on table 'AUDIT_ENTRY_CHANGE_REFUSED'
-- Derby also refuses TRUNCATE TABLE audit_entry while the DELETE trigger is there.
-- PostgreSQL runs db/vendor/postgresql/V11__audit_append_only.sql instead.
CREATE TABLE audit_entry_change_refused (
    attempted VARCHAR(6) NOT NULL,
    CONSTRAINT audit_entry_is_append_only CHECK (attempted IS NULL)
);

CREATE TRIGGER audit_entry_refuse_update AFTER UPDATE ON audit_entry
    FOR EACH STATEMENT INSERT INTO audit_entry_change_refused (attempted) VALUES ('UPDATE');

CREATE TRIGGER audit_entry_refuse_delete AFTER DELETE ON audit_entry
    FOR EACH STATEMENT INSERT INTO audit_entry_change_refused (attempted) VALUES ('DELETE');
