-- AlterTable
ALTER TABLE "commerce"."Order" ADD COLUMN     "customerTaxId" TEXT;
