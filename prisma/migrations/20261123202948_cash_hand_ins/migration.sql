-- AlterEnum
ALTER TYPE "ledger"."JournalKind" ADD VALUE 'CASH_HAND_IN';

-- CreateTable
CREATE TABLE "transport"."CashHandIn" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "agentUserId" UUID NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "note" TEXT,
    "receivedByUserId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CashHandIn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CashHandIn_tenantId_agentUserId_createdAt_idx" ON "transport"."CashHandIn"("tenantId", "agentUserId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CashHandIn_tenantId_idempotencyKey_key" ON "transport"."CashHandIn"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "Booking_tenantId_agentUserId_idx" ON "transport"."Booking"("tenantId", "agentUserId");

-- Rules Prisma cannot express (BEFORE triggers: this schema-engine version panics on CHECK constraints).

-- A hand-in is a positive amount of minor units, and a record of cash that changed hands: never edited or deleted.
CREATE FUNCTION "transport"."cash_hand_in_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION 'CashHandIn rows are never changed or deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW."amount" <= 0 THEN
    RAISE EXCEPTION 'A cash hand-in is a positive amount (got %)', NEW."amount" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "CashHandIn_rules" BEFORE INSERT OR UPDATE OR DELETE ON "transport"."CashHandIn" FOR EACH ROW EXECUTE FUNCTION "transport"."cash_hand_in_rules"();
