/**
 * USSD and mobile money in the sandbox (decision 0087), end to end through the gateway: methods enabled
 * only with a provider that charges them; a bank, network or phone the provider cannot charge refused
 * before anything is reserved (PAYMENT_DETAILS_INVALID); the sandbox page shows the code to dial or the
 * phone to approve on and delivers the signed webhook over HTTP; paid once on the ordinary path, a
 * replayed webhook adds nothing; a declined charge leaves the order retryable with the same choices.
 */
import type { TestStack } from '../../../test/support/stack';
import { gql } from '../../../test/support/graphql';
import { assertLedgerInvariants } from '../../../test/support/ledger';
import { MAX_PROMPTS_PER_WALLET } from '../src/services/checkout';
import { expireOrders } from '../src/services/jobs';
import { decideSandboxCharge } from '../src/services/providers/sandbox';
import { updateSettings } from '../src/services/settings';
import { checkout, checkoutInput, guestCart, makeProduct, orderEvents, serviceContext, startCommerceStack, tenantId, type TestProduct } from './support';
import { TOPICS } from '@webwaka/kit';

let s: TestStack;
let store: string;
let p: TestProduct;
let base: string;
beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  p = await makeProduct(s.stack.prisma, store, { price: 250_000n, stock: 50 });
  base = s.gatewayUrl.replace(/\/graphql$/, '');
}, 120_000);
afterAll(async () => {
  await s?.stop();
});
afterEach(async () => {
  await assertLedgerInvariants(s.stack.prisma);
});

const admin = () => serviceContext(s, store);
const tenant = { 'x-tenant': 'ade-fashion' };
const order = (id: string) => s.stack.prisma.order.findUniqueOrThrow({ where: { id }, include: { lines: true, payments: { orderBy: { createdAt: 'asc' } }, refunds: true } });
const PAYMENT = 'query ($id: ID!, $t: String) { order(id: $id, cartToken: $t) { status payments { method status ussdBank ussdCode mobileMoneyNetwork mobileMoneyPhone chargeInstruction authorizationUrl } } }';
const paidPostings = async (orderId: string) => (await orderEvents(s.stack.prisma, orderId)).filter((e) => e.topic === TOPICS.LEDGER_POSTING_REQUESTED);

async function place(extra: Record<string, unknown>) {
  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
  const r = (await checkout(s, 'ade-fashion', checkoutInput(token, extra))).data!.checkout;
  return { r, token };
}

/** The shopper acts on the sandbox's phone page; the sandbox delivers the signed webhook over HTTP. */
async function onSandboxPage(reference: string, decision: 'pay' | 'decline') {
  const res = await fetch(`${base}/pay/sandbox/${reference}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `decision=${decision}`, redirect: 'manual' });
  expect([200, 202, 303]).toContain(res.status);
}

describe('enabling USSD and mobile money', () => {
  it('needs a provider that charges them; the checkout offers the provider’s banks and wallets only when enabled', async () => {
    expect((await gql(s.gatewayUrl, '{ checkoutUssdBanks { code } checkoutMobileMoneyNetworks { code } }', {}, tenant)).data).toEqual({ checkoutUssdBanks: [], checkoutMobileMoneyNetworks: [] });
    const refused = (await place({ paymentMethod: 'USSD', ussdBank: '737' })).r;
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'PAYMENT_METHOD_UNAVAILABLE', field: ['paymentMethod'] })]);
    await s.stack.prisma.paymentProviderAccount.create({ data: { id: crypto.randomUUID(), tenantId: store, provider: 'STRIPE', secretKeySealed: 'x' } });
    await updateSettings(admin(), { paymentProvider: 'STRIPE' });
    await expect(updateSettings(admin(), { paymentMethods: ['CARD', 'USSD'] })).rejects.toMatchObject({ code: 'PAYMENT_METHOD_UNAVAILABLE' });
    await expect(updateSettings(admin(), { paymentMethods: ['CARD', 'MOBILE_MONEY'] })).rejects.toMatchObject({ code: 'PAYMENT_METHOD_UNAVAILABLE' });
    await updateSettings(admin(), { paymentProvider: 'SANDBOX' });
    expect((await updateSettings(admin(), { paymentMethods: ['MOBILE_MONEY', 'USSD', 'CARD'] })).paymentMethods).toEqual(['CARD', 'USSD', 'MOBILE_MONEY']);
    await expect(updateSettings(admin(), { paymentProvider: 'STRIPE' })).rejects.toMatchObject({ code: 'PAYMENT_METHOD_UNAVAILABLE' });
    const offered = (await gql(s.gatewayUrl, '{ checkoutPaymentMethods checkoutUssdBanks { code name } checkoutMobileMoneyNetworks { code name dialCode } }', {}, tenant)).data!;
    expect(offered.checkoutPaymentMethods).toEqual(['CARD', 'USSD', 'MOBILE_MONEY']);
    expect(offered.checkoutUssdBanks).toContainEqual({ code: '737', name: 'GTBank (*737#)' });
    expect(offered.checkoutMobileMoneyNetworks).toContainEqual({ code: 'opay', name: 'OPay', dialCode: '234' });
    await expect(updateSettings(serviceContext(s, store, { roles: ['STAFF'] as never }), { paymentMethods: ['CARD'] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('refuses an unknown bank, an unknown network and a phone that is not the wallet’s, before reserving anything', async () => {
    const orders = await s.stack.prisma.order.count({ where: { tenantId: store } });
    const cases: [Record<string, unknown>, string][] = [
      [{ paymentMethod: 'USSD', ussdBank: '999' }, 'ussdBank'],
      [{ paymentMethod: 'USSD' }, 'ussdBank'],
      [{ paymentMethod: 'MOBILE_MONEY', mobileMoneyNetwork: 'mpesa', mobileMoneyPhone: '0803 123 4567' }, 'mobileMoneyNetwork'],
      [{ paymentMethod: 'MOBILE_MONEY', mobileMoneyNetwork: 'opay', mobileMoneyPhone: '12345' }, 'mobileMoneyPhone'],
      [{ paymentMethod: 'MOBILE_MONEY', mobileMoneyNetwork: 'opay', mobileMoneyPhone: '+233551234987' }, 'mobileMoneyPhone'],
    ];
    for (const [extra, field] of cases) {
      const { r } = await place(extra);
      expect(r.userErrors).toEqual([expect.objectContaining({ code: 'PAYMENT_DETAILS_INVALID', field: [field] })]);
    }
    expect(await s.stack.prisma.order.count({ where: { tenantId: store } })).toBe(orders);
  });
});

describe('USSD (sandbox)', () => {
  it('shows the code to dial; dialling pays the order once, and a replayed notification adds nothing', async () => {
    const { r, token } = await place({ paymentMethod: 'USSD', ussdBank: '737' });
    expect(r.userErrors).toEqual([]);
    const shown = (await gql(s.gatewayUrl, PAYMENT, { id: r.order.id, t: token }, tenant)).data!.order;
    expect(shown.payments[0]).toMatchObject({ method: 'USSD', status: 'PENDING', ussdBank: '737', authorizationUrl: null });
    expect(shown.payments[0].ussdCode).toMatch(/^\*737\*000\*\d{4}#$/);
    const { reference } = (await order(r.order.id)).payments[0];
    const page = await (await fetch(`${base}/pay/sandbox/${reference}`)).text();
    expect(page).toContain(`Dial <strong data-testid="ussd-code">${shown.payments[0].ussdCode}</strong>`);
    expect(page).toContain('Simulate dialling');

    await onSandboxPage(reference, 'pay');
    const paid = await order(r.order.id);
    expect(paid.status).toBe('PAID');
    expect(paid.payments).toEqual([expect.objectContaining({ status: 'SUCCEEDED', method: 'USSD' })]);
    expect(paid.lines.every((l) => l.stockStatus === 'COMMITTED')).toBe(true);
    expect(await paidPostings(r.order.id)).toHaveLength(1);

    // The same decision again (a double tap, the provider's redelivery) replays the same signed event.
    await onSandboxPage(reference, 'pay');
    const event = await s.stack.prisma.webhookEvent.findFirstOrThrow({ where: { tenantId: store, reference } });
    expect(event.outcome).toBe('paid');
    expect(await s.stack.prisma.webhookEvent.count({ where: { tenantId: store, reference } })).toBe(1);
    expect(await paidPostings(r.order.id)).toHaveLength(1);
    expect((await order(r.order.id)).refunds).toEqual([]);
  });

  it('a lost notification: the shopper’s “check again” or the expiry job asks the provider and pays the order once', async () => {
    const viaCheck = (await place({ paymentMethod: 'USSD', ussdBank: '919' })).r;
    const dialled = (await order(viaCheck.order.id)).payments[0].reference;
    await decideSandboxCharge(s.stack.prisma, dialled, 'pay'); // the sandbox's webhook is never delivered
    expect((await order(viaCheck.order.id)).status).toBe('PENDING_PAYMENT');
    const refreshed = await gql(s.gatewayUrl, 'mutation ($r: String!) { refreshPayment(reference: $r) { payment { status } userErrors { code } } }', { r: dialled }, tenant);
    expect(refreshed.data!.refreshPayment.payment.status).toBe('SUCCEEDED');
    expect((await order(viaCheck.order.id)).status).toBe('PAID');

    const viaExpiry = (await place({ paymentMethod: 'MOBILE_MONEY', mobileMoneyNetwork: 'opay', mobileMoneyPhone: '0809 555 0000' })).r;
    const approved = (await order(viaExpiry.order.id)).payments[0].reference;
    await decideSandboxCharge(s.stack.prisma, approved, 'pay');
    await s.stack.prisma.order.update({ where: { id: viaExpiry.order.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expireOrders({ ...admin() });
    expect((await order(viaExpiry.order.id)).status).toBe('PAID');
    expect(await paidPostings(viaExpiry.order.id)).toHaveLength(1);
  });

  it('a wallet phone has at most a few orders waiting for its approval, whoever asks', async () => {
    const phone = '0805 000 1111';
    for (let i = 0; i < MAX_PROMPTS_PER_WALLET; i++) {
      expect((await place({ paymentMethod: 'MOBILE_MONEY', mobileMoneyNetwork: 'palmpay', mobileMoneyPhone: phone })).r.userErrors).toEqual([]);
    }
    const orders = await s.stack.prisma.order.count({ where: { tenantId: store } });
    const refused = (await place({ paymentMethod: 'MOBILE_MONEY', mobileMoneyNetwork: 'mtn-momo', mobileMoneyPhone: '+234 805 000 1111' })).r;
    expect(refused.userErrors).toEqual([expect.objectContaining({ code: 'PENDING_ORDER_LIMIT', field: ['mobileMoneyPhone'] })]);
    expect(await s.stack.prisma.order.count({ where: { tenantId: store } })).toBe(orders);
    // Another phone is not held up.
    expect((await place({ paymentMethod: 'MOBILE_MONEY', mobileMoneyNetwork: 'palmpay', mobileMoneyPhone: '0805 000 2222' })).r.userErrors).toEqual([]);
  });
});

describe('mobile money (sandbox)', () => {
  it('a declined approval leaves the order retryable with the same wallet; approving the retry pays it once', async () => {
    const { r, token } = await place({ paymentMethod: 'MOBILE_MONEY', mobileMoneyNetwork: 'opay', mobileMoneyPhone: '0803 123 4567' });
    expect(r.userErrors).toEqual([]);
    const first = (await order(r.order.id)).payments[0];
    expect(first).toMatchObject({ method: 'MOBILE_MONEY', status: 'PENDING', mobileMoneyNetwork: 'opay', mobileMoneyPhone: '+2348031234567' });
    expect(first.chargeInstruction).toContain('Approve');
    const page = await (await fetch(`${base}/pay/sandbox/${first.reference}`)).text();
    expect(page).toContain('Approve on phone');
    expect(page).toContain('Decline');

    await onSandboxPage(first.reference, 'decline');
    const declined = await order(r.order.id);
    expect(declined.status).toBe('PENDING_PAYMENT');
    expect(declined.payments[0].status).toBe('FAILED');

    const retried = await gql(s.gatewayUrl, 'mutation ($id: ID!, $t: String) { retryPayment(orderId: $id, cartToken: $t) { payment { reference method status mobileMoneyNetwork mobileMoneyPhone chargeInstruction } userErrors { code } } }', { id: r.order.id, t: token }, tenant);
    const again = retried.data!.retryPayment.payment;
    expect(again).toMatchObject({ method: 'MOBILE_MONEY', status: 'PENDING', mobileMoneyNetwork: 'opay', mobileMoneyPhone: '+2348031234567' });
    expect(again.reference).not.toBe(first.reference);

    await onSandboxPage(again.reference, 'pay');
    const paid = await order(r.order.id);
    expect(paid.status).toBe('PAID');
    expect(paid.payments.map((x) => x.status)).toEqual(['FAILED', 'SUCCEEDED']);
    expect(await paidPostings(r.order.id)).toHaveLength(1);
    // A late approval of the declined charge changes nothing: the sandbox keeps its first decision.
    await onSandboxPage(first.reference, 'pay');
    expect(await paidPostings(r.order.id)).toHaveLength(1);
    expect((await order(r.order.id)).refunds).toEqual([]);
  });
});
