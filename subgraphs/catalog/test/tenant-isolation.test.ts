/**
 * Tenant isolation of every catalog operation, through the gateway: two marketplaces A and B, each with
 * an administrator (2FA), a vendor, a pending applicant, categories, a collection, products (active and
 * draft) with variants, a listing, settings and an API key. A's administrator and A's API key — also
 * when their request names B in x-tenant — only ever read or change A: lists hold A's rows only, B's ids
 * are NOT_FOUND (or null), and B's rows are exactly as they were.
 */
import { uuidv7, type PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { createCategory } from '../src/services/categories';
import { addToCollection, createCollection } from '../src/services/collections';
import { listProductInMarketplace } from '../src/services/listings';
import { createProduct } from '../src/services/products';
import { applyAsVendor } from '../src/services/vendors';
import { updateCatalogSettings } from '../src/services/settings';
import { OWNED_BY_PRICING } from './pricing-operations';
import { call, catalogOperations, codes, makeApiKey, makePerson, makeTenant, makeVendor, ok, serviceCtx, type Person, type Tenant } from './support';

let s: TestStack;
let prisma: PrismaClient;

interface Side {
  tenant: Tenant;
  admin: Person;
  key: { headers: Record<string, string> };
  vendor: Awaited<ReturnType<typeof makeVendor>>;
  pendingVendorId: string;
  categoryId: string;
  categorySlug: string;
  collectionId: string;
  collectionSlug: string;
  activeProduct: Awaited<ReturnType<typeof createProduct>>;
  draftProduct: Awaited<ReturnType<typeof createProduct>>;
  listingId: string;
}
const A = {} as Side;
const B = {} as Side;

async function setUp(side: Side, prefix: string, taxRateBps: number) {
  side.tenant = await makeTenant(prisma, 'MARKETPLACE', prefix);
  side.admin = await makePerson(s, side.tenant, 'CLIENT_ADMIN');
  side.key = await makeApiKey(s, side.admin, ['catalog:read', 'catalog:write']);
  side.vendor = await makeVendor(s, side.tenant, side.admin, `${prefix} Vendor`);
  const applicant = await makePerson(s, side.tenant, 'CUSTOMER');
  side.pendingVendorId = (
    await applyAsVendor(serviceCtx(prisma, applicant.actor), { businessName: `${prefix} Applicant`, legalName: 'Applicant Ltd', tin: '11111111-0001', email: 'a@example.ng', phone: '+2348030000001', address: '2 Broad Street, Lagos' })
  ).id;
  const ctx = serviceCtx(prisma, side.admin.actor);
  const category = await createCategory(ctx, { name: `${prefix} Category`, slug: `${prefix}-category` });
  side.categoryId = category.id;
  side.categorySlug = category.slug;
  const collection = await createCollection(ctx, { title: `${prefix} Picks`, slug: `${prefix}-picks` });
  side.collectionId = collection.id;
  side.collectionSlug = collection.slug;
  const product = (title: string, status: 'ACTIVE' | 'DRAFT') =>
    createProduct(ctx, {
      title,
      slug: `${prefix}-${status.toLowerCase()}-adire`,
      status,
      vendorId: side.vendor.vendor.id,
      categoryId: side.categoryId,
      attributes: { colour: 'indigo' },
      // ISO-ACTIVE/ISO-DRAFT exist in both tenants (SKUs are unique per tenant); the second SKU only here.
      variants: [{ sku: `ISO-${status}`, basePrices: [{ amount: 100_000n, currency: 'NGN' }] }, { sku: `${prefix.toUpperCase()}-ONLY-${status}` }],
      media: [{ url: 'https://cdn.example.ng/iso.jpg' }],
    });
  side.activeProduct = await product(`${prefix} Adire Shirt`, 'ACTIVE');
  side.draftProduct = await product(`${prefix} Adire Draft`, 'DRAFT');
  await addToCollection(ctx, { collectionId: side.collectionId, productId: side.activeProduct.id });
  side.listingId = (await listProductInMarketplace(ctx, side.activeProduct.id)).id;
  await updateCatalogSettings(ctx, { taxRateBps });
}

/** Everything of B that any catalog operation could touch. */
async function snapshot(side: Side) {
  const tenantId = side.tenant.id;
  const by = { orderBy: { id: 'asc' as const } };
  return {
    vendors: await prisma.vendor.findMany({ where: { tenantId }, ...by }),
    changes: await prisma.vendorStatusChange.findMany({ where: { tenantId }, ...by }),
    products: await prisma.product.findMany({ where: { tenantId }, ...by }),
    variants: await prisma.productVariant.findMany({ where: { tenantId }, ...by }),
    prices: await prisma.price.findMany({ where: { tenantId }, ...by }),
    media: await prisma.productMedia.findMany({ where: { tenantId }, ...by }),
    categories: await prisma.category.findMany({ where: { tenantId }, ...by }),
    collections: await prisma.collection.findMany({ where: { tenantId }, ...by }),
    entries: await prisma.collectionProduct.findMany({ where: { collection: { tenantId } }, orderBy: [{ collectionId: 'asc' }, { productId: 'asc' }] }),
    listings: await prisma.marketplaceListing.findMany({ where: { tenantId }, ...by }),
    settings: await prisma.catalogSettings.findUnique({ where: { tenantId } }),
  };
}
let baselineB: Awaited<ReturnType<typeof snapshot>>;

const sorted = (xs: string[]) => [...xs].sort();
/** A's administrator; A's API key; both again naming B in x-tenant. */
const asA = () => [
  { label: 'admin', headers: A.admin.headers },
  { label: 'admin, x-tenant: B', headers: { ...A.admin.headers, 'x-tenant': B.tenant.slug } },
  { label: 'API key', headers: A.key.headers },
  { label: 'API key, x-tenant: B', headers: { ...A.key.headers, 'x-tenant': B.tenant.slug } },
];

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  await setUp(A, `iso-a-${uuidv7().slice(-6)}`, 750);
  await setUp(B, `iso-b-${uuidv7().slice(-6)}`, 500);
  baselineB = await snapshot(B);
});
afterAll(async () => {
  await s?.stop();
});

describe("A reads only A's catalogue", () => {
  it.each(['admin', 'admin, x-tenant: B', 'API key', 'API key, x-tenant: B'])('lists (%s): products, vendors, listings, categories, collections, search, settings hold A rows only', async (label) => {
    const who = asA().find((w) => w.label === label)!;
    const q = ok(
      await call(s, who, `{
        products(first: 100) { edges { node { id } } }
        vendors(first: 100) { edges { node { id } } }
        marketplaceListings(first: 100) { edges { node { id } } }
        categories { id }
        collections(first: 100) { edges { node { id } } }
        searchProducts(query: "adire", first: 100) { totalCount edges { node { id } } facets { vendors { id } categories { id } } }
        catalogSettings { taxRateBps }
      }`),
    );
    const ids = (conn: any) => sorted(conn.edges.map((e: any) => e.node.id));
    expect(ids(q.products)).toEqual(sorted((await prisma.product.findMany({ where: { tenantId: A.tenant.id } })).map((p) => p.id)));
    expect(ids(q.vendors)).toEqual([A.vendor.vendor.id]);
    expect(ids(q.marketplaceListings)).toEqual([A.listingId]);
    expect(q.categories.map((c: any) => c.id)).toEqual([A.categoryId]);
    expect(ids(q.collections)).toEqual([A.collectionId]);
    expect(ids(q.searchProducts)).toEqual(sorted([A.activeProduct.id, A.draftProduct.id]));
    expect(q.searchProducts.facets.vendors.map((v: any) => v.id)).toEqual([A.vendor.vendor.id]);
    expect(q.catalogSettings.taxRateBps).toBe(750);
  });

  it('review queue: only A applications', async () => {
    const q = ok(await call(s, { headers: { ...A.admin.headers, 'x-tenant': B.tenant.slug } }, '{ vendorApplications(first: 100) { edges { node { id } } } }'));
    expect(q.vendorApplications.edges.map((e: any) => e.node.id)).toEqual([A.pendingVendorId]);
  });

  it("B's ids and slugs read as nothing", async () => {
    for (const who of asA()) {
      const q = ok(
        await call(
          s,
          who,
          `query ($vendor: ID!, $pending: ID!, $product: ID!, $draft: ID!, $slug: String!, $cat: String!, $coll: String!) {
            vendor(id: $vendor) { id } pending: vendor(id: $pending) { id }
            productById(id: $product) { id } draft: productById(id: $draft) { id }
            product(slug: $slug) { id } category(slug: $cat) { id } collection(slug: $coll) { id }
          }`,
          {
            vendor: B.vendor.vendor.id,
            pending: B.pendingVendorId,
            product: B.activeProduct.id,
            draft: B.draftProduct.id,
            slug: B.activeProduct.slug,
            cat: B.categorySlug,
            coll: B.collectionSlug,
          },
        ),
      );
      expect({ who: who.label, q }).toEqual({ who: who.label, q: { vendor: null, pending: null, productById: null, draft: null, product: null, category: null, collection: null } });
    }
  });

  it("A's vendor sees its own account, even naming B", async () => {
    const q = ok(await call(s, { headers: { ...A.vendor.person.headers, 'x-tenant': B.tenant.slug } }, '{ myVendor { id } marketplaceListings { edges { node { id } } } }'));
    expect(q).toEqual({ myVendor: { id: A.vendor.vendor.id }, marketplaceListings: { edges: [{ node: { id: A.listingId } }] } });
  });
});

describe("A cannot change B: NOT_FOUND, nothing written", () => {
  /** [payload field, document, variables, administrators only (API keys are refused before any lookup)] */
  const WRITES: [string, string, () => Record<string, unknown>, boolean?][] = [
    ['approveVendor', 'mutation ($id: ID!) { approveVendor(id: $id) { vendor { id } userErrors { code } } }', () => ({ id: B.pendingVendorId }), true],
    ['rejectVendor', 'mutation ($id: ID!) { rejectVendor(id: $id, reason: "x") { vendor { id } userErrors { code } } }', () => ({ id: B.pendingVendorId }), true],
    ['suspendVendor', 'mutation ($id: ID!) { suspendVendor(id: $id, reason: "x") { vendor { id } userErrors { code } } }', () => ({ id: B.vendor.vendor.id }), true],
    ['reinstateVendor', 'mutation ($id: ID!) { reinstateVendor(id: $id) { vendor { id } userErrors { code } } }', () => ({ id: B.vendor.vendor.id }), true],
    ['setVendorPayoutBank', 'mutation ($id: ID!) { setVendorPayoutBank(vendorId: $id, input: { bankName: "Evil Bank", accountName: "Thief", accountNumber: "0000000001" }) { vendor { id } userErrors { code } } }', () => ({ id: B.vendor.vendor.id }), true],
    ['updateProduct', 'mutation ($id: ID!) { updateProduct(id: $id, input: { title: "Hijacked" }) { product { id } userErrors { code } } }', () => ({ id: B.activeProduct.id })],
    ['setProductStatus', 'mutation ($id: ID!) { setProductStatus(id: $id, status: ARCHIVED) { product { id } userErrors { code } } }', () => ({ id: B.draftProduct.id })],
    ['addVariant', 'mutation ($id: ID!) { addVariant(productId: $id, input: { sku: "HIJACK-1" }) { variant { id } userErrors { code } } }', () => ({ id: B.activeProduct.id })],
    ['updateVariant', 'mutation ($id: ID!) { updateVariant(id: $id, input: { sku: "HIJACK-2" }) { variant { id } userErrors { code } } }', () => ({ id: B.activeProduct.variants[0].id })],
    ['addProductMedia', 'mutation ($id: ID!) { addProductMedia(productId: $id, input: { url: "https://evil.example/x.jpg" }) { media { url } userErrors { code } } }', () => ({ id: B.activeProduct.id })],
    ['listProductInMarketplace', 'mutation ($id: ID!) { listProductInMarketplace(productId: $id, commissionBps: 1) { listing { id } userErrors { code } } }', () => ({ id: B.activeProduct.id })],
    ['addToCollection', 'mutation ($c: ID!, $p: ID!) { addToCollection(input: { collectionId: $c, productId: $p }) { collection { id } userErrors { code } } }', () => ({ c: A.collectionId, p: B.activeProduct.id })],
    ['addToCollection', 'mutation ($c: ID!, $p: ID!) { addToCollection(input: { collectionId: $c, productId: $p }) { collection { id } userErrors { code } } }', () => ({ c: B.collectionId, p: A.activeProduct.id })],
    ['removeFromCollection', 'mutation ($c: ID!, $p: ID!) { removeFromCollection(collectionId: $c, productId: $p) { collection { id } userErrors { code } } }', () => ({ c: B.collectionId, p: B.activeProduct.id })],
    ['createProduct', 'mutation ($v: ID!) { createProduct(input: { title: "Mine now", vendorId: $v, variants: [{ sku: "HIJACK-3" }] }) { product { id } userErrors { code field } } }', () => ({ v: B.vendor.vendor.id })],
    ['createProduct', 'mutation ($v: ID!, $c: ID!) { createProduct(input: { title: "Mine now", vendorId: $v, categoryId: $c, variants: [{ sku: "HIJACK-4" }] }) { product { id } userErrors { code field } } }', () => ({ v: A.vendor.vendor.id, c: B.categoryId })],
    ['createCategory', 'mutation ($p: ID!) { createCategory(input: { name: "Child", parentId: $p }) { category { id } userErrors { code } } }', () => ({ p: B.categoryId })],
    ['updateCategory', 'mutation ($id: ID!) { updateCategory(input: { id: $id, name: "Hijacked" }) { category { id } userErrors { code } } }', () => ({ id: B.categoryId })],
    ['moveCategory', 'mutation ($id: ID!) { moveCategory(input: { id: $id, position: 0 }) { category { id } userErrors { code } } }', () => ({ id: B.categoryId })],
    ['moveCategory', 'mutation ($id: ID!, $p: ID!) { moveCategory(input: { id: $id, parentId: $p }) { category { id } userErrors { code } } }', () => ({ id: A.categoryId, p: B.categoryId })],
    ['deleteCategory', 'mutation ($id: ID!) { deleteCategory(id: $id) { category { id } userErrors { code } } }', () => ({ id: B.categoryId })],
  ];

  it.each(WRITES.map(([field, doc, vars, adminOnly], i) => ({ i, field, doc, vars, adminOnly })))('$field (#$i), as admin and API key, also naming B', async ({ field, doc, vars, adminOnly }) => {
    const before = await snapshot(A);
    for (const who of asA().filter((w) => !adminOnly || w.label.startsWith('admin'))) {
      const p = ok(await call(s, who, doc, vars()))[field];
      expect({ who: who.label, codes: codes(p) }).toEqual({ who: who.label, codes: ['NOT_FOUND'] });
    }
    expect(await snapshot(B)).toEqual(baselineB);
    expect(await snapshot(A)).toEqual(before);
  });

  it('writes without ids land in A only (settings, categories, collections, products, applications)', async () => {
    const bOnlySkus = B.draftProduct.variants.concat(B.activeProduct.variants).map((v) => v.sku).filter((x) => x.includes('-ONLY-'));
    for (const [i, who] of asA().filter((w) => w.label.includes('x-tenant')).entries()) {
      const r = ok(
        await call(
          s,
          who,
          `mutation ($sku: String!, $v: ID!) {
            createCategory(input: { name: "Fresh" }) { category { id } userErrors { code } }
            createCollection(input: { title: "Fresh picks ${i}" }) { collection { id } userErrors { code } }
            createProduct(input: { title: "Fresh", vendorId: $v, variants: [{ sku: $sku }] }) { product { id } userErrors { code } }
          }`,
          // A SKU that exists in B only: free in A, whose SKUs are its own namespace.
          { sku: bOnlySkus[i], v: A.vendor.vendor.id },
        ),
      );
      for (const [model, id] of [
        ['category', r.createCategory.category.id],
        ['collection', r.createCollection.collection.id],
        ['product', r.createProduct.product.id],
      ] as const) {
        expect((await (prisma[model] as any).findUniqueOrThrow({ where: { id } })).tenantId).toBe(A.tenant.id);
      }
    }
    const settings = ok(await call(s, asA()[1], 'mutation { updateCatalogSettings(input: { taxRateBps: 800 }) { settings { taxRateBps } userErrors { code } } }'));
    expect(settings.updateCatalogSettings).toEqual({ settings: { taxRateBps: 800 }, userErrors: [] });
    expect((await prisma.catalogSettings.findUniqueOrThrow({ where: { tenantId: A.tenant.id } })).taxRateBps).toBe(800);
    const applicant = await makePerson(s, A.tenant, 'CUSTOMER');
    const applied = ok(
      await call(
        s,
        { headers: { ...applicant.headers, 'x-tenant': B.tenant.slug } },
        'mutation { applyAsVendor(input: { businessName: "Crossing", legalName: "Crossing Ltd", tin: "22222222-0001", email: "c@example.ng", phone: "+2348030000002", address: "3 Marina, Lagos" }) { vendor { id } userErrors { code } } }',
      ),
    ).applyAsVendor;
    expect((await prisma.vendor.findUniqueOrThrow({ where: { id: applied.vendor.id } })).tenantId).toBe(A.tenant.id);
    expect(await snapshot(B)).toEqual(baselineB);
  });

  it("A's vendor edits its own profile, also naming B: A's vendor changes, B's vendors do not (the mutation takes no id)", async () => {
    const r = ok(
      await call(
        s,
        { headers: { ...A.vendor.person.headers, 'x-tenant': B.tenant.slug } },
        'mutation { updateMyVendorProfile(input: { name: "Renamed A", email: "new@example.ng", phone: "+2348030000009", address: "9 Marina, Lagos" }) { vendor { id name } userErrors { code } } }',
      ),
    ).updateMyVendorProfile;
    expect(r).toEqual({ vendor: { id: A.vendor.vendor.id, name: 'Renamed A' }, userErrors: [] });
    expect(await prisma.vendor.findUniqueOrThrow({ where: { id: A.vendor.vendor.id } })).toMatchObject({ tenantId: A.tenant.id, phone: '+2348030000009', address: '9 Marina, Lagos' });
    expect(await snapshot(B)).toEqual(baselineB);
  });
});

/** How each catalog operation is checked above; a new operation must be added here (and checked). */
const ISOLATION_COVERAGE: Record<string, string> = {
  'Query.catalogSettings': "A's settings, also naming B",
  'Query.vendor': 'null for B vendors (approved and pending)',
  'Query.vendors': 'exactly A vendors',
  'Query.vendorApplications': 'exactly A applications',
  'Query.myVendor': "A vendor's own account, naming B",
  'Query.product': 'null for B slug',
  'Query.productById': 'null for B ids (active and draft)',
  'Query.products': 'exactly A products',
  'Query.categories': 'exactly A categories',
  'Query.category': 'null for B slug',
  'Query.collections': 'exactly A collections',
  'Query.collection': 'null for B slug',
  'Query.marketplaceListings': 'exactly A listings (admin, key, vendor)',
  'Query.searchProducts': 'A products and facets only',
  'Mutation.updateCatalogSettings': 'A changed, B unchanged',
  'Mutation.applyAsVendor': 'vendor created in A, naming B',
  'Mutation.approveVendor': 'NOT_FOUND for B applicant',
  'Mutation.rejectVendor': 'NOT_FOUND for B applicant',
  'Mutation.suspendVendor': 'NOT_FOUND for B vendor',
  'Mutation.reinstateVendor': 'NOT_FOUND for B vendor',
  'Mutation.setVendorPayoutBank': 'NOT_FOUND for B vendor (decision 0031)',
  'Mutation.updateMyVendorProfile': "A vendor's own profile changed, naming B; B unchanged",
  'Mutation.createProduct': 'NOT_FOUND for B vendor and category; SKU namespace per tenant',
  'Mutation.updateProduct': 'NOT_FOUND for B product',
  'Mutation.setProductStatus': 'NOT_FOUND for B product',
  'Mutation.addVariant': 'NOT_FOUND for B product',
  'Mutation.updateVariant': 'NOT_FOUND for B variant',
  'Mutation.addProductMedia': 'NOT_FOUND for B product',
  'Mutation.createCategory': 'NOT_FOUND for B parent; created in A',
  'Mutation.updateCategory': 'NOT_FOUND for B category',
  'Mutation.moveCategory': 'NOT_FOUND for B category and B parent',
  'Mutation.deleteCategory': 'NOT_FOUND for B category',
  'Mutation.createCollection': 'created in A',
  'Mutation.addToCollection': 'NOT_FOUND for B product and B collection',
  'Mutation.removeFromCollection': 'NOT_FOUND for B collection',
  'Mutation.listProductInMarketplace': 'NOT_FOUND for B product',
};

describe('coverage', () => {
  it('every catalog operation (pricing aside) has an isolation check', async () => {
    expect(Object.keys(ISOLATION_COVERAGE).sort()).toEqual(catalogOperations(OWNED_BY_PRICING));
  });
});
