-- AlterEnum
ALTER TYPE "pos"."PosConflictKind" ADD VALUE 'HOLD_REFUSED';

-- CreateTable
CREATE TABLE "commerce"."PosTenderHold" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "deviceId" UUID NOT NULL,
    "kind" "commerce"."BalanceKind" NOT NULL,
    "giftCardId" UUID,
    "userId" UUID,
    "amount" BIGINT NOT NULL,
    "points" INTEGER,
    "currency" CHAR(3) NOT NULL,
    "status" "commerce"."TenderHoldStatus" NOT NULL DEFAULT 'HELD',
    "releasedReason" TEXT,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "saleId" UUID,
    "refunded" BIGINT NOT NULL DEFAULT 0,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PosTenderHold_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PosTenderHold_tenantId_deviceId_status_idx" ON "commerce"."PosTenderHold"("tenantId", "deviceId", "status");

-- CreateIndex
CREATE INDEX "PosTenderHold_status_expiresAt_idx" ON "commerce"."PosTenderHold"("status", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "PosTenderHold_deviceId_idempotencyKey_key" ON "commerce"."PosTenderHold"("deviceId", "idempotencyKey");
