-- AlterTable
ALTER TABLE "identity"."Tenant" ADD COLUMN     "suspendedAt" TIMESTAMPTZ(3),
ADD COLUMN     "suspendedReason" TEXT;
