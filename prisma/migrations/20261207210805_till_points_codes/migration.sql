-- CreateTable
CREATE TABLE "commerce"."TillPointsCode" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "deviceId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "maxPoints" INTEGER NOT NULL,
    "codeHash" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "usedAt" TIMESTAMPTZ(3),
    "holdId" UUID,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TillPointsCode_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TillPointsCode_tenantId_deviceId_userId_createdAt_idx" ON "commerce"."TillPointsCode"("tenantId", "deviceId", "userId", "createdAt");

-- CreateIndex
CREATE INDEX "TillPointsCode_tenantId_userId_createdAt_idx" ON "commerce"."TillPointsCode"("tenantId", "userId", "createdAt");

-- CreateIndex
CREATE INDEX "TillPointsCode_deviceId_createdAt_idx" ON "commerce"."TillPointsCode"("deviceId", "createdAt");
