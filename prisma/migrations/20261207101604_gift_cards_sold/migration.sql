/*
  Warnings:

  - A unique constraint covering the columns `[orderLineId,unitIndex]` on the table `GiftCard` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "commerce"."GiftCard" ADD COLUMN     "message" TEXT,
ADD COLUMN     "orderLineId" UUID,
ADD COLUMN     "recipientName" TEXT,
ADD COLUMN     "unitIndex" INTEGER;

-- CreateTable
CREATE TABLE "commerce"."GiftCardProduct" (
    "tenantId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GiftCardProduct_pkey" PRIMARY KEY ("tenantId","productId")
);

-- CreateTable
CREATE TABLE "commerce"."GiftCardRecipient" (
    "orderId" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "message" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GiftCardRecipient_pkey" PRIMARY KEY ("orderId")
);

-- CreateIndex
CREATE UNIQUE INDEX "GiftCard_orderLineId_unitIndex_key" ON "commerce"."GiftCard"("orderLineId", "unitIndex");

-- A catalogue line holds stock, except a gift card's (decision 0064): its product is one the shop sells as a
-- gift card when the line is written; a line never becomes NOT_STOCKED later.
CREATE OR REPLACE FUNCTION "commerce"."order_line_source_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."source"::text = 'CATALOG' AND (NEW."variantId" IS NULL OR NEW."productId" IS NULL OR (NEW."stockStatus"::text = 'NOT_STOCKED' AND (
    (TG_OP = 'INSERT' AND NOT EXISTS (SELECT 1 FROM "commerce"."GiftCardProduct" g WHERE g."tenantId" = NEW."tenantId" AND g."productId" = NEW."productId"))
    OR (TG_OP = 'UPDATE' AND OLD."stockStatus"::text <> 'NOT_STOCKED')))) THEN
    RAISE EXCEPTION 'OrderLine % (catalogue) needs a variant, a product and stock (or to be a gift card)', NEW."id" USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."source"::text <> 'CATALOG' AND (NEW."sourceRef" IS NULL OR NEW."variantId" IS NOT NULL OR NEW."stockStatus"::text <> 'NOT_STOCKED') THEN
    RAISE EXCEPTION 'OrderLine % (%) needs a source reference and holds no stock', NEW."id", NEW."source" USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
