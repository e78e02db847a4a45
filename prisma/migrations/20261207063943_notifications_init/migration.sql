-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "notifications";

-- CreateEnum
CREATE TYPE "notifications"."NotificationChannel" AS ENUM ('EMAIL', 'SMS', 'WHATSAPP', 'PUSH');

-- CreateEnum
CREATE TYPE "notifications"."NotificationStatus" AS ENUM ('QUEUED', 'SENDING', 'SENT', 'DELIVERED', 'FAILED', 'DEAD', 'SUPPRESSED');

-- CreateTable
CREATE TABLE "notifications"."Message" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "requestKey" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "channel" "notifications"."NotificationChannel" NOT NULL,
    "recipient" TEXT NOT NULL,
    "userId" UUID,
    "locale" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "variables" JSONB NOT NULL,
    "secretSealed" TEXT,
    "marketing" BOOLEAN NOT NULL DEFAULT false,
    "status" "notifications"."NotificationStatus" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "provider" TEXT,
    "providerMessageId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMPTZ(3),
    "deliveredAt" TIMESTAMPTZ(3),

    CONSTRAINT "Message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications"."MessageTemplate" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "channel" "notifications"."NotificationChannel" NOT NULL,
    "locale" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MessageTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications"."MessageProvider" (
    "tenantId" UUID NOT NULL,
    "channel" "notifications"."NotificationChannel" NOT NULL,
    "provider" TEXT NOT NULL,
    "senderId" TEXT,
    "baseUrl" TEXT,
    "credentialsSealed" TEXT,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MessageProvider_pkey" PRIMARY KEY ("tenantId","channel")
);

-- CreateTable
CREATE TABLE "notifications"."MessagePreference" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "subject" TEXT NOT NULL,
    "marketingEmail" BOOLEAN NOT NULL DEFAULT true,
    "marketingSms" BOOLEAN NOT NULL DEFAULT true,
    "orderUpdatesSms" BOOLEAN NOT NULL DEFAULT true,
    "orderUpdatesWhatsapp" BOOLEAN NOT NULL DEFAULT true,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MessagePreference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications"."SandboxMessage" (
    "id" UUID NOT NULL,
    "channel" "notifications"."NotificationChannel" NOT NULL,
    "provider" TEXT NOT NULL,
    "from" TEXT,
    "to" TEXT NOT NULL,
    "subject" TEXT,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "providerMessageId" TEXT NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Message_status_nextAttemptAt_idx" ON "notifications"."Message"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "Message_tenantId_createdAt_idx" ON "notifications"."Message"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "Message_tenantId_recipient_createdAt_idx" ON "notifications"."Message"("tenantId", "recipient", "createdAt");

-- CreateIndex
CREATE INDEX "Message_provider_providerMessageId_idx" ON "notifications"."Message"("provider", "providerMessageId");

-- CreateIndex
CREATE UNIQUE INDEX "Message_tenantId_requestKey_channel_key" ON "notifications"."Message"("tenantId", "requestKey", "channel");

-- CreateIndex
CREATE UNIQUE INDEX "MessageTemplate_tenantId_key_channel_locale_key" ON "notifications"."MessageTemplate"("tenantId", "key", "channel", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "MessagePreference_tenantId_subject_key" ON "notifications"."MessagePreference"("tenantId", "subject");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxMessage_providerMessageId_key" ON "notifications"."SandboxMessage"("providerMessageId");

-- CreateIndex
CREATE INDEX "SandboxMessage_to_receivedAt_idx" ON "notifications"."SandboxMessage"("to", "receivedAt");

-- CreateIndex
CREATE INDEX "SandboxMessage_receivedAt_idx" ON "notifications"."SandboxMessage"("receivedAt");