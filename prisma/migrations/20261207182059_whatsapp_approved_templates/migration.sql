-- AlterTable
ALTER TABLE "commerce"."WhatsappConnection" ADD COLUMN     "approvedTemplates" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "templateLanguage" TEXT NOT NULL DEFAULT 'en';
