/**
 * Stripe (https://docs.stripe.com/api): amounts in the currency's smallest unit, currency codes in lower
 * case, form-encoded requests. A hosted Checkout Session (POST /v1/checkout/sessions) takes the payment;
 * GET /v1/checkout/sessions/:id confirms it; POST /v1/refunds (with an Idempotency-Key) refunds the
 * session's PaymentIntent. A session started with `saveAuthorization` keeps the card for later
 * (payment_intent_data[setup_future_usage]=off_session, customer_creation=always); verify then returns the
 * customer and payment method, which an off-session PaymentIntent (POST /v1/payment_intents with
 * off_session=true, confirm=true and an Idempotency-Key) charges again (subscriptions' renewals). Webhooks carry `Stripe-Signature: t=<unix>,v1=<hex>[,v1=...]`: HMAC-SHA256 of
 * `${t}.${rawBody}` under the endpoint's signing secret, refused outside a 5-minute tolerance.
 */
import { createHmac } from 'node:crypto';
import { safeEqual } from '@webwaka/kit';
import { parseJsonBody, providerCall, providerFailed, signatureInvalid, type PaymentProviderAdapter, type ProviderEvent, type VerifyResult } from './provider';

export const STRIPE_BASE_URL = 'https://api.stripe.com';
export const STRIPE_TOLERANCE_SECONDS = 300;

export const stripeSignature = (secret: string, timestamp: number, rawBody: Buffer | string) => createHmac('sha256', secret).update(`${timestamp}.${rawBody.toString()}`).digest('hex');

const form = (params: Record<string, string>) => new URLSearchParams(params).toString();

interface Session {
  id: string;
  url?: string | null;
  status?: string;
  payment_status?: string;
  amount_total?: number;
  currency?: string;
  payment_intent?: string | { id: string; payment_method?: string | null } | null;
  customer?: string | null;
  client_reference_id?: string | null;
  metadata?: Record<string, string>;
}

/** The customer and payment method a session saved for later charges, as the authorisation we keep; null when none. */
function savedMethod(s: Session): string | null {
  const method = typeof s.payment_intent === 'object' ? s.payment_intent?.payment_method : null;
  return s.customer && method ? JSON.stringify({ customer: s.customer, paymentMethod: method }) : null;
}

export function stripe(opts: { secretKey: string; webhookSecret: string | null; baseUrl?: string; now?: () => number }): PaymentProviderAdapter {
  const base = (opts.baseUrl ?? process.env.STRIPE_BASE_URL ?? STRIPE_BASE_URL).replace(/\/$/, '');
  const headers = { authorization: `Bearer ${opts.secretKey}`, 'content-type': 'application/x-www-form-urlencoded' };
  const now = opts.now ?? (() => Math.floor(Date.now() / 1000));
  return {
    name: 'STRIPE',
    refundsIdempotent: true,
    async initialize(input) {
      const returnUrl = input.returnUrl ?? 'https://example.invalid/return';
      const session = await providerCall<Session>('STRIPE', `${base}/v1/checkout/sessions`, {
        method: 'POST',
        headers: { ...headers, 'idempotency-key': `init-${input.reference}` },
        body: form({
          mode: 'payment',
          client_reference_id: input.reference,
          customer_email: input.email,
          success_url: returnUrl,
          cancel_url: returnUrl,
          'line_items[0][quantity]': '1',
          'line_items[0][price_data][currency]': input.currency.toLowerCase(),
          'line_items[0][price_data][unit_amount]': input.amount.toString(),
          'line_items[0][price_data][product_data][name]': input.description,
          'metadata[reference]': input.reference,
          'payment_intent_data[metadata][reference]': input.reference,
          ...(input.saveAuthorization ? { 'payment_intent_data[setup_future_usage]': 'off_session', customer_creation: 'always' } : {}),
        }),
      });
      if (!session.id || !session.url) throw providerFailed('STRIPE', 'the Checkout Session has no url');
      return { authorizationUrl: session.url, providerReference: session.id };
    },
    async verify(reference, providerReference): Promise<VerifyResult> {
      if (!providerReference) throw providerFailed('STRIPE', 'verify needs the Checkout Session id');
      const s = await providerCall<Session>('STRIPE', `${base}/v1/checkout/sessions/${encodeURIComponent(providerReference)}?expand[]=payment_intent`, { method: 'GET', headers });
      if (s.client_reference_id !== reference && s.metadata?.reference !== reference) throw providerFailed('STRIPE', `session ${s.id} is not for ${reference}`);
      const status = s.payment_status === 'paid' || s.payment_status === 'no_payment_required' ? 'SUCCEEDED' : s.status === 'expired' ? 'FAILED' : 'PENDING';
      return {
        status,
        amount: BigInt(s.amount_total ?? 0),
        currency: (s.currency ?? '').toUpperCase(),
        // Refunds go to the PaymentIntent; the session id stays the payment's reference for verify.
        providerReference: s.id,
        failureReason: status === 'FAILED' ? 'checkout session expired' : null,
        authorization: status === 'SUCCEEDED' ? savedMethod(s) : null,
      };
    },
    async chargeAuthorization(input) {
      const saved = JSON.parse(input.authorization) as { customer: string; paymentMethod: string };
      let pi: { id: string; status: string; amount: number; currency: string; last_payment_error?: { message?: string } | null };
      try {
        pi = await providerCall('STRIPE', `${base}/v1/payment_intents`, {
          method: 'POST',
          headers: { ...headers, 'idempotency-key': `charge-${input.reference}` },
          body: form({
            amount: input.amount.toString(),
            currency: input.currency.toLowerCase(),
            customer: saved.customer,
            payment_method: saved.paymentMethod,
            off_session: 'true',
            confirm: 'true',
            receipt_email: input.email,
            'metadata[reference]': input.reference,
          }),
        });
      } catch (e) {
        // A declined card is a 402 (card_error): a refusal, not a fault.
        if (e instanceof Error && / answered 402:/.test(e.message)) return { status: 'FAILED', amount: input.amount, currency: input.currency, providerReference: null, failureReason: e.message };
        throw e;
      }
      const status = pi.status === 'succeeded' ? 'SUCCEEDED' : pi.status === 'processing' ? 'PENDING' : 'FAILED';
      return { status, amount: BigInt(pi.amount), currency: pi.currency.toUpperCase(), providerReference: pi.id, failureReason: status === 'FAILED' ? (pi.last_payment_error?.message ?? pi.status) : null };
    },
    async refund(input) {
      if (!input.providerReference) throw providerFailed('STRIPE', 'a refund needs the Checkout Session id');
      const s = await providerCall<Session>('STRIPE', `${base}/v1/checkout/sessions/${encodeURIComponent(input.providerReference)}`, { method: 'GET', headers });
      const intent = typeof s.payment_intent === 'string' ? s.payment_intent : s.payment_intent?.id;
      if (!intent) throw providerFailed('STRIPE', `session ${s.id} has no PaymentIntent to refund`);
      const r = await providerCall<{ id: string; status: string }>('STRIPE', `${base}/v1/refunds`, {
        method: 'POST',
        headers: { ...headers, 'idempotency-key': `refund-${input.refundId}` },
        body: form({ payment_intent: intent, amount: input.amount.toString(), 'metadata[refund]': input.refundId }),
      });
      if (r.status === 'failed' || r.status === 'canceled') throw providerFailed('STRIPE', `refund ${r.id} ${r.status}`);
      return { providerRefundId: r.id, status: r.status === 'succeeded' ? 'SUCCEEDED' : 'PENDING' };
    },
    verifyAndParseWebhook({ rawBody, headers: h }): ProviderEvent {
      if (!opts.webhookSecret) throw signatureInvalid('no webhook signing secret is configured for Stripe');
      const header = h['stripe-signature'];
      if (!header) throw signatureInvalid('no Stripe-Signature header');
      const parts = header.split(',').map((p) => p.trim().split('='));
      const t = Number(parts.find(([k]) => k === 't')?.[1]);
      const signatures = parts.filter(([k]) => k === 'v1').map(([, v]) => v ?? '');
      if (!Number.isInteger(t) || signatures.length === 0) throw signatureInvalid('Stripe-Signature has no timestamp or no v1 signature');
      if (Math.abs(now() - t) > STRIPE_TOLERANCE_SECONDS) throw signatureInvalid('Stripe-Signature timestamp is outside the tolerance');
      const expected = stripeSignature(opts.webhookSecret, t, rawBody);
      if (!signatures.some((s) => safeEqual(s, expected))) throw signatureInvalid('no v1 signature matches the body');
      const body = parseJsonBody(rawBody);
      const object = (body?.data?.object ?? {}) as Session;
      const type = String(body?.type ?? '');
      const succeeded = type === 'checkout.session.completed' ? object.payment_status === 'paid' : type === 'checkout.session.async_payment_succeeded';
      const failed = type === 'checkout.session.async_payment_failed' || type === 'checkout.session.expired';
      return {
        eventId: String(body?.id ?? ''),
        kind: succeeded ? 'PAYMENT_SUCCEEDED' : failed ? 'PAYMENT_FAILED' : 'OTHER',
        type,
        reference: object.client_reference_id ?? object.metadata?.reference ?? null,
        providerReference: object.id ?? null,
        payload: body,
      };
    },
  };
}
