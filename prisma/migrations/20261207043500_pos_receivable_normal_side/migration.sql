-- ACCOUNTS_RECEIVABLE (sold on account at a till: what a customer owes the shop) is an asset: debit-normal,
-- like the clearings and CASH_HELD (decision 0052). The rest of the rules are unchanged.
CREATE OR REPLACE FUNCTION "ledger"."account_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'LedgerAccount rows are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW."normalSide" <> (CASE WHEN NEW."purpose"::text IN ('PAYMENT_CLEARING', 'PAYOUT_CLEARING', 'CASH_HELD', 'ACCOUNTS_RECEIVABLE') THEN 'DEBIT' ELSE 'CREDIT' END)::"ledger"."EntrySide" THEN
    RAISE EXCEPTION 'LedgerAccount % has the wrong normal side for %', NEW."id", NEW."purpose" USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'INSERT' THEN
    IF NEW."balance" <> 0 OR NEW."lineCount" <> 0 THEN
      RAISE EXCEPTION 'A new LedgerAccount starts with no lines and a zero balance' USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF (NEW."tenantId", NEW."ownerType", NEW."ownerId", NEW."purpose", NEW."currency") IS DISTINCT FROM (OLD."tenantId", OLD."ownerType", OLD."ownerId", OLD."purpose", OLD."currency") THEN
    RAISE EXCEPTION 'A LedgerAccount''s identity never changes' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF (NEW."balance", NEW."lineCount") IS DISTINCT FROM (OLD."balance", OLD."lineCount") AND pg_trigger_depth() < 2 THEN
    RAISE EXCEPTION 'A LedgerAccount''s balance changes only by posting journal lines' USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;
