/**
 * Authorization matrix of catalog's operations: every Query and Mutation field of the catalog subgraph
 * (pricing's aside: its own tests cover them), called through the gateway by every kind of caller. ONE
 * table below says who may call what; everyone else is refused with the right code:
 *   - anonymous (x-tenant only)                                       -> UNAUTHENTICATED
 *   - an administrator whose session has not passed 2FA, on an
 *     operation open to administrators                                -> TWO_FACTOR_REQUIRED
 *   - anyone else (other roles, API keys without the scope)           -> FORBIDDEN
 * "Allowed" means the resolver ran: no GraphQL error, and the answer the table expects (arguments are
 * chosen to be harmless: unknown ids, invalid input). A new catalog operation fails the coverage test
 * until it is added here.
 */
import { parse, validate, Kind, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { uuidv7 } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { bearer, gql } from '../../../test/support/graphql';
import { login } from '../../identity/test/support';

import { OWNED_BY_PRICING } from './pricing-operations';
import { apiSchema, catalogOperations, codes, makeApiKey, makePerson, makeTenant, makeVendor, type Tenant } from './support';

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
  'API_KEY_READ',
  'API_KEY_WRITE',
] as const;
type CallerKind = (typeof CALLER_KINDS)[number];

interface Caller {
  kind: CallerKind;
  headers: Record<string, string>;
}

const denialCode = (kind: CallerKind, op: Operation) =>
  kind === 'anonymous' ? 'UNAUTHENTICATED' : kind === 'CLIENT_ADMIN_WITHOUT_2FA' && op.allowed.includes('CLIENT_ADMIN') ? 'TWO_FACTOR_REQUIRED' : 'FORBIDDEN';

// ---------------------------------------------------------------------------------------------------
// THE table
// ---------------------------------------------------------------------------------------------------

const EVERYONE: readonly CallerKind[] = CALLER_KINDS;
const SIGNED_IN: readonly CallerKind[] = ['CUSTOMER', 'VENDOR', 'AGENT', 'STAFF', 'CLIENT_ADMIN', 'PARTNER_ADMIN', 'SUPER_ADMIN', 'CLIENT_ADMIN_WITHOUT_2FA'];
const ADMINS: readonly CallerKind[] = ['CLIENT_ADMIN', 'PARTNER_ADMIN', 'SUPER_ADMIN'];
/** Categories, collections: administrators, staff, catalog:write keys. */
const MANAGERS: readonly CallerKind[] = [...ADMINS, 'STAFF', 'API_KEY_WRITE'];
/** Products: managers and vendors (their own products; the service confines them). */
const WRITERS: readonly CallerKind[] = [...MANAGERS, 'VENDOR'];
/** Listings: administrators, staff, vendors (their own), catalog:read keys. */
const BACKOFFICE_READERS: readonly CallerKind[] = [...ADMINS, 'STAFF', 'VENDOR', 'API_KEY_READ'];

interface Operation {
  document: string;
  variables?: () => Record<string, unknown>;
  allowed: readonly CallerKind[];
  /** What an allowed call answers (shows the resolver ran). */
  expectAllowed?: (value: any, caller: Caller) => void;
}

const random = () => ({ id: uuidv7() });
const userErrors = (...expected: string[]) => (p: any) => expect(codes(p)).toEqual(expected);

const OPERATIONS: Record<string, Operation> = {
  // ----- Query -----
  'Query.catalogSettings': { document: 'query { catalogSettings { taxRateBps } }', allowed: EVERYONE, expectAllowed: (v) => expect(v.taxRateBps).toBe(750) },
  'Query.vendor': { document: 'query ($id: ID!) { vendor(id: $id) { id } }', variables: random, allowed: EVERYONE, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.vendors': { document: 'query { vendors(first: 5) { edges { node { id name } } } }', allowed: EVERYONE, expectAllowed: (v) => expect(Array.isArray(v.edges)).toBe(true) },
  'Query.vendorApplications': { document: 'query { vendorApplications(first: 5) { edges { node { id } } } }', allowed: ADMINS, expectAllowed: (v) => expect(Array.isArray(v.edges)).toBe(true) },
  'Query.myVendor': {
    document: 'query { myVendor { id status } }',
    allowed: SIGNED_IN,
    expectAllowed: (v, c) => (c.kind === 'VENDOR' ? expect(v.status).toBe('APPROVED') : expect(v).toBeNull()),
  },
  'Query.product': { document: 'query { product(slug: "no-such-product") { id } }', allowed: EVERYONE, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.productById': { document: 'query ($id: ID!) { productById(id: $id) { id } }', variables: random, allowed: EVERYONE, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.products': { document: 'query { products(first: 5) { edges { node { id } } } }', allowed: EVERYONE, expectAllowed: (v) => expect(Array.isArray(v.edges)).toBe(true) },
  'Query.categories': { document: 'query { categories { id } }', allowed: EVERYONE, expectAllowed: (v) => expect(Array.isArray(v)).toBe(true) },
  'Query.category': { document: 'query { category(slug: "no-such-category") { id } }', allowed: EVERYONE, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.collection': { document: 'query { collection(slug: "no-such-collection") { id } }', allowed: EVERYONE, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.marketplaceListings': {
    document: 'query { marketplaceListings(first: 5) { edges { node { id } } } }',
    allowed: BACKOFFICE_READERS,
    expectAllowed: (v) => expect(Array.isArray(v.edges)).toBe(true),
  },
  'Query.searchProducts': {
    document: 'query { searchProducts(query: "adire", first: 5) { totalCount edges { node { id } } } }',
    allowed: EVERYONE,
    expectAllowed: (v) => expect(typeof v.totalCount).toBe('number'),
  },

  // ----- Mutation -----
  'Mutation.updateCatalogSettings': {
    document: 'mutation { updateCatalogSettings(input: { taxRateBps: -1 }) { settings { taxRateBps } userErrors { code } } }',
    allowed: ADMINS,
    expectAllowed: userErrors('BAD_USER_INPUT'),
  },
  'Mutation.applyAsVendor': {
    document:
      'mutation { applyAsVendor(input: { businessName: "Matrix", legalName: "Matrix Ltd", tin: "not-a-tin", email: "m@example.ng", phone: "+2348030000000", address: "1 Matrix Road, Lagos" }) { vendor { id } userErrors { code } } }',
    allowed: SIGNED_IN,
    expectAllowed: userErrors('BAD_USER_INPUT'),
  },
  'Mutation.approveVendor': { document: 'mutation ($id: ID!) { approveVendor(id: $id) { vendor { id } userErrors { code } } }', variables: random, allowed: ADMINS, expectAllowed: userErrors('NOT_FOUND') },
  'Mutation.rejectVendor': { document: 'mutation ($id: ID!) { rejectVendor(id: $id, reason: "no") { vendor { id } userErrors { code } } }', variables: random, allowed: ADMINS, expectAllowed: userErrors('NOT_FOUND') },
  'Mutation.suspendVendor': { document: 'mutation ($id: ID!) { suspendVendor(id: $id, reason: "no") { vendor { id } userErrors { code } } }', variables: random, allowed: ADMINS, expectAllowed: userErrors('NOT_FOUND') },
  'Mutation.reinstateVendor': { document: 'mutation ($id: ID!) { reinstateVendor(id: $id) { vendor { id } userErrors { code } } }', variables: random, allowed: ADMINS, expectAllowed: userErrors('NOT_FOUND') },
  'Mutation.createProduct': {
    document: 'mutation { createProduct(input: { title: "", variants: [{ sku: "MATRIX-1" }] }) { product { id } userErrors { code field } } }',
    allowed: WRITERS,
    expectAllowed: (p) => expect(p).toEqual({ product: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['title'] }] }),
  },
  'Mutation.updateProduct': { document: 'mutation ($id: ID!) { updateProduct(id: $id, input: { title: "x" }) { product { id } userErrors { code } } }', variables: random, allowed: WRITERS, expectAllowed: userErrors('NOT_FOUND') },
  'Mutation.setProductStatus': { document: 'mutation ($id: ID!) { setProductStatus(id: $id, status: ACTIVE) { product { id } userErrors { code } } }', variables: random, allowed: WRITERS, expectAllowed: userErrors('NOT_FOUND') },
  'Mutation.addVariant': { document: 'mutation ($id: ID!) { addVariant(productId: $id, input: { sku: "MATRIX-2" }) { variant { id } userErrors { code } } }', variables: random, allowed: WRITERS, expectAllowed: userErrors('NOT_FOUND') },
  'Mutation.updateVariant': { document: 'mutation ($id: ID!) { updateVariant(id: $id, input: { title: "x" }) { variant { id } userErrors { code } } }', variables: random, allowed: WRITERS, expectAllowed: userErrors('NOT_FOUND') },
  'Mutation.addProductMedia': {
    document: 'mutation ($id: ID!) { addProductMedia(productId: $id, input: { url: "https://cdn.example.ng/x.jpg" }) { media { url } userErrors { code } } }',
    variables: random,
    allowed: WRITERS,
    expectAllowed: userErrors('NOT_FOUND'),
  },
  'Mutation.createCategory': { document: 'mutation { createCategory(input: { name: "" }) { category { id } userErrors { code } } }', allowed: MANAGERS, expectAllowed: userErrors('BAD_USER_INPUT') },
  'Mutation.createCollection': { document: 'mutation { createCollection(input: { title: "" }) { collection { id } userErrors { code } } }', allowed: MANAGERS, expectAllowed: userErrors('BAD_USER_INPUT') },
  'Mutation.addToCollection': {
    document: 'mutation ($id: ID!) { addToCollection(input: { collectionId: $id, productId: $id }) { collection { id } userErrors { code } } }',
    variables: random,
    allowed: MANAGERS,
    expectAllowed: userErrors('NOT_FOUND'),
  },
  'Mutation.listProductInMarketplace': {
    document: 'mutation ($id: ID!) { listProductInMarketplace(productId: $id) { listing { id } userErrors { code } } }',
    variables: random,
    allowed: WRITERS,
    expectAllowed: userErrors('NOT_FOUND'),
  },
};


// ---------------------------------------------------------------------------------------------------
// Stack and callers
// ---------------------------------------------------------------------------------------------------

let s: TestStack;
let market: Tenant;
const callers = {} as Record<CallerKind, Caller>;

beforeAll(async () => {
  s = await startStack();
  const prisma = s.stack.prisma;
  market = await makeTenant(prisma, 'MARKETPLACE', 'matrix');
  const admin = await makePerson(s, market, 'CLIENT_ADMIN');
  callers.CLIENT_ADMIN = { kind: 'CLIENT_ADMIN', headers: admin.headers };
  callers.CLIENT_ADMIN_WITHOUT_2FA = { kind: 'CLIENT_ADMIN_WITHOUT_2FA', headers: (await makePerson(s, market, 'CLIENT_ADMIN', { twoFactor: false })).headers };
  for (const role of ['CUSTOMER', 'AGENT', 'STAFF'] as const) callers[role] = { kind: role, headers: (await makePerson(s, market, role)).headers };
  callers.VENDOR = { kind: 'VENDOR', headers: (await makeVendor(s, market, admin, 'Matrix Vendor')).person.headers };
  // Administrators of the partner and the platform, acting in their own tenants (demo users).
  for (const [kind, slug, email] of [
    ['PARTNER_ADMIN', 'lagos-digital', 'partner@webwaka.test'],
    ['SUPER_ADMIN', 'webwaka', 'superadmin@webwaka.test'],
  ] as const) {
    callers[kind] = { kind, headers: bearer((await login(s.gatewayUrl, slug, email, s.demo.password, s.demo.totpSecret, prisma)).accessToken) };
  }
  callers.anonymous = { kind: 'anonymous', headers: { 'x-tenant': market.slug } };
  callers.API_KEY_READ = { kind: 'API_KEY_READ', headers: (await makeApiKey(s, admin, ['catalog:read'])).headers };
  callers.API_KEY_WRITE = { kind: 'API_KEY_WRITE', headers: (await makeApiKey(s, admin, ['catalog:write'])).headers };
});
afterAll(async () => {
  await s?.stop();
});

describe('the table', () => {
  it("lists every catalog operation of the API schema but pricing's (and nothing else)", () => {
    const inSchema = catalogOperations(OWNED_BY_PRICING);
    const missing = inSchema.filter((op) => !(op in OPERATIONS));
    const stale = Object.keys(OPERATIONS).filter((op) => !inSchema.includes(op));
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
  });

  it('has a valid document per operation whose one root field is that operation', () => {
    const schema = apiSchema();
    for (const [name, op] of Object.entries(OPERATIONS)) {
      const doc = parse(op.document);
      expect({ name, errors: validate(schema, doc).map((e) => e.message) }).toEqual({ name, errors: [] });
      const def = doc.definitions[0] as OperationDefinitionNode;
      const [type, field] = name.split('.');
      expect(`${def.operation}:${(def.selectionSet.selections as FieldNode[]).map((f) => f.kind === Kind.FIELD && f.name.value).join(',')}`).toBe(`${type.toLowerCase()}:${field}`);
    }
  });
});

describe.each(Object.entries(OPERATIONS))('%s', (name, op) => {
  const cases = CALLER_KINDS.map((kind) => ({ kind, allowed: op.allowed.includes(kind), expected: op.allowed.includes(kind) ? 'allowed' : `denied (${denialCode(kind, op)})` }));
  it.each(cases)('$kind: $expected', async ({ kind, allowed }) => {
    const caller = callers[kind];
    const field = name.split('.')[1];
    const r = await gql(s.gatewayUrl, op.document, op.variables?.() ?? {}, caller.headers);
    if (allowed) {
      expect(r.errors ?? []).toEqual([]);
      expect(r.data).toHaveProperty([field]);
      op.expectAllowed?.(r.data[field], caller);
    } else {
      expect((r.errors ?? []).map((e) => e.extensions?.code)).toEqual([denialCode(kind, op)]);
      expect(r.data?.[field] ?? null).toBeNull();
    }
  });
});
