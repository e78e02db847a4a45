/**
 * Providers' delivery reports (decision 0066): what became of a message after the provider accepted it.
 * Each report is authenticated as its provider documents it, matched to the Message by the provider's
 * message id recorded at send time, and moves the message forward only: SENT → DELIVERED, or SENT → DEAD
 * with the provider's reason (a report of failure is final for that send: the carrier has already tried;
 * the dead-letter list is where an administrator sends it again). A message that is no longer SENT keeps
 * its state, so a replayed report, or a late 'sent' after 'delivered', changes nothing.
 * - Termii (JSON) and Africa's Talking (form-encoded `id, status, failureReason…`) do not sign their
 *   callbacks: the callback URL carries a secret token, an HMAC of (provider, scope) where the scope is the
 *   tenant whose own account it is, or the installation's account (`installation`). It is compared in
 *   constant time, and a tenant's token matches only that tenant's messages.
 * - WhatsApp Cloud API signs its webhooks: `X-Hub-Signature-256: sha256=<hex HMAC of the raw body under
 *   the app secret>` (WHATSAPP_APP_SECRET; the local sandbox signs with its own secret). Its `statuses`
 *   name the wamid; 'read' counts as delivered.
 * E-mail has no report: SMTP's 250 is SENT, and stays so.
 */
import { createHmac } from 'node:crypto';
import { config, hmacSha256, logger, safeEqual, type PrismaClient } from '@webwaka/kit';

/** The providers that report, as the gateway's route names them. */
export const REPORTING_PROVIDERS = ['termii', 'africastalking', 'whatsapp-cloud'] as const;
export type ReportingProvider = (typeof REPORTING_PROVIDERS)[number];
export const INSTALLATION_SCOPE = 'installation';
export const WHATSAPP_SIGNATURE_HEADER = 'x-hub-signature-256';

/** One message's fate in a report. */
export interface Report {
  providerMessageId: string;
  outcome: 'delivered' | 'failed' | 'pending';
  reason: string | null;
}

/** The callback token of a provider account: `<scope>.<mac>`, the scope a tenant id or `installation`. */
export function deliveryReportToken(provider: ReportingProvider, scope: string): string {
  const encoded = Buffer.from(scope).toString('base64url');
  return `${encoded}.${hmacSha256(config.jwtSecret, `webwaka:delivery-report:${provider}:${scope}`).toString('base64url')}`;
}

/** The scope a token stands for, or null when it is not one of ours for this provider. */
export function scopeOfToken(provider: ReportingProvider, token: string): string | null {
  const encoded = token.slice(0, token.indexOf('.'));
  if (!encoded || token.length > 200) return null;
  const scope = Buffer.from(encoded, 'base64url').toString('utf8');
  return safeEqual(token, deliveryReportToken(provider, scope)) ? scope : null;
}

/** Where a provider account's reports go (on the gateway's public address), for its dashboard. */
export function deliveryReportUrl(provider: ReportingProvider, scope: string, gateway = config.publicGatewayUrl ?? ''): string {
  return provider === 'whatsapp-cloud' ? `${gateway}/delivery-reports/whatsapp-cloud` : `${gateway}/delivery-reports/${provider}/${deliveryReportToken(provider, scope)}`;
}

/** The local sandbox's WhatsApp app secret (known to this installation only). */
export const sandboxWhatsappAppSecret = () => hmacSha256(config.jwtSecret, 'webwaka:sandbox:whatsapp-app-secret').toString('hex');

let sandboxSigns = false;
/** Reports signed by the local sandbox are taken only while it runs. */
export function acceptSandboxReports(on: boolean): void {
  sandboxSigns = on;
}

/** WhatsApp's signature of a body: `sha256=` and the hex HMAC-SHA256 of the exact bytes under the app secret. */
export const whatsappSignature = (secret: string, raw: Buffer | string) => `sha256=${createHmac('sha256', secret).update(raw).digest('hex')}`;

function whatsappSigned(raw: Buffer, signature: string | undefined): boolean {
  if (!signature) return false;
  const secrets = [process.env.WHATSAPP_APP_SECRET, sandboxSigns ? sandboxWhatsappAppSecret() : undefined].filter((s): s is string => !!s);
  return secrets.some((secret) => safeEqual(signature, whatsappSignature(secret, raw)));
}

const TERMII_DELIVERED = ['delivered'];
const TERMII_FAILED = ['message failed', 'failed', 'rejected', 'expired', 'dnd active', 'undelivered'];

/** Termii: `{ type, id, message_id, receiver, sender, message, sent_at, cost, status, channel }`. */
export function parseTermii(raw: string): Report[] {
  const b = JSON.parse(raw) as { message_id?: unknown; id?: unknown; status?: unknown; type?: unknown };
  const id = b.message_id ?? b.id;
  const status = String(b.status ?? '').trim();
  if (!id || !status) return [];
  const s = status.toLowerCase();
  return [{ providerMessageId: String(id), outcome: TERMII_DELIVERED.includes(s) ? 'delivered' : TERMII_FAILED.includes(s) ? 'failed' : 'pending', reason: TERMII_FAILED.includes(s) ? status : null }];
}

/** Africa's Talking: form-encoded `id, status, phoneNumber, networkCode, failureReason, retryCount`. Success is on the handset. */
export function parseAfricasTalking(raw: string): Report[] {
  const f = new URLSearchParams(raw);
  const id = f.get('id');
  const status = f.get('status') ?? '';
  if (!id || !status) return [];
  const failed = ['Failed', 'Rejected', 'AbsentSubscriber', 'Expired'].includes(status);
  return [{ providerMessageId: id, outcome: status === 'Success' ? 'delivered' : failed ? 'failed' : 'pending', reason: failed ? [status, f.get('failureReason')].filter(Boolean).join(': ') : null }];
}

interface WhatsappStatus {
  id?: string;
  status?: string;
  errors?: { code?: number; title?: string; message?: string; error_data?: { details?: string } }[];
}

/** WhatsApp Cloud API: `{ object, entry: [{ changes: [{ field: 'messages', value: { statuses: [{ id, status, errors }] } }] }] }`. */
export function parseWhatsapp(raw: string): Report[] {
  const b = JSON.parse(raw) as { entry?: { changes?: { field?: string; value?: { statuses?: WhatsappStatus[] } }[] }[] };
  const reports: Report[] = [];
  for (const entry of b.entry ?? []) {
    for (const change of entry.changes ?? []) {
      for (const st of change.value?.statuses ?? []) {
        if (!st.id || !st.status) continue;
        const error = st.errors?.[0];
        const reason = error ? [error.code, error.title ?? error.message, error.error_data?.details].filter((x) => x !== undefined && x !== '').join(' ') : 'failed';
        reports.push({ providerMessageId: st.id, outcome: st.status === 'delivered' || st.status === 'read' ? 'delivered' : st.status === 'failed' ? 'failed' : 'pending', reason: st.status === 'failed' ? reason : null });
      }
    }
  }
  return reports;
}

/** Moves the matching SENT message forward; returns whether anything changed. */
async function apply(prisma: PrismaClient, provider: ReportingProvider, tenantId: string | null, r: Report): Promise<boolean> {
  if (r.outcome === 'pending') return false;
  const where = { provider, providerMessageId: r.providerMessageId, status: 'SENT' as const, ...(tenantId ? { tenantId } : {}) };
  const data =
    r.outcome === 'delivered'
      ? { status: 'DELIVERED' as const, deliveredAt: new Date() }
      : { status: 'DEAD' as const, lastError: `Not delivered (${provider} reported: ${(r.reason ?? 'failed').slice(0, 300)})` };
  return (await prisma.message.updateMany({ where, data })).count > 0;
}

export interface IncomingReport {
  provider: string;
  /** The token of the callback URL (Termii, Africa's Talking). */
  token?: string | null;
  headers: Record<string, string | undefined>;
  rawBody: Buffer;
}

/**
 * One provider's report, as the gateway received it: 401 when it is not authenticated as the provider
 * does it, 400 when unreadable, else 200 with how many messages moved (unknown ids are ignored: the
 * provider must not retry them for ever).
 */
export async function receiveDeliveryReport(prisma: PrismaClient, report: IncomingReport): Promise<{ status: number; outcome: string; updated?: number }> {
  const provider = report.provider as ReportingProvider;
  if (!REPORTING_PROVIDERS.includes(provider)) return { status: 404, outcome: 'unknown provider' };
  let tenantId: string | null = null;
  if (provider === 'whatsapp-cloud') {
    if (!whatsappSigned(report.rawBody, report.headers[WHATSAPP_SIGNATURE_HEADER])) return { status: 401, outcome: 'bad signature' };
  } else {
    const scope = scopeOfToken(provider, String(report.token ?? ''));
    if (!scope) return { status: 401, outcome: 'bad token' };
    tenantId = scope === INSTALLATION_SCOPE ? null : scope;
  }
  let reports: Report[];
  try {
    const raw = report.rawBody.toString('utf8');
    reports = provider === 'termii' ? parseTermii(raw) : provider === 'africastalking' ? parseAfricasTalking(raw) : parseWhatsapp(raw);
  } catch {
    return { status: 400, outcome: 'unreadable' };
  }
  let updated = 0;
  for (const r of reports) if (await apply(prisma, provider, tenantId, r)) updated++;
  if (updated) logger.info('notifications: delivery report', { provider, updated });
  return { status: 200, outcome: 'ok', updated };
}

/** WhatsApp's webhook verification (GET with hub.mode=subscribe): the challenge back when the verify token is ours. */
export function verifyWhatsappSubscription(q: { mode?: string; token?: string; challenge?: string }): string | null {
  const expected = process.env.WHATSAPP_VERIFY_TOKEN;
  return q.mode === 'subscribe' && expected && q.token && safeEqual(q.token, expected) && q.challenge ? q.challenge.slice(0, 200) : null;
}
