/**
 * searchProducts through the gateway, against a catalogue built for it in a tenant of its own: matching
 * (web-search syntax, SKU prefixes), ranking (title over description), every filter, facet counts, and
 * paging through every page of every sort (page size 3, many ties) with nothing repeated or missed and the
 * order the rules say. Expected results come from a model of the data kept by the test, not from the
 * service.
 */
import { uuidv7, type PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { createCategory } from '../src/services/categories';
import { createProduct, type CreateProductInput } from '../src/services/products';
import { refreshCatalogStatistics } from '../src/services/statistics';
import { suspendVendor } from '../src/services/vendors';
import { call, eventually, makePerson, makeTenant, makeVendor, ok, serviceCtx, type Person, type Tenant } from './support';

let s: TestStack;
let prisma: PrismaClient;
let market: Tenant;
let other: Tenant;
let admin: Person;
let staff: Person;

interface Model {
  id: string;
  title: string;
  status: 'DRAFT' | 'ACTIVE' | 'ARCHIVED';
  vendorId: string;
  categoryId: string | null;
  attributes: Record<string, string | string[]>;
  /** Lowest NGN base price of its variants, in kobo. */
  price: bigint | null;
  usdPrice: bigint | null;
  inStock: boolean;
  createdAt: Date;
}
const model: Model[] = [];
const ids: Record<string, string> = {};
const cat: Record<string, string> = {};
const ven: Record<string, string> = {};
let suspendedVendorId: string;

const SEARCH = `query ($query: String, $filters: ProductSearchFilters, $sort: ProductSort, $currency: String, $first: Int, $after: String) {
  searchProducts(query: $query, filters: $filters, sort: $sort, currency: $currency, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title } }
  }
}`;
const FACETS = `query ($query: String, $filters: ProductSearchFilters) {
  searchProducts(query: $query, filters: $filters, first: 0) {
    totalCount
    facets { categories { id name count } vendors { id name count } attributes { name values { value count } } priceRange { min { amount currency } max { amount currency } } }
  }
}`;

const anon = () => ({ headers: { 'x-tenant': market.slug } });
type Who = { headers: Record<string, string> };

async function search(who: Who, vars: Record<string, unknown>) {
  const r = await call(s, who, SEARCH, vars);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data.searchProducts;
}

/** Every page, following endCursor; fails on a repeated id. */
async function allPages(who: Who, vars: Record<string, unknown>, pageSize = 3): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const page: any = await search(who, { ...vars, first: pageSize, after });
    expect(page.edges.length).toBeLessThanOrEqual(pageSize);
    seen.push(...page.edges.map((e: any) => e.node.id));
    if (!page.pageInfo.hasNextPage) break;
    expect(page.edges.length).toBe(pageSize);
    after = page.pageInfo.endCursor;
  }
  expect(new Set(seen).size).toBe(seen.length);
  return seen;
}

const publicModel = () => model.filter((m) => m.status === 'ACTIVE' && m.vendorId !== suspendedVendorId);
const byId = (a: Model, b: Model) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const cmpBig = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);
/** The documented orders, written out independently of the SQL. */
const ORDERS: Record<string, (a: Model, b: Model) => number> = {
  NEWEST: (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || -byId(a, b),
  PRICE_ASC: (a, b) => (a.price === null ? (b.price === null ? byId(a, b) : 1) : b.price === null ? -1 : cmpBig(a.price, b.price) || byId(a, b)),
  PRICE_DESC: (a, b) => (a.price === null ? (b.price === null ? byId(a, b) : 1) : b.price === null ? -1 : cmpBig(b.price, a.price) || byId(a, b)),
  TITLE: (a, b) => (a.title.toLowerCase() < b.title.toLowerCase() ? -1 : a.title.toLowerCase() > b.title.toLowerCase() ? 1 : byId(a, b)),
};

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  market = await makeTenant(prisma, 'MARKETPLACE', 'search');
  other = await makeTenant(prisma, 'MARKETPLACE', 'search-other');
  admin = await makePerson(s, market, 'CLIENT_ADMIN');
  staff = await makePerson(s, market, 'STAFF');
  const ctx = serviceCtx(prisma, admin.actor);
  for (const [key, name] of [
    ['aba', 'Aba Made'],
    ['kano', 'Kano Leather'],
    ['gone', 'Gone Vendor'],
  ]) {
    ven[key] = (await makeVendor(s, market, admin, name)).vendor.id;
  }
  cat.fashion = (await createCategory(ctx, { name: 'Fashion' })).id;
  cat.shirts = (await createCategory(ctx, { name: 'Shirts', parentId: cat.fashion })).id;
  cat.dresses = (await createCategory(ctx, { name: 'Dresses', parentId: cat.fashion })).id;
  cat.home = (await createCategory(ctx, { name: 'Home' })).id;

  const add = async (
    key: string,
    p: { title: string; description?: string; vendor: string; category?: string; status?: Model['status']; attributes?: Model['attributes']; prices?: (number | null)[]; usd?: number; skus?: string[]; stock?: number[] },
  ) => {
    const skus = p.skus ?? (p.prices ?? [null]).map(() => `${key.toUpperCase()}-${uuidv7().slice(-8)}`);
    const input: CreateProductInput = {
      title: p.title,
      description: p.description ?? '',
      vendorId: ven[p.vendor],
      categoryId: p.category ? cat[p.category] : null,
      status: p.status ?? 'ACTIVE',
      attributes: p.attributes ?? {},
      variants: skus.map((sku, i) => ({
        sku,
        basePrices: [
          ...((p.prices ?? [])[i] != null ? [{ amount: BigInt((p.prices ?? [])[i]!), currency: 'NGN' }] : []),
          ...(p.usd !== undefined && i === 0 ? [{ amount: BigInt(p.usd), currency: 'USD' }] : []),
        ],
      })),
    };
    const created = await createProduct(ctx, input);
    ids[key] = created.id;
    // Stock as inventory's events would leave it (catalog's projection).
    for (const [i, available] of (p.stock ?? []).entries()) {
      await prisma.variantAvailability.create({ data: { variantId: created.variants[i].id, tenantId: market.id, productId: created.id, available } });
    }
    const prices = (p.prices ?? []).filter((x): x is number => x !== null).map(BigInt);
    model.push({
      id: created.id,
      title: p.title,
      status: p.status ?? 'ACTIVE',
      vendorId: ven[p.vendor],
      categoryId: p.category ? cat[p.category] : null,
      attributes: p.attributes ?? {},
      price: prices.length ? prices.reduce((a, b) => (a < b ? a : b)) : null,
      usdPrice: p.usd !== undefined ? BigInt(p.usd) : null,
      inStock: (p.stock ?? []).some((x) => x > 0),
      createdAt: created.createdAt,
    });
    return created;
  };

  const adire = await add('adire', {
    title: 'Indigo Adire Shirt',
    description: 'Hand-dyed cotton from Abeokuta',
    vendor: 'aba',
    category: 'shirts',
    attributes: { colour: 'indigo', material: 'cotton' },
    prices: [1_250_000, 1_350_000],
    usd: 1500,
    skus: ['ADR-001-M', 'ADR-001-L'],
    stock: [3, 0],
  });
  await add('linen', {
    title: 'Plain Linen Shirt',
    description: 'A cool shirt for hot days, with an adire pattern on the collar',
    vendor: 'kano',
    category: 'shirts',
    attributes: { colour: ['white', 'indigo'], material: 'linen' },
    prices: [900_000],
    stock: [0],
  });
  await add('wrap', { title: 'Ankara Wrap Dress', description: 'Bold wax print', vendor: 'aba', category: 'dresses', attributes: { colour: 'orange', material: 'ankara' }, prices: [2_000_000], stock: [7] });
  await add('pot', { title: 'Clay Pot', description: 'For ofe nsala', vendor: 'kano', category: 'home' });
  await add('draft', { title: 'Adire Cap Draft', vendor: 'aba', category: 'shirts', status: 'DRAFT', prices: [100_000], attributes: { colour: 'indigo' } });
  await add('archived', { title: 'Old Adire Scarf', vendor: 'kano', status: 'ARCHIVED', prices: [50_000] });
  await add('gone', { title: 'Suspended Adire Bag', vendor: 'gone', category: 'fashion', prices: [300_000], attributes: { colour: 'indigo' }, stock: [4] });
  // Fillers with many ties (same price, same title) so ties cross page boundaries in every sort.
  for (let i = 0; i < 14; i++) {
    await add(`filler${i}`, {
      title: i % 3 === 0 ? 'Market Basket' : `Woven Item ${String.fromCharCode(97 + (i % 5))}`,
      vendor: i % 2 ? 'aba' : 'kano',
      category: i % 4 === 0 ? 'home' : i % 4 === 1 ? 'dresses' : undefined,
      attributes: i % 2 ? { material: 'raffia' } : {},
      prices: i % 5 === 4 ? [null] : [i % 3 === 0 ? 500_000 : 700_000 + (i % 2) * 100_000],
      stock: i % 3 === 1 ? [2] : [],
    });
  }
  // Products created in the same instant (a bulk import): NEWEST must break the tie by id across pages.
  const sameInstant = new Date();
  const tied = model.filter((m) => m.title.startsWith('Woven') || m.title === 'Market Basket').slice(0, 8);
  await prisma.product.updateMany({ where: { id: { in: tied.map((m) => m.id) } }, data: { createdAt: sameInstant } });
  for (const m of tied) m.createdAt = sameInstant;
  // Prices that are not base prices must not count: a cheaper sale (windowed), a volume tier, a price list.
  const variant = adire.variants[0];
  await prisma.price.create({ data: { id: uuidv7(), tenantId: market.id, variantId: variant.id, currency: 'NGN', amount: 1n, startsAt: new Date('2020-01-01'), endsAt: new Date('2099-01-01') } });
  await prisma.price.create({ data: { id: uuidv7(), tenantId: market.id, variantId: variant.id, currency: 'NGN', amount: 2n, minQuantity: 10 } });
  const list = await prisma.priceList.create({ data: { id: uuidv7(), tenantId: market.id, name: 'Wholesale', currency: 'NGN' } });
  await prisma.price.create({ data: { id: uuidv7(), tenantId: market.id, variantId: variant.id, currency: 'NGN', amount: 3n, priceListId: list.id } });

  suspendedVendorId = ven.gone;
  await suspendVendor(ctx, ven.gone, 'test');

  // Another tenant with look-alike products: never part of these results.
  const otherAdmin = await makePerson(s, other, 'CLIENT_ADMIN');
  const otherVendor = await makeVendor(s, other, otherAdmin, 'Aba Made');
  await createProduct(serviceCtx(prisma, otherAdmin.actor), { title: 'Indigo Adire Shirt', vendorId: otherVendor.vendor.id, status: 'ACTIVE', variants: [{ sku: 'ADR-001-M', basePrices: [{ amount: 1n, currency: 'NGN' }] }] });
});
afterAll(async () => {
  await s?.stop();
});

describe('matching and ranking', () => {
  it('finds products by words in title or description, public sees only active products of approved vendors', async () => {
    const r = await search(anon(), { query: 'adire', first: 50 });
    expect(r.edges.map((e: any) => e.node.id)).toEqual([ids.adire, ids.linen]);
    expect(r.totalCount).toBe(2);
    const asStaff = (await search(staff, { query: 'adire', first: 50 })).edges.map((e: any) => e.node.id);
    expect(new Set(asStaff)).toEqual(new Set([ids.adire, ids.linen, ids.draft, ids.archived, ids.gone]));
  });

  it('ranks a title match above a description match (and stems: "shirts" finds "shirt")', async () => {
    const r = await search(anon(), { query: 'adire', sort: 'RELEVANCE', first: 10 });
    expect(r.edges[0].node.title).toBe('Indigo Adire Shirt');
    expect((await search(anon(), { query: 'shirts', first: 10 })).edges.map((e: any) => e.node.id).sort()).toEqual([ids.adire, ids.linen].sort());
  });

  it('matches SKUs, whole or by prefix, case-insensitively, and puts that product first', async () => {
    for (const q of ['ADR-001-L', 'adr-001', 'ADR-0']) {
      const r = await search(anon(), { query: q, first: 10 });
      expect({ q, first: r.edges[0]?.node.id }).toEqual({ q, first: ids.adire });
    }
    expect((await search(anon(), { query: 'ADR_00', first: 10 })).edges).toEqual([]); // _ is not a wildcard
  });

  it('understands web-search syntax', async () => {
    expect((await search(anon(), { query: 'adire -linen', first: 10 })).edges.map((e: any) => e.node.id)).toEqual([ids.adire]);
    expect(new Set((await search(anon(), { query: 'pot or dress', first: 10 })).edges.map((e: any) => e.node.id))).toEqual(
      // "dress" also matches the Dresses category's products (category names are in the search document).
      new Set([ids.pot, ids.wrap, ...publicModel().filter((m) => m.categoryId === cat.dresses).map((m) => m.id)]),
    );
    expect((await search(anon(), { query: '"wax print"', first: 10 })).edges.map((e: any) => e.node.id)).toEqual([ids.wrap]);
  });

  it('treats hostile text as text', async () => {
    for (const q of [`'); DROP TABLE "catalog"."Product"; --`, '%', '\\', "adire' OR '1'='1", '&|!:*()']) {
      const r = await call(s, anon(), SEARCH, { query: q, first: 5 });
      expect({ q, errors: r.errors }).toEqual({ q, errors: undefined });
    }
    expect(await prisma.product.count({ where: { tenantId: market.id } })).toBe(model.length);
  });

  it('a query of stop words only matches everything', async () => {
    expect((await search(anon(), { query: 'the and', first: 0 })).totalCount).toBe(publicModel().length);
  });
});

describe('filters', () => {
  const expectSet = async (filters: Record<string, unknown>, pred: (m: Model) => boolean, who: Who = anon(), extra: Record<string, unknown> = {}) => {
    const got = await allPages(who, { filters, ...extra }, 100);
    const expected = (who === staff ? model : publicModel()).filter(pred).map((m) => m.id);
    expect(new Set(got)).toEqual(new Set(expected));
    expect(got.length).toBe(expected.length);
    return got;
  };

  it('category (with its descendants)', async () => {
    expect(await expectSet({ categoryId: cat.shirts }, (m) => m.categoryId === cat.shirts)).toHaveLength(2);
    await expectSet({ categoryId: cat.fashion }, (m) => [cat.fashion, cat.shirts, cat.dresses].includes(m.categoryId!));
    await expectSet({ categoryId: uuidv7() }, () => false);
    await expectSet({ categoryId: 'fashion' }, () => false);
  });

  it('vendor', async () => {
    await expectSet({ vendorId: ven.kano }, (m) => m.vendorId === ven.kano);
    await expectSet({ vendorId: 'nope' }, () => false);
  });

  it('price range on the base price (sales, tiers and lists ignored), bounds inclusive', async () => {
    const money = (n: number) => ({ amount: String(n), currency: 'NGN' });
    await expectSet({ minPrice: money(900_000), maxPrice: money(1_250_000) }, (m) => m.price !== null && m.price >= 900_000n && m.price <= 1_250_000n);
    await expectSet({ maxPrice: money(10) }, () => false);
    await expectSet({ minPrice: money(1_000_000) }, (m) => m.price !== null && m.price >= 1_000_000n);
    // In dollars: only products with a USD base price count.
    await expectSet({ minPrice: { amount: '1000', currency: 'USD' } }, (m) => m.usdPrice !== null && m.usdPrice >= 1000n, anon(), { currency: 'USD' });
  });

  it('in stock (some variant available) and out of stock', async () => {
    await expectSet({ inStock: true }, (m) => m.inStock);
    await expectSet({ inStock: false }, (m) => !m.inStock);
  });

  it('attributes: any of the values, text or list attributes, all filters must hold', async () => {
    const has = (m: Model, name: string, values: string[]) => {
      const v = m.attributes[name];
      return v !== undefined && (Array.isArray(v) ? v : [v]).some((x) => values.includes(x));
    };
    await expectSet({ attributes: [{ name: 'colour', values: ['indigo'] }] }, (m) => has(m, 'colour', ['indigo']));
    await expectSet({ attributes: [{ name: 'colour', values: ['orange', 'white'] }] }, (m) => has(m, 'colour', ['orange', 'white']));
    await expectSet(
      { attributes: [{ name: 'colour', values: ['indigo'] }, { name: 'material', values: ['linen'] }] },
      (m) => has(m, 'colour', ['indigo']) && has(m, 'material', ['linen']),
    );
    await expectSet({ attributes: [{ name: 'colour', values: ['indigo'] }] }, (m) => has(m, 'colour', ['indigo']), staff);
  });

  it('filters combine with the query', async () => {
    const got = await allPages(anon(), { query: 'shirt', filters: { inStock: true } }, 100);
    expect(got).toEqual([ids.adire]);
  });
});

describe('facets', () => {
  it('count categories, vendors, attribute values and the price range over everything that matches', async () => {
    for (const [query, filters] of [
      [null, null],
      [null, { categoryId: cat.fashion }],
      ['shirt', null],
      [null, { inStock: true }],
    ] as const) {
      const matched = publicModel().filter((m) => {
        if (filters && 'categoryId' in filters && ![cat.fashion, cat.shirts, cat.dresses].includes(m.categoryId!)) return false;
        if (filters && 'inStock' in filters && !m.inStock) return false;
        if (query === 'shirt' && !/shirt/i.test(m.title)) return false;
        return true;
      });
      const r = ok(await call(s, anon(), FACETS, { query, filters })).searchProducts;
      const count = <K extends string | null>(key: (m: Model) => K) => {
        const counts = new Map<string, number>();
        for (const m of matched) {
          const k = key(m);
          if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
        }
        return counts;
      };
      const asMap = (xs: { id: string; count: number }[]) => new Map(xs.map((x) => [x.id, x.count]));
      expect(r.totalCount).toBe(matched.length);
      expect(asMap(r.facets.categories)).toEqual(count((m) => m.categoryId));
      expect(asMap(r.facets.vendors)).toEqual(count((m) => m.vendorId));
      const attrs = new Map<string, Map<string, number>>();
      for (const m of matched) {
        for (const [name, v] of Object.entries(m.attributes)) {
          const values = attrs.get(name) ?? new Map<string, number>();
          for (const x of Array.isArray(v) ? v : [v]) values.set(x, (values.get(x) ?? 0) + 1);
          attrs.set(name, values);
        }
      }
      expect(new Map(r.facets.attributes.map((a: any) => [a.name, new Map(a.values.map((v: any) => [v.value, v.count]))]))).toEqual(attrs);
      const prices = matched.map((m) => m.price).filter((p): p is bigint => p !== null);
      expect(r.facets.priceRange).toEqual(
        prices.length
          ? { min: { amount: String(prices.reduce((a, b) => (a < b ? a : b))), currency: 'NGN' }, max: { amount: String(prices.reduce((a, b) => (a > b ? a : b))), currency: 'NGN' } }
          : null,
      );
      // Names come along.
      for (const c of r.facets.categories) expect(c.name).toBe((await prisma.category.findUniqueOrThrow({ where: { id: c.id } })).name);
    }
  });
});

describe('pagination', () => {
  it.each(['NEWEST', 'PRICE_ASC', 'PRICE_DESC', 'TITLE'])('%s: every page, nothing repeated or missed, in the documented order', async (sort) => {
    for (const who of [anon(), staff]) {
      const got = await allPages(who, { sort });
      const expected = [...(who === staff ? model : publicModel())].sort(ORDERS[sort]).map((m) => m.id);
      expect(got).toEqual(expected);
    }
  });

  it('RELEVANCE: pages of 3 give the one-page order, with ties broken the same way', async () => {
    for (const query of ['adire shirt', 'woven or basket', 'item']) {
      const onePage = (await search(staff, { query, sort: 'RELEVANCE', first: 100 })).edges.map((e: any) => e.node.id);
      expect(onePage.length).toBeGreaterThan(1);
      expect(await allPages(staff, { query, sort: 'RELEVANCE' })).toEqual(onePage);
    }
  });

  it('with a query and filters too', async () => {
    const got = await allPages(anon(), { query: 'woven', sort: 'PRICE_DESC', filters: { vendorId: ven.aba } }, 2);
    const expected = publicModel()
      .filter((m) => m.title.startsWith('Woven') && m.vendorId === ven.aba)
      .sort(ORDERS.PRICE_DESC)
      .map((m) => m.id);
    expect(got).toEqual(expected);
    expect(expected.length).toBeGreaterThan(2);
  });

  it('refuses cursors that are forged or from another sort, and backward paging', async () => {
    const page = await search(anon(), { sort: 'PRICE_ASC', first: 2 });
    const codeOf = async (vars: Record<string, unknown>) => (await call(s, anon(), SEARCH, vars)).errors?.[0]?.extensions?.code;
    expect(await codeOf({ sort: 'TITLE', first: 2, after: page.pageInfo.endCursor })).toBe('BAD_USER_INPUT');
    expect(await codeOf({ sort: 'PRICE_ASC', first: 2, after: 'not-a-cursor' })).toBe('BAD_USER_INPUT');
    const forged = Buffer.from(JSON.stringify({ s: 'PRICE_ASC', k: '1; DROP TABLE x', i: uuidv7() })).toString('base64url');
    expect(await codeOf({ sort: 'PRICE_ASC', first: 2, after: forged })).toBe('BAD_USER_INPUT');
    expect((await call(s, anon(), 'query { searchProducts(last: 2) { edges { cursor } } }')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await call(s, anon(), 'query { searchProducts(first: 101) { edges { cursor } } }')).errors?.[0]?.extensions?.code).toBe('PAGE_SIZE_EXCEEDED');
  });

  it('refuses price bounds in another currency than the search', async () => {
    const r = await call(s, anon(), SEARCH, { filters: { minPrice: { amount: '100', currency: 'USD' } }, currency: 'NGN', first: 1 });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const neg = await call(s, anon(), SEARCH, { filters: { minPrice: { amount: '-1', currency: 'NGN' } }, first: 1 });
    expect(neg.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('planner statistics (embedded PGlite has no autovacuum)', () => {
  it('are refreshed for catalog tables changed beyond the autovacuum rule, once', async () => {
    await refreshCatalogStatistics(prisma);
    const tenant = await makeTenant(prisma, 'STORE', 'bulk');
    const vendor = await prisma.vendor.create({ data: { id: uuidv7(), tenantId: tenant.id, slug: 'bulk', name: 'Bulk', email: '', documentUrls: [], status: 'APPROVED' } });
    const live = (await prisma.$queryRaw<{ n: number }[]>`SELECT n_live_tup::int AS n FROM pg_stat_user_tables WHERE schemaname = 'catalog' AND relname = 'Product'`)[0].n;
    // A bulk import (as a seeder does it): more than 50 + 10% of the table.
    const count = 60 + Math.ceil(live * 0.2);
    await prisma.product.createMany({ data: Array.from({ length: count }, (_, i) => ({ id: uuidv7(), tenantId: tenant.id, vendorId: vendor.id, title: `Bulk ${i}`, slug: `bulk-${i}` })) });
    // Activity counters reach pg_stat_user_tables within a second or so (PostgreSQL flushes them lazily).
    const analysed = await eventually(async () => {
      const tables = await refreshCatalogStatistics(prisma);
      return tables.includes('Product') ? tables : null;
    });
    expect(analysed).toContain('Product');
    const [row] = await prisma.$queryRaw<{ last: Date | null; mods: number }[]>`SELECT last_analyze AS last, n_mod_since_analyze::int AS mods FROM pg_stat_user_tables WHERE schemaname = 'catalog' AND relname = 'Product'`;
    expect(row.last).not.toBeNull();
    expect(row.mods).toBe(0);
    expect(await refreshCatalogStatistics(prisma)).not.toContain('Product');
  });
});
