-- AlterTable
ALTER TABLE "commerce"."OrderLine" ADD COLUMN     "vendorFunded" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "commerce"."Promotion" ADD COLUMN     "vendorId" UUID,
ADD COLUMN     "vendorOwnerUserId" UUID;

-- AlterTable
ALTER TABLE "commerce"."RefundVendorPart" ADD COLUMN     "vendorFunded" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "commerce"."VendorOrder" ADD COLUMN     "vendorFunded" BIGINT NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "Promotion_tenantId_vendorId_idx" ON "commerce"."Promotion"("tenantId", "vendorId");
