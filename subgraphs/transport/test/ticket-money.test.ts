/**
 * Ticket money: every cash ticket (an agent's synced sale, a window sale) requests exactly one TICKET_SALE
 * posting in the operator's journal, in the transaction that sells the seat — DEBIT CASH_HELD (the agent, or
 * the tenant whose window sold it) / CREDIT the operator's SALES_REVENUE, the cash paid — and a replayed
 * sync requests none. Online sales request nothing (commerce books their payment). The running stack's
 * ledger posts the requests: the cash holders' balances move by exactly the cash taken.
 */
import { TOPICS, uuidv7, type PrismaClient } from '@webwaka/kit';
import { assertLedgerInvariants, ledgerBalance } from '../../../test/support/ledger';
import type { TestStack } from '../../../test/support/stack';
import { syncAgentSales, allotSeats, type AgentSaleInput } from '../src/services/agents';
import { confirmBooking } from '../src/services/bookings';
import { holdSeats } from '../src/services/holds';
import { createTrip, OPERATOR, PARK, serviceContext, startTransportStack, tenantId, userId } from './support';

let s: TestStack;
let prisma: PrismaClient;
let operator: string;
let park: string;
let agent: string;

beforeAll(async () => {
  s = await startTransportStack();
  prisma = s.stack.prisma;
  [operator, park, agent] = [await tenantId(prisma, OPERATOR), await tenantId(prisma, PARK), await userId(prisma, 'agent')];
}, 120_000);
afterEach(async () => {
  await assertLedgerInvariants(prisma);
});
afterAll(async () => {
  await s?.stop();
});

interface Line {
  account: { tenantId: string; ownerType: string; ownerId: string; purpose: string };
  side: string;
  amount: string;
}

/** The TICKET_SALE requests transport wrote for a trip's tickets, keyed by ticket id. */
async function saleRequests(tripId: string) {
  const tickets = await prisma.ticket.findMany({ where: { tripId }, select: { id: true } });
  const keys = new Set(tickets.map((t) => `ticket-sale:${t.id}`));
  const rows = await prisma.outboxEvent.findMany({ where: { topic: TOPICS.LEDGER_POSTING_REQUESTED } });
  return rows.map((r) => ({ tenantId: r.tenantId, ...(r.payload as any) })).filter((p) => keys.has(p.idempotencyKey)) as { tenantId: string; idempotencyKey: string; kind: string; currency: string; lines: Line[] }[];
}

/** Waits until the ledger has posted every key (its dispatcher polls the outbox). */
async function posted(keys: string[], timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const n = await prisma.journalEntry.count({ where: { tenantId: operator, idempotencyKey: { in: keys } } });
    if (n === keys.length) return;
    if (Date.now() > deadline) throw new Error(`ledger posted ${n} of ${keys.length} ticket sales`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const cashHeld = (ownerType: 'AGENT' | 'TENANT', ownerId: string) => ({ tenantId: operator, ownerType, ownerId, purpose: 'CASH_HELD' as const, currency: 'NGN' });
const revenueLine = (amount: bigint): Line => ({ account: { tenantId: operator, ownerType: 'TENANT', ownerId: operator, purpose: 'SALES_REVENUE' }, side: 'CREDIT', amount: amount.toString() });
const cashLine = (ownerType: 'AGENT' | 'TENANT', ownerId: string, amount: bigint): Line => ({ account: { tenantId: operator, ownerType, ownerId, purpose: 'CASH_HELD' }, side: 'DEBIT', amount: amount.toString() });
const linesOf = (r: { lines: Line[] }) => r.lines.map(({ account, side, amount }) => ({ account, side, amount }));
const sale = (tripId: string, seatLabel: string, amountPaid: bigint): AgentSaleInput => ({ clientSaleId: `${tripId}-${seatLabel}`, tripId, seatLabel, passengerName: `Passenger ${seatLabel}`, amountPaid, soldAt: new Date(Date.now() - 60_000) });

describe('agent sales', () => {
  it.each([
    ['at the operator', () => operator],
    ['for the motor park', () => park],
  ])('%s: one TICKET_SALE per ticket, none on replay; the ledger holds the agent to the cash', async (_label, channelOf) => {
    const channel = channelOf();
    const { trip } = await createTrip(prisma, operator, 2);
    await allotSeats(serviceContext(prisma, operator), { tripId: trip.id, agentUserId: agent, seatLabels: ['2A', '2B'] });
    const agentCtx = serviceContext(prisma, channel, { userId: agent, roles: ['AGENT'] });
    const batch = [sale(trip.id, '2A', 1_000_000n), sale(trip.id, '2B', 950_050n)]; // the second passenger haggled
    const cashBefore = await ledgerBalance(prisma, cashHeld('AGENT', agent));

    const results = await syncAgentSales(agentCtx, batch);
    expect(results.map((r) => r.status)).toEqual(['APPLIED', 'APPLIED']);
    const bookings = await prisma.booking.findMany({ where: { tripId: trip.id } });
    expect(bookings.map((b) => [b.tenantId, b.channelTenantId, b.channel])).toEqual([
      [operator, channel, 'AGENT'],
      [operator, channel, 'AGENT'],
    ]);
    const requests = await saleRequests(trip.id);
    expect(requests).toHaveLength(2);
    const byTicket = new Map(requests.map((r) => [r.idempotencyKey, r]));
    for (const [i, r] of results.entries()) {
      const request = byTicket.get(`ticket-sale:${r.sale.ticketId}`)!;
      expect({ tenantId: request.tenantId, kind: request.kind, currency: request.currency }).toEqual({ tenantId: operator, kind: 'TICKET_SALE', currency: 'NGN' });
      expect(linesOf(request)).toEqual([cashLine('AGENT', agent, batch[i].amountPaid), revenueLine(batch[i].amountPaid)]);
    }

    expect((await syncAgentSales(agentCtx, batch)).map((r) => r.status)).toEqual(['DUPLICATE', 'DUPLICATE']);
    expect(await saleRequests(trip.id)).toHaveLength(2);

    await posted(requests.map((r) => r.idempotencyKey));
    expect((await ledgerBalance(prisma, cashHeld('AGENT', agent))) - cashBefore).toBe(1_950_050n);
    const entries = await prisma.journalEntry.findMany({ where: { tenantId: operator, idempotencyKey: { in: requests.map((r) => r.idempotencyKey) } }, include: { lines: true } });
    expect(entries.map((e) => e.kind)).toEqual(['TICKET_SALE', 'TICKET_SALE']);
    expect(entries.flatMap((e) => e.lines.map((l) => l.bookTenantId))).toEqual([operator, operator, operator, operator]);
  });

  it('a sale recorded with no cash (a conflict or a free seat) requests nothing', async () => {
    const { trip } = await createTrip(prisma, operator, 1);
    await allotSeats(serviceContext(prisma, operator), { tripId: trip.id, agentUserId: agent, seatLabels: ['1A'] });
    const agentCtx = serviceContext(prisma, operator, { userId: agent, roles: ['AGENT'] });
    const results = await syncAgentSales(agentCtx, [sale(trip.id, '1A', 0n), sale(trip.id, '1B', 1_500_000n)]);
    expect(results.map((r) => [r.status, r.sale.conflictReason])).toEqual([
      ['APPLIED', null],
      ['CONFLICT', 'NOT_IN_ALLOTMENT'],
    ]);
    expect(await saleRequests(trip.id)).toEqual([]);
  });
});

describe('window and online sales', () => {
  it('a window sale at the park: one request per ticket, the park holds the cash; an online sale requests nothing', async () => {
    const { trip } = await createTrip(prisma, operator, 2);
    const clerk = serviceContext(prisma, park, { userId: await userId(prisma, 'staff'), roles: ['STAFF'] });
    const parkBefore = await ledgerBalance(prisma, cashHeld('TENANT', park));
    const { token } = await holdSeats(clerk, { tripId: trip.id, seatLabels: ['1A', '2A'] });
    const booking = await confirmBooking(clerk, { holdToken: token, passengers: [{ seatLabel: '1A', name: 'Ada Obi' }, { seatLabel: '2A', name: 'Bola Ade' }], paymentReference: `window-${uuidv7()}` });
    expect([booking.channel, booking.tenantId, booking.channelTenantId]).toEqual(['WINDOW', operator, park]);
    const requests = await saleRequests(trip.id);
    expect(requests.map(linesOf).sort((a, b) => Number(BigInt(a[0].amount) - BigInt(b[0].amount)))).toEqual([
      [cashLine('TENANT', park, 1_000_000n), revenueLine(1_000_000n)],
      [cashLine('TENANT', park, 1_500_000n), revenueLine(1_500_000n)],
    ]);
    await posted(requests.map((r) => r.idempotencyKey));
    expect((await ledgerBalance(prisma, cashHeld('TENANT', park))) - parkBefore).toBe(2_500_000n);

    const online = serviceContext(prisma, operator, { kind: 'service', userId: null, roles: [] });
    const hold = await holdSeats(online, { tripId: trip.id, seatLabels: ['2B'] });
    const paid = await confirmBooking(online, { holdToken: hold.token, passengers: [{ seatLabel: '2B', name: 'Chi Eze' }], paymentReference: `order-${uuidv7()}` });
    expect(paid.channel).toBe('ONLINE');
    expect(await saleRequests(trip.id)).toHaveLength(2);
  });
});
