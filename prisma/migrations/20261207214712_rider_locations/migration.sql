-- CreateTable
CREATE TABLE "commerce"."RiderLocation" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "shipmentId" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "riderUserId" UUID NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "accuracyMeters" INTEGER NOT NULL,
    "slot" INTEGER NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RiderLocation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RiderLocation_tenantId_orderId_recordedAt_idx" ON "commerce"."RiderLocation"("tenantId", "orderId", "recordedAt");

-- CreateIndex
CREATE UNIQUE INDEX "RiderLocation_shipmentId_slot_key" ON "commerce"."RiderLocation"("shipmentId", "slot");

-- A rider's positions are kept only while the customer waits for the shipment (decision 0089): once it is
-- delivered, failed, cancelled or returned, or deleted with its order, they go in the same transaction,
-- whichever path moved it (the rider, a carrier's webhook, an override).
CREATE FUNCTION "commerce"."rider_locations_forget"() RETURNS trigger AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM "commerce"."RiderLocation" WHERE "shipmentId" = OLD."id";
    RETURN OLD;
  END IF;
  IF NEW."status" IN ('DELIVERED', 'FAILED', 'CANCELLED', 'RETURNED') THEN
    DELETE FROM "commerce"."RiderLocation" WHERE "shipmentId" = NEW."id";
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Shipment_forget_rider_locations" AFTER UPDATE OF "status" OR DELETE ON "commerce"."Shipment"
  FOR EACH ROW EXECUTE FUNCTION "commerce"."rider_locations_forget"();

-- Values the service checks first; the trigger is the backstop (no CHECK constraints: Prisma's wasm engine).
CREATE FUNCTION "commerce"."rider_location_bounds"() RETURNS trigger AS $$
BEGIN
  IF NEW."latitude" < -90 OR NEW."latitude" > 90 OR NEW."longitude" < -180 OR NEW."longitude" > 180
     OR NEW."latitude" <> NEW."latitude" OR NEW."longitude" <> NEW."longitude"
     OR NEW."accuracyMeters" < 0 OR NEW."accuracyMeters" > 100000 THEN
    RAISE EXCEPTION 'RIDER_LOCATION_OUT_OF_RANGE' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "RiderLocation_bounds" BEFORE INSERT OR UPDATE ON "commerce"."RiderLocation"
  FOR EACH ROW EXECUTE FUNCTION "commerce"."rider_location_bounds"();
