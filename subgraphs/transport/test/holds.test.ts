/**
 * Seat holds and bookings through the services, on an embedded database: one seat, one holder
 * under hundreds of concurrent holds; expiry frees seats; booking needs the hold's token; a hold extends
 * once; motor parks sell the operator's seats while listed; trip search on Lagos days.
 */
import { ErrorCode, DomainError, TOPICS, uuidv7, type PrismaClient } from '@webwaka/kit';
import { confirmBooking } from '../src/services/bookings';
import { expireHolds, extendHold, holdLimits, holdSeats, releaseHold, HOLD_CAP_SECONDS, HOLD_TTL_SECONDS } from '../src/services/holds';
import { lagosDay, scheduleTrip, searchTrips } from '../src/services/network';
import { seatMapOf } from '../src/services/seat-map';
import { setParkListingStatus } from '../src/services/listings';
import { createTrip, expireHoldNow, OPERATOR, PARK, serviceContext, startTransportDb, tenantId } from './support';

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

const anonymous = (tenant: string) => serviceContext(prisma, tenant, { kind: 'anonymous', userId: null, roles: [] });
const codeOf = async (p: Promise<unknown>) => p.then(() => 'OK', (e) => (e instanceof DomainError ? e.code : `THREW ${e}`));

describe('holds under contention', () => {
  it('300 concurrent holds on 40 seats: no seat is held twice, losers get SEAT_UNAVAILABLE', async () => {
    const { trip, labels } = await createTrip(prisma, operator, 10);
    expect(labels).toHaveLength(40);
    // Deterministic "random" picks of 1-3 seats, overlapping heavily.
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    const wants = Array.from({ length: 300 }, () => Array.from({ length: 1 + rnd(3) }, () => labels[rnd(labels.length)]));
    const results = await Promise.allSettled(wants.map((seatLabels, i) => holdSeats(anonymous(i % 2 ? operator : park), { tripId: trip.id, seatLabels })));
    const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.hold] : []));
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
    expect(lost.every((e) => e instanceof DomainError && e.code === ErrorCode.SEAT_UNAVAILABLE)).toBe(true);
    const held = won.flatMap((h) => h.seatLabels);
    expect(new Set(held).size).toBe(held.length);
    expect(won.length).toBeGreaterThan(10);
    // The rows agree with the winners: each held seat names exactly its winning hold.
    const rows = await prisma.tripSeat.findMany({ where: { tripId: trip.id, status: 'HELD' } });
    expect(rows.map((r) => r.label).sort()).toEqual([...held].sort());
    for (const r of rows) expect(won.find((h) => h.id === r.holdId)?.seatLabels).toContain(r.label);
    const map = await seatMapOf(prisma, trip);
    expect(map.available).toBe(40 - held.length);
  }, 120_000);
});

describe('hoarding limits (decision 0025)', () => {
  const visitor = (ip: string, tenant = operator) => ({ ...anonymous(tenant), ip });
  const customer = (userId: string, ip: string) => ({ ...serviceContext(prisma, operator, { userId, roles: ['CUSTOMER'] }), ip });

  it('uses the documented defaults', () => {
    expect(holdLimits()).toEqual({ seatsPerHolder: 6, seatsPerWindow: 12, windowSeconds: 3600 });
  });

  it('one address holds at most 6 seats of a trip, whatever the number of calls; another address still can', async () => {
    const { trip } = await createTrip(prisma, operator, 12);
    const ip = '198.51.100.7';
    expect(await codeOf(holdSeats(visitor(ip), { tripId: trip.id, seatLabels: ['1A', '1B', '1C', '1D', '2A', '2B', '2C'] }))).toBe('HOLD_LIMIT_REACHED');
    await holdSeats(visitor(ip), { tripId: trip.id, seatLabels: ['1A', '1B', '1C', '1D'] });
    await holdSeats(visitor(ip), { tripId: trip.id, seatLabels: ['2A', '2B'] });
    expect(await codeOf(holdSeats(visitor(ip), { tripId: trip.id, seatLabels: ['3A'] }))).toBe('HOLD_LIMIT_REACHED');
    expect(await codeOf(holdSeats(visitor('203.0.113.9'), { tripId: trip.id, seatLabels: ['3A'] }))).toBe('OK');
    // Nothing of the refused holds was kept.
    expect(await prisma.tripSeat.count({ where: { tripId: trip.id, status: 'HELD' } })).toBe(7);
  });

  it('letting holds go and taking them again runs out within the window (no renewing forever)', async () => {
    const { trip } = await createTrip(prisma, operator, 12);
    const ip = '198.51.100.8';
    const first = await holdSeats(visitor(ip), { tripId: trip.id, seatLabels: ['1A', '1B', '1C', '1D', '2A', '2B'] });
    await releaseHold(visitor(ip), first.token);
    const second = await holdSeats(visitor(ip), { tripId: trip.id, seatLabels: ['1A', '1B', '1C', '1D', '2A', '2B'] });
    await expireHoldNow(prisma, second.hold.id);
    expect(await codeOf(holdSeats(visitor(ip), { tripId: trip.id, seatLabels: ['1A'] }))).toBe('HOLD_LIMIT_REACHED');
    // Once the window has passed, the address may hold again.
    await prisma.seatHold.updateMany({ where: { tripId: trip.id, ip }, data: { createdAt: new Date(Date.now() - 2 * 3600_000) } });
    expect(await codeOf(holdSeats(visitor(ip), { tripId: trip.id, seatLabels: ['1A'] }))).toBe('OK');
  });

  it('a signed-in buyer is capped by account, from any address', async () => {
    const { trip } = await createTrip(prisma, operator, 12);
    const user = uuidv7();
    await holdSeats(customer(user, '198.51.100.20'), { tripId: trip.id, seatLabels: ['1A', '1B', '1C'] });
    await holdSeats(customer(user, '198.51.100.21'), { tripId: trip.id, seatLabels: ['2A', '2B', '2C'] });
    expect(await codeOf(holdSeats(customer(user, '198.51.100.22'), { tripId: trip.id, seatLabels: ['3A'] }))).toBe('HOLD_LIMIT_REACHED');
    expect(await codeOf(holdSeats(customer(uuidv7(), '198.51.100.22'), { tripId: trip.id, seatLabels: ['3A'] }))).toBe('OK');
  });

  it('concurrent holds from one address cannot pass the check together', async () => {
    const { trip, labels } = await createTrip(prisma, operator, 12);
    const results = await Promise.all(labels.slice(0, 12).map((l) => codeOf(holdSeats(visitor('198.51.100.30'), { tripId: trip.id, seatLabels: [l] }))));
    expect(results.filter((c) => c === 'OK')).toHaveLength(6);
    expect(results.filter((c) => c === 'HOLD_LIMIT_REACHED')).toHaveLength(6);
  });

  it('staff selling at the window are not capped', async () => {
    const { trip } = await createTrip(prisma, operator, 12);
    const staff = { ...serviceContext(prisma, operator), ip: '198.51.100.40' };
    await holdSeats(staff, { tripId: trip.id, seatLabels: ['1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D', '3A', '3B'] });
    expect(await codeOf(holdSeats(staff, { tripId: trip.id, seatLabels: ['4A', '4B', '4C', '4D', '5A', '5B', '5C', '5D', '6A', '6B'] }))).toBe('OK');
  });

  it('the limits are configurable (0 turns one off)', async () => {
    const { trip } = await createTrip(prisma, operator, 12);
    process.env.TRANSPORT_HOLD_MAX_SEATS = '2';
    try {
      expect(await codeOf(holdSeats(visitor('198.51.100.50'), { tripId: trip.id, seatLabels: ['1A', '1B', '1C'] }))).toBe('HOLD_LIMIT_REACHED');
      process.env.TRANSPORT_HOLD_MAX_SEATS = '0';
      process.env.TRANSPORT_HOLD_MAX_SEATS_PER_WINDOW = '0';
      expect(await codeOf(holdSeats(visitor('198.51.100.50'), { tripId: trip.id, seatLabels: ['1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D'] }))).toBe('OK');
    } finally {
      delete process.env.TRANSPORT_HOLD_MAX_SEATS;
      delete process.env.TRANSPORT_HOLD_MAX_SEATS_PER_WINDOW;
    }
  });
});

describe('a hold', () => {
  it('expires: the seats read as free at once, another buyer can take them, the sweeper announces EXPIRED', async () => {
    const { trip } = await createTrip(prisma, operator, 2);
    const first = await holdSeats(anonymous(operator), { tripId: trip.id, seatLabels: ['1A', '1B'] });
    expect(await codeOf(holdSeats(anonymous(operator), { tripId: trip.id, seatLabels: ['1B'] }))).toBe('SEAT_UNAVAILABLE');
    await expireHoldNow(prisma, first.hold.id);
    const map = await seatMapOf(prisma, trip);
    expect(map.seats.filter((x) => ['1A', '1B'].includes(x.label)).map((x) => x.state)).toEqual(['AVAILABLE', 'AVAILABLE']);
    const second = await holdSeats(anonymous(operator), { tripId: trip.id, seatLabels: ['1B'] });
    expect(await expireHolds(prisma)).toBeGreaterThanOrEqual(1);
    expect((await prisma.seatHold.findUniqueOrThrow({ where: { id: first.hold.id } })).status).toBe('EXPIRED');
    // 1A was freed by the sweep; 1B belongs to the second hold and stays held.
    const seats = await prisma.tripSeat.findMany({ where: { tripId: trip.id, label: { in: ['1A', '1B'] } }, orderBy: { label: 'asc' } });
    expect(seats.map((x) => [x.label, x.status, x.holdId])).toEqual([
      ['1A', 'FREE', null],
      ['1B', 'HELD', second.hold.id],
    ]);
    const events = await prisma.seatEvent.findMany({ where: { tripId: trip.id }, orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.kind, e.seatLabels])).toEqual([
      ['HELD', ['1A', '1B']],
      ['HELD', ['1B']],
      ['EXPIRED', ['1A']],
    ]);
    expect(await prisma.outboxEvent.count({ where: { topic: TOPICS.TRANSPORT_SEATS_CHANGED, payload: { path: ['tripId'], equals: trip.id } } })).toBe(3);
    // Booking with the expired hold's token is refused.
    expect(await codeOf(confirmBooking(serviceContext(prisma, operator), { holdToken: first.token, passengers: [{ seatLabel: '1A', name: 'A' }, { seatLabel: '1B', name: 'B' }], paymentReference: 'pay-expired' }))).toBe('HOLD_EXPIRED');
  });

  it('extends once, up to the cap; not after it ran out', async () => {
    const { trip } = await createTrip(prisma, operator, 2);
    const { hold, token } = await holdSeats(anonymous(operator), { tripId: trip.id, seatLabels: ['2A'] });
    expect(hold.expiresAt.getTime() - hold.createdAt.getTime()).toBeGreaterThanOrEqual(HOLD_TTL_SECONDS * 1000 - 2000);
    const extended = await extendHold(anonymous(operator), token);
    expect(extended.expiresAt.getTime()).toBeGreaterThan(hold.expiresAt.getTime());
    expect(extended.expiresAt.getTime()).toBeLessThanOrEqual(hold.maxExpiresAt.getTime());
    expect(hold.maxExpiresAt.getTime() - hold.createdAt.getTime()).toBeLessThanOrEqual(HOLD_CAP_SECONDS * 1000 + 1000);
    const seat = await prisma.tripSeat.findFirstOrThrow({ where: { tripId: trip.id, label: '2A' } });
    expect(seat.holdExpiresAt).toEqual(extended.expiresAt);
    expect(await codeOf(extendHold(anonymous(operator), token))).toBe('INVALID_TRANSITION');

    const other = await holdSeats(anonymous(operator), { tripId: trip.id, seatLabels: ['2B'] });
    await expireHoldNow(prisma, other.hold.id);
    expect(await codeOf(extendHold(anonymous(operator), other.token))).toBe('HOLD_EXPIRED');
  });

  it('is released by its token (idempotently), and a wrong or foreign token finds nothing', async () => {
    const { trip } = await createTrip(prisma, operator, 2);
    const { hold, token } = await holdSeats(anonymous(operator), { tripId: trip.id, seatLabels: ['1C', '1D'] });
    expect(await codeOf(releaseHold(anonymous(operator), 'hold_not-a-real-token'))).toBe('NOT_FOUND');
    const other = await tenantId(prisma, 'ade-fashion');
    expect(await codeOf(releaseHold(anonymous(other), token))).toBe('NOT_FOUND');
    expect((await releaseHold(anonymous(operator), token)).status).toBe('RELEASED');
    expect((await releaseHold(anonymous(operator), token)).status).toBe('RELEASED');
    expect((await seatMapOf(prisma, trip)).seats.filter((x) => x.label.startsWith('1')).every((x) => x.state === 'AVAILABLE')).toBe(true);
    expect(await prisma.tripSeat.count({ where: { holdId: hold.id } })).toBe(0);
  });

  it('refuses unknown seats, too many seats, and departed trips', async () => {
    const { trip } = await createTrip(prisma, operator, 2);
    expect(await codeOf(holdSeats(anonymous(operator), { tripId: trip.id, seatLabels: ['9Z'] }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(holdSeats(anonymous(operator), { tripId: trip.id, seatLabels: ['1A', '1B', '1C', '1D', '2A', '2B', '2C', '2D', '1A', 'X', 'Y', 'Z'] }))).toBe('BAD_USER_INPUT');
    await prisma.trip.update({ where: { id: trip.id }, data: { departureAt: new Date(Date.now() - 1000) } });
    expect(await codeOf(holdSeats(anonymous(operator), { tripId: trip.id, seatLabels: ['1A'] }))).toBe('BAD_USER_INPUT');
  });
});

describe('booking', () => {
  it('needs the holding token, issues a ticket per seat, and a retried payment returns the same booking', async () => {
    const { trip } = await createTrip(prisma, operator, 2);
    const buyer = await holdSeats(anonymous(park), { tripId: trip.id, seatLabels: ['1A', '2A'] });
    const intruder = await holdSeats(anonymous(park), { tripId: trip.id, seatLabels: ['2B'] });
    const staff = serviceContext(prisma, park);
    // The intruder's token covers only its own seat.
    expect(await codeOf(confirmBooking(staff, { holdToken: intruder.token, passengers: [{ seatLabel: '1A', name: 'Eve' }], paymentReference: 'pay-x' }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(confirmBooking(staff, { holdToken: 'hold_nope', passengers: [{ seatLabel: '1A', name: 'Eve' }], paymentReference: 'pay-x' }))).toBe('NOT_FOUND');
    expect(await codeOf(confirmBooking(staff, { holdToken: buyer.token, passengers: [{ seatLabel: '1A', name: 'Ada' }], paymentReference: 'pay-1' }))).toBe('BAD_USER_INPUT');

    const passengers = [
      { seatLabel: '1a', name: '  Ada   Obi ' },
      { seatLabel: '2A', name: 'Bola Ade' },
    ];
    const booking = await confirmBooking(staff, { holdToken: buyer.token, passengers, paymentReference: 'pay-1' });
    expect({ tenant: booking.tenantId, soldAt: booking.channelTenantId, channel: booking.channel, total: booking.total, currency: booking.currency }).toEqual({
      tenant: operator,
      soldAt: park,
      channel: 'WINDOW',
      total: 2_500_000n,
      currency: 'NGN',
    });
    const tickets = await prisma.ticket.findMany({ where: { bookingId: booking.id }, orderBy: { seatLabel: 'asc' } });
    expect(tickets.map((t) => [t.seatLabel, t.passengerName, t.fare])).toEqual([
      ['1A', 'Ada Obi', 1_500_000n],
      ['2A', 'Bola Ade', 1_000_000n],
    ]);
    const seats = await prisma.tripSeat.findMany({ where: { tripId: trip.id, label: { in: ['1A', '2A'] } }, orderBy: { label: 'asc' } });
    expect(seats.map((x) => [x.status, x.ticketId])).toEqual(tickets.map((t) => ['SOLD', t.id]));
    const sold = await prisma.outboxEvent.findMany({ where: { topic: TOPICS.TRANSPORT_TICKET_SOLD, tenantId: operator } });
    expect(sold.filter((e) => (e.payload as any).bookingId === booking.id).map((e) => (e.payload as any).fare).sort()).toEqual(['1000000', '1500000']);

    expect((await confirmBooking(staff, { holdToken: buyer.token, passengers, paymentReference: 'pay-1' })).id).toBe(booking.id);
    expect(await codeOf(confirmBooking(staff, { holdToken: buyer.token, passengers, paymentReference: 'pay-2' }))).toBe('INVALID_TRANSITION');
    expect(await codeOf(confirmBooking(staff, { holdToken: intruder.token, passengers: [{ seatLabel: '2B', name: 'Eve' }], paymentReference: 'pay-1' }))).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(await codeOf(releaseHold(anonymous(park), buyer.token))).toBe('INVALID_TRANSITION');
    expect(await codeOf(holdSeats(anonymous(operator), { tripId: trip.id, seatLabels: ['1A'] }))).toBe('SEAT_UNAVAILABLE');
    // The database refuses to un-sell a seat even if code tried.
    await expect(prisma.tripSeat.update({ where: { id: seats[0].id }, data: { status: 'FREE', ticketId: null } })).rejects.toThrow();
  });

  it('concurrent confirmations of one hold make one booking', async () => {
    const { trip } = await createTrip(prisma, operator, 1);
    const { token } = await holdSeats(anonymous(operator), { tripId: trip.id, seatLabels: ['1A'] });
    const input = { holdToken: token, passengers: [{ seatLabel: '1A', name: 'Chidi' }], paymentReference: `pay-${trip.id}` };
    const bookings = await Promise.all(Array.from({ length: 5 }, () => confirmBooking(serviceContext(prisma, operator, { kind: 'service', userId: null, roles: [] }), input)));
    expect(new Set(bookings.map((b) => b.id)).size).toBe(1);
    expect(bookings[0].channel).toBe('ONLINE');
    expect(await prisma.ticket.count({ where: { tripId: trip.id } })).toBe(1);
  });
});

describe('motor parks', () => {
  it('sell a listed operator’s seats; a suspended listing hides them', async () => {
    const { trip } = await createTrip(prisma, operator, 1);
    const listing = await prisma.parkListing.findFirstOrThrow({ where: { tenantId: park, operatorTenantId: operator } });
    const { hold } = await holdSeats(anonymous(park), { tripId: trip.id, seatLabels: ['1A'] });
    expect({ tenant: hold.tenantId, channel: hold.channelTenantId }).toEqual({ tenant: operator, channel: park });
    await setParkListingStatus(serviceContext(prisma, park), { id: listing.id, status: 'SUSPENDED' });
    try {
      expect(await codeOf(holdSeats(anonymous(park), { tripId: trip.id, seatLabels: ['1B'] }))).toBe('NOT_FOUND');
    } finally {
      await setParkListingStatus(serviceContext(prisma, park), { id: listing.id, status: 'APPROVED' });
    }
    const stranger = await tenantId(prisma, 'naija-market');
    expect(await codeOf(holdSeats(anonymous(stranger), { tripId: trip.id, seatLabels: ['1B'] }))).toBe('NOT_FOUND');
  });
});

describe('trip search', () => {
  it('finds trips by city on an Africa/Lagos day, at the operator and at the park', async () => {
    const { trip, route, vehicle, origin, destination } = await createTrip(prisma, operator, 2);
    const day = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
    const { from, to } = lagosDay(day);
    expect(from.toISOString()).toBe(`${new Date(new Date(`${day}T00:00:00Z`).getTime() - 3600_000).toISOString()}`);
    const ctx = serviceContext(prisma, operator);
    const fares = [
      { seatClass: 'STANDARD', amount: 1n },
      { seatClass: 'PREMIUM', amount: 2n },
    ];
    // 23:30 in Lagos is still that day; 00:30 the next morning is not.
    const late = await scheduleTrip(ctx, { routeId: route.id, vehicleId: vehicle.id, departureAt: new Date(to.getTime() - 30 * 60_000), fares });
    const early = await scheduleTrip(ctx, { routeId: route.id, vehicleId: vehicle.id, departureAt: new Date(to.getTime() + 30 * 60_000), fares });
    const found = await searchTrips(prisma, operator, { origin: origin.city.toLowerCase(), destination: destination.name, date: day });
    expect(found.map((t) => t.id)).toEqual([late.id]);
    expect((await searchTrips(prisma, park, { origin: origin.city, destination: destination.city, date: day })).map((t) => t.id)).toEqual([late.id]);
    expect(await searchTrips(prisma, await tenantId(prisma, 'naija-market'), { origin: origin.city, destination: destination.city, date: day })).toEqual([]);
    expect(early.id).not.toBe(trip.id);
    expect(() => lagosDay('2026-02-30')).toThrow(DomainError);
  });
});
