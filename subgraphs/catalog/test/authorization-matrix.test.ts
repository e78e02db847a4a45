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
import { hashPassword, uuidv7, type Actor, type RoleName } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { bearer, gql } from '../../../test/support/graphql';
import { createUser, login } from '../../identity/test/support';

import { OWNED_BY_PRICING } from './pricing-operations';
import { apiSchema, catalogOperations, codes, CREATE_PRODUCT, makeApiKey, makePerson, makeTenant, makeVendor, payload, productInput, serviceCtx, type Tenant } from './support';

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
  // Fresh users holding two roles in the marketplace (decision 0025): allowed what either role is, and seeing
  // the union of what each role sees, each scoped as that role (a vendor's own drafts and listings, never
  // another vendor's; an administrator's view only with the second factor).
  'CUSTOMER+VENDOR',
  'AGENT+VENDOR',
  'STAFF+VENDOR',
  'VENDOR+CLIENT_ADMIN_WITHOUT_2FA',
  'CUSTOMER+AGENT',
  'CUSTOMER+CLIENT_ADMIN_WITHOUT_2FA',
] as const;
type CallerKind = (typeof CALLER_KINDS)[number];

/** The single-role callers a two-role caller combines, and the roles it is given. */
const TWO_ROLES: Partial<Record<CallerKind, { parts: CallerKind[]; roles: RoleName[] }>> = {
  'CUSTOMER+VENDOR': { parts: ['CUSTOMER', 'VENDOR'], roles: ['CUSTOMER', 'VENDOR'] },
  'AGENT+VENDOR': { parts: ['AGENT', 'VENDOR'], roles: ['AGENT', 'VENDOR'] },
  'STAFF+VENDOR': { parts: ['STAFF', 'VENDOR'], roles: ['STAFF', 'VENDOR'] },
  'VENDOR+CLIENT_ADMIN_WITHOUT_2FA': { parts: ['VENDOR', 'CLIENT_ADMIN_WITHOUT_2FA'], roles: ['VENDOR', 'CLIENT_ADMIN'] },
  'CUSTOMER+AGENT': { parts: ['CUSTOMER', 'AGENT'], roles: ['CUSTOMER', 'AGENT'] },
  'CUSTOMER+CLIENT_ADMIN_WITHOUT_2FA': { parts: ['CUSTOMER', 'CLIENT_ADMIN_WITHOUT_2FA'], roles: ['CUSTOMER', 'CLIENT_ADMIN'] },
};
const partsOf = (kind: CallerKind) => TWO_ROLES[kind]?.parts ?? [kind];
const holds = (kind: CallerKind, part: CallerKind) => partsOf(kind).includes(part);
const isAllowed = (op: { allowed: readonly CallerKind[] }, kind: CallerKind) => partsOf(kind).some((k) => op.allowed.includes(k));

interface Caller {
  kind: CallerKind;
  headers: Record<string, string>;
}

const denialCode = (kind: CallerKind, op: Operation) =>
  kind === 'anonymous' ? 'UNAUTHENTICATED' : holds(kind, 'CLIENT_ADMIN_WITHOUT_2FA') && op.allowed.includes('CLIENT_ADMIN') ? 'TWO_FACTOR_REQUIRED' : 'FORBIDDEN';

/**
 * The marketplace's products and listings, set up before the table runs: every caller holding VENDOR owns
 * an approved vendor with one ACTIVE product (listed) and one DRAFT product. What a caller may see of them
 * is then exact: managers and readers everything; a vendor the public products plus its OWN draft and
 * listing; everyone else the public products only. Administrators of other tenants are not checked here.
 */
interface Owned {
  vendorId: string;
  active: string;
  draft: string;
  listings: string[];
}
const owned = {} as Partial<Record<CallerKind, Owned>>;
const sorted = (ids: string[]) => [...ids].sort();
/** Managers and catalog keys of the marketplace (an administrator only with the second factor). */
const readsAll = (kind: CallerKind) => (['CLIENT_ADMIN', 'STAFF', 'API_KEY_READ', 'API_KEY_WRITE'] as CallerKind[]).some((k) => holds(kind, k));
const elsewhere = (kind: CallerKind) => kind === 'PARTNER_ADMIN' || kind === 'SUPER_ADMIN';
const all = (pick: (o: Owned) => string[]) => Object.values(owned).flatMap((o) => pick(o!));
function productsSeenBy(kind: CallerKind): string[] {
  if (readsAll(kind)) return sorted(all((o) => [o.active, o.draft]));
  return sorted([...all((o) => [o.active]), ...(owned[kind] ? [owned[kind]!.draft] : [])]);
}

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
    expectAllowed: (v, c) => expect(v).toEqual(owned[c.kind] ? { id: owned[c.kind]!.vendorId, status: 'APPROVED' } : null),
  },
  'Query.product': { document: 'query { product(slug: "no-such-product") { id } }', allowed: EVERYONE, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.productById': { document: 'query ($id: ID!) { productById(id: $id) { id } }', variables: random, allowed: EVERYONE, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.products': {
    document: 'query { products(first: 100) { edges { node { id } } } }',
    allowed: EVERYONE,
    expectAllowed: (v, c) => (elsewhere(c.kind) ? expect(Array.isArray(v.edges)).toBe(true) : expect(sorted(v.edges.map((e: any) => e.node.id))).toEqual(productsSeenBy(c.kind))),
  },
  'Query.categories': { document: 'query { categories { id } }', allowed: EVERYONE, expectAllowed: (v) => expect(Array.isArray(v)).toBe(true) },
  'Query.category': { document: 'query { category(slug: "no-such-category") { id } }', allowed: EVERYONE, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.collection': { document: 'query { collection(slug: "no-such-collection") { id } }', allowed: EVERYONE, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.marketplaceListings': {
    document: 'query { marketplaceListings(first: 100) { edges { node { id } } } }',
    allowed: BACKOFFICE_READERS,
    expectAllowed: (v, c) =>
      elsewhere(c.kind)
        ? expect(Array.isArray(v.edges)).toBe(true)
        : expect(sorted(v.edges.map((e: any) => e.node.id))).toEqual(sorted(readsAll(c.kind) ? all((o) => o.listings) : (owned[c.kind]?.listings ?? []))),
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
  // Who may change a vendor's bank is decided per vendor (its owner, an administrator with 2FA): an unknown id is NOT_FOUND for every signed-in caller (decision 0031).
  'Mutation.setVendorPayoutBank': {
    document: 'mutation ($id: ID!) { setVendorPayoutBank(vendorId: $id, input: { bankName: "B", accountName: "A", accountNumber: "0123456789" }) { vendor { id } userErrors { code } } }',
    variables: random,
    allowed: SIGNED_IN,
    expectAllowed: userErrors('NOT_FOUND'),
  },
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

  // Two-role users; those holding VENDOR apply and are approved, like the single VENDOR.
  const { applyAsVendor, approveVendor } = await import('../src/services/vendors');
  const passwordHash = await hashPassword(s.demo.password);
  const vendorOf = {} as Partial<Record<CallerKind, string>>;
  vendorOf.VENDOR = (await prisma.vendor.findFirstOrThrow({ where: { tenantId: market.id, name: 'Matrix Vendor' } })).id;
  for (const [kind, { roles }] of Object.entries(TWO_ROLES) as [CallerKind, { roles: RoleName[] }][]) {
    const email = `catalog-two-roles-${uuidv7()}@matrix.test`;
    const user = await createUser(prisma, { email, passwordHash, memberships: roles.map((role) => ({ tenantId: market.id, role })) });
    callers[kind] = { kind, headers: bearer((await login(s.gatewayUrl, market.slug, email, s.demo.password)).accessToken) };
    if (roles.includes('VENDOR')) {
      const actor: Actor = { kind: 'user', tenantId: market.id, userId: user.id, roles, scopes: [], apiKeyId: null, sessionId: null, mfa: false };
      const applied = await applyAsVendor(serviceCtx(prisma, actor), {
        businessName: `Matrix ${kind}`,
        legalName: `Matrix ${kind} Ltd`,
        tin: '12345678-0001',
        email: `hello-${uuidv7()}@vendor.example.ng`,
        phone: '+2348031234567',
        address: '1 Marina, Lagos Island',
      });
      vendorOf[kind] = (await approveVendor(serviceCtx(prisma, admin.actor), applied.id)).id;
    }
  }
  // Each vendor's ACTIVE product (published in the marketplace, so listed) and DRAFT product.
  for (const [kind, vendorId] of Object.entries(vendorOf) as [CallerKind, string][]) {
    const create = async (status: 'ACTIVE' | 'DRAFT') =>
      (await payload(s, admin, CREATE_PRODUCT, { input: productInput(`Matrix ${status} ${kind}`, [`MX-${uuidv7()}`], { status, vendorId }) }, 'createProduct')).product.id as string;
    const active = await create('ACTIVE');
    const draft = await create('DRAFT');
    const listings = (await prisma.marketplaceListing.findMany({ where: { tenantId: market.id, vendorId }, select: { id: true } })).map((l) => l.id);
    expect(listings).toHaveLength(1);
    owned[kind] = { vendorId, active, draft, listings };
  }
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
  const cases = CALLER_KINDS.map((kind) => ({ kind, allowed: isAllowed(op, kind), expected: isAllowed(op, kind) ? 'allowed' : `denied (${denialCode(kind, op)})` }));
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
