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
import { uuidv7, type Actor } from '@webwaka/kit';
import { authorizationMatrix, callerKinds, type CallerSpec, type MatrixCaller, type MatrixOperation } from '../../../test/support/authorization-matrix';
import { schema } from '../src/schema';
import { applyAsVendor, approveVendor } from '../src/services/vendors';
import { OWNED_BY_PRICING } from './pricing-operations';
import { codes, CREATE_PRODUCT, makeTenant, payload, productInput, serviceCtx, vendorApplication, type Tenant } from './support';

/** The marketplace the callers act in: a tenant of this test's own (made before the callers). */
let market: Tenant;
const MARKET = () => market.slug;

/** Fresh users of the marketplace (administrators with 2FA unless said otherwise); demo administrators of the partner and the platform in their own tenants. */
const CALLERS = {
  anonymous: { anonymous: true, tenant: MARKET },
  CUSTOMER: { roles: ['CUSTOMER'], tenant: MARKET },
  VENDOR: { roles: ['VENDOR'], tenant: MARKET },
  AGENT: { roles: ['AGENT'], tenant: MARKET },
  STAFF: { roles: ['STAFF'], tenant: MARKET },
  CLIENT_ADMIN: { roles: ['CLIENT_ADMIN'], tenant: MARKET, twoFactor: true },
  PARTNER_ADMIN: { demoUser: 'partner', tenant: 'lagos-digital' },
  SUPER_ADMIN: { demoUser: 'superadmin', tenant: 'webwaka' },
  CLIENT_ADMIN_WITHOUT_2FA: { roles: ['CLIENT_ADMIN'], tenant: MARKET },
  API_KEY_READ: { scopes: ['catalog:read'], madeBy: 'CLIENT_ADMIN' },
  API_KEY_WRITE: { scopes: ['catalog:write'], madeBy: 'CLIENT_ADMIN' },
  // Fresh users holding two roles in the marketplace (decision 0025): allowed what either role is, and seeing
  // the union of what each role sees, each scoped as that role (a vendor's own drafts and listings, never
  // another vendor's; an administrator's view only with the second factor).
  'CUSTOMER+VENDOR': { roles: ['CUSTOMER', 'VENDOR'], tenant: MARKET, parts: ['CUSTOMER', 'VENDOR'] },
  'AGENT+VENDOR': { roles: ['AGENT', 'VENDOR'], tenant: MARKET, parts: ['AGENT', 'VENDOR'] },
  'STAFF+VENDOR': { roles: ['STAFF', 'VENDOR'], tenant: MARKET, parts: ['STAFF', 'VENDOR'] },
  'VENDOR+CLIENT_ADMIN_WITHOUT_2FA': { roles: ['VENDOR', 'CLIENT_ADMIN'], tenant: MARKET, parts: ['VENDOR', 'CLIENT_ADMIN_WITHOUT_2FA'] },
  'CUSTOMER+AGENT': { roles: ['CUSTOMER', 'AGENT'], tenant: MARKET, parts: ['CUSTOMER', 'AGENT'] },
  'CUSTOMER+CLIENT_ADMIN_WITHOUT_2FA': { roles: ['CUSTOMER', 'CLIENT_ADMIN'], tenant: MARKET, parts: ['CUSTOMER', 'CLIENT_ADMIN_WITHOUT_2FA'] },
} satisfies Record<string, CallerSpec>;
type CallerKind = keyof typeof CALLERS;
type Caller = MatrixCaller<CallerKind>;
const { kinds: CALLER_KINDS, holds } = callerKinds<CallerKind>(CALLERS);

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


const random = () => ({ id: uuidv7() });
const userErrors = (...expected: string[]) => (p: any) => expect(codes(p)).toEqual(expected);

const OPERATIONS: Record<string, MatrixOperation<CallerKind>> = {
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
  'Query.collections': { document: 'query { collections(first: 100) { edges { node { id } } } }', allowed: EVERYONE, expectAllowed: (v) => expect(Array.isArray(v.edges)).toBe(true) },
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
  // Only a vendor edits its own profile (no id: the service finds the caller's vendor); a bad e-mail keeps it harmless.
  'Mutation.updateMyVendorProfile': {
    document: 'mutation { updateMyVendorProfile(input: { name: "Matrix", email: "not-an-email", phone: "+2348030000000", address: "1 Matrix Road, Lagos" }) { vendor { id } userErrors { code field } } }',
    allowed: ['VENDOR'],
    expectAllowed: (p) => expect(p).toEqual({ vendor: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'email'] }] }),
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
  'Mutation.updateCategory': { document: 'mutation ($id: ID!) { updateCategory(input: { id: $id, name: "x" }) { category { id } userErrors { code } } }', variables: random, allowed: MANAGERS, expectAllowed: userErrors('NOT_FOUND') },
  'Mutation.moveCategory': { document: 'mutation ($id: ID!) { moveCategory(input: { id: $id }) { category { id } userErrors { code } } }', variables: random, allowed: MANAGERS, expectAllowed: userErrors('NOT_FOUND') },
  'Mutation.deleteCategory': { document: 'mutation ($id: ID!) { deleteCategory(id: $id) { category { id } userErrors { code } } }', variables: random, allowed: MANAGERS, expectAllowed: userErrors('NOT_FOUND') },
  'Mutation.createCollection': { document: 'mutation { createCollection(input: { title: "" }) { collection { id } userErrors { code } } }', allowed: MANAGERS, expectAllowed: userErrors('BAD_USER_INPUT') },
  'Mutation.addToCollection': {
    document: 'mutation ($id: ID!) { addToCollection(input: { collectionId: $id, productId: $id }) { collection { id } userErrors { code } } }',
    variables: random,
    allowed: MANAGERS,
    expectAllowed: userErrors('NOT_FOUND'),
  },
  'Mutation.removeFromCollection': {
    document: 'mutation ($id: ID!) { removeFromCollection(collectionId: $id, productId: $id) { collection { id } userErrors { code } } }',
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


// Pricing's operations are left out: its own tests cover them.
const matrix = authorizationMatrix({
  capability: 'catalog',
  subgraphSchema: schema,
  exclude: OWNED_BY_PRICING,
  // Commerce prices a checkout through this peer call (subgraphs/catalog/test/checkout-quote.test.ts).
  peerOnly: ['Query.checkoutQuote'],
  callers: CALLERS,
  operations: OPERATIONS,
  before: async (s) => {
    market = await makeTenant(s.stack.prisma, 'MARKETPLACE', 'matrix');
  },
});

/** A caller as the services see it (vendors apply through the service, as the resolver would). */
const actorOf = (c: Caller): Actor => ({ kind: 'user', tenantId: c.tenantId, userId: c.userId, roles: c.session!.roles, scopes: [], apiKeyId: null, sessionId: null, mfa: c.session!.twoFactorVerified });

beforeAll(async () => {
  const s = matrix.stack();
  const prisma = s.stack.prisma;
  const admin = matrix.callers.CLIENT_ADMIN;
  // Every caller holding VENDOR applies and is approved; then each vendor's ACTIVE product (published in the
  // marketplace, so listed) and DRAFT product.
  for (const kind of CALLER_KINDS.filter((k) => holds(k, 'VENDOR'))) {
    const name = kind === 'VENDOR' ? 'Matrix Vendor' : `Matrix ${kind}`;
    const applied = await applyAsVendor(serviceCtx(prisma, actorOf(matrix.callers[kind])), vendorApplication(name));
    const vendorId = (await approveVendor(serviceCtx(prisma, actorOf(admin)), applied.id)).id;
    const create = async (status: 'ACTIVE' | 'DRAFT') =>
      (await payload(s, admin, CREATE_PRODUCT, { input: productInput(`Matrix ${status} ${kind}`, [`MX-${uuidv7()}`], { status, vendorId }) }, 'createProduct')).product.id as string;
    const active = await create('ACTIVE');
    const draft = await create('DRAFT');
    const listings = (await prisma.marketplaceListing.findMany({ where: { tenantId: market.id, vendorId }, select: { id: true } })).map((l) => l.id);
    expect(listings).toHaveLength(1);
    owned[kind] = { vendorId, active, draft, listings };
  }
}, 120_000);
