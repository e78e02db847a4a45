-- AlterTable
ALTER TABLE "commerce"."WhatsappConnection" ADD COLUMN     "templates" JSONB NOT NULL DEFAULT '[]';
