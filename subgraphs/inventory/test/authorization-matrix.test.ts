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
import { uuidv7 } from '@webwaka/kit';
import { authorizationMatrix, demoCallers, type CallerSpec, type MatrixOperation } from '../../../test/support/authorization-matrix';
import { schema } from '../src/schema';
import { receiveStock } from '../src/services/stock';
import { createItem, createLocation, serviceContext } from './support';

/** The callers (demo users from the seed; keys are created by ade-fashion's administrator). */
const CALLERS = {
  ...demoCallers('ade-fashion', 'naija-market'),
  KEY_READ_WRITE: { scopes: ['inventory:read', 'inventory:write'], madeBy: 'CLIENT_ADMIN' },
  KEY_READ: { scopes: ['inventory:read'], madeBy: 'CLIENT_ADMIN' },
  KEY_OTHER_SCOPES: { scopes: ['identity:read', 'catalog:read', 'catalog:write'], madeBy: 'CLIENT_ADMIN' },
} satisfies Record<string, CallerSpec>;
type CallerKind = keyof typeof CALLERS;

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

const OPERATIONS: Record<string, MatrixOperation<CallerKind>> = {
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
  // The stock report (issue 14): the tenant's whole stock, for managers and keys with inventory:read; no vendor.
  'Query.stockReport': { document: '{ stockReport(groupBy: LOCATION) { key onHand } }', allowed: [...ADMINS, 'STAFF', 'KEY_READ_WRITE', 'KEY_READ'], expectAllowed: (v) => expect(Array.isArray(v)).toBe(true) },
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
  'Subscription.inventoryChanged': {
    document: 'subscription { inventoryChanged { id onHand } }',
    allowed: READERS,
    // Allowed subscribers receive their own tenant's stock changes.
    provoke: async (caller) => {
      const prisma = matrix.stack().stack.prisma;
      // A vendor's feed carries its own variants' levels only (decision 0026): give it one of its own.
      const item = await createItem(prisma, caller.tenantId, { vendorOwnerUserId: caller.kind === 'VENDOR' ? caller.userId! : undefined });
      const loc = await createLocation(prisma, caller.tenantId);
      const levelId = (await receiveStock(serviceContext(prisma, caller.tenantId), { variantId: item.variantId, locationId: loc.id, quantity: 1 })).stockLevel.id;
      return (e) => e.inventoryChanged.id === levelId;
    },
  },
};

// The operations inventory adds to the API: its subgraph's root fields (federation's aside) and its live feed.
const matrix = authorizationMatrix({
  capability: 'inventory',
  subgraphSchema: schema,
  extra: ['Subscription.inventoryChanged'],
  callers: CALLERS,
  operations: OPERATIONS,
});
