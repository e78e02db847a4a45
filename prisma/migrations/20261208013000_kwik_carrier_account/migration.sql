-- AlterEnum
ALTER TYPE "commerce"."CarrierName" ADD VALUE 'KWIK';

-- AlterTable
ALTER TABLE "commerce"."CarrierAccount" ADD COLUMN     "configSealed" TEXT,
ADD COLUMN     "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "identity"."CustomerAddress" ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "longitude" DOUBLE PRECISION;
