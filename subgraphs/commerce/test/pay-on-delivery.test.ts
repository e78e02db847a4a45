/**
 * Pay on delivery (decision 0083): off until enabled (and within its maximum); the order is confirmed
 * unpaid with its stock committed and never expires; the collector's record of exactly the amount due
 * pays it once on the ordinary paid path (ORDER_PAID debits the collector's CASH_HELD), a double submit
 * changes nothing; wrong amounts, wrong roles and another shop are refused; an administrator's hand-in
 * moves the cash to the shop with over/short in CASH_OVER_SHORT. Every journal stays balanced.
 */
import { TOPICS, uuidv7 } from '@webwaka/kit';
import type { TestStack } from '../../../test/support/stack';
import { gql } from '../../../test/support/graphql';
import { assertLedgerInvariants, ledgerBalance } from '../../../test/support/ledger';
import { expireOrders } from '../src/services/jobs';
import { refundOrder } from '../src/services/refunds';
import { cashHeldByCollectors, collectOnDelivery, handInCollectedCash, ordersToCollect } from '../src/services/pay-on-delivery';
import { updateSettings } from '../src/services/settings';
import { checkout, checkoutInput, guestCart, makeProduct, orderEvents, serviceContext, startCommerceStack, stockOf, tenantId, waitFor, type TestProduct } from './support';

let s: TestStack;
let store: string;
let other: string;
let p: TestProduct;
beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  other = await tenantId(s.stack.prisma, 'naija-market');
  p = await makeProduct(s.stack.prisma, store, { price: 400_000n, stock: 100 });
}, 120_000);
afterAll(async () => {
  await s?.stop();
});
afterEach(async () => {
  await waitFor(async () => (await s.stack.prisma.outboxEvent.count({ where: { topic: TOPICS.LEDGER_POSTING_REQUESTED, dispatchedAt: null } })) === 0, 20_000);
  await assertLedgerInvariants(s.stack.prisma);
});

const admin = () => serviceContext(s, store);
const riderId = uuidv7();
const rider = (userId = riderId) => serviceContext(s, store, { userId, roles: ['STAFF'] as never, mfa: false });
const order = (id: string) => s.stack.prisma.order.findUniqueOrThrow({ where: { id }, include: { lines: true, payments: true } });
const held = (ownerType: 'AGENT' | 'TENANT', ownerId: string, purpose: 'CASH_HELD' | 'CASH_OVER_SHORT' | 'PAYMENT_CLEARING' = 'CASH_HELD') =>
  ledgerBalance(s.stack.prisma, { tenantId: store, ownerType, ownerId, purpose, currency: 'NGN' });
const settled = () => waitFor(async () => (await s.stack.prisma.outboxEvent.count({ where: { topic: TOPICS.LEDGER_POSTING_REQUESTED, dispatchedAt: null } })) === 0, 20_000);

async function podOrder(quantity = 1) {
  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity }]);
  const r = (await checkout(s, 'ade-fashion', checkoutInput(token, { paymentMethod: 'PAY_ON_DELIVERY' }))).data!.checkout;
  expect(r.userErrors).toEqual([]);
  return order(r.order.id);
}

describe('enabling pay on delivery', () => {
  it('is refused until enabled, and above the maximum order value', async () => {
    const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
    const refused = (await checkout(s, 'ade-fashion', checkoutInput(token, { paymentMethod: 'PAY_ON_DELIVERY' }))).data!.checkout;
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'PAYMENT_METHOD_UNAVAILABLE', field: ['paymentMethod'] })]);
    await expect(updateSettings(admin(), { payOnDeliveryMaxTotal: '-5' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await updateSettings(admin(), { paymentMethods: ['CARD', 'PAY_ON_DELIVERY'], payOnDeliveryMaxTotal: '500000' });
    const offered = await gql(s.gatewayUrl, '{ checkoutPaymentMethods }', {}, { 'x-tenant': 'ade-fashion' });
    expect(offered.data!.checkoutPaymentMethods).toEqual(['CARD', 'PAY_ON_DELIVERY']);
    const before = await stockOf(s.stack.prisma, p.variantId);
    const big = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 3 }]);
    const tooMuch = (await checkout(s, 'ade-fashion', checkoutInput(big, { paymentMethod: 'PAY_ON_DELIVERY' }))).data!.checkout;
    expect(tooMuch.userErrors).toEqual([expect.objectContaining({ code: 'PAYMENT_METHOD_UNAVAILABLE', field: ['paymentMethod'] })]);
    // Refused before anything was held.
    expect(await stockOf(s.stack.prisma, p.variantId)).toMatchObject({ reserved: before.reserved, onHand: before.onHand });
    await updateSettings(admin(), { payOnDeliveryMaxTotal: '' });
    expect((await s.stack.prisma.commerceSettings.findUniqueOrThrow({ where: { tenantId: store } })).payOnDeliveryMaxTotal).toBeNull();
  });
});

describe('a pay-on-delivery order', () => {
  it('is confirmed unpaid with its stock committed, and does not expire', async () => {
    const before = await stockOf(s.stack.prisma, p.variantId);
    const o = await podOrder(2);
    expect(o.status).toBe('PENDING_PAYMENT');
    expect(o.payments).toEqual([expect.objectContaining({ method: 'PAY_ON_DELIVERY', status: 'PENDING', authorizationUrl: null })]);
    expect(o.lines.every((l) => l.stockStatus === 'COMMITTED')).toBe(true);
    expect(await stockOf(s.stack.prisma, p.variantId)).toMatchObject({ onHand: before.onHand - 2, reserved: before.reserved });
    await expireOrders({ ...admin() }, new Date(Date.now() + 7 * 24 * 3600_000));
    expect((await order(o.id)).status).toBe('PENDING_PAYMENT');
    expect((await ordersToCollect(rider())).map((x) => x.id)).toContain(o.id);
    expect((await orderEvents(s.stack.prisma, o.id)).filter((e) => e.topic === TOPICS.LEDGER_POSTING_REQUESTED)).toEqual([]);
  });

  it('is paid exactly once when collected in cash; the cash is held by the collector until handed in', async () => {
    const o = await podOrder();
    const due = o.payments[0].amount;
    const heldBefore = await held('AGENT', riderId);
    await expect(collectOnDelivery(rider(), { orderId: o.id, amount: due - 1n, currency: 'NGN', via: 'CASH' })).rejects.toMatchObject({ code: 'COLLECTION_AMOUNT_MISMATCH' });
    await expect(collectOnDelivery(rider(), { orderId: o.id, amount: due, currency: 'USD', via: 'CASH' })).rejects.toMatchObject({ code: 'COLLECTION_AMOUNT_MISMATCH' });
    // A double tap: both succeed, one collection.
    const [a, b] = await Promise.all([
      collectOnDelivery(rider(), { orderId: o.id, amount: due, currency: 'NGN', via: 'CASH' }),
      collectOnDelivery(rider(), { orderId: o.id, amount: due, currency: 'NGN', via: 'CASH' }),
    ]);
    expect([a.status, b.status]).toEqual(['PAID', 'PAID']);
    // A replay later changes nothing; another collector or another way is refused.
    expect((await collectOnDelivery(rider(), { orderId: o.id, amount: due, currency: 'NGN', via: 'CASH' })).status).toBe('PAID');
    await expect(collectOnDelivery(rider(uuidv7()), { orderId: o.id, amount: due, currency: 'NGN', via: 'CASH' })).rejects.toMatchObject({ code: 'ALREADY_COLLECTED' });
    await expect(collectOnDelivery(rider(), { orderId: o.id, amount: due, currency: 'NGN', via: 'TRANSFER' })).rejects.toMatchObject({ code: 'ALREADY_COLLECTED' });
    const paid = await order(o.id);
    expect(paid.payments[0]).toMatchObject({ status: 'SUCCEEDED', collectedByUserId: riderId, collectedVia: 'CASH', handInId: null });
    const events = await orderEvents(s.stack.prisma, o.id);
    expect(events.filter((e) => e.topic === TOPICS.LEDGER_POSTING_REQUESTED)).toHaveLength(1);
    expect(events.filter((e) => e.topic === TOPICS.COMMERCE_ORDER_PAID)).toHaveLength(1);
    await settled();
    expect(await held('AGENT', riderId)).toBe(heldBefore + due);
    expect((await ordersToCollect(rider())).map((x) => x.id)).not.toContain(o.id);
    expect(await cashHeldByCollectors(admin())).toContainEqual(expect.objectContaining({ collectorUserId: riderId, currency: 'NGN', held: heldBefore + due }));
  });

  it('a transfer at the door goes to the shop, not to the collector', async () => {
    const o = await podOrder();
    const clearing = await held('TENANT', store, 'PAYMENT_CLEARING');
    const collector = uuidv7();
    expect((await collectOnDelivery(rider(collector), { orderId: o.id, amount: o.payments[0].amount, currency: 'NGN', via: 'TRANSFER' })).status).toBe('PAID');
    await settled();
    expect(await held('AGENT', collector)).toBe(0n);
    expect(await held('TENANT', store, 'PAYMENT_CLEARING')).toBe(clearing + o.payments[0].amount);
    // No provider holds money taken at the door: a refund to it is refused and left on record, nothing posted.
    await expect(refundOrder(admin(), { orderId: o.id })).rejects.toMatchObject({ code: 'PAYMENT_FAILED' });
    expect(await s.stack.prisma.refund.findMany({ where: { orderId: o.id } })).toEqual([expect.objectContaining({ status: 'FAILED', failureReason: expect.stringContaining('Paid on delivery') })]);
    expect((await order(o.id)).status).toBe('PAID');
  });

  it('refuses customers, administrators without the second factor, another shop and orders not paid on delivery', async () => {
    const o = await podOrder();
    const args = { orderId: o.id, amount: o.payments[0].amount, currency: 'NGN', via: 'CASH' as const };
    await expect(collectOnDelivery(serviceContext(s, store, { roles: ['CUSTOMER'] as never, mfa: false }), args)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(collectOnDelivery(serviceContext(s, store, { mfa: false }), args)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(collectOnDelivery(serviceContext(s, other, { roles: ['STAFF'] as never }), args)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(handInCollectedCash(rider(), { collectorUserId: riderId, currency: 'NGN', amount: 1n, idempotencyKey: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await order(o.id)).status).toBe('PENDING_PAYMENT');
    const card = (await checkout(s, 'ade-fashion', checkoutInput(await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }])))).data!.checkout;
    await expect(collectOnDelivery(rider(), { ...args, orderId: card.order.id })).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
  });
});

describe('handing in', () => {
  it('moves the cash to the shop, once per key, with over and short visible', async () => {
    const collector = uuidv7();
    const o1 = await podOrder();
    const o2 = await podOrder();
    for (const o of [o1, o2]) await collectOnDelivery(rider(collector), { orderId: o.id, amount: o.payments[0].amount, currency: 'NGN', via: 'CASH' });
    await settled();
    const expected = o1.payments[0].amount + o2.payments[0].amount;
    expect(await held('AGENT', collector)).toBe(expected);
    const shopCash = await held('TENANT', store);
    const overShort = await held('TENANT', store, 'CASH_OVER_SHORT');
    // Short by ₦500: the collector's account is cleared, the shop gets what was counted, the rest is short.
    const input = { collectorUserId: collector, currency: 'NGN', amount: expected - 50_000n, idempotencyKey: `hand-in-${collector}`, note: 'Evening hand-in' };
    const [h1, h2] = await Promise.all([handInCollectedCash(admin(), input), handInCollectedCash(admin(), input)]);
    expect(h1.id).toBe(h2.id);
    expect(h1).toMatchObject({ expected, amount: expected - 50_000n });
    await expect(handInCollectedCash(admin(), { ...input, amount: expected })).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    await expect(handInCollectedCash(admin(), { ...input, idempotencyKey: `again-${collector}` })).rejects.toMatchObject({ code: 'NOTHING_TO_HAND_IN' });
    await settled();
    expect(await held('AGENT', collector)).toBe(0n);
    expect(await held('TENANT', store)).toBe(shopCash + expected - 50_000n);
    // CASH_OVER_SHORT is credit-normal (over is a gain): a shortage lowers it.
    expect(await held('TENANT', store, 'CASH_OVER_SHORT')).toBe(overShort - 50_000n);
    expect((await s.stack.prisma.payment.findMany({ where: { orderId: { in: [o1.id, o2.id] } } })).every((p) => p.handInId === h1.id)).toBe(true);
    expect((await cashHeldByCollectors(admin())).find((c) => c.collectorUserId === collector)).toBeUndefined();
  });

  it('another shop sees none of the collectors nor their hand-ins', async () => {
    const foreign = serviceContext(s, other);
    expect(await cashHeldByCollectors(foreign)).toEqual([]);
    await expect(handInCollectedCash(foreign, { collectorUserId: riderId, currency: 'NGN', amount: 1n, idempotencyKey: 'foreign' })).rejects.toMatchObject({ code: 'NOTHING_TO_HAND_IN' });
  });
});
