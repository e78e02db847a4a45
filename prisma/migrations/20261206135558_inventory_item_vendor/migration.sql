-- AlterTable
ALTER TABLE "inventory"."InventoryItem" ADD COLUMN     "vendorId" UUID,
ADD COLUMN     "vendorOwnerUserId" UUID;

-- CreateIndex
CREATE INDEX "InventoryItem_tenantId_vendorOwnerUserId_idx" ON "inventory"."InventoryItem"("tenantId", "vendorOwnerUserId");

-- Backfill (hand-written): items projected before catalog.variant.upserted carried the vendor take it from
-- catalog once, here, while both schemas sit in the one database. From now on the event carries it.
UPDATE "inventory"."InventoryItem" AS i
SET "vendorId" = p."vendorId", "vendorOwnerUserId" = vd."ownerUserId"
FROM "catalog"."ProductVariant" AS v
JOIN "catalog"."Product" AS p ON p."id" = v."productId"
JOIN "catalog"."Vendor" AS vd ON vd."id" = p."vendorId"
WHERE v."id" = i."variantId" AND i."vendorId" IS NULL;
