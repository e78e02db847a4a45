/**
 * Payment notifications and failures through the gateway's webhook route with the sandbox provider:
 * forgeries are refused and change nothing; a replayed event acts once; reordered events (a failure after
 * a success, a success after the order expired) leave things right; a decline leaves the order payable (stock still
 * reserved) until its window ends; and a
 * process that stops half-way (payment known, stock committed, order not yet PAID) is finished by the
 * reconciler exactly once. A reservation that lapsed before the money arrived is taken again while the
 * stock is there (PAID), and refunded when it is not (never PAID).
 */
import { TOPICS } from '@webwaka/kit';
import type { TestStack } from '../../../test/support/stack';
import { gql } from '../../../test/support/graphql';
import { assertLedgerInvariants } from '../../../test/support/ledger';
import { decideSandboxCharge, sandboxSignature, SANDBOX_SIGNATURE_HEADER } from '../src/services/providers/sandbox';
import { expireOrders, reconcile } from '../src/services/jobs';
import { syncPayment } from '../src/services/payments';
import { commit } from '../src/services/peers';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, orderEvents, serviceContext, startCommerceStack, stockOf, tenantId, waitFor, type TestProduct } from './support';

let s: TestStack;
let store: string;
let p: TestProduct;
let base: string;
beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  p = await makeProduct(s.stack.prisma, store, { price: 400_000n, stock: 100 });
  base = s.gatewayUrl.replace(/\/graphql$/, '');
}, 120_000);
afterAll(async () => {
  await s?.stop();
});
afterEach(async () => {
  await assertLedgerInvariants(s.stack.prisma);
});

async function pendingOrder(quantity = 1) {
  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity }]);
  const r = (await checkout(s, 'ade-fashion', checkoutInput(token))).data!.checkout;
  return { orderId: r.order.id as string, reference: r.payment.reference as string, url: r.payment.authorizationUrl as string, token };
}

const post = (body: string, headers: Record<string, string>) => fetch(`${base}/webhooks/sandbox/ade-fashion`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const order = (id: string) => s.stack.prisma.order.findUniqueOrThrow({ where: { id }, include: { lines: true, payments: true, refunds: true, events: true } });
const deps = () => ({ ...serviceContext(s, store), actor: serviceContext(s, store).actor });

it('refuses a forged webhook (wrong or missing signature) and changes nothing', async () => {
  const o = await pendingOrder();
  await s.stack.prisma.sandboxCharge.update({ where: { reference: o.reference }, data: { status: 'SUCCEEDED' } });
  const body = JSON.stringify({ id: `evt-forged-${o.reference}`, type: 'payment.succeeded', data: { reference: o.reference } });
  const before = await order(o.orderId);
  expect((await post(body, { [SANDBOX_SIGNATURE_HEADER]: 'deadbeef'.repeat(8) })).status).toBe(401);
  expect((await post(body, {})).status).toBe(401);
  // Signed for another tenant: still a forgery here.
  const other = await tenantId(s.stack.prisma, 'naija-market');
  expect((await post(body, { [SANDBOX_SIGNATURE_HEADER]: sandboxSignature(other, body) })).status).toBe(401);
  expect(await order(o.orderId)).toEqual(before);
  expect(await s.stack.prisma.webhookEvent.count({ where: { eventId: `evt-forged-${o.reference}` } })).toBe(0);
});

it('acts once on a replayed event', async () => {
  const o = await pendingOrder();
  const hook = (await decideSandboxCharge(s.stack.prisma, o.reference, 'pay'))!;
  const first = await post(hook.body, hook.headers);
  expect(await first.json()).toEqual({ outcome: 'paid' });
  const again = await post(hook.body, hook.headers);
  expect([again.status, await again.json()]).toEqual([200, { outcome: 'duplicate' }]);
  const events = await orderEvents(s.stack.prisma, o.orderId);
  expect(events.map((e) => e.topic)).toEqual([TOPICS.LEDGER_POSTING_REQUESTED, TOPICS.COMMERCE_ORDER_PAID]);
  expect((await order(o.orderId)).events.filter((e) => e.toStatus === 'PAID')).toHaveLength(1);
});

it('a failure arriving after the success changes nothing', async () => {
  const o = await pendingOrder();
  expect(await decideOnSandboxPage(s, o.url, 'pay')).toBe(200);
  await waitFor(async () => (await order(o.orderId)).status === 'PAID');
  const failed = JSON.stringify({ id: `sbx_evt_${o.reference}_failed`, type: 'payment.failed', data: { reference: o.reference } });
  const res = await post(failed, { [SANDBOX_SIGNATURE_HEADER]: sandboxSignature(store, failed) });
  expect(res.status).toBe(200);
  const after = await order(o.orderId);
  expect(after.status).toBe('PAID');
  expect(after.payments.map((x) => x.status)).toEqual(['SUCCEEDED']);
  expect(after.refunds).toEqual([]);
});

it('a decline leaves the order payable with its stock reserved; retryPayment starts a new payment that can pay it', async () => {
  const before = await stockOf(s.stack.prisma, p.variantId);
  const o = await pendingOrder(3);
  expect((await stockOf(s.stack.prisma, p.variantId)).reserved).toBe(before.reserved + 3);
  expect(await decideOnSandboxPage(s, o.url, 'decline')).toBe(200);
  const declined = (await waitFor(async () => {
    const x = await order(o.orderId);
    return x.payments.every((pay) => pay.status === 'FAILED') ? x : null;
  }))!;
  // Issue 10: the first decline used to cancel the order and release the stock.
  expect(declined).toMatchObject({ status: 'PENDING_PAYMENT', cancelledAt: null });
  expect(declined.lines.every((l) => l.stockStatus === 'RESERVED')).toBe(true);
  expect((await stockOf(s.stack.prisma, p.variantId)).reserved).toBe(before.reserved + 3);

  // The shopper tries again (a guest proves the order with its cart token): a new payment with its own
  // page, and this time it goes through.
  const RETRY = 'mutation ($id: ID!, $t: String) { retryPayment(orderId: $id, cartToken: $t) { payment { reference status authorizationUrl } userErrors { code } } }';
  const retry = (t: string | null) => gql(s.gatewayUrl, RETRY, { id: o.orderId, t }, { 'x-tenant': 'ade-fashion' });
  expect((await retry(null)).data!.retryPayment.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
  const again = (await retry(o.token)).data!.retryPayment.payment;
  expect(again).toMatchObject({ status: 'PENDING' });
  expect(again.reference).not.toBe(o.reference);
  expect(await decideOnSandboxPage(s, again.authorizationUrl, 'pay')).toBe(200);
  const paid = (await waitFor(async () => ((await order(o.orderId)).status === 'PAID' ? order(o.orderId) : null)))!;
  expect(paid.payments.map((x) => x.status).sort()).toEqual(['FAILED', 'SUCCEEDED']);
  expect(paid.lines.every((l) => l.stockStatus === 'COMMITTED')).toBe(true);
  expect(await stockOf(s.stack.prisma, p.variantId)).toMatchObject({ onHand: before.onHand - 3, reserved: before.reserved });
});

it('a declined order nobody pays again is cancelled at the end of its payment window and its stock released', async () => {
  const before = await stockOf(s.stack.prisma, p.variantId);
  const o = await pendingOrder(2);
  expect(await decideOnSandboxPage(s, o.url, 'decline')).toBe(200);
  await waitFor(async () => (await order(o.orderId)).payments.every((pay) => pay.status === 'FAILED'));
  expect((await order(o.orderId)).status).toBe('PENDING_PAYMENT');
  await s.stack.prisma.order.update({ where: { id: o.orderId }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await expireOrders(deps());
  const after = await order(o.orderId);
  expect(after).toMatchObject({ status: 'CANCELLED', cancelReason: 'Not paid in time' });
  expect(after.lines.every((l) => l.stockStatus === 'RELEASED')).toBe(true);
  expect(await stockOf(s.stack.prisma, p.variantId)).toMatchObject({ onHand: before.onHand, reserved: before.reserved });
  expect(await orderEvents(s.stack.prisma, o.orderId)).toEqual([]);
});

it('a success after the order expired is refunded automatically, never marked paid', async () => {
  const before = await stockOf(s.stack.prisma, p.variantId);
  const o = await pendingOrder(2);
  await s.stack.prisma.order.update({ where: { id: o.orderId }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await expireOrders(deps());
  expect((await order(o.orderId)).status).toBe('CANCELLED');
  expect(await stockOf(s.stack.prisma, p.variantId)).toMatchObject({ onHand: before.onHand, reserved: before.reserved });

  expect(await decideOnSandboxPage(s, o.url, 'pay')).toBe(200);
  const after = (await waitFor(async () => {
    const x = await order(o.orderId);
    return x.refunds.some((r) => r.status === 'SUCCEEDED') ? x : null;
  }))!;
  expect(after.status).toBe('CANCELLED');
  expect(after.refunds).toMatchObject([{ automatic: true, status: 'SUCCEEDED', amount: after.total }]);
  expect((await s.stack.prisma.sandboxCharge.findUniqueOrThrow({ where: { reference: o.reference } })).refunded).toBe(after.total);
  expect(await orderEvents(s.stack.prisma, o.orderId)).toEqual([]);
  expect(await stockOf(s.stack.prisma, p.variantId)).toMatchObject({ onHand: before.onHand, reserved: before.reserved });
});

it('a process that stopped between committing stock and marking the order paid is finished once by the reconciler', async () => {
  const before = await stockOf(s.stack.prisma, p.variantId);
  const o = await pendingOrder(2);
  // What the request had done before it died: the provider has the money, the payment is known SUCCEEDED,
  // the stock is committed in inventory — and the order is still PENDING_PAYMENT.
  await decideSandboxCharge(s.stack.prisma, o.reference, 'pay');
  const current = await order(o.orderId);
  await s.stack.prisma.payment.update({ where: { id: current.payments[0].id }, data: { status: 'SUCCEEDED', succeededAt: new Date() } });
  await commit(deps(), store, current.lines[0].reservationId!);
  expect((await order(o.orderId)).status).toBe('PENDING_PAYMENT');
  // The expiry job must not cancel an order whose payment succeeded.
  await s.stack.prisma.order.update({ where: { id: o.orderId }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await expireOrders(deps());
  expect((await order(o.orderId)).status).toBe('PENDING_PAYMENT');

  await reconcile(deps(), new Date(Date.now() + 120_000));
  await reconcile(deps(), new Date(Date.now() + 120_000));
  const after = await order(o.orderId);
  expect(after.status).toBe('PAID');
  expect(after.lines.map((l) => l.stockStatus)).toEqual(['COMMITTED']);
  expect((await orderEvents(s.stack.prisma, o.orderId)).map((e) => e.topic)).toEqual([TOPICS.LEDGER_POSTING_REQUESTED, TOPICS.COMMERCE_ORDER_PAID]);
  expect(await stockOf(s.stack.prisma, p.variantId)).toMatchObject({ onHand: before.onHand - 2, reserved: before.reserved });
});

it('a payment whose reservation lapsed reserves again and commits; with the stock gone it refunds and never marks paid', async () => {
  const q = await makeProduct(s.stack.prisma, store, { price: 100_000n, stock: 1 });
  const token = await guestCart(s, 'ade-fashion', [{ variantId: q.variantId, quantity: 1 }]);
  const r = (await checkout(s, 'ade-fashion', checkoutInput(token))).data!.checkout;
  // The reservation lapses and someone else buys the unit meanwhile.
  await s.stack.prisma.reservation.updateMany({ where: { variantId: q.variantId }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await s.stack.prisma.stockLevel.updateMany({ where: { variantId: q.variantId }, data: { onHand: 0, reserved: 0 } });
  await s.stack.prisma.reservation.updateMany({ where: { variantId: q.variantId }, data: { status: 'EXPIRED' } });
  expect(await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay')).toBe(200);
  const after = (await waitFor(async () => {
    const x = await order(r.order.id);
    return x.refunds.some((f) => f.status === 'SUCCEEDED') ? x : null;
  }))!;
  expect(after).toMatchObject({ status: 'CANCELLED', paidAt: null, cancelReason: expect.stringContaining('Out of stock') });
  expect(after.refunds).toMatchObject([{ automatic: true, status: 'SUCCEEDED' }]);
  expect(await orderEvents(s.stack.prisma, r.order.id)).toEqual([]);
});

it('a payment whose reservation lapsed while the stock is still there reserves again, commits and marks the order PAID', async () => {
  const q = await makeProduct(s.stack.prisma, store, { price: 250_000n, stock: 5 });
  const token = await guestCart(s, 'ade-fashion', [{ variantId: q.variantId, quantity: 2 }]);
  const r = (await checkout(s, 'ade-fashion', checkoutInput(token))).data!.checkout;
  const lapsed = (await order(r.order.id)).lines[0].reservationId!;
  // The shopper took too long: the hold lapses and inventory's sweeper (running in the stack, every 15 s)
  // gives the units back.
  await s.stack.prisma.reservation.update({ where: { id: lapsed }, data: { expiresAt: new Date(Date.now() - 1000) } });
  await waitFor(async () => (await s.stack.prisma.reservation.findUniqueOrThrow({ where: { id: lapsed } })).status === 'EXPIRED', 40_000);
  expect(await s.stack.prisma.reservation.findUniqueOrThrow({ where: { id: lapsed } })).toMatchObject({ status: 'EXPIRED' });
  expect(await stockOf(s.stack.prisma, q.variantId)).toMatchObject({ onHand: 5, reserved: 0 });

  expect(await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay')).toBe(200);
  const after = (await waitFor(async () => {
    const x = await order(r.order.id);
    return x.status === 'PAID' ? x : null;
  }))!;
  expect(after).toMatchObject({ status: 'PAID', paidAt: expect.any(Date), refunds: [] });
  expect(after.lines).toMatchObject([{ stockStatus: 'COMMITTED' }]);
  const fresh = after.lines[0].reservationId!;
  expect(fresh).not.toBe(lapsed);
  expect(await s.stack.prisma.reservation.findUniqueOrThrow({ where: { id: fresh } })).toMatchObject({ status: 'COMMITTED', quantity: 2, reference: `order:${r.order.id}` });
  expect(await stockOf(s.stack.prisma, q.variantId)).toMatchObject({ onHand: 3, reserved: 0 });
  expect((await orderEvents(s.stack.prisma, r.order.id)).map((e) => e.topic)).toEqual([TOPICS.LEDGER_POSTING_REQUESTED, TOPICS.COMMERCE_ORDER_PAID]);

  // Asking again (the shopper's return, the reconciler) neither reserves nor commits a second time.
  await syncPayment(deps(), store, r.payment.reference);
  await reconcile(deps(), new Date(Date.now() + 120_000));
  expect(await stockOf(s.stack.prisma, q.variantId)).toMatchObject({ onHand: 3, reserved: 0 });
  expect(await s.stack.prisma.reservation.count({ where: { variantId: q.variantId } })).toBe(2);
  expect((await orderEvents(s.stack.prisma, r.order.id)).map((e) => e.topic)).toEqual([TOPICS.LEDGER_POSTING_REQUESTED, TOPICS.COMMERCE_ORDER_PAID]);
});
