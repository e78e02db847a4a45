/**
 * Payment provider traffic that is not GraphQL:
 * - `POST /webhooks/:provider/:tenantSlug`: a provider's notification. The raw body (signatures cover the
 *   exact bytes) and the headers go to commerce's internal `webhook` route, signed like every gateway call
 *   with the tenant resolved from the slug; commerce's answer (200, 401 for a bad signature, 404, 500 to
 *   make the provider retry) is the provider's answer.
 *   Carriers' tracking webhooks come the same way as `/webhooks/carrier-sandbox/:tenantSlug` (decision 0086).
 * - `GET /pay/sandbox/:reference`: the sandbox provider's hosted page (Pay / Decline), and
 *   `POST /pay/sandbox/:reference`: the shopper's decision. Commerce books the decision and returns the
 *   signed webhook a real provider would send; this page delivers it over HTTP to the webhook route above
 *   (so the sandbox exercises the whole path), then sends the shopper back to the shop. For a bank-transfer
 *   payment the page plays the shopper's bank app instead: "Simulate a transfer of ₦X" into the payment's
 *   account sends the provider-format `transfer.received` webhook the same way (decision 0076).
 */
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { ErrorCode, anonymousActor, config, createLogger, formatMoney, minorDigits, postJson, signedCallHeaders, traceOutgoingCall } from '@webwaka/protocol';
import type { Authenticate } from './auth';

const log = createLogger({ service: 'gateway' });
const WEBHOOK_MAX_BODY = '512kb';
/** Headers a provider's signature or metadata may be in; nothing else is forwarded. */
const FORWARDED_HEADERS = ['content-type', 'x-paystack-signature', 'verif-hash', 'stripe-signature', 'x-sandbox-signature', 'x-carrier-signature', 'x-carrier-timestamp'];

export interface WebhookOptions {
  commerceUrl: string;
  authenticate: Authenticate;
  /** This gateway's own address (known once it listens), for the sandbox's webhooks without PUBLIC_GATEWAY_URL. */
  ownUrl: () => string;
}

/** A subgraph's internal route (`/internal/<route>` beside its /graphql), signed for that subgraph as an anonymous caller. */
export async function subgraphInternal<T>(subgraphUrl: string, audience: string, route: string, body: unknown, requestId: string, tenantId: string | null): Promise<{ status: number; body: T | null }> {
  const json = JSON.stringify(body);
  const headers = signedCallHeaders(anonymousActor(tenantId), requestId, config.gatewaySecret, { audience, body: json });
  // In the request's trace (decision 0072): the route is one of a few fixed names.
  const res = await traceOutgoingCall('gateway', `${audience} ${route}`, { 'webwaka.subgraph': audience }, headers, () =>
    postJson(`${subgraphUrl.replace(/\/graphql$/, '')}/internal/${route}`, json, { headers, timeoutMs: 60_000 }),
  );
  const ok = res.status >= 200 && res.status < 300;
  return { status: res.status, body: ok ? (JSON.parse(res.text) as T) : null };
}

const commerceInternal = <T>(commerceUrl: string, route: string, body: unknown, requestId: string, tenantId: string | null) => subgraphInternal<T>(commerceUrl, 'commerce', route, body, requestId, tenantId);

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:28rem;margin:3rem auto;padding:0 1rem}button{font-size:1rem;padding:.6rem 1.4rem;margin-right:.6rem}.note{color:#666;font-size:.85rem}</style></head>
<body>${body}</body></html>`;
}

interface SandboxPayment {
  reference: string;
  amount: string;
  currency: string;
  orderNumber: string;
  status: string;
  returnUrl: string | null;
  method?: string;
  bankAccountNumber?: string | null;
  bankName?: string | null;
  paymentStatus?: string;
  received?: string;
  ussdCode?: string | null;
  chargeInstruction?: string | null;
}

type SandboxHook = { tenantSlug: string; body: string; headers: Record<string, string>; returnUrl: string | null };

/** The sandbox's bank-app page for a bank-transfer payment: the account, what arrived, and a transfer to simulate. */
function transferPage(p: SandboxPayment): string {
  const due = BigInt(p.amount);
  const received = BigInt(p.received ?? '0');
  const left = p.paymentStatus === 'SUCCEEDED' || received >= due ? 0n : due - received;
  const show = (amount: bigint) => formatMoney({ amount, currency: p.currency });
  const digits = minorDigits(p.currency);
  const major = (amount: bigint) => (Number(amount) / 10 ** digits).toFixed(digits);
  return page(
    `Transfer ${show(due)}`,
    `<h1>WebWaka sandbox bank</h1><p>Order <strong>${escapeHtml(p.orderNumber)}</strong>: transfer <strong>${escapeHtml(show(due))}</strong> to account <strong data-testid="account-number">${escapeHtml(p.bankAccountNumber ?? '')}</strong> (${escapeHtml(p.bankName ?? '')}).</p>` +
      `<p data-testid="sandbox-received">Received so far: ${escapeHtml(show(received))}. Still to pay: ${escapeHtml(show(left))}.</p>` +
      `<form method="post"><input type="hidden" name="decision" value="transfer"><label>Simulate a transfer of (${escapeHtml(p.currency)}) <input name="amount" inputmode="decimal" required pattern="\\d+(\\.\\d{1,2})?" value="${major(left > 0n ? left : due)}"></label> <button>Simulate transfer</button></form>` +
      (p.returnUrl ? `<p><a href="${escapeHtml(`${p.returnUrl}${p.returnUrl.includes('?') ? '&' : '?'}reference=${encodeURIComponent(p.reference)}`)}">Back to the shop</a></p>` : '') +
      '<p class="note">Test mode: no money moves.</p>',
  );
}

export function mountWebhooks(app: Express, opts: WebhookOptions): void {
  // Delivered like a real provider: over HTTP to this gateway's public webhook route, at the configured
  // public URL (or this gateway's own address), never at whatever Host the shopper's request named.
  const deliverSandboxWebhook = (hook: SandboxHook, requestId: string) =>
    fetch(`${config.publicGatewayUrl ?? opts.ownUrl()}/webhooks/sandbox/${encodeURIComponent(hook.tenantSlug)}`, { method: 'POST', headers: hook.headers, body: hook.body }).catch((e) => {
      log.warn('sandbox webhook delivery failed (the reconciler will verify the payment)', { requestId, error: String(e) });
      return null;
    });

  app.post('/webhooks/:provider/:tenantSlug', express.raw({ type: () => true, limit: WEBHOOK_MAX_BODY }), async (req: Request, res: Response) => {
    const requestId = res.locals.requestId as string;
    const provider = String(req.params.provider);
    let tenantId: string | null;
    try {
      tenantId = (await opts.authenticate({ 'x-tenant': String(req.params.tenantSlug) }, requestId)).actor.tenantId;
    } catch {
      return res.status(404).json({ error: 'unknown tenant' });
    }
    const headers = Object.fromEntries(FORWARDED_HEADERS.filter((h) => typeof req.headers[h] === 'string').map((h) => [h, req.headers[h] as string]));
    const rawBody = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    try {
      const answer = await commerceInternal<{ status: number; outcome: string }>(opts.commerceUrl, 'webhook', { provider, headers, rawBody: rawBody.toString('base64') }, requestId, tenantId);
      if (!answer.body) return res.status(500).json({ error: 'not processed; retry' });
      return res.status(answer.body.status).json({ outcome: answer.body.outcome });
    } catch (e) {
      log.error('webhook forwarding failed', { requestId, provider, error: String(e) });
      return res.status(500).json({ error: 'not processed; retry' });
    }
  });

  app.get('/pay/sandbox/:reference', async (req: Request, res: Response) => {
    const reference = String(req.params.reference);
    const found = await commerceInternal<SandboxPayment | null>(opts.commerceUrl, 'sandbox-payment', { reference }, res.locals.requestId, null).catch(() => null);
    const p = found?.body;
    if (!p) return res.status(404).type('html').send(page('Payment not found', '<h1>Payment not found</h1>'));
    if (p.method === 'BANK_TRANSFER') return res.type('html').send(transferPage(p));
    const amount = formatMoney({ amount: BigInt(p.amount), currency: p.currency });
    const decided = p.status !== 'PENDING';
    // USSD and mobile money (decision 0087): the page plays the shopper's phone; the outcome is a card's webhook.
    if (p.method === 'USSD' || p.method === 'MOBILE_MONEY') {
      const ussd = p.method === 'USSD';
      return res.type('html').send(
        page(
          `Pay ${amount}`,
          `<h1>WebWaka sandbox ${ussd ? 'USSD' : 'mobile money'}</h1><p>Order <strong>${escapeHtml(p.orderNumber)}</strong>: <strong>${escapeHtml(amount)}</strong></p>` +
            (ussd ? `<p>Dial <strong data-testid="ussd-code">${escapeHtml(p.ussdCode ?? '')}</strong></p>` : `<p data-testid="charge-instruction">${escapeHtml(p.chargeInstruction ?? 'Approve on phone')}</p>`) +
            (decided
              ? `<p>This payment is already ${p.status === 'SUCCEEDED' ? 'paid' : 'declined'}.</p>`
              : `<form method="post"><button name="decision" value="pay">${ussd ? 'Simulate dialling' : 'Approve on phone'}</button><button name="decision" value="decline">Decline</button></form>`) +
            '<p class="note">Test mode: no money moves.</p>',
        ),
      );
    }
    res.type('html').send(
      page(
        `Pay ${amount}`,
        `<h1>WebWaka sandbox payment</h1><p>Order <strong>${escapeHtml(p.orderNumber)}</strong>: <strong>${escapeHtml(amount)}</strong></p>` +
          (decided
            ? `<p>This payment is already ${p.status === 'SUCCEEDED' ? 'paid' : 'declined'}.</p>`
            : `<form method="post"><button name="decision" value="pay">Pay</button><button name="decision" value="decline">Decline</button><button name="decision" value="pay-decline-renewals">Pay, decline renewals</button></form>`) +
          '<p class="note">Test mode: no money moves.</p>',
      ),
    );
  });

  app.post('/pay/sandbox/:reference', express.urlencoded({ extended: false, limit: '4kb' }), async (req: Request, res: Response) => {
    const requestId = res.locals.requestId as string;
    const reference = String(req.params.reference);
    if (req.body?.decision === 'transfer') {
      const simulated = await commerceInternal<SandboxHook | null>(opts.commerceUrl, 'sandbox-transfer', { reference, amount: String(req.body?.amount ?? '') }, requestId, null).catch(() => null);
      const transfer = simulated?.body;
      if (!transfer) return res.status(400).type('html').send(page('Transfer refused', '<h1>Transfer refused</h1><p>No such account, or not an amount.</p>'));
      await deliverSandboxWebhook(transfer, requestId);
      return res.redirect(303, `/pay/sandbox/${encodeURIComponent(reference)}`);
    }
    // "Pay, decline renewals": paid now, every later charge on the saved card declined (subscriptions' dunning).
    const decision = req.body?.decision === 'pay' || req.body?.decision === 'pay-decline-renewals' ? req.body.decision : 'decline';
    const decided = await commerceInternal<SandboxHook | null>(opts.commerceUrl, 'sandbox-decide', { reference, decision }, requestId, null).catch(() => null);
    const hook = decided?.body;
    if (!hook) return res.status(404).type('html').send(page('Payment not found', '<h1>Payment not found</h1>'));
    const delivered = await deliverSandboxWebhook(hook, requestId);
    if (hook.returnUrl) return res.redirect(303, `${hook.returnUrl}${hook.returnUrl.includes('?') ? '&' : '?'}reference=${encodeURIComponent(reference)}`);
    res
      .status(delivered?.ok ? 200 : 202)
      .type('html')
      .send(page('Payment', `<h1>${decision !== 'decline' ? 'Payment received' : 'Payment declined'}</h1><p>You can close this page.</p>`));
  });

  // A body the parsers refuse (too large, unreadable) gets a short JSON answer with a stable code, never
  // Express's default error page (which carries a stack trace outside production).
  app.use(['/webhooks', '/pay'], (err: { type?: string } | undefined, _req: Request, res: Response, next: NextFunction) => {
    if (!err) return next();
    if (err.type === 'entity.too.large') return res.status(413).json({ error: 'Request body too large', code: ErrorCode.PAYLOAD_TOO_LARGE });
    return res.status(400).json({ error: 'Request body could not be read', code: ErrorCode.BAD_USER_INPUT });
  });
}
