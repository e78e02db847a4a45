/**
 * Agents: allotments set seats aside; an agent's offline sales sync idempotently (replaying a batch
 * changes nothing); selling outside the allotment or twice is a conflict, never a double-booked seat.
 */
import { DomainError, TOPICS, type PrismaClient } from '@webwaka/kit';
import { allotSeats, releaseAllotment, syncAgentSales, type AgentSaleInput } from '../src/services/agents';
import { holdSeats } from '../src/services/holds';
import { seatMapOf } from '../src/services/seat-map';
import { createTrip, OPERATOR, serviceContext, startTransportDb, tenantId, userId } from './support';

let s: Awaited<ReturnType<typeof startTransportDb>>;
let prisma: PrismaClient;
let operator: string;
let agent: string;

beforeAll(async () => {
  s = await startTransportDb();
  prisma = s.prisma;
  operator = await tenantId(prisma, OPERATOR);
  agent = await userId(prisma, 'agent');
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const agentCtx = (id = agent) => serviceContext(prisma, operator, { userId: id, roles: ['AGENT'] });
const codeOf = async (p: Promise<unknown>) => p.then(() => 'OK', (e) => (e instanceof DomainError ? e.code : `THREW ${e}`));
const sale = (tripId: string, seatLabel: string, clientSaleId: string, amountPaid = 1_000_000n): AgentSaleInput => ({ clientSaleId, tripId, seatLabel, passengerName: `Passenger ${seatLabel}`, amountPaid, soldAt: new Date(Date.now() - 60_000) });

describe('allotments', () => {
  it('set seats aside: nobody else can hold them; releasing gives the unsold ones back', async () => {
    const { trip } = await createTrip(prisma, operator, 2);
    const manager = serviceContext(prisma, operator);
    const held = await holdSeats(serviceContext(prisma, operator, { kind: 'anonymous', userId: null, roles: [] }), { tripId: trip.id, seatLabels: ['2D'] });
    expect(await codeOf(allotSeats(manager, { tripId: trip.id, agentUserId: agent, seatLabels: ['2C', '2D'] }))).toBe('SEAT_UNAVAILABLE');
    expect(held.hold.seatLabels).toEqual(['2D']);
    const allotment = await allotSeats(manager, { tripId: trip.id, agentUserId: agent, seatLabels: ['2A', '2B'] });
    expect(await codeOf(holdSeats(serviceContext(prisma, operator), { tripId: trip.id, seatLabels: ['2A'] }))).toBe('SEAT_UNAVAILABLE');
    expect(await codeOf(allotSeats(manager, { tripId: trip.id, agentUserId: await userId(prisma, 'staff'), seatLabels: ['2B'] }))).toBe('SEAT_UNAVAILABLE');
    expect((await seatMapOf(prisma, trip)).seats.filter((x) => x.state === 'ALLOTTED').map((x) => x.label)).toEqual(['2A', '2B']);

    await syncAgentSales(agentCtx(), [sale(trip.id, '2A', `rel-${trip.id}`)]);
    await releaseAllotment(manager, allotment.id);
    await releaseAllotment(manager, allotment.id);
    const seats = await prisma.tripSeat.findMany({ where: { tripId: trip.id, label: { in: ['2A', '2B'] } }, orderBy: { label: 'asc' } });
    expect(seats.map((x) => [x.label, x.status, x.allotmentId])).toEqual([
      ['2A', 'SOLD', allotment.id],
      ['2B', 'FREE', null],
    ]);
    // A released allotment sells nothing more.
    const [late] = await syncAgentSales(agentCtx(), [sale(trip.id, '2B', `late-${trip.id}`)]);
    expect([late.status, late.sale.conflictReason]).toEqual(['CONFLICT', 'NOT_IN_ALLOTMENT']);
  });

  it('are the operator’s: another tenant cannot allot its seats', async () => {
    const { trip } = await createTrip(prisma, operator, 1);
    const park = await tenantId(prisma, 'jibowu-park');
    expect(await codeOf(allotSeats(serviceContext(prisma, park), { tripId: trip.id, agentUserId: agent, seatLabels: ['1A'] }))).toBe('NOT_FOUND');
  });
});

describe('offline sync', () => {
  it('replayed twice changes nothing; conflicts are recorded, never a double-booked seat', async () => {
    const { trip } = await createTrip(prisma, operator, 3);
    const manager = serviceContext(prisma, operator);
    const allotment = await allotSeats(manager, { tripId: trip.id, agentUserId: agent, seatLabels: ['3A', '3B', '3C'] });
    const tag = trip.id.slice(-6);
    const batch = [
      sale(trip.id, '3A', `${tag}-1`, 1_000_000n),
      sale(trip.id, '3B', `${tag}-2`, 900_000n),
      sale(trip.id, '3A', `${tag}-3`), // sold already (by this batch)
      sale(trip.id, '2A', `${tag}-4`), // not in the allotment
      sale(trip.id, '9Z', `${tag}-5`), // no such seat
    ];
    const first = await syncAgentSales(agentCtx(), batch);
    expect(first.map((r) => [r.clientSaleId, r.status, r.sale.conflictReason])).toEqual([
      [`${tag}-1`, 'APPLIED', null],
      [`${tag}-2`, 'APPLIED', null],
      [`${tag}-3`, 'CONFLICT', 'ALREADY_SOLD'],
      [`${tag}-4`, 'CONFLICT', 'NOT_IN_ALLOTMENT'],
      [`${tag}-5`, 'CONFLICT', 'UNKNOWN_SEAT'],
    ]);
    const snapshot = async () => ({
      sales: await prisma.agentSale.findMany({ where: { tenantId: operator, tripId: trip.id }, orderBy: { id: 'asc' } }),
      tickets: await prisma.ticket.findMany({ where: { tripId: trip.id }, orderBy: { id: 'asc' } }),
      bookings: await prisma.booking.findMany({ where: { tripId: trip.id }, orderBy: { id: 'asc' } }),
      seats: await prisma.tripSeat.findMany({ where: { tripId: trip.id }, orderBy: { label: 'asc' } }),
      events: await prisma.seatEvent.count({ where: { tripId: trip.id } }),
      sold: await prisma.outboxEvent.count({ where: { topic: TOPICS.TRANSPORT_TICKET_SOLD, payload: { path: ['tripId'], equals: trip.id } } }),
    });
    const before = await snapshot();
    expect(before.tickets).toHaveLength(2);
    expect(before.sold).toBe(2);
    const agentBooking = before.bookings.find((b) => b.amountPaid === 900_000n)!;
    expect({ channel: agentBooking.channel, agent: agentBooking.agentUserId, total: agentBooking.total }).toEqual({ channel: 'AGENT', agent, total: 1_000_000n });

    for (const replay of [batch, [...batch].reverse()]) {
      const again = await syncAgentSales(agentCtx(), replay);
      expect(again.every((r) => r.status === 'DUPLICATE')).toBe(true);
      expect(again.map((r) => r.sale.status).sort()).toEqual(['APPLIED', 'APPLIED', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
      expect(await snapshot()).toEqual(before);
    }
    expect((await prisma.tripSeat.findMany({ where: { allotmentId: allotment.id, status: 'SOLD' } })).map((x) => x.label).sort()).toEqual(['3A', '3B']);
  });

  it('an allotment cannot be oversold, even by concurrent syncs from several devices', async () => {
    const { trip } = await createTrip(prisma, operator, 1);
    await allotSeats(serviceContext(prisma, operator), { tripId: trip.id, agentUserId: agent, seatLabels: ['1A', '1B'] });
    // Four devices each sold both seats offline (8 sales for 2 seats).
    const devices = Array.from({ length: 4 }, (_, d) => [sale(trip.id, '1A', `dev${d}-a-${trip.id}`), sale(trip.id, '1B', `dev${d}-b-${trip.id}`)]);
    const results = (await Promise.all(devices.map((b) => syncAgentSales(agentCtx(), b)))).flat();
    expect(results.filter((r) => r.status === 'APPLIED')).toHaveLength(2);
    expect(results.filter((r) => r.status === 'CONFLICT').every((r) => r.sale.conflictReason === 'ALREADY_SOLD')).toBe(true);
    expect(await prisma.ticket.count({ where: { tripId: trip.id } })).toBe(2);
    // Another agent cannot sell from this agent's allotment.
    const [other] = await syncAgentSales(agentCtx(await userId(prisma, 'staff')), [sale(trip.id, '1C', `other-${trip.id}`)]);
    expect(other.sale.conflictReason).toBe('NOT_IN_ALLOTMENT');
  });

  it('refuses a malformed batch with nothing written', async () => {
    const { trip } = await createTrip(prisma, operator, 1);
    const before = await prisma.agentSale.count();
    expect(await codeOf(syncAgentSales(agentCtx(), [sale(trip.id, '1A', `ok-${trip.id}`), { ...sale(trip.id, '1B', `bad-${trip.id}`), amountPaid: -1n }]))).toBe('BAD_USER_INPUT');
    expect(await codeOf(syncAgentSales(agentCtx(), [{ ...sale(trip.id, '1B', `bad2-${trip.id}`), soldAt: new Date(Date.now() + 3 * 24 * 3600_000) }]))).toBe('BAD_USER_INPUT');
    expect(await codeOf(syncAgentSales(agentCtx(), []))).toBe('BAD_USER_INPUT');
    expect(await prisma.agentSale.count()).toBe(before);
  });
});
