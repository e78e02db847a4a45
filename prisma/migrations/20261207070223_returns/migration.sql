-- CreateEnum
CREATE TYPE "commerce"."ReturnStatus" AS ENUM ('REQUESTED', 'APPROVED', 'REFUSED', 'RECEIVED', 'REFUNDED', 'EXCHANGED');

-- CreateEnum
CREATE TYPE "commerce"."ReturnReason" AS ENUM ('DAMAGED', 'WRONG_ITEM', 'NOT_AS_DESCRIBED', 'DOES_NOT_FIT', 'CHANGED_MIND', 'OTHER');

-- CreateTable
CREATE TABLE "commerce"."ReturnRequest" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "orderNumber" TEXT NOT NULL,
    "vendorOrderId" UUID NOT NULL,
    "vendorOwnerUserId" UUID,
    "vendorName" TEXT NOT NULL,
    "customerUserId" UUID NOT NULL,
    "status" "commerce"."ReturnStatus" NOT NULL DEFAULT 'REQUESTED',
    "reason" "commerce"."ReturnReason" NOT NULL,
    "details" TEXT,
    "instructions" TEXT,
    "refusalReason" TEXT,
    "exchangeNote" TEXT,
    "refundId" UUID,
    "refundClaimedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReturnRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."ReturnLine" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "returnId" UUID NOT NULL,
    "orderLineId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "sku" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "openLineId" UUID,

    CONSTRAINT "ReturnLine_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."ReturnEvent" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "returnId" UUID NOT NULL,
    "fromStatus" "commerce"."ReturnStatus",
    "toStatus" "commerce"."ReturnStatus" NOT NULL,
    "actorType" TEXT NOT NULL,
    "actorId" UUID,
    "note" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReturnEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."ReturnSettings" (
    "tenantId" UUID NOT NULL,
    "windowDays" INTEGER NOT NULL DEFAULT 14,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReturnSettings_pkey" PRIMARY KEY ("tenantId")
);

-- CreateIndex
CREATE INDEX "ReturnRequest_tenantId_status_createdAt_idx" ON "commerce"."ReturnRequest"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "ReturnRequest_tenantId_customerUserId_createdAt_idx" ON "commerce"."ReturnRequest"("tenantId", "customerUserId", "createdAt");

-- CreateIndex
CREATE INDEX "ReturnRequest_tenantId_vendorOwnerUserId_createdAt_idx" ON "commerce"."ReturnRequest"("tenantId", "vendorOwnerUserId", "createdAt");

-- CreateIndex
CREATE INDEX "ReturnRequest_orderId_idx" ON "commerce"."ReturnRequest"("orderId");

-- CreateIndex
CREATE UNIQUE INDEX "ReturnLine_openLineId_key" ON "commerce"."ReturnLine"("openLineId");

-- CreateIndex
CREATE INDEX "ReturnLine_orderLineId_idx" ON "commerce"."ReturnLine"("orderLineId");

-- CreateIndex
CREATE INDEX "ReturnLine_returnId_idx" ON "commerce"."ReturnLine"("returnId");

-- CreateIndex
CREATE INDEX "ReturnEvent_returnId_at_idx" ON "commerce"."ReturnEvent"("returnId", "at");

-- AddForeignKey
ALTER TABLE "commerce"."ReturnLine" ADD CONSTRAINT "ReturnLine_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "commerce"."ReturnRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."ReturnEvent" ADD CONSTRAINT "ReturnEvent_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "commerce"."ReturnRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A return takes at least one unit of a line.
ALTER TABLE "commerce"."ReturnLine" ADD CONSTRAINT "ReturnLine_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "commerce"."ReturnSettings" ADD CONSTRAINT "ReturnSettings_windowDays_range" CHECK ("windowDays" BETWEEN 0 AND 365);
