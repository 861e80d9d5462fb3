-- The audit trail is append-only in the database itself (DPA 2018 Part 3 s.62 logs): an UPDATE, a
-- DELETE or a TRUNCATE on audit_entry fails, whoever sends it, the application's own connection
-- included, with "The audit trail is append-only: UPDATE on audit_entry refused" (SQLSTATE 42501).
-- Derby runs db/vendor/derby/V11__audit_append_only.sql instead.
CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit trail is append-only: % on audit_entry refused', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_entry_refuse_change BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();

CREATE TRIGGER audit_entry_refuse_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
