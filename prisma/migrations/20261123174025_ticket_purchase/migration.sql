-- CreateEnum
CREATE TYPE "commerce"."OrderLineSource" AS ENUM ('CATALOG', 'TRANSPORT');

-- CreateEnum
CREATE TYPE "transport"."TicketPurchaseStatus" AS ENUM ('PENDING', 'CONFIRMED', 'REFUND_REQUESTED');

-- AlterEnum
ALTER TYPE "commerce"."LineStockStatus" ADD VALUE 'NOT_STOCKED';

-- AlterTable
ALTER TABLE "commerce"."Order" ALTER COLUMN "shippingAddress" DROP NOT NULL;

-- AlterTable
ALTER TABLE "commerce"."OrderLine" ADD COLUMN     "source" "commerce"."OrderLineSource" NOT NULL DEFAULT 'CATALOG',
ADD COLUMN     "sourceData" JSONB,
ADD COLUMN     "sourceRef" TEXT,
ALTER COLUMN "variantId" DROP NOT NULL,
ALTER COLUMN "productId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "transport"."TicketPurchase" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "operatorTenantId" UUID NOT NULL,
    "idempotencyKey" TEXT,
    "requestHash" TEXT,
    "orderRequest" JSONB,
    "holdId" UUID NOT NULL,
    "tripId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "orderNumber" TEXT NOT NULL,
    "customerUserId" UUID,
    "accessTokenHash" TEXT,
    "total" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "status" "transport"."TicketPurchaseStatus" NOT NULL DEFAULT 'PENDING',
    "bookingId" UUID,
    "failureReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TicketPurchase_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TicketPurchase_orderId_key" ON "transport"."TicketPurchase"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "TicketPurchase_bookingId_key" ON "transport"."TicketPurchase"("bookingId");

-- CreateIndex
CREATE INDEX "TicketPurchase_tenantId_holdId_idx" ON "transport"."TicketPurchase"("tenantId", "holdId");

-- CreateIndex
CREATE UNIQUE INDEX "TicketPurchase_tenantId_idempotencyKey_key" ON "transport"."TicketPurchase"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "OrderLine_tenantId_source_sourceRef_idx" ON "commerce"."OrderLine"("tenantId", "source", "sourceRef");

-- A catalogue line names its variant and product and goes through inventory; an external line (a bus seat)
-- names its source's reference and never touches stock.
CREATE FUNCTION "commerce"."order_line_source_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."source"::text = 'CATALOG' AND (NEW."variantId" IS NULL OR NEW."productId" IS NULL OR NEW."stockStatus"::text = 'NOT_STOCKED') THEN
    RAISE EXCEPTION 'OrderLine % (catalogue) needs a variant, a product and stock', NEW."id" USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."source"::text <> 'CATALOG' AND (NEW."sourceRef" IS NULL OR NEW."variantId" IS NOT NULL OR NEW."stockStatus"::text <> 'NOT_STOCKED') THEN
    RAISE EXCEPTION 'OrderLine % (%) needs a source reference and holds no stock', NEW."id", NEW."source" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "OrderLine_source_rules" BEFORE INSERT OR UPDATE ON "commerce"."OrderLine"
  FOR EACH ROW EXECUTE FUNCTION "commerce"."order_line_source_rules"();
