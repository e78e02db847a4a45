/**
 * The pricing service layer against a real (in-memory) database: setting prices with validation (bad
 * input and foreign ids write nothing), who may price what, and quotes for many variants in a constant
 * number of queries.
 */
import { createPrismaClient, DomainError, openDatabase, uuidv7, type Actor, type Database, type PrismaClient } from '@webwaka/kit';
import { deployMigrations } from '../../../test/support/boot';
import { seedDemo } from '../../../test/support/demo';
import type { ServiceContext } from '../src/services/context';
import {
  createPriceList,
  priceFor,
  quoteMany,
  removePrice,
  removePriceList,
  setBasePrice,
  setListPrice,
  setSalePrice,
  setTierPrice,
} from '../src/services/pricing-admin';

let db: Database;
let prisma: PrismaClient;
let STORE: string; // ade-fashion
let MARKET: string; // naija-market
const VENDOR_USER = uuidv7();
const OTHER_VENDOR_USER = uuidv7();

const actor = (tenantId: string, extra: Partial<Actor>): Actor => ({
  kind: 'user',
  tenantId,
  userId: uuidv7(),
  roles: [],
  scopes: [],
  apiKeyId: null,
  sessionId: null,
  mfa: false,
  ...extra,
});
const ctxFor = (a: Actor): ServiceContext => ({ prisma, actor: a, tenantId: a.tenantId, requestId: 'test', ip: null, eventsRecorded: () => {} });
const admin = (tenantId: string) => ctxFor(actor(tenantId, { roles: ['CLIENT_ADMIN'], mfa: true }));

/** A vendor with one product and `n` variants, straight in the database. */
async function makeVariants(tenantId: string, n: number, vendor: { ownerUserId?: string | null; status?: 'APPROVED' | 'SUSPENDED' } = {}) {
  const vendorId = uuidv7();
  const productId = uuidv7();
  const tag = vendorId.slice(-12);
  await prisma.vendor.create({ data: { id: vendorId, tenantId, slug: `pv-${tag}`, name: `Pricing vendor ${tag}`, email: `v${tag}@example.ng`, ownerUserId: vendor.ownerUserId ?? null, status: vendor.status ?? 'APPROVED' } });
  await prisma.product.create({ data: { id: productId, tenantId, vendorId, title: `Priced ${tag}`, slug: `priced-${tag}`, status: 'ACTIVE' } });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = uuidv7();
    await prisma.productVariant.create({ data: { id, tenantId, productId, sku: `PR-${tag}-${i}`, title: `Variant ${i}` } });
    ids.push(id);
  }
  return ids;
}

const allPrices = () => prisma.price.findMany({ orderBy: { id: 'asc' } });
const allLists = () => prisma.priceList.findMany({ orderBy: { id: 'asc' } });

/** Runs `fn`, expects a DomainError with this code (and field), and that no price or list changed. */
async function refused(fn: () => Promise<unknown>, code: string, field?: string[]) {
  const [pricesBefore, listsBefore] = [await allPrices(), await allLists()];
  const err = await fn().then(
    () => null,
    (e) => e,
  );
  expect(err).toBeInstanceOf(DomainError);
  expect({ code: err.code, ...(field ? { field: err.field } : {}) }).toEqual({ code, ...(field ? { field } : {}) });
  expect(await allPrices()).toEqual(pricesBefore);
  expect(await allLists()).toEqual(listsBefore);
}

beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory' });
  await deployMigrations(db);
  prisma = createPrismaClient(db);
  await seedDemo(prisma, { products: 0 });
  STORE = (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).id;
  MARKET = (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'naija-market' } })).id;
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.close();
});

describe('setting prices', () => {
  it('sets base, sale, tier and list prices; "set" again changes the same row', async () => {
    const [v] = await makeVariants(STORE, 1);
    const ctx = admin(STORE);
    const base = await setBasePrice(ctx, v, { amount: '1250000', currency: 'NGN' });
    expect(base).toMatchObject({ variantId: v, tenantId: STORE, priceListId: null, amount: 1250000n, minQuantity: 1, startsAt: null, endsAt: null });
    const again = await setBasePrice(ctx, v, { amount: '1200000', currency: 'NGN' });
    expect(again.id).toBe(base.id);
    expect(again.amount).toBe(1200000n);
    await setBasePrice(ctx, v, { amount: '900', currency: 'USD' });

    const startsAt = new Date('2026-12-01T00:00:00Z');
    const endsAt = new Date('2026-12-26T00:00:00Z');
    const sale = await setSalePrice(ctx, v, { amount: '999900', currency: 'NGN' }, startsAt, endsAt);
    expect(sale).toMatchObject({ amount: 999900n, startsAt, endsAt, priceListId: null });
    expect((await setSalePrice(ctx, v, { amount: '990000', currency: 'NGN' }, startsAt, endsAt)).id).toBe(sale.id);

    const tier = await setTierPrice(ctx, v, { amount: '1100000', currency: 'NGN' }, 10);
    expect(tier).toMatchObject({ minQuantity: 10, amount: 1100000n });

    const list = await createPriceList(ctx, { name: 'POS', currency: 'NGN', channel: 'POS', priority: 1 });
    const listPrice = await setListPrice(ctx, list.id, v, { amount: '1150000', currency: 'NGN' });
    expect(listPrice).toMatchObject({ priceListId: list.id, minQuantity: 1 });
    expect((await setListPrice(ctx, list.id, v, { amount: '1140000', currency: 'NGN' }, 1)).id).toBe(listPrice.id);
    await setListPrice(ctx, list.id, v, { amount: '1050000', currency: 'NGN' }, 5);

    expect(await prisma.price.count({ where: { variantId: v } })).toBe(6); // NGN base, USD base, sale, tier, 2 list rows

    const at = (iso: string) => new Date(iso);
    const q = (context: Parameters<typeof priceFor>[2]) => priceFor(ctx, [v], context).then((m) => m.get(v)!);
    expect(await q({ currency: 'NGN', channel: 'SVM', quantity: 1, at: at('2026-11-30T23:59:59Z') })).toMatchObject({ source: 'BASE', unit: { amount: 1200000n } });
    expect(await q({ currency: 'NGN', channel: 'SVM', quantity: 1, at: startsAt })).toMatchObject({ source: 'SALE', unit: { amount: 990000n }, compareAt: { amount: 1200000n } });
    expect(await q({ currency: 'NGN', channel: 'SVM', quantity: 10, at: endsAt })).toMatchObject({ source: 'TIER', unit: { amount: 1100000n }, subtotal: { amount: 11000000n } });
    expect(await q({ currency: 'NGN', channel: 'POS', quantity: 5, at: endsAt })).toMatchObject({ source: 'PRICE_LIST', priceListId: list.id, unit: { amount: 1050000n } });
    expect(await q({ currency: 'USD', channel: 'SVM', quantity: 1 })).toMatchObject({ source: 'BASE', unit: { amount: 900n, currency: 'USD' } });
    expect(await q({ currency: 'GHS', channel: 'SVM', quantity: 1 })).toEqual({ kind: 'NO_PRICE', currency: 'GHS', reason: 'NO_PRICE_IN_CURRENCY' });

    const removed = await removePrice(ctx, sale.id);
    expect(removed.id).toBe(sale.id);
    expect(await prisma.price.findUnique({ where: { id: sale.id } })).toBeNull();
    await removePriceList(ctx, list.id);
    expect(await prisma.price.count({ where: { priceListId: list.id } })).toBe(0);
  });

  it('keeps amounts beyond 2^53 exact', async () => {
    const [v] = await makeVariants(STORE, 1);
    const p = await setBasePrice(admin(STORE), v, { amount: '9007199254740993', currency: 'NGN' });
    expect((await prisma.price.findUniqueOrThrow({ where: { id: p.id } })).amount).toBe(9007199254740993n);
    expect((await setBasePrice(admin(STORE), v, { amount: '9223372036854775807', currency: 'NGN' })).amount).toBe(2n ** 63n - 1n);
  });
});

describe('bad input writes nothing', () => {
  let v: string;
  let listId: string;
  beforeAll(async () => {
    [v] = await makeVariants(STORE, 1);
    await setBasePrice(admin(STORE), v, { amount: '5000', currency: 'NGN' });
    listId = (await createPriceList(admin(STORE), { name: 'Wholesale', currency: 'NGN', customerGroup: 'WHOLESALE' })).id;
  });
  const T1 = new Date('2026-12-01T00:00:00Z');
  const T2 = new Date('2026-12-02T00:00:00Z');

  it.each([
    ['negative amount', () => setBasePrice(admin(STORE), v, { amount: '-100', currency: 'NGN' }), ['amount']],
    ['fractional amount', () => setBasePrice(admin(STORE), v, { amount: '12.5', currency: 'NGN' }), ['amount']],
    ['exponent amount', () => setBasePrice(admin(STORE), v, { amount: '1e5', currency: 'NGN' }), ['amount']],
    ['empty amount', () => setBasePrice(admin(STORE), v, { amount: '', currency: 'NGN' }), ['amount']],
    ['amount beyond BIGINT', () => setBasePrice(admin(STORE), v, { amount: '9223372036854775808', currency: 'NGN' }), ['amount']],
    ['unknown currency', () => setBasePrice(admin(STORE), v, { amount: '100', currency: 'XYZ' }), ['currency']],
    ['lower-case currency', () => setBasePrice(admin(STORE), v, { amount: '100', currency: 'ngn' }), ['currency']],
    ['minQuantity 0', () => setTierPrice(admin(STORE), v, { amount: '100', currency: 'NGN' }, 0), ['minQuantity']],
    ['minQuantity 2.5', () => setTierPrice(admin(STORE), v, { amount: '100', currency: 'NGN' }, 2.5), ['minQuantity']],
    ['inverted sale window', () => setSalePrice(admin(STORE), v, { amount: '100', currency: 'NGN' }, T2, T1), ['endsAt']],
    ['empty sale window', () => setSalePrice(admin(STORE), v, { amount: '100', currency: 'NGN' }, T1, T1), ['endsAt']],
    ['invalid sale date', () => setSalePrice(admin(STORE), v, { amount: '100', currency: 'NGN' }, new Date('nope'), T2), ['startsAt']],
    ['list price in another currency', () => setListPrice(admin(STORE), listId, v, { amount: '100', currency: 'USD' }), ['currency']],
    ['list price minQuantity 0', () => setListPrice(admin(STORE), listId, v, { amount: '100', currency: 'NGN' }, 0), ['minQuantity']],
    ['list without a name', () => createPriceList(admin(STORE), { name: '  ', currency: 'NGN' }), ['name']],
    ['list in an unknown currency', () => createPriceList(admin(STORE), { name: 'X', currency: 'ABC' }), ['currency']],
    ['list with an inverted window', () => createPriceList(admin(STORE), { name: 'X', currency: 'NGN', startsAt: T2, endsAt: T1 }), ['endsAt']],
    ['list with a bad customer group', () => createPriceList(admin(STORE), { name: 'X', currency: 'NGN', customerGroup: 'has spaces' }), ['customerGroup']],
    ['list with a fractional priority', () => createPriceList(admin(STORE), { name: 'X', currency: 'NGN', priority: 1.5 }), ['priority']],
  ] as const)('%s → BAD_USER_INPUT', async (_name, fn, field) => {
    await refused(fn, 'BAD_USER_INPUT', [...field]);
  });
});

describe('tenants and ownership', () => {
  let storeVariant: string;
  let marketVariant: string;
  let ownVariant: string;
  let otherVendorVariant: string;
  let suspendedVariant: string;
  let marketList: string;
  let marketPriceId: string;
  beforeAll(async () => {
    [storeVariant] = await makeVariants(STORE, 1);
    [marketVariant] = await makeVariants(MARKET, 1);
    [ownVariant] = await makeVariants(MARKET, 1, { ownerUserId: VENDOR_USER });
    [otherVendorVariant] = await makeVariants(MARKET, 1, { ownerUserId: OTHER_VENDOR_USER });
    [suspendedVariant] = await makeVariants(MARKET, 1, { ownerUserId: VENDOR_USER, status: 'SUSPENDED' });
    marketList = (await createPriceList(admin(MARKET), { name: 'MVM', currency: 'NGN', channel: 'MVM' })).id;
    marketPriceId = (await setBasePrice(admin(MARKET), marketVariant, { amount: '7000', currency: 'NGN' })).id;
  });
  const vendor = (userId = VENDOR_USER) => ctxFor(actor(MARKET, { userId, roles: ['VENDOR'] }));
  const NGN = { amount: '100', currency: 'NGN' };

  it("another tenant's variant, list or price is NOT_FOUND, and so is a malformed id", async () => {
    await refused(() => setBasePrice(admin(STORE), marketVariant, NGN), 'NOT_FOUND', ['variantId']);
    await refused(() => setTierPrice(admin(STORE), marketVariant, NGN, 3), 'NOT_FOUND', ['variantId']);
    await refused(() => setSalePrice(admin(STORE), marketVariant, NGN, new Date('2026-01-01'), new Date('2026-01-02')), 'NOT_FOUND', ['variantId']);
    await refused(() => setListPrice(admin(STORE), marketList, storeVariant, NGN), 'NOT_FOUND', ['listId']);
    await refused(() => removePrice(admin(STORE), marketPriceId), 'NOT_FOUND', ['id']);
    await refused(() => removePriceList(admin(STORE), marketList), 'NOT_FOUND', ['listId']);
    await refused(() => setBasePrice(admin(STORE), 'not-a-uuid', NGN), 'NOT_FOUND', ['variantId']);
    await refused(() => setBasePrice(admin(STORE), uuidv7(), NGN), 'NOT_FOUND', ['variantId']);
    await refused(() => removePrice(admin(STORE), "'; DROP TABLE x; --"), 'NOT_FOUND', ['id']);
  });

  it("quotes never read another tenant's prices", async () => {
    const m = await priceFor(admin(STORE), [marketVariant, 'not-a-uuid'], { currency: 'NGN', channel: 'SVM', quantity: 1 });
    expect(m.get(marketVariant)).toMatchObject({ kind: 'NO_PRICE', reason: 'NO_PRICE_IN_CURRENCY' });
    expect(m.get('not-a-uuid')).toMatchObject({ kind: 'NO_PRICE' });
    expect((await priceFor(admin(MARKET), [marketVariant], { currency: 'NGN', channel: 'SVM', quantity: 1 })).get(marketVariant)).toMatchObject({ kind: 'QUOTE' });
  });

  it('a vendor prices its own products only, and only while approved; it cannot manage lists', async () => {
    expect((await setBasePrice(vendor(), ownVariant, NGN)).amount).toBe(100n);
    expect((await setListPrice(vendor(), marketList, ownVariant, NGN)).priceListId).toBe(marketList);
    await refused(() => setBasePrice(vendor(), otherVendorVariant, NGN), 'FORBIDDEN');
    await refused(() => setBasePrice(vendor(), marketVariant, NGN), 'FORBIDDEN');
    await refused(() => setBasePrice(vendor(), suspendedVariant, NGN), 'FORBIDDEN');
    await refused(() => removePrice(vendor(), marketPriceId), 'FORBIDDEN');
    await refused(() => createPriceList(vendor(), { name: 'Mine', currency: 'NGN' }), 'FORBIDDEN');
    await refused(() => removePriceList(vendor(), marketList), 'FORBIDDEN');
    // A vendor of another tenant with the same user id is not this tenant's vendor.
    await refused(() => setBasePrice(ctxFor(actor(STORE, { userId: VENDOR_USER, roles: ['VENDOR'] })), ownVariant, NGN), 'NOT_FOUND');
  });

  it('staff and catalog:write keys price anything in their tenant; admins need the second factor; customers nothing', async () => {
    expect(await setBasePrice(ctxFor(actor(MARKET, { roles: ['STAFF'] })), marketVariant, { amount: '7100', currency: 'NGN' })).toMatchObject({ amount: 7100n });
    const key = ctxFor(actor(MARKET, { kind: 'apiKey', userId: null, scopes: ['catalog:write'], apiKeyId: uuidv7() }));
    expect(await setBasePrice(key, marketVariant, { amount: '7200', currency: 'NGN' })).toMatchObject({ amount: 7200n });
    const readKey = ctxFor(actor(MARKET, { kind: 'apiKey', userId: null, scopes: ['catalog:read'], apiKeyId: uuidv7() }));
    await refused(() => setBasePrice(readKey, marketVariant, NGN), 'FORBIDDEN');
    await refused(() => setBasePrice(ctxFor(actor(MARKET, { roles: ['CLIENT_ADMIN'], mfa: false })), marketVariant, NGN), 'FORBIDDEN');
    await refused(() => setBasePrice(ctxFor(actor(MARKET, { roles: ['CUSTOMER'] })), marketVariant, NGN), 'FORBIDDEN');
    await refused(() => setBasePrice(ctxFor(actor(MARKET, { kind: 'anonymous', userId: null })), marketVariant, NGN), 'FORBIDDEN');
  });
});

describe('quotes for many variants', () => {
  /** Counts the queries a Prisma client runs, by model. */
  function counting() {
    const calls: string[] = [];
    const client = prisma.$extends({
      query: {
        $allModels: {
          async $allOperations({ model, operation, args, query }) {
            calls.push(`${model}.${operation}`);
            return query(args);
          },
        },
      },
    }) as unknown as PrismaClient;
    return { calls, client };
  }

  it('uses the same three queries for 1 variant or 40, in several currencies and contexts', async () => {
    const ids = await makeVariants(STORE, 40);
    const ctx = admin(STORE);
    const list = await createPriceList(ctx, { name: 'Many', currency: 'NGN', channel: 'POS' });
    for (const [i, id] of ids.entries()) {
      await setBasePrice(ctx, id, { amount: String(1000 + i), currency: 'NGN' });
      if (i % 2 === 0) await setListPrice(ctx, list.id, id, { amount: String(900 + i), currency: 'NGN' });
      if (i % 3 === 0) await setBasePrice(ctx, id, { amount: String(10 + i), currency: 'USD' });
    }
    const quote = async (variantIds: string[]) => {
      const { calls, client } = counting();
      const requests = variantIds.flatMap((variantId) => [
        { variantId, context: { currency: 'NGN', channel: 'SVM' as const, quantity: 1 } },
        { variantId, context: { currency: 'NGN', channel: 'POS' as const, quantity: 2 } },
        { variantId, context: { currency: 'USD', channel: 'MVM' as const, quantity: 1 } },
      ]);
      const results = await quoteMany({ prisma: client, tenantId: STORE }, requests);
      return { calls, results };
    };
    const one = await quote(ids.slice(0, 1));
    const many = await quote(ids);
    expect(one.calls).toEqual(['Price.findMany', 'PriceList.findMany', 'CatalogSettings.findUnique']);
    expect(many.calls).toEqual(one.calls);

    expect(many.results).toHaveLength(120);
    for (const [i] of ids.entries()) {
      const [svm, pos, usd] = many.results.slice(i * 3, i * 3 + 3);
      expect(svm).toMatchObject({ kind: 'QUOTE', source: 'BASE', unit: { amount: BigInt(1000 + i) } });
      expect(pos).toMatchObject(i % 2 === 0 ? { source: 'PRICE_LIST', unit: { amount: BigInt(900 + i) }, subtotal: { amount: BigInt(2 * (900 + i)) } } : { source: 'BASE' });
      expect(usd).toMatchObject(i % 3 === 0 ? { kind: 'QUOTE', unit: { amount: BigInt(10 + i), currency: 'USD' } } : { kind: 'NO_PRICE', reason: 'NO_PRICE_IN_CURRENCY' });
    }
  });

  it("applies the tenant's tax settings", async () => {
    const [v] = await makeVariants(MARKET, 1);
    await setBasePrice(admin(MARKET), v, { amount: '10000', currency: 'NGN' });
    const q = () => priceFor(admin(MARKET), [v], { currency: 'NGN', channel: 'MVM', quantity: 1 }).then((m) => m.get(v)!);
    expect(await q()).toMatchObject({ taxInclusive: true, taxRateBps: 750, tax: { amount: 698n }, totalExclTax: { amount: 9302n } });
    await prisma.catalogSettings.upsert({ where: { tenantId: MARKET }, create: { tenantId: MARKET, pricesIncludeTax: false }, update: { pricesIncludeTax: false } });
    try {
      expect(await q()).toMatchObject({ taxInclusive: false, tax: { amount: 750n }, totalInclTax: { amount: 10750n } });
    } finally {
      await prisma.catalogSettings.delete({ where: { tenantId: MARKET } });
    }
  });
});
