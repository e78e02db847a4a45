-- CreateEnum
CREATE TYPE "commerce"."ReturnShippingWay" AS ENUM ('PICKUP', 'CUSTOMER_SENDS');

-- CreateEnum
CREATE TYPE "commerce"."ReturnShippingPayer" AS ENUM ('SHOP', 'CUSTOMER');

-- AlterTable
ALTER TABLE "commerce"."Refund" ADD COLUMN     "deducted" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "commerce"."RefundVendorPart" ADD COLUMN     "deducted" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "commerce"."ReturnRequest" ADD COLUMN     "customerCarrier" TEXT,
ADD COLUMN     "customerSentAt" TIMESTAMPTZ(3),
ADD COLUMN     "customerTrackingNumber" TEXT,
ADD COLUMN     "shippingCharge" BIGINT NOT NULL DEFAULT 0,
ADD COLUMN     "shippingPaidBy" "commerce"."ReturnShippingPayer",
ADD COLUMN     "shippingWay" "commerce"."ReturnShippingWay";

-- AlterTable
ALTER TABLE "commerce"."Shipment" ADD COLUMN     "returnRequestId" UUID;

-- CreateIndex
CREATE INDEX "Shipment_returnRequestId_idx" ON "commerce"."Shipment"("returnRequestId");

-- Backstops (triggers, not CHECK constraints: Prisma's wasm engine panics on those): nothing deducted or charged is negative.
CREATE FUNCTION "commerce"."Refund_deducted_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."deducted" >= 0) THEN
    RAISE EXCEPTION '% row breaks the rule %_deducted', TG_TABLE_NAME, TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "Refund_deducted" BEFORE INSERT OR UPDATE ON "commerce"."Refund" FOR EACH ROW EXECUTE FUNCTION "commerce"."Refund_deducted_rule"();
CREATE TRIGGER "RefundVendorPart_deducted" BEFORE INSERT OR UPDATE ON "commerce"."RefundVendorPart" FOR EACH ROW EXECUTE FUNCTION "commerce"."Refund_deducted_rule"();

CREATE FUNCTION "commerce"."ReturnRequest_shippingCharge_rule"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT (NEW."shippingCharge" >= 0) THEN
    RAISE EXCEPTION '% row breaks the rule ReturnRequest_shippingCharge', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "ReturnRequest_shippingCharge" BEFORE INSERT OR UPDATE ON "commerce"."ReturnRequest" FOR EACH ROW EXECUTE FUNCTION "commerce"."ReturnRequest_shippingCharge_rule"();
