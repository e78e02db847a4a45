/**
 * Authorization matrix for mlas: every root field mlas adds to the API called through the gateway by
 * every kind of caller. ONE table says who may call what; everyone else is refused with the right code:
 *   - anonymous (x-tenant only)                           -> UNAUTHENTICATED
 *   - an administrator whose session has not passed 2FA   -> TWO_FACTOR_REQUIRED (where admins are allowed)
 *   - anyone else (other roles, keys without the scope)   -> FORBIDDEN
 * "Allowed" means the call reached its resolver: no GraphQL error (a userError such as NOT_FOUND is fine;
 * arguments are chosen to change nothing). A new mlas operation fails the coverage test until it is added.
 */
import { uuidv7 } from '@webwaka/kit';
import { authorizationMatrix, demoCallers, callerKinds, type CallerSpec, type MatrixOperation } from '../../../test/support/authorization-matrix';
import { startStack } from '../../../test/support/stack';
import { schema } from '../src/schema';
import { createAgentRow, tenantId } from './support';

const CALLERS = {
  ...demoCallers('ade-fashion', 'naija-market'),
  KEY_READ_WRITE: { scopes: ['mlas:read', 'mlas:write'], madeBy: 'CLIENT_ADMIN' },
  KEY_READ: { scopes: ['mlas:read'], madeBy: 'CLIENT_ADMIN' },
  KEY_OTHER_SCOPES: { scopes: ['identity:read', 'commerce:read', 'commerce:write', 'ledger:read'], madeBy: 'CLIENT_ADMIN' },
  // Fresh users holding two roles at naija-market (decision 0025): allowed what either role is, and seeing
  // the union of what each role sees, each scoped as that role (an agent's own rows, never another's).
  // An administrator without 2FA is asked for it only where administrators are allowed (agent-only views: FORBIDDEN).
  'CUSTOMER+AGENT': { roles: ['CUSTOMER', 'AGENT'], tenant: 'naija-market', parts: ['CUSTOMER', 'AGENT'] },
  'AGENT+VENDOR': { roles: ['AGENT', 'VENDOR'], tenant: 'naija-market', parts: ['AGENT', 'VENDOR'] },
  'STAFF+AGENT': { roles: ['STAFF', 'AGENT'], tenant: 'naija-market', parts: ['STAFF', 'AGENT'] },
  'CUSTOMER+VENDOR': { roles: ['CUSTOMER', 'VENDOR'], tenant: 'naija-market', parts: ['CUSTOMER', 'VENDOR'] },
  'AGENT+CLIENT_ADMIN_WITHOUT_2FA': { roles: ['AGENT', 'CLIENT_ADMIN'], tenant: 'naija-market', parts: ['AGENT', 'CLIENT_ADMIN_WITHOUT_2FA'] },
  'CUSTOMER+CLIENT_ADMIN_WITHOUT_2FA': { roles: ['CUSTOMER', 'CLIENT_ADMIN'], tenant: 'naija-market', parts: ['CUSTOMER', 'CLIENT_ADMIN_WITHOUT_2FA'] },
} satisfies Record<string, CallerSpec>;
type CallerKind = keyof typeof CALLERS;
const { kinds: CALLER_KINDS, holds, partsOf } = callerKinds<CallerKind>(CALLERS);
/** A user holding two roles (a fresh user of the test's own). */
const twoRoles = (kind: CallerKind) => partsOf(kind).length > 1;

// ---------------------------------------------------------------------------------------------------
// THE table
// ---------------------------------------------------------------------------------------------------

const ADMINS: readonly CallerKind[] = ['CLIENT_ADMIN', 'PARTNER_ADMIN', 'SUPER_ADMIN'];
/** MLAS_READERS: admins, staff, keys with mlas:read. */
const READERS: readonly CallerKind[] = [...ADMINS, 'STAFF', 'KEY_READ_WRITE', 'KEY_READ'];
/** PROGRAMME_READERS: the readers and agents. */
const PROGRAMME_READERS: readonly CallerKind[] = [...READERS, 'AGENT'];
/** MLAS_ADMINS: admins, keys with mlas:write. */
const MLAS_ADMINS: readonly CallerKind[] = [...ADMINS, 'KEY_READ_WRITE'];
const AGENTS: readonly CallerKind[] = ['AGENT'];
const EVERYONE: readonly CallerKind[] = CALLER_KINDS;

/**
 * What the tests set up for each fresh agent (two-role callers holding AGENT) and for the demo agent at
 * naija-market: its profile, one downline agent, and one commission line for each, so an agent's own
 * views have an exact answer: its own code and line, its own e-mail only (its downline's is for readers),
 * never the downline's line.
 */
interface AgentData {
  userId: string;
  code: string;
  email: string;
  downline: { code: string; email: string } | null;
  ownLine: string;
  otherLines: string[];
}
const agentData = {} as Partial<Record<CallerKind, AgentData>>;

const codes = (p: { userErrors: { code: string }[] }) => p.userErrors.map((e) => e.code);
const connection = (c: any) => expect(Array.isArray(c.edges)).toBe(true);

const OPERATIONS: Record<string, MatrixOperation<CallerKind>> = {
  // ----- Query -----
  'Query.agents': {
    document: '{ agents(first: 100) { edges { node { id code email } } } }',
    allowed: READERS,
    expectAllowed: (v, { kind }) => {
      connection(v);
      // Staff who are also agents see every agent with its e-mail (the reader's view), their own among them.
      if (kind === 'STAFF+AGENT') {
        const listed = v.edges.map((e: any) => e.node);
        for (const a of Object.values(agentData)) expect(listed).toContainEqual(expect.objectContaining({ code: a!.code, email: a!.email }));
      }
    },
  },
  'Query.agentProfile': { document: 'query ($id: ID!) { agentProfile(id: $id) { id } }', variables: () => ({ id: uuidv7() }), allowed: READERS, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.myReferral': {
    document: '{ myReferral { code link agent { userId email downline { code email } } } }',
    allowed: AGENTS,
    expectAllowed: (v, { kind }) => {
      const mine = agentData[kind]!;
      expect({ code: v.code, userId: v.agent.userId, email: v.agent.email }).toEqual({ code: mine.code, userId: mine.userId, email: mine.email });
      expect(v.link).toContain(`ref=${encodeURIComponent(mine.code)}`);
      // Downline e-mails are for readers: a STAFF+AGENT sees them (staff), any other agent does not.
      const seesEmails = holds(kind, 'STAFF');
      if (mine.downline) expect(v.agent.downline).toContainEqual({ code: mine.downline.code, email: seesEmails ? mine.downline.email : null });
      if (!seesEmails) expect(v.agent.downline.map((d: any) => d.email)).toEqual(v.agent.downline.map(() => null));
      if (twoRoles(kind)) expect(v.agent.downline).toEqual([{ code: mine.downline!.code, email: seesEmails ? mine.downline!.email : null }]);
    },
  },
  'Query.revenueModels': { document: '{ revenueModels { id preset } }', allowed: PROGRAMME_READERS, expectAllowed: (v) => expect(v.filter((m: any) => m.preset).length).toBe(5) },
  'Query.revenueModel': { document: '{ revenueModel { id shares { beneficiary level bps } } }', allowed: PROGRAMME_READERS, expectAllowed: (v) => expect(v.shares.length).toBeGreaterThan(0) },
  'Query.attributionSettings': {
    document: '{ attributionSettings { attribution windowDays ticketCommissionBps } }',
    allowed: PROGRAMME_READERS,
    expectAllowed: (v) => expect([v.windowDays, v.ticketCommissionBps]).toEqual([30, 500]),
  },
  'Query.commissions': {
    document: '{ commissions(first: 50) { edges { node { id amount { amount } } } } }',
    allowed: READERS,
    expectAllowed: (v, { kind }) => {
      connection(v);
      // A STAFF+AGENT reads the whole tenant's lines as staff, not only its own as an agent.
      if (kind === 'STAFF+AGENT') expect(v.edges.map((e: any) => e.node.id)).toEqual(expect.arrayContaining(Object.values(agentData).flatMap((a) => [a!.ownLine, ...a!.otherLines])));
    },
  },
  // The commissions report (issue 14): the tenant's whole book of commission lines, for readers and keys.
  'Query.commissionReport': {
    document: '{ commissionReport(from: "2020-01-01T00:00:00Z", to: "2021-01-01T00:00:00Z") { beneficiary lines amount { amount } } }',
    allowed: READERS,
    expectAllowed: (v) => expect(Array.isArray(v)).toBe(true),
  },
  'Query.myCommissions': {
    document: '{ myCommissions(first: 50) { edges { node { id beneficiaryId } } } }',
    allowed: AGENTS,
    expectAllowed: (v, { kind }) => {
      const mine = agentData[kind]!;
      const ids = v.edges.map((e: any) => e.node.id);
      expect(v.edges.map((e: any) => e.node.beneficiaryId)).toEqual(ids.map(() => mine.userId));
      // A fresh agent has exactly its one line, whatever its other role (staff included: this is "my").
      if (twoRoles(kind)) expect(ids).toEqual([mine.ownLine]);
      else expect(ids).toContain(mine.ownLine);
      for (const other of mine.otherLines) expect(ids).not.toContain(other);
    },
  },

  // ----- Mutation -----
  'Mutation.createAgent': {
    document: 'mutation { createAgent(input: { email: "not an e-mail" }) { agent { id } userErrors { code } } }',
    allowed: MLAS_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.setAgentUpline': {
    document: 'mutation ($id: ID!) { setAgentUpline(agentId: $id) { agent { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: MLAS_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.setAgentStatus': {
    document: 'mutation ($id: ID!) { setAgentStatus(agentId: $id, status: SUSPENDED) { agent { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: MLAS_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.recordReferralTouch': {
    document: 'mutation ($v: String!) { recordReferralTouch(code: "NO-SUCH-CODE", visitorId: $v) { recorded userErrors { code } } }',
    variables: () => ({ v: `matrix-${uuidv7()}` }),
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.createRevenueModel': {
    document: 'mutation { createRevenueModel(input: { name: "x", residual: CLIENT, shares: [{ beneficiary: PLATFORM, bps: 20000 }] }) { revenueModel { id } userErrors { code } } }',
    allowed: MLAS_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.updateRevenueModel': {
    document: 'mutation ($id: ID!) { updateRevenueModel(input: { id: $id, name: "x" }) { revenueModel { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: MLAS_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.assignRevenueModel': {
    document: 'mutation ($id: ID!) { assignRevenueModel(id: $id) { revenueModel { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: MLAS_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.setAttributionSettings': {
    document: 'mutation { setAttributionSettings(input: { windowDays: 0, ticketCommissionBps: 10001 }) { settings { windowDays } userErrors { code } } }',
    allowed: MLAS_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
};

const matrix = authorizationMatrix({ capability: 'mlas', subgraphSchema: schema, callers: CALLERS, operations: OPERATIONS, start: () => startStack({ demoProducts: 0 }) });

// Those holding AGENT get a profile, a downline agent and a commission line each (and so does the demo
// agent), see agentData.
beforeAll(async () => {
  const prisma = matrix.stack().stack.prisma;
  const market = await tenantId(prisma, 'naija-market');
  for (const kind of CALLER_KINDS.filter((k) => twoRoles(k) && holds(k, 'AGENT'))) {
    const { userId, email } = matrix.callers[kind];
    const n = Object.keys(agentData).length + 1;
    const profile = await createAgentRow(prisma, market, { userId: userId!, email: email!, code: `TWO-${n}${uuidv7().slice(-4).toUpperCase()}` });
    const below = await createAgentRow(prisma, market, { uplineId: profile.id });
    agentData[kind] = { userId: userId!, code: profile.code, email: email!, downline: { code: below.code, email: below.email }, ownLine: '', otherLines: [] };
  }
  const musa = await prisma.agentProfile.findFirstOrThrow({ where: { tenantId: market, code: 'MUSA-NJM' } });
  agentData.AGENT = { userId: musa.userId, code: musa.code, email: musa.email, downline: null, ownLine: '', otherLines: [] };
  // One line for each agent and one for each downline agent; every agent's otherLines are everyone else's.
  // The lines hang off one order's split, as order commissions do (the database insists).
  const orderId = uuidv7();
  const vendorOrderId = uuidv7();
  const order = await prisma.commissionOrder.create({
    data: { id: uuidv7(), tenantId: market, orderId, orderNumber: 'WW-MATRIX', currency: 'NGN', paidAt: new Date(), attribution: 'CART_CODE' },
  });
  const split = await prisma.commissionSplit.create({
    data: { id: uuidv7(), tenantId: market, orderRecordId: order.id, orderId, vendorOrderId, vendorId: uuidv7(), currency: 'NGN', subtotal: 100_000n, pool: 10_000n, revenueModelId: uuidv7(), status: 'POSTED' },
  });
  const line = (beneficiaryId: string, agentId: string) =>
    prisma.commission.create({
      data: { id: uuidv7(), tenantId: market, splitId: split.id, orderId, vendorOrderId, beneficiary: 'AGENT', level: 1, beneficiaryId, agentId, currency: 'NGN', amount: 1500n, status: 'POSTED' },
    });
  const allLines: string[] = [];
  for (const a of Object.values(agentData)) {
    const profile = await prisma.agentProfile.findFirstOrThrow({ where: { tenantId: market, userId: a!.userId } });
    a!.ownLine = (await line(a!.userId, profile.id)).id;
    allLines.push(a!.ownLine);
    if (a!.downline) {
      const below = await prisma.agentProfile.findFirstOrThrow({ where: { tenantId: market, code: a!.downline.code } });
      allLines.push((await line(below.userId, below.id)).id);
    }
  }
  for (const a of Object.values(agentData)) a!.otherLines = allLines.filter((id) => id !== a!.ownLine);
});
