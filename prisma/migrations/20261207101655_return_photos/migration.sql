-- CreateTable
CREATE TABLE "commerce"."ReturnPhoto" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "customerUserId" UUID NOT NULL,
    "ip" TEXT,
    "sha256" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "returnId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReturnPhoto_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReturnPhoto_tenantId_customerUserId_createdAt_idx" ON "commerce"."ReturnPhoto"("tenantId", "customerUserId", "createdAt");

-- CreateIndex
CREATE INDEX "ReturnPhoto_tenantId_ip_createdAt_idx" ON "commerce"."ReturnPhoto"("tenantId", "ip", "createdAt");

-- CreateIndex
CREATE INDEX "ReturnPhoto_returnId_idx" ON "commerce"."ReturnPhoto"("returnId");

-- AddForeignKey
ALTER TABLE "commerce"."ReturnPhoto" ADD CONSTRAINT "ReturnPhoto_returnId_fkey" FOREIGN KEY ("returnId") REFERENCES "commerce"."ReturnRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;
