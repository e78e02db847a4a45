/**
 * Authorization matrix for inventory: every root field inventory adds to the API (its queries and
 * mutations, and the gateway's `inventoryChanged` feed) called through the gateway by every kind of
 * caller. ONE table says who may call what; everyone else is refused with the right code:
 *   - anonymous (x-tenant only)                           -> UNAUTHENTICATED
 *   - an administrator whose session has not passed 2FA   -> TWO_FACTOR_REQUIRED
 *   - anyone else (other roles, keys without the scope)   -> FORBIDDEN
 * "Allowed" means the call reached its resolver: no GraphQL error (a userError such as NOT_FOUND is fine;
 * arguments are chosen to change nothing). A new inventory operation fails the coverage test until it is
 * added to the table.
 */
import { Kind, parse, validate, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { hashPassword, uuidv7, type PrismaClient, type RoleName } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { subscribe } from '../../../test/support/subscribe';
import { createUser, login } from '../../identity/test/support';
import { apiSchema, ownOperations } from '../../../test/support/operations';
import { schema } from '../src/schema';
import { receiveStock } from '../src/services/stock';
import { apiKey, createItem, createLocation, serviceContext, signIn, tenantId } from './support';

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

/** Where each caller acts (demo users from the seed; keys are created by ade-fashion's administrator). */
const TENANT_OF: Record<CallerKind, string> = {
  anonymous: 'ade-fashion',
  CUSTOMER: 'ade-fashion',
  VENDOR: 'naija-market',
  AGENT: 'naija-market',
  STAFF: 'ade-fashion',
  CLIENT_ADMIN: 'ade-fashion',
  PARTNER_ADMIN: 'lagos-digital',
  SUPER_ADMIN: 'webwaka',
  CLIENT_ADMIN_WITHOUT_2FA: 'ade-fashion',
  KEY_READ_WRITE: 'ade-fashion',
  KEY_READ: 'ade-fashion',
  KEY_OTHER_SCOPES: 'ade-fashion',
};

const denialCode = (kind: CallerKind) => (kind === 'anonymous' ? 'UNAUTHENTICATED' : kind === 'CLIENT_ADMIN_WITHOUT_2FA' ? 'TWO_FACTOR_REQUIRED' : 'FORBIDDEN');

// ---------------------------------------------------------------------------------------------------
// THE table
// ---------------------------------------------------------------------------------------------------

const ADMINS: readonly CallerKind[] = ['CLIENT_ADMIN', 'PARTNER_ADMIN', 'SUPER_ADMIN'];
/** STOCK_READERS: admins, staff, vendors (their own variants), keys with inventory:read. Agents see no stock. */
const READERS: readonly CallerKind[] = [...ADMINS, 'STAFF', 'VENDOR', 'KEY_READ_WRITE', 'KEY_READ'];
/** STOCK_WRITERS: admins, staff, keys with inventory:write. */
const WRITERS: readonly CallerKind[] = [...ADMINS, 'STAFF', 'KEY_READ_WRITE'];
/** STOCK_KEEPERS: the writers, and vendors for their own variants (receive, adjust, thresholds). */
const KEEPERS: readonly CallerKind[] = [...WRITERS, 'VENDOR'];
/** STOCK_ADMINS: admins, keys with inventory:write. */
const STOCK_ADMINS: readonly CallerKind[] = [...ADMINS, 'KEY_READ_WRITE'];

const codes = (p: { userErrors: { code: string }[] }) => p.userErrors.map((e) => e.code);
const connection = (c: any) => expect(Array.isArray(c.edges)).toBe(true);
const noSku = () => `NO-SUCH-${uuidv7()}`;

interface Operation {
  document: string;
  variables?: () => Record<string, unknown>;
  allowed: readonly CallerKind[];
  expectAllowed?: (value: any) => void;
}

const OPERATIONS: Record<string, Operation> = {
  // ----- Query -----
  'Query.locations': { document: '{ locations(first: 5) { edges { node { id } } } }', allowed: READERS, expectAllowed: connection },
  'Query.stockLevels': { document: '{ stockLevels(first: 5) { edges { node { id available } } } }', allowed: READERS, expectAllowed: connection },
  'Query.stockLevel': { document: 'query ($id: ID!) { stockLevel(id: $id) { id } }', variables: () => ({ id: uuidv7() }), allowed: READERS, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.stockMovements': { document: '{ stockMovements(first: 5) { edges { node { id } } } }', allowed: READERS, expectAllowed: connection },
  'Query.reorderSuggestions': { document: '{ reorderSuggestions(first: 5) { edges { node { suggestedQuantity } } } }', allowed: READERS, expectAllowed: connection },
  'Query.reservation': { document: 'query ($id: ID!) { reservation(id: $id) { id } }', variables: () => ({ id: uuidv7() }), allowed: READERS, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.reservations': { document: '{ reservations(first: 5) { edges { node { id } } } }', allowed: READERS, expectAllowed: connection },
  'Query.channelPolicies': { document: '{ channelPolicies { channel mode } }', allowed: READERS, expectAllowed: (v) => expect(v).toHaveLength(3) },
  'Query.channelAllocations': { document: '{ channelAllocations(first: 5) { edges { node { id } } } }', allowed: READERS, expectAllowed: connection },
  'Query.stockAlerts': { document: '{ stockAlerts(first: 5) { edges { node { id } } } }', allowed: READERS, expectAllowed: connection },
  'Query.stockConflicts': { document: '{ stockConflicts(first: 5) { edges { node { id } } } }', allowed: READERS, expectAllowed: connection },

  // ----- Mutation -----
  'Mutation.createLocation': {
    document: 'mutation { createLocation(input: { code: "not a code!", name: "x", kind: SHOP }) { location { id } userErrors { code } } }',
    allowed: WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.updateLocation': {
    document: 'mutation ($id: ID!) { updateLocation(input: { id: $id, name: "x" }) { location { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.deactivateLocation': {
    document: 'mutation ($id: ID!) { deactivateLocation(id: $id) { location { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.receiveStock': {
    document: 'mutation ($sku: String!, $loc: ID!) { receiveStock(input: { sku: $sku, locationId: $loc, quantity: 1 }) { stockLevel { id } userErrors { code } } }',
    variables: () => ({ sku: noSku(), loc: uuidv7() }),
    allowed: KEEPERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['UNKNOWN_SKU']),
  },
  'Mutation.adjustStock': {
    document: 'mutation ($sku: String!, $loc: ID!) { adjustStock(input: { sku: $sku, locationId: $loc, quantity: -1, reason: ADJUSTMENT }) { stockLevel { id } userErrors { code } } }',
    variables: () => ({ sku: noSku(), loc: uuidv7() }),
    allowed: KEEPERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['UNKNOWN_SKU']),
  },
  'Mutation.transferStock': {
    document: 'mutation ($sku: String!, $a: ID!, $b: ID!) { transferStock(input: { sku: $sku, fromLocationId: $a, toLocationId: $b, quantity: 1 }) { transfer { id } userErrors { code } } }',
    variables: () => ({ sku: noSku(), a: uuidv7(), b: uuidv7() }),
    allowed: WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['UNKNOWN_SKU']),
  },
  'Mutation.setStockThresholds': {
    document: 'mutation ($sku: String!, $loc: ID!) { setStockThresholds(input: { sku: $sku, locationId: $loc, lowStockThreshold: 1 }) { stockLevel { id } userErrors { code } } }',
    variables: () => ({ sku: noSku(), loc: uuidv7() }),
    allowed: KEEPERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['UNKNOWN_SKU']),
  },
  'Mutation.reserveStock': {
    document: 'mutation ($sku: String!) { reserveStock(input: { sku: $sku, quantity: 1, channel: SVM, ttlSeconds: 60 }) { reservation { id } userErrors { code } } }',
    variables: () => ({ sku: noSku() }),
    allowed: WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['UNKNOWN_SKU']),
  },
  'Mutation.commitReservation': {
    document: 'mutation ($id: ID!) { commitReservation(id: $id) { reservation { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.releaseReservation': {
    document: 'mutation ($id: ID!) { releaseReservation(id: $id) { reservation { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.setChannelPolicy': {
    // Sets the default again: no change.
    document: 'mutation { setChannelPolicy(channel: SVM, mode: SHARED) { policy { channel mode } userErrors { code } } }',
    allowed: STOCK_ADMINS,
    expectAllowed: (p) => expect(p).toEqual({ policy: { channel: 'SVM', mode: 'SHARED' }, userErrors: [] }),
  },
  'Mutation.allocateStock': {
    document: 'mutation ($sku: String!, $loc: ID!) { allocateStock(input: { channel: POS, sku: $sku, locationId: $loc, quantity: 1 }) { allocation { id } userErrors { code } } }',
    variables: () => ({ sku: noSku(), loc: uuidv7() }),
    allowed: WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['UNKNOWN_SKU']),
  },
  'Mutation.deallocateStock': {
    document: 'mutation ($sku: String!, $loc: ID!) { deallocateStock(input: { channel: POS, sku: $sku, locationId: $loc, quantity: 1 }) { allocation { id } userErrors { code } } }',
    variables: () => ({ sku: noSku(), loc: uuidv7() }),
    allowed: WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['UNKNOWN_SKU']),
  },
  'Mutation.applyStockMovements': {
    document: 'mutation ($m: [OfflineMovementInput!]!) { applyStockMovements(movements: $m) { results { status } userErrors { code } } }',
    variables: () => ({ m: [{ clientId: uuidv7(), sku: noSku(), locationId: uuidv7(), quantity: -1, reason: 'SALE', occurredAt: new Date().toISOString() }] }),
    allowed: WRITERS,
    expectAllowed: (p) => expect(p).toEqual({ results: null, userErrors: [{ code: 'UNKNOWN_SKU' }] }),
  },
  'Mutation.acknowledgeAlert': {
    document: 'mutation ($id: ID!) { acknowledgeAlert(id: $id) { alert { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.resolveStockConflict': {
    document: 'mutation ($id: ID!) { resolveStockConflict(id: $id) { conflict { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: WRITERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },

  // ----- Subscription (graphql-ws) -----
  'Subscription.inventoryChanged': { document: 'subscription { inventoryChanged { id onHand } }', allowed: READERS },
};

/** The operations inventory adds to the API: its subgraph's root fields (federation's aside) and its live feed. */
const inventoryOperations = (): string[] => ownOperations(schema, { extra: ['Subscription.inventoryChanged'] });

// ---------------------------------------------------------------------------------------------------
// Stack and callers
// ---------------------------------------------------------------------------------------------------

let s: TestStack;
let prisma: PrismaClient;
const callers = {} as Record<CallerKind, { headers: Record<string, string>; ws: Record<string, string> }>;

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
  for (const [kind, [user, tenant]] of Object.entries(users) as [CallerKind, [any, string]][]) {
    const headers = await signIn(s, tenant, user);
    callers[kind] = { headers, ws: { authorization: headers.authorization } };
  }
  for (const [kind, email, tenant] of [
    ['PARTNER_ADMIN', 'partner@webwaka.test', 'lagos-digital'],
    ['SUPER_ADMIN', 'superadmin@webwaka.test', 'webwaka'],
  ] as const) {
    const session = await login(s.gatewayUrl, tenant, email, s.demo.password, s.demo.totpSecret, prisma);
    callers[kind] = { headers: { authorization: `Bearer ${session.accessToken}` }, ws: { authorization: `Bearer ${session.accessToken}` } };
  }
  const email = `inventory-admin-${uuidv7()}@matrix.test`;
  await createUser(prisma, { email, passwordHash: await hashPassword(s.demo.password), memberships: [{ tenantId: await tenantId(prisma, 'ade-fashion'), role: 'CLIENT_ADMIN' as RoleName }] });
  const noTwoFactor = await login(s.gatewayUrl, 'ade-fashion', email, s.demo.password);
  callers.CLIENT_ADMIN_WITHOUT_2FA = { headers: { authorization: `Bearer ${noTwoFactor.accessToken}` }, ws: { authorization: `Bearer ${noTwoFactor.accessToken}` } };
  callers.anonymous = { headers: { 'x-tenant': 'ade-fashion' }, ws: { tenant: 'ade-fashion' } };
  for (const [kind, scopes] of [
    ['KEY_READ_WRITE', ['inventory:read', 'inventory:write']],
    ['KEY_READ', ['inventory:read']],
    ['KEY_OTHER_SCOPES', ['identity:read', 'catalog:read', 'catalog:write']],
  ] as const) {
    const headers = await apiKey(s, callers.CLIENT_ADMIN.headers, [...scopes]);
    callers[kind] = { headers, ws: { apiKey: headers['x-api-key'] } };
  }
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

describe('the table', () => {
  it('lists every inventory operation of the API (and nothing else)', () => {
    const ops = inventoryOperations();
    const api = apiSchema();
    const inApi = (op: string) => {
      const [type, field] = op.split('.');
      return !!(type === 'Query' ? api.getQueryType() : type === 'Mutation' ? api.getMutationType() : api.getSubscriptionType())?.getFields()[field];
    };
    expect({ missing: ops.filter((op) => !(op in OPERATIONS)), stale: Object.keys(OPERATIONS).filter((op) => !ops.includes(op)), notInApi: ops.filter((op) => !inApi(op)) }).toEqual({
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

async function checkHttp(name: string, op: Operation, kind: CallerKind, allowed: boolean) {
  const field = name.split('.')[1];
  const r = await gql(s.gatewayUrl, op.document, op.variables?.() ?? {}, callers[kind].headers);
  if (allowed) {
    expect(r.errors ?? []).toEqual([]);
    expect(r.data).toHaveProperty([field]);
    op.expectAllowed?.(r.data[field]);
  } else {
    expect((r.errors ?? []).map((e) => e.extensions?.code)).toEqual([denialCode(kind)]);
    expect(r.data?.[field] ?? null).toBeNull();
  }
}

/** Allowed subscribers stay connected and receive their own tenant's stock changes; others get the denial code. */
async function checkSubscription(op: Operation, kind: CallerKind, allowed: boolean) {
  const sub = subscribe<{ inventoryChanged: { id: string; onHand: number } }>(s.wsUrl, op.document, callers[kind].ws);
  try {
    if (allowed) {
      const tenant = await tenantId(prisma, TENANT_OF[kind]);
      // A vendor's feed carries its own variants' levels only (decision 0026): give it one of its own.
      const owner = kind === 'VENDOR' ? (await prisma.user.findFirstOrThrow({ where: { email: 'vendor@webwaka.test' } })).id : undefined;
      const item = await createItem(prisma, tenant, { vendorOwnerUserId: owner });
      const loc = await createLocation(prisma, tenant);
      // The subscription may not be listening yet when the first change is published: keep changing.
      let levelId = '';
      const deadline = Date.now() + 15_000;
      while (Date.now() < deadline && !sub.events.some((e) => e.inventoryChanged.id === levelId)) {
        levelId = (await receiveStock(serviceContext(prisma, tenant), { variantId: item.variantId, locationId: loc.id, quantity: 1 })).stockLevel.id;
        await sub.next((e) => e.inventoryChanged.id === levelId, 1500).catch(() => null);
      }
      expect({ got: sub.events.some((e) => e.inventoryChanged.id === levelId), errors: sub.errors }).toEqual({ got: true, errors: [] });
    } else {
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline && sub.errors.length === 0) await new Promise((r) => setTimeout(r, 50));
      const errorCodes = sub.errors.flatMap((e: any) => (Array.isArray(e) ? e : [e])).map((e: any) => e?.extensions?.code ?? String(e?.code ?? e));
      expect(errorCodes).toEqual([denialCode(kind)]);
      expect(sub.events).toEqual([]);
    }
  } finally {
    await sub.close();
  }
}

describe.each(Object.entries(OPERATIONS))('%s', (name, op) => {
  const cases = CALLER_KINDS.map((kind) => ({ kind, allowed: op.allowed.includes(kind), expected: op.allowed.includes(kind) ? 'allowed' : `denied (${denialCode(kind)})` }));
  it.each(cases)('$kind: $expected', ({ kind, allowed }) => (name.startsWith('Subscription.') ? checkSubscription(op, kind, allowed) : checkHttp(name, op, kind, allowed)));
});
