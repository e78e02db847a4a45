-- CreateTable
CREATE TABLE "catalog"."VariantAvailability" (
    "variantId" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "available" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "VariantAvailability_pkey" PRIMARY KEY ("variantId")
);

-- CreateIndex
CREATE INDEX "VariantAvailability_tenantId_productId_idx" ON "catalog"."VariantAvailability"("tenantId", "productId");
