/**
 * Authorization matrix for ledger: every root field ledger adds to the API, called through the gateway by
 * every kind of caller. ONE table says who may call what; everyone else is refused with the right code:
 *   - anonymous (x-tenant only)                           -> UNAUTHENTICATED
 *   - an administrator whose session has not passed 2FA   -> TWO_FACTOR_REQUIRED
 *   - anyone else (other roles, keys without the scope)   -> FORBIDDEN
 * "Allowed" means the call reached its resolver: no GraphQL error, or the resolver's own NOT_FOUND for a
 * query about an unknown id (arguments are chosen to change nothing). A new ledger operation fails the
 * coverage test until it is added to the table. Which rows each allowed caller sees is tested elsewhere.
 */
import { Kind, parse, validate, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { hashPassword, uuidv7, type PrismaClient, type RoleName } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { assertLedgerInvariants } from '../../../test/support/ledger';
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
  'KEY_LEDGER_READ',
  'KEY_OTHER_SCOPES',
  // Users holding two roles at ade-fashion (decision 0025): allowed what either role is.
  'CUSTOMER+AGENT',
  'CUSTOMER+VENDOR',
  'STAFF+AGENT',
  'CUSTOMER+CLIENT_ADMIN_WITHOUT_2FA',
] as const;
type CallerKind = (typeof CALLER_KINDS)[number];

/** The single-role callers a two-role caller combines, and the roles it is given. */
const TWO_ROLES: Partial<Record<CallerKind, { parts: CallerKind[]; roles: RoleName[] }>> = {
  'CUSTOMER+AGENT': { parts: ['CUSTOMER', 'AGENT'], roles: ['CUSTOMER', 'AGENT'] },
  'CUSTOMER+VENDOR': { parts: ['CUSTOMER', 'VENDOR'], roles: ['CUSTOMER', 'VENDOR'] },
  'STAFF+AGENT': { parts: ['STAFF', 'AGENT'], roles: ['STAFF', 'AGENT'] },
  'CUSTOMER+CLIENT_ADMIN_WITHOUT_2FA': { parts: ['CUSTOMER', 'CLIENT_ADMIN_WITHOUT_2FA'], roles: ['CUSTOMER', 'CLIENT_ADMIN'] },
};
const isAllowed = (op: { allowed: readonly CallerKind[] }, kind: CallerKind) => (TWO_ROLES[kind]?.parts ?? [kind]).some((k) => op.allowed.includes(k));

const denialCode = (kind: CallerKind): string =>
  TWO_ROLES[kind]
    ? TWO_ROLES[kind]!.parts.includes('CLIENT_ADMIN_WITHOUT_2FA') ? 'TWO_FACTOR_REQUIRED' : 'FORBIDDEN'
    : kind === 'anonymous' ? 'UNAUTHENTICATED' : kind === 'CLIENT_ADMIN_WITHOUT_2FA' ? 'TWO_FACTOR_REQUIRED' : 'FORBIDDEN';

// ---------------------------------------------------------------------------------------------------
// THE table
// ---------------------------------------------------------------------------------------------------

const ADMINS: readonly CallerKind[] = ['CLIENT_ADMIN', 'PARTNER_ADMIN', 'SUPER_ADMIN'];
/** ACCOUNT_READERS: admins, staff, vendors, agents, customers (their own rows), ledger:read keys. */
const ACCOUNT_READERS: readonly CallerKind[] = [...ADMINS, 'STAFF', 'VENDOR', 'AGENT', 'CUSTOMER', 'KEY_LEDGER_READ'];
/** OWN_ACCOUNT_READERS: signed-in users with a role (keys own nothing). */
const OWN_ACCOUNT_READERS: readonly CallerKind[] = [...ADMINS, 'STAFF', 'VENDOR', 'AGENT', 'CUSTOMER'];
/** BOOK_READERS: admins, staff, ledger:read keys. */
const BOOK_READERS: readonly CallerKind[] = [...ADMINS, 'STAFF', 'KEY_LEDGER_READ'];
/** BOOK_ADMINS_AND_KEYS: admins, ledger:read keys. */
const BOOK_ADMINS_AND_KEYS: readonly CallerKind[] = [...ADMINS, 'KEY_LEDGER_READ'];
/** ENTRY_WRITERS: the client's and the platform's administrators. */
const ENTRY_WRITERS: readonly CallerKind[] = ['CLIENT_ADMIN', 'SUPER_ADMIN'];
/** PAYOUT_ADMINS: administrators. */
const PAYOUT_ADMINS: readonly CallerKind[] = ADMINS;

const codes = (p: { userErrors: { code: string }[] }) => p.userErrors.map((e) => e.code);
const connection = (c: any) => expect(Array.isArray(c.edges)).toBe(true);

interface Operation {
  document: string;
  variables?: () => Record<string, unknown>;
  allowed: readonly CallerKind[];
  expectAllowed?: (value: any) => void;
  /** A query whose resolver answers an unknown id with this error code. */
  allowedError?: string;
}

const OPERATIONS: Record<string, Operation> = {
  // ----- Query -----
  'Query.ledgerAccounts': { document: '{ ledgerAccounts(first: 5) { edges { node { id } } } }', allowed: ACCOUNT_READERS, expectAllowed: connection },
  'Query.myLedgerAccounts': { document: '{ myLedgerAccounts(first: 5) { edges { node { id } } } }', allowed: OWN_ACCOUNT_READERS, expectAllowed: connection },
  'Query.ledgerAccount': { document: 'query ($id: ID!) { ledgerAccount(id: $id) { id } }', variables: () => ({ id: uuidv7() }), allowed: ACCOUNT_READERS, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.ledgerStatement': {
    document: 'query ($id: ID!) { ledgerStatement(accountId: $id, first: 5) { edges { node { id } } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ACCOUNT_READERS,
    allowedError: 'NOT_FOUND',
  },
  'Query.journalEntries': { document: '{ journalEntries(first: 5) { edges { node { id } } } }', allowed: BOOK_READERS, expectAllowed: connection },
  'Query.journalEntry': { document: 'query ($id: ID!) { journalEntry(id: $id) { id } }', variables: () => ({ id: uuidv7() }), allowed: BOOK_READERS, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.trialBalance': { document: '{ trialBalance(currency: "NGN") { balanced } }', allowed: BOOK_READERS, expectAllowed: (v) => expect(v).toEqual({ balanced: true }) },
  'Query.payoutSettings': { document: '{ payoutSettings { schedule } }', allowed: BOOK_READERS, expectAllowed: (v) => expect(v.schedule).toBeDefined() },
  'Query.payoutPlan': { document: '{ payoutPlan(currency: "NGN") { accountId reason } }', allowed: BOOK_READERS, expectAllowed: (v) => expect(Array.isArray(v)).toBe(true) },
  'Query.payoutBatches': { document: '{ payoutBatches(first: 5) { edges { node { id } } } }', allowed: BOOK_READERS, expectAllowed: connection },
  'Query.payoutBatch': { document: 'query ($id: ID!) { payoutBatch(id: $id) { id } }', variables: () => ({ id: uuidv7() }), allowed: BOOK_READERS, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.payoutItems': { document: '{ payoutItems(first: 5) { edges { node { id } } } }', allowed: ACCOUNT_READERS, expectAllowed: connection },
  'Query.rejectedPostings': { document: '{ rejectedPostings(first: 5) { edges { node { id } } } }', allowed: BOOK_ADMINS_AND_KEYS, expectAllowed: connection },

  // ----- Mutation -----
  'Mutation.postAdjustment': {
    // Unbalanced: refused before anything is written.
    document: `mutation ($o: ID!) { postAdjustment(input: { idempotencyKey: "matrix", currency: "NGN", reason: "matrix", lines: [
      { ownerType: TENANT, ownerId: $o, purpose: CLIENT_REVENUE, side: DEBIT, amount: "2" },
      { ownerType: TENANT, ownerId: $o, purpose: CUSTOMER_WALLET, side: CREDIT, amount: "1" }] }) { entry { id } userErrors { code } } }`,
    variables: () => ({ o: uuidv7() }),
    allowed: ENTRY_WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['UNBALANCED_ENTRY']),
  },
  'Mutation.reverseJournalEntry': {
    document: 'mutation ($id: ID!) { reverseJournalEntry(id: $id, reason: "matrix") { entry { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: ENTRY_WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.setPayoutSettings': {
    document: 'mutation { setPayoutSettings(input: { schedule: MANUAL, nextRunAt: "2099-01-01T00:00:00Z" }) { settings { schedule } userErrors { code } } }',
    allowed: PAYOUT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.createPayoutBatch': {
    // Nothing is owed in this currency: nothing to pay.
    document: 'mutation { createPayoutBatch(currency: "ZZZ") { batch { id } userErrors { code } } }',
    allowed: PAYOUT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.submitPayoutBatch': {
    document: 'mutation ($id: ID!) { submitPayoutBatch(id: $id) { batch { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: PAYOUT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.markPayoutItemPaid': {
    document: 'mutation ($id: ID!) { markPayoutItemPaid(id: $id) { item { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: PAYOUT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.markPayoutItemFailed': {
    document: 'mutation ($id: ID!) { markPayoutItemFailed(id: $id, reason: "matrix") { item { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: PAYOUT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
};

const ledgerOperations = (): string[] => ownOperations(schema);

// ---------------------------------------------------------------------------------------------------
// Stack and callers
// ---------------------------------------------------------------------------------------------------

let s: TestStack;
let prisma: PrismaClient;
const callers = {} as Record<CallerKind, Record<string, string>>;

beforeAll(async () => {
  s = await startStack();
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
  const email = `ledger-admin-${uuidv7()}@matrix.test`;
  await createUser(prisma, { email, passwordHash: await hashPassword(s.demo.password), memberships: [{ tenantId: await tenantId(prisma, 'ade-fashion'), role: 'CLIENT_ADMIN' as RoleName }] });
  callers.CLIENT_ADMIN_WITHOUT_2FA = { authorization: `Bearer ${(await login(s.gatewayUrl, 'ade-fashion', email, s.demo.password)).accessToken}` };
  for (const [kind, { roles }] of Object.entries(TWO_ROLES) as [CallerKind, { roles: RoleName[] }][]) {
    const e = `ledger-two-roles-${uuidv7()}@matrix.test`;
    const store = await tenantId(prisma, 'ade-fashion');
    await createUser(prisma, { email: e, passwordHash: await hashPassword(s.demo.password), memberships: roles.map((role) => ({ tenantId: store, role })) });
    callers[kind] = { authorization: `Bearer ${(await login(s.gatewayUrl, 'ade-fashion', e, s.demo.password)).accessToken}` };
  }
  callers.anonymous = { 'x-tenant': 'ade-fashion' };
  callers.KEY_LEDGER_READ = await apiKey(s, callers.CLIENT_ADMIN, ['ledger:read']);
  callers.KEY_OTHER_SCOPES = await apiKey(s, callers.CLIENT_ADMIN, ['identity:read', 'commerce:read', 'commerce:write', 'mlas:read', 'mlas:write']);
}, 120_000);
afterEach(async () => {
  await assertLedgerInvariants(prisma);
});
afterAll(async () => {
  await s?.stop();
});

describe('the table', () => {
  it('lists every ledger operation of the API (and nothing else)', () => {
    const ops = ledgerOperations();
    const api = apiSchema();
    const inApi = (op: string) => {
      const [type, field] = op.split('.');
      return !!(type === 'Query' ? api.getQueryType() : api.getMutationType())?.getFields()[field];
    };
    const own = [...Object.keys(schema.getQueryType()!.getFields()).filter((f) => !f.startsWith('_')).map((f) => `Query.${f}`), ...Object.keys(schema.getMutationType()!.getFields()).map((f) => `Mutation.${f}`)];
    expect({ missing: own.filter((op) => !(op in OPERATIONS)), stale: Object.keys(OPERATIONS).filter((op) => !ops.includes(op)), notInApi: own.filter((op) => !inApi(op)) }).toEqual({
      missing: [],
      stale: [],
      notInApi: [],
    });
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
  const cases = CALLER_KINDS.map((kind) => ({ kind, allowed: isAllowed(op, kind), expected: isAllowed(op, kind) ? 'allowed' : `denied (${denialCode(kind)})` }));
  it.each(cases)('$kind: $expected', async ({ kind, allowed }) => {
    const field = name.split('.')[1];
    const r = await gql(s.gatewayUrl, op.document, op.variables?.() ?? {}, callers[kind]);
    if (allowed && op.allowedError) {
      expect((r.errors ?? []).map((e) => e.extensions?.code)).toEqual([op.allowedError]);
    } else if (allowed) {
      expect(r.errors ?? []).toEqual([]);
      expect(r.data).toHaveProperty([field]);
      op.expectAllowed?.(r.data[field]);
    } else {
      expect((r.errors ?? []).map((e) => e.extensions?.code)).toEqual([denialCode(kind)]);
      expect(r.data?.[field] ?? null).toBeNull();
    }
  });
});
