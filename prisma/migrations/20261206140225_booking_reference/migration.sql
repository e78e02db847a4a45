-- A short booking reference people can read out (decision 0028). Existing bookings get one made from the
-- random tail of their UUIDv7 id, mapped onto the same look-alike-free alphabet new ones use.
ALTER TABLE "transport"."Booking" ADD COLUMN     "reference" TEXT;

UPDATE "transport"."Booking" b SET "reference" = (
  SELECT string_agg(substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', (get_byte(decode(replace(b."id"::text, '-', ''), 'hex'), 8 + i) % 31) + 1, 1), '' ORDER BY i)
  FROM generate_series(0, 7) AS i
);

ALTER TABLE "transport"."Booking" ALTER COLUMN "reference" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "Booking_tenantId_reference_key" ON "transport"."Booking"("tenantId", "reference");
