-- CreateEnum
CREATE TYPE "mlas"."CommissionSource" AS ENUM ('ORDER', 'TICKET');

-- CreateEnum
CREATE TYPE "mlas"."TicketCommissionOutcome" AS ENUM ('POSTED', 'NO_ACTIVE_AGENT', 'NO_POOL');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ledger"."JournalKind" ADD VALUE 'TICKET_SALE';
ALTER TYPE "ledger"."JournalKind" ADD VALUE 'TICKET_COMMISSION';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ledger"."LedgerPurpose" ADD VALUE 'CASH_HELD';
ALTER TYPE "ledger"."LedgerPurpose" ADD VALUE 'SALES_REVENUE';

-- DropForeignKey
ALTER TABLE "mlas"."Commission" DROP CONSTRAINT "Commission_splitId_fkey";

-- AlterTable
ALTER TABLE "mlas"."Commission" ADD COLUMN     "source" "mlas"."CommissionSource" NOT NULL DEFAULT 'ORDER',
ADD COLUMN     "ticketId" UUID,
ADD COLUMN     "ticketRecordId" UUID,
ALTER COLUMN "splitId" DROP NOT NULL,
ALTER COLUMN "orderId" DROP NOT NULL,
ALTER COLUMN "vendorOrderId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "mlas"."MlasSettings" ADD COLUMN     "ticketCommissionBps" INTEGER NOT NULL DEFAULT 500;

-- CreateTable
CREATE TABLE "mlas"."CommissionTicket" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "ticketId" UUID NOT NULL,
    "operatorTenantId" UUID NOT NULL,
    "bookingId" UUID NOT NULL,
    "tripId" UUID NOT NULL,
    "seatLabel" TEXT NOT NULL,
    "agentUserId" UUID NOT NULL,
    "agentId" UUID,
    "currency" CHAR(3) NOT NULL,
    "amountPaid" BIGINT NOT NULL,
    "commissionBps" INTEGER NOT NULL,
    "pool" BIGINT NOT NULL,
    "revenueModelId" UUID,
    "outcome" "mlas"."TicketCommissionOutcome" NOT NULL,
    "soldAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommissionTicket_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CommissionTicket_tenantId_agentUserId_idx" ON "mlas"."CommissionTicket"("tenantId", "agentUserId");

-- CreateIndex
CREATE INDEX "CommissionTicket_tenantId_outcome_idx" ON "mlas"."CommissionTicket"("tenantId", "outcome");

-- CreateIndex
CREATE UNIQUE INDEX "CommissionTicket_ticketId_key" ON "mlas"."CommissionTicket"("ticketId");

-- CreateIndex
CREATE INDEX "Commission_tenantId_ticketId_idx" ON "mlas"."Commission"("tenantId", "ticketId");

-- AddForeignKey
ALTER TABLE "mlas"."Commission" ADD CONSTRAINT "Commission_splitId_fkey" FOREIGN KEY ("splitId") REFERENCES "mlas"."CommissionSplit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mlas"."Commission" ADD CONSTRAINT "Commission_ticketRecordId_fkey" FOREIGN KEY ("ticketRecordId") REFERENCES "mlas"."CommissionTicket"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Rules Prisma cannot express (BEFORE triggers: this schema-engine version panics on CHECK constraints).

-- CASH_HELD (cash an agent or a window took, owed to the tenant) is an asset: debit-normal, like the clearings.
-- The function body is planned when it first runs, after this migration committed the new enum values.
CREATE OR REPLACE FUNCTION "ledger"."account_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'LedgerAccount rows are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW."normalSide" <> (CASE WHEN NEW."purpose"::text IN ('PAYMENT_CLEARING', 'PAYOUT_CLEARING', 'CASH_HELD') THEN 'DEBIT' ELSE 'CREDIT' END)::"ledger"."EntrySide" THEN
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

-- A tenant's ticket commission rate is 0..10000 bps of the cash paid.
CREATE OR REPLACE FUNCTION "mlas"."settings_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."windowDays" NOT BETWEEN 1 AND 365 THEN
    RAISE EXCEPTION 'The attribution window must be 1 to 365 days (got %)', NEW."windowDays" USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."ticketCommissionBps" NOT BETWEEN 0 AND 10000 THEN
    RAISE EXCEPTION 'The ticket commission must be 0 to 10000 basis points (got %)', NEW."ticketCommissionBps" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;

-- A commission line names exactly what it pays for: an order's split, or a processed ticket.
CREATE FUNCTION "mlas"."commission_source_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."source" = 'ORDER' AND (NEW."splitId" IS NULL OR NEW."orderId" IS NULL OR NEW."vendorOrderId" IS NULL OR NEW."ticketRecordId" IS NOT NULL OR NEW."ticketId" IS NOT NULL))
     OR (NEW."source" = 'TICKET' AND (NEW."ticketRecordId" IS NULL OR NEW."ticketId" IS NULL OR NEW."splitId" IS NOT NULL OR NEW."orderId" IS NOT NULL OR NEW."vendorOrderId" IS NOT NULL)) THEN
    RAISE EXCEPTION 'A % commission line must name its % only', NEW."source", CASE WHEN NEW."source" = 'ORDER' THEN 'split, order and vendor order' ELSE 'ticket' END USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Commission_source_rules" BEFORE INSERT OR UPDATE ON "mlas"."Commission" FOR EACH ROW EXECUTE FUNCTION "mlas"."commission_source_rules"();

-- A ticket's pool is its rate of the cash paid: never negative, never more than the cash.
CREATE FUNCTION "mlas"."ticket_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."amountPaid" < 0 OR NEW."pool" < 0 OR NEW."pool" > NEW."amountPaid" OR NEW."commissionBps" NOT BETWEEN 0 AND 10000 THEN
    RAISE EXCEPTION 'mlas amount rule violated on CommissionTicket' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "CommissionTicket_rules" BEFORE INSERT OR UPDATE ON "mlas"."CommissionTicket" FOR EACH ROW EXECUTE FUNCTION "mlas"."ticket_rules"();
