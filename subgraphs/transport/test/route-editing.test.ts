/**
 * The back office's route screens: a route's code, parks and stops change (checked like a new route), and its
 * usual fares per seat class are set and replaced (decision 0043); trips already scheduled keep their fares.
 */
import { uuidv7, type PrismaClient } from '@webwaka/kit';
import { createPark, routeFares, scheduleTrip, setRouteFares, tripFares, updateRoute } from '../src/services/network';
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

describe('updateRoute', () => {
  it('changes the code, the parks and the stops; omitted fields stay', async () => {
    const { route, destination } = await createTrip(prisma, operator, 1);
    const ctx = serviceContext(prisma, operator);
    const other = await createPark(ctx, { name: `Elsewhere ${uuidv7().slice(-6)}`, city: 'Ilorin' });
    const changed = await updateRoute(ctx, { id: route.id, code: ' new-code-' + route.code.slice(2).toLowerCase(), originParkId: other.id, stops: ['Ogbomoso', ' Oyo '] });
    expect(changed).toMatchObject({ code: `NEW-CODE-${route.code.slice(2)}`, originParkId: other.id, destinationParkId: destination.id, stops: ['Ogbomoso', 'Oyo'] });
    const again = await updateRoute(ctx, { id: route.id, stops: [] });
    expect(again).toMatchObject({ code: changed.code, originParkId: other.id, stops: [] });
  });

  it('refuses what createRoute refuses, and another tenant’s route or park', async () => {
    const { route, origin } = await createTrip(prisma, operator, 1);
    const ctx = serviceContext(prisma, operator);
    expect(await domainFailure(updateRoute(ctx, { id: route.id, code: 'no spaces' }))).toEqual({ code: 'BAD_USER_INPUT', field: ['code'] });
    expect(await domainFailure(updateRoute(ctx, { id: route.id, destinationParkId: origin.id }))).toEqual({ code: 'BAD_USER_INPUT', field: ['destinationParkId'] });
    expect(await domainFailure(updateRoute(ctx, { id: route.id, stops: [''] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: ['stops', '0'] });
    expect(await domainFailure(updateRoute(ctx, { id: route.id, stops: Array.from({ length: 21 }, (_, i) => `Stop ${i}`) }))).toEqual({ code: 'BAD_USER_INPUT', field: ['stops'] });
    const { route: taken } = await createTrip(prisma, operator, 1);
    expect(await domainFailure(updateRoute(ctx, { id: route.id, code: taken.code }))).toEqual({ code: 'ALREADY_EXISTS', field: ['code'] });

    const stranger = serviceContext(prisma, await tenantId(prisma, 'ade-fashion'));
    expect(await domainFailure(updateRoute(stranger, { id: route.id, stops: ['X'] }))).toEqual({ code: 'NOT_FOUND', field: ['id'] });
    expect(await domainFailure(updateRoute(ctx, { id: route.id, originParkId: (await createPark(stranger, { name: `Theirs ${uuidv7().slice(-6)}`, city: 'Kano' })).id }))).toEqual({ code: 'NOT_FOUND', field: ['originParkId'] });
    expect(await domainFailure(updateRoute(ctx, { id: 'not-a-uuid' }))).toEqual({ code: 'NOT_FOUND', field: ['id'] });
    expect((await prisma.route.findUniqueOrThrow({ where: { id: route.id } })).stops).toEqual(['Midway']);
  });
});

describe('setRouteFares', () => {
  it('sets a fare per seat class, replaces them all on the next call, and leaves scheduled trips’ fares alone', async () => {
    const { route, trip, vehicle } = await createTrip(prisma, operator, 2);
    const ctx = serviceContext(prisma, operator);
    await setRouteFares(ctx, { routeId: route.id, fares: [{ seatClass: 'standard', amount: 1_200_000n }, { seatClass: 'PREMIUM', amount: 1_800_000n }] });
    expect((await routeFares(prisma, [route.id])).get(route.id)).toEqual([
      { seatClass: 'PREMIUM', price: { amount: 1_800_000n, currency: 'NGN' } },
      { seatClass: 'STANDARD', price: { amount: 1_200_000n, currency: 'NGN' } },
    ]);
    await setRouteFares(ctx, { routeId: route.id, currency: 'ghs', fares: [{ seatClass: 'STANDARD', amount: 5_000n }] });
    expect((await routeFares(prisma, [route.id])).get(route.id)).toEqual([{ seatClass: 'STANDARD', price: { amount: 5_000n, currency: 'GHS' } }]);
    await setRouteFares(ctx, { routeId: route.id, fares: [] });
    expect((await routeFares(prisma, [route.id])).get(route.id)).toBeUndefined();
    // The trip scheduled before keeps its own fares.
    expect((await tripFares(prisma, [trip])).get(trip.id)?.map((f) => f.price.amount)).toEqual([1_500_000n, 1_000_000n]);
    const later = await scheduleTrip(ctx, { routeId: route.id, vehicleId: vehicle.id, departureAt: new Date(Date.now() + 3 * 86400_000), fares: [{ seatClass: 'STANDARD', amount: 1n }, { seatClass: 'PREMIUM', amount: 2n }] });
    expect(later.routeId).toBe(route.id);
  });

  it('refuses malformed classes, repeated classes, negative amounts, bad currencies and another tenant’s route, changing nothing', async () => {
    const { route } = await createTrip(prisma, operator, 1);
    const ctx = serviceContext(prisma, operator);
    await setRouteFares(ctx, { routeId: route.id, fares: [{ seatClass: 'PREMIUM', amount: 7n }] });
    expect(await domainFailure(setRouteFares(ctx, { routeId: route.id, fares: [{ seatClass: '1st', amount: 1n }] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: ['fares', '0', 'seatClass'] });
    expect(await domainFailure(setRouteFares(ctx, { routeId: route.id, fares: [{ seatClass: 'A', amount: 1n }, { seatClass: 'a', amount: 2n }] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: ['fares', '1', 'seatClass'] });
    expect(await domainFailure(setRouteFares(ctx, { routeId: route.id, fares: [{ seatClass: 'A', amount: -1n }] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: ['fares', '0', 'amount'] });
    expect(await domainFailure(setRouteFares(ctx, { routeId: route.id, currency: 'naira', fares: [] }))).toMatchObject({ code: 'BAD_USER_INPUT', field: ['currency'] });
    const stranger = serviceContext(prisma, await tenantId(prisma, 'ade-fashion'));
    expect(await domainFailure(setRouteFares(stranger, { routeId: route.id, fares: [] }))).toEqual({ code: 'NOT_FOUND', field: ['routeId'] });
    expect((await routeFares(prisma, [route.id])).get(route.id)?.map((f) => [f.seatClass, f.price.amount])).toEqual([['PREMIUM', 7n]]);
  });
});

describe('scheduleTrip still names the fare it refuses', () => {
  it('a class the vehicle lacks, at its index', async () => {
    const { route, vehicle } = await createTrip(prisma, operator, 1);
    const ctx = serviceContext(prisma, operator);
    const at = new Date(Date.now() + 5 * 86400_000);
    expect(await domainFailure(scheduleTrip(ctx, { routeId: route.id, vehicleId: vehicle.id, departureAt: at, fares: [{ seatClass: 'PREMIUM', amount: 1n }, { seatClass: 'VIP', amount: 1n }] }))).toEqual({ code: 'BAD_USER_INPUT', field: ['fares', '1', 'seatClass'] });
  });
});
