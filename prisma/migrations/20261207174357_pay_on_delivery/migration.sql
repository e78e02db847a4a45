-- AlterEnum
ALTER TYPE "commerce"."PaymentMethod" ADD VALUE 'PAY_ON_DELIVERY';

-- AlterTable
ALTER TABLE "commerce"."CommerceSettings" ADD COLUMN     "payOnDeliveryMaxTotal" BIGINT;

-- AlterTable
ALTER TABLE "commerce"."Payment" ADD COLUMN     "collectedAt" TIMESTAMPTZ(3),
ADD COLUMN     "collectedByUserId" UUID,
ADD COLUMN     "collectedVia" TEXT,
ADD COLUMN     "handInId" UUID;

-- CreateTable
CREATE TABLE "commerce"."CollectorHandIn" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "collectorUserId" UUID NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "expected" BIGINT NOT NULL,
    "amount" BIGINT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "note" TEXT,
    "receivedByUserId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CollectorHandIn_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CollectorHandIn_tenantId_collectorUserId_createdAt_idx" ON "commerce"."CollectorHandIn"("tenantId", "collectorUserId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "CollectorHandIn_tenantId_idempotencyKey_key" ON "commerce"."CollectorHandIn"("tenantId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "Payment_tenantId_collectedByUserId_handInId_idx" ON "commerce"."Payment"("tenantId", "collectedByUserId", "handInId");

-- AddForeignKey
ALTER TABLE "commerce"."Payment" ADD CONSTRAINT "Payment_handInId_fkey" FOREIGN KEY ("handInId") REFERENCES "commerce"."CollectorHandIn"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- A collection is CASH (held by the collector until handed in) or TRANSFER (straight to the shop); a trigger, not a CHECK (Prisma's wasm engine).
CREATE FUNCTION "commerce"."payment_collected_via_check"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."collectedVia" IS NOT NULL AND NEW."collectedVia" NOT IN ('CASH', 'TRANSFER') THEN
    RAISE EXCEPTION 'Payment.collectedVia must be CASH or TRANSFER' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER "payment_collected_via_check" BEFORE INSERT OR UPDATE OF "collectedVia" ON "commerce"."Payment"
  FOR EACH ROW EXECUTE FUNCTION "commerce"."payment_collected_via_check"();
