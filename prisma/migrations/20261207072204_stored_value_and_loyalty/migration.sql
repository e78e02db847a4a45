-- CreateEnum
CREATE TYPE "commerce"."GiftCardStatus" AS ENUM ('ACTIVE', 'DISABLED');

-- CreateEnum
CREATE TYPE "commerce"."BalanceKind" AS ENUM ('GIFT_CARD', 'STORE_CREDIT', 'POINTS');

-- CreateEnum
CREATE TYPE "commerce"."TenderHoldStatus" AS ENUM ('HELD', 'CAPTURED', 'RELEASED');

-- AlterEnum
ALTER TYPE "ledger"."JournalKind" ADD VALUE 'STORED_VALUE';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ledger"."LedgerPurpose" ADD VALUE 'GIFT_CARD_LIABILITY';
ALTER TYPE "ledger"."LedgerPurpose" ADD VALUE 'LOYALTY_LIABILITY';

-- AlterTable
ALTER TABLE "commerce"."Order" ADD COLUMN     "prepaid" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "commerce"."Refund" ADD COLUMN     "prepaidPart" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "toStoreCredit" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "commerce"."GiftCard" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "codeHash" TEXT NOT NULL,
    "last4" TEXT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "initialValue" BIGINT NOT NULL,
    "balance" BIGINT NOT NULL,
    "status" "commerce"."GiftCardStatus" NOT NULL DEFAULT 'ACTIVE',
    "expiresAt" TIMESTAMPTZ(3),
    "source" TEXT NOT NULL,
    "note" TEXT,
    "recipientEmail" TEXT,
    "issuedById" UUID,
    "orderId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "GiftCard_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."StoreCredit" (
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "balance" BIGINT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StoreCredit_pkey" PRIMARY KEY ("tenantId","userId","currency")
);

-- CreateTable
CREATE TABLE "commerce"."LoyaltySettings" (
    "tenantId" UUID NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "currency" CHAR(3) NOT NULL DEFAULT 'NGN',
    "spendPerPoint" BIGINT NOT NULL DEFAULT 10000,
    "pointValue" BIGINT NOT NULL DEFAULT 100,
    "expiryDays" INTEGER NOT NULL DEFAULT 365,
    "maxRedeemBps" INTEGER NOT NULL DEFAULT 5000,
    "tiers" JSONB NOT NULL DEFAULT '[]',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LoyaltySettings_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "commerce"."LoyaltyAccount" (
    "tenantId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LoyaltyAccount_pkey" PRIMARY KEY ("tenantId","userId")
);

-- CreateTable
CREATE TABLE "commerce"."BalanceMovement" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "kind" "commerce"."BalanceKind" NOT NULL,
    "giftCardId" UUID,
    "userId" UUID,
    "orderId" UUID,
    "amount" BIGINT NOT NULL,
    "reason" TEXT NOT NULL,
    "note" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "remaining" BIGINT,
    "expiresAt" TIMESTAMPTZ(3),
    "actorUserId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BalanceMovement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."OrderTender" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "kind" "commerce"."BalanceKind" NOT NULL,
    "giftCardId" UUID,
    "userId" UUID,
    "amount" BIGINT NOT NULL,
    "points" INTEGER,
    "refunded" BIGINT NOT NULL DEFAULT 0,
    "status" "commerce"."TenderHoldStatus" NOT NULL DEFAULT 'HELD',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderTender_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GiftCard_codeHash_key" ON "commerce"."GiftCard"("codeHash");

-- CreateIndex
CREATE INDEX "GiftCard_tenantId_createdAt_idx" ON "commerce"."GiftCard"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "BalanceMovement_tenantId_kind_userId_createdAt_idx" ON "commerce"."BalanceMovement"("tenantId", "kind", "userId", "createdAt");

-- CreateIndex
CREATE INDEX "BalanceMovement_giftCardId_createdAt_idx" ON "commerce"."BalanceMovement"("giftCardId", "createdAt");

-- CreateIndex
CREATE INDEX "BalanceMovement_kind_expiresAt_idx" ON "commerce"."BalanceMovement"("kind", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "BalanceMovement_tenantId_idempotencyKey_key" ON "commerce"."BalanceMovement"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "OrderTender_orderId_idx" ON "commerce"."OrderTender"("orderId");

-- CreateIndex
CREATE INDEX "OrderTender_tenantId_status_idx" ON "commerce"."OrderTender"("tenantId", "status");

-- Rules Prisma cannot express (decision 0059). Balances never go below zero, whatever the code does.
ALTER TABLE "commerce"."GiftCard" ADD CONSTRAINT "GiftCard_balance_check" CHECK ("balance" >= 0 AND "balance" <= "initialValue" AND "initialValue" > 0);
ALTER TABLE "commerce"."StoreCredit" ADD CONSTRAINT "StoreCredit_balance_check" CHECK ("balance" >= 0);
ALTER TABLE "commerce"."LoyaltyAccount" ADD CONSTRAINT "LoyaltyAccount_points_check" CHECK ("points" >= 0);
ALTER TABLE "commerce"."OrderTender" ADD CONSTRAINT "OrderTender_amount_check" CHECK ("amount" > 0 AND "refunded" >= 0 AND "refunded" <= "amount");
ALTER TABLE "commerce"."Order" ADD CONSTRAINT "Order_prepaid_check" CHECK ("prepaid" >= 0 AND "prepaid" <= "total");
ALTER TABLE "commerce"."Refund" ADD CONSTRAINT "Refund_prepaidPart_check" CHECK ("prepaidPart" >= 0 AND "prepaidPart" <= "amount");

-- A payment is of a positive amount, except the payment of nothing that settles an order its points, gift
-- cards and store credit paid in full.
CREATE FUNCTION "commerce"."payment_amount_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."amount" < 0 OR (NEW."amount" = 0 AND NOT EXISTS (
      SELECT 1 FROM "commerce"."Order" o WHERE o."id" = NEW."orderId" AND o."prepaid" = o."total")) THEN
    RAISE EXCEPTION '% % has a non-positive amount', TG_TABLE_NAME, NEW."id" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
DROP TRIGGER "Payment_amount_rules" ON "commerce"."Payment";
CREATE TRIGGER "Payment_amount_rules" BEFORE INSERT OR UPDATE ON "commerce"."Payment" FOR EACH ROW EXECUTE FUNCTION "commerce"."payment_amount_rules"();
