-- AlterTable
ALTER TABLE "catalog"."Vendor" ADD COLUMN     "payoutAccountLast4" TEXT,
ADD COLUMN     "payoutAccountName" TEXT,
ADD COLUMN     "payoutAccountNumberSealed" TEXT,
ADD COLUMN     "payoutBankName" TEXT;

-- AlterTable
ALTER TABLE "ledger"."PayoutBatch" ADD COLUMN     "heldBack" JSONB NOT NULL DEFAULT '[]';

-- AlterTable
ALTER TABLE "ledger"."PayoutItem" ADD COLUMN     "accountLast4" TEXT,
ADD COLUMN     "bankName" TEXT,
ADD COLUMN     "heldAmount" BIGINT NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "ledger"."PayoutHold" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "vendorOrderId" UUID NOT NULL,
    "vendorId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "currency" TEXT NOT NULL,
    "amount" BIGINT NOT NULL DEFAULT 0,
    "refunded" BIGINT NOT NULL DEFAULT 0,
    "deliveredAt" TIMESTAMPTZ(3),
    "releasesAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "PayoutHold_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger"."PayoutHoldRefund" (
    "holdId" UUID NOT NULL,
    "refundId" UUID NOT NULL,
    "amount" BIGINT NOT NULL,

    CONSTRAINT "PayoutHoldRefund_pkey" PRIMARY KEY ("holdId","refundId")
);

-- CreateIndex
CREATE INDEX "PayoutHold_tenantId_vendorId_currency_idx" ON "ledger"."PayoutHold"("tenantId", "vendorId", "currency");

-- CreateIndex
CREATE UNIQUE INDEX "PayoutHold_tenantId_vendorOrderId_key" ON "ledger"."PayoutHold"("tenantId", "vendorOrderId");

-- AddForeignKey
ALTER TABLE "ledger"."PayoutHoldRefund" ADD CONSTRAINT "PayoutHoldRefund_holdId_fkey" FOREIGN KEY ("holdId") REFERENCES "ledger"."PayoutHold"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
