-- CreateEnum
CREATE TYPE "commerce"."CarrierName" AS ENUM ('OWN_RIDERS', 'SANDBOX');

-- CreateEnum
CREATE TYPE "commerce"."ShipmentStatus" AS ENUM ('PENDING', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'FAILED', 'RETURNED', 'CANCELLED');

-- CreateTable
CREATE TABLE "commerce"."CarrierAccount" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "carrier" "commerce"."CarrierName" NOT NULL,
    "webhookSecretSealed" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CarrierAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."Shipment" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "vendorOrderId" UUID NOT NULL,
    "carrier" "commerce"."CarrierName" NOT NULL,
    "trackingNumber" TEXT NOT NULL,
    "status" "commerce"."ShipmentStatus" NOT NULL DEFAULT 'PENDING',
    "riderUserId" UUID,
    "quotedAmount" BIGINT,
    "currency" CHAR(3) NOT NULL,
    "deliveryCodeSalt" TEXT NOT NULL,
    "deliveryCodeHash" TEXT NOT NULL,
    "codeTries" INTEGER NOT NULL DEFAULT 0,
    "codeLockedAt" TIMESTAMPTZ(3),
    "overrideReason" TEXT,
    "failureReason" TEXT,
    "pickedUpAt" TIMESTAMPTZ(3),
    "deliveredAt" TIMESTAMPTZ(3),
    "deliveredByUserId" UUID,
    "createdByActorId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Shipment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."ShipmentItem" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "shipmentId" UUID NOT NULL,
    "orderLineId" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "ShipmentItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."ShipmentPackage" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "shipmentId" UUID NOT NULL,
    "weightGrams" INTEGER NOT NULL,
    "lengthMm" INTEGER NOT NULL,
    "widthMm" INTEGER NOT NULL,
    "heightMm" INTEGER NOT NULL,

    CONSTRAINT "ShipmentPackage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commerce"."ShipmentEvent" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "shipmentId" UUID NOT NULL,
    "carrier" "commerce"."CarrierName" NOT NULL,
    "carrierEventId" TEXT,
    "status" "commerce"."ShipmentStatus" NOT NULL,
    "note" TEXT,
    "location" TEXT,
    "actorType" TEXT NOT NULL,
    "actorId" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShipmentEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "CarrierAccount_tenantId_carrier_key" ON "commerce"."CarrierAccount"("tenantId", "carrier");

-- CreateIndex
CREATE INDEX "Shipment_tenantId_orderId_idx" ON "commerce"."Shipment"("tenantId", "orderId");

-- CreateIndex
CREATE INDEX "Shipment_tenantId_riderUserId_status_idx" ON "commerce"."Shipment"("tenantId", "riderUserId", "status");

-- CreateIndex
CREATE INDEX "Shipment_tenantId_status_createdAt_idx" ON "commerce"."Shipment"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Shipment_tenantId_carrier_trackingNumber_key" ON "commerce"."Shipment"("tenantId", "carrier", "trackingNumber");

-- CreateIndex
CREATE INDEX "ShipmentItem_orderLineId_idx" ON "commerce"."ShipmentItem"("orderLineId");

-- CreateIndex
CREATE UNIQUE INDEX "ShipmentItem_shipmentId_orderLineId_key" ON "commerce"."ShipmentItem"("shipmentId", "orderLineId");

-- CreateIndex
CREATE INDEX "ShipmentPackage_shipmentId_idx" ON "commerce"."ShipmentPackage"("shipmentId");

-- CreateIndex
CREATE INDEX "ShipmentEvent_shipmentId_at_idx" ON "commerce"."ShipmentEvent"("shipmentId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "ShipmentEvent_tenantId_carrier_carrierEventId_key" ON "commerce"."ShipmentEvent"("tenantId", "carrier", "carrierEventId");

-- AddForeignKey
ALTER TABLE "commerce"."Shipment" ADD CONSTRAINT "Shipment_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "commerce"."Order"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."ShipmentItem" ADD CONSTRAINT "ShipmentItem_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "commerce"."Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."ShipmentItem" ADD CONSTRAINT "ShipmentItem_orderLineId_fkey" FOREIGN KEY ("orderLineId") REFERENCES "commerce"."OrderLine"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."ShipmentPackage" ADD CONSTRAINT "ShipmentPackage_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "commerce"."Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commerce"."ShipmentEvent" ADD CONSTRAINT "ShipmentEvent_shipmentId_fkey" FOREIGN KEY ("shipmentId") REFERENCES "commerce"."Shipment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Never more shipped than ordered (decision 0086): a line's quantities across its live shipments (not
-- cancelled or returned) stay within the line's quantity, and every item ships at least one. The service
-- checks first under the order's row lock; this is the backstop. A trigger, not CHECK (Prisma's wasm engine).
CREATE FUNCTION "commerce"."shipment_item_within_ordered"() RETURNS trigger AS $$
DECLARE
  ordered INTEGER;
  shipped INTEGER;
BEGIN
  IF NEW."quantity" < 1 THEN
    RAISE EXCEPTION 'a shipment item carries at least one unit' USING ERRCODE = 'check_violation';
  END IF;
  SELECT "quantity" INTO ordered FROM "commerce"."OrderLine" WHERE "id" = NEW."orderLineId";
  SELECT COALESCE(SUM(i."quantity"), 0) INTO shipped
    FROM "commerce"."ShipmentItem" i JOIN "commerce"."Shipment" s ON s."id" = i."shipmentId"
   WHERE i."orderLineId" = NEW."orderLineId" AND i."id" <> NEW."id" AND s."status" NOT IN ('CANCELLED', 'RETURNED');
  IF shipped + NEW."quantity" > ordered THEN
    RAISE EXCEPTION 'shipments would carry % of an order line of %', shipped + NEW."quantity", ordered USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ShipmentItem_within_ordered" BEFORE INSERT OR UPDATE ON "commerce"."ShipmentItem"
  FOR EACH ROW EXECUTE FUNCTION "commerce"."shipment_item_within_ordered"();

-- Tracking events are the shipment's history: never changed or removed (a cascade from the order aside).
CREATE FUNCTION "commerce"."shipment_event_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'shipment events are append-only' USING ERRCODE = 'check_violation';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ShipmentEvent_append_only" BEFORE UPDATE ON "commerce"."ShipmentEvent"
  FOR EACH ROW EXECUTE FUNCTION "commerce"."shipment_event_append_only"();
