-- CreateEnum
CREATE TYPE "commerce"."SubscriptionInterval" AS ENUM ('WEEKLY', 'MONTHLY');

-- CreateEnum
CREATE TYPE "commerce"."SubscriptionStatus" AS ENUM ('PENDING', 'ACTIVE', 'PAUSED', 'PAST_DUE', 'CANCELLED');

-- CreateTable
CREATE TABLE "commerce"."Subscription" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "customerUserId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT,
    "variantId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "quantity" INTEGER NOT NULL,
    "interval" "commerce"."SubscriptionInterval" NOT NULL,
    "currency" CHAR(3) NOT NULL,
    "lastTotal" BIGINT NOT NULL,
    "shippingAddress" JSONB NOT NULL,
    "shippingMethod" TEXT NOT NULL,
    "status" "commerce"."SubscriptionStatus" NOT NULL DEFAULT 'PENDING',
    "provider" "commerce"."PaymentProvider" NOT NULL,
    "authorizationSealed" TEXT,
    "firstOrderId" UUID NOT NULL,
    "lastOrderId" UUID,
    "cycle" INTEGER NOT NULL DEFAULT 1,
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "failureCount" INTEGER NOT NULL DEFAULT 0,
    "nextChargeAt" TIMESTAMPTZ(3),
    "cancelledAt" TIMESTAMPTZ(3),
    "cancelReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Subscription_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."SubscriptionSettings" (
    "tenantId" UUID NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SubscriptionSettings_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "commerce"."SandboxAuthorization" (
    "code" TEXT NOT NULL,
    "tenantId" UUID NOT NULL,
    "reference" TEXT NOT NULL,
    "declineRenewals" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SandboxAuthorization_pkey" PRIMARY KEY ("code")
);

-- CreateIndex
CREATE UNIQUE INDEX "Subscription_firstOrderId_key" ON "commerce"."Subscription"("firstOrderId");

-- CreateIndex
CREATE INDEX "Subscription_tenantId_customerUserId_idx" ON "commerce"."Subscription"("tenantId", "customerUserId");

-- CreateIndex
CREATE INDEX "Subscription_status_nextChargeAt_idx" ON "commerce"."Subscription"("status", "nextChargeAt");

-- CreateIndex
CREATE UNIQUE INDEX "SandboxAuthorization_reference_key" ON "commerce"."SandboxAuthorization"("reference");
