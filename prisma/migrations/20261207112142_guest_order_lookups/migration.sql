-- CreateTable
CREATE TABLE "commerce"."GuestOrderLookup" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "ip" TEXT,
    "orderNumber" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GuestOrderLookup_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "GuestOrderLookup_tenantId_orderNumber_at_idx" ON "commerce"."GuestOrderLookup"("tenantId", "orderNumber", "at");

-- CreateIndex
CREATE INDEX "GuestOrderLookup_ip_at_idx" ON "commerce"."GuestOrderLookup"("ip", "at");
