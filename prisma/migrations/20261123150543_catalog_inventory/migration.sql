-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "catalog";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "inventory";

-- CreateEnum
CREATE TYPE "catalog"."VendorStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "catalog"."ProductStatus" AS ENUM ('DRAFT', 'ACTIVE', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "catalog"."SalesChannel" AS ENUM ('SVM', 'MVM', 'POS');

-- CreateEnum
CREATE TYPE "inventory"."LocationKind" AS ENUM ('WAREHOUSE', 'SHOP', 'POS_TILL', 'VEHICLE');

-- CreateEnum
CREATE TYPE "inventory"."MovementReason" AS ENUM ('RECEIPT', 'SALE', 'RETURN', 'ADJUSTMENT', 'TRANSFER_OUT', 'TRANSFER_IN', 'CORRECTION');

-- CreateEnum
CREATE TYPE "inventory"."ReservationStatus" AS ENUM ('ACTIVE', 'COMMITTED', 'RELEASED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "inventory"."StockChannel" AS ENUM ('SVM', 'MVM', 'POS');

-- CreateEnum
CREATE TYPE "inventory"."ChannelMode" AS ENUM ('SHARED', 'ALLOCATED', 'INDEPENDENT');

-- CreateEnum
CREATE TYPE "inventory"."ConflictStatus" AS ENUM ('OPEN', 'RESOLVED');

-- CreateEnum
CREATE TYPE "inventory"."AlertKind" AS ENUM ('LOW_STOCK', 'CONFLICT');

-- CreateTable
CREATE TABLE "catalog"."CatalogSettings" (
    "tenantId" UUID NOT NULL,
    "taxRateBps" INTEGER NOT NULL DEFAULT 750,
    "pricesIncludeTax" BOOLEAN NOT NULL DEFAULT true,
    "defaultCommissionBps" INTEGER NOT NULL DEFAULT 1000,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CatalogSettings_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "catalog"."Vendor" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "legalName" TEXT,
    "tin" TEXT,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "address" TEXT,
    "documentUrls" TEXT[],
    "ownerUserId" UUID,
    "status" "catalog"."VendorStatus" NOT NULL DEFAULT 'PENDING',
    "commissionBps" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Vendor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog"."VendorStatusChange" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "vendorId" UUID NOT NULL,
    "fromStatus" "catalog"."VendorStatus",
    "toStatus" "catalog"."VendorStatus" NOT NULL,
    "reason" TEXT,
    "actorUserId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VendorStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog"."Category" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "parentId" UUID,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Category_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog"."Product" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "vendorId" UUID NOT NULL,
    "categoryId" UUID,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "status" "catalog"."ProductStatus" NOT NULL DEFAULT 'DRAFT',
    "attributes" JSONB NOT NULL DEFAULT '{}',
    "seoTitle" TEXT,
    "seoDescription" TEXT,
    "searchVector" tsvector,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Product_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog"."ProductVariant" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "sku" TEXT NOT NULL,
    "barcode" TEXT,
    "title" TEXT NOT NULL,
    "options" JSONB NOT NULL DEFAULT '{}',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProductVariant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog"."ProductMedia" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "alt" TEXT,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ProductMedia_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog"."Collection" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Collection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog"."CollectionProduct" (
    "collectionId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CollectionProduct_pkey" PRIMARY KEY ("collectionId","productId")
);

-- CreateTable
CREATE TABLE "catalog"."MarketplaceListing" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "vendorId" UUID NOT NULL,
    "commissionBps" INTEGER NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MarketplaceListing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog"."PriceList" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "channel" "catalog"."SalesChannel",
    "customerGroup" TEXT,
    "currency" CHAR(3) NOT NULL,
    "priority" INTEGER NOT NULL DEFAULT 0,
    "startsAt" TIMESTAMPTZ(3),
    "endsAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PriceList_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalog"."Price" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "variantId" UUID NOT NULL,
    "priceListId" UUID,
    "currency" CHAR(3) NOT NULL,
    "amount" BIGINT NOT NULL,
    "minQuantity" INTEGER NOT NULL DEFAULT 1,
    "startsAt" TIMESTAMPTZ(3),
    "endsAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Price_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inventory"."Location" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "inventory"."LocationKind" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inventory"."InventoryItem" (
    "variantId" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "productId" UUID NOT NULL,
    "sku" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InventoryItem_pkey" PRIMARY KEY ("variantId")
);

-- CreateTable
CREATE TABLE "inventory"."StockLevel" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "variantId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "onHand" INTEGER NOT NULL DEFAULT 0,
    "reserved" INTEGER NOT NULL DEFAULT 0,
    "lowStockThreshold" INTEGER,
    "reorderPoint" INTEGER,
    "reorderQuantity" INTEGER,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "StockLevel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inventory"."ChannelAllocation" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "variantId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "channel" "inventory"."StockChannel" NOT NULL,
    "quantity" INTEGER NOT NULL DEFAULT 0,
    "reserved" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ChannelAllocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inventory"."ChannelPolicy" (
    "tenantId" UUID NOT NULL,
    "channel" "inventory"."StockChannel" NOT NULL,
    "mode" "inventory"."ChannelMode" NOT NULL DEFAULT 'SHARED',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ChannelPolicy_pkey" PRIMARY KEY ("tenantId","channel")
);

-- CreateTable
CREATE TABLE "inventory"."StockMovement" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "variantId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "reason" "inventory"."MovementReason" NOT NULL,
    "channel" "inventory"."StockChannel",
    "reference" TEXT,
    "clientId" TEXT,
    "deviceId" TEXT,
    "actorUserId" UUID,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StockMovement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inventory"."Reservation" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "variantId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "channel" "inventory"."StockChannel" NOT NULL,
    "quantity" INTEGER NOT NULL,
    "status" "inventory"."ReservationStatus" NOT NULL DEFAULT 'ACTIVE',
    "reference" TEXT,
    "idempotencyKey" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Reservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inventory"."Transfer" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "variantId" UUID NOT NULL,
    "fromLocationId" UUID NOT NULL,
    "toLocationId" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "reference" TEXT,
    "actorUserId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Transfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inventory"."StockConflict" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "variantId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "clientId" TEXT NOT NULL,
    "requested" INTEGER NOT NULL,
    "applied" INTEGER NOT NULL,
    "shortfall" INTEGER NOT NULL,
    "status" "inventory"."ConflictStatus" NOT NULL DEFAULT 'OPEN',
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),

    CONSTRAINT "StockConflict_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inventory"."StockAlert" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "variantId" UUID NOT NULL,
    "locationId" UUID NOT NULL,
    "kind" "inventory"."AlertKind" NOT NULL,
    "available" INTEGER NOT NULL,
    "threshold" INTEGER,
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledgedAt" TIMESTAMPTZ(3),

    CONSTRAINT "StockAlert_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Vendor_tenantId_status_idx" ON "catalog"."Vendor"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Vendor_tenantId_slug_key" ON "catalog"."Vendor"("tenantId", "slug");

-- CreateIndex
CREATE INDEX "VendorStatusChange_vendorId_createdAt_idx" ON "catalog"."VendorStatusChange"("vendorId", "createdAt");

-- CreateIndex
CREATE INDEX "Category_tenantId_parentId_idx" ON "catalog"."Category"("tenantId", "parentId");

-- CreateIndex
CREATE UNIQUE INDEX "Category_tenantId_slug_key" ON "catalog"."Category"("tenantId", "slug");

-- CreateIndex
CREATE INDEX "Product_tenantId_status_createdAt_idx" ON "catalog"."Product"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Product_tenantId_vendorId_idx" ON "catalog"."Product"("tenantId", "vendorId");

-- CreateIndex
CREATE INDEX "Product_tenantId_categoryId_idx" ON "catalog"."Product"("tenantId", "categoryId");

-- CreateIndex
CREATE INDEX "Product_searchVector_idx" ON "catalog"."Product" USING GIN ("searchVector");

-- CreateIndex
CREATE UNIQUE INDEX "Product_tenantId_slug_key" ON "catalog"."Product"("tenantId", "slug");

-- CreateIndex
CREATE INDEX "ProductVariant_productId_idx" ON "catalog"."ProductVariant"("productId");

-- CreateIndex
CREATE INDEX "ProductVariant_tenantId_barcode_idx" ON "catalog"."ProductVariant"("tenantId", "barcode");

-- CreateIndex
CREATE UNIQUE INDEX "ProductVariant_tenantId_sku_key" ON "catalog"."ProductVariant"("tenantId", "sku");

-- CreateIndex
CREATE INDEX "ProductMedia_productId_position_idx" ON "catalog"."ProductMedia"("productId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Collection_tenantId_slug_key" ON "catalog"."Collection"("tenantId", "slug");

-- CreateIndex
CREATE INDEX "CollectionProduct_productId_idx" ON "catalog"."CollectionProduct"("productId");

-- CreateIndex
CREATE INDEX "MarketplaceListing_tenantId_vendorId_idx" ON "catalog"."MarketplaceListing"("tenantId", "vendorId");

-- CreateIndex
CREATE UNIQUE INDEX "MarketplaceListing_tenantId_productId_key" ON "catalog"."MarketplaceListing"("tenantId", "productId");

-- CreateIndex
CREATE INDEX "PriceList_tenantId_idx" ON "catalog"."PriceList"("tenantId");

-- CreateIndex
CREATE INDEX "Price_variantId_currency_idx" ON "catalog"."Price"("variantId", "currency");

-- CreateIndex
CREATE INDEX "Price_tenantId_priceListId_idx" ON "catalog"."Price"("tenantId", "priceListId");

-- CreateIndex
CREATE UNIQUE INDEX "Location_tenantId_code_key" ON "inventory"."Location"("tenantId", "code");

-- CreateIndex
CREATE INDEX "InventoryItem_tenantId_productId_idx" ON "inventory"."InventoryItem"("tenantId", "productId");

-- CreateIndex
CREATE UNIQUE INDEX "InventoryItem_tenantId_sku_key" ON "inventory"."InventoryItem"("tenantId", "sku");

-- CreateIndex
CREATE INDEX "StockLevel_tenantId_locationId_idx" ON "inventory"."StockLevel"("tenantId", "locationId");

-- CreateIndex
CREATE UNIQUE INDEX "StockLevel_variantId_locationId_key" ON "inventory"."StockLevel"("variantId", "locationId");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelAllocation_variantId_locationId_channel_key" ON "inventory"."ChannelAllocation"("variantId", "locationId", "channel");

-- CreateIndex
CREATE INDEX "StockMovement_tenantId_variantId_createdAt_idx" ON "inventory"."StockMovement"("tenantId", "variantId", "createdAt");

-- CreateIndex
CREATE INDEX "StockMovement_tenantId_locationId_createdAt_idx" ON "inventory"."StockMovement"("tenantId", "locationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "StockMovement_tenantId_clientId_key" ON "inventory"."StockMovement"("tenantId", "clientId");

-- CreateIndex
CREATE INDEX "Reservation_variantId_locationId_status_idx" ON "inventory"."Reservation"("variantId", "locationId", "status");

-- CreateIndex
CREATE INDEX "Reservation_status_expiresAt_idx" ON "inventory"."Reservation"("status", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Reservation_tenantId_idempotencyKey_key" ON "inventory"."Reservation"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "Transfer_tenantId_createdAt_idx" ON "inventory"."Transfer"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "StockConflict_tenantId_status_idx" ON "inventory"."StockConflict"("tenantId", "status");

-- CreateIndex
CREATE INDEX "StockAlert_tenantId_acknowledgedAt_idx" ON "inventory"."StockAlert"("tenantId", "acknowledgedAt");

-- AddForeignKey
ALTER TABLE "catalog"."VendorStatusChange" ADD CONSTRAINT "VendorStatusChange_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "catalog"."Vendor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog"."Category" ADD CONSTRAINT "Category_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "catalog"."Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog"."Product" ADD CONSTRAINT "Product_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "catalog"."Vendor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog"."Product" ADD CONSTRAINT "Product_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "catalog"."Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog"."ProductVariant" ADD CONSTRAINT "ProductVariant_productId_fkey" FOREIGN KEY ("productId") REFERENCES "catalog"."Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog"."ProductMedia" ADD CONSTRAINT "ProductMedia_productId_fkey" FOREIGN KEY ("productId") REFERENCES "catalog"."Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog"."CollectionProduct" ADD CONSTRAINT "CollectionProduct_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "catalog"."Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog"."CollectionProduct" ADD CONSTRAINT "CollectionProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "catalog"."Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog"."MarketplaceListing" ADD CONSTRAINT "MarketplaceListing_productId_fkey" FOREIGN KEY ("productId") REFERENCES "catalog"."Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog"."MarketplaceListing" ADD CONSTRAINT "MarketplaceListing_vendorId_fkey" FOREIGN KEY ("vendorId") REFERENCES "catalog"."Vendor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog"."Price" ADD CONSTRAINT "Price_variantId_fkey" FOREIGN KEY ("variantId") REFERENCES "catalog"."ProductVariant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catalog"."Price" ADD CONSTRAINT "Price_priceListId_fkey" FOREIGN KEY ("priceListId") REFERENCES "catalog"."PriceList"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------------
-- Hand-written: rules Prisma's schema language cannot say. The drift check ignores functions and triggers.

-- Full-text search over title, description (English stemming) and variant SKUs (verbatim), weighted so
-- title matches rank first. Kept current by triggers on products and on their variants.
CREATE FUNCTION "catalog"."product_search_document"(p_title text, p_description text, p_id uuid) RETURNS tsvector
LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector('english', coalesce(p_title, '')), 'A')
      || setweight(to_tsvector('english', coalesce(p_description, '')), 'C')
      || setweight(to_tsvector('simple', coalesce((SELECT string_agg(v."sku", ' ') FROM "catalog"."ProductVariant" v WHERE v."productId" = p_id), '')), 'A');
$$;

CREATE FUNCTION "catalog"."product_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."searchVector" := "catalog"."product_search_document"(NEW."title", NEW."description", NEW."id");
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Product_search_refresh" BEFORE INSERT OR UPDATE OF "title", "description" ON "catalog"."Product"
  FOR EACH ROW EXECUTE FUNCTION "catalog"."product_search_refresh"();

CREATE FUNCTION "catalog"."variant_search_refresh"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE pid uuid := CASE WHEN TG_OP = 'DELETE' THEN OLD."productId" ELSE NEW."productId" END;
BEGIN
  UPDATE "catalog"."Product" p SET "searchVector" = "catalog"."product_search_document"(p."title", p."description", p."id") WHERE p."id" = pid;
  RETURN NULL;
END;
$$;

CREATE TRIGGER "ProductVariant_search_refresh" AFTER INSERT OR UPDATE OF "sku" OR DELETE ON "catalog"."ProductVariant"
  FOR EACH ROW EXECUTE FUNCTION "catalog"."variant_search_refresh"();

-- Value rules as triggers rather than CHECK constraints: this schema-engine version panics when it
-- introspects CHECK constraints on the shadow database, which would break the drift check.
CREATE FUNCTION "catalog"."price_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."amount" < 0 THEN RAISE EXCEPTION 'Price amount must not be negative' USING ERRCODE = 'check_violation'; END IF;
  IF NEW."minQuantity" < 1 THEN RAISE EXCEPTION 'Price minQuantity must be at least 1' USING ERRCODE = 'check_violation'; END IF;
  IF NEW."startsAt" IS NOT NULL AND NEW."endsAt" IS NOT NULL AND NEW."startsAt" >= NEW."endsAt" THEN
    RAISE EXCEPTION 'Price window must start before it ends' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Price_rules" BEFORE INSERT OR UPDATE ON "catalog"."Price" FOR EACH ROW EXECUTE FUNCTION "catalog"."price_rules"();

CREATE FUNCTION "catalog"."rate_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- Nested IFs: plpgsql does not short-circuit, and NEW has only its own table's columns.
  IF TG_TABLE_NAME = 'CatalogSettings' THEN
    IF NEW."taxRateBps" NOT BETWEEN 0 AND 10000 OR NEW."defaultCommissionBps" NOT BETWEEN 0 AND 10000 THEN
      RAISE EXCEPTION 'CatalogSettings rates must be between 0 and 10000 basis points' USING ERRCODE = 'check_violation';
    END IF;
  ELSIF NEW."commissionBps" NOT BETWEEN 0 AND 10000 THEN
    RAISE EXCEPTION 'MarketplaceListing commission must be between 0 and 10000 basis points' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "CatalogSettings_rules" BEFORE INSERT OR UPDATE ON "catalog"."CatalogSettings" FOR EACH ROW EXECUTE FUNCTION "catalog"."rate_rules"();
CREATE TRIGGER "MarketplaceListing_rules" BEFORE INSERT OR UPDATE ON "catalog"."MarketplaceListing" FOR EACH ROW EXECUTE FUNCTION "catalog"."rate_rules"();

-- Stock can never go below zero nor be reserved beyond what is on hand: the database refuses an oversell
-- even if a code path forgot to check.
CREATE FUNCTION "inventory"."quantity_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE broken boolean;
BEGIN
  -- One branch per table: plpgsql does not short-circuit, and NEW has only its own table's columns.
  IF TG_TABLE_NAME = 'StockLevel' THEN
    broken := NEW."onHand" < 0 OR NEW."reserved" < 0 OR NEW."reserved" > NEW."onHand";
  ELSIF TG_TABLE_NAME = 'ChannelAllocation' THEN
    broken := NEW."quantity" < 0 OR NEW."reserved" < 0 OR NEW."reserved" > NEW."quantity";
  ELSIF TG_TABLE_NAME = 'Reservation' THEN
    broken := NEW."quantity" <= 0;
  ELSE
    broken := NEW."quantity" <= 0 OR NEW."fromLocationId" = NEW."toLocationId";
  END IF;
  IF broken THEN
    RAISE EXCEPTION 'inventory rule violated on %', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "StockLevel_rules" BEFORE INSERT OR UPDATE ON "inventory"."StockLevel" FOR EACH ROW EXECUTE FUNCTION "inventory"."quantity_rules"();
CREATE TRIGGER "ChannelAllocation_rules" BEFORE INSERT OR UPDATE ON "inventory"."ChannelAllocation" FOR EACH ROW EXECUTE FUNCTION "inventory"."quantity_rules"();
CREATE TRIGGER "Reservation_rules" BEFORE INSERT OR UPDATE ON "inventory"."Reservation" FOR EACH ROW EXECUTE FUNCTION "inventory"."quantity_rules"();
CREATE TRIGGER "Transfer_rules" BEFORE INSERT ON "inventory"."Transfer" FOR EACH ROW EXECUTE FUNCTION "inventory"."quantity_rules"();

-- Journals are append-only: corrections are new rows.
CREATE FUNCTION "inventory"."append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "StockMovement_append_only" BEFORE UPDATE OR DELETE ON "inventory"."StockMovement"
  FOR EACH ROW EXECUTE FUNCTION "inventory"."append_only"();
CREATE FUNCTION "catalog"."append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "VendorStatusChange_append_only" BEFORE UPDATE OR DELETE ON "catalog"."VendorStatusChange"
  FOR EACH ROW EXECUTE FUNCTION "catalog"."append_only"();
