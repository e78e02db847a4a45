/*
  Warnings:

  - A unique constraint covering the columns `[accountNumber]` on the table `SandboxCharge` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateEnum
CREATE TYPE "commerce"."PaymentMethod" AS ENUM ('CARD', 'BANK_TRANSFER');

-- AlterTable
ALTER TABLE "commerce"."CommerceSettings" ADD COLUMN     "paymentMethods" "commerce"."PaymentMethod"[] DEFAULT ARRAY['CARD']::"commerce"."PaymentMethod"[];

-- AlterTable
ALTER TABLE "commerce"."Payment" ADD COLUMN     "bankAccountName" TEXT,
ADD COLUMN     "bankAccountNumber" TEXT,
ADD COLUMN     "bankName" TEXT,
ADD COLUMN     "method" "commerce"."PaymentMethod" NOT NULL DEFAULT 'CARD',
ADD COLUMN     "received" BIGINT NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "commerce"."Refund" ADD COLUMN     "transferReference" TEXT;

-- AlterTable
ALTER TABLE "commerce"."SandboxCharge" ADD COLUMN     "accountNumber" TEXT;

-- CreateTable
CREATE TABLE "commerce"."PaymentTransfer" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "paymentId" UUID NOT NULL,
    "provider" "commerce"."PaymentProvider" NOT NULL,
    "transferReference" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PaymentTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."SandboxTransfer" (
    "id" TEXT NOT NULL,
    "tenantId" UUID NOT NULL,
    "accountNumber" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxTransfer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PaymentTransfer_paymentId_idx" ON "commerce"."PaymentTransfer"("paymentId");

-- CreateIndex
CREATE UNIQUE INDEX "PaymentTransfer_provider_transferReference_key" ON "commerce"."PaymentTransfer"("provider", "transferReference");

-- CreateIndex
CREATE INDEX "SandboxTransfer_accountNumber_idx" ON "commerce"."SandboxTransfer"("accountNumber");

-- CreateIndex
CREATE INDEX "Payment_bankAccountNumber_idx" ON "commerce"."Payment"("bankAccountNumber");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxCharge_accountNumber_key" ON "commerce"."SandboxCharge"("accountNumber");

-- AddForeignKey
ALTER TABLE "commerce"."PaymentTransfer" ADD CONSTRAINT "PaymentTransfer_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "commerce"."Payment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
