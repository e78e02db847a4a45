-- AlterTable
ALTER TABLE "commerce"."OrderEvent" ADD COLUMN     "vendorOrderId" UUID;

-- AlterTable
ALTER TABLE "commerce"."VendorOrder" ADD COLUMN     "fulfilmentStage" "commerce"."OrderStatus" NOT NULL DEFAULT 'PAID';

-- CreateIndex
CREATE INDEX "OrderEvent_vendorOrderId_idx" ON "commerce"."OrderEvent"("vendorOrderId");

-- AddForeignKey
ALTER TABLE "commerce"."OrderEvent" ADD CONSTRAINT "OrderEvent_vendorOrderId_fkey" FOREIGN KEY ("vendorOrderId") REFERENCES "commerce"."VendorOrder"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Vendor orders of orders already under way start where their order is (DELIVERED at most: completing is
-- the order's step, not a vendor's).
UPDATE "commerce"."VendorOrder" v
SET "fulfilmentStage" = CASE WHEN o."fulfilmentStage" = 'COMPLETED' THEN 'DELIVERED'::"commerce"."OrderStatus" ELSE o."fulfilmentStage" END
FROM "commerce"."Order" o
WHERE o."id" = v."orderId" AND o."fulfilmentStage" IN ('FULFILLING', 'SHIPPED', 'DELIVERED', 'COMPLETED');
