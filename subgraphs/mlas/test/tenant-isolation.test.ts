/**
 * Tenant isolation of every mlas operation, through the gateway. Tenant A (ade-fashion) acts by its
 * administrator, its integration key and its agent; tenant B (naija-market) has agents, touches, its own
 * revenue model and settings, and commissions. A's lists hold only A's rows; B's ids and codes are unknown
 * to A (NOT_FOUND, exactly like ids that do not exist); nothing is written anywhere; B's data is unchanged
 * afterwards; a header naming B changes nothing; commerce events under A cannot touch B's commissions; an
 * agent's ticket sale for B (its ticket commission rate, its programme) shows in B's lists only.
 * A guard fails when an operation is not covered here.
 */
import { uuidv7, type PrismaClient } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { DEMO_AGENTS, T, U } from '../../../test/support/demo';
import { rootFieldNames } from '../../../test/support/operations';
import { schema } from '../src/schema';
import { setAttributionSettings } from '../src/services/attribution';
import { processDisputeChanged, processOrderPaid } from '../src/services/commissions';
import { processTicketSold } from '../src/services/tickets';
import { createRevenueModel } from '../src/services/models';
import { apiKey, createMember, disputePayload, orderPaidPayload, serviceContext, signIn, stackPeers, tenantState, ticketSoldPayload } from './support';

let s: TestStack;
let prisma: PrismaClient;
const A = { id: T(4), agentId: DEMO_AGENTS[3].id, callers: {} as Record<string, Record<string, string>>, agent: {} as Record<string, string> };
const B = { id: T(5), agentId: DEMO_AGENTS[1].id, uplineId: DEMO_AGENTS[0].id, code: 'MUSA-NJM', modelId: '', orderId: '', agentOnlyEmail: '' };

beforeAll(async () => {
  s = await startStack({ demoProducts: 0 });
  prisma = s.stack.prisma;
  const peers = stackPeers(s);

  // B: its own model and settings, a touch, and a paid order with commissions for the demo agent.
  B.modelId = (await createRevenueModel(serviceContext(s, B.id), { name: 'B’s model', residual: 'CLIENT', shares: [{ beneficiary: 'AGENT', level: 1, bps: 4000 }] })).id;
  await setAttributionSettings(serviceContext(s, B.id), { windowDays: 77, ticketCommissionBps: 900 });
  await prisma.referralTouch.create({ data: { id: uuidv7(), tenantId: B.id, agentId: B.agentId, visitorId: 'b-visitor-0001' } });
  const bOrder = orderPaidPayload({ referralCode: B.code, vendorOrders: [{ subtotal: 10_000n, commissionBps: 1000 }] });
  B.orderId = bOrder.orderId;
  await processOrderPaid(prisma, peers, B.id, bOrder);
  B.agentOnlyEmail = (await createMember(prisma, [{ tenantId: B.id, role: 'AGENT' }])).email;
  // The demo agent sold a ticket for B (an operator's event, B the channel): B's ticket commission lines.
  await processTicketSold(prisma, peers, T(60), ticketSoldPayload({ channelTenantId: B.id, agentUserId: U(5), amountPaid: 1_000_000n }));

  // A: one of every kind of row, so its lists are not empty by accident.
  await createRevenueModel(serviceContext(s, A.id), { name: 'A’s model', residual: 'PLATFORM', shares: [] });
  await prisma.referralTouch.create({ data: { id: uuidv7(), tenantId: A.id, agentId: A.agentId, visitorId: 'a-visitor-0001' } });
  await processOrderPaid(prisma, peers, A.id, orderPaidPayload({ referralCode: 'MUSA-ADE', vendorOrders: [{ subtotal: 10_000n, commissionBps: 500 }] }));

  const admin = await signIn(s, 'ade-fashion', 'client');
  A.callers = { admin, apiKey: await apiKey(s, admin, ['mlas:read', 'mlas:write']) };
  A.agent = await signIn(s, 'ade-fashion', 'agent');
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const snapshotB = () => tenantState(prisma, B.id);

const LISTS: Record<string, { query: string; model: 'agentProfile' | 'commission' }> = {
  agents: { query: '{ agents(first: 100) { edges { node { id } } } }', model: 'agentProfile' },
  commissions: { query: '{ commissions(first: 100) { edges { node { id attribution source ticketId } } } }', model: 'commission' },
};

const SINGLE_READS: Record<string, { query: string; variables: () => Record<string, unknown> }> = {
  agentProfile: { query: 'query ($id: ID!) { agentProfile(id: $id) { id } }', variables: () => ({ id: B.agentId }) },
  revenueModel: { query: 'query ($id: ID) { revenueModel(id: $id) { id } }', variables: () => ({ id: B.modelId }) },
};

/** Reads of the caller's own tenant only (no id to pass): checked one by one below. */
const OWN_READS = ['revenueModels', 'attributionSettings', 'myReferral', 'myCommissions'];

describe.each(['admin', 'apiKey'])('A’s %s', (who) => {
  const call = (query: string, variables: Record<string, unknown> = {}, extra: Record<string, string> = {}) => gql(s.gatewayUrl, query, variables, { ...A.callers[who], ...extra });

  it.each(Object.entries(LISTS))('%s lists only A’s rows (also with a header naming B)', async (field, { query, model }) => {
    for (const extra of [{}, { 'x-tenant': 'naija-market' }] as Record<string, string>[]) {
      const r = await call(query, {}, extra);
      expect(r.errors).toBeUndefined();
      const ids: string[] = r.data![field].edges.map((e: any) => e.node.id);
      expect(ids.length).toBeGreaterThan(0);
      const rows: { tenantId: string }[] = await (prisma[model] as any).findMany({ where: { id: { in: ids } }, select: { tenantId: true } });
      expect(rows.length).toBe(ids.length);
      expect(rows.every((row) => row.tenantId === A.id)).toBe(true);
    }
  });

  it('revenueModels are the presets and A’s own; settings and the assigned model are A’s', async () => {
    const r = await call('{ revenueModels { id } attributionSettings { windowDays attribution ticketCommissionBps revenueModel { preset } } revenueModel { preset } }');
    expect(r.errors).toBeUndefined();
    const ids: string[] = r.data!.revenueModels.map((m: any) => m.id);
    const rows = await prisma.revenueModel.findMany({ where: { id: { in: ids } } });
    expect(rows.every((m) => m.tenantId === null || m.tenantId === A.id)).toBe(true);
    expect(rows.some((m) => m.tenantId === A.id)).toBe(true);
    expect(r.data!.attributionSettings).toEqual({ windowDays: 30, attribution: 'FIRST_TOUCH', ticketCommissionBps: 500, revenueModel: { preset: 'CLIENT_OWNED' } });
    expect(r.data!.revenueModel).toEqual({ preset: 'CLIENT_OWNED' });
  });

  it('commissionReport adds up A’s lines only (also with a header naming B)', async () => {
    for (const extra of [{}, { 'x-tenant': 'naija-market' }] as Record<string, string>[]) {
      const r = await call('{ commissionReport(from: "2025-06-01T00:00:00Z", to: "2027-12-31T00:00:00Z") { lines agentCode } }', {}, extra);
      expect(r.errors).toBeUndefined();
      const rows: { lines: number; agentCode: string | null }[] = r.data!.commissionReport;
      expect(rows.reduce((n, row) => n + row.lines, 0)).toBe(await prisma.commission.count({ where: { tenantId: A.id } }));
      expect(rows.map((row) => row.agentCode)).not.toContain(B.code);
    }
  });

  it.each(Object.entries(SINGLE_READS))('%s(B’s id) is null', async (_f, { query, variables }) => {
    const r = await call(query, variables());
    expect(r.errors).toBeUndefined();
    expect(Object.values(r.data!)[0]).toBeNull();
  });

  const MUTATIONS: Record<string, { document: string; cases: () => [string, Record<string, unknown>, string][] }> = {
    createAgent: {
      document: 'mutation ($i: CreateAgentInput!) { createAgent(input: $i) { agent { id } userErrors { code } } }',
      cases: () => [
        ['under B’s agent', { i: { email: 'agent@webwaka.test', uplineId: B.agentId } }, 'NOT_FOUND'],
        ['a user who is an agent of B only', { i: { email: B.agentOnlyEmail } }, 'NOT_FOUND'],
      ],
    },
    setAgentUpline: {
      document: 'mutation ($a: ID!, $u: ID) { setAgentUpline(agentId: $a, uplineId: $u) { agent { id } userErrors { code } } }',
      cases: () => [
        ['B’s agent', { a: B.agentId, u: null }, 'NOT_FOUND'],
        ['A’s agent under B’s', { a: A.agentId, u: B.uplineId }, 'NOT_FOUND'],
      ],
    },
    setAgentStatus: {
      document: 'mutation ($a: ID!) { setAgentStatus(agentId: $a, status: SUSPENDED) { agent { id } userErrors { code } } }',
      cases: () => [['B’s agent', { a: B.agentId }, 'NOT_FOUND']],
    },
    recordReferralTouch: {
      document: 'mutation ($c: String!) { recordReferralTouch(code: $c, visitorId: "iso-visitor-01") { recorded userErrors { code } } }',
      cases: () => [['B’s code', { c: B.code }, 'NOT_FOUND']],
    },
    createRevenueModel: {
      // Only ever creates in A; checked below.
      document: 'mutation { createRevenueModel(input: { name: "A again", residual: CLIENT, shares: [] }) { revenueModel { id } userErrors { code } } }',
      cases: () => [],
    },
    updateRevenueModel: {
      document: 'mutation ($id: ID!) { updateRevenueModel(input: { id: $id, name: "taken over" }) { revenueModel { id } userErrors { code } } }',
      cases: () => [['B’s model', { id: B.modelId }, 'NOT_FOUND']],
    },
    assignRevenueModel: {
      document: 'mutation ($id: ID!) { assignRevenueModel(id: $id) { revenueModel { id } userErrors { code } } }',
      cases: () => [['B’s model', { id: B.modelId }, 'NOT_FOUND']],
    },
    setAttributionSettings: {
      // Only ever A's own settings; checked below.
      document: 'mutation { setAttributionSettings(input: { windowDays: 30 }) { settings { windowDays } userErrors { code } } }',
      cases: () => [],
    },
  };

  it('covers every mlas query and mutation', () => {
    const { queries, mutations } = rootFieldNames(schema);
    expect(queries.filter((q) => !(q in LISTS) && !(q in SINGLE_READS) && !OWN_READS.includes(q) && q !== 'commissionReport')).toEqual([]);
    expect(mutations.filter((m) => !(m in MUTATIONS)).sort()).toEqual([]);
  });

  it.each(Object.entries(MUTATIONS))('%s: B’s ids are unknown, nothing written', async (name, m) => {
    const beforeB = await snapshotB();
    for (const [label, variables, code] of m.cases()) {
      const beforeA = await tenantState(prisma, A.id);
      const r = await call(m.document, variables);
      expect({ label, errors: r.errors, codes: r.data?.[name]?.userErrors?.map((e: any) => e.code) }).toEqual({ label, errors: undefined, codes: [code] });
      expect(await tenantState(prisma, A.id)).toEqual(beforeA);
    }
    if (!m.cases().length) {
      const r = await call(m.document);
      expect({ errors: r.errors, userErrors: r.data?.[name]?.userErrors }).toEqual({ errors: undefined, userErrors: [] });
    }
    expect(await snapshotB()).toEqual(beforeB);
  });
});

describe('A’s agent', () => {
  const call = (query: string) => gql(s.gatewayUrl, query, {}, A.agent);

  it('myReferral is A’s code, even with a header naming B', async () => {
    for (const extra of [{}, { 'x-tenant': 'naija-market' }] as Record<string, string>[]) {
      const r = await gql(s.gatewayUrl, '{ myReferral { code link } }', {}, { ...A.agent, ...extra });
      expect(r.data!.myReferral).toEqual({ code: 'MUSA-ADE', link: expect.stringMatching(/\/s\/ade-fashion\?ref=MUSA-ADE$/) });
    }
  });

  it('myCommissions are A’s only (the same agent also earns in B, on orders and tickets)', async () => {
    expect(await prisma.commission.count({ where: { tenantId: B.id, beneficiaryId: U(5), source: 'ORDER' } })).toBeGreaterThan(0);
    expect(await prisma.commission.count({ where: { tenantId: B.id, beneficiaryId: U(5), source: 'TICKET' } })).toBeGreaterThan(0);
    const r = await call('{ myCommissions(first: 100) { edges { node { id } } } }');
    const ids: string[] = r.data!.myCommissions.edges.map((e: any) => e.node.id);
    expect(ids.length).toBeGreaterThan(0);
    const rows = await prisma.commission.findMany({ where: { id: { in: ids } } });
    expect(rows.every((c) => c.tenantId === A.id && c.beneficiaryId === U(5))).toBe(true);
  });
});

describe('commerce events', () => {
  it('a dispute announced under A for B’s order leaves B’s commissions posted', async () => {
    const before = await snapshotB();
    await processDisputeChanged(prisma, A.id, disputePayload(B.orderId, true));
    expect(await snapshotB()).toEqual(before);
    expect(new Set((await prisma.commission.findMany({ where: { tenantId: B.id, orderId: B.orderId, status: { not: 'FLAGGED' } } })).map((c) => c.status))).toEqual(new Set(['POSTED']));
  });
});

describe('ticket sales', () => {
  it('a ticket sold for B is B’s: A’s readers cannot list or filter it, A’s rate and programme are untouched', async () => {
    const ticket = await prisma.commissionTicket.findFirstOrThrow({ where: { tenantId: B.id } });
    expect([ticket.commissionBps, ticket.pool, ticket.outcome]).toEqual([900, 90_000n, 'POSTED']);
    const r = await gql(s.gatewayUrl, 'query ($t: ID) { commissions(first: 100, filter: { ticketId: $t }) { edges { node { id } } } }', { t: ticket.ticketId }, A.callers.admin);
    expect(r.errors).toBeUndefined();
    expect(r.data!.commissions.edges).toEqual([]);
    expect((await prisma.mlasSettings.findUnique({ where: { tenantId: A.id } }))?.ticketCommissionBps ?? 500).toBe(500);
  });
});
