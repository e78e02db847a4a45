/**
 * Cash at agents: an agent's ticketed cash sales make what the agent holds for the operator; the office
 * records hand-ins (never more than is held, even when racing; once per idempotency key), each booked in
 * the operator's ledger as CASH_HAND_IN, so transport's outstanding figure and the ledger's CASH_HELD
 * balance of the agent stay equal. Other tenants can neither record nor read.
 */
import { DomainError, TOPICS, uuidv7, type PrismaClient } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { assertLedgerInvariants, ledgerBalance } from '../../../test/support/ledger';
import { startEmbedded, type EmbeddedStack } from '../../../test/support/boot';
import { seedTransport } from '../../../test/support/demo';
import { describeIfService, startPostgres } from '../../../test/support/services';
import type { TestStack } from '../../../test/support/stack';
import { allotSeats, syncAgentSales } from '../src/services/agents';
import { cashPositions, recentHandIns, recordCashHandIn } from '../src/services/cash';
import { createTrip, OPERATOR, PARK, payload, serviceContext, signIn, startTransportStack, tenantId, userErrorCodes, userId } from './support';

let s: TestStack;
let prisma: PrismaClient;
let operator: string;
let agent: string;
let staff: string;
const headers = {} as Record<'agent' | 'staff' | 'otherStaff' | 'parkStaff', Record<string, string>>;

beforeAll(async () => {
  s = await startTransportStack();
  prisma = s.stack.prisma;
  [operator, agent, staff] = [await tenantId(prisma, OPERATOR), await userId(prisma, 'agent'), await userId(prisma, 'staff')];
  headers.agent = await signIn(s, OPERATOR, 'agent');
  headers.staff = await signIn(s, OPERATOR, 'staff');
  headers.otherStaff = await signIn(s, 'ade-fashion', 'staff');
  headers.parkStaff = await signIn(s, PARK, 'staff');
}, 120_000);
afterEach(async () => {
  await assertLedgerInvariants(prisma);
});
afterAll(async () => {
  await s?.stop();
});

const POSITION = 'operatorTenantId agentUserId currency taken { amount currency } handedIn { amount } outstanding { amount } lastHandInAt';
const RECORD = `mutation ($input: RecordCashHandInInput!) { recordCashHandIn(input: $input) { handIn { id amount { amount currency } note receivedByUserId } position { ${POSITION} } userErrors { code field message } } }`;
const record = (who: keyof typeof headers, input: Record<string, unknown>) => gql(s.gatewayUrl, RECORD, { input: { currency: 'NGN', note: null, ...input } }, headers[who]);
const positionsOf = async (who: keyof typeof headers) => payload<any[]>(await gql(s.gatewayUrl, `{ agentCashPositions { ${POSITION} } }`, {}, headers[who]), 'agentCashPositions');
/** A recordCashHandIn payload, userErrors included (no GraphQL errors). */
const handInPayload = (r: { errors?: unknown; data?: any }) => {
  expect(r.errors).toBeUndefined();
  return r.data.recordCashHandIn;
};
const codeOf = (p: Promise<unknown>) => p.then(() => 'OK', (e) => (e instanceof DomainError ? e.code : `THREW ${e}`));
const cashHeld = (ownerType: 'AGENT' | 'TENANT', ownerId: string) => ({ tenantId: operator, ownerType, ownerId, purpose: 'CASH_HELD' as const, currency: 'NGN' });

/** Waits until every ledger posting requested so far is delivered (the ledger's dispatcher polls the outbox). */
async function ledgerCaughtUp(timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = await prisma.outboxEvent.count({ where: { topic: TOPICS.LEDGER_POSTING_REQUESTED, dispatchedAt: null } });
    if (!pending) return;
    if (Date.now() > deadline) throw new Error(`${pending} ledger postings still waiting`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The agent's cash sales of seats 2A, 2B and 2C of a new trip, synced through the gateway (as the device does after being offline), plus one CONFLICT. */
async function agentSoldThree(amounts: [bigint, bigint, bigint]) {
  const { trip } = await createTrip(prisma, operator, 2);
  await allotSeats(serviceContext(prisma, operator), { tripId: trip.id, agentUserId: agent, seatLabels: ['2A', '2B', '2C'] });
  const soldAt = new Date(Date.now() - 3_600_000).toISOString();
  const sales = ['2A', '2B', '2C', '2D'].map((seatLabel, i) => ({ clientSaleId: uuidv7(), tripId: trip.id, seatLabel, passengerName: `Passenger ${seatLabel}`, amountPaid: String(amounts[i] ?? 1_000_000n), soldAt }));
  const r = await gql(s.gatewayUrl, 'mutation ($s: [AgentSaleInput!]!) { syncAgentSales(sales: $s) { results { status sale { conflictReason } } userErrors { code } } }', { s: sales }, headers.agent);
  expect(payload(r, 'syncAgentSales').results.map((x: any) => x.status)).toEqual(['APPLIED', 'APPLIED', 'APPLIED', 'CONFLICT']);
  return trip;
}

/** A fresh agent (a user id, as allotments know agents) with ticketed cash sales of the given amounts at the operator. */
async function freshAgentWithSales(amounts: bigint[], db = prisma, op = operator) {
  const id = uuidv7();
  const { trip, labels } = await createTrip(db, op, Math.ceil(amounts.length / 4) + 1);
  const seats = labels.filter((l) => !l.startsWith('1')).slice(0, amounts.length);
  await allotSeats(serviceContext(db, op), { tripId: trip.id, agentUserId: id, seatLabels: seats });
  const results = await syncAgentSales(
    serviceContext(db, op, { userId: id, roles: ['AGENT'] }),
    seats.map((seatLabel, i) => ({ clientSaleId: `${id}-${i}`, tripId: trip.id, seatLabel, passengerName: `P ${seatLabel}`, amountPaid: amounts[i], soldAt: new Date() })),
  );
  expect(results.every((r) => r.status === 'APPLIED')).toBe(true);
  return id;
}

describe('the position', () => {
  it('is the cash of the agent’s ticketed sales (a conflict counts nowhere), as the agent and the office see it, and equals the ledger', async () => {
    const before = (await positionsOf('staff')).find((p) => p.agentUserId === agent)?.taken.amount ?? '0';
    await agentSoldThree([1_000_000n, 950_050n, 1_000_000n]);
    const mine = payload<any[]>(await gql(s.gatewayUrl, `{ myCashPosition { ${POSITION} } }`, {}, headers.agent), 'myCashPosition');
    const office = (await positionsOf('staff')).find((p) => p.agentUserId === agent);
    expect(office).toEqual(mine.find((p) => p.operatorTenantId === operator));
    expect(BigInt(office.taken.amount) - BigInt(before)).toBe(2_950_050n);
    expect(office.currency).toBe('NGN');
    expect(BigInt(office.outstanding.amount)).toBe(BigInt(office.taken.amount) - BigInt(office.handedIn.amount));

    await ledgerCaughtUp();
    expect(await ledgerBalance(prisma, cashHeld('AGENT', agent))).toBe(BigInt(office.outstanding.amount));
  });
});

describe('recording a hand-in', () => {
  it('lowers the outstanding amount and moves the cash from the agent’s CASH_HELD to the operator’s', async () => {
    await agentSoldThree([1_500_000n, 1_000_000n, 1_000_000n]);
    await ledgerCaughtUp();
    const held = (await positionsOf('staff')).find((p) => p.agentUserId === agent);
    const [agentBefore, officeBefore] = [await ledgerBalance(prisma, cashHeld('AGENT', agent)), await ledgerBalance(prisma, cashHeld('TENANT', operator))];

    const r = await record('staff', { agentUserId: agent, amount: '2000000', idempotencyKey: uuidv7(), note: '  receipt 0042 ' });
    const p = payload(r, 'recordCashHandIn');
    expect(p.userErrors).toEqual([]);
    expect(p.handIn).toMatchObject({ amount: { amount: '2000000', currency: 'NGN' }, note: 'receipt 0042', receivedByUserId: staff });
    expect(BigInt(p.position.outstanding.amount)).toBe(BigInt(held.outstanding.amount) - 2_000_000n);
    expect(BigInt(p.position.handedIn.amount)).toBe(BigInt(held.handedIn.amount) + 2_000_000n);
    expect(p.position.lastHandInAt).not.toBeNull();

    await ledgerCaughtUp();
    const entry = await prisma.journalEntry.findFirstOrThrow({ where: { tenantId: operator, idempotencyKey: `cash-hand-in:${p.handIn.id}` }, include: { lines: true } });
    expect(entry.kind).toBe('CASH_HAND_IN');
    expect(entry.lines.map((l) => l.bookTenantId)).toEqual([operator, operator]);
    expect(await ledgerBalance(prisma, cashHeld('AGENT', agent))).toBe(agentBefore - 2_000_000n);
    expect(await ledgerBalance(prisma, cashHeld('TENANT', operator))).toBe(officeBefore + 2_000_000n);
    expect(await ledgerBalance(prisma, cashHeld('AGENT', agent))).toBe(BigInt(p.position.outstanding.amount));

    const page = payload(await gql(s.gatewayUrl, 'query ($a: ID) { cashHandIns(agentUserId: $a, first: 1) { edges { node { id } } pageInfo { hasNextPage } } }', { a: agent }, headers.staff), 'cashHandIns');
    expect(page.edges.map((e: any) => e.node.id)).toEqual([p.handIn.id]);
  });

  it('refuses more than the agent holds, another currency and bad amounts, writing nothing', async () => {
    await agentSoldThree([1_000_000n, 1_000_000n, 1_000_000n]);
    const outstanding = (await positionsOf('staff')).find((p) => p.agentUserId === agent).outstanding.amount as string;
    // Only hand-in postings: the sales' own postings (MLAS's ticket commissions) may still be arriving.
    const rows = () => Promise.all([prisma.cashHandIn.count(), prisma.outboxEvent.count({ where: { topic: TOPICS.LEDGER_POSTING_REQUESTED, payload: { path: ['kind'], equals: 'CASH_HAND_IN' } } })]);
    const before = await rows();

    const over = handInPayload(await record('staff', { agentUserId: agent, amount: String(BigInt(outstanding) + 1n), idempotencyKey: uuidv7() }));
    expect(over.userErrors).toEqual([{ code: 'HAND_IN_EXCEEDS_CASH_HELD', field: ['amount'], message: expect.stringContaining(` ${outstanding} NGN minor units`) }]);
    expect(over.handIn).toBeNull();
    expect(userErrorCodes(await record('staff', { agentUserId: agent, amount: '100', currency: 'GHS', idempotencyKey: uuidv7() }), 'recordCashHandIn')).toEqual(['BAD_USER_INPUT']);
    expect(userErrorCodes(await record('staff', { agentUserId: agent, amount: '0', idempotencyKey: uuidv7() }), 'recordCashHandIn')).toEqual(['BAD_USER_INPUT']);
    expect(userErrorCodes(await record('staff', { agentUserId: uuidv7(), amount: '100', idempotencyKey: uuidv7() }), 'recordCashHandIn')).toEqual(['BAD_USER_INPUT']);
    expect(await rows()).toEqual(before);
  });

  it('replays the first result for the same key and input; the key with another input is IDEMPOTENCY_KEY_REUSED', async () => {
    await agentSoldThree([1_000_000n, 1_000_000n, 1_000_000n]);
    const idempotencyKey = uuidv7();
    const first = payload(await record('staff', { agentUserId: agent, amount: '300000', idempotencyKey }), 'recordCashHandIn');
    const again = payload(await record('staff', { agentUserId: agent, amount: '300000', idempotencyKey }), 'recordCashHandIn');
    expect(again.handIn).toEqual(first.handIn);
    expect(again.position.outstanding).toEqual(first.position.outstanding);
    expect(await prisma.cashHandIn.count({ where: { tenantId: operator, idempotencyKey } })).toBe(1);
    expect(await prisma.outboxEvent.count({ where: { topic: TOPICS.LEDGER_POSTING_REQUESTED, payload: { path: ['idempotencyKey'], equals: `cash-hand-in:${first.handIn.id}` } } })).toBe(1);
    const other = await record('staff', { agentUserId: agent, amount: '300001', idempotencyKey });
    expect(handInPayload(other).userErrors).toEqual([{ code: 'IDEMPOTENCY_KEY_REUSED', field: ['idempotencyKey'], message: expect.any(String) }]);
  });

  it('each position lists its latest hand-ins, newest first, up to `first` (one query for all positions)', async () => {
    const other = await freshAgentWithSales([500_000n, 500_000n, 500_000n]);
    await agentSoldThree([1_000_000n, 1_000_000n, 1_000_000n]);
    const ids: string[] = [];
    for (const [who, amount] of [[agent, '1000'], [other, '2000'], [agent, '3000']] as const) {
      ids.push(payload(await record('staff', { agentUserId: who, amount, idempotencyKey: uuidv7() }), 'recordCashHandIn').handIn.id);
    }
    const r = await gql(s.gatewayUrl, '{ agentCashPositions { agentUserId latest: recentHandIns(first: 1) { id } recent: recentHandIns { id amount { amount } } } }', {}, headers.staff);
    const byAgent = new Map(payload<any[]>(r, 'agentCashPositions').map((p) => [p.agentUserId, p]));
    expect(byAgent.get(agent).latest.map((h: any) => h.id)).toEqual([ids[2]]);
    expect(byAgent.get(agent).recent.slice(0, 2).map((h: any) => h.amount.amount)).toEqual(['3000', '1000']);
    expect(byAgent.get(other).recent.map((h: any) => h.id)).toEqual([ids[1]]);
    // The service answers several positions at once, with an empty list for a position without hand-ins.
    const lists = await recentHandIns(prisma, [{ tenantId: operator, agentUserId: other, currency: 'NGN' }, { tenantId: operator, agentUserId: uuidv7(), currency: 'NGN' }, { tenantId: operator, agentUserId: agent, currency: 'NGN' }], 2);
    expect(lists.map((l) => l.map((h) => h.id))).toEqual([[ids[1]], [], [ids[2], ids[0]]]);
    expect(typeof lists[0][0].amount).toBe('bigint');
  });

  it('20 concurrent hand-ins of a third each: three are accepted, the others refused; never more than was held', async () => {
    const id = await freshAgentWithSales([1_000_000n, 1_000_000n, 1_000_001n]);
    const third = 1_000_000n;
    const office = () => serviceContext(prisma, operator, { userId: staff, roles: ['STAFF'] });
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, n) => codeOf(recordCashHandIn(office(), { agentUserId: id, amount: third, currency: 'NGN', idempotencyKey: `race-${id}-${n}` }))));
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(3);
    expect(outcomes.filter((o) => o !== 'OK').every((o) => o === 'HAND_IN_EXCEEDS_CASH_HELD')).toBe(true);
    const [position] = await cashPositions(prisma, { operators: [operator], agentUserId: id });
    expect([position.taken, position.handedIn, position.outstanding]).toEqual([3_000_001n, 3_000_000n, 1n]);
    await ledgerCaughtUp();
    expect(await ledgerBalance(prisma, cashHeld('AGENT', id))).toBe(1n);
  });

  it('is for the operator’s administrators and staff, signed in: not the agent, nor a user-less caller', async () => {
    const id = await freshAgentWithSales([500_000n]);
    const byAgent = await gql(s.gatewayUrl, RECORD, { input: { agentUserId: id, amount: '1', currency: 'NGN', idempotencyKey: uuidv7() } }, headers.agent);
    expect([byAgent.errors?.map((e) => e.extensions?.code), byAgent.data?.recordCashHandIn ?? null]).toEqual([['FORBIDDEN'], null]);
    expect(await codeOf(recordCashHandIn(serviceContext(prisma, operator, { kind: 'apiKey', userId: null, roles: [], scopes: ['transport:write'] }), { agentUserId: id, amount: 1n, currency: 'NGN', idempotencyKey: uuidv7() }))).toBe('FORBIDDEN');
    expect(await prisma.cashHandIn.count({ where: { agentUserId: id } })).toBe(0);
  });
});

describe('other tenants', () => {
  it('cannot record a hand-in for the operator’s agent nor read its positions or hand-ins (another store, or a park that lists the operator)', async () => {
    const id = await freshAgentWithSales([700_000n]);
    await recordCashHandIn(serviceContext(prisma, operator, { userId: staff }), { agentUserId: id, amount: 200_000n, currency: 'NGN', idempotencyKey: uuidv7() });
    const before = await prisma.cashHandIn.findMany({ where: { tenantId: operator }, orderBy: { id: 'asc' } });
    for (const who of ['otherStaff', 'parkStaff'] as const) {
      expect(userErrorCodes(await record(who, { agentUserId: id, amount: '100', idempotencyKey: uuidv7() }), 'recordCashHandIn')).toEqual(['BAD_USER_INPUT']);
      expect((await positionsOf(who)).map((p) => p.agentUserId)).not.toContain(id);
      expect(payload(await gql(s.gatewayUrl, 'query ($a: ID) { cashHandIns(agentUserId: $a) { edges { node { id } } } }', { a: id }, headers[who]), 'cashHandIns').edges).toEqual([]);
    }
    expect(await prisma.cashHandIn.findMany({ where: { tenantId: operator }, orderBy: { id: 'asc' } })).toEqual(before);
  });
});

/** PGlite runs one transaction at a time; here 40 hand-ins really run side by side on a pool of connections. */
describeIfService(['postgresql'], 'hand-ins on PostgreSQL under true concurrency', () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let stack: EmbeddedStack;

  beforeAll(async () => {
    pg = await startPostgres();
    stack = await startEmbedded({ databaseUrl: `${pg.url}?connection_limit=20`, demoProducts: 0 });
    await seedTransport(stack.prisma);
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
    await pg?.stop();
  });

  it('40 concurrent hand-ins of a third each: exactly three accepted', async () => {
    const db = stack.prisma;
    const op = await tenantId(db, OPERATOR);
    const id = await freshAgentWithSales([1_000_000n, 1_000_000n, 1_000_000n], db, op);
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, n) => codeOf(recordCashHandIn(serviceContext(db, op, { userId: uuidv7() }), { agentUserId: id, amount: 1_000_000n, currency: 'NGN', idempotencyKey: `pg-${id}-${n}` }))),
    );
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(3);
    expect(outcomes.filter((o) => o !== 'OK').every((o) => o === 'HAND_IN_EXCEEDS_CASH_HELD')).toBe(true);
    expect((await cashPositions(db, { operators: [op], agentUserId: id }))[0].outstanding).toBe(0n);
  });
});
