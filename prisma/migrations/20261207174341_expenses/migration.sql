-- CreateEnum
CREATE TYPE "ledger"."ExpenseStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED');

-- AlterEnum
ALTER TYPE "ledger"."JournalKind" ADD VALUE 'EXPENSE';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ledger"."LedgerPurpose" ADD VALUE 'OPERATING_EXPENSE';
ALTER TYPE "ledger"."LedgerPurpose" ADD VALUE 'INPUT_VAT';
ALTER TYPE "ledger"."LedgerPurpose" ADD VALUE 'EXPENSES_PAYABLE';

-- CreateTable
CREATE TABLE "ledger"."Expense" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "category" TEXT NOT NULL,
    "supplier" TEXT NOT NULL,
    "spentOn" DATE NOT NULL,
    "currency" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "vatPaid" BIGINT NOT NULL DEFAULT 0,
    "note" TEXT NOT NULL DEFAULT '',
    "receiptId" UUID,
    "status" "ledger"."ExpenseStatus" NOT NULL DEFAULT 'DRAFT',
    "createdByUserId" UUID NOT NULL,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedByUserId" UUID,
    "decidedAt" TIMESTAMPTZ(3),
    "rejectionReason" TEXT,
    "journalEntryId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Expense_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger"."ExpenseReceipt" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "uploadedByUserId" UUID NOT NULL,
    "ip" TEXT,
    "sha256" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ExpenseReceipt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Expense_tenantId_status_spentOn_idx" ON "ledger"."Expense"("tenantId", "status", "spentOn");

-- CreateIndex
CREATE INDEX "Expense_tenantId_spentOn_idx" ON "ledger"."Expense"("tenantId", "spentOn");

-- CreateIndex
CREATE INDEX "ExpenseReceipt_tenantId_uploadedByUserId_createdAt_idx" ON "ledger"."ExpenseReceipt"("tenantId", "uploadedByUserId", "createdAt");

-- AddForeignKey
ALTER TABLE "ledger"."Expense" ADD CONSTRAINT "Expense_receiptId_fkey" FOREIGN KEY ("receiptId") REFERENCES "ledger"."ExpenseReceipt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- OPERATING_EXPENSE and INPUT_VAT (decision 0082) are debit-normal, like DISCOUNT_EXPENSE and the assets.
CREATE OR REPLACE FUNCTION "ledger"."account_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'LedgerAccount rows are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW."normalSide" <> (CASE WHEN NEW."purpose"::text IN ('PAYMENT_CLEARING', 'PAYOUT_CLEARING', 'CASH_HELD', 'ACCOUNTS_RECEIVABLE', 'DISCOUNT_EXPENSE', 'OPERATING_EXPENSE', 'INPUT_VAT') THEN 'DEBIT' ELSE 'CREDIT' END)::"ledger"."EntrySide" THEN
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

-- An expense's amounts are in range, and a decided one (approved: posted; rejected) is never changed again
-- nor deleted: services/expenses.ts moves states with conditional updates, this is the last line of defence.
CREATE OR REPLACE FUNCTION "ledger"."expense_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD."status" IN ('APPROVED', 'REJECTED') THEN
      RAISE EXCEPTION 'A decided expense is never deleted' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN OLD;
  END IF;
  IF NEW."amount" <= 0 OR NEW."amount" > 1000000000000000 OR NEW."vatPaid" < 0 OR NEW."vatPaid" > NEW."amount" THEN
    RAISE EXCEPTION 'Expense % has amounts out of range', NEW."id" USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."status" = 'APPROVED' AND (NEW."journalEntryId" IS NULL OR NEW."decidedByUserId" IS NULL OR NEW."decidedByUserId" = NEW."createdByUserId") THEN
    RAISE EXCEPTION 'Expense % is approved without its posting or by its own submitter', NEW."id" USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'UPDATE' AND OLD."status" IN ('APPROVED', 'REJECTED') THEN
    RAISE EXCEPTION 'Expense % was decided and never changes', OLD."id" USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "expense_rules" BEFORE INSERT OR UPDATE OR DELETE ON "ledger"."Expense"
  FOR EACH ROW EXECUTE FUNCTION "ledger"."expense_rules"();
