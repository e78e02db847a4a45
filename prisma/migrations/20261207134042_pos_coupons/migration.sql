-- AlterEnum
ALTER TYPE "pos"."PosConflictKind" ADD VALUE 'COUPON_MISMATCH';

-- AlterTable
ALTER TABLE "commerce"."CouponRedemption" ADD COLUMN     "overLimit" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "posSaleId" UUID;
