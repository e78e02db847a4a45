-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "mlas";

-- CreateEnum
CREATE TYPE "mlas"."AgentStatus" AS ENUM ('ACTIVE', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "mlas"."AttributionModel" AS ENUM ('FIRST_TOUCH', 'LAST_TOUCH');

-- CreateEnum
CREATE TYPE "mlas"."Beneficiary" AS ENUM ('AGENT', 'PARTNER', 'CLIENT', 'PLATFORM');

-- CreateEnum
CREATE TYPE "mlas"."AttributionSource" AS ENUM ('CART_CODE', 'FIRST_TOUCH', 'LAST_TOUCH', 'NONE');

-- CreateEnum
CREATE TYPE "mlas"."SplitStatus" AS ENUM ('HELD', 'POSTED');

-- CreateEnum
CREATE TYPE "mlas"."CommissionStatus" AS ENUM ('HELD', 'POSTED', 'FLAGGED');

-- CreateEnum
CREATE TYPE "mlas"."AbuseReason" AS ENUM ('SELF_REFERRAL_USER', 'SELF_REFERRAL_EMAIL', 'SAME_DEVICE', 'SAME_IP');

-- CreateTable
CREATE TABLE "mlas"."AgentProfile" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "uplineId" UUID,
    "status" "mlas"."AgentStatus" NOT NULL DEFAULT 'ACTIVE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AgentProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mlas"."ReferralTouch" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "agentId" UUID NOT NULL,
    "visitorId" TEXT NOT NULL,
    "userId" UUID,
    "ip" TEXT,
    "deviceId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferralTouch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mlas"."MlasSettings" (
    "tenantId" UUID NOT NULL,
    "attribution" "mlas"."AttributionModel" NOT NULL DEFAULT 'LAST_TOUCH',
    "windowDays" INTEGER NOT NULL DEFAULT 30,
    "revenueModelId" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MlasSettings_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "mlas"."RevenueModel" (
    "id" UUID NOT NULL,
    "tenantId" UUID,
    "preset" TEXT,
    "name" TEXT NOT NULL,
    "residual" "mlas"."Beneficiary" NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RevenueModel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mlas"."RevenueShare" (
    "id" UUID NOT NULL,
    "modelId" UUID NOT NULL,
    "beneficiary" "mlas"."Beneficiary" NOT NULL,
    "level" INTEGER NOT NULL DEFAULT 0,
    "bps" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "RevenueShare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mlas"."OrderDispute" (
    "tenantId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "disputed" BOOLEAN NOT NULL,
    "reason" TEXT,
    "changedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "OrderDispute_pkey" PRIMARY KEY ("tenantId","orderId")
);

-- CreateTable
CREATE TABLE "mlas"."CommissionOrder" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "orderNumber" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "paidAt" TIMESTAMPTZ(3) NOT NULL,
    "customerUserId" UUID,
    "customerEmail" TEXT,
    "visitorId" TEXT,
    "agentId" UUID,
    "attribution" "mlas"."AttributionSource" NOT NULL,
    "abuseReason" "mlas"."AbuseReason",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommissionOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mlas"."CommissionSplit" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orderRecordId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "vendorOrderId" UUID NOT NULL,
    "vendorId" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "subtotal" BIGINT NOT NULL,
    "pool" BIGINT NOT NULL,
    "revenueModelId" UUID NOT NULL,
    "status" "mlas"."SplitStatus" NOT NULL,
    "firstPostedAt" TIMESTAMPTZ(3),
    "holdCycles" INTEGER NOT NULL DEFAULT 0,
    "refundedSubtotal" BIGINT NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CommissionSplit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mlas"."Commission" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "splitId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "vendorOrderId" UUID NOT NULL,
    "beneficiary" "mlas"."Beneficiary" NOT NULL,
    "level" INTEGER NOT NULL,
    "beneficiaryId" UUID NOT NULL,
    "agentId" UUID,
    "currency" CHAR(3) NOT NULL,
    "amount" BIGINT NOT NULL,
    "clawedBack" BIGINT NOT NULL DEFAULT 0,
    "status" "mlas"."CommissionStatus" NOT NULL,
    "flagReason" "mlas"."AbuseReason",
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Commission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "mlas"."CommissionClawback" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "refundId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amount" BIGINT NOT NULL,
    "postedAmount" BIGINT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CommissionClawback_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgentProfile_tenantId_uplineId_idx" ON "mlas"."AgentProfile"("tenantId", "uplineId");

-- CreateIndex
CREATE UNIQUE INDEX "AgentProfile_tenantId_userId_key" ON "mlas"."AgentProfile"("tenantId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "AgentProfile_tenantId_code_key" ON "mlas"."AgentProfile"("tenantId", "code");

-- CreateIndex
CREATE INDEX "ReferralTouch_tenantId_visitorId_createdAt_idx" ON "mlas"."ReferralTouch"("tenantId", "visitorId", "createdAt");

-- CreateIndex
CREATE INDEX "ReferralTouch_tenantId_userId_createdAt_idx" ON "mlas"."ReferralTouch"("tenantId", "userId", "createdAt");

-- CreateIndex
CREATE INDEX "ReferralTouch_tenantId_agentId_createdAt_idx" ON "mlas"."ReferralTouch"("tenantId", "agentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "RevenueModel_preset_key" ON "mlas"."RevenueModel"("preset");

-- CreateIndex
CREATE INDEX "RevenueModel_tenantId_idx" ON "mlas"."RevenueModel"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "RevenueShare_modelId_beneficiary_level_key" ON "mlas"."RevenueShare"("modelId", "beneficiary", "level");

-- CreateIndex
CREATE INDEX "CommissionOrder_tenantId_agentId_idx" ON "mlas"."CommissionOrder"("tenantId", "agentId");

-- CreateIndex
CREATE UNIQUE INDEX "CommissionOrder_tenantId_orderId_key" ON "mlas"."CommissionOrder"("tenantId", "orderId");

-- CreateIndex
CREATE INDEX "CommissionSplit_tenantId_orderId_idx" ON "mlas"."CommissionSplit"("tenantId", "orderId");

-- CreateIndex
CREATE UNIQUE INDEX "CommissionSplit_tenantId_vendorOrderId_key" ON "mlas"."CommissionSplit"("tenantId", "vendorOrderId");

-- CreateIndex
CREATE INDEX "Commission_tenantId_status_idx" ON "mlas"."Commission"("tenantId", "status");

-- CreateIndex
CREATE INDEX "Commission_tenantId_orderId_idx" ON "mlas"."Commission"("tenantId", "orderId");

-- CreateIndex
CREATE INDEX "Commission_tenantId_beneficiary_beneficiaryId_idx" ON "mlas"."Commission"("tenantId", "beneficiary", "beneficiaryId");

-- CreateIndex
CREATE INDEX "CommissionClawback_tenantId_orderId_idx" ON "mlas"."CommissionClawback"("tenantId", "orderId");

-- CreateIndex
CREATE UNIQUE INDEX "CommissionClawback_tenantId_refundId_key" ON "mlas"."CommissionClawback"("tenantId", "refundId");

-- AddForeignKey
ALTER TABLE "mlas"."AgentProfile" ADD CONSTRAINT "AgentProfile_uplineId_fkey" FOREIGN KEY ("uplineId") REFERENCES "mlas"."AgentProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mlas"."ReferralTouch" ADD CONSTRAINT "ReferralTouch_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "mlas"."AgentProfile"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mlas"."MlasSettings" ADD CONSTRAINT "MlasSettings_revenueModelId_fkey" FOREIGN KEY ("revenueModelId") REFERENCES "mlas"."RevenueModel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mlas"."RevenueShare" ADD CONSTRAINT "RevenueShare_modelId_fkey" FOREIGN KEY ("modelId") REFERENCES "mlas"."RevenueModel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mlas"."CommissionSplit" ADD CONSTRAINT "CommissionSplit_orderRecordId_fkey" FOREIGN KEY ("orderRecordId") REFERENCES "mlas"."CommissionOrder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "mlas"."Commission" ADD CONSTRAINT "Commission_splitId_fkey" FOREIGN KEY ("splitId") REFERENCES "mlas"."CommissionSplit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Rules Prisma cannot express, enforced by the database even if a code path forgot them (BEFORE triggers:
-- this schema-engine version panics when it introspects CHECK constraints).

-- A share is 0..10000 basis points of the pool; agent shares name a level from 1, the others level 0.
CREATE FUNCTION "mlas"."share_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."bps" NOT BETWEEN 0 AND 10000 THEN
    RAISE EXCEPTION 'A revenue share must be between 0 and 10000 basis points (got %)', NEW."bps" USING ERRCODE = 'check_violation';
  END IF;
  IF (NEW."beneficiary" = 'AGENT' AND NEW."level" < 1) OR (NEW."beneficiary" <> 'AGENT' AND NEW."level" <> 0) THEN
    RAISE EXCEPTION 'Agent shares have a level from 1, other shares level 0' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "RevenueShare_rules" BEFORE INSERT OR UPDATE ON "mlas"."RevenueShare" FOR EACH ROW EXECUTE FUNCTION "mlas"."share_rules"();

CREATE FUNCTION "mlas"."settings_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."windowDays" NOT BETWEEN 1 AND 365 THEN
    RAISE EXCEPTION 'The attribution window must be 1 to 365 days (got %)', NEW."windowDays" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "MlasSettings_rules" BEFORE INSERT OR UPDATE ON "mlas"."MlasSettings" FOR EACH ROW EXECUTE FUNCTION "mlas"."settings_rules"();

-- Money never goes negative, and nothing is clawed back beyond what was shared or refunded beyond what was sold.
CREATE FUNCTION "mlas"."amount_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE broken boolean;
BEGIN
  -- One branch per table: plpgsql does not short-circuit, and NEW has only its own table's columns.
  IF TG_TABLE_NAME = 'Commission' THEN
    broken := NEW."amount" < 0 OR NEW."clawedBack" < 0 OR NEW."clawedBack" > NEW."amount";
  ELSIF TG_TABLE_NAME = 'CommissionSplit' THEN
    broken := NEW."pool" <= 0 OR NEW."subtotal" < 0 OR NEW."refundedSubtotal" < 0 OR NEW."refundedSubtotal" > NEW."subtotal";
  ELSE
    broken := NEW."amount" < 0 OR NEW."postedAmount" < 0 OR NEW."postedAmount" > NEW."amount";
  END IF;
  IF broken THEN
    RAISE EXCEPTION 'mlas amount rule violated on %', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Commission_rules" BEFORE INSERT OR UPDATE ON "mlas"."Commission" FOR EACH ROW EXECUTE FUNCTION "mlas"."amount_rules"();
CREATE TRIGGER "CommissionSplit_rules" BEFORE INSERT OR UPDATE ON "mlas"."CommissionSplit" FOR EACH ROW EXECUTE FUNCTION "mlas"."amount_rules"();
CREATE TRIGGER "CommissionClawback_rules" BEFORE INSERT OR UPDATE ON "mlas"."CommissionClawback" FOR EACH ROW EXECUTE FUNCTION "mlas"."amount_rules"();

-- An upline is another agent of the same tenant, and the upline chain never loops. Changes of a tenant's
-- uplines are serialised by a transaction-scoped advisory lock, so two concurrent changes (A under B, B
-- under A) cannot each pass the walk: the second one's walk sees the first's commit.
CREATE FUNCTION "mlas"."upline_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  cursor_id uuid;
  upline_tenant uuid;
  steps int := 0;
BEGIN
  IF NEW."uplineId" IS NULL THEN
    RETURN NEW;
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('mlas.upline:' || NEW."tenantId"::text));
  SELECT "tenantId" INTO upline_tenant FROM "mlas"."AgentProfile" WHERE "id" = NEW."uplineId";
  IF upline_tenant IS DISTINCT FROM NEW."tenantId" THEN
    RAISE EXCEPTION 'An upline must be an agent of the same tenant' USING ERRCODE = 'check_violation';
  END IF;
  cursor_id := NEW."uplineId";
  WHILE cursor_id IS NOT NULL LOOP
    IF cursor_id = NEW."id" THEN
      RAISE EXCEPTION 'Upline cycle: agent % would be its own upline', NEW."id" USING ERRCODE = 'check_violation';
    END IF;
    steps := steps + 1;
    IF steps > 10000 THEN
      RAISE EXCEPTION 'Upline chain too long' USING ERRCODE = 'check_violation';
    END IF;
    SELECT "uplineId" INTO cursor_id FROM "mlas"."AgentProfile" WHERE "id" = cursor_id;
  END LOOP;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "AgentProfile_upline_rules" BEFORE INSERT OR UPDATE OF "uplineId" ON "mlas"."AgentProfile" FOR EACH ROW EXECUTE FUNCTION "mlas"."upline_rules"();
