/**
 * Authorization matrix for mlas: every root field mlas adds to the API called through the gateway by
 * every kind of caller. ONE table says who may call what; everyone else is refused with the right code:
 *   - anonymous (x-tenant only)                           -> UNAUTHENTICATED
 *   - an administrator whose session has not passed 2FA   -> TWO_FACTOR_REQUIRED (where admins are allowed)
 *   - anyone else (other roles, keys without the scope)   -> FORBIDDEN
 * "Allowed" means the call reached its resolver: no GraphQL error (a userError such as NOT_FOUND is fine;
 * arguments are chosen to change nothing). A new mlas operation fails the coverage test until it is added.
 */
import { Kind, parse, validate, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { hashPassword, uuidv7, type PrismaClient, type RoleName } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { createUser, login } from '../../identity/test/support';
import { apiSchema, ownOperations } from '../../../test/support/operations';
import { schema } from '../src/schema';
import { apiKey, signIn, tenantId } from './support';

const CALLER_KINDS = [
  'anonymous',
  'CUSTOMER',
  'VENDOR',
  'AGENT',
  'STAFF',
  'CLIENT_ADMIN',
  'PARTNER_ADMIN',
  'SUPER_ADMIN',
  'CLIENT_ADMIN_WITHOUT_2FA',
  'KEY_READ_WRITE',
  'KEY_READ',
  'KEY_OTHER_SCOPES',
] as const;
type CallerKind = (typeof CALLER_KINDS)[number];

/** An administrator without 2FA is asked for it only where administrators are allowed (agent-only views: FORBIDDEN). */
const denialCode = (kind: CallerKind, allowed: readonly CallerKind[]) =>
  kind === 'anonymous' ? 'UNAUTHENTICATED' : kind === 'CLIENT_ADMIN_WITHOUT_2FA' && allowed.includes('CLIENT_ADMIN') ? 'TWO_FACTOR_REQUIRED' : 'FORBIDDEN';

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

const codes = (p: { userErrors: { code: string }[] }) => p.userErrors.map((e) => e.code);
const connection = (c: any) => expect(Array.isArray(c.edges)).toBe(true);

interface Operation {
  document: string;
  variables?: () => Record<string, unknown>;
  allowed: readonly CallerKind[];
  expectAllowed?: (value: any) => void;
}

const OPERATIONS: Record<string, Operation> = {
  // ----- Query -----
  'Query.agents': { document: '{ agents(first: 5) { edges { node { id code } } } }', allowed: READERS, expectAllowed: connection },
  'Query.agentProfile': { document: 'query ($id: ID!) { agentProfile(id: $id) { id } }', variables: () => ({ id: uuidv7() }), allowed: READERS, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.myReferral': { document: '{ myReferral { code link } }', allowed: AGENTS, expectAllowed: (v) => expect(v.code).toBe('MUSA-NJM') },
  'Query.revenueModels': { document: '{ revenueModels { id preset } }', allowed: PROGRAMME_READERS, expectAllowed: (v) => expect(v.filter((m: any) => m.preset).length).toBe(5) },
  'Query.revenueModel': { document: '{ revenueModel { id shares { beneficiary level bps } } }', allowed: PROGRAMME_READERS, expectAllowed: (v) => expect(v.shares.length).toBeGreaterThan(0) },
  'Query.attributionSettings': {
    document: '{ attributionSettings { attribution windowDays ticketCommissionBps } }',
    allowed: PROGRAMME_READERS,
    expectAllowed: (v) => expect([v.windowDays, v.ticketCommissionBps]).toEqual([30, 500]),
  },
  'Query.commissions': { document: '{ commissions(first: 5) { edges { node { id amount { amount } } } } }', allowed: READERS, expectAllowed: connection },
  'Query.myCommissions': { document: '{ myCommissions(first: 5) { edges { node { id } } } }', allowed: AGENTS, expectAllowed: connection },

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

// ---------------------------------------------------------------------------------------------------
// Stack and callers
// ---------------------------------------------------------------------------------------------------

let s: TestStack;
let prisma: PrismaClient;
const callers = {} as Record<CallerKind, Record<string, string>>;

beforeAll(async () => {
  s = await startStack({ demoProducts: 0 });
  prisma = s.stack.prisma;
  const users: Partial<Record<CallerKind, ['staff' | 'client' | 'customer' | 'vendor' | 'agent', string]>> = {
    CUSTOMER: ['customer', 'ade-fashion'],
    VENDOR: ['vendor', 'naija-market'],
    AGENT: ['agent', 'naija-market'],
    STAFF: ['staff', 'ade-fashion'],
    CLIENT_ADMIN: ['client', 'ade-fashion'],
  };
  for (const [kind, [user, tenant]] of Object.entries(users) as [CallerKind, [any, string]][]) callers[kind] = await signIn(s, tenant, user);
  for (const [kind, email, tenant] of [
    ['PARTNER_ADMIN', 'partner@webwaka.test', 'lagos-digital'],
    ['SUPER_ADMIN', 'superadmin@webwaka.test', 'webwaka'],
  ] as const) {
    const session = await login(s.gatewayUrl, tenant, email, s.demo.password, s.demo.totpSecret, prisma);
    callers[kind] = { authorization: `Bearer ${session.accessToken}` };
  }
  const email = `mlas-admin-${uuidv7()}@matrix.test`;
  await createUser(prisma, { email, passwordHash: await hashPassword(s.demo.password), memberships: [{ tenantId: await tenantId(prisma, 'ade-fashion'), role: 'CLIENT_ADMIN' as RoleName }] });
  const noTwoFactor = await login(s.gatewayUrl, 'ade-fashion', email, s.demo.password);
  callers.CLIENT_ADMIN_WITHOUT_2FA = { authorization: `Bearer ${noTwoFactor.accessToken}` };
  callers.anonymous = { 'x-tenant': 'ade-fashion' };
  for (const [kind, scopes] of [
    ['KEY_READ_WRITE', ['mlas:read', 'mlas:write']],
    ['KEY_READ', ['mlas:read']],
    ['KEY_OTHER_SCOPES', ['identity:read', 'commerce:read', 'commerce:write', 'ledger:read']],
  ] as const) {
    callers[kind] = await apiKey(s, callers.CLIENT_ADMIN, [...scopes]);
  }
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

describe('the table', () => {
  it('lists every mlas operation of the API (and nothing else)', () => {
    const ops = ownOperations(schema);
    expect({ missing: ops.filter((op) => !(op in OPERATIONS)), stale: Object.keys(OPERATIONS).filter((op) => !ops.includes(op)) }).toEqual({ missing: [], stale: [] });
  });

  it('has a valid document per operation whose one root field is that operation', () => {
    const api = apiSchema();
    for (const [name, op] of Object.entries(OPERATIONS)) {
      const doc = parse(op.document);
      expect({ name, errors: validate(api, doc).map((e) => e.message) }).toEqual({ name, errors: [] });
      const def = doc.definitions[0] as OperationDefinitionNode;
      const [type, field] = name.split('.');
      expect(`${def.operation}:${(def.selectionSet.selections as FieldNode[]).map((f) => f.kind === Kind.FIELD && f.name.value).join(',')}`).toBe(`${type.toLowerCase()}:${field}`);
    }
  });
});

describe.each(Object.entries(OPERATIONS))('%s', (name, op) => {
  const cases = CALLER_KINDS.map((kind) => ({ kind, allowed: op.allowed.includes(kind), expected: op.allowed.includes(kind) ? 'allowed' : `denied (${denialCode(kind, op.allowed)})` }));
  it.each(cases)('$kind: $expected', async ({ kind, allowed }) => {
    const field = name.split('.')[1];
    const r = await gql(s.gatewayUrl, op.document, op.variables?.() ?? {}, callers[kind]);
    if (allowed) {
      expect(r.errors ?? []).toEqual([]);
      expect(r.data).toHaveProperty([field]);
      op.expectAllowed?.(r.data[field]);
    } else {
      expect((r.errors ?? []).map((e) => e.extensions?.code)).toEqual([denialCode(kind, op.allowed)]);
      expect(r.data?.[field] ?? null).toBeNull();
    }
  });
});
