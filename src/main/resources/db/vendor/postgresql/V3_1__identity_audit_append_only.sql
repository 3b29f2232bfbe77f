-- On PostgreSQL the audit trail is append-only in the database itself, not only in the application.
CREATE FUNCTION identity_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'identity_audit_event is append-only';
END;
$$;
CREATE TRIGGER identity_audit_event_append_only
    BEFORE UPDATE OR DELETE ON identity_audit_event
    FOR EACH ROW EXECUTE FUNCTION identity_audit_refuse_change();
