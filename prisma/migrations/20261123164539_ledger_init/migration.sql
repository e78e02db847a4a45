-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "ledger";

-- CreateEnum
CREATE TYPE "ledger"."LedgerOwnerType" AS ENUM ('PLATFORM', 'TENANT', 'VENDOR', 'AGENT', 'CUSTOMER');

-- CreateEnum
CREATE TYPE "ledger"."LedgerPurpose" AS ENUM ('PAYMENT_CLEARING', 'VENDOR_PAYABLE', 'TAX_PAYABLE', 'PLATFORM_REVENUE', 'PARTNER_PAYABLE', 'CLIENT_REVENUE', 'AGENT_COMMISSION_PAYABLE', 'CUSTOMER_WALLET', 'PAYOUT_CLEARING');

-- CreateEnum
CREATE TYPE "ledger"."EntrySide" AS ENUM ('DEBIT', 'CREDIT');

-- CreateEnum
CREATE TYPE "ledger"."JournalKind" AS ENUM ('ORDER_PAID', 'COMMISSION', 'REFUND', 'COMMISSION_CLAWBACK', 'PAYOUT', 'PAYOUT_SETTLED', 'ADJUSTMENT', 'REVERSAL');

-- CreateEnum
CREATE TYPE "ledger"."PayoutSchedule" AS ENUM ('WEEKLY', 'MONTHLY', 'MANUAL');

-- CreateEnum
CREATE TYPE "ledger"."PayoutBatchStatus" AS ENUM ('DRAFT', 'PROCESSING', 'PAID', 'PARTIALLY_FAILED', 'FAILED');

-- CreateEnum
CREATE TYPE "ledger"."PayoutItemStatus" AS ENUM ('PENDING', 'PAID', 'FAILED');

-- CreateTable
CREATE TABLE "ledger"."LedgerAccount" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "ownerType" "ledger"."LedgerOwnerType" NOT NULL,
    "ownerId" UUID NOT NULL,
    "purpose" "ledger"."LedgerPurpose" NOT NULL,
    "currency" TEXT NOT NULL,
    "normalSide" "ledger"."EntrySide" NOT NULL,
    "balance" BIGINT NOT NULL DEFAULT 0,
    "lineCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LedgerAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger"."JournalEntry" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "requestHash" TEXT NOT NULL,
    "kind" "ledger"."JournalKind" NOT NULL,
    "memo" TEXT NOT NULL,
    "referenceType" TEXT NOT NULL,
    "referenceId" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "postedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reversesEntryId" UUID,
    "reversesIdempotencyKey" TEXT,
    "createdByUserId" UUID,

    CONSTRAINT "JournalEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger"."JournalLine" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "entryId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "bookTenantId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "side" "ledger"."EntrySide" NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "memo" TEXT,
    "accountSeq" INTEGER NOT NULL DEFAULT 0,
    "balanceAfter" BIGINT NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "JournalLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger"."RejectedPosting" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "eventId" UUID,
    "idempotencyKey" TEXT,
    "reason" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RejectedPosting_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger"."PayoutSettings" (
    "tenantId" UUID NOT NULL,
    "schedule" "ledger"."PayoutSchedule" NOT NULL DEFAULT 'MANUAL',
    "nextRunAt" TIMESTAMPTZ(3),
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PayoutSettings_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "ledger"."PayoutThreshold" (
    "tenantId" UUID NOT NULL,
    "currency" TEXT NOT NULL,
    "minimum" BIGINT NOT NULL,

    CONSTRAINT "PayoutThreshold_pkey" PRIMARY KEY ("tenantId","currency")
);

-- CreateTable
CREATE TABLE "ledger"."PayoutBatch" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "currency" TEXT NOT NULL,
    "status" "ledger"."PayoutBatchStatus" NOT NULL DEFAULT 'DRAFT',
    "scheduledFor" TIMESTAMPTZ(3),
    "total" BIGINT NOT NULL,
    "createdByUserId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PayoutBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger"."PayoutItem" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "accountId" UUID NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "status" "ledger"."PayoutItemStatus" NOT NULL DEFAULT 'PENDING',
    "paidReference" TEXT,
    "failureReason" TEXT,
    "payoutEntryId" UUID NOT NULL,
    "settledEntryId" UUID,
    "reversalEntryId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "PayoutItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LedgerAccount_tenantId_purpose_currency_idx" ON "ledger"."LedgerAccount"("tenantId", "purpose", "currency");

-- CreateIndex
CREATE INDEX "LedgerAccount_tenantId_ownerType_ownerId_idx" ON "ledger"."LedgerAccount"("tenantId", "ownerType", "ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerAccount_tenantId_ownerType_ownerId_purpose_currency_key" ON "ledger"."LedgerAccount"("tenantId", "ownerType", "ownerId", "purpose", "currency");

-- CreateIndex
CREATE INDEX "JournalEntry_tenantId_kind_idx" ON "ledger"."JournalEntry"("tenantId", "kind");

-- CreateIndex
CREATE INDEX "JournalEntry_tenantId_referenceType_referenceId_idx" ON "ledger"."JournalEntry"("tenantId", "referenceType", "referenceId");

-- CreateIndex
CREATE INDEX "JournalEntry_reversesEntryId_idx" ON "ledger"."JournalEntry"("reversesEntryId");

-- CreateIndex
CREATE UNIQUE INDEX "JournalEntry_tenantId_idempotencyKey_key" ON "ledger"."JournalEntry"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "JournalLine_entryId_idx" ON "ledger"."JournalLine"("entryId");

-- CreateIndex
CREATE INDEX "JournalLine_bookTenantId_entryId_idx" ON "ledger"."JournalLine"("bookTenantId", "entryId");

-- CreateIndex
CREATE INDEX "JournalLine_tenantId_entryId_idx" ON "ledger"."JournalLine"("tenantId", "entryId");

-- CreateIndex
CREATE UNIQUE INDEX "JournalLine_accountId_accountSeq_key" ON "ledger"."JournalLine"("accountId", "accountSeq");

-- CreateIndex
CREATE UNIQUE INDEX "RejectedPosting_eventId_key" ON "ledger"."RejectedPosting"("eventId");

-- CreateIndex
CREATE INDEX "RejectedPosting_tenantId_createdAt_idx" ON "ledger"."RejectedPosting"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "PayoutSettings_nextRunAt_idx" ON "ledger"."PayoutSettings"("nextRunAt");

-- CreateIndex
CREATE INDEX "PayoutBatch_tenantId_status_idx" ON "ledger"."PayoutBatch"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PayoutBatch_tenantId_currency_scheduledFor_key" ON "ledger"."PayoutBatch"("tenantId", "currency", "scheduledFor");

-- CreateIndex
CREATE INDEX "PayoutItem_tenantId_accountId_idx" ON "ledger"."PayoutItem"("tenantId", "accountId");

-- CreateIndex
CREATE UNIQUE INDEX "PayoutItem_batchId_accountId_key" ON "ledger"."PayoutItem"("batchId", "accountId");

-- AddForeignKey
ALTER TABLE "ledger"."JournalEntry" ADD CONSTRAINT "JournalEntry_reversesEntryId_fkey" FOREIGN KEY ("reversesEntryId") REFERENCES "ledger"."JournalEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger"."JournalLine" ADD CONSTRAINT "JournalLine_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ledger"."JournalEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger"."JournalLine" ADD CONSTRAINT "JournalLine_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "ledger"."LedgerAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger"."PayoutThreshold" ADD CONSTRAINT "PayoutThreshold_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "ledger"."PayoutSettings"("tenantId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger"."PayoutItem" ADD CONSTRAINT "PayoutItem_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "ledger"."PayoutBatch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger"."PayoutItem" ADD CONSTRAINT "PayoutItem_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "ledger"."LedgerAccount"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Ledger rules the database enforces even if a code path forgot them (triggers rather than CHECK
-- constraints: this schema-engine version panics when it introspects CHECK constraints).

-- Accounts: never deleted; identity fixed; the normal side follows the purpose; balance and line count
-- change only through the line trigger below (pg_trigger_depth() > 1), never by a direct UPDATE.
CREATE FUNCTION "ledger"."account_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'LedgerAccount rows are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW."normalSide" <> (CASE WHEN NEW."purpose" IN ('PAYMENT_CLEARING', 'PAYOUT_CLEARING') THEN 'DEBIT' ELSE 'CREDIT' END)::"ledger"."EntrySide" THEN
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
CREATE TRIGGER "LedgerAccount_rules" BEFORE INSERT OR UPDATE OR DELETE ON "ledger"."LedgerAccount"
  FOR EACH ROW EXECUTE FUNCTION "ledger"."account_rules"();

-- A line: positive amount in its account's currency, in its entry's tenant; it moves the account's stored
-- balance in the same statement and records its position and the running balance.
CREATE FUNCTION "ledger"."line_posting"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  acct RECORD;
  entry_tenant uuid;
BEGIN
  IF NEW."amount" IS NULL OR NEW."amount" <= 0 THEN
    RAISE EXCEPTION 'Journal line amounts must be positive (got %)', NEW."amount" USING ERRCODE = 'check_violation';
  END IF;
  SELECT "tenantId" INTO entry_tenant FROM "ledger"."JournalEntry" WHERE "id" = NEW."entryId";
  IF entry_tenant IS DISTINCT FROM NEW."tenantId" THEN
    RAISE EXCEPTION 'Journal line tenant differs from its entry''s' USING ERRCODE = 'check_violation';
  END IF;
  UPDATE "ledger"."LedgerAccount" a
     SET "balance" = a."balance" + CASE WHEN NEW."side" = a."normalSide" THEN NEW."amount" ELSE -NEW."amount" END,
         "lineCount" = a."lineCount" + 1,
         "updatedAt" = now()
   WHERE a."id" = NEW."accountId"
  RETURNING a."tenantId", a."currency", a."balance", a."lineCount" INTO acct;
  IF NOT FOUND THEN
    RAISE EXCEPTION 'Journal line names no account' USING ERRCODE = 'foreign_key_violation';
  END IF;
  IF acct."currency" <> NEW."currency" THEN
    RAISE EXCEPTION 'Journal line currency % differs from its account''s %', NEW."currency", acct."currency" USING ERRCODE = 'check_violation';
  END IF;
  NEW."bookTenantId" := acct."tenantId";
  NEW."accountSeq" := acct."lineCount";
  NEW."balanceAfter" := acct."balance";
  RETURN NEW;
END;
$$;
CREATE TRIGGER "JournalLine_posting" BEFORE INSERT ON "ledger"."JournalLine"
  FOR EACH ROW EXECUTE FUNCTION "ledger"."line_posting"();

-- The journal is append-only: corrections are reversing entries.
CREATE FUNCTION "ledger"."append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "JournalEntry_append_only" BEFORE UPDATE OR DELETE ON "ledger"."JournalEntry"
  FOR EACH ROW EXECUTE FUNCTION "ledger"."append_only"();
CREATE TRIGGER "JournalLine_append_only" BEFORE UPDATE OR DELETE ON "ledger"."JournalLine"
  FOR EACH ROW EXECUTE FUNCTION "ledger"."append_only"();
CREATE TRIGGER "JournalEntry_no_truncate" BEFORE TRUNCATE ON "ledger"."JournalEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "ledger"."append_only"();
CREATE TRIGGER "JournalLine_no_truncate" BEFORE TRUNCATE ON "ledger"."JournalLine"
  FOR EACH STATEMENT EXECUTE FUNCTION "ledger"."append_only"();
CREATE TRIGGER "LedgerAccount_no_truncate" BEFORE TRUNCATE ON "ledger"."LedgerAccount"
  FOR EACH STATEMENT EXECUTE FUNCTION "ledger"."append_only"();

-- Every entry balances per currency and has a debit and a credit. Checked after each statement that writes
-- lines, over all the lines of every entry it touched (a transition table), so an entry's lines are written
-- in one statement. (A DEFERRABLE constraint trigger checked at commit would allow several statements, but
-- this schema-engine version cannot introspect constraint triggers: the drift check would panic.)
CREATE FUNCTION "ledger"."entries_balance"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  off RECORD;
BEGIN
  SELECT l."entryId", l."currency",
         sum(CASE WHEN l."side" = 'DEBIT' THEN l."amount" ELSE 0 END) AS debits,
         sum(CASE WHEN l."side" = 'CREDIT' THEN l."amount" ELSE 0 END) AS credits
    INTO off
    FROM "ledger"."JournalLine" l
   WHERE l."entryId" IN (SELECT DISTINCT "entryId" FROM inserted)
   GROUP BY l."entryId", l."currency"
  HAVING sum(CASE WHEN l."side" = 'DEBIT' THEN l."amount" ELSE -l."amount" END) <> 0
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'Journal entry % does not balance in %: debits %, credits %', off."entryId", off."currency", off.debits, off.credits
      USING ERRCODE = 'check_violation';
  END IF;
  SELECT i."entryId" INTO off FROM (SELECT DISTINCT "entryId" FROM inserted) i
   WHERE NOT EXISTS (SELECT 1 FROM "ledger"."JournalLine" l WHERE l."entryId" = i."entryId" AND l."side" = 'DEBIT')
      OR NOT EXISTS (SELECT 1 FROM "ledger"."JournalLine" l WHERE l."entryId" = i."entryId" AND l."side" = 'CREDIT')
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'Journal entry % needs at least one debit and one credit', off."entryId" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NULL;
END;
$$;
CREATE TRIGGER "JournalLine_entries_balance" AFTER INSERT ON "ledger"."JournalLine"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION "ledger"."entries_balance"();

-- Payouts: positive amounts and thresholds.
CREATE FUNCTION "ledger"."payout_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'PayoutThreshold' THEN
    IF NEW."minimum" <= 0 THEN RAISE EXCEPTION 'Payout thresholds must be positive' USING ERRCODE = 'check_violation'; END IF;
  ELSIF NEW."amount" <= 0 THEN
    RAISE EXCEPTION 'Payout items must be positive' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "PayoutThreshold_rules" BEFORE INSERT OR UPDATE ON "ledger"."PayoutThreshold" FOR EACH ROW EXECUTE FUNCTION "ledger"."payout_rules"();
CREATE TRIGGER "PayoutItem_rules" BEFORE INSERT OR UPDATE ON "ledger"."PayoutItem" FOR EACH ROW EXECUTE FUNCTION "ledger"."payout_rules"();
