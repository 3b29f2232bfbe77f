-- On PostgreSQL ledger entries and transactions are immutable in the database itself: corrections are
-- reversing transactions, never updates.
CREATE FUNCTION benefit_ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER benefit_entry_append_only
    BEFORE UPDATE OR DELETE ON benefit_entry
    FOR EACH ROW EXECUTE FUNCTION benefit_ledger_refuse_change();
CREATE TRIGGER benefit_transaction_append_only
    BEFORE UPDATE OR DELETE ON benefit_transaction
    FOR EACH ROW EXECUTE FUNCTION benefit_ledger_refuse_change();
