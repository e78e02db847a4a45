/**
 * Pricing through the gateway, in the demo tenants ade-fashion (A) and naija-market (B), with variants
 * made straight in the database (so these tests need no product mutation):
 * - an administrator sets base, sale, tier and list prices; anyone reads `ProductVariant.price` with
 *   x-tenant;
 * - tenant isolation: A's callers never price, remove or see B's variants, prices or lists (NOT_FOUND,
 *   nothing written);
 * - bad input comes back as userErrors and writes nothing;
 * - who may call each pricing operation (the catalog authorization matrix leaves pricing to this file);
 * - `ProductVariant.price` over a page of products costs the same three queries for 2 products or 20.
 */
import { execute, parse } from 'graphql';
import { Peers, logger, uuidv7, type Actor, type PrismaClient, type RequestContext } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { gql } from '../../../test/support/graphql';
import { schema } from '../src/schema';
import { quoteMany } from '../src/services/pricing-admin';
import { makeApiKey, makePerson, makeVendor, ok, type Person, type Tenant } from './support';

let s: TestStack;
let prisma: PrismaClient;
let A: Tenant;
let B: Tenant;
let adminA: Person;
let adminB: Person;

const anon = (tenant: Tenant) => ({ headers: { 'x-tenant': tenant.slug } });
const run = (who: { headers: Record<string, string> }, query: string, variables: Record<string, unknown> = {}) => gql(s.gatewayUrl, query, variables, who.headers);

const USER_ERRORS = 'userErrors { code field message }';
const PRICE_FIELDS = `price { id variantId amount { amount currency } minQuantity startsAt endsAt priceListId } ${USER_ERRORS}`;
const SET_BASE = `mutation ($input: SetBasePriceInput!) { setBasePrice(input: $input) { ${PRICE_FIELDS} } }`;
const SET_SALE = `mutation ($input: SetSalePriceInput!) { setSalePrice(input: $input) { ${PRICE_FIELDS} } }`;
const SET_TIER = `mutation ($input: SetTierPriceInput!) { setTierPrice(input: $input) { ${PRICE_FIELDS} } }`;
const SET_LIST_PRICE = `mutation ($input: SetListPriceInput!) { setListPrice(input: $input) { ${PRICE_FIELDS} } }`;
const REMOVE_PRICE = `mutation ($id: ID!) { removePrice(id: $id) { ${PRICE_FIELDS} } }`;
const CREATE_LIST = `mutation ($input: CreatePriceListInput!) { createPriceList(input: $input) { priceList { id name channel customerGroup currency priority startsAt endsAt } ${USER_ERRORS} } }`;
const REMOVE_LIST = `mutation ($id: ID!) { removePriceList(id: $id) { priceList { id } ${USER_ERRORS} } }`;
const PRICE_LISTS = 'query { priceLists(first: 100) { edges { node { id name } } } }';
const QUOTE = 'unit { amount currency formatted } compareAt { amount } subtotal { amount } tax { amount } totalInclTax { amount } totalExclTax { amount } taxInclusive taxRateBps source priceListId quantity';
const PRODUCT_PRICES = `query ($slug: String!, $ctx: PriceContextInput!) { product(slug: $slug) { variants { id price(context: $ctx) { ${QUOTE} } } } }`;
const VARIANT_PRICE_ROWS = 'query ($slug: String!) { product(slug: $slug) { variants { id prices { id amount { amount } } } } }';

/** A product (active, approved vendor) with `n` variants, straight in the database. */
async function makeProduct(tenant: Tenant, n: number, vendorId?: string) {
  const tag = uuidv7().slice(-12);
  if (!vendorId) {
    vendorId = uuidv7();
    await prisma.vendor.create({ data: { id: vendorId, tenantId: tenant.id, slug: `pricing-${tag}`, name: `Pricing ${tag}`, email: `p${tag}@example.ng`, status: 'APPROVED' } });
  }
  const productId = uuidv7();
  const slug = `priced-${tag}`;
  await prisma.product.create({ data: { id: productId, tenantId: tenant.id, vendorId, title: `Priced ${tag}`, slug, status: 'ACTIVE' } });
  const variants: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = uuidv7();
    await prisma.productVariant.create({ data: { id, tenantId: tenant.id, productId, sku: `PA-${tag}-${i}`, title: `V${i}`, position: i } });
    variants.push(id);
  }
  return { slug, variants };
}

/** Every price row and list of a tenant, to prove that something wrote nothing. */
const snapshot = async (tenant: Tenant) => ({
  prices: await prisma.price.findMany({ where: { tenantId: tenant.id }, orderBy: { id: 'asc' } }),
  lists: await prisma.priceList.findMany({ where: { tenantId: tenant.id }, orderBy: { id: 'asc' } }),
});

const payloadOf = (r: Awaited<ReturnType<typeof run>>) => Object.values(ok<any>(r))[0] as any;
const okPayload = (r: Awaited<ReturnType<typeof run>>) => {
  const p = payloadOf(r);
  if (p.userErrors.length) throw new Error(`unexpected userErrors: ${JSON.stringify(p.userErrors)}`);
  return p;
};

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  const bySlug = async (slug: string) => ({ id: (await prisma.tenant.findUniqueOrThrow({ where: { slug } })).id, slug });
  A = await bySlug(s.demo.tenantSlug);
  B = await bySlug(s.demo.marketplaceSlug);
  adminA = await makePerson(s, A, 'CLIENT_ADMIN');
  adminB = await makePerson(s, B, 'CLIENT_ADMIN');
}, 60_000);
afterAll(async () => {
  await s?.stop();
});

describe('setting and reading prices', () => {
  it('an administrator sets base, sale, tier and list prices; anyone reads them with x-tenant', async () => {
    const { slug, variants: [v1, v2, v3] } = await makeProduct(A, 3);
    const now = Date.now();
    okPayload(await run(adminA, SET_BASE, { input: { variantId: v1, amount: '1250000', currency: 'NGN' } }));
    const sale = okPayload(
      await run(adminA, SET_SALE, { input: { variantId: v1, amount: '999900', currency: 'NGN', startsAt: new Date(now - 3_600_000).toISOString(), endsAt: new Date(now + 3_600_000).toISOString() } }),
    ).price;
    expect(sale).toMatchObject({ variantId: v1, amount: { amount: '999900', currency: 'NGN' }, minQuantity: 1, priceListId: null });
    okPayload(await run(adminA, SET_BASE, { input: { variantId: v2, amount: '500000', currency: 'NGN' } }));
    expect(okPayload(await run(adminA, SET_TIER, { input: { variantId: v2, amount: '450000', currency: 'NGN', minQuantity: 10 } })).price.minQuantity).toBe(10);
    okPayload(await run(adminA, SET_BASE, { input: { variantId: v3, amount: '2000000', currency: 'NGN' } }));
    const list = okPayload(await run(adminA, CREATE_LIST, { input: { name: 'Shop counter', currency: 'NGN', channel: 'POS', priority: 1 } })).priceList;
    expect(list).toMatchObject({ name: 'Shop counter', channel: 'POS', customerGroup: null, currency: 'NGN', priority: 1, startsAt: null, endsAt: null });
    expect(okPayload(await run(adminA, SET_LIST_PRICE, { input: { listId: list.id, variantId: v3, amount: '1800000', currency: 'NGN' } })).price.priceListId).toBe(list.id);

    const read = async (ctx: Record<string, unknown>) => {
      const r = ok<any>(await run(anon(A), PRODUCT_PRICES, { slug, ctx }));
      return Object.fromEntries(r.product.variants.map((v: any) => [v.id, v.price]));
    };
    const svm = await read({ currency: 'NGN', channel: 'SVM' });
    expect(svm[v1]).toEqual({
      unit: { amount: '999900', currency: 'NGN', formatted: '₦9,999.00' },
      compareAt: { amount: '1250000' },
      subtotal: { amount: '999900' },
      tax: { amount: '69760' },
      totalInclTax: { amount: '999900' },
      totalExclTax: { amount: '930140' },
      taxInclusive: true,
      taxRateBps: 750,
      source: 'SALE',
      priceListId: null,
      quantity: 1,
    });
    expect(svm[v2]).toMatchObject({ source: 'BASE', unit: { amount: '500000' }, compareAt: null, tax: { amount: '34884' } });
    expect(svm[v3]).toMatchObject({ source: 'BASE', unit: { amount: '2000000' } });

    const bulk = await read({ currency: 'NGN', channel: 'SVM', quantity: 10 });
    expect(bulk[v2]).toMatchObject({ source: 'TIER', unit: { amount: '450000' }, subtotal: { amount: '4500000' }, tax: { amount: '313953' }, totalExclTax: { amount: '4186047' }, quantity: 10 });
    expect(bulk[v1]).toMatchObject({ source: 'SALE', subtotal: { amount: '9999000' } });

    const pos = await read({ currency: 'NGN', channel: 'POS' });
    expect(pos[v3]).toMatchObject({ source: 'PRICE_LIST', priceListId: list.id, unit: { amount: '1800000' }, compareAt: { amount: '2000000' } });
    expect(pos[v1]).toMatchObject({ source: 'SALE' });

    // No price in the currency: a null quote, not an error.
    expect(await read({ currency: 'USD', channel: 'SVM' })).toEqual({ [v1]: null, [v2]: null, [v3]: null });

    // The back office sees the rows; the public does not.
    const rows = ok<any>(await run(adminA, VARIANT_PRICE_ROWS, { slug })).product.variants;
    expect(rows.find((v: any) => v.id === v1).prices.map((p: any) => p.amount.amount).sort()).toEqual(['1250000', '999900']);
    expect((await run(anon(A), VARIANT_PRICE_ROWS, { slug })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(ok<any>(await run(adminA, PRICE_LISTS)).priceLists.edges.map((e: any) => e.node.id)).toContain(list.id);

    // Removing the sale brings the base price back.
    expect(okPayload(await run(adminA, REMOVE_PRICE, { id: sale.id })).price.id).toBe(sale.id);
    expect((await read({ currency: 'NGN', channel: 'SVM' }))[v1]).toMatchObject({ source: 'BASE', unit: { amount: '1250000' }, compareAt: null });
    // Removing the list takes its prices with it.
    okPayload(await run(adminA, REMOVE_LIST, { id: list.id }));
    expect((await read({ currency: 'NGN', channel: 'POS' }))[v3]).toMatchObject({ source: 'BASE' });
    expect(await prisma.price.count({ where: { priceListId: list.id } })).toBe(0);
  });

  it('refuses a bad price context as a request error', async () => {
    const { slug } = await makeProduct(A, 1);
    for (const ctx of [
      { currency: 'XYZ', channel: 'SVM' },
      { currency: 'NGN', channel: 'SVM', quantity: 0 },
    ]) {
      expect((await run(anon(A), PRODUCT_PRICES, { slug, ctx })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('quotes customer-group prices for staff and integrators, not for anyone who claims the group', async () => {
    const { slug, variants: [v] } = await makeProduct(A, 1);
    okPayload(await run(adminA, SET_BASE, { input: { variantId: v, amount: '10000', currency: 'NGN' } }));
    const list = okPayload(await run(adminA, CREATE_LIST, { input: { name: 'Wholesale', currency: 'NGN', customerGroup: 'WHOLESALE' } })).priceList;
    okPayload(await run(adminA, SET_LIST_PRICE, { input: { listId: list.id, variantId: v, amount: '8000', currency: 'NGN' } }));
    const ctx = { currency: 'NGN', channel: 'POS', customerGroup: 'WHOLESALE' };
    const staff = await makePerson(s, A, 'STAFF');
    const readKey = await makeApiKey(s, adminA, ['catalog:read']);
    for (const who of [staff, readKey, adminA]) {
      expect(ok<any>(await run(who, PRODUCT_PRICES, { slug, ctx })).product.variants[0].price).toMatchObject({ source: 'PRICE_LIST', unit: { amount: '8000' }, compareAt: { amount: '10000' } });
    }
    for (const who of [anon(A), await makePerson(s, A, 'CUSTOMER')]) {
      expect((await run(who, PRODUCT_PRICES, { slug, ctx })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    // Without a group everyone gets the regular price.
    expect(ok<any>(await run(anon(A), PRODUCT_PRICES, { slug, ctx: { currency: 'NGN', channel: 'POS' } })).product.variants[0].price.unit.amount).toBe('10000');
  });
});

describe('tenant isolation', () => {
  it("A's callers cannot price, remove or see B's variants, prices and lists; nothing of B changes", async () => {
    const a = await makeProduct(A, 1);
    const b = await makeProduct(B, 1);
    const [va] = a.variants;
    const [vb] = b.variants;
    const bPrice = okPayload(await run(adminB, SET_BASE, { input: { variantId: vb, amount: '70000', currency: 'NGN' } })).price;
    const bList = okPayload(await run(adminB, CREATE_LIST, { input: { name: 'B only', currency: 'NGN' } })).priceList;
    okPayload(await run(adminB, SET_LIST_PRICE, { input: { listId: bList.id, variantId: vb, amount: '65000', currency: 'NGN' } }));
    const aList = okPayload(await run(adminA, CREATE_LIST, { input: { name: 'A only', currency: 'NGN' } })).priceList;
    const keyA = await makeApiKey(s, adminA, ['catalog:write']);
    const before = { a: await snapshot(A), b: await snapshot(B) };

    const NGN = { amount: '1', currency: 'NGN' };
    const attempts: [string, Record<string, unknown>][] = [
      [SET_BASE, { input: { variantId: vb, ...NGN } }],
      [SET_SALE, { input: { variantId: vb, ...NGN, startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-01-02T00:00:00Z' } }],
      [SET_TIER, { input: { variantId: vb, ...NGN, minQuantity: 2 } }],
      [SET_LIST_PRICE, { input: { listId: bList.id, variantId: va, ...NGN } }],
      [SET_LIST_PRICE, { input: { listId: aList.id, variantId: vb, ...NGN } }],
      [REMOVE_PRICE, { id: bPrice.id }],
      [REMOVE_LIST, { id: bList.id }],
      [SET_BASE, { input: { variantId: 'not-a-uuid', ...NGN } }],
      [REMOVE_PRICE, { id: 'not-a-uuid' }],
    ];
    // As A's administrator (also when naming B in x-tenant: the session's tenant wins) and A's API key.
    for (const who of [adminA, { headers: { ...adminA.headers, 'x-tenant': B.slug } }, keyA]) {
      for (const [doc, vars] of attempts) {
        const r = await run(who, doc, vars);
        expect({ doc: doc.slice(0, 40), errors: r.errors, codes: payloadOf(r).userErrors.map((e: any) => e.code) }).toEqual({ doc: doc.slice(0, 40), errors: undefined, codes: ['NOT_FOUND'] });
      }
    }
    expect({ a: await snapshot(A), b: await snapshot(B) }).toEqual(before);

    // B's list is not in A's lists (and the other way round).
    const listIds = async (who: Person) => ok<any>(await run(who, PRICE_LISTS)).priceLists.edges.map((e: any) => e.node.id);
    expect(await listIds(adminA)).toContain(aList.id);
    expect(await listIds(adminA)).not.toContain(bList.id);
    expect(await listIds(adminB)).toContain(bList.id);
    expect(await listIds(adminB)).not.toContain(aList.id);
    // B's product is not reachable from A's storefront; in B's it is priced.
    const ctx = { currency: 'NGN', channel: 'SVM' };
    expect(ok<any>(await run(anon(A), PRODUCT_PRICES, { slug: b.slug, ctx })).product).toBeNull();
    expect(ok<any>(await run(anon(B), PRODUCT_PRICES, { slug: b.slug, ctx })).product.variants[0].price).toMatchObject({ source: 'PRICE_LIST', unit: { amount: '65000' } });
  });
});

describe('bad input', () => {
  it.each([
    ['a negative amount', SET_BASE, { amount: '-100', currency: 'NGN' }, ['amount']],
    ['a fractional amount', SET_BASE, { amount: '12.5', currency: 'NGN' }, ['amount']],
    ['an amount beyond 64 bits', SET_BASE, { amount: '99999999999999999999', currency: 'NGN' }, ['amount']],
    ['an unknown currency', SET_BASE, { amount: '100', currency: 'XYZ' }, ['currency']],
    ['minQuantity 0', SET_TIER, { amount: '100', currency: 'NGN', minQuantity: 0 }, ['minQuantity']],
    ['an inverted sale window', SET_SALE, { amount: '100', currency: 'NGN', startsAt: '2026-12-02T00:00:00Z', endsAt: '2026-12-01T00:00:00Z' }, ['endsAt']],
  ])('%s → userErrors, nothing written', async (_name, doc, input, field) => {
    const { variants: [v] } = await makeProduct(A, 1);
    okPayload(await run(adminA, SET_BASE, { input: { variantId: v, amount: '5000', currency: 'NGN' } }));
    const before = await snapshot(A);
    const r = await run(adminA, doc, { input: { variantId: v, ...input } });
    expect(r.errors).toBeUndefined();
    expect(payloadOf(r)).toMatchObject({ price: null, userErrors: [{ code: 'BAD_USER_INPUT', field }] });
    expect(await snapshot(A)).toEqual(before);
  });

  it.each([
    ['an inverted window', { name: 'X', currency: 'NGN', startsAt: '2026-12-02T00:00:00Z', endsAt: '2026-12-01T00:00:00Z' }, ['endsAt']],
    ['an unknown currency', { name: 'X', currency: 'ABC' }, ['currency']],
    ['an empty name', { name: ' ', currency: 'NGN' }, ['name']],
  ])('a price list with %s → userErrors, nothing written', async (_name, input, field) => {
    const before = await snapshot(A);
    expect(payloadOf(await run(adminA, CREATE_LIST, { input }))).toMatchObject({ priceList: null, userErrors: [{ code: 'BAD_USER_INPUT', field }] });
    expect(await snapshot(A)).toEqual(before);
  });

  it("a list price in another currency than the list's → userErrors, nothing written", async () => {
    const { variants: [v] } = await makeProduct(A, 1);
    const list = okPayload(await run(adminA, CREATE_LIST, { input: { name: 'NGN list', currency: 'NGN' } })).priceList;
    const before = await snapshot(A);
    expect(payloadOf(await run(adminA, SET_LIST_PRICE, { input: { listId: list.id, variantId: v, amount: '100', currency: 'USD' } }))).toMatchObject({
      userErrors: [{ code: 'BAD_USER_INPUT', field: ['currency'] }],
    });
    expect(await snapshot(A)).toEqual(before);
  });
});

describe('who may set prices', () => {
  type Who = { headers: Record<string, string> };
  let callers: Record<string, Who>;
  let variant: string;
  let ownVariant: string;
  let listId: string;
  let priceId: string;

  beforeAll(async () => {
    // The vendor sells in B (a marketplace); its product and a product of another vendor.
    const vendor = await makeVendor(s, B, adminB, `Pricing Vendor ${uuidv7().slice(-6)}`);
    [ownVariant] = (await makeProduct(B, 1, vendor.vendor.id)).variants;
    [variant] = (await makeProduct(B, 1)).variants;
    priceId = okPayload(await run(adminB, SET_BASE, { input: { variantId: variant, amount: '100', currency: 'NGN' } })).price.id;
    listId = okPayload(await run(adminB, CREATE_LIST, { input: { name: 'Matrix', currency: 'NGN' } })).priceList.id;
    callers = {
      anonymous: anon(B),
      CUSTOMER: await makePerson(s, B, 'CUSTOMER'),
      AGENT: await makePerson(s, B, 'AGENT'),
      CLIENT_ADMIN_WITHOUT_2FA: await makePerson(s, B, 'CLIENT_ADMIN', { twoFactor: false }),
      API_KEY_READ: await makeApiKey(s, adminB, ['catalog:read']),
      API_KEY_WRITE: await makeApiKey(s, adminB, ['catalog:write']),
      STAFF: await makePerson(s, B, 'STAFF'),
      CLIENT_ADMIN: adminB,
      VENDOR: vendor.person,
    };
  }, 60_000);

  const ops = () => ({
    setBasePrice: [SET_BASE, { input: { variantId: variant, amount: '101', currency: 'NGN' } }],
    setSalePrice: [SET_SALE, { input: { variantId: variant, amount: '90', currency: 'NGN', startsAt: '2026-01-01T00:00:00Z', endsAt: '2026-01-02T00:00:00Z' } }],
    setTierPrice: [SET_TIER, { input: { variantId: variant, amount: '95', currency: 'NGN', minQuantity: 5 } }],
    setListPrice: [SET_LIST_PRICE, { input: { listId, variantId: variant, amount: '99', currency: 'NGN' } }],
    removePrice: [REMOVE_PRICE, { id: uuidv7() }],
    createPriceList: [CREATE_LIST, { input: { name: 'Should not exist', currency: 'NGN' } }],
    removePriceList: [REMOVE_LIST, { id: uuidv7() }],
    priceLists: [PRICE_LISTS, {}],
  } as Record<string, [string, Record<string, unknown>]>);

  const WRITERS = ['API_KEY_WRITE', 'STAFF', 'CLIENT_ADMIN', 'VENDOR'];
  const MANAGERS = ['API_KEY_WRITE', 'STAFF', 'CLIENT_ADMIN'];
  const ALLOWED: Record<string, string[]> = {
    setBasePrice: WRITERS,
    setSalePrice: WRITERS,
    setTierPrice: WRITERS,
    setListPrice: WRITERS,
    removePrice: WRITERS,
    createPriceList: MANAGERS,
    removePriceList: MANAGERS,
    priceLists: [...WRITERS, 'API_KEY_READ'],
  };
  const KINDS = ['anonymous', 'CUSTOMER', 'AGENT', 'CLIENT_ADMIN_WITHOUT_2FA', 'API_KEY_READ', 'API_KEY_WRITE', 'STAFF', 'CLIENT_ADMIN', 'VENDOR'];
  const denial = (kind: string) => (kind === 'anonymous' ? 'UNAUTHENTICATED' : kind === 'CLIENT_ADMIN_WITHOUT_2FA' ? 'TWO_FACTOR_REQUIRED' : 'FORBIDDEN');

  it('every caller kind gets the answer the table says, and refused calls write nothing', async () => {
    const seen: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const [op, [doc, vars]] of Object.entries(ops())) {
      for (const kind of KINDS) {
        const before = await snapshot(B);
        const r = await run(callers[kind], doc, vars);
        const allowed = ALLOWED[op].includes(kind);
        // A vendor passes the gate, and the service then confines it to its own products.
        const vendorConfined = kind === 'VENDOR' && op.startsWith('set');
        expected[`${op} ${kind}`] = allowed ? (vendorConfined ? 'userError FORBIDDEN' : 'ok') : `error ${denial(kind)}`;
        const code = r.errors?.[0]?.extensions?.code;
        const userError = r.data && op !== 'priceLists' ? payloadOf(r)?.userErrors?.[0]?.code : undefined;
        seen[`${op} ${kind}`] = code ? `error ${code}` : userError && userError !== 'NOT_FOUND' ? `userError ${userError}` : 'ok';
        if (!allowed || vendorConfined) expect(await snapshot(B)).toEqual(before);
      }
    }
    expect(seen).toEqual(expected);
  });

  it('a vendor prices its own products, on lists too, but not the rest', async () => {
    const vendor = callers.VENDOR;
    expect(okPayload(await run(vendor, SET_BASE, { input: { variantId: ownVariant, amount: '4200', currency: 'NGN' } })).price.amount.amount).toBe('4200');
    okPayload(await run(vendor, SET_TIER, { input: { variantId: ownVariant, amount: '4000', currency: 'NGN', minQuantity: 3 } }));
    const listPrice = okPayload(await run(vendor, SET_LIST_PRICE, { input: { listId, variantId: ownVariant, amount: '4100', currency: 'NGN' } })).price;
    expect(okPayload(await run(vendor, REMOVE_PRICE, { id: listPrice.id })).price).toMatchObject({ id: listPrice.id, priceListId: listId });
    const before = await snapshot(B);
    expect(payloadOf(await run(vendor, REMOVE_PRICE, { id: priceId })).userErrors[0].code).toBe('FORBIDDEN');
    expect(payloadOf(await run(vendor, SET_BASE, { input: { variantId: variant, amount: '1', currency: 'NGN' } })).userErrors[0].code).toBe('FORBIDDEN');
    expect(await snapshot(B)).toEqual(before);
  });
});

describe('batching', () => {
  /** Runs a query against the catalog schema with a Prisma client that records every query. */
  async function countedQuery(query: string, variables: Record<string, unknown>, tenant: Tenant) {
    const calls: string[] = [];
    const counting = prisma.$extends({
      query: {
        $allModels: {
          async $allOperations({ model, operation, args, query: q }) {
            calls.push(`${model}.${operation}`);
            return q(args);
          },
        },
      },
    }) as unknown as PrismaClient;
    const actor: Actor = { kind: 'anonymous', tenantId: tenant.id, userId: null, roles: [], scopes: [], apiKeyId: null, sessionId: null, mfa: false };
    const contextValue: RequestContext = { actor, tenantId: tenant.id, requestId: uuidv7(), ip: null, log: logger, prisma: counting, pubsub: s.stack.pubsub, peers: new Peers(), eventsRecorded: () => {} };
    const result = await execute({ schema, document: parse(query), variableValues: variables, contextValue });
    if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
    return { data: result.data as any, pricing: calls.filter((c) => /^(Price|PriceList|CatalogSettings)\./.test(c)) };
  }

  const PAGE = `query ($first: Int!) { products(first: $first) { edges { node { variants { id
    svm: price(context: { currency: "NGN", channel: SVM }) { unit { amount } source }
    bulk: price(context: { currency: "NGN", channel: SVM, quantity: 10 }) { unit { amount } source }
  } } } } }`;

  it('prices a page of 20 products with the same three queries as a page of 2, and the same answers as the service', async () => {
    const small = await countedQuery(PAGE, { first: 2 }, B);
    const large = await countedQuery(PAGE, { first: 20 }, B);
    const variants = large.data.products.edges.flatMap((e: any) => e.node.variants);
    expect(large.data.products.edges).toHaveLength(20);
    expect(variants.length).toBeGreaterThan(20);
    // The lists query runs when some price row names a list (earlier tests put some on B's newest products).
    expect(small.pricing.filter((c) => c !== 'PriceList.findMany')).toEqual(['Price.findMany', 'CatalogSettings.findUnique']);
    expect(large.pricing).toEqual(small.pricing);

    // Same answers as pricing every variant on its own.
    const at = new Date();
    for (const [field, quantity] of [['svm', 1], ['bulk', 10]] as const) {
      const direct = await quoteMany({ prisma, tenantId: B.id }, variants.map((v: any) => ({ variantId: v.id, context: { currency: 'NGN', channel: 'SVM' as const, quantity, at } })));
      expect(variants.map((v: any) => v[field])).toEqual(direct.map((q) => (q.kind === 'QUOTE' ? { unit: { amount: q.unit.amount.toString() }, source: q.source } : null)));
    }
    // The seed gives some variants a volume tier: the batch saw them.
    expect(variants.some((v: any) => v.bulk?.source === 'TIER')).toBe(true);
  });

  it('loads the lists the prices name in one more query', async () => {
    const { slug, variants } = await makeProduct(B, 3);
    const list = okPayload(await run(adminB, CREATE_LIST, { input: { name: 'Batch', currency: 'NGN', channel: 'MVM' } })).priceList;
    for (const v of variants) {
      okPayload(await run(adminB, SET_BASE, { input: { variantId: v, amount: '1000', currency: 'NGN' } }));
      okPayload(await run(adminB, SET_LIST_PRICE, { input: { listId: list.id, variantId: v, amount: '900', currency: 'NGN' } }));
    }
    const r = await countedQuery(`query ($slug: String!) { product(slug: $slug) { variants { price(context: { currency: "NGN", channel: MVM }) { source priceListId } } } }`, { slug }, B);
    expect(r.pricing).toEqual(['Price.findMany', 'PriceList.findMany', 'CatalogSettings.findUnique']);
    expect(r.data.product.variants).toEqual(variants.map(() => ({ price: { source: 'PRICE_LIST', priceListId: list.id } })));
  });
});
