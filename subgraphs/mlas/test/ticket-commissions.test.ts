/**
 * Agents' ticket commissions end to end in the stack: the operator (abc-transport) allots seats, the demo
 * agent sells them for cash through the motor park (jibowu-park) or the operator itself and syncs; transport
 * writes `transport.ticket.sold` and the TICKET_SALE posting; MLAS's dispatcher shares the channel tenant's
 * ticket commission by its revenue model up the agent's upline chain and requests TICKET_COMMISSION; the
 * ledger posts both. Shares and balances are checked to the kobo; a ticket delivered twice is posted once;
 * a seller with no agent profile earns nothing (recorded NO_ACTIVE_AGENT); window sales are ignored.
 */
import { TOPICS, uuidv7, type PrismaClient } from '@webwaka/kit';
import { T, U } from '../../../test/support/demo';
import { gql } from '../../../test/support/graphql';
import { assertLedgerInvariants, ledgerBalance, type AccountKey } from '../../../test/support/ledger';
import { startStack, type TestStack } from '../../../test/support/stack';
import { delivered, payload, signIn, ticketSoldPayload } from './support';

let s: TestStack;
let prisma: PrismaClient;
const PLATFORM = T(1);
const PARTNER = T(2);
const OPERATOR = T(60);
const PARK = T(61);
const AGENT_USER = U(5);
const UPLINE_USER = U(8);

let staff: Record<string, string>;
const agentAt: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  s = await startStack({ demoProducts: 0 });
  prisma = s.stack.prisma;
  staff = await signIn(s, 'abc-transport', 'staff');
  agentAt[PARK] = await signIn(s, 'jibowu-park', 'agent');
  agentAt[OPERATOR] = await signIn(s, 'abc-transport', 'agent');
  // The park pays 7.5% of a ticket (the operator keeps the default 5%).
  const parkAdmin = await signIn(s, 'jibowu-park', 'client');
  const set = payload(await gql(s.gatewayUrl, 'mutation { setAttributionSettings(input: { ticketCommissionBps: 750 }) { settings { ticketCommissionBps } userErrors { code } } }', {}, parkAdmin), 'setAttributionSettings');
  expect(set.settings.ticketCommissionBps).toBe(750);
}, 120_000);
afterEach(async () => {
  await assertLedgerInvariants(prisma);
});
afterAll(async () => {
  await s?.stop();
});

/** Free, unallotted seats of a seeded operator trip departing later. */
async function freeSeats(n: number) {
  const trips = await prisma.trip.findMany({ where: { tenantId: OPERATOR, departureAt: { gt: new Date(Date.now() + 3_600_000) } }, select: { id: true } });
  const seats = await prisma.tripSeat.findMany({
    where: { status: 'FREE', allotmentId: null, tripId: { in: trips.map((t) => t.id) } },
    orderBy: [{ tripId: 'asc' }, { label: 'asc' }],
    take: 200,
  });
  const tripId = seats[0].tripId;
  return { tripId, labels: seats.filter((x) => x.tripId === tripId).slice(0, n).map((x) => x.label) };
}

/** The operator's staff allots seats to the demo agent, who sells them for cash through `channel` and syncs. */
async function agentSells(channel: string, amountPaid: bigint) {
  const { tripId, labels } = await freeSeats(1);
  const allot = await gql(s.gatewayUrl, 'mutation ($i: AllotSeatsInput!) { allotSeats(input: $i) { allotment { id } userErrors { code message } } }', { i: { tripId, agentUserId: AGENT_USER, seatLabels: labels } }, staff);
  const allotment = payload(allot, 'allotSeats').allotment;
  // The agent's device lists what it may sell, through the park as through the operator.
  const mine = await gql(s.gatewayUrl, 'query ($t: ID) { agentAllotments(tripId: $t) { id } }', { t: tripId }, agentAt[channel]);
  expect(mine.data?.agentAllotments).toContainEqual({ id: allotment.id });
  const sale = { clientSaleId: `tc-${tripId}-${labels[0]}`, tripId, seatLabel: labels[0], passengerName: 'Ngozi Eze', amountPaid: amountPaid.toString(), soldAt: new Date(Date.now() - 60_000).toISOString() };
  const r = payload(await gql(s.gatewayUrl, 'mutation ($s: [AgentSaleInput!]!) { syncAgentSales(sales: $s) { results { status sale { ticket { id } } } userErrors { code } } }', { s: [sale] }, agentAt[channel]), 'syncAgentSales');
  expect(r.results[0].status).toBe('APPLIED');
  return r.results[0].sale.ticket.id as string;
}

/** Waits until the ledger has posted the entry (MLAS and the ledger consume the outbox in turn). */
async function postedEntry(key: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const entry = await prisma.journalEntry.findUnique({ where: { tenantId_idempotencyKey: { tenantId: OPERATOR, idempotencyKey: key } }, include: { lines: true } });
    if (entry) return entry;
    if (Date.now() > deadline) throw new Error(`ledger has not posted ${key}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const account = (tenantId: string, ownerType: AccountKey['ownerType'], ownerId: string, purpose: AccountKey['purpose']): AccountKey => ({ tenantId, ownerType, ownerId, purpose, currency: 'NGN' });
const accounts = (channel: string) => ({
  agent: account(channel, 'AGENT', AGENT_USER, 'AGENT_COMMISSION_PAYABLE'),
  upline: account(channel, 'AGENT', UPLINE_USER, 'AGENT_COMMISSION_PAYABLE'),
  partner: account(PARTNER, 'TENANT', PARTNER, 'PARTNER_PAYABLE'),
  client: account(channel, 'TENANT', channel, 'CLIENT_REVENUE'),
  platform: account(PLATFORM, 'PLATFORM', PLATFORM, 'PLATFORM_REVENUE'),
  sales: account(OPERATOR, 'TENANT', OPERATOR, 'SALES_REVENUE'),
  cash: account(OPERATOR, 'AGENT', AGENT_USER, 'CASH_HELD'),
});
async function balances(channel: string) {
  const out: Record<string, bigint> = {};
  for (const [k, key] of Object.entries(accounts(channel))) out[k] = await ledgerBalance(prisma, key);
  return out;
}
const delta = (after: Record<string, bigint>, before: Record<string, bigint>) => Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - before[k]]));

describe('an agent’s cash ticket sale', () => {
  it.each([
    // jibowu-park, PLATFORM_FIRST (platform 30%, agent 20%, upline 10%, partner 10%, the park the rest), 7.5%:
    // pool = round_half_up(1,234,567 × 750 / 10000) = 92,593; largest remainder gives the 3 leftover kobo
    // to platform (.9), client (.9) and agent level 1 (.6).
    ['for the motor park', PARK, 1_234_567n, { pool: 92_593n, platform: 27_778n, agent: 18_519n, upline: 9_259n, partner: 9_259n, client: 27_778n }],
    // abc-transport itself, PLATFORM_FIRST, the default 5%: pool 50,000, no remainder.
    ['for the operator itself', OPERATOR, 1_000_000n, { pool: 50_000n, platform: 15_000n, agent: 10_000n, upline: 5_000n, partner: 5_000n, client: 15_000n }],
  ])('%s: shares exact, both entries posted once, balances exact', async (_label, channel, amountPaid, want) => {
    const before = await balances(channel);
    const ticketId = await agentSells(channel, amountPaid);
    const entry = await postedEntry(`ticket-commission:${ticketId}`);
    await postedEntry(`ticket-sale:${ticketId}`);

    const record = await prisma.commissionTicket.findUniqueOrThrow({ where: { ticketId } });
    expect([record.tenantId, record.operatorTenantId, record.outcome, record.pool, record.amountPaid]).toEqual([channel, OPERATOR, 'POSTED', want.pool, amountPaid]);
    const lines = await prisma.commission.findMany({ where: { ticketId } });
    const byKey = Object.fromEntries(lines.map((l) => [l.beneficiary === 'AGENT' ? (l.level === 1 ? 'agent' : 'upline') : l.beneficiary.toLowerCase(), [l.amount, l.beneficiaryId, l.tenantId, l.source, l.status]]));
    expect(byKey).toEqual({
      platform: [want.platform, PLATFORM, channel, 'TICKET', 'POSTED'],
      partner: [want.partner, PARTNER, channel, 'TICKET', 'POSTED'],
      client: [want.client, channel, channel, 'TICKET', 'POSTED'],
      agent: [want.agent, AGENT_USER, channel, 'TICKET', 'POSTED'],
      upline: [want.upline, UPLINE_USER, channel, 'TICKET', 'POSTED'],
    });
    expect(entry.kind).toBe('TICKET_COMMISSION');
    expect(entry.lines.filter((l) => l.side === 'DEBIT').map((l) => [l.bookTenantId, l.amount])).toEqual([[OPERATOR, want.pool]]);

    expect(delta(await balances(channel), before)).toEqual({
      agent: want.agent,
      upline: want.upline,
      partner: want.partner,
      client: want.client,
      platform: want.platform,
      sales: amountPaid - want.pool,
      cash: amountPaid,
    });

    // The agent sees the line in myCommissions at the channel tenant, as a ticket's.
    const mine = await gql(s.gatewayUrl, 'query ($f: CommissionStatus) { myCommissions(first: 50, status: $f) { edges { node { source ticketId orderId attribution amount { amount } } } } }', { f: 'POSTED' }, agentAt[channel]);
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.myCommissions.edges.map((e: any) => e.node).filter((n: any) => n.ticketId === ticketId)).toEqual([
      { source: 'TICKET', ticketId, orderId: null, attribution: null, amount: { amount: want.agent.toString() } },
    ]);
  });

  it('delivered twice is shared and posted once', async () => {
    const ticketId = await agentSells(PARK, 800_000n);
    await postedEntry(`ticket-commission:${ticketId}`);
    const original = await prisma.outboxEvent.findFirstOrThrow({ where: { topic: TOPICS.TRANSPORT_TICKET_SOLD, payload: { path: ['ticketId'], equals: ticketId } } });
    const before = { lines: await prisma.commission.count({ where: { ticketId } }), balances: await balances(PARK) };
    const again = await prisma.$transaction((tx) => tx.outboxEvent.create({ data: { id: uuidv7(), tenantId: original.tenantId, topic: TOPICS.TRANSPORT_TICKET_SOLD, payload: original.payload as object } }));
    await delivered(prisma, [again.id]);
    expect(await prisma.commissionTicket.count({ where: { ticketId } })).toBe(1);
    expect(await prisma.commission.count({ where: { ticketId } })).toBe(before.lines);
    expect(await prisma.outboxEvent.count({ where: { topic: TOPICS.LEDGER_POSTING_REQUESTED, payload: { path: ['idempotencyKey'], equals: `ticket-commission:${ticketId}` } } })).toBe(1);
    expect(await prisma.journalEntry.count({ where: { idempotencyKey: `ticket-commission:${ticketId}` } })).toBe(1);
    expect(await balances(PARK)).toEqual(before.balances);
  });
});

describe('no commission', () => {
  async function emitSold(p: ReturnType<typeof ticketSoldPayload>) {
    const e = await prisma.$transaction((tx) => tx.outboxEvent.create({ data: { id: uuidv7(), tenantId: OPERATOR, topic: TOPICS.TRANSPORT_TICKET_SOLD, payload: p } }));
    await delivered(prisma, [e.id]);
  }

  it('a seller without an agent profile in the channel tenant: recorded NO_ACTIVE_AGENT, nothing shared or posted', async () => {
    const p = ticketSoldPayload({ channelTenantId: PARK, agentUserId: uuidv7(), amountPaid: 1_000_000n });
    await emitSold(p);
    const record = await prisma.commissionTicket.findUniqueOrThrow({ where: { ticketId: p.ticketId } });
    expect([record.outcome, record.agentId, record.pool]).toEqual(['NO_ACTIVE_AGENT', null, 75_000n]);
    expect(await prisma.commission.count({ where: { ticketId: p.ticketId } })).toBe(0);
    expect(await prisma.outboxEvent.count({ where: { topic: TOPICS.LEDGER_POSTING_REQUESTED, payload: { path: ['idempotencyKey'], equals: `ticket-commission:${p.ticketId}` } } })).toBe(0);
  });

  it('a window sale is acknowledged and ignored', async () => {
    const p = ticketSoldPayload({ channelTenantId: PARK, agentUserId: null, amountPaid: 1_000_000n, channel: 'WINDOW' });
    await emitSold(p);
    expect(await prisma.commissionTicket.count({ where: { ticketId: p.ticketId } })).toBe(0);
  });

  it('a malformed event is refused, not half-processed', async () => {
    const p = { ...ticketSoldPayload({ channelTenantId: PARK, agentUserId: AGENT_USER, amountPaid: 1_000n }), amountPaid: '-5' };
    const e = await prisma.$transaction((tx) => tx.outboxEvent.create({ data: { id: uuidv7(), tenantId: OPERATOR, topic: TOPICS.TRANSPORT_TICKET_SOLD, payload: p } }));
    const deadline = Date.now() + 10_000;
    let row = await prisma.outboxEvent.findUniqueOrThrow({ where: { id: e.id } });
    while (!row.lastError && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      row = await prisma.outboxEvent.findUniqueOrThrow({ where: { id: e.id } });
    }
    expect([row.dispatchedAt, row.lastError]).toEqual([null, expect.stringContaining('amountPaid')]);
    expect(await prisma.commissionTicket.count({ where: { ticketId: p.ticketId } })).toBe(0);
  });
});
