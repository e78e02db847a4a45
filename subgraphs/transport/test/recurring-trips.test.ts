/**
 * Recurring schedules, scheduled up front (decision 0043): one ordinary trip per chosen weekday between two
 * Lagos days at one Lagos time, each with its seats and fares; days already past or already taken by the
 * vehicle are skipped and reported; a bad input schedules nothing.
 */
import type { PrismaClient } from '@webwaka/kit';
import { scheduleRecurringTrips, scheduleTrip, tripFares } from '../src/services/network';
import { createTrip, domainFailure, OPERATOR, serviceContext, startTransportDb, tenantId } from './support';

let s: Awaited<ReturnType<typeof startTransportDb>>;
let prisma: PrismaClient;
let operator: string;

beforeAll(async () => {
  s = await startTransportDb();
  prisma = s.prisma;
  operator = await tenantId(prisma, OPERATOR);
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

/** A Lagos calendar day `days` from today. */
const day = (days: number) => new Date(Date.now() + 3600_000 + days * 86400_000).toISOString().slice(0, 10);
const weekday = (d: string) => new Date(`${d}T12:00:00Z`).getUTCDay() || 7;
const fares = [
  { seatClass: 'STANDARD', amount: 1_000_000n },
  { seatClass: 'PREMIUM', amount: 1_500_000n },
];

describe('scheduleRecurringTrips', () => {
  it('schedules a trip a day at the Lagos time, with seats and fares, skipping a day the vehicle already departs', async () => {
    const { route, vehicle } = await createTrip(prisma, operator, 2);
    const ctx = serviceContext(prisma, operator);
    // The vehicle already leaves at 07:00 on the 11th day: that day is skipped, not an error.
    await scheduleTrip(ctx, { routeId: route.id, vehicleId: vehicle.id, departureAt: new Date(`${day(11)}T07:00:00+01:00`), fares });
    const { trips, skippedDays } = await scheduleRecurringTrips(ctx, { routeId: route.id, vehicleId: vehicle.id, departureTime: '07:00', firstDay: day(10), lastDay: day(13), fares });
    expect(trips.map((t) => t.departureAt.toISOString())).toEqual([10, 12, 13].map((n) => `${day(n)}T06:00:00.000Z`));
    expect(skippedDays).toEqual([day(11)]);
    expect(await prisma.tripSeat.count({ where: { tripId: trips[0].id } })).toBe(8);
    expect((await tripFares(prisma, trips)).get(trips[2].id)?.map((f) => f.price.amount)).toEqual([1_500_000n, 1_000_000n]);
  });

  it('keeps to the chosen weekdays and skips a time already past today', async () => {
    const { route, vehicle } = await createTrip(prisma, operator, 1);
    const ctx = serviceContext(prisma, operator);
    const first = day(20);
    const { trips } = await scheduleRecurringTrips(ctx, { routeId: route.id, vehicleId: vehicle.id, departureTime: '18:30', firstDay: first, lastDay: day(33), weekdays: [weekday(first)], fares: [fares[1]] });
    expect(trips.map((t) => t.departureAt.toISOString().slice(0, 10))).toEqual([day(20), day(27)]);
    const past = await scheduleRecurringTrips(ctx, { routeId: route.id, vehicleId: vehicle.id, departureTime: '00:00', firstDay: day(0), lastDay: day(0), fares: [fares[1]] });
    expect(past).toEqual({ trips: [], skippedDays: [day(0)] });
  });

  it('refuses bad times, days, ranges and weekdays, and another tenant’s route, scheduling nothing', async () => {
    const { route, vehicle } = await createTrip(prisma, operator, 1);
    const ctx = serviceContext(prisma, operator);
    const base = { routeId: route.id, vehicleId: vehicle.id, departureTime: '07:00', firstDay: day(40), lastDay: day(41), fares: [fares[1]] };
    expect(await domainFailure(scheduleRecurringTrips(ctx, { ...base, departureTime: '7am' }))).toEqual({ code: 'BAD_USER_INPUT', field: ['departureTime'] });
    expect(await domainFailure(scheduleRecurringTrips(ctx, { ...base, firstDay: '2027-02-30' }))).toEqual({ code: 'BAD_USER_INPUT', field: ['firstDay'] });
    expect(await domainFailure(scheduleRecurringTrips(ctx, { ...base, lastDay: day(39) }))).toEqual({ code: 'BAD_USER_INPUT', field: ['lastDay'] });
    expect(await domainFailure(scheduleRecurringTrips(ctx, { ...base, lastDay: day(40 + 92) }))).toEqual({ code: 'BAD_USER_INPUT', field: ['lastDay'] });
    expect(await domainFailure(scheduleRecurringTrips(ctx, { ...base, weekdays: [0] }))).toEqual({ code: 'BAD_USER_INPUT', field: ['weekdays'] });
    expect(await domainFailure(scheduleRecurringTrips(ctx, { ...base, fares: [] }))).toEqual({ code: 'BAD_USER_INPUT', field: ['fares'] });
    const stranger = serviceContext(prisma, await tenantId(prisma, 'ade-fashion'));
    expect(await domainFailure(scheduleRecurringTrips(stranger, base))).toEqual({ code: 'NOT_FOUND', field: ['routeId'] });
    expect(await prisma.trip.count({ where: { routeId: route.id, departureAt: { gte: new Date(`${day(40)}T00:00:00+01:00`) } } })).toBe(0);
  });
});
