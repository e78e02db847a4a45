-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "commerce"."PaymentMethod" ADD VALUE 'USSD';
ALTER TYPE "commerce"."PaymentMethod" ADD VALUE 'MOBILE_MONEY';

-- AlterTable
ALTER TABLE "commerce"."Payment" ADD COLUMN     "chargeInstruction" TEXT,
ADD COLUMN     "mobileMoneyNetwork" TEXT,
ADD COLUMN     "mobileMoneyPhone" TEXT,
ADD COLUMN     "ussdBank" TEXT,
ADD COLUMN     "ussdCode" TEXT;
