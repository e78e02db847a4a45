/**
 * The catalogue's structure through the gateway: the category tree, collections, and marketplace
 * listings with their commission rules.
 */
import { uuidv7, type PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { CREATE_PRODUCT, call, codes, makePerson, makeTenant, makeVendor, ok, payload, productInput, type Person, type Tenant } from './support';

let s: TestStack;
let prisma: PrismaClient;
let market: Tenant;
let other: Tenant;
let admin: Person;
let staff: Person;
let otherAdmin: Person;
let vendorA: Awaited<ReturnType<typeof makeVendor>>;
let vendorB: Awaited<ReturnType<typeof makeVendor>>;

const anon = (t: Tenant) => ({ headers: { 'x-tenant': t.slug } });
const sku = () => `S-${uuidv7().slice(-12)}`;
const CREATE_CATEGORY = 'mutation ($input: CreateCategoryInput!) { createCategory(input: $input) { category { id name slug position parent { id } } userErrors { code field } } }';
const product = async (who: Person, title: string, over: Record<string, unknown> = {}) =>
  (await payload(s, who, CREATE_PRODUCT, { input: productInput(title, [sku()], over) }, 'createProduct')).product;

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  market = await makeTenant(prisma, 'MARKETPLACE', 'smarket');
  other = await makeTenant(prisma, 'MARKETPLACE', 'sother');
  admin = await makePerson(s, market, 'CLIENT_ADMIN');
  staff = await makePerson(s, market, 'STAFF');
  otherAdmin = await makePerson(s, other, 'CLIENT_ADMIN');
  vendorA = await makeVendor(s, market, admin, 'Aba Made');
  vendorB = await makeVendor(s, market, admin, 'Ife Beauty');
});
afterAll(async () => {
  await s?.stop();
});

describe('categories', () => {
  it('build a tree (slugs unique per tenant) that everyone reads', async () => {
    const create = (input: Record<string, unknown>, who: Person = staff) => payload(s, who, CREATE_CATEGORY, { input }, 'createCategory');
    const fashion = (await create({ name: 'Fashion', position: 1 })).category;
    const home = (await create({ name: 'Home & Living', position: 2 })).category;
    expect(home.slug).toBe('home-and-living');
    const dresses = (await create({ name: 'Dresses', parentId: fashion.id, position: 2 })).category;
    const shirts = (await create({ name: 'Shirts', parentId: fashion.id, position: 1 })).category;
    const kaftans = (await create({ name: 'Kaftans', parentId: shirts.id })).category;
    expect(dresses.parent).toEqual({ id: fashion.id });

    expect(codes(await create({ name: 'Dresses again', slug: 'dresses' }))).toEqual(['SLUG_TAKEN']);
    expect((await create({ name: 'Dresses' })).category.slug).toBe('dresses-2');
    expect(codes(await create({ name: 'Orphan', parentId: uuidv7() }))).toEqual(['NOT_FOUND']);
    expect(codes(await create({ name: '' }))).toEqual(['BAD_USER_INPUT']);
    const foreignParent = (await create({ name: 'Elsewhere' }, otherAdmin)).category;
    expect(codes(await create({ name: 'Child of foreign', parentId: foreignParent.id }))).toEqual(['NOT_FOUND']);
    // The same slug in another tenant is fine.
    expect((await create({ name: 'Fashion' }, otherAdmin)).category.slug).toBe('fashion');

    const tree = ok(await call(s, anon(market), '{ categories { name children { name children { name } } } }')).categories;
    // By position, then name: the second "Dresses" (position 0) comes first.
    expect(tree).toEqual([
      { name: 'Dresses', children: [] },
      { name: 'Fashion', children: [{ name: 'Shirts', children: [{ name: 'Kaftans' }] }, { name: 'Dresses', children: [] }] },
      { name: 'Home & Living', children: [] },
    ]);
    expect(ok(await call(s, anon(market), 'query ($id: ID!) { categories(parentId: $id) { id } }', { id: shirts.id })).categories).toEqual([{ id: kaftans.id }]);
    expect(ok(await call(s, anon(market), '{ category(slug: "kaftans") { name parent { name } } }')).category).toEqual({ name: 'Kaftans', parent: { name: 'Shirts' } });
    expect(ok(await call(s, anon(market), '{ categories(parentId: "nope") { id } }')).categories).toEqual([]);
  });

  it('rename, move, reorder and delete (only empty categories), never under themselves', async () => {
    const shop = await makeTenant(prisma, 'STORE', 'stree');
    const manager = await makePerson(s, shop, 'STAFF');
    const create = async (name: string, parentId?: string) => (await payload(s, manager, CREATE_CATEGORY, { input: { name, parentId } }, 'createCategory')).category;
    const MOVE = 'mutation ($input: MoveCategoryInput!) { moveCategory(input: $input) { category { id name position parent { id } } userErrors { code field message } } }';
    const move = (input: Record<string, unknown>) => payload(s, manager, MOVE, { input }, 'moveCategory');
    const tree = async () => ok(await call(s, anon(shop), '{ categories { name position children { name position children { name } } } }')).categories;
    const wax = await create('Wax prints');
    const lace = await create('Lace');
    const bags = await create('Bags');
    const ankara = await create('Ankara', wax.id);

    // Rename: the slug (the storefront address) stays; a slug taken by another category is refused.
    const UPDATE = 'mutation ($input: UpdateCategoryInput!) { updateCategory(input: $input) { category { id name slug } userErrors { code field } } }';
    expect((await payload(s, manager, UPDATE, { input: { id: wax.id, name: 'Wax & prints' } }, 'updateCategory')).category).toEqual({ id: wax.id, name: 'Wax & prints', slug: 'wax-prints' });
    expect(codes(await payload(s, manager, UPDATE, { input: { id: wax.id, slug: 'lace' } }, 'updateCategory'))).toEqual(['SLUG_TAKEN']);
    expect(codes(await payload(s, manager, UPDATE, { input: { id: wax.id, name: ' ' } }, 'updateCategory'))).toEqual(['BAD_USER_INPUT']);

    // Reorder siblings: Bags first, then renumbered 0, 1, 2 (created with position 0 each, so by name before).
    expect((await move({ id: bags.id, position: 0 })).category).toMatchObject({ position: 0, parent: null });
    expect(await tree()).toEqual([
      { name: 'Bags', position: 0, children: [] },
      { name: 'Lace', position: 1, children: [] },
      { name: 'Wax & prints', position: 2, children: [{ name: 'Ankara', position: 0, children: [] }] },
    ]);
    await move({ id: bags.id, position: 99 });
    // Move under another parent (last by default), then to the top level again at a place.
    expect((await move({ id: lace.id, parentId: wax.id })).category).toMatchObject({ position: 1, parent: { id: wax.id } });
    // The siblings it left keep their order (and their numbers: a gap changes nothing).
    expect(await tree()).toEqual([
      { name: 'Wax & prints', position: 1, children: [{ name: 'Ankara', position: 0, children: [] }, { name: 'Lace', position: 1, children: [] }] },
      { name: 'Bags', position: 2, children: [] },
    ]);
    await move({ id: lace.id, parentId: null, position: 1 });
    expect((await tree()).map((c: { name: string }) => c.name)).toEqual(['Wax & prints', 'Lace', 'Bags']);

    // Never under itself or its own subcategory; unknown parents and bad places are refused.
    for (const [input, code] of [
      [{ id: wax.id, parentId: wax.id }, 'BAD_USER_INPUT'],
      [{ id: wax.id, parentId: ankara.id }, 'BAD_USER_INPUT'],
      [{ id: wax.id, parentId: uuidv7() }, 'NOT_FOUND'],
      [{ id: wax.id, parentId: 'nope' }, 'NOT_FOUND'],
      [{ id: wax.id, position: -1 }, 'BAD_USER_INPUT'],
      [{ id: uuidv7() }, 'NOT_FOUND'],
    ] as const) {
      expect(codes(await move(input))).toEqual([code]);
    }
    expect((await prisma.category.findUniqueOrThrow({ where: { id: wax.id } })).parentId).toBeNull();

    // Delete: refused while it has subcategories or products, with what to do; an empty one goes.
    const DELETE = 'mutation ($id: ID!) { deleteCategory(id: $id) { category { id name } userErrors { code field message } } }';
    const refused = await payload(s, manager, DELETE, { id: wax.id }, 'deleteCategory');
    expect(refused.userErrors).toEqual([{ code: 'IN_USE', field: ['id'], message: '“Wax & prints” still has 1 subcategory: move or delete them first' }]);
    const shopAdmin = await makePerson(s, shop, 'CLIENT_ADMIN');
    await product(shopAdmin, 'Ankara wrapper', { categoryId: ankara.id });
    expect((await payload(s, manager, DELETE, { id: ankara.id }, 'deleteCategory')).userErrors).toEqual([
      { code: 'IN_USE', field: ['id'], message: '“Ankara” still has 1 product: move or delete them first' },
    ]);
    expect(await payload(s, manager, DELETE, { id: bags.id }, 'deleteCategory')).toEqual({ category: { id: bags.id, name: 'Bags' }, userErrors: [] });
    expect(codes(await payload(s, manager, DELETE, { id: bags.id }, 'deleteCategory'))).toEqual(['NOT_FOUND']);
    expect((await tree()).map((c: { name: string }) => c.name)).toEqual(['Wax & prints', 'Lace']);

    // Vendors and customers may not change the tree.
    const customer = await makePerson(s, shop, 'CUSTOMER');
    for (const [doc, variables] of [
      [UPDATE, { input: { id: lace.id, name: 'Mine' } }],
      [MOVE, { input: { id: lace.id, position: 0 } }],
      [DELETE, { id: lace.id }],
    ] as const) {
      expect((await call(s, customer, doc, variables)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await prisma.category.findUniqueOrThrow({ where: { id: lace.id } })).toMatchObject({ name: 'Lace', position: 1 });
  });

  it('vendors and customers cannot create categories', async () => {
    const customer = await makePerson(s, market, 'CUSTOMER');
    for (const who of [vendorA.person, customer]) {
      expect((await call(s, who, CREATE_CATEGORY, { input: { name: 'Mine' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await prisma.category.count({ where: { tenantId: market.id, name: 'Mine' } })).toBe(0);
  });
});

describe('collections', () => {
  it('group products in order; shoppers see only the active ones', async () => {
    const active1 = await product(admin, 'Owambe Gele', { vendorId: vendorA.vendor.id, status: 'ACTIVE' });
    const active2 = await product(admin, 'Owambe Lace', { vendorId: vendorB.vendor.id, status: 'ACTIVE' });
    const draft = await product(admin, 'Owambe Draft', { vendorId: vendorA.vendor.id });
    const CREATE = 'mutation ($input: CreateCollectionInput!) { createCollection(input: $input) { collection { id slug title } userErrors { code field } } }';
    const ADD = 'mutation ($input: AddToCollectionInput!) { addToCollection(input: $input) { collection { id } userErrors { code field } } }';
    const c = (await payload(s, staff, CREATE, { input: { title: 'Owambe Season', description: 'Party ready' } }, 'createCollection')).collection;
    expect(c.slug).toBe('owambe-season');
    expect(codes(await payload(s, staff, CREATE, { input: { title: 'Again', slug: 'owambe-season' } }, 'createCollection'))).toEqual(['SLUG_TAKEN']);
    expect(codes(await payload(s, staff, CREATE, { input: { title: ' ' } }, 'createCollection'))).toEqual(['BAD_USER_INPUT']);
    for (const p of [active2, draft, active1]) expect(codes(await payload(s, staff, ADD, { input: { collectionId: c.id, productId: p.id } }, 'addToCollection'))).toEqual([]);
    // Moving: active1 to the front.
    await payload(s, staff, ADD, { input: { collectionId: c.id, productId: active1.id, position: 0 } }, 'addToCollection');
    await payload(s, staff, ADD, { input: { collectionId: c.id, productId: active2.id, position: 5 } }, 'addToCollection');

    const entries = async (who: { headers: Record<string, string> }) =>
      ok(await call(s, who, '{ collection(slug: "owambe-season") { title description entries(first: 10) { edges { node { position product { title } } } } } }')).collection;
    expect(await entries(anon(market))).toEqual({
      title: 'Owambe Season',
      description: 'Party ready',
      entries: { edges: [{ node: { position: 0, product: { title: 'Owambe Gele' } } }, { node: { position: 5, product: { title: 'Owambe Lace' } } }] },
    });
    expect((await entries(staff)).entries.edges.map((e: any) => e.node.product.title)).toEqual(['Owambe Gele', 'Owambe Draft', 'Owambe Lace']);

    const foreign = await product(otherAdmin, 'Foreign Thing');
    for (const input of [
      { collectionId: c.id, productId: foreign.id },
      { collectionId: c.id, productId: 'nope' },
      { collectionId: uuidv7(), productId: active1.id },
    ]) {
      expect(codes(await payload(s, staff, ADD, { input }, 'addToCollection'))).toEqual(['NOT_FOUND']);
    }
    expect(await prisma.collectionProduct.count({ where: { collectionId: c.id } })).toBe(3);
    expect((await call(s, vendorA.person, ADD, { input: { collectionId: c.id, productId: active1.id } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('marketplace listings', () => {
  const LIST = 'mutation ($id: ID!, $bps: Int) { listProductInMarketplace(productId: $id, commissionBps: $bps) { listing { id commissionBps active vendor { id } product { id } } userErrors { code field } } }';
  const list = (who: Person, id: string, bps?: number) => payload(s, who, LIST, { id, bps }, 'listProductInMarketplace');

  it("default to the vendor's own rate, else the marketplace default; administrators set explicit rates", async () => {
    await prisma.vendor.update({ where: { id: vendorA.vendor.id }, data: { commissionBps: 800 } });
    await payload(s, admin, 'mutation { updateCatalogSettings(input: { defaultCommissionBps: 1200 }) { settings { defaultCommissionBps } userErrors { code } } }', {}, 'updateCatalogSettings');
    const a = await product(vendorA.person, 'Aba Sneakers', { status: 'ACTIVE' });
    const b = await product(vendorB.person, 'Ife Shea Butter', { status: 'ACTIVE' });
    expect((await list(vendorA.person, a.id)).listing).toMatchObject({ commissionBps: 800, active: true, vendor: { id: vendorA.vendor.id }, product: { id: a.id } });
    expect((await list(vendorB.person, b.id)).listing.commissionBps).toBe(1200);
    // Re-listing keeps the rate unless an administrator names one.
    expect((await list(vendorB.person, b.id)).listing.commissionBps).toBe(1200);
    expect((await list(admin, b.id, 1500)).listing.commissionBps).toBe(1500);
    expect(await prisma.marketplaceListing.count({ where: { productId: b.id } })).toBe(1);
  });

  it('refuses bad rates, vendor-set rates and archived products, writing nothing', async () => {
    const p = await product(vendorA.person, 'Aba Bag', { status: 'ACTIVE' });
    const archived = await product(vendorA.person, 'Aba Old', { status: 'ARCHIVED' });
    const before = await prisma.marketplaceListing.count({ where: { tenantId: market.id } });
    expect((await list(admin, p.id, -100)).userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['commissionBps'] }]);
    expect(codes(await list(admin, p.id, 10_001))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await list(vendorA.person, p.id, 100))).toEqual(['FORBIDDEN']);
    expect(codes(await list(admin, archived.id))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await list(admin, uuidv7()))).toEqual(['NOT_FOUND']);
    expect(codes(await list(admin, (await product(otherAdmin, 'Far')).id))).toEqual(['NOT_FOUND']);
    expect(await prisma.marketplaceListing.count({ where: { tenantId: market.id } })).toBe(before);
  });

  it('marketplaceListings: all for the back office, only its own for a vendor', async () => {
    const ids = async (who: { headers: Record<string, string> }, args = '') =>
      ok(await call(s, who, `{ marketplaceListings(first: 100${args}) { edges { node { id vendor { id } } } } }`)).marketplaceListings.edges.map((e: any) => e.node);
    const all = await prisma.marketplaceListing.findMany({ where: { tenantId: market.id }, orderBy: { id: 'desc' } });
    expect((await ids(staff)).map((n: any) => n.id)).toEqual(all.map((l) => l.id));
    const own = all.filter((l) => l.vendorId === vendorA.vendor.id).map((l) => l.id);
    expect(own.length).toBeGreaterThan(0);
    expect((await ids(vendorA.person)).map((n: any) => n.id)).toEqual(own);
    expect(await ids(vendorA.person, `, vendorId: "${vendorB.vendor.id}"`)).toEqual([]);
    expect((await ids(staff, `, vendorId: "${vendorB.vendor.id}"`)).every((n: any) => n.vendor.id === vendorB.vendor.id)).toBe(true);
    const customer = await makePerson(s, market, 'CUSTOMER');
    expect((await call(s, customer, '{ marketplaceListings { edges { node { id } } } }')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
