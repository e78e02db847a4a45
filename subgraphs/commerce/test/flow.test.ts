/**
 * The whole path through the gateway with the sandbox provider: a guest cart in the store, checkout
 * (prices from the catalogue, stock reserved, order PENDING_PAYMENT), the hosted sandbox page, its signed
 * webhook, and the order PAID with its stock committed, its timeline, and exactly the events of
 * kit events.ts. Then the marketplace: one order split into vendor orders with commissions.
 */
import { TOPICS } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import type { TestStack } from '../../../test/support/stack';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, orderEvents, payload, startCommerceStack, stockOf, tenantId, waitFor } from './support';

let s: TestStack;
let store: string;
let market: string;
beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  market = await tenantId(s.stack.prisma, 'naija-market');
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const ORDER = `query ($id: ID!, $t: String) { order(id: $id, cartToken: $t) { id number status paidAt timeline { fromStatus toStatus actorType } lines { stockStatus } payments { status } } }`;

describe('store: cart to paid order', () => {
  it('checks out, pays on the sandbox page and marks the order PAID with stock committed and the contract events', async () => {
    // ₦12,500.00 incl. 7.5% VAT (prices include tax in the demo store), 2 units; Lagos standard ₦1,500.
    const p = await makeProduct(s.stack.prisma, store, { price: 1_250_000n, stock: 10 });
    const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 2 }], { visitorId: 'visitor-1', referralCode: 'AGENT-X' });
    const cart = payload(await gql(s.gatewayUrl, 'query ($t: String) { cart(cartToken: $t) { quote { total { amount } vendors { vendorId total { amount } } } } }', { t: token }, { 'x-tenant': 'ade-fashion' }), 'cart');
    expect(cart.quote.total.amount).toBe('2500000');
    expect(cart.quote.vendors).toEqual([{ vendorId: p.vendorId, total: { amount: '2500000' } }]);

    const r = payload(await checkout(s, 'ade-fashion', checkoutInput(token)), 'checkout');
    // goods 2,500,000 incl → tax round(2,500,000×750/10,750) = 174,419; shipping 150,000 incl → tax 10,465.
    expect(r.order).toMatchObject({ status: 'PENDING_PAYMENT', number: expect.stringMatching(/^WW-\d{6}$/), subtotal: { amount: '2325581' }, shipping: { amount: '139535' }, tax: { amount: '184884' }, total: { amount: '2650000' } });
    expect(r.payment).toMatchObject({ status: 'PENDING', authorizationUrl: `/pay/sandbox/${r.payment.reference}` });
    expect(await stockOf(s.stack.prisma, p.variantId)).toMatchObject({ onHand: 10, reserved: 2 });

    const pageUrl = `${s.gatewayUrl.replace(/\/graphql$/, '')}${r.payment.authorizationUrl}`;
    const page = await fetch(pageUrl);
    expect(await page.text()).toContain('₦26,500.00');
    expect(await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay')).toBe(200);

    const order = await waitFor(async () => {
      const o = payload(await gql(s.gatewayUrl, ORDER, { id: r.order.id, t: token }, { 'x-tenant': 'ade-fashion' }), 'order');
      return o.status === 'PAID' ? o : null;
    });
    expect(order).toMatchObject({ status: 'PAID', lines: [{ stockStatus: 'COMMITTED' }], payments: [{ status: 'SUCCEEDED' }] });
    expect(order.timeline.map((e: any) => [e.fromStatus, e.toStatus, e.actorType])).toEqual([
      [null, 'PENDING_PAYMENT', 'anonymous'],
      ['PENDING_PAYMENT', 'PAID', 'provider'],
    ]);
    expect(await stockOf(s.stack.prisma, p.variantId)).toMatchObject({ onHand: 8, reserved: 0 });

    const events = await orderEvents(s.stack.prisma, r.order.id);
    expect(events.map((e) => e.topic)).toEqual([TOPICS.LEDGER_POSTING_REQUESTED, TOPICS.COMMERCE_ORDER_PAID]);
    const [posting, paid] = events.map((e) => e.payload as any);
    expect(posting).toMatchObject({
      idempotencyKey: `order-paid:${r.order.id}`,
      kind: 'ORDER_PAID',
      currency: 'NGN',
      reference: { type: 'Order', id: r.order.id },
      lines: [
        { side: 'DEBIT', amount: '2650000', account: { tenantId: store, ownerType: 'TENANT', ownerId: store, purpose: 'PAYMENT_CLEARING' } },
        { side: 'CREDIT', amount: String(2325581 + 139535), account: { tenantId: store, ownerType: 'VENDOR', ownerId: p.vendorId, purpose: 'VENDOR_PAYABLE' } },
        { side: 'CREDIT', amount: '184884', account: { tenantId: store, ownerType: 'TENANT', ownerId: store, purpose: 'TAX_PAYABLE' } },
      ],
    });
    expect(paid).toMatchObject({
      orderId: r.order.id,
      orderNumber: r.order.number,
      currency: 'NGN',
      total: '2650000',
      tax: '184884',
      shipping: '139535',
      customer: { userId: null, email: 'shopper@example.com' },
      visitor: { visitorId: 'visitor-1', ip: expect.any(String), deviceId: null },
      referralCode: 'AGENT-X',
      vendorOrders: [{ vendorId: p.vendorId, subtotal: '2325581', shipping: '139535', tax: '184884', commissionBps: 0, commission: '0' }],
    });
  });
});

describe('marketplace: one order, a vendor order per vendor', () => {
  it('splits the cart by vendor with each listing’s commission, shipping per vendor order', async () => {
    const a = await makeProduct(s.stack.prisma, market, { price: 1_075_000n, stock: 5, vendorSlug: 'aba-made', commissionBps: 1200 });
    const b = await makeProduct(s.stack.prisma, market, { price: 537_500n, stock: 5, vendorSlug: 'ife-beauty', commissionBps: 1000 });
    const token = await guestCart(s, 'naija-market', [
      { variantId: a.variantId, quantity: 1 },
      { variantId: b.variantId, quantity: 2 },
    ]);
    const r = payload(await checkout(s, 'naija-market', checkoutInput(token, { shippingAddress: { name: 'X', line1: 'Y', city: 'Kano', region: 'Kano', country: 'NG' } })), 'checkout');
    const byVendor = Object.fromEntries(r.order.vendorOrders.map((v: any) => [v.vendorId, v]));
    // 1,075,000 incl 7.5% → excl 1,000,000; rest-of-Nigeria standard ₦4,000 → excl 372,093, tax 27,907.
    expect(byVendor[a.vendorId]).toMatchObject({ subtotal: { amount: '1000000' }, shipping: { amount: '372093' }, tax: { amount: String(75000 + 27907) }, commissionBps: 1200, commission: { amount: '120000' } });
    expect(byVendor[b.vendorId]).toMatchObject({ subtotal: { amount: '1000000' }, shipping: { amount: '372093' }, commissionBps: 1000, commission: { amount: '100000' } });
    expect(r.order.total.amount).toBe(String(1_075_000 + 1_075_000 + 2 * 400_000));
  });
});
