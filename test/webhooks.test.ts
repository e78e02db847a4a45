/**
 * The gateway's payment routes over real HTTP: `POST /webhooks/:provider/:tenantSlug` (providers'
 * notifications, forwarded to commerce with the raw body) and the sandbox provider's hosted page
 * `GET/POST /pay/sandbox/:reference`. Unknown providers, tenants and references are 404; a body over the
 * limit is refused unread; the body reaches commerce byte for byte, so a signature over the exact bytes
 * verifies and one over a re-serialised copy does not; the page shows the amount to pay, and its Pay and
 * Decline buttons settle or cancel the order through the same webhook route. A system test (it was
 * gateway/test/webhooks.test.ts): it signs notifications with commerce's own provider code, which the
 * gateway's tests may not import (decision 0035).
 */
import { formatMoney } from '@webwaka/kit';
import type { TestStack } from './support/stack';
import { decideSandboxCharge, sandboxSignature, SANDBOX_SIGNATURE_HEADER } from '../subgraphs/commerce/src/services/providers/sandbox';
import { paystackSignature } from '../subgraphs/commerce/src/services/providers/paystack';
import { setProviderCredentials } from '../subgraphs/commerce/src/services/settings';
import { checkout, checkoutInput, guestCart, makeProduct, payload, serviceContext, startCommerceStack, tenantId, type TestProduct } from '../subgraphs/commerce/test/support';

let s: TestStack;
let base: string;
let store: string;
let product: TestProduct;
beforeAll(async () => {
  s = await startCommerceStack();
  base = s.gatewayUrl.replace(/\/graphql$/, '');
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  // ₦12,500.00 a unit, tax included; Lagos standard delivery ₦1,500.00.
  product = await makeProduct(s.stack.prisma, store, { price: 1_250_000n, stock: 100 });
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

/** An order awaiting payment on the sandbox (one unit: ₦14,000.00 with delivery). */
async function pendingOrder(extra: Record<string, unknown> = {}) {
  const token = await guestCart(s, 'ade-fashion', [{ variantId: product.variantId, quantity: 1 }]);
  const r = payload(await checkout(s, 'ade-fashion', checkoutInput(token, extra)), 'checkout');
  return { orderId: r.order.id as string, number: r.order.number as string, reference: r.payment.reference as string, total: BigInt(r.order.total.amount) };
}

const order = (id: string) => s.stack.prisma.order.findUniqueOrThrow({ where: { id }, include: { payments: true } });
const postWebhook = (path: string, body: string | Uint8Array, headers: Record<string, string>) => fetch(`${base}/webhooks/${path}`, { method: 'POST', headers, body: body as BodyInit });
const decide = (reference: string, decision: string) =>
  fetch(`${base}/pay/sandbox/${encodeURIComponent(reference)}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: `decision=${decision}`, redirect: 'manual' });

describe('POST /webhooks/:provider/:tenantSlug', () => {
  it('answers 404 for an unknown provider or tenant, and stores nothing', async () => {
    const body = JSON.stringify({ id: 'evt-unknown', type: 'payment.succeeded', data: { reference: 'ww-nothing' } });
    const signed = { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: sandboxSignature(store, body) };
    const before = await s.stack.prisma.webhookEvent.count();
    const unknownProvider = await postWebhook('paypal/ade-fashion', body, signed);
    expect([unknownProvider.status, await unknownProvider.json()]).toEqual([404, { outcome: 'unknown provider' }]);
    const unknownTenant = await postWebhook('sandbox/no-such-shop', body, signed);
    expect([unknownTenant.status, await unknownTenant.json()]).toEqual([404, { error: 'unknown tenant' }]);
    expect(await s.stack.prisma.webhookEvent.count()).toBe(before);
  });

  it('forwards the exact bytes: a signature over them verifies; one over a re-serialised copy is refused', async () => {
    const o = await pendingOrder();
    await decideSandboxCharge(s.stack.prisma, o.reference, 'pay');
    // Spacing, key order, escapes and multi-byte characters that any JSON round trip would change.
    const raw = `{ "type" : "payment.succeeded",\n  "id": "evt-bytes-${o.reference}",\n  "data": {"reference": "${o.reference}", "note": "Ọjà \\u00e9 ₦"} }  \n`;
    const reserialised = JSON.stringify(JSON.parse(raw));
    expect(reserialised).not.toBe(raw);

    const forged = await postWebhook('sandbox/ade-fashion', raw, { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: sandboxSignature(store, reserialised) });
    expect(forged.status).toBe(401);
    expect((await order(o.orderId)).status).toBe('PENDING_PAYMENT');

    // Sent as bytes with an odd content type: the gateway neither parses nor re-encodes it.
    const res = await postWebhook('sandbox/ade-fashion', new TextEncoder().encode(raw), { 'content-type': 'text/plain; charset=utf-8', [SANDBOX_SIGNATURE_HEADER]: sandboxSignature(store, raw) });
    expect([res.status, await res.json()]).toEqual([200, { outcome: 'paid' }]);
    expect((await order(o.orderId)).status).toBe('PAID');
    const stored = await s.stack.prisma.webhookEvent.findFirstOrThrow({ where: { tenantId: store, eventId: `evt-bytes-${o.reference}` } });
    expect((stored.payload as any).data.note).toBe('Ọjà é ₦');
  });

  it('forwards the provider signature headers it knows (Paystack’s HMAC-SHA512 of the body)', async () => {
    await setProviderCredentials(serviceContext(s, store), { provider: 'PAYSTACK', secretKey: 'sk_test_gateway_webhooks' });
    const body = JSON.stringify({ event: 'charge.success', data: { id: 424242, reference: 'ww-not-ours' } });
    const refused = await postWebhook('paystack/ade-fashion', body, { 'content-type': 'application/json', 'x-paystack-signature': paystackSignature('sk_test_other', body) });
    expect(refused.status).toBe(401);
    const res = await postWebhook('paystack/ade-fashion', body, { 'content-type': 'application/json', 'x-paystack-signature': paystackSignature('sk_test_gateway_webhooks', body) });
    // Authenticated and stored; no payment has that reference.
    expect([res.status, await res.json()]).toEqual([200, { outcome: 'unknown' }]);
    expect(await s.stack.prisma.webhookEvent.count({ where: { tenantId: store, provider: 'PAYSTACK', eventId: 'charge.success:424242' } })).toBe(1);
  });

  it('takes a body up to the limit and refuses a larger one unread', async () => {
    const sized = (bytes: number, id: string) => {
      const head = `{"id":"${id}","type":"payment.note","pad":"`;
      return `${head}${'x'.repeat(bytes - head.length - 2)}"}`;
    };
    const near = sized(500 * 1024, 'evt-near-limit');
    const ok = await postWebhook('sandbox/ade-fashion', near, { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: sandboxSignature(store, near) });
    expect([ok.status, await ok.json()]).toEqual([200, { outcome: 'ignored' }]);

    const over = sized(600 * 1024, 'evt-over-limit');
    const before = await s.stack.prisma.webhookEvent.count();
    const refused = await postWebhook('sandbox/ade-fashion', over, { 'content-type': 'application/json', [SANDBOX_SIGNATURE_HEADER]: sandboxSignature(store, over) });
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({ error: 'Request body too large', code: 'PAYLOAD_TOO_LARGE' });
    expect(await s.stack.prisma.webhookEvent.count()).toBe(before);
  });
});

describe('/pay/sandbox/:reference', () => {
  it('GET shows the order and the amount to pay with Pay and Decline; an unknown reference is 404', async () => {
    const o = await pendingOrder();
    expect(o.total).toBe(1_400_000n);
    const res = await fetch(`${base}/pay/sandbox/${o.reference}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('₦14,000.00');
    expect(html).toContain(formatMoney({ amount: o.total, currency: 'NGN' }));
    expect(html).toContain(o.number);
    expect(html).toContain('value="pay"');
    expect(html).toContain('value="decline"');
    const missing = await fetch(`${base}/pay/sandbox/ww-no-such-payment`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Payment not found');
  });

  it('POST decline fails the payment and the order waits for another attempt; the page then says so and a later Pay replays the decline', async () => {
    const o = await pendingOrder();
    const res = await decide(o.reference, 'decline');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Payment declined');
    // A decline no longer cancels the order: it keeps its stock for retryPayment until its window ends (decision 0027).
    expect(await order(o.orderId)).toMatchObject({ status: 'PENDING_PAYMENT', payments: [{ status: 'FAILED' }] });
    expect(await (await fetch(`${base}/pay/sandbox/${o.reference}`)).text()).toContain('already declined');
    await (await decide(o.reference, 'pay')).text();
    expect(await order(o.orderId)).toMatchObject({ status: 'PENDING_PAYMENT', payments: [{ status: 'FAILED' }] });
    expect((await s.stack.prisma.sandboxCharge.findUniqueOrThrow({ where: { reference: o.reference } })).status).toBe('FAILED');
  });

  it('POST pay marks the order PAID (the signed webhook went over HTTP) and the page then says it is paid', async () => {
    const o = await pendingOrder();
    const res = await decide(o.reference, 'pay');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Payment received');
    expect(await order(o.orderId)).toMatchObject({ status: 'PAID', payments: [{ status: 'SUCCEEDED' }] });
    expect(await s.stack.prisma.webhookEvent.count({ where: { tenantId: store, reference: o.reference, outcome: 'paid' } })).toBe(1);
    expect(await (await fetch(`${base}/pay/sandbox/${o.reference}`)).text()).toContain('already paid');
  });

  it('POST sends the shopper back to the shop’s return URL with the reference; an unknown reference is 404', async () => {
    // A page of the shop's own storefront (decision 0021: other hosts are refused at checkout).
    const o = await pendingOrder({ returnUrl: 'http://localhost:3000/s/ade-fashion/thanks?from=sandbox' });
    const res = await decide(o.reference, 'pay');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`http://localhost:3000/s/ade-fashion/thanks?from=sandbox&reference=${o.reference}`);
    expect((await order(o.orderId)).status).toBe('PAID');
    const missing = await decide('ww-no-such-payment', 'pay');
    expect(missing.status).toBe(404);
  });
});
