-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "transport";

-- CreateEnum
CREATE TYPE "transport"."ParkListingStatus" AS ENUM ('PENDING', 'APPROVED', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "transport"."SeatStatus" AS ENUM ('FREE', 'HELD', 'SOLD');

-- CreateEnum
CREATE TYPE "transport"."SeatHoldStatus" AS ENUM ('ACTIVE', 'RELEASED', 'EXPIRED', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "transport"."SeatEventKind" AS ENUM ('HELD', 'RELEASED', 'SOLD', 'EXPIRED', 'ALLOTTED');

-- CreateEnum
CREATE TYPE "transport"."SaleChannel" AS ENUM ('ONLINE', 'WINDOW', 'AGENT');

-- CreateEnum
CREATE TYPE "transport"."AgentSaleStatus" AS ENUM ('APPLIED', 'CONFLICT');

-- CreateTable
CREATE TABLE "transport"."Park" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "state" TEXT,
    "address" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Park_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transport"."ParkListing" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "operatorTenantId" UUID NOT NULL,
    "operatorName" TEXT NOT NULL,
    "status" "transport"."ParkListingStatus" NOT NULL DEFAULT 'PENDING',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ParkListing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transport"."Route" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "originParkId" UUID NOT NULL,
    "destinationParkId" UUID NOT NULL,
    "stops" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Route_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transport"."Vehicle" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "registration" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "layout" JSONB NOT NULL,
    "seatCount" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vehicle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transport"."Trip" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "routeId" UUID NOT NULL,
    "vehicleId" UUID NOT NULL,
    "departureAt" TIMESTAMPTZ(3) NOT NULL,
    "currency" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Trip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transport"."TripFare" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "tripId" UUID NOT NULL,
    "seatClass" TEXT NOT NULL,
    "amount" BIGINT NOT NULL,

    CONSTRAINT "TripFare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transport"."TripSeat" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "tripId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "seatClass" TEXT NOT NULL,
    "row" INTEGER NOT NULL,
    "column" INTEGER NOT NULL,
    "status" "transport"."SeatStatus" NOT NULL DEFAULT 'FREE',
    "holdId" UUID,
    "holdExpiresAt" TIMESTAMPTZ(3),
    "allotmentId" UUID,
    "ticketId" UUID,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TripSeat_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transport"."SeatHold" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "channelTenantId" UUID NOT NULL,
    "tripId" UUID NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "seatLabels" TEXT[],
    "status" "transport"."SeatHoldStatus" NOT NULL DEFAULT 'ACTIVE',
    "userId" UUID,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "maxExpiresAt" TIMESTAMPTZ(3) NOT NULL,
    "extendedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SeatHold_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transport"."Booking" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "channelTenantId" UUID NOT NULL,
    "tripId" UUID NOT NULL,
    "channel" "transport"."SaleChannel" NOT NULL,
    "holdId" UUID,
    "paymentReference" TEXT,
    "customerUserId" UUID,
    "agentUserId" UUID,
    "total" BIGINT NOT NULL,
    "amountPaid" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Booking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transport"."Ticket" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "bookingId" UUID NOT NULL,
    "tripId" UUID NOT NULL,
    "seatLabel" TEXT NOT NULL,
    "seatClass" TEXT NOT NULL,
    "passengerName" TEXT NOT NULL,
    "fare" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "qr" TEXT NOT NULL,
    "boardedAt" TIMESTAMPTZ(3),
    "boardedByUserId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transport"."OperatorKey" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "publicKey" TEXT NOT NULL,
    "privateKeyEnc" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OperatorKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transport"."AgentAllotment" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "tripId" UUID NOT NULL,
    "agentUserId" UUID NOT NULL,
    "releasedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgentAllotment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transport"."AgentSale" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "agentUserId" UUID NOT NULL,
    "clientSaleId" TEXT NOT NULL,
    "tripId" UUID NOT NULL,
    "seatLabel" TEXT NOT NULL,
    "passengerName" TEXT NOT NULL,
    "amountPaid" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "soldAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "transport"."AgentSaleStatus" NOT NULL,
    "conflictReason" TEXT,
    "ticketId" UUID,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AgentSale_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transport"."SeatEvent" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "tripId" UUID NOT NULL,
    "kind" "transport"."SeatEventKind" NOT NULL,
    "seatLabels" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SeatEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "transport"."TripViewer" (
    "tripId" UUID NOT NULL,
    "viewerId" TEXT NOT NULL,
    "tenantId" UUID NOT NULL,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TripViewer_pkey" PRIMARY KEY ("tripId","viewerId")
);

-- CreateIndex
CREATE INDEX "Park_tenantId_city_idx" ON "transport"."Park"("tenantId", "city");

-- CreateIndex
CREATE UNIQUE INDEX "Park_tenantId_name_key" ON "transport"."Park"("tenantId", "name");

-- CreateIndex
CREATE INDEX "ParkListing_operatorTenantId_status_idx" ON "transport"."ParkListing"("operatorTenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ParkListing_tenantId_operatorTenantId_key" ON "transport"."ParkListing"("tenantId", "operatorTenantId");

-- CreateIndex
CREATE INDEX "Route_tenantId_originParkId_destinationParkId_idx" ON "transport"."Route"("tenantId", "originParkId", "destinationParkId");

-- CreateIndex
CREATE UNIQUE INDEX "Route_tenantId_code_key" ON "transport"."Route"("tenantId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "Vehicle_tenantId_registration_key" ON "transport"."Vehicle"("tenantId", "registration");

-- CreateIndex
CREATE INDEX "Trip_tenantId_departureAt_idx" ON "transport"."Trip"("tenantId", "departureAt");

-- CreateIndex
CREATE INDEX "Trip_routeId_departureAt_idx" ON "transport"."Trip"("routeId", "departureAt");

-- CreateIndex
CREATE UNIQUE INDEX "Trip_vehicleId_departureAt_key" ON "transport"."Trip"("vehicleId", "departureAt");

-- CreateIndex
CREATE UNIQUE INDEX "TripFare_tripId_seatClass_key" ON "transport"."TripFare"("tripId", "seatClass");

-- CreateIndex
CREATE INDEX "TripSeat_holdId_idx" ON "transport"."TripSeat"("holdId");

-- CreateIndex
CREATE INDEX "TripSeat_allotmentId_idx" ON "transport"."TripSeat"("allotmentId");

-- CreateIndex
CREATE UNIQUE INDEX "TripSeat_tripId_label_key" ON "transport"."TripSeat"("tripId", "label");

-- CreateIndex
CREATE UNIQUE INDEX "SeatHold_tokenHash_key" ON "transport"."SeatHold"("tokenHash");

-- CreateIndex
CREATE INDEX "SeatHold_status_expiresAt_idx" ON "transport"."SeatHold"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "SeatHold_tenantId_tripId_idx" ON "transport"."SeatHold"("tenantId", "tripId");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_holdId_key" ON "transport"."Booking"("holdId");

-- CreateIndex
CREATE INDEX "Booking_tenantId_tripId_idx" ON "transport"."Booking"("tenantId", "tripId");

-- CreateIndex
CREATE UNIQUE INDEX "Booking_tenantId_paymentReference_key" ON "transport"."Booking"("tenantId", "paymentReference");

-- CreateIndex
CREATE INDEX "Ticket_tenantId_bookingId_idx" ON "transport"."Ticket"("tenantId", "bookingId");

-- CreateIndex
CREATE UNIQUE INDEX "Ticket_tripId_seatLabel_key" ON "transport"."Ticket"("tripId", "seatLabel");

-- CreateIndex
CREATE UNIQUE INDEX "OperatorKey_tenantId_key" ON "transport"."OperatorKey"("tenantId");

-- CreateIndex
CREATE INDEX "AgentAllotment_tenantId_tripId_idx" ON "transport"."AgentAllotment"("tenantId", "tripId");

-- CreateIndex
CREATE INDEX "AgentAllotment_tenantId_agentUserId_idx" ON "transport"."AgentAllotment"("tenantId", "agentUserId");

-- CreateIndex
CREATE UNIQUE INDEX "AgentSale_ticketId_key" ON "transport"."AgentSale"("ticketId");

-- CreateIndex
CREATE INDEX "AgentSale_tenantId_status_idx" ON "transport"."AgentSale"("tenantId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "AgentSale_tenantId_agentUserId_clientSaleId_key" ON "transport"."AgentSale"("tenantId", "agentUserId", "clientSaleId");

-- CreateIndex
CREATE INDEX "SeatEvent_tripId_id_idx" ON "transport"."SeatEvent"("tripId", "id");

-- CreateIndex
CREATE INDEX "TripViewer_lastSeenAt_idx" ON "transport"."TripViewer"("lastSeenAt");

-- Seat rules the database enforces even if a code path forgot: a held seat names its hold and expiry and
-- is nobody's allotment; a free seat names no hold; a sold seat stays sold and names its ticket.
CREATE FUNCTION "transport"."seat_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" = 'HELD' AND (NEW."holdId" IS NULL OR NEW."holdExpiresAt" IS NULL OR NEW."allotmentId" IS NOT NULL) THEN
    RAISE EXCEPTION 'a held seat needs a hold and an expiry, and no allotment' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."status" = 'FREE' AND NEW."holdId" IS NOT NULL THEN
    RAISE EXCEPTION 'a free seat has no hold' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."status" = 'SOLD' AND NEW."ticketId" IS NULL THEN
    RAISE EXCEPTION 'a sold seat names its ticket' USING ERRCODE = 'check_violation';
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF OLD."status" = 'SOLD' AND (NEW."status" <> 'SOLD' OR NEW."ticketId" IS DISTINCT FROM OLD."ticketId") THEN
      RAISE EXCEPTION 'seat % of trip % is sold already', OLD."label", OLD."tripId" USING ERRCODE = 'check_violation';
    END IF;
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "TripSeat_rules" BEFORE INSERT OR UPDATE ON "transport"."TripSeat" FOR EACH ROW EXECUTE FUNCTION "transport"."seat_rules"();

-- Money and counts are never negative.
CREATE FUNCTION "transport"."amount_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE broken boolean;
BEGIN
  -- One branch per table: plpgsql does not short-circuit, and NEW has only its own table's columns.
  IF TG_TABLE_NAME = 'TripFare' THEN
    broken := NEW."amount" < 0;
  ELSIF TG_TABLE_NAME = 'Booking' THEN
    broken := NEW."total" < 0 OR NEW."amountPaid" < 0;
  ELSIF TG_TABLE_NAME = 'Ticket' THEN
    broken := NEW."fare" < 0;
  ELSE
    broken := NEW."amountPaid" < 0;
  END IF;
  IF broken THEN
    RAISE EXCEPTION 'transport amounts cannot be negative (%)', TG_TABLE_NAME USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "TripFare_rules" BEFORE INSERT OR UPDATE ON "transport"."TripFare" FOR EACH ROW EXECUTE FUNCTION "transport"."amount_rules"();
CREATE TRIGGER "Booking_rules" BEFORE INSERT OR UPDATE ON "transport"."Booking" FOR EACH ROW EXECUTE FUNCTION "transport"."amount_rules"();
CREATE TRIGGER "Ticket_amount_rules" BEFORE INSERT OR UPDATE ON "transport"."Ticket" FOR EACH ROW EXECUTE FUNCTION "transport"."amount_rules"();
CREATE TRIGGER "AgentSale_rules" BEFORE INSERT OR UPDATE ON "transport"."AgentSale" FOR EACH ROW EXECUTE FUNCTION "transport"."amount_rules"();

-- A ticket is boarded once, and what it says (seat, passenger, fare, signed payload) never changes.
CREATE FUNCTION "transport"."ticket_rules"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD."boardedAt" IS NOT NULL AND (NEW."boardedAt" IS DISTINCT FROM OLD."boardedAt" OR NEW."boardedByUserId" IS DISTINCT FROM OLD."boardedByUserId") THEN
    RAISE EXCEPTION 'ticket % is boarded already', OLD."id" USING ERRCODE = 'check_violation';
  END IF;
  IF NEW."seatLabel" <> OLD."seatLabel" OR NEW."passengerName" <> OLD."passengerName" OR NEW."fare" <> OLD."fare" OR NEW."qr" <> OLD."qr" OR NEW."tripId" <> OLD."tripId" THEN
    RAISE EXCEPTION 'a ticket''s contents cannot change' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Ticket_rules" BEFORE UPDATE ON "transport"."Ticket" FOR EACH ROW EXECUTE FUNCTION "transport"."ticket_rules"();

-- The seat-event log is append-only.
CREATE FUNCTION "transport"."append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER "SeatEvent_append_only" BEFORE UPDATE OR DELETE ON "transport"."SeatEvent"
  FOR EACH ROW EXECUTE FUNCTION "transport"."append_only"();
