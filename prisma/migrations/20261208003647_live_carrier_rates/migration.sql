-- AlterTable
ALTER TABLE "catalog"."ProductVariant" ADD COLUMN     "heightMm" INTEGER,
ADD COLUMN     "lengthMm" INTEGER,
ADD COLUMN     "weightGrams" INTEGER,
ADD COLUMN     "widthMm" INTEGER;

-- AlterTable
ALTER TABLE "commerce"."CommerceSettings" ADD COLUMN     "checkoutCarrier" "commerce"."CarrierName";

-- AlterTable
ALTER TABLE "commerce"."Order" ADD COLUMN     "shippingQuoteId" UUID;

-- CreateTable
CREATE TABLE "commerce"."ShippingQuote" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "cartId" UUID NOT NULL,
    "carrier" "commerce"."CarrierName" NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "amount" BIGINT NOT NULL,
    "parts" JSONB NOT NULL,
    "etaHours" INTEGER NOT NULL,
    "linesKey" TEXT NOT NULL,
    "destinationKey" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShippingQuote_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ShippingQuote_tenantId_cartId_createdAt_idx" ON "commerce"."ShippingQuote"("tenantId", "cartId", "createdAt");

-- A variant's weight and box size are positive and bounded (decision 0091): the services say so first; this
-- is the backstop for any other writer (a trigger, not a CHECK constraint: Prisma's wasm engine panics on those).
CREATE FUNCTION "catalog"."variant_size_check"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (NEW."weightGrams" IS NOT NULL AND (NEW."weightGrams" < 1 OR NEW."weightGrams" > 1000000))
     OR (NEW."lengthMm" IS NOT NULL AND (NEW."lengthMm" < 1 OR NEW."lengthMm" > 10000))
     OR (NEW."widthMm" IS NOT NULL AND (NEW."widthMm" < 1 OR NEW."widthMm" > 10000))
     OR (NEW."heightMm" IS NOT NULL AND (NEW."heightMm" < 1 OR NEW."heightMm" > 10000)) THEN
    RAISE EXCEPTION 'variant weight or size out of range' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "ProductVariant_size_check" BEFORE INSERT OR UPDATE OF "weightGrams", "lengthMm", "widthMm", "heightMm" ON "catalog"."ProductVariant"
  FOR EACH ROW EXECUTE FUNCTION "catalog"."variant_size_check"();
