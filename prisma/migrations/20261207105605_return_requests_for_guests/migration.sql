-- AlterTable
ALTER TABLE "commerce"."ReturnRequest" ALTER COLUMN "customerUserId" DROP NOT NULL;
