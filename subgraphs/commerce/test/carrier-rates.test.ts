/**
 * Live carrier rates at checkout (issue 16, decision 0091): with a quoting carrier set and the cart's
 * weight known (catalog's variant weights, through checkoutQuote), a quote is offered and stored; checkout
 * takes its id and the price is locked (whatever the carrier says later, and on the shipment); a carrier
 * that fails, is slow or does not quote leaves only the zone rates and checkout still works; expired,
 * foreign and mismatched quotes are refused with stable codes; another shop sees nothing.
 */
import { uuidv7 } from '@webwaka/kit';
import type { TestStack } from '../../../test/support/stack';
import { gql } from '../../../test/support/graphql';
import { quoteCartShipping, SHIPPING_QUOTE_TTL_MINUTES } from '../src/services/carrier-rates';
import type { CarrierAdapter } from '../src/services/carriers/carrier';
import { updateSettings } from '../src/services/settings';
import { createShipment } from '../src/services/shipments';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, KANO, LAGOS, makeProduct, payload, serviceContext, signIn, startCommerceStack, tenantId, waitFor, type TestProduct } from './support';

let s: TestStack;
let store: string;
let other: string;
let heavy: TestProduct;
let light: TestProduct;
let unweighed: TestProduct;
beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  other = await tenantId(s.stack.prisma, 'naija-market');
  heavy = await makeProduct(s.stack.prisma, store, { price: 300_000n, stock: 100 });
  light = await makeProduct(s.stack.prisma, store, { price: 100_000n, stock: 100 });
  unweighed = await makeProduct(s.stack.prisma, store, { price: 100_000n, stock: 100 });
  // Untaxed shipping keeps the order's shipping equal to the quoted price.
  await updateSettings(admin(), { taxShipping: false, checkoutCarrier: 'SANDBOX' });
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const admin = () => serviceContext(s, store);
const shopper = () => serviceContext(s, store, { kind: 'anonymous' } as never);
const db = () => s.stack.prisma;
const destination = { city: LAGOS.city, region: LAGOS.region, country: LAGOS.country };
/** The sandbox carrier's price: ₦1,500 a pickup plus ₦2 a gram. */
const sandboxPrice = (grams: number) => 150_000n + BigInt(grams) * 200n;
const fixedCarrier = (amount: bigint, etaHours = 48): (() => CarrierAdapter) => () => ({ name: 'SANDBOX', quote: async ({ currency }) => ({ amount, currency, etaHours }) }) as CarrierAdapter;

describe('weights in the catalogue', () => {
  it('an administrator sets a variant’s weight and size; bad values are BAD_USER_INPUT and change nothing', async () => {
    const headers = await signIn(s, 'ade-fashion', 'client');
    const UPDATE = 'mutation ($id: ID!, $i: UpdateProductVariantInput!) { updateVariant(id: $id, input: $i) { variant { weightGrams lengthMm widthMm heightMm } userErrors { code field } } }';
    const ok = payload(await gql(s.gatewayUrl, UPDATE, { id: heavy.variantId, i: { weightGrams: 2000, lengthMm: 400, widthMm: 300, heightMm: 100 } }, headers), 'updateVariant');
    expect(ok.variant).toEqual({ weightGrams: 2000, lengthMm: 400, widthMm: 300, heightMm: 100 });
    for (const i of [{ weightGrams: 0 }, { weightGrams: 1_000_001 }, { heightMm: -5 }, { lengthMm: 10_001 }]) {
      const r = (await gql(s.gatewayUrl, UPDATE, { id: heavy.variantId, i }, headers)).data!.updateVariant;
      expect(r.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', Object.keys(i)[0]] });
    }
    await gql(s.gatewayUrl, UPDATE, { id: light.variantId, i: { weightGrams: 500 } }, headers);
    expect(await db().productVariant.findUniqueOrThrow({ where: { id: heavy.variantId } })).toMatchObject({ weightGrams: 2000, heightMm: 100 });
    // The trigger is the backstop for any other writer.
    await expect(db().productVariant.update({ where: { id: light.variantId }, data: { widthMm: 0 } })).rejects.toThrow();
  });
});

describe('the checkout carrier setting', () => {
  it('takes a quoting carrier only, from administrators; null turns it off', async () => {
    await expect(updateSettings(admin(), { checkoutCarrier: 'OWN_RIDERS' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: ['checkoutCarrier'] });
    await expect(updateSettings(serviceContext(s, store, { roles: ['STAFF'] as never, mfa: false }), { checkoutCarrier: null })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await updateSettings(admin(), { checkoutCarrier: null })).checkoutCarrier).toBeNull();
    expect((await updateSettings(admin(), { checkoutCarrier: 'SANDBOX' })).checkoutCarrier).toBe('SANDBOX');
    // Leaving it out leaves it.
    expect((await updateSettings(admin(), { paymentWindowMinutes: 30 })).checkoutCarrier).toBe('SANDBOX');
  });
});

describe('a live rate at checkout', () => {
  it('is offered from the cart’s weight, reused while fresh, and its price is the order’s shipping', async () => {
    const token = await guestCart(s, 'ade-fashion', [
      { variantId: heavy.variantId, quantity: 2 },
      { variantId: light.variantId, quantity: 1 },
    ]);
    const QUOTE = 'mutation ($t: String, $d: ShippingQuoteDestinationInput!) { quoteCheckoutShipping(cartToken: $t, destination: $d) { quote { id method carrier carrierName amount { amount currency } etaDays } userErrors { code } } }';
    const quote = payload(await gql(s.gatewayUrl, QUOTE, { t: token, d: destination }, { 'x-tenant': 'ade-fashion' }), 'quoteCheckoutShipping').quote;
    expect(quote).toMatchObject({ method: 'CARRIER_SANDBOX', carrier: 'SANDBOX', carrierName: 'Sandbox carrier', amount: { amount: sandboxPrice(4500).toString(), currency: 'NGN' }, etaDays: 1 });
    // The page asks again on every render: the same quote comes back, no new carrier call.
    expect((await quoteCartShipping(shopper(), { cartToken: token, destination: { ...destination, city: ' lekki ' } }))!.id).toBe(quote.id);
    const r = payload(await checkout(s, 'ade-fashion', checkoutInput(token, { shippingMethod: 'CARRIER_SANDBOX', shippingQuoteId: quote.id })), 'checkout');
    expect(r.order.shipping.amount).toBe(sandboxPrice(4500).toString());
    expect(await db().order.findUniqueOrThrow({ where: { id: r.order.id } })).toMatchObject({ shippingMethod: 'CARRIER_SANDBOX', shippingQuoteId: quote.id });
  });

  it('keeps the locked price when the carrier’s price changes, and the shipment carries it', async () => {
    const token = await guestCart(s, 'ade-fashion', [{ variantId: heavy.variantId, quantity: 1 }]);
    const quote = await quoteCartShipping(shopper(), { cartToken: token, destination }, fixedCarrier(420_000n));
    expect(quote).toMatchObject({ amount: 420_000n, etaHours: 48 });
    // The sandbox carrier would now say ₦1,500 + 2,000 g × ₦2; the order keeps the quote.
    const r = payload(await checkout(s, 'ade-fashion', checkoutInput(token, { shippingMethod: 'CARRIER_SANDBOX', shippingQuoteId: quote!.id })), 'checkout');
    expect(r.order.shipping.amount).toBe('420000');
    expect(r.order.total.amount).toBe((BigInt(r.order.subtotal.amount) + BigInt(r.order.tax.amount) + 420_000n).toString());
    await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay');
    await waitFor(async () => (await db().order.findUniqueOrThrow({ where: { id: r.order.id } })).status === 'PAID');
    const o = await db().order.findUniqueOrThrow({ where: { id: r.order.id }, include: { lines: true, vendorOrders: true } });
    const shipment = await createShipment(admin(), { vendorOrderId: o.vendorOrders[0].id, carrier: 'SANDBOX', riderUserId: null, items: [{ orderLineId: o.lines[0].id, quantity: 1 }], packages: [{ weightGrams: 2000, lengthMm: 400, widthMm: 300, heightMm: 100 }] });
    expect(shipment.quotedAmount).toBe(420_000n);
  });

  it('falls back to the zone rates when the carrier fails, is slow, or does not quote; checkout still works', async () => {
    const cart = () => guestCart(s, 'ade-fashion', [{ variantId: light.variantId, quantity: 1 }]);
    const token = await cart();
    const failing = () => ({ name: 'SANDBOX', quote: async () => { throw new Error('carrier down'); } }) as unknown as CarrierAdapter;
    const silent = () => ({ name: 'SANDBOX', quote: async () => null }) as unknown as CarrierAdapter;
    const slow = () => ({ name: 'SANDBOX', quote: () => new Promise(() => {}) }) as unknown as CarrierAdapter;
    let calls = 0;
    const counted = (adapter: () => CarrierAdapter) => () => ({ ...adapter(), quote: (...args: Parameters<CarrierAdapter['quote']>) => (calls++, adapter().quote(...args)) }) as CarrierAdapter;
    expect(await quoteCartShipping(shopper(), { cartToken: token, destination }, counted(failing))).toBeNull();
    // A carrier that just failed for this cart is not asked again on the next render.
    expect(await quoteCartShipping(shopper(), { cartToken: token, destination }, counted(failing))).toBeNull();
    expect(calls).toBe(1);
    expect(await quoteCartShipping(shopper(), { cartToken: await cart(), destination }, silent)).toBeNull();
    process.env.CARRIER_QUOTE_TIMEOUT_MS = '50';
    try {
      expect(await quoteCartShipping(shopper(), { cartToken: await cart(), destination }, slow)).toBeNull();
    } finally {
      delete process.env.CARRIER_QUOTE_TIMEOUT_MS;
    }
    expect(await db().shippingQuote.count({ where: { tenantId: store, cartId: (await db().cart.findUniqueOrThrow({ where: { token } })).id } })).toBe(0);
    const r = payload(await checkout(s, 'ade-fashion', checkoutInput(token)), 'checkout');
    expect(r.order.id).toBeTruthy();
    // An item without a weight: nothing to weigh, no carrier call.
    const unknown = await guestCart(s, 'ade-fashion', [{ variantId: unweighed.variantId, quantity: 1 }, { variantId: light.variantId, quantity: 1 }]);
    expect(await quoteCartShipping(shopper(), { cartToken: unknown, destination }, () => { throw new Error('must not be asked'); })).toBeNull();
  });

  it('refuses expired, foreign and mismatched quotes with stable codes, reserving nothing', async () => {
    const token = await guestCart(s, 'ade-fashion', [{ variantId: light.variantId, quantity: 2 }]);
    const quote = (await quoteCartShipping(shopper(), { cartToken: token, destination }, fixedCarrier(200_000n)))!;
    expect(quote.expiresAt.getTime() - Date.now()).toBeGreaterThan((SHIPPING_QUOTE_TTL_MINUTES - 1) * 60_000);
    const codeOf = async (extra: Record<string, unknown>, cart = token) => (await checkout(s, 'ade-fashion', checkoutInput(cart, { shippingMethod: 'CARRIER_SANDBOX', shippingQuoteId: quote.id, ...extra }))).data!.checkout.userErrors.map((e: { code: string }) => e.code);
    const otherCart = await guestCart(s, 'ade-fashion', [{ variantId: light.variantId, quantity: 2 }]);
    expect(await codeOf({}, otherCart)).toEqual(['SHIPPING_QUOTE_INVALID']);
    expect(await codeOf({ shippingAddress: KANO })).toEqual(['SHIPPING_QUOTE_INVALID']);
    expect(await codeOf({ shippingMethod: 'STANDARD' })).toEqual(['SHIPPING_QUOTE_INVALID']);
    expect(await codeOf({ shippingQuoteId: uuidv7() })).toEqual(['SHIPPING_QUOTE_INVALID']);
    expect(await codeOf({ shippingQuoteId: 'not-an-id' })).toEqual(['SHIPPING_QUOTE_INVALID']);
    // Another shop's quote reads as unknown.
    const foreign = await db().shippingQuote.create({ data: { ...quote, id: uuidv7(), tenantId: other, parts: quote.parts as object } });
    expect(await codeOf({ shippingQuoteId: foreign.id })).toEqual(['SHIPPING_QUOTE_INVALID']);
    await db().shippingQuote.update({ where: { id: quote.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await codeOf({})).toEqual(['SHIPPING_QUOTE_EXPIRED']);
    // Changed lines make it another cart's price.
    await db().shippingQuote.update({ where: { id: quote.id }, data: { expiresAt: new Date(Date.now() + 600_000), linesKey: `${light.variantId}:1` } });
    expect(await codeOf({})).toEqual(['SHIPPING_QUOTE_INVALID']);
    expect(await db().order.count({ where: { tenantId: store, cartId: (await db().cart.findUniqueOrThrow({ where: { token } })).id } })).toBe(0);
  });

  it('another shop finds neither the cart nor the carrier; without a checkout carrier there is no quote', async () => {
    const token = await guestCart(s, 'ade-fashion', [{ variantId: light.variantId, quantity: 1 }]);
    await expect(quoteCartShipping(serviceContext(s, other, { kind: 'anonymous' } as never), { cartToken: token, destination })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(quoteCartShipping(shopper(), { cartToken: token, destination: { ...destination, country: 'Nigeria' } })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await updateSettings(admin(), { checkoutCarrier: null });
    try {
      expect(await quoteCartShipping(shopper(), { cartToken: token, destination })).toBeNull();
    } finally {
      await updateSettings(admin(), { checkoutCarrier: 'SANDBOX' });
    }
  });
});
