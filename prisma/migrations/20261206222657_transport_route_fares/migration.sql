-- CreateTable
CREATE TABLE "transport"."RouteFare" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "routeId" UUID NOT NULL,
    "seatClass" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "RouteFare_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RouteFare_tenantId_idx" ON "transport"."RouteFare"("tenantId");

-- CreateIndex
CREATE UNIQUE INDEX "RouteFare_routeId_seatClass_key" ON "transport"."RouteFare"("routeId", "seatClass");
