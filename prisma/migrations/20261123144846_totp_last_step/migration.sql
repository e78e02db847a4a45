-- AlterTable
ALTER TABLE "identity"."User" ADD COLUMN     "totpLastStep" INTEGER;
