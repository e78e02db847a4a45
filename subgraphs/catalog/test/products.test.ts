/**
 * Products and variants through the gateway: creation in one transaction (variants, base prices, media,
 * outbox events for inventory), the store's own vendor versus a marketplace's named vendors, SKU and slug
 * uniqueness per tenant, bad input refused with nothing written, updates, and vendors confined to their
 * own products. Plus who sees what (status, suspended vendors).
 */
import { TOPICS, uuidv7, type PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { CREATE_PRODUCT, PRODUCT_FIELDS, call, codes, makePerson, makeTenant, makeVendor, ok, payload, productInput, type Person, type Tenant } from './support';

let s: TestStack;
let prisma: PrismaClient;
let store: Tenant;
let store2: Tenant;
let market: Tenant;
let storeAdmin: Person;
let storeStaff: Person;
let store2Admin: Person;
let marketAdmin: Person;
let vendorA: Awaited<ReturnType<typeof makeVendor>>;
let vendorB: Awaited<ReturnType<typeof makeVendor>>;
let pendingVendor: Awaited<ReturnType<typeof makeVendor>>;

const anon = (t: Tenant) => ({ headers: { 'x-tenant': t.slug } });
const create = (who: Person, input: Record<string, unknown>) => payload(s, who, CREATE_PRODUCT, { input }, 'createProduct');
const sku = (p = 'SKU') => `${p}-${uuidv7().slice(-12).toUpperCase()}`;

/** Every row a product write can add in a tenant: compared before and after refused calls. */
async function rows(tenantId: string) {
  return {
    vendors: await prisma.vendor.count({ where: { tenantId } }),
    products: await prisma.product.count({ where: { tenantId } }),
    variants: await prisma.productVariant.count({ where: { tenantId } }),
    prices: await prisma.price.count({ where: { tenantId } }),
    media: await prisma.productMedia.count({ where: { tenantId } }),
    events: await prisma.outboxEvent.count({ where: { tenantId, topic: TOPICS.CATALOG_VARIANT_UPSERTED } }),
  };
}

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  store = await makeTenant(prisma, 'STORE', 'pstore');
  store2 = await makeTenant(prisma, 'STORE', 'pstore2');
  market = await makeTenant(prisma, 'MARKETPLACE', 'pmarket');
  storeAdmin = await makePerson(s, store, 'CLIENT_ADMIN');
  storeStaff = await makePerson(s, store, 'STAFF');
  store2Admin = await makePerson(s, store2, 'CLIENT_ADMIN');
  marketAdmin = await makePerson(s, market, 'CLIENT_ADMIN');
  vendorA = await makeVendor(s, market, marketAdmin, 'Aba Made');
  vendorB = await makeVendor(s, market, marketAdmin, 'Kano Leather Works');
  pendingVendor = await makeVendor(s, market, marketAdmin, 'Waiting Room', { approve: false });
});
afterAll(async () => {
  await s?.stop();
});

describe('creating products in a store', () => {
  let firstId: string;
  let skus: string[];

  it('bad input on the very first product writes nothing, not even the store vendor', async () => {
    expect(await rows(store.id)).toMatchObject({ vendors: 0, products: 0 });
    const p = await create(storeAdmin, productInput('  ', [sku()]));
    expect(p.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['title'] })]);
    expect(await rows(store.id)).toEqual({ vendors: 0, products: 0, variants: 0, prices: 0, media: 0, events: 0 });
  });

  it('creates the product, its variants with base prices and its media in one go; the store becomes its own vendor', async () => {
    skus = [sku('ADR'), sku('ADR')];
    const p = await create(storeAdmin, {
      title: 'Adire Shirt',
      description: 'Hand-dyed indigo adire from Abeokuta.',
      status: 'ACTIVE',
      attributes: { material: 'cotton', colour: ['indigo', 'white'] },
      seoTitle: 'Adire Shirt | Ade Fashion',
      seoDescription: 'Indigo adire shirt',
      variants: [
        { sku: skus[0], options: { size: 'M' }, barcode: '5012345678900', basePrices: [{ amount: '1250000', currency: 'NGN' }] },
        { sku: skus[1], title: 'Large', options: { size: 'L' }, basePrices: [{ amount: '1350000', currency: 'NGN' }, { amount: '1500', currency: 'USD' }] },
      ],
      media: [{ url: 'https://cdn.example.ng/adire-front.jpg', alt: 'Front' }, { url: 'https://cdn.example.ng/adire-back.jpg' }],
    });
    expect(p.userErrors).toEqual([]);
    firstId = p.product.id;
    expect(p.product).toMatchObject({
      title: 'Adire Shirt',
      slug: 'adire-shirt',
      status: 'ACTIVE',
      attributes: { material: 'cotton', colour: ['indigo', 'white'] },
      seoTitle: 'Adire Shirt | Ade Fashion',
      vendor: { name: 'Store' },
      category: null,
    });
    expect(p.product.variants.map((v: any) => [v.sku, v.title, v.options, v.position, v.barcode])).toEqual([
      [skus[0], 'M', { size: 'M' }, 0, '5012345678900'],
      [skus[1], 'Large', { size: 'L' }, 1, null],
    ]);
    expect(p.product.media).toEqual([
      { url: 'https://cdn.example.ng/adire-front.jpg', alt: 'Front', position: 0 },
      { url: 'https://cdn.example.ng/adire-back.jpg', alt: null, position: 1 },
    ]);
    const vendor = await prisma.vendor.findUniqueOrThrow({ where: { id: p.product.vendor.id } });
    expect(vendor).toMatchObject({ tenantId: store.id, status: 'APPROVED', ownerUserId: null });
    const prices = await prisma.price.findMany({ where: { variantId: { in: p.product.variants.map((v: any) => v.id) } }, orderBy: [{ amount: 'asc' }] });
    expect(prices.map((x) => [x.currency, x.amount, x.priceListId, x.minQuantity, x.startsAt])).toEqual([
      ['USD', 1500n, null, 1, null],
      ['NGN', 1250000n, null, 1, null],
      ['NGN', 1350000n, null, 1, null],
    ]);
  });

  it('records catalog.variant.upserted for each variant, exactly the agreed payload', async () => {
    const product = await prisma.product.findUniqueOrThrow({ where: { id: firstId }, include: { variants: true } });
    const events = await prisma.outboxEvent.findMany({ where: { tenantId: store.id, topic: TOPICS.CATALOG_VARIANT_UPSERTED } });
    expect(events.map((e) => e.payload).sort((a: any, b: any) => a.sku.localeCompare(b.sku))).toEqual(
      product.variants.map((v) => ({ variantId: v.id, tenantId: store.id, productId: firstId, sku: v.sku, vendorId: product.vendorId, vendorOwnerUserId: null })).sort((a, b) => a.sku.localeCompare(b.sku)),
    );
  });

  it('the second product reuses the store vendor; a derived slug that is taken gets a suffix; an explicit one is SLUG_TAKEN', async () => {
    const p = await create(storeAdmin, productInput('Adire Shirt', [sku()]));
    expect(p.product.slug).toBe('adire-shirt-2');
    expect(await prisma.vendor.count({ where: { tenantId: store.id } })).toBe(1);
    const before = await rows(store.id);
    expect(codes(await create(storeAdmin, productInput('Other', [sku()], { slug: 'adire-shirt' })))).toEqual(['SLUG_TAKEN']);
    expect(await rows(store.id)).toEqual(before);
  });

  it('SKUs are unique per tenant (SKU_TAKEN, nothing written) but the same SKU is fine in another tenant', async () => {
    const before = await rows(store.id);
    const taken = await create(storeAdmin, productInput('Copy', [sku(), skus[1]]));
    expect(taken.userErrors).toEqual([expect.objectContaining({ code: 'SKU_TAKEN', field: ['variants', '1', 'sku'] })]);
    const twice = sku();
    expect((await create(storeAdmin, productInput('Twice', [twice, twice]))).userErrors).toEqual([expect.objectContaining({ code: 'SKU_TAKEN', field: ['variants', '1', 'sku'] })]);
    expect(await rows(store.id)).toEqual(before);
    const elsewhere = await create(store2Admin, productInput('Adire Shirt', [skus[0], skus[1]]));
    expect(elsewhere.userErrors).toEqual([]);
    expect(elsewhere.product.slug).toBe('adire-shirt');
  });

  const BAD: [string, (ctx: { foreignCategory: string }) => Record<string, unknown>, string, string[]][] = [
    ['empty title', () => productInput('', [sku()]), 'BAD_USER_INPUT', ['title']],
    ['no variants', () => productInput('No variants', []), 'BAD_USER_INPUT', ['variants']],
    ['negative base price', () => ({ title: 'Neg', variants: [{ sku: sku(), basePrices: [{ amount: '-100', currency: 'NGN' }] }] }), 'BAD_USER_INPUT', ['variants', '0', 'basePrices', '0', 'amount']],
    ['unknown currency format', () => ({ title: 'Cur', variants: [{ sku: sku(), basePrices: [{ amount: '100', currency: 'naira' }] }] }), 'BAD_USER_INPUT', ['variants', '0', 'basePrices', '0', 'currency']],
    ['non-https media', () => productInput('Media', [sku()], { media: [{ url: 'http://cdn.example.ng/a.jpg' }] }), 'BAD_USER_INPUT', ['media', '0', 'url']],
    ['unknown category', () => productInput('Cat', [sku()], { categoryId: uuidv7() }), 'NOT_FOUND', ['categoryId']],
    ['malformed category id', () => productInput('Cat', [sku()], { categoryId: 'shoes' }), 'NOT_FOUND', ['categoryId']],
    ["another tenant's category", (c) => productInput('Cat', [sku()], { categoryId: c.foreignCategory }), 'NOT_FOUND', ['categoryId']],
    ['unknown vendor', () => productInput('Ven', [sku()], { vendorId: uuidv7() }), 'NOT_FOUND', ['vendorId']],
    ['attributes that are a list', () => productInput('Attr', [sku()], { attributes: ['red'] }), 'BAD_USER_INPUT', ['attributes']],
    ['an attribute value that is an object', () => productInput('Attr', [sku()], { attributes: { colour: { r: 1 } } }), 'BAD_USER_INPUT', ['attributes']],
    ['a SKU with spaces', () => productInput('Sku', ['ADE 01']), 'BAD_USER_INPUT', ['variants', '0', 'sku']],
    ['a bad explicit slug', () => productInput('Slug', [sku()], { slug: 'Adire Shirt!' }), 'BAD_USER_INPUT', ['slug']],
  ];
  it.each(BAD)('refuses %s with a clear error, nothing written', async (_why, input, code, field) => {
    const foreignCategory = (await prisma.category.create({ data: { id: uuidv7(), tenantId: store2.id, name: 'Foreign', slug: `foreign-${uuidv7()}` } })).id;
    const before = await rows(store.id);
    const p = await create(storeAdmin, input({ foreignCategory }));
    expect(p.product).toBeNull();
    expect(p.userErrors).toEqual([expect.objectContaining({ code, field })]);
    expect(p.userErrors[0].message.length).toBeGreaterThan(5);
    expect(await rows(store.id)).toEqual(before);
  });
});

describe('changing products', () => {
  let product: any;
  beforeAll(async () => {
    product = (await create(storeStaff, productInput('Ankara Wrap Dress', [sku('ANK')], { description: 'Wax print' }))).product;
  });

  it('staff update fields; slug and category are checked', async () => {
    const category = (await prisma.category.create({ data: { id: uuidv7(), tenantId: store.id, name: 'Dresses', slug: `dresses-${uuidv7()}` } })).id;
    const UPDATE = `mutation ($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { product { ${PRODUCT_FIELDS} } userErrors { code field } } }`;
    const p = await payload(s, storeStaff, UPDATE, { id: product.id, input: { title: 'Ankara Wrap Dress (long)', categoryId: category, attributes: { fabric: 'ankara' }, seoTitle: 'Wrap dress' } }, 'updateProduct');
    expect(p.product).toMatchObject({ title: 'Ankara Wrap Dress (long)', slug: 'ankara-wrap-dress', category: { id: category }, attributes: { fabric: 'ankara' }, seoTitle: 'Wrap dress', description: 'Wax print' });
    expect(codes(await payload(s, storeStaff, UPDATE, { id: product.id, input: { slug: 'adire-shirt' } }, 'updateProduct'))).toEqual(['SLUG_TAKEN']);
    expect(codes(await payload(s, storeStaff, UPDATE, { id: product.id, input: { categoryId: uuidv7() } }, 'updateProduct'))).toEqual(['NOT_FOUND']);
    expect(codes(await payload(s, storeStaff, UPDATE, { id: product.id, input: { title: '' } }, 'updateProduct'))).toEqual(['BAD_USER_INPUT']);
    expect((await payload(s, storeStaff, UPDATE, { id: product.id, input: { categoryId: null } }, 'updateProduct')).product.category).toBeNull();
    const row = await prisma.product.findUniqueOrThrow({ where: { id: product.id } });
    expect(row).toMatchObject({ title: 'Ankara Wrap Dress (long)', slug: 'ankara-wrap-dress', categoryId: null });
    expect(codes(await payload(s, storeStaff, UPDATE, { id: uuidv7(), input: { title: 'x' } }, 'updateProduct'))).toEqual(['NOT_FOUND']);
  });

  it('setProductStatus moves between DRAFT, ACTIVE and ARCHIVED', async () => {
    const SET = 'mutation ($id: ID!, $status: ProductStatus!) { setProductStatus(id: $id, status: $status) { product { status } userErrors { code } } }';
    for (const status of ['ACTIVE', 'ARCHIVED', 'DRAFT', 'ACTIVE']) {
      expect(await payload(s, storeStaff, SET, { id: product.id, status }, 'setProductStatus')).toEqual({ product: { status }, userErrors: [] });
    }
  });

  it('addVariant and a SKU change record catalog.variant.upserted; other variant changes do not; SKU_TAKEN refuses', async () => {
    const ADD = 'mutation ($id: ID!, $input: ProductVariantInput!) { addVariant(productId: $id, input: $input) { variant { id sku position options } userErrors { code field } } }';
    const UPD = 'mutation ($id: ID!, $input: UpdateProductVariantInput!) { updateVariant(id: $id, input: $input) { variant { id sku title barcode } userErrors { code field } } }';
    const eventsOf = (variantId: string) => prisma.outboxEvent.findMany({ where: { topic: TOPICS.CATALOG_VARIANT_UPSERTED, payload: { path: ['variantId'], equals: variantId } }, orderBy: { id: 'asc' } });
    const added = await payload(s, storeStaff, ADD, { id: product.id, input: { sku: sku('ANK'), options: { size: 'XL' } } }, 'addVariant');
    expect(added.variant).toMatchObject({ position: 1, options: { size: 'XL' } });
    expect((await eventsOf(added.variant.id)).map((e) => e.payload)).toEqual([{ variantId: added.variant.id, tenantId: store.id, productId: product.id, sku: added.variant.sku, vendorId: product.vendor.id, vendorOwnerUserId: null }]);

    const renamed = sku('NEW');
    expect((await payload(s, storeStaff, UPD, { id: added.variant.id, input: { sku: renamed } }, 'updateVariant')).variant.sku).toBe(renamed);
    expect((await eventsOf(added.variant.id)).map((e) => (e.payload as any).sku)).toEqual([added.variant.sku, renamed]);
    await payload(s, storeStaff, UPD, { id: added.variant.id, input: { title: 'Extra large', barcode: '12345' } }, 'updateVariant');
    expect(await eventsOf(added.variant.id)).toHaveLength(2);

    const taken = (await prisma.productVariant.findFirstOrThrow({ where: { tenantId: store.id, id: { not: added.variant.id } } })).sku;
    const before = await rows(store.id);
    expect(await payload(s, storeStaff, UPD, { id: added.variant.id, input: { sku: taken } }, 'updateVariant')).toEqual({ variant: null, userErrors: [{ code: 'SKU_TAKEN', field: ['input', 'sku'] }] });
    expect(codes(await payload(s, storeStaff, ADD, { id: product.id, input: { sku: taken } }, 'addVariant'))).toEqual(['SKU_TAKEN']);
    expect(codes(await payload(s, storeStaff, ADD, { id: uuidv7(), input: { sku: sku() } }, 'addVariant'))).toEqual(['NOT_FOUND']);
    expect(codes(await payload(s, storeStaff, UPD, { id: 'nope', input: { sku: sku() } }, 'updateVariant'))).toEqual(['NOT_FOUND']);
    expect(await rows(store.id)).toEqual(before);
    expect((await prisma.productVariant.findUniqueOrThrow({ where: { id: added.variant.id } })).sku).toBe(renamed);
  });

  it('addProductMedia appends https media', async () => {
    const MEDIA = 'mutation ($id: ID!, $input: ProductMediaInput!) { addProductMedia(productId: $id, input: $input) { media { url alt position } userErrors { code field } } }';
    expect((await payload(s, storeStaff, MEDIA, { id: product.id, input: { url: 'https://cdn.example.ng/wrap.jpg', alt: 'Wrap' } }, 'addProductMedia')).media).toEqual({ url: 'https://cdn.example.ng/wrap.jpg', alt: 'Wrap', position: 0 });
    expect((await payload(s, storeStaff, MEDIA, { id: product.id, input: { url: 'https://cdn.example.ng/wrap2.jpg' } }, 'addProductMedia')).media.position).toBe(1);
    expect(codes(await payload(s, storeStaff, MEDIA, { id: product.id, input: { url: 'javascript:alert(1)' } }, 'addProductMedia'))).toEqual(['BAD_USER_INPUT']);
    expect(await prisma.productMedia.count({ where: { productId: product.id } })).toBe(2);
  });
});

describe('a marketplace names the vendor', () => {
  it('without vendorId (several vendors) or with a pending vendor: BAD_USER_INPUT, nothing written; with an approved vendor: created', async () => {
    const before = await rows(market.id);
    expect((await create(marketAdmin, productInput('Leather Sandals', [sku()]))).userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['vendorId'] })]);
    expect((await create(marketAdmin, productInput('Leather Sandals', [sku()], { vendorId: pendingVendor.vendor.id }))).userErrors).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['vendorId'] }),
    ]);
    expect(await rows(market.id)).toEqual(before);
    const p = await create(marketAdmin, productInput('Leather Sandals', [sku()], { vendorId: vendorB.vendor.id, status: 'ACTIVE' }));
    expect(p.product.vendor).toEqual({ id: vendorB.vendor.id, name: 'Kano Leather Works' });
  });
});

describe('a vendor touches only its own products', () => {
  let ownDraft: any;
  let bActive: any;
  let bDraft: any;
  const snapshotOf = (id: string) => prisma.product.findUniqueOrThrow({ where: { id }, include: { variants: { orderBy: { id: 'asc' } }, media: true, listings: true } });

  beforeAll(async () => {
    bActive = (await create(marketAdmin, productInput('Kano Leather Bag', [sku('KLW')], { vendorId: vendorB.vendor.id, status: 'ACTIVE' }))).product;
    bDraft = (await create(marketAdmin, productInput('Kano Leather Belt', [sku('KLW')], { vendorId: vendorB.vendor.id }))).product;
  });

  it('creates products as itself; naming another vendor is FORBIDDEN', async () => {
    const p = await create(vendorA.person, productInput('Aba Made Sneakers', [sku('ABA')]));
    expect(p.userErrors).toEqual([]);
    expect(p.product.vendor.id).toBe(vendorA.vendor.id);
    ownDraft = p.product;
    expect((await create(vendorA.person, productInput('Sneakers', [sku()], { vendorId: vendorA.vendor.id }))).product.vendor.id).toBe(vendorA.vendor.id);
    const before = await rows(market.id);
    expect(codes(await create(vendorA.person, productInput('Not mine', [sku()], { vendorId: vendorB.vendor.id })))).toEqual(['FORBIDDEN']);
    expect(await rows(market.id)).toEqual(before);
  });

  it("every write on another vendor's product is refused (FORBIDDEN if visible, NOT_FOUND if not) and changes nothing", async () => {
    const beforeActive = await snapshotOf(bActive.id);
    const beforeDraft = await snapshotOf(bDraft.id);
    const before = await rows(market.id);
    const variantOf = (p: any) => p.variants[0].id;
    const writes: [string, string, (p: any) => Record<string, unknown>][] = [
      ['updateProduct', 'mutation ($id: ID!) { updateProduct(id: $id, input: { title: "Hijacked" }) { product { id } userErrors { code } } }', (p) => ({ id: p.id })],
      ['setProductStatus', 'mutation ($id: ID!) { setProductStatus(id: $id, status: ARCHIVED) { product { id } userErrors { code } } }', (p) => ({ id: p.id })],
      ['addVariant', 'mutation ($id: ID!, $sku: String!) { addVariant(productId: $id, input: { sku: $sku }) { variant { id } userErrors { code } } }', (p) => ({ id: p.id, sku: sku() })],
      ['updateVariant', 'mutation ($id: ID!) { updateVariant(id: $id, input: { title: "Hijacked" }) { variant { id } userErrors { code } } }', (p) => ({ id: variantOf(p) })],
      ['addProductMedia', 'mutation ($id: ID!) { addProductMedia(productId: $id, input: { url: "https://evil.example/x.jpg" }) { media { url } userErrors { code } } }', (p) => ({ id: p.id })],
      ['listProductInMarketplace', 'mutation ($id: ID!) { listProductInMarketplace(productId: $id) { listing { id } userErrors { code } } }', (p) => ({ id: p.id })],
    ];
    for (const [field, doc, vars] of writes) {
      for (const [target, expected] of [
        [bActive, 'FORBIDDEN'],
        [bDraft, 'NOT_FOUND'],
      ] as const) {
        const r = await payload(s, vendorA.person, doc, vars(target), field);
        expect({ field, target: target.title, codes: codes(r) }).toEqual({ field, target: target.title, codes: [expected] });
      }
    }
    expect(await snapshotOf(bActive.id)).toEqual(beforeActive);
    expect(await snapshotOf(bDraft.id)).toEqual(beforeDraft);
    expect(await rows(market.id)).toEqual(before);
  });

  it("sees its own drafts and others' active products, not others' drafts", async () => {
    const slugs = async (who: { headers: Record<string, string> }) =>
      ok(await call(s, who, '{ products(first: 100) { edges { node { slug vendor { id } status } } } }')).products.edges.map((e: any) => e.node.slug);
    const seen = await slugs(vendorA.person);
    expect(seen).toEqual(expect.arrayContaining([ownDraft.slug, bActive.slug]));
    expect(seen).not.toContain(bDraft.slug);
    expect(ok(await call(s, vendorA.person, 'query ($slug: String!) { product(slug: $slug) { id } }', { slug: bDraft.slug })).product).toBeNull();
    expect(ok(await call(s, vendorA.person, 'query ($slug: String!) { product(slug: $slug) { id status } }', { slug: ownDraft.slug })).product).toEqual({ id: ownDraft.id, status: 'DRAFT' });
  });

  it('a suspended vendor can no longer write, and its products leave the storefront', async () => {
    const c = await makeVendor(s, market, marketAdmin, 'Soon Suspended');
    const p = (await create(c.person, productInput('Gone Soon', [sku()], { status: 'ACTIVE' }))).product;
    const anonymousSees = async () => ok(await call(s, anon(market), 'query ($slug: String!) { product(slug: $slug) { id } }', { slug: p.slug })).product;
    expect(await anonymousSees()).toEqual({ id: p.id });
    await payload(s, marketAdmin, 'mutation ($id: ID!) { suspendVendor(id: $id, reason: "audit") { vendor { status } userErrors { code } } }', { id: c.vendor.id }, 'suspendVendor');
    expect(await anonymousSees()).toBeNull();
    expect(codes(await create(c.person, productInput('More', [sku()])))).toEqual(['FORBIDDEN']);
    const admins = ok(await call(s, marketAdmin, 'query ($slug: String!) { product(slug: $slug) { id } }', { slug: p.slug })).product;
    expect(admins).toEqual({ id: p.id });
  });
});

describe('who reads what', () => {
  it('the public and customers see ACTIVE products only; staff see every status (and can filter by it)', async () => {
    const draft = (await create(storeAdmin, productInput('Hidden Draft', [sku()]))).product;
    const archived = (await create(storeAdmin, productInput('Old Archived', [sku()], { status: 'ARCHIVED' }))).product;
    const customer = await makePerson(s, store, 'CUSTOMER');
    const listed = async (who: { headers: Record<string, string> }, args = '') =>
      ok(await call(s, who, `{ products(first: 100${args}) { edges { node { id status } } } }`)).products.edges.map((e: any) => e.node);
    for (const who of [anon(store), customer]) {
      const nodes = await listed(who);
      expect(new Set(nodes.map((n: any) => n.status))).toEqual(new Set(['ACTIVE']));
      expect(nodes.map((n: any) => n.id)).not.toContain(draft.id);
      expect(ok(await call(s, who, 'query ($id: ID!) { productById(id: $id) { id } }', { id: archived.id })).productById).toBeNull();
      expect(await listed(who, ', status: DRAFT')).toEqual([]);
    }
    const all = await listed(storeStaff);
    const inDb = await prisma.product.findMany({ where: { tenantId: store.id }, orderBy: { id: 'desc' }, select: { id: true, status: true } });
    expect(all).toEqual(inDb);
    expect((await listed(storeStaff, ', status: DRAFT')).map((n: any) => n.id)).toContain(draft.id);
    expect(ok(await call(s, storeStaff, 'query ($id: ID!) { productById(id: $id) { id } }', { id: archived.id })).productById).toEqual({ id: archived.id });
  });

  it('malformed and foreign ids read as nothing', async () => {
    const foreign = await prisma.product.findFirstOrThrow({ where: { tenantId: store2.id } });
    for (const id of ['not-a-uuid', foreign.id]) expect(ok(await call(s, storeStaff, 'query ($id: ID!) { productById(id: $id) { id } }', { id })).productById).toBeNull();
    expect(ok(await call(s, storeStaff, 'query ($slug: String!) { product(slug: $slug) { id } }', { slug: foreign.slug })).product?.id).not.toBe(foreign.id);
    expect(ok(await call(s, storeStaff, '{ products(categoryId: "shoes") { edges { node { id } } } }')).products.edges).toEqual([]);
  });
});
