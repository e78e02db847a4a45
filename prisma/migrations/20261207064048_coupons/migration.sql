-- CreateEnum
CREATE TYPE "commerce"."CouponKind" AS ENUM ('PERCENTAGE', 'FIXED_AMOUNT', 'FREE_SHIPPING');

-- CreateEnum
CREATE TYPE "commerce"."CouponFunder" AS ENUM ('PLATFORM', 'MARKETPLACE', 'VENDOR');

-- AlterEnum
ALTER TYPE "ledger"."LedgerPurpose" ADD VALUE 'DISCOUNT_EXPENSE';

-- AlterTable
ALTER TABLE "commerce"."Cart" ADD COLUMN     "couponCode" TEXT;

-- AlterTable
ALTER TABLE "commerce"."Order" ADD COLUMN     "couponCode" TEXT,
ADD COLUMN     "couponFundedBy" "commerce"."CouponFunder",
ADD COLUMN     "couponId" UUID;

-- AlterTable
ALTER TABLE "commerce"."OrderLine" ADD COLUMN     "discount" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "commerce"."RefundVendorPart" ADD COLUMN     "discount" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "commerce"."VendorOrder" ADD COLUMN     "discount" BIGINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "commerce"."Coupon" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "codeKey" TEXT NOT NULL,
    "description" TEXT,
    "kind" "commerce"."CouponKind" NOT NULL,
    "percentBps" INTEGER,
    "amount" BIGINT,
    "currency" CHAR(3) NOT NULL,
    "minimumSpend" BIGINT,
    "usageLimit" INTEGER,
    "perCustomerLimit" INTEGER,
    "used" INTEGER NOT NULL DEFAULT 0,
    "startsAt" TIMESTAMPTZ(3),
    "endsAt" TIMESTAMPTZ(3),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "productIds" UUID[],
    "categoryIds" UUID[],
    "vendorIds" UUID[],
    "fundedBy" "commerce"."CouponFunder",
    "ownerVendorId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Coupon_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."CouponRedemption" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "couponId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "customerUserId" UUID,
    "email" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "releasedAt" TIMESTAMPTZ(3),

    CONSTRAINT "CouponRedemption_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Coupon_tenantId_active_idx" ON "commerce"."Coupon"("tenantId", "active");

-- CreateIndex
CREATE UNIQUE INDEX "Coupon_tenantId_codeKey_key" ON "commerce"."Coupon"("tenantId", "codeKey");

-- CreateIndex
CREATE INDEX "CouponRedemption_couponId_email_idx" ON "commerce"."CouponRedemption"("couponId", "email");

-- CreateIndex
CREATE INDEX "CouponRedemption_couponId_customerUserId_idx" ON "commerce"."CouponRedemption"("couponId", "customerUserId");

-- CreateIndex
CREATE INDEX "CouponRedemption_orderId_idx" ON "commerce"."CouponRedemption"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "CouponRedemption_couponId_orderId_key" ON "commerce"."CouponRedemption"("couponId", "orderId");

-- AddForeignKey
ALTER TABLE "commerce"."CouponRedemption" ADD CONSTRAINT "CouponRedemption_couponId_fkey" FOREIGN KEY ("couponId") REFERENCES "commerce"."Coupon"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- DISCOUNT_EXPENSE (what a coupon's funder gave away, decision 0057) is debit-normal, like the assets.
CREATE OR REPLACE FUNCTION "ledger"."account_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'LedgerAccount rows are never deleted' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NEW."normalSide" <> (CASE WHEN NEW."purpose"::text IN ('PAYMENT_CLEARING', 'PAYOUT_CLEARING', 'CASH_HELD', 'ACCOUNTS_RECEIVABLE', 'DISCOUNT_EXPENSE') THEN 'DEBIT' ELSE 'CREDIT' END)::"ledger"."EntrySide" THEN
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

-- A coupon's amounts are in range and its uses never pass its limit (the conditional UPDATE in
-- services/coupons.ts counts them; this is the last line of defence).
ALTER TABLE "commerce"."Coupon" ADD CONSTRAINT "Coupon_rules" CHECK (
  "used" >= 0
  AND ("usageLimit" IS NULL OR ("usageLimit" >= 1 AND "used" <= "usageLimit"))
  AND ("perCustomerLimit" IS NULL OR "perCustomerLimit" >= 1)
  AND ("minimumSpend" IS NULL OR "minimumSpend" >= 0)
  AND ("startsAt" IS NULL OR "endsAt" IS NULL OR "startsAt" < "endsAt")
  AND CASE "kind"
    WHEN 'PERCENTAGE' THEN "percentBps" BETWEEN 1 AND 10000 AND "amount" IS NULL
    WHEN 'FIXED_AMOUNT' THEN "amount" > 0 AND "percentBps" IS NULL
    ELSE "amount" IS NULL AND "percentBps" IS NULL
  END
);
ALTER TABLE "commerce"."CouponRedemption" ADD CONSTRAINT "CouponRedemption_amount" CHECK ("amount" >= 0);
ALTER TABLE "commerce"."OrderLine" ADD CONSTRAINT "OrderLine_discount" CHECK ("discount" >= 0);
ALTER TABLE "commerce"."VendorOrder" ADD CONSTRAINT "VendorOrder_discount" CHECK ("discount" >= 0);
ALTER TABLE "commerce"."RefundVendorPart" ADD CONSTRAINT "RefundVendorPart_discount" CHECK ("discount" >= 0);
