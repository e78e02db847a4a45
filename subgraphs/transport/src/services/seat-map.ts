/**
 * What a seat map shows, computed from the seat rows at read time: a HELD seat whose hold has run out is
 * AVAILABLE already (the sweeper only catches up), a free seat set aside for an agent is ALLOTTED.
 */
import { money, type Money } from '@webwaka/kit';
import type { Db } from './context';
import type { SeatLayout } from './layout';

export type SeatState = 'AVAILABLE' | 'HELD' | 'SOLD' | 'ALLOTTED';

interface SeatRow {
  status: string;
  holdExpiresAt: Date | null;
  allotmentId: string | null;
}

export function seatState(seat: SeatRow, now = Date.now()): SeatState {
  if (seat.status === 'SOLD') return 'SOLD';
  if (seat.allotmentId) return 'ALLOTTED';
  if (seat.status === 'HELD' && seat.holdExpiresAt && seat.holdExpiresAt.getTime() > now) return 'HELD';
  return 'AVAILABLE';
}

export interface MapSeat {
  label: string;
  row: number;
  column: number;
  seatClass: string;
  state: SeatState;
  price: Money;
}

export interface SeatMapView {
  tripId: string;
  rows: number;
  columns: number;
  aisleAfterColumn: number | null;
  seats: MapSeat[];
  available: number;
  /** The newest seat event of the trip: a poller that saw this id has seen every change before it. */
  lastEventId: string | null;
}

export async function seatMapOf(db: Db, trip: { id: string; vehicleId: string; currency: string }, labels?: string[]): Promise<SeatMapView> {
  const [vehicle, seats, fares, last] = await Promise.all([
    db.vehicle.findUniqueOrThrow({ where: { id: trip.vehicleId }, select: { layout: true } }),
    db.tripSeat.findMany({ where: { tripId: trip.id, ...(labels ? { label: { in: labels } } : {}) }, orderBy: [{ row: 'asc' }, { column: 'asc' }] }),
    db.tripFare.findMany({ where: { tripId: trip.id } }),
    db.seatEvent.findFirst({ where: { tripId: trip.id }, orderBy: { id: 'desc' }, select: { id: true } }),
  ]);
  const layout = vehicle.layout as unknown as SeatLayout;
  const fare = new Map(fares.map((f) => [f.seatClass, f.amount]));
  const now = Date.now();
  const mapped = seats.map((s) => ({ label: s.label, row: s.row, column: s.column, seatClass: s.seatClass, state: seatState(s, now), price: money(fare.get(s.seatClass) ?? 0n, trip.currency) }));
  return {
    tripId: trip.id,
    rows: layout.rows,
    columns: layout.columns,
    aisleAfterColumn: layout.aisleAfterColumn,
    seats: mapped,
    available: mapped.filter((s) => s.state === 'AVAILABLE').length,
    lastEventId: last?.id ?? null,
  };
}

/** Available seats per trip (one query), for trip lists. */
export async function availableSeats(db: Db, tripIds: readonly string[]): Promise<Map<string, number>> {
  if (!tripIds.length) return new Map();
  const rows = await db.$queryRaw<{ tripId: string; n: number }[]>`
    SELECT "tripId", count(*) FILTER (WHERE "allotmentId" IS NULL AND ("status" = 'FREE' OR ("status" = 'HELD' AND "holdExpiresAt" <= now())))::int AS "n"
    FROM "transport"."TripSeat" WHERE "tripId" = ANY(${[...tripIds]}::uuid[]) GROUP BY "tripId"`;
  return new Map(rows.map((r) => [r.tripId, r.n]));
}
