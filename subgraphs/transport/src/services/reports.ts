import { AppError, ErrorCode } from '@webwaka/kit';
import type { ServiceContext } from './context';
import { requireTenant } from './scope';

// Ticket sales per trip (issue 14, CB-2): every trip of the operator departing in a period, with the seats
// sold (one ticket per sold seat, whoever sold it: online, a park, an agent, the window), the fares of those
// tickets and the seats boarded, aggregated in the database. A trip with no ticket sold is listed too.

/** Longest period one report covers (three years of departures). */
const MAX_DAYS = 3 * 366;
/** Most trips one report returns (the earliest departures of the period). */
export const MAX_TRIP_ROWS = 1000;

export interface TripSalesRow {
  tripId: string;
  routeCode: string;
  origin: string;
  destination: string;
  departureAt: Date;
  currency: string;
  seats: number;
  seatsSold: number;
  revenue: bigint;
  seatsBoarded: number;
}

export async function ticketSalesReport(ctx: Pick<ServiceContext, 'prisma' | 'tenantId' | 'actor'>, input: { from: Date; to: Date }): Promise<TripSalesRow[]> {
  const tenantId = requireTenant(ctx);
  const { from, to } = input;
  if (Number.isNaN(+from) || Number.isNaN(+to) || to <= from) throw new AppError(ErrorCode.BAD_USER_INPUT, 'The period must end after it starts');
  if (+to - +from > MAX_DAYS * 86_400_000) throw new AppError(ErrorCode.BAD_USER_INPUT, `A report covers at most ${MAX_DAYS} days`);
  const rows = await ctx.prisma.$queryRaw<(Omit<TripSalesRow, 'seats' | 'seatsSold' | 'seatsBoarded'> & { seats: bigint; seatsSold: bigint; seatsBoarded: bigint })[]>`
    SELECT t."id"::text AS "tripId", r."code" AS "routeCode", o."name" AS origin, d."name" AS destination, t."departureAt", t."currency",
           (SELECT COUNT(*) FROM "transport"."TripSeat" ts WHERE ts."tripId" = t."id") AS seats,
           COUNT(k."id") AS "seatsSold", COALESCE(SUM(k."fare"), 0)::bigint AS revenue, COUNT(k."boardedAt") AS "seatsBoarded"
    FROM "transport"."Trip" t
      JOIN "transport"."Route" r ON r."id" = t."routeId"
      JOIN "transport"."Park" o ON o."id" = r."originParkId"
      JOIN "transport"."Park" d ON d."id" = r."destinationParkId"
      LEFT JOIN "transport"."Ticket" k ON k."tripId" = t."id"
    WHERE t."tenantId" = ${tenantId}::uuid AND t."departureAt" >= ${from} AND t."departureAt" < ${to}
    GROUP BY t."id", r."code", o."name", d."name"
    ORDER BY t."departureAt", r."code", t."id" LIMIT ${MAX_TRIP_ROWS}`;
  return rows.map((r) => ({ ...r, seats: Number(r.seats), seatsSold: Number(r.seatsSold), seatsBoarded: Number(r.seatsBoarded) }));
}
