/**
 * `checkoutQuote`, the @inaccessible query commerce prices checkouts with, called the way commerce calls
 * it (a signed service actor holding catalog:read, straight to the catalog subgraph):
 * - each line's prices are exactly the pricing engine's for that channel, quantity and currency;
 * - the line says what it is and who sells it (vendor, its owner) and, in a marketplace, the listing's
 *   commission (0 in a store);
 * - lines that cannot be sold say why (unknown, malformed or another tenant's variant: NOT_FOUND, with
 *   nothing about it revealed; draft product, unapproved vendor, unlisted, no price in the currency);
 * - bad input is refused with BAD_USER_INPUT;
 * - only a service with catalog:read may call it: a service without the scope is FORBIDDEN, and through
 *   the gateway the field does not exist for anyone.
 */
import { randomUUID } from 'node:crypto';
import { anonymousActor, callPeer, config, Peers, signedCallHeaders, uuidv7, type PrismaClient } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { apiSchema } from '../../../test/support/operations';
import { startStack, type TestStack } from '../../../test/support/stack';
import { quoteMany } from '../src/services/pricing-admin';
import { makeApiKey, makePerson, type Tenant } from './support';

const QUERY = `query ($lines: [CheckoutQuoteLineInput!]!, $channel: SalesChannel!, $currency: String!) {
  checkoutQuote(lines: $lines, channel: $channel, currency: $currency) {
    variantId quantity sellable reason sku title productId vendorId vendorName vendorOwnerUserId commissionBps currency
    unit subtotal tax totalInclTax totalExclTax taxInclusive taxRateBps
  }
}`;

let s: TestStack;
let prisma: PrismaClient;
let peers: Peers;
let store: string;
let market: string;

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  peers = new Peers({ ...s.stack.subgraphs });
  store = (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).id;
  market = (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'naija-market' } })).id;
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

/** As commerce asks: a service actor of the tenant with the given scopes. */
const quote = (tenantId: string, lines: { variantId: string; quantity: number }[], channel: 'SVM' | 'MVM', currency = 'NGN', scopes = ['catalog:read']) =>
  callPeer<{ checkoutQuote: any[] }>(peers, 'catalog', QUERY, { lines, channel, currency }, { tenantId, service: 'commerce', scopes }).then((d) => d.checkoutQuote);

interface Made {
  productId: string;
  variantId: string;
  sku: string;
  vendor: { id: string; name: string; ownerUserId: string | null };
}

/** A product with one variant sold by a vendor of the tenant, with the given price rows and listing. */
async function makeProduct(
  tenantId: string,
  opts: { vendorSlug?: string; vendorStatus?: 'PENDING'; status?: 'DRAFT'; prices?: { amount: bigint; currency?: string; minQuantity?: number; sale?: boolean }[]; listing?: { commissionBps: number; active?: boolean } },
): Promise<Made> {
  const vendor = opts.vendorStatus
    ? await prisma.vendor.create({ data: { id: uuidv7(), tenantId, slug: `pending-${randomUUID().slice(0, 8)}`, name: 'Pending Vendor', email: 'pending@vendor.test', status: 'PENDING' } })
    : await prisma.vendor.findFirstOrThrow({ where: { tenantId, status: 'APPROVED', ...(opts.vendorSlug ? { slug: opts.vendorSlug } : {}) }, orderBy: { slug: 'asc' } });
  const productId = uuidv7();
  const variantId = uuidv7();
  const sku = `Q-${randomUUID().slice(0, 8).toUpperCase()}`;
  await prisma.product.create({ data: { id: productId, tenantId, vendorId: vendor.id, title: `Quote test ${sku}`, slug: sku.toLowerCase(), status: opts.status ?? 'ACTIVE' } });
  await prisma.productVariant.create({ data: { id: variantId, tenantId, productId, sku, title: 'Large' } });
  for (const p of opts.prices ?? []) {
    const window = p.sale ? { startsAt: new Date(Date.now() - 3_600_000), endsAt: new Date(Date.now() + 3_600_000) } : {};
    await prisma.price.create({ data: { id: uuidv7(), tenantId, variantId, currency: p.currency ?? 'NGN', amount: p.amount, minQuantity: p.minQuantity ?? 1, ...window } });
  }
  if (opts.listing) await prisma.marketplaceListing.create({ data: { id: uuidv7(), tenantId, productId, vendorId: vendor.id, commissionBps: opts.listing.commissionBps, active: opts.listing.active ?? true } });
  return { productId, variantId, sku, vendor: { id: vendor.id, name: vendor.name, ownerUserId: vendor.ownerUserId } };
}

/** The pricing engine's own answer, in checkoutQuote's shape. */
async function engine(tenantId: string, variantId: string, quantity: number, channel: 'SVM' | 'MVM', currency = 'NGN') {
  const [q] = await quoteMany({ prisma, tenantId }, [{ variantId, context: { currency, channel, quantity } }]);
  if (q.kind !== 'QUOTE') return null;
  return {
    unit: q.unit.amount.toString(),
    subtotal: q.subtotal.amount.toString(),
    tax: q.tax.amount.toString(),
    totalInclTax: q.totalInclTax.amount.toString(),
    totalExclTax: q.totalExclTax.amount.toString(),
    taxInclusive: q.taxInclusive,
    taxRateBps: q.taxRateBps,
  };
}

const unsellable = (variantId: string, quantity: number, reason: string) => ({
  variantId,
  quantity,
  sellable: false,
  reason,
  unit: null,
  subtotal: null,
  tax: null,
  totalInclTax: null,
  totalExclTax: null,
  taxInclusive: null,
  taxRateBps: null,
});

describe('prices, vendor and commission', () => {
  it('store: the engine’s prices per quantity, the vendor and its owner, no commission', async () => {
    const plain = await makeProduct(store, { prices: [{ amount: 1_075_000n }] });
    // A sale and a tier: the engine decides which applies at each quantity.
    const tiered = await makeProduct(store, { prices: [{ amount: 1_000_000n }, { amount: 950_000n, sale: true }, { amount: 900_000n, minQuantity: 3 }] });
    const lines = [
      { variantId: plain.variantId, quantity: 2 },
      { variantId: tiered.variantId, quantity: 1 },
      { variantId: tiered.variantId, quantity: 3 },
    ];
    const got = await quote(store, lines, 'SVM');
    expect(got.map((l) => [l.variantId, l.quantity])).toEqual(lines.map((l) => [l.variantId, l.quantity]));
    for (const [i, l] of lines.entries()) {
      const expected = await engine(store, l.variantId, l.quantity, 'SVM');
      expect(expected).not.toBeNull();
      expect(got[i]).toMatchObject({ sellable: true, reason: null, currency: 'NGN', commissionBps: 0, ...expected });
    }
    // ₦10,750.00 including 7.5% VAT, two units.
    expect(got[0]).toMatchObject({ unit: '1075000', subtotal: '2150000', tax: '150000', totalInclTax: '2150000', totalExclTax: '2000000', taxInclusive: true, taxRateBps: 750 });
    expect(got[1].unit).not.toBe(got[2].unit);
    expect(got[0]).toMatchObject({
      sku: plain.sku,
      title: `Quote test ${plain.sku} — Large`,
      productId: plain.productId,
      vendorId: plain.vendor.id,
      vendorName: plain.vendor.name,
      vendorOwnerUserId: plain.vendor.ownerUserId,
    });
  });

  it('marketplace: each line carries its listing’s commission and its own vendor', async () => {
    const a = await makeProduct(market, { vendorSlug: 'aba-made', prices: [{ amount: 537_500n }], listing: { commissionBps: 1200 } });
    const b = await makeProduct(market, { vendorSlug: 'chiamakas-closet', prices: [{ amount: 215_000n }], listing: { commissionBps: 800 } });
    const got = await quote(market, [
      { variantId: a.variantId, quantity: 1 },
      { variantId: b.variantId, quantity: 4 },
    ], 'MVM');
    expect(got[0]).toMatchObject({ sellable: true, vendorId: a.vendor.id, vendorName: 'Aba Made', commissionBps: 1200, ...(await engine(market, a.variantId, 1, 'MVM')) });
    expect(got[1]).toMatchObject({ sellable: true, vendorId: b.vendor.id, vendorOwnerUserId: b.vendor.ownerUserId, commissionBps: 800, ...(await engine(market, b.variantId, 4, 'MVM')) });
    expect(b.vendor.ownerUserId).not.toBeNull();
  });
});

describe('lines that cannot be sold', () => {
  it('says why, per line, in the order asked', async () => {
    const draft = await makeProduct(market, { status: 'DRAFT', prices: [{ amount: 100_000n }], listing: { commissionBps: 500 } });
    const pendingVendor = await makeProduct(market, { vendorStatus: 'PENDING', prices: [{ amount: 100_000n }], listing: { commissionBps: 500 } });
    const unlisted = await makeProduct(market, { prices: [{ amount: 100_000n }] });
    const delisted = await makeProduct(market, { prices: [{ amount: 100_000n }], listing: { commissionBps: 500, active: false } });
    const dollarsOnly = await makeProduct(market, { prices: [{ amount: 5_000n, currency: 'USD' }], listing: { commissionBps: 500 } });
    const got = await quote(market, [
      { variantId: draft.variantId, quantity: 1 },
      { variantId: pendingVendor.variantId, quantity: 1 },
      { variantId: unlisted.variantId, quantity: 1 },
      { variantId: delisted.variantId, quantity: 1 },
      { variantId: dollarsOnly.variantId, quantity: 2 },
    ], 'MVM');
    expect(got.map((l) => [l.sellable, l.reason])).toEqual([
      [false, 'NOT_ACTIVE'],
      [false, 'VENDOR_NOT_APPROVED'],
      [false, 'NOT_LISTED'],
      [false, 'NOT_LISTED'],
      [false, 'NO_PRICE'],
    ]);
    expect(got[3].commissionBps).toBe(0);
    // The same unlisted product sells in a store's channel (listings are the marketplace's).
    expect((await quote(market, [{ variantId: unlisted.variantId, quantity: 1 }], 'SVM'))[0]).toMatchObject({ sellable: true, commissionBps: 0 });
    // Priced in the currency asked.
    expect((await quote(market, [{ variantId: dollarsOnly.variantId, quantity: 2 }], 'MVM', 'USD'))[0]).toMatchObject({ sellable: true, currency: 'USD', ...(await engine(market, dollarsOnly.variantId, 2, 'MVM', 'USD')) });
  });

  it('unknown, malformed and other tenants’ variants are NOT_FOUND and reveal nothing', async () => {
    const theirs = await makeProduct(store, { prices: [{ amount: 1_000_000n }] });
    const unknown = uuidv7();
    const got = await quote(market, [
      { variantId: theirs.variantId, quantity: 1 },
      { variantId: unknown, quantity: 1 },
      { variantId: 'not-a-uuid', quantity: 1 },
    ], 'MVM');
    const nothing = { sku: null, title: null, productId: null, vendorId: null, vendorName: null, vendorOwnerUserId: null, commissionBps: 0, currency: 'NGN' };
    expect(got).toEqual([
      { ...unsellable(theirs.variantId, 1, 'NOT_FOUND'), ...nothing },
      { ...unsellable(unknown, 1, 'NOT_FOUND'), ...nothing },
      { ...unsellable('not-a-uuid', 1, 'NOT_FOUND'), ...nothing },
    ]);
  });

  it('refuses bad input with BAD_USER_INPUT', async () => {
    const p = await makeProduct(store, { prices: [{ amount: 1_000n }] });
    const refused = (lines: { variantId: string; quantity: number }[], currency = 'NGN') => quote(store, lines, 'SVM', currency).then(() => 'answered', (e) => e.extensions?.code);
    expect(await refused([{ variantId: p.variantId, quantity: 0 }])).toBe('BAD_USER_INPUT');
    expect(await refused(Array.from({ length: 101 }, () => ({ variantId: p.variantId, quantity: 1 })))).toBe('BAD_USER_INPUT');
    expect(await refused([{ variantId: p.variantId, quantity: 1 }], 'naira')).toBe('BAD_USER_INPUT');
    expect(await refused([{ variantId: p.variantId, quantity: 1 }])).toBe('answered');
  });
});

describe('who may call it', () => {
  it('a service without catalog:read is FORBIDDEN', async () => {
    const p = await makeProduct(store, { prices: [{ amount: 1_000n }] });
    await expect(quote(store, [{ variantId: p.variantId, quantity: 1 }], 'SVM', 'NGN', ['inventory:write'])).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('a person reaching the subgraph with a signed actor (an administrator with 2FA) is FORBIDDEN: it is for services', async () => {
    const actor = { ...anonymousActor(store), kind: 'user' as const, userId: uuidv7(), roles: ['CLIENT_ADMIN' as const], mfa: true };
    const requestId = uuidv7();
    const body = JSON.stringify({ query: QUERY, variables: { lines: [{ variantId: uuidv7(), quantity: 1 }], channel: 'SVM', currency: 'NGN' } });
    const res = await fetch(peers.url('catalog'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedCallHeaders(actor, requestId, config.gatewaySecret, { audience: 'catalog', body }) },
      body,
    });
    const answer = await res.json();
    expect(answer.errors.map((e: any) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('is not in the public API: through the gateway nobody can call it, whatever their rights', async () => {
    const api = apiSchema();
    expect(api.getQueryType()!.getFields().checkoutQuote).toBeUndefined();
    expect(api.getType('CheckoutQuoteLine')).toBeUndefined();
    const tenant: Tenant = { id: store, slug: 'ade-fashion' };
    const admin = await makePerson(s, tenant, 'CLIENT_ADMIN', { twoFactor: true });
    const key = await makeApiKey(s, admin, ['catalog:read', 'catalog:write']);
    for (const headers of [{ 'x-tenant': 'ade-fashion' }, admin.headers, key.headers]) {
      const r = await gql(s.gatewayUrl, QUERY, { lines: [{ variantId: uuidv7(), quantity: 1 }], channel: 'SVM', currency: 'NGN' }, headers);
      expect(r.data).toBeNull();
      // The field and its input type are both unknown there.
      expect(r.errors!.length).toBeGreaterThan(0);
      expect(new Set(r.errors!.map((e) => e.extensions?.code))).toEqual(new Set(['GRAPHQL_VALIDATION_FAILED']));
      expect(r.errors!.some((e) => e.message.includes('checkoutQuote'))).toBe(true);
    }
  });
});
