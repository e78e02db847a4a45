-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "pos";

-- CreateEnum
CREATE TYPE "pos"."PosDeviceStatus" AS ENUM ('PENDING', 'ACTIVE', 'REVOKED');

-- CreateEnum
CREATE TYPE "pos"."PosCashierRole" AS ENUM ('CASHIER', 'SUPERVISOR');

-- CreateEnum
CREATE TYPE "pos"."TillSessionStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "pos"."PosEventType" AS ENUM ('SESSION_OPENED', 'CASH_MOVED', 'SALE', 'RETURN', 'SESSION_CLOSED');

-- CreateEnum
CREATE TYPE "pos"."PosSaleKind" AS ENUM ('SALE', 'RETURN');

-- CreateEnum
CREATE TYPE "pos"."PosConflictKind" AS ENUM ('PRICE_CHANGED', 'DISCOUNT_OVER_LIMIT', 'UNAPPROVED_RETURN', 'ARITHMETIC', 'UNKNOWN_REFERENCE', 'SEQUENCE_REUSED');

-- AlterEnum
ALTER TYPE "commerce"."CommerceChannel" ADD VALUE 'POS';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ledger"."JournalKind" ADD VALUE 'POS_SALE';
ALTER TYPE "ledger"."JournalKind" ADD VALUE 'POS_RETURN';
ALTER TYPE "ledger"."JournalKind" ADD VALUE 'TILL_CASH';

-- AlterEnum
ALTER TYPE "ledger"."LedgerOwnerType" ADD VALUE 'TILL';

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ledger"."LedgerPurpose" ADD VALUE 'ACCOUNTS_RECEIVABLE';
ALTER TYPE "ledger"."LedgerPurpose" ADD VALUE 'CASH_OVER_SHORT';

-- CreateTable
CREATE TABLE "pos"."PosDevice" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "locationId" UUID NOT NULL,
    "status" "pos"."PosDeviceStatus" NOT NULL DEFAULT 'PENDING',
    "pairingCodeHash" TEXT,
    "pairingExpiresAt" TIMESTAMPTZ(3),
    "apiKeyId" UUID,
    "registeredById" UUID,
    "pairedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),
    "lastSeenAt" TIMESTAMPTZ(3),
    "lastSequence" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PosDevice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos"."PosCashier" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" "pos"."PosCashierRole" NOT NULL DEFAULT 'CASHIER',
    "discountLimitBps" INTEGER NOT NULL DEFAULT 0,
    "pinSalt" TEXT NOT NULL,
    "pinHash" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PosCashier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos"."PosSettings" (
    "tenantId" UUID NOT NULL,
    "receiptHeader" TEXT NOT NULL DEFAULT '',
    "receiptFooter" TEXT NOT NULL DEFAULT '',
    "vatNumber" TEXT NOT NULL DEFAULT '',
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PosSettings_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "pos"."PosEvent" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "deviceId" UUID NOT NULL,
    "clientId" UUID NOT NULL,
    "sequence" INTEGER,
    "claimedSequence" INTEGER NOT NULL,
    "type" "pos"."PosEventType" NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMPTZ(3),
    "payload" JSONB NOT NULL,

    CONSTRAINT "PosEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos"."TillSession" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "deviceId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "pos"."TillSessionStatus" NOT NULL DEFAULT 'OPEN',
    "currency" CHAR(3) NOT NULL,
    "openedById" UUID,
    "closedById" UUID,
    "openedAt" TIMESTAMPTZ(3) NOT NULL,
    "closedAt" TIMESTAMPTZ(3),
    "openingFloat" BIGINT NOT NULL,
    "countedCash" BIGINT,
    "expectedCash" BIGINT,
    "report" JSONB,

    CONSTRAINT "TillSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos"."PosCashMovement" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "cashierId" UUID,
    "kind" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "reason" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PosCashMovement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos"."PosSale" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "deviceId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "cashierId" UUID,
    "approvedById" UUID,
    "kind" "pos"."PosSaleKind" NOT NULL,
    "receiptNumber" TEXT NOT NULL,
    "receiptCode" TEXT NOT NULL,
    "returnOfId" UUID,
    "customerUserId" UUID,
    "currency" CHAR(3) NOT NULL,
    "lines" JSONB NOT NULL,
    "subtotal" BIGINT NOT NULL,
    "discount" BIGINT NOT NULL,
    "tax" BIGINT NOT NULL,
    "total" BIGINT NOT NULL,
    "tenders" JSONB NOT NULL,
    "change" BIGINT NOT NULL DEFAULT 0,
    "priceDifference" BIGINT,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "syncedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PosSale_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pos"."PosConflict" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "deviceId" UUID NOT NULL,
    "eventId" UUID NOT NULL,
    "saleId" UUID,
    "kind" "pos"."PosConflictKind" NOT NULL,
    "message" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" TIMESTAMPTZ(3),
    "resolvedById" UUID,
    "resolution" TEXT,

    CONSTRAINT "PosConflict_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PosDevice_pairingCodeHash_key" ON "pos"."PosDevice"("pairingCodeHash");

-- CreateIndex
CREATE UNIQUE INDEX "PosDevice_apiKeyId_key" ON "pos"."PosDevice"("apiKeyId");

-- CreateIndex
CREATE INDEX "PosDevice_tenantId_status_idx" ON "pos"."PosDevice"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "PosDevice_tenantId_number_key" ON "pos"."PosDevice"("tenantId", "number");

-- CreateIndex
CREATE INDEX "PosCashier_tenantId_idx" ON "pos"."PosCashier"("tenantId");

-- CreateIndex
CREATE INDEX "PosEvent_deviceId_appliedAt_idx" ON "pos"."PosEvent"("deviceId", "appliedAt");

-- CreateIndex
CREATE UNIQUE INDEX "PosEvent_deviceId_clientId_key" ON "pos"."PosEvent"("deviceId", "clientId");

-- CreateIndex
CREATE UNIQUE INDEX "PosEvent_deviceId_sequence_key" ON "pos"."PosEvent"("deviceId", "sequence");

-- CreateIndex
CREATE INDEX "TillSession_tenantId_deviceId_openedAt_idx" ON "pos"."TillSession"("tenantId", "deviceId", "openedAt");

-- CreateIndex
CREATE UNIQUE INDEX "TillSession_deviceId_number_key" ON "pos"."TillSession"("deviceId", "number");

-- CreateIndex
CREATE INDEX "PosCashMovement_sessionId_idx" ON "pos"."PosCashMovement"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "PosSale_receiptCode_key" ON "pos"."PosSale"("receiptCode");

-- CreateIndex
CREATE INDEX "PosSale_tenantId_occurredAt_idx" ON "pos"."PosSale"("tenantId", "occurredAt");

-- CreateIndex
CREATE INDEX "PosSale_sessionId_idx" ON "pos"."PosSale"("sessionId");

-- CreateIndex
CREATE INDEX "PosSale_deviceId_occurredAt_idx" ON "pos"."PosSale"("deviceId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "PosSale_tenantId_receiptNumber_key" ON "pos"."PosSale"("tenantId", "receiptNumber");

-- CreateIndex
CREATE INDEX "PosConflict_tenantId_resolvedAt_idx" ON "pos"."PosConflict"("tenantId", "resolvedAt");
