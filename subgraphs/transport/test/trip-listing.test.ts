/**
 * The trips page before a search: the next departures from now, earliest first, the operator's own and,
 * at a motor park, every listed operator's; nothing of an operator the park does not list, nothing past.
 */
import type { PrismaClient } from '@webwaka/kit';
import { scheduleTrip, upcomingTrips } from '../src/services/network';
import { createTrip, OPERATOR, PARK, serviceContext, startTransportDb, tenantId } from './support';

let s: Awaited<ReturnType<typeof startTransportDb>>;
let prisma: PrismaClient;
let operator: string;
let park: string;

beforeAll(async () => {
  s = await startTransportDb();
  prisma = s.prisma;
  operator = await tenantId(prisma, OPERATOR);
  park = await tenantId(prisma, PARK);
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

describe('upcoming trips', () => {
  it('lists departures from now in order, at the operator and at the park that lists it, and never past ones', async () => {
    const { trip, route, vehicle } = await createTrip(prisma, operator, 2);
    const ctx = serviceContext(prisma, operator);
    const fares = [
      { seatClass: 'STANDARD', amount: 1n },
      { seatClass: 'PREMIUM', amount: 2n },
    ];
    // Earlier than every seeded departure, so it leads both lists; one that has left never shows.
    const soon = await scheduleTrip(ctx, { routeId: route.id, vehicleId: vehicle.id, departureAt: new Date(Date.now() + 60_000), fares });
    const gone = await scheduleTrip(ctx, { routeId: route.id, vehicleId: vehicle.id, departureAt: new Date(Date.now() + 120_000), fares });
    // Time passes: it left an hour ago (scheduling refuses the past, so the row is moved back directly).
    await prisma.trip.update({ where: { id: gone.id }, data: { departureAt: new Date(Date.now() - 3600_000) } });

    const atOperator = await upcomingTrips(prisma, operator, { take: 50 });
    expect(atOperator[0].id).toBe(soon.id);
    expect(atOperator.map((t) => t.id)).toContain(trip.id);
    expect(atOperator.map((t) => t.id)).not.toContain(gone.id);
    const times = atOperator.map((t) => t.departureAt.getTime());
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    const atPark = await upcomingTrips(prisma, park, { take: 5 });
    expect(atPark[0].id).toBe(soon.id);
    expect(atPark).toHaveLength(5);

    const stranger = await tenantId(prisma, 'naija-market');
    expect(await upcomingTrips(prisma, stranger, { take: 5 })).toEqual([]);
  });

  it('takes at most 50, whatever is asked', async () => {
    expect((await upcomingTrips(prisma, operator, { take: 10_000 })).length).toBeLessThanOrEqual(50);
  });
});
