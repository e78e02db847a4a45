/**
 * Bank transfer to a virtual account in the sandbox (decision 0076), end to end through the gateway's
 * webhook route: a method the shop has not enabled is refused; the exact amount pays the order on the
 * ordinary paid path (stock committed, ORDER_PAID posted); less leaves it pending with what is still to pay
 * and later transfers add up; more pays it and refunds the excess; a transfer after the order expired is
 * refunded; the same transfer notified twice (a replay, or a second event naming it) counts once; forged
 * notifications and made-up transfers change nothing. The ledger only ever hears of the order's total.
 */
import type { TestStack } from '../../../test/support/stack';
import { gql } from '../../../test/support/graphql';
import { assertLedgerInvariants } from '../../../test/support/ledger';
import { sandboxSignature, SANDBOX_SIGNATURE_HEADER, simulateSandboxTransfer } from '../src/services/providers/sandbox';
import { expireOrders, reconcile } from '../src/services/jobs';
import { cancelUnpaidOrder } from '../src/services/payments';
import { release } from '../src/services/peers';
import { updateSettings } from '../src/services/settings';
import { checkout, checkoutInput, guestCart, makeProduct, orderEvents, serviceContext, startCommerceStack, stockOf, tenantId, type TestProduct } from './support';
import { TOPICS } from '@webwaka/kit';

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

const admin = () => serviceContext(s, store);
const post = (body: string, headers: Record<string, string>) => fetch(`${base}/webhooks/sandbox/ade-fashion`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
const order = (id: string) => s.stack.prisma.order.findUniqueOrThrow({ where: { id }, include: { lines: true, payments: { include: { transfers: true } }, refunds: true } });
const PAYMENT = 'query ($id: ID!, $t: String) { order(id: $id, cartToken: $t) { status payments { method status bankAccountNumber bankName received { amount } stillToPay { amount } } } }';

async function transferOrder(quantity = 1) {
  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity }]);
  const r = (await checkout(s, 'ade-fashion', checkoutInput(token, { paymentMethod: 'BANK_TRANSFER' }))).data!.checkout;
  expect(r.userErrors).toEqual([]);
  const o = await order(r.order.id);
  const payment = o.payments[0];
  return { orderId: o.id, token, total: o.total, reference: payment.reference, account: payment.bankAccountNumber!, url: r.payment.authorizationUrl };
}

/** The shopper's bank sends money; the sandbox notifies, signed, through the gateway. */
async function transfer(account: string, amount: bigint) {
  const hook = (await simulateSandboxTransfer(s.stack.prisma, account, amount))!;
  const res = await post(hook.body, hook.headers);
  return { status: res.status, outcome: ((await res.json()) as { outcome: string }).outcome, hook };
}

describe('enabling methods', () => {
  it('refuses a method the shop has not enabled, and bank transfer with a provider that opens no accounts', async () => {
    const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
    const refused = (await checkout(s, 'ade-fashion', checkoutInput(token, { paymentMethod: 'BANK_TRANSFER' }))).data!.checkout;
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'PAYMENT_METHOD_UNAVAILABLE', field: ['paymentMethod'] })]);
    expect(await s.stack.prisma.order.count({ where: { tenantId: store, payments: { some: { method: 'BANK_TRANSFER' } } } })).toBe(0);
    await expect(updateSettings(admin(), { paymentMethods: [] })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await s.stack.prisma.paymentProviderAccount.create({ data: { id: crypto.randomUUID(), tenantId: store, provider: 'STRIPE', secretKeySealed: 'x' } });
    await updateSettings(admin(), { paymentProvider: 'STRIPE' });
    await expect(updateSettings(admin(), { paymentMethods: ['CARD', 'BANK_TRANSFER'] })).rejects.toMatchObject({ code: 'PAYMENT_METHOD_UNAVAILABLE' });
    await updateSettings(admin(), { paymentProvider: 'SANDBOX' });
    const saved = await updateSettings(admin(), { paymentMethods: ['BANK_TRANSFER', 'CARD'] });
    expect(saved.paymentMethods).toEqual(['CARD', 'BANK_TRANSFER']);
    await expect(updateSettings(admin(), { paymentProvider: 'STRIPE' })).rejects.toMatchObject({ code: 'PAYMENT_METHOD_UNAVAILABLE' });
    // A shopper sees which methods the checkout offers.
    const offered = await gql(s.gatewayUrl, '{ checkoutPaymentMethods }', {}, { 'x-tenant': 'ade-fashion' });
    expect(offered.data!.checkoutPaymentMethods).toEqual(['CARD', 'BANK_TRANSFER']);
    // Only administrators change them.
    await expect(updateSettings(serviceContext(s, store, { roles: ['STAFF'] as never }), { paymentMethods: ['CARD'] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('bank transfer (sandbox)', () => {
  it('the exact amount pays the order on the ordinary paid path', async () => {
    const before = await stockOf(s.stack.prisma, p.variantId);
    const o = await transferOrder(2);
    expect(o.url).toBeNull();
    expect(o.account).toMatch(/^\d{10}$/);
    const shown = (await gql(s.gatewayUrl, PAYMENT, { id: o.orderId, t: o.token }, { 'x-tenant': 'ade-fashion' })).data!.order;
    expect(shown.payments[0]).toMatchObject({ method: 'BANK_TRANSFER', status: 'PENDING', bankAccountNumber: o.account, bankName: 'Sandbox Bank', stillToPay: { amount: o.total.toString() } });
    expect(await transfer(o.account, o.total)).toMatchObject({ status: 200, outcome: 'paid' });
    const paid = await order(o.orderId);
    expect(paid.status).toBe('PAID');
    expect(paid.lines.every((l) => l.stockStatus === 'COMMITTED')).toBe(true);
    expect(paid.refunds).toEqual([]);
    expect(await stockOf(s.stack.prisma, p.variantId)).toMatchObject({ onHand: before.onHand - 2, reserved: before.reserved });
    const posted = (await orderEvents(s.stack.prisma, o.orderId)).filter((e) => e.topic === TOPICS.LEDGER_POSTING_REQUESTED);
    expect(posted).toHaveLength(1);
  });

  it('less stays pending showing what is still to pay; later transfers add up to paid', async () => {
    const o = await transferOrder();
    const first = o.total / 3n;
    expect(await transfer(o.account, first)).toMatchObject({ outcome: 'pending' });
    const shown = (await gql(s.gatewayUrl, PAYMENT, { id: o.orderId, t: o.token }, { 'x-tenant': 'ade-fashion' })).data!.order;
    expect(shown.status).toBe('PENDING_PAYMENT');
    expect(shown.payments[0]).toMatchObject({ status: 'PENDING', received: { amount: first.toString() }, stillToPay: { amount: (o.total - first).toString() } });
    expect((await orderEvents(s.stack.prisma, o.orderId)).filter((e) => e.topic === TOPICS.LEDGER_POSTING_REQUESTED)).toEqual([]);
    expect(await transfer(o.account, o.total - first)).toMatchObject({ outcome: 'paid' });
    const paid = await order(o.orderId);
    expect(paid.status).toBe('PAID');
    expect(paid.payments[0]).toMatchObject({ status: 'SUCCEEDED', amount: o.total, received: o.total });
    expect(paid.payments[0].transfers).toHaveLength(2);
  });

  it('more pays the order and refunds the excess from the transfer that made it', async () => {
    const o = await transferOrder();
    expect(await transfer(o.account, o.total + 150_000n)).toMatchObject({ outcome: 'paid' });
    const paid = await order(o.orderId);
    expect(paid.status).toBe('PAID');
    expect(paid.payments[0]).toMatchObject({ amount: o.total, received: o.total + 150_000n });
    expect(paid.refunds).toEqual([expect.objectContaining({ amount: 150_000n, automatic: true, status: 'SUCCEEDED' })]);
    const charge = await s.stack.prisma.sandboxCharge.findUniqueOrThrow({ where: { reference: o.reference } });
    expect(charge.refunded).toBe(150_000n);
  });

  it('a transfer after the order expired is refunded in full, as is what arrived before it expired', async () => {
    const before = await stockOf(s.stack.prisma, p.variantId);
    const o = await transferOrder();
    expect(await transfer(o.account, 100_000n)).toMatchObject({ outcome: 'pending' });
    await s.stack.prisma.order.update({ where: { id: o.orderId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expireOrders({ ...admin() });
    const expired = await order(o.orderId);
    expect(expired.status).toBe('CANCELLED');
    expect(expired.refunds.map((r) => [r.amount, r.status])).toEqual([[100_000n, 'SUCCEEDED']]);
    expect(await stockOf(s.stack.prisma, p.variantId)).toMatchObject({ onHand: before.onHand, reserved: before.reserved });
    expect(await transfer(o.account, o.total)).toMatchObject({ outcome: 'refunded' });
    const after = await order(o.orderId);
    expect(after.status).toBe('CANCELLED');
    expect(after.refunds.map((r) => r.amount).sort()).toEqual([100_000n, o.total].sort());
    expect((await orderEvents(s.stack.prisma, o.orderId)).filter((e) => e.topic === TOPICS.LEDGER_POSTING_REQUESTED)).toEqual([]);
  });

  it('a crash between cancelling an order and refunding its transfers loses nothing: the reconciler gives them back', async () => {
    const o = await transferOrder();
    expect(await transfer(o.account, 120_000n)).toMatchObject({ outcome: 'pending' });
    // Expiry cancelled the order and cleanUpOrder released its stock, then the process died before the
    // transfer's refund was on record.
    expect(await cancelUnpaidOrder(admin(), o.orderId, store, { actorType: 'system', actorId: null }, 'Not paid in time')).toBeTruthy();
    for (const line of (await order(o.orderId)).lines) {
      if (line.reservationId) await release(admin(), store, line.reservationId);
      await s.stack.prisma.orderLine.update({ where: { id: line.id }, data: { stockStatus: 'RELEASED' } });
    }
    expect((await order(o.orderId)).refunds).toEqual([]);
    await reconcile({ ...admin() }, new Date(Date.now() + 5 * 60_000));
    expect((await order(o.orderId)).refunds.map((r) => [r.amount, r.status, r.automatic])).toEqual([[120_000n, 'SUCCEEDED', true]]);
    // Once on record, the reconciler leaves it be.
    await reconcile({ ...admin() }, new Date(Date.now() + 5 * 60_000));
    expect((await order(o.orderId)).refunds).toHaveLength(1);
  });

  it('counts a transfer once however often it is notified; forged and made-up notifications change nothing', async () => {
    const o = await transferOrder();
    const half = o.total / 2n;
    const first = await transfer(o.account, half);
    expect(first.outcome).toBe('pending');
    // The same event again, and a new event naming the same transfer.
    expect(await (await post(first.hook.body, first.hook.headers)).json()).toEqual({ outcome: 'duplicate' });
    const again = JSON.stringify({ ...JSON.parse(first.hook.body), id: 'sbx_evt_again' });
    expect(await (await post(again, { [SANDBOX_SIGNATURE_HEADER]: sandboxSignature(store, again) })).json()).toEqual({ outcome: 'duplicate' });
    // Forged: a bad signature; and a signed notification of a transfer the bank never made.
    const forged = JSON.stringify({ id: 'sbx_evt_forged', type: 'transfer.received', data: { id: 'sbx_trf_forged', account_number: o.account, amount: o.total.toString(), currency: 'NGN' } });
    expect((await post(forged, { [SANDBOX_SIGNATURE_HEADER]: 'ab'.repeat(32) })).status).toBe(401);
    expect(await (await post(forged, { [SANDBOX_SIGNATURE_HEADER]: sandboxSignature(store, forged) })).json()).toEqual({ outcome: 'failed' });
    const now = await order(o.orderId);
    expect(now.status).toBe('PENDING_PAYMENT');
    expect(now.payments[0]).toMatchObject({ received: half, status: 'PENDING' });
    expect(now.payments[0].transfers).toHaveLength(1);
  });

  it('the sandbox page simulates a transfer through the webhook route', async () => {
    const o = await transferOrder();
    const page = await fetch(`${base}/pay/sandbox/${o.reference}`);
    expect(await page.text()).toContain(o.account);
    const res = await fetch(`${base}/pay/sandbox/${o.reference}`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `decision=transfer&amount=${(Number(o.total) / 100).toFixed(2)}` });
    expect(res.status).toBe(303);
    expect((await order(o.orderId)).status).toBe('PAID');
  });
});
