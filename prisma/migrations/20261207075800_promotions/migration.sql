-- CreateEnum
CREATE TYPE "commerce"."PromotionKind" AS ENUM ('BUY_X_GET_Y', 'SPEND_SAVE', 'BUNDLE_PRICE');

-- CreateTable
CREATE TABLE "commerce"."Promotion" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "commerce"."PromotionKind" NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "buyQuantity" INTEGER,
    "getQuantity" INTEGER,
    "getPercentBps" INTEGER,
    "threshold" BIGINT,
    "amount" BIGINT,
    "bundlePrice" BIGINT,
    "productIds" UUID[],
    "variantIds" UUID[],
    "startsAt" TIMESTAMPTZ(3),
    "endsAt" TIMESTAMPTZ(3),
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Promotion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."PromotionUse" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "promotionId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PromotionUse_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Promotion_tenantId_active_idx" ON "commerce"."Promotion"("tenantId", "active");

-- CreateIndex
CREATE INDEX "PromotionUse_orderId_idx" ON "commerce"."PromotionUse"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "PromotionUse_promotionId_orderId_key" ON "commerce"."PromotionUse"("promotionId", "orderId");

-- AddForeignKey
ALTER TABLE "commerce"."PromotionUse" ADD CONSTRAINT "PromotionUse_promotionId_fkey" FOREIGN KEY ("promotionId") REFERENCES "commerce"."Promotion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A promotion's figures are in range for its kind (services/promotions.ts checks them; this is the last line of defence).
ALTER TABLE "commerce"."Promotion" ADD CONSTRAINT "Promotion_rules" CHECK (
  ("startsAt" IS NULL OR "endsAt" IS NULL OR "startsAt" < "endsAt")
  AND CASE "kind"
    WHEN 'BUY_X_GET_Y' THEN "buyQuantity" >= 1 AND "getQuantity" >= 1 AND "getPercentBps" BETWEEN 1 AND 10000
    WHEN 'SPEND_SAVE' THEN "threshold" > 0 AND "amount" > 0 AND "amount" <= "threshold"
    ELSE "bundlePrice" >= 0
  END
);
ALTER TABLE "commerce"."PromotionUse" ADD CONSTRAINT "PromotionUse_amount" CHECK ("amount" >= 0);
