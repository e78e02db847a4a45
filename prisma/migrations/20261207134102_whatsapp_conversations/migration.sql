-- CreateEnum
CREATE TYPE "commerce"."ConversationHandler" AS ENUM ('BOT', 'STAFF');

-- CreateEnum
CREATE TYPE "commerce"."ConversationDirection" AS ENUM ('IN', 'OUT');

-- CreateEnum
CREATE TYPE "commerce"."ConversationMessageStatus" AS ENUM ('QUEUED', 'DONE', 'SKIPPED', 'FAILED');

-- CreateTable
CREATE TABLE "commerce"."WhatsappConnection" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "phoneNumberId" TEXT NOT NULL,
    "displayPhoneNumber" TEXT NOT NULL,
    "accessTokenSealed" TEXT NOT NULL,
    "appSecretSealed" TEXT NOT NULL,
    "baseUrl" TEXT NOT NULL,
    "verifyToken" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WhatsappConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."Conversation" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "waId" TEXT NOT NULL,
    "customerName" TEXT,
    "handler" "commerce"."ConversationHandler" NOT NULL DEFAULT 'BOT',
    "step" TEXT NOT NULL DEFAULT 'START',
    "state" JSONB NOT NULL DEFAULT '{}',
    "language" TEXT NOT NULL DEFAULT 'en',
    "lastInboundSentAt" TIMESTAMP(3),
    "lastInboundAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Conversation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."ConversationMessage" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "conversationId" UUID NOT NULL,
    "direction" "commerce"."ConversationDirection" NOT NULL,
    "waMessageId" TEXT,
    "idempotencyKey" TEXT,
    "kind" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "commerce"."ConversationMessageStatus" NOT NULL DEFAULT 'QUEUED',
    "error" TEXT,
    "authorUserId" UUID,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConversationMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."ConversationOrder" (
    "orderId" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "conversationId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConversationOrder_pkey" PRIMARY KEY ("orderId")
);

-- CreateIndex
CREATE UNIQUE INDEX "WhatsappConnection_tenantId_key" ON "commerce"."WhatsappConnection"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "WhatsappConnection_phoneNumberId_key" ON "commerce"."WhatsappConnection"("phoneNumberId");

-- CreateIndex
CREATE UNIQUE INDEX "WhatsappConnection_verifyToken_key" ON "commerce"."WhatsappConnection"("verifyToken");

-- CreateIndex
CREATE INDEX "Conversation_tenantId_handler_updatedAt_idx" ON "commerce"."Conversation"("tenantId", "handler", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Conversation_tenantId_waId_key" ON "commerce"."Conversation"("tenantId", "waId");

-- CreateIndex
CREATE INDEX "ConversationMessage_conversationId_createdAt_idx" ON "commerce"."ConversationMessage"("conversationId", "createdAt");

-- CreateIndex
CREATE INDEX "ConversationMessage_status_direction_createdAt_idx" ON "commerce"."ConversationMessage"("status", "direction", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ConversationMessage_tenantId_waMessageId_direction_key" ON "commerce"."ConversationMessage"("tenantId", "waMessageId", "direction");

-- CreateIndex
CREATE UNIQUE INDEX "ConversationMessage_conversationId_idempotencyKey_key" ON "commerce"."ConversationMessage"("conversationId", "idempotencyKey");

-- CreateIndex
CREATE INDEX "ConversationOrder_conversationId_idx" ON "commerce"."ConversationOrder"("conversationId");

-- AddForeignKey
ALTER TABLE "commerce"."ConversationMessage" ADD CONSTRAINT "ConversationMessage_conversationId_fkey" FOREIGN KEY ("conversationId") REFERENCES "commerce"."Conversation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
