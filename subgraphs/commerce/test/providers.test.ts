/**
 * The Paystack, Flutterwave and Stripe adapters against a local fake server that answers as each
 * provider documents: the requests they send (paths, auth, body shape, amount units), how they read the
 * answers, and their webhook authentication (good, tampered, missing, stale).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DomainError } from '@webwaka/kit';
import { flutterwave } from '../src/services/providers/flutterwave';
import { paystack, paystackSignature } from '../src/services/providers/paystack';
import { MOBILE_MONEY_NETWORKS, mobileMoneyNetworkFor, mobileMoneyNetworksFor, USSD_BANKS, ussdBankFor, walletPhone } from '../src/services/providers/direct-charges';
import { fromMajor, toMajor } from '../src/services/providers/provider';
import { stripe, stripeSignature } from '../src/services/providers/stripe';

interface Seen {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let server: http.Server;
let base: string;
const seen: Seen[] = [];
let answer: (req: Seen) => { status: number; body: unknown } = () => ({ status: 404, body: {} });

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const r = { method: req.method!, path: req.url!, headers: req.headers, body: Buffer.concat(chunks).toString() };
    seen.push(r);
    const a = answer(r);
    res.writeHead(a.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(a.body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  seen.length = 0;
});

const refused = async (p: Promise<unknown> | (() => unknown), code: string) => {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe(code);
    return (e as DomainError).message;
  }
  throw new Error('expected a refusal');
};

const input = { reference: 'ww-ref-1', amount: 2_650_050n, currency: 'NGN', email: 'a@example.com', returnUrl: 'https://shop.example/return', description: 'Order WW-000001', metadata: { orderId: 'o1' } };

describe('Paystack', () => {
  const ps = () => paystack({ secretKey: 'sk_test_abc', baseUrl: base });

  it('initializes with kobo, the reference and a bearer key; reads authorization_url', async () => {
    answer = () => ({ status: 200, body: { status: true, message: 'Authorization URL created', data: { authorization_url: 'https://checkout.paystack.com/x1', access_code: 'x1', reference: 'ww-ref-1' } } });
    expect(await ps().initialize(input)).toEqual({ authorizationUrl: 'https://checkout.paystack.com/x1', providerReference: 'x1' });
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/transaction/initialize', headers: { authorization: 'Bearer sk_test_abc' } });
    expect(JSON.parse(seen[0].body)).toMatchObject({ email: 'a@example.com', amount: '2650050', currency: 'NGN', reference: 'ww-ref-1', callback_url: 'https://shop.example/return' });
  });

  it('verifies by reference: success, failure, and an answer for another reference refused', async () => {
    answer = () => ({ status: 200, body: { status: true, message: 'Verification successful', data: { id: 4099, status: 'success', reference: 'ww-ref-1', amount: 2650050, currency: 'NGN' } } });
    expect(await ps().verify('ww-ref-1', null)).toEqual({ status: 'SUCCEEDED', amount: 2_650_050n, currency: 'NGN', providerReference: '4099', failureReason: null, authorization: null });
    expect(seen[0]).toMatchObject({ method: 'GET', path: '/transaction/verify/ww-ref-1' });
    answer = () => ({ status: 200, body: { status: true, message: 'ok', data: { id: 1, status: 'failed', reference: 'ww-ref-1', amount: 1, currency: 'NGN', gateway_response: 'Declined' } } });
    expect((await ps().verify('ww-ref-1', null)).status).toBe('FAILED');
    // A reusable card's authorization_code comes back (for subscriptions); a non-reusable one does not.
    answer = () => ({ status: 200, body: { status: true, message: 'ok', data: { id: 5, status: 'success', reference: 'ww-ref-1', amount: 1, currency: 'NGN', authorization: { authorization_code: 'AUTH_8dfhjjdt', reusable: true } } } });
    expect((await ps().verify('ww-ref-1', null)).authorization).toBe('AUTH_8dfhjjdt');
    answer = () => ({ status: 200, body: { status: true, message: 'ok', data: { id: 5, status: 'success', reference: 'ww-ref-1', amount: 1, currency: 'NGN', authorization: { authorization_code: 'AUTH_x', reusable: false } } } });
    expect((await ps().verify('ww-ref-1', null)).authorization).toBeNull();
    answer = () => ({ status: 200, body: { status: true, message: 'ok', data: { id: 1, status: 'success', reference: 'someone-else', amount: 1, currency: 'NGN' } } });
    await refused(ps().verify('ww-ref-1', null), 'PAYMENT_FAILED');
    answer = () => ({ status: 401, body: { status: false, message: 'Invalid key' } });
    expect(await refused(ps().verify('ww-ref-1', null), 'PAYMENT_FAILED')).toContain('Invalid key');
  });

  it('charges a saved authorization with POST /transaction/charge_authorization in kobo; a decline is FAILED', async () => {
    answer = () => ({ status: 200, body: { status: true, message: 'Charge attempted', data: { id: 4100, status: 'success', reference: 'ww-sub-1', amount: 500000, currency: 'NGN' } } });
    expect(await ps().chargeAuthorization({ authorization: 'AUTH_8dfhjjdt', amount: 500_000n, currency: 'NGN', email: 'a@example.com', reference: 'ww-sub-1' })).toMatchObject({ status: 'SUCCEEDED', amount: 500_000n, providerReference: '4100' });
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/transaction/charge_authorization', headers: { authorization: 'Bearer sk_test_abc' } });
    expect(JSON.parse(seen[0].body)).toEqual({ authorization_code: 'AUTH_8dfhjjdt', email: 'a@example.com', amount: '500000', currency: 'NGN', reference: 'ww-sub-1' });
    answer = () => ({ status: 200, body: { status: true, message: 'Charge attempted', data: { id: 4101, status: 'failed', reference: 'ww-sub-2', amount: 500000, currency: 'NGN', gateway_response: 'Insufficient Funds' } } });
    expect(await ps().chargeAuthorization({ authorization: 'AUTH_8dfhjjdt', amount: 500_000n, currency: 'NGN', email: 'a@example.com', reference: 'ww-sub-2' })).toMatchObject({ status: 'FAILED', failureReason: 'Insufficient Funds' });
  });

  it('refunds the transaction by reference in kobo', async () => {
    answer = () => ({ status: 200, body: { status: true, message: 'Refund has been queued for processing', data: { id: 77, status: 'pending', amount: 500 } } });
    expect(await ps().refund({ refundId: 'r1', reference: 'ww-ref-1', providerReference: '4099', amount: 500n, currency: 'NGN' })).toEqual({ providerRefundId: '77', status: 'PENDING' });
    expect(seen[0].path).toBe('/refund');
    expect(JSON.parse(seen[0].body)).toMatchObject({ transaction: 'ww-ref-1', amount: '500' });
  });

  it('accepts webhooks signed HMAC-SHA512 with the secret key; refuses tampered or unsigned ones', async () => {
    const body = Buffer.from(JSON.stringify({ event: 'charge.success', data: { id: 4099, reference: 'ww-ref-1', amount: 100, currency: 'NGN', status: 'success' } }));
    const ok = ps().verifyAndParseWebhook({ rawBody: body, headers: { 'x-paystack-signature': paystackSignature('sk_test_abc', body) } });
    expect(ok).toMatchObject({ eventId: 'charge.success:4099', kind: 'PAYMENT_SUCCEEDED', reference: 'ww-ref-1' });
    const tampered = Buffer.from(body.toString().replace('100', '999'));
    await refused(() => ps().verifyAndParseWebhook({ rawBody: tampered, headers: { 'x-paystack-signature': paystackSignature('sk_test_abc', body) } }), 'WEBHOOK_SIGNATURE_INVALID');
    await refused(() => ps().verifyAndParseWebhook({ rawBody: body, headers: {} }), 'WEBHOOK_SIGNATURE_INVALID');
    await refused(() => ps().verifyAndParseWebhook({ rawBody: body, headers: { 'x-paystack-signature': paystackSignature('sk_other', body) } }), 'WEBHOOK_SIGNATURE_INVALID');
  });
});

describe('Flutterwave', () => {
  const fw = () => flutterwave({ secretKey: 'FLWSECK_TEST-1', secretHash: 'my-hash', baseUrl: base });

  it('initializes a hosted payment in major units (exactly) and reads the link', async () => {
    answer = () => ({ status: 200, body: { status: 'success', message: 'Hosted Link', data: { link: 'https://checkout.flutterwave.com/v3/hosted/pay/abc' } } });
    expect(await fw().initialize(input)).toEqual({ authorizationUrl: 'https://checkout.flutterwave.com/v3/hosted/pay/abc', providerReference: null });
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/v3/payments', headers: { authorization: 'Bearer FLWSECK_TEST-1' } });
    expect(JSON.parse(seen[0].body)).toMatchObject({ tx_ref: 'ww-ref-1', amount: '26500.50', currency: 'NGN', customer: { email: 'a@example.com' }, redirect_url: 'https://shop.example/return' });
  });

  it('verifies by reference before the id is known, then by id; amounts back to minor units', async () => {
    answer = () => ({ status: 200, body: { status: 'success', message: 'Transaction fetched successfully', data: { id: 288200108, tx_ref: 'ww-ref-1', amount: 26500.5, currency: 'NGN', status: 'successful' } } });
    expect(await fw().verify('ww-ref-1', null)).toEqual({ status: 'SUCCEEDED', amount: 2_650_050n, currency: 'NGN', providerReference: '288200108', failureReason: null, authorization: null });
    expect(seen[0].path).toBe('/v3/transactions/verify_by_reference?tx_ref=ww-ref-1');
    await fw().verify('ww-ref-1', '288200108');
    expect(seen[1].path).toBe('/v3/transactions/288200108/verify');
  });

  it('returns the card token from verify and charges it with POST /v3/tokenized-charges in major units', async () => {
    answer = () => ({ status: 200, body: { status: 'success', message: 'ok', data: { id: 9, tx_ref: 'ww-ref-1', amount: 100, currency: 'NGN', status: 'successful', card: { token: 'flw-t1nf-abc' } } } });
    expect((await fw().verify('ww-ref-1', '9')).authorization).toBe('flw-t1nf-abc');
    answer = () => ({ status: 200, body: { status: 'success', message: 'Charge successful', data: { id: 10, tx_ref: 'ww-sub-1', amount: 5000, currency: 'NGN', status: 'successful' } } });
    expect(await fw().chargeAuthorization({ authorization: 'flw-t1nf-abc', amount: 500_000n, currency: 'NGN', email: 'a@example.com', reference: 'ww-sub-1' })).toMatchObject({ status: 'SUCCEEDED', amount: 500_000n, providerReference: '10', authorization: null });
    expect(seen[1]).toMatchObject({ method: 'POST', path: '/v3/tokenized-charges' });
    expect(JSON.parse(seen[1].body)).toEqual({ token: 'flw-t1nf-abc', currency: 'NGN', amount: '5000.00', email: 'a@example.com', tx_ref: 'ww-sub-1' });
  });

  it('refunds by transaction id in major units', async () => {
    answer = () => ({ status: 200, body: { status: 'success', message: 'Transaction refund initiated', data: { id: 75923, status: 'completed', amount_refunded: 10 } } });
    expect(await fw().refund({ refundId: 'r1', reference: 'ww-ref-1', providerReference: '288200108', amount: 1000n, currency: 'NGN' })).toEqual({ providerRefundId: '75923', status: 'SUCCEEDED' });
    expect(seen[0].path).toBe('/v3/transactions/288200108/refund');
    expect(JSON.parse(seen[0].body)).toEqual({ amount: '10.00' });
  });

  it('accepts webhooks whose verif-hash equals the secret hash; refuses others', async () => {
    const body = Buffer.from(JSON.stringify({ event: 'charge.completed', data: { id: 285959875, tx_ref: 'ww-ref-1', status: 'successful', amount: 100, currency: 'NGN' } }));
    expect(fw().verifyAndParseWebhook({ rawBody: body, headers: { 'verif-hash': 'my-hash' } })).toMatchObject({ kind: 'PAYMENT_SUCCEEDED', reference: 'ww-ref-1', providerReference: '285959875' });
    await refused(() => fw().verifyAndParseWebhook({ rawBody: body, headers: { 'verif-hash': 'guess' } }), 'WEBHOOK_SIGNATURE_INVALID');
    await refused(() => fw().verifyAndParseWebhook({ rawBody: body, headers: {} }), 'WEBHOOK_SIGNATURE_INVALID');
  });

  it('converts amounts exactly', () => {
    expect(toMajor(1n, 'NGN')).toBe('0.01');
    expect(toMajor(123456789012345678n, 'NGN')).toBe('1234567890123456.78');
    expect(fromMajor('0.1', 'NGN')).toBe(10n);
    expect(fromMajor(26500.5, 'NGN')).toBe(2_650_050n);
    expect(() => fromMajor('1.005', 'NGN')).toThrow();
  });
});

describe('Stripe', () => {
  const now = 1_800_000_000;
  const st = () => stripe({ secretKey: 'sk_test_s', webhookSecret: 'whsec_1', baseUrl: base, now: () => now });

  it('creates a Checkout Session, form-encoded, lower-case currency, minor units, idempotent', async () => {
    answer = () => ({ status: 200, body: { id: 'cs_test_1', url: 'https://checkout.stripe.com/c/pay/cs_test_1', payment_intent: null } });
    expect(await st().initialize(input)).toEqual({ authorizationUrl: 'https://checkout.stripe.com/c/pay/cs_test_1', providerReference: 'cs_test_1' });
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/v1/checkout/sessions', headers: { authorization: 'Bearer sk_test_s', 'content-type': 'application/x-www-form-urlencoded', 'idempotency-key': 'init-ww-ref-1' } });
    const form = new URLSearchParams(seen[0].body);
    expect(Object.fromEntries(form)).toMatchObject({ mode: 'payment', client_reference_id: 'ww-ref-1', 'line_items[0][price_data][currency]': 'ngn', 'line_items[0][price_data][unit_amount]': '2650050', 'line_items[0][quantity]': '1' });
  });

  it('verifies through the session and refunds its PaymentIntent with an idempotency key', async () => {
    answer = (r) =>
      r.path.startsWith('/v1/refunds')
        ? { status: 200, body: { id: 're_1', status: 'succeeded', amount: 500 } }
        : { status: 200, body: { id: 'cs_test_1', status: 'complete', payment_status: 'paid', amount_total: 2650050, currency: 'ngn', payment_intent: 'pi_1', client_reference_id: 'ww-ref-1' } };
    expect(await st().verify('ww-ref-1', 'cs_test_1')).toEqual({ status: 'SUCCEEDED', amount: 2_650_050n, currency: 'NGN', providerReference: 'cs_test_1', failureReason: null, authorization: null });
    expect(await st().refund({ refundId: 'r9', reference: 'ww-ref-1', providerReference: 'cs_test_1', amount: 500n, currency: 'NGN' })).toEqual({ providerRefundId: 're_1', status: 'SUCCEEDED' });
    const refund = seen.find((x) => x.path === '/v1/refunds')!;
    expect(refund.headers['idempotency-key']).toBe('refund-r9');
    expect(Object.fromEntries(new URLSearchParams(refund.body))).toMatchObject({ payment_intent: 'pi_1', amount: '500' });
  });

  it('saves the card when asked and charges it off-session with an idempotent PaymentIntent; a 402 decline is FAILED', async () => {
    answer = () => ({ status: 200, body: { id: 'cs_test_2', url: 'https://checkout.stripe.com/c/pay/cs_test_2' } });
    await st().initialize({ ...input, saveAuthorization: true });
    expect(Object.fromEntries(new URLSearchParams(seen[0].body))).toMatchObject({ 'payment_intent_data[setup_future_usage]': 'off_session', customer_creation: 'always' });
    answer = () => ({ status: 200, body: { id: 'cs_test_2', payment_status: 'paid', amount_total: 100, currency: 'ngn', client_reference_id: 'ww-ref-1', customer: 'cus_1', payment_intent: { id: 'pi_2', payment_method: 'pm_1' } } });
    const verified = await st().verify('ww-ref-1', 'cs_test_2');
    expect(seen[1].path).toBe('/v1/checkout/sessions/cs_test_2?expand[]=payment_intent');
    expect(JSON.parse(verified.authorization!)).toEqual({ customer: 'cus_1', paymentMethod: 'pm_1' });
    answer = () => ({ status: 200, body: { id: 'pi_3', status: 'succeeded', amount: 500000, currency: 'ngn' } });
    expect(await st().chargeAuthorization({ authorization: verified.authorization!, amount: 500_000n, currency: 'NGN', email: 'a@example.com', reference: 'ww-sub-1' })).toMatchObject({ status: 'SUCCEEDED', providerReference: 'pi_3' });
    expect(seen[2]).toMatchObject({ method: 'POST', path: '/v1/payment_intents', headers: { 'idempotency-key': 'charge-ww-sub-1' } });
    expect(Object.fromEntries(new URLSearchParams(seen[2].body))).toMatchObject({ amount: '500000', currency: 'ngn', customer: 'cus_1', payment_method: 'pm_1', off_session: 'true', confirm: 'true' });
    answer = () => ({ status: 402, body: { error: { type: 'card_error', code: 'card_declined', message: 'Your card was declined.' } } });
    expect(await st().chargeAuthorization({ authorization: verified.authorization!, amount: 500_000n, currency: 'NGN', email: 'a@example.com', reference: 'ww-sub-2' })).toMatchObject({ status: 'FAILED' });
  });

  it('accepts t=,v1= signatures within five minutes; refuses stale, tampered or unsigned ones', async () => {
    const body = JSON.stringify({ id: 'evt_1', type: 'checkout.session.completed', data: { object: { id: 'cs_test_1', payment_status: 'paid', client_reference_id: 'ww-ref-1' } } });
    const sig = (t: number, b = body) => `t=${t},v1=${stripeSignature('whsec_1', t, b)}`;
    expect(st().verifyAndParseWebhook({ rawBody: Buffer.from(body), headers: { 'stripe-signature': sig(now - 200) } })).toMatchObject({ eventId: 'evt_1', kind: 'PAYMENT_SUCCEEDED', reference: 'ww-ref-1' });
    // Several v1 signatures (secret rotation): any one matching is enough.
    expect(st().verifyAndParseWebhook({ rawBody: Buffer.from(body), headers: { 'stripe-signature': `t=${now},v1=${'0'.repeat(64)},v1=${stripeSignature('whsec_1', now, body)}` } }).eventId).toBe('evt_1');
    await refused(() => st().verifyAndParseWebhook({ rawBody: Buffer.from(body), headers: { 'stripe-signature': sig(now - 301) } }), 'WEBHOOK_SIGNATURE_INVALID');
    await refused(() => st().verifyAndParseWebhook({ rawBody: Buffer.from(body.replace('paid', 'unpaid')), headers: { 'stripe-signature': sig(now) } }), 'WEBHOOK_SIGNATURE_INVALID');
    await refused(() => st().verifyAndParseWebhook({ rawBody: Buffer.from(body), headers: {} }), 'WEBHOOK_SIGNATURE_INVALID');
  });
});

describe('bank transfer to a virtual account (decision 0076)', () => {
  const ps = () => paystack({ secretKey: 'sk_test_abc', baseUrl: base });
  const fw = () => flutterwave({ secretKey: 'FLWSECK_TEST-1', secretHash: 'my-hash', baseUrl: base });

  it('Paystack: a customer, then a dedicated account; a dedicated_nuban charge.success is a transfer, verified by its reference', async () => {
    answer = (r) =>
      r.path === '/customer'
        ? { status: 200, body: { status: true, message: 'Customer created', data: { customer_code: 'CUS_abc', id: 1 } } }
        : { status: 200, body: { status: true, message: 'NUBAN successfully created', data: { account_number: '9930000737', account_name: 'KAROKART / ADA OBI', bank: { name: 'Wema Bank', id: 20, slug: 'wema-bank' } } } };
    expect(await ps().openVirtualAccount!({ ...input, phone: '+2348030000000' })).toEqual({ accountNumber: '9930000737', bankName: 'Wema Bank', accountName: 'KAROKART / ADA OBI', providerReference: 'CUS_abc' });
    expect(seen.map((x) => [x.method, x.path])).toEqual([['POST', '/customer'], ['POST', '/dedicated_account']]);
    expect(JSON.parse(seen[0].body)).toEqual({ email: 'a@example.com', phone: '+2348030000000' });
    expect(JSON.parse(seen[1].body)).toEqual({ customer: 'CUS_abc', preferred_bank: 'wema-bank' });

    const body = Buffer.from(JSON.stringify({ event: 'charge.success', data: { id: 302961, reference: 'T740986718690583', amount: 2650050, currency: 'NGN', channel: 'dedicated_nuban', authorization: { receiver_bank_account_number: '9930000737' } } }));
    expect(ps().verifyAndParseWebhook({ rawBody: body, headers: { 'x-paystack-signature': paystackSignature('sk_test_abc', body) } })).toMatchObject({ kind: 'TRANSFER_RECEIVED', transferReference: 'T740986718690583', reference: null });
    await refused(() => ps().verifyAndParseWebhook({ rawBody: body, headers: { 'x-paystack-signature': paystackSignature('sk_forged', body) } }), 'WEBHOOK_SIGNATURE_INVALID');

    answer = () => ({ status: 200, body: { status: true, message: 'Verification successful', data: { id: 302961, reference: 'T740986718690583', status: 'success', amount: 2650050, currency: 'NGN', channel: 'dedicated_nuban', authorization: { receiver_bank_account_number: '9930000737' } } } });
    expect(await ps().verifyTransfer!('T740986718690583')).toEqual({ status: 'SUCCEEDED', amount: 2_650_050n, currency: 'NGN', accountNumber: '9930000737', reference: null });
    expect(seen.at(-1)!.path).toBe('/transaction/verify/T740986718690583');
  });

  it('Flutterwave: a temporary account for the amount in major units; a bank_transfer charge.completed is a transfer, verified by id', async () => {
    answer = () => ({ status: 200, body: { status: 'success', message: 'Virtual account created', data: { account_number: '7824822527', bank_name: 'WEMA BANK', order_ref: 'URF_1', flw_ref: 'FLW-1', amount: '26500.50' } } });
    expect(await fw().openVirtualAccount!({ ...input, phone: null })).toEqual({ accountNumber: '7824822527', bankName: 'WEMA BANK', accountName: 'Order WW-000001', providerReference: 'URF_1' });
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/v3/virtual-account-numbers' });
    expect(JSON.parse(seen[0].body)).toMatchObject({ email: 'a@example.com', tx_ref: 'ww-ref-1', amount: '26500.50', currency: 'NGN', is_permanent: false });

    const body = Buffer.from(JSON.stringify({ event: 'charge.completed', data: { id: 4975363, tx_ref: 'ww-ref-1', amount: 26500.5, currency: 'NGN', status: 'successful', payment_type: 'bank_transfer' } }));
    expect(fw().verifyAndParseWebhook({ rawBody: body, headers: { 'verif-hash': 'my-hash' } })).toMatchObject({ kind: 'TRANSFER_RECEIVED', transferReference: '4975363', reference: 'ww-ref-1' });
    await refused(() => fw().verifyAndParseWebhook({ rawBody: body, headers: { 'verif-hash': 'not-it' } }), 'WEBHOOK_SIGNATURE_INVALID');

    answer = () => ({ status: 200, body: { status: 'success', message: 'Transaction fetched successfully', data: { id: 4975363, tx_ref: 'ww-ref-1', amount: 26500.5, currency: 'NGN', status: 'successful' } } });
    expect(await fw().verifyTransfer!('4975363')).toEqual({ status: 'SUCCEEDED', amount: 2_650_050n, currency: 'NGN', accountNumber: null, reference: 'ww-ref-1' });
    expect(seen.at(-1)!.path).toBe('/v3/transactions/4975363/verify');
  });
});

describe('USSD and mobile money charges (decision 0087)', () => {
  const ps = () => paystack({ secretKey: 'sk_test_abc', baseUrl: base });
  const fw = () => flutterwave({ secretKey: 'FLWSECK_TEST-abc', secretHash: 'my-hash', baseUrl: base });
  const network = (provider: 'PAYSTACK' | 'FLUTTERWAVE', code: string) => MOBILE_MONEY_NETWORKS[provider].find((n) => n.code === code)!;

  it('Paystack: POST /charge with ussd.type answers the code to dial; a charge.success on the ussd channel is an ordinary payment event', async () => {
    answer = () => ({ status: 200, body: { status: true, message: 'Charge attempted', data: { reference: 'ww-ref-1', status: 'pay_offline', display_text: 'Please dial *737*33*4*18791# on your mobile phone to complete the transaction', ussd_code: '*737*33*4*18791#' } } });
    expect(await ps().chargeUssd!({ ...input, bank: '737', phone: null })).toEqual({ status: 'PENDING', ussdCode: '*737*33*4*18791#', instruction: 'Please dial *737*33*4*18791# on your mobile phone to complete the transaction', authorizationUrl: null, providerReference: null });
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/charge' });
    expect(seen[0].headers.authorization).toBe('Bearer sk_test_abc');
    expect(JSON.parse(seen[0].body)).toMatchObject({ email: 'a@example.com', amount: '2650050', currency: 'NGN', reference: 'ww-ref-1', ussd: { type: '737' } });

    answer = () => ({ status: 200, body: { status: true, message: 'Charge attempted', data: { reference: 'ww-ref-1', status: 'pay_offline' } } });
    await refused(ps().chargeUssd!({ ...input, bank: '737', phone: null }), 'PAYMENT_FAILED');
    answer = () => ({ status: 200, body: { status: true, message: 'Charge attempted', data: { reference: 'ww-ref-1', status: 'failed', gateway_response: 'Declined' } } });
    expect(await ps().chargeUssd!({ ...input, bank: '737', phone: null })).toMatchObject({ status: 'FAILED', failureReason: 'Declined' });
    answer = () => ({ status: 200, body: { status: true, message: 'Charge attempted', data: { reference: 'someone-else', status: 'pay_offline', ussd_code: '*737*1#' } } });
    await refused(ps().chargeUssd!({ ...input, bank: '737', phone: null }), 'PAYMENT_FAILED');

    const body = Buffer.from(JSON.stringify({ event: 'charge.success', data: { id: 4099260516, reference: 'ww-ref-1', amount: 2650050, currency: 'NGN', channel: 'ussd', status: 'success' } }));
    expect(ps().verifyAndParseWebhook({ rawBody: body, headers: { 'x-paystack-signature': paystackSignature('sk_test_abc', body) } })).toMatchObject({ kind: 'PAYMENT_SUCCEEDED', reference: 'ww-ref-1' });
  });

  it('Paystack: mobile_money with the provider and the phone in the provider’s form; a step we cannot take fails the charge', async () => {
    answer = () => ({ status: 200, body: { status: true, message: 'Charge attempted', data: { reference: 'ww-ref-1', status: 'pay_offline', display_text: 'Please complete authorization process on your mobile phone' } } });
    const ghs = { ...input, currency: 'GHS', amount: 10_000n };
    expect(await ps().chargeMobileMoney!({ ...ghs, network: network('PAYSTACK', 'mtn'), phone: '+233551234987' })).toMatchObject({ status: 'PENDING', ussdCode: null, instruction: 'Please complete authorization process on your mobile phone' });
    expect(JSON.parse(seen[0].body)).toMatchObject({ amount: '10000', currency: 'GHS', reference: 'ww-ref-1', mobile_money: { phone: '0551234987', provider: 'mtn' } });
    await ps().chargeMobileMoney!({ ...input, currency: 'KES', network: network('PAYSTACK', 'mpesa'), phone: '+254700000000' });
    expect(JSON.parse(seen[1].body).mobile_money).toEqual({ phone: '254700000000', provider: 'mpesa' });
    answer = () => ({ status: 200, body: { status: true, message: 'Charge attempted', data: { reference: 'ww-ref-1', status: 'send_otp', display_text: 'Please send the OTP' } } });
    expect(await ps().chargeMobileMoney!({ ...ghs, network: network('PAYSTACK', 'vod'), phone: '+233201234567' })).toMatchObject({ status: 'FAILED' });
  });

  it('Flutterwave: ?type=ussd with account_bank in major units answers meta.authorization.note; mobile money by type and network', async () => {
    answer = () => ({ status: 200, body: { status: 'success', message: 'Charge initiated', data: { id: 2319784, tx_ref: 'ww-ref-1', flw_ref: 'FLW-1', amount: 26500.5, charged_amount: 26500.5, status: 'pending', payment_code: '9173' }, meta: { authorization: { mode: 'ussd', note: '*889*767*9173#' } } } });
    expect(await fw().chargeUssd!({ ...input, bank: '057', phone: '+2348030000000' })).toEqual({ status: 'PENDING', ussdCode: '*889*767*9173#', instruction: 'Dial the code on the phone linked to your bank account', authorizationUrl: null, providerReference: '2319784' });
    expect(seen[0]).toMatchObject({ method: 'POST', path: '/v3/charges?type=ussd' });
    expect(JSON.parse(seen[0].body)).toEqual({ tx_ref: 'ww-ref-1', account_bank: '057', amount: '26500.50', currency: 'NGN', email: 'a@example.com', phone_number: '+2348030000000' });

    answer = () => ({ status: 200, body: { status: 'success', message: 'Charge initiated', meta: { authorization: { redirect: 'https://ravemodal-dev.herokuapp.com/captcha/verify/lang-en/123', mode: 'redirect' } } } });
    const ghs = { ...input, currency: 'GHS', amount: 10_000n };
    expect(await fw().chargeMobileMoney!({ ...ghs, network: network('FLUTTERWAVE', 'mobile_money_ghana:MTN'), phone: '+233551234987' })).toMatchObject({ status: 'PENDING', authorizationUrl: 'https://ravemodal-dev.herokuapp.com/captcha/verify/lang-en/123', providerReference: null });
    expect(seen[1]).toMatchObject({ path: '/v3/charges?type=mobile_money_ghana' });
    expect(JSON.parse(seen[1].body)).toEqual({ tx_ref: 'ww-ref-1', amount: '100.00', currency: 'GHS', email: 'a@example.com', phone_number: '0551234987', network: 'MTN' });

    answer = () => ({ status: 200, body: { status: 'success', message: 'Charge initiated', data: { id: 1191376, tx_ref: 'ww-ref-1', amount: 1500, currency: 'KES', status: 'pending' } } });
    expect(await fw().chargeMobileMoney!({ ...input, currency: 'KES', amount: 150_000n, network: network('FLUTTERWAVE', 'mpesa'), phone: '+254709929220' })).toMatchObject({ status: 'PENDING', instruction: 'Approve the payment on your phone', providerReference: '1191376' });
    expect(seen[2].path).toBe('/v3/charges?type=mpesa');
    expect(JSON.parse(seen[2].body)).toEqual({ tx_ref: 'ww-ref-1', amount: '1500.00', currency: 'KES', email: 'a@example.com', phone_number: '254709929220' });

    answer = () => ({ status: 400, body: { status: 'error', message: 'Invalid bank code' } });
    await refused(fw().chargeUssd!({ ...input, bank: '999', phone: null }), 'PAYMENT_FAILED');

    const body = Buffer.from(JSON.stringify({ event: 'charge.completed', data: { id: 2319784, tx_ref: 'ww-ref-1', amount: 26500.5, currency: 'NGN', status: 'successful', payment_type: 'ussd' } }));
    expect(fw().verifyAndParseWebhook({ rawBody: body, headers: { 'verif-hash': 'my-hash' } })).toMatchObject({ kind: 'PAYMENT_SUCCEEDED', reference: 'ww-ref-1', providerReference: '2319784' });
  });

  it('Stripe takes neither; choices are checked against the provider’s lists and the wallet’s country', () => {
    expect(stripe({ secretKey: 'sk_test', webhookSecret: null }).chargeUssd).toBeUndefined();
    expect(USSD_BANKS.STRIPE).toEqual([]);
    expect(ussdBankFor('FLUTTERWAVE', '058').name).toBe('GTBank');
    expect(() => ussdBankFor('PAYSTACK', '058')).toThrow(expect.objectContaining({ code: 'PAYMENT_DETAILS_INVALID', field: ['ussdBank'] }));
    expect(mobileMoneyNetworksFor('PAYSTACK', 'NGN')).toEqual([]);
    expect(() => mobileMoneyNetworkFor('PAYSTACK', 'mtn', 'NGN')).toThrow(expect.objectContaining({ code: 'PAYMENT_DETAILS_INVALID' }));
    const mtnGh = network('PAYSTACK', 'mtn');
    expect(walletPhone('055 123 4987', mtnGh)).toBe('+233551234987');
    expect(walletPhone('+233 55 123 4987', mtnGh)).toBe('+233551234987');
    expect(walletPhone('233551234987', mtnGh)).toBe('+233551234987');
    for (const bad of ['', '+2348031234567', '0000', 'not a phone', '+2330551234987']) expect(() => walletPhone(bad, mtnGh)).toThrow(expect.objectContaining({ code: 'PAYMENT_DETAILS_INVALID', field: ['mobileMoneyPhone'] }));
  });
});
