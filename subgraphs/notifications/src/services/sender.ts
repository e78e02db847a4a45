/**
 * The sender: delivers queued messages through their tenant's provider, with retries. Each run leases a
 * batch of due messages (QUEUED or FAILED whose time has come, or SENDING whose lease ran out) with
 * FOR UPDATE SKIP LOCKED, so several processes send without sending the same message at once. A message is
 * rendered again here, from its template, variables and the secret unsealed only now; the secret is erased
 * once the message is sent or dead. A failure waits 30 s, 1, 2, 4... minutes (at most an hour) before the
 * next try; after MAX_ATTEMPTS, or at once when the provider refuses for good, the message is DEAD: the
 * dead-letter list an administrator can send again from. Delivery to the provider is at least once: a
 * process that dies between the provider's answer and the update below sends that message again.
 */
import { SpanKind, decryptSecret, inSpan, logger, type MessageChannel, type Peers, type PrismaClient } from '@webwaka/kit';
import { audienceOf } from './audience';
import { isTemplateKey } from './catalogue';
import { oneClickUnsubscribeUrl, unsubscribeToken, unsubscribeUrl } from './preferences';
import { providerFor, senderFor } from './providers';
import { render } from './render';
import { templateText } from './templates';

export const MAX_ATTEMPTS = Number(process.env.NOTIFY_MAX_ATTEMPTS ?? 8);
const LEASE_SECONDS = 60;
const BATCH = 20;
/** Messages one tenant sends per minute; more wait for the next minute (a provider's own limits, and a runaway loop). */
export const TENANT_PER_MINUTE = Number(process.env.NOTIFY_TENANT_PER_MINUTE ?? 600);

export function backoffMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);
}

interface Leased {
  id: string;
  tenantId: string;
  template: string;
  channel: MessageChannel;
  recipient: string;
  locale: string;
  variables: Record<string, string>;
  secretSealed: string | null;
  marketing: boolean;
  attempts: number;
}

/** Takes up to `limit` due messages for this process (their attempt counted now). */
async function lease(prisma: PrismaClient, limit: number): Promise<Leased[]> {
  return prisma.$queryRawUnsafe<Leased[]>(
    `UPDATE "notifications"."Message" m
        SET status = 'SENDING', "leaseUntil" = now() + ($1 || ' seconds')::interval, attempts = m.attempts + 1
      WHERE m.id IN (
        SELECT id FROM "notifications"."Message"
         WHERE (status IN ('QUEUED', 'FAILED') AND "nextAttemptAt" <= now()) OR (status = 'SENDING' AND "leaseUntil" < now())
         ORDER BY "nextAttemptAt"
         LIMIT $2
         FOR UPDATE SKIP LOCKED)
      RETURNING m.id, m."tenantId", m.template, m.channel::text AS channel, m.recipient, m.locale, m.variables, m."secretSealed", m.marketing, m.attempts`,
    String(LEASE_SECONDS),
    limit,
  );
}

/**
 * Sends what is due; returns how many were sent. When `stopping()` turns true (the process is shutting
 * down) the messages of the batch not yet started are handed back, so another process sends them at once
 * rather than after their lease (decision 0073).
 */
export async function sendDue(prisma: PrismaClient, peers: Peers, limit = BATCH, stopping: () => boolean = () => false): Promise<number> {
  const batch = await lease(prisma, limit);
  let sent = 0;
  for (const [i, m] of batch.entries()) {
    if (stopping()) {
      await handBack(prisma, batch.slice(i));
      break;
    }
    try {
      // Each message in a trace of its own (decision 0072): its channel and template, never its recipient or text.
      const attributes = { 'messaging.message.id': m.id, 'webwaka.message.channel': m.channel, 'webwaka.message.template': m.template, 'webwaka.message.attempt': m.attempts };
      const delivered = await inSpan('notifications', `notifications send ${m.channel}`, { kind: SpanKind.PRODUCER, attributes, request: { requestId: null, tenant: m.tenantId } }, async (span) => {
        const ok = await sendOne(prisma, peers, m);
        span.setAttribute('webwaka.message.sent', ok);
        return ok;
      });
      if (delivered) sent++;
    } catch (e) {
      await fail(prisma, m, `Internal error: ${String((e as Error)?.message ?? e).slice(0, 200)}`, false);
      logger.error('notifications: send failed', { messageId: m.id, error: String(e) });
    }
  }
  return sent;
}

/** Gives leased messages back to the queue, due at once, their attempt not counted. */
async function handBack(prisma: PrismaClient, messages: Leased[]): Promise<void> {
  await prisma.message.updateMany({
    where: { id: { in: messages.map((m) => m.id) }, status: 'SENDING' },
    data: { status: 'QUEUED', attempts: { decrement: 1 }, leaseUntil: null },
  });
}

async function sendOne(prisma: PrismaClient, peers: Peers, m: Leased): Promise<boolean> {
  const recent = await prisma.message.count({ where: { tenantId: m.tenantId, sentAt: { gte: new Date(Date.now() - 60_000) } } });
  if (recent >= TENANT_PER_MINUTE) {
    // Not the message's fault: give the attempt back and wait for the next minute.
    await prisma.message.update({ where: { id: m.id }, data: { status: 'QUEUED', attempts: { decrement: 1 }, leaseUntil: null, nextAttemptAt: new Date(Date.now() + 60_000) } });
    return false;
  }
  if (!isTemplateKey(m.template)) return fail(prisma, m, `Unknown template ${m.template}`, true);
  const provider = await providerFor(prisma, m.tenantId, m.channel);
  if (!provider) return fail(prisma, m, `No provider is configured for ${m.channel}`, false);
  const [text, brand] = await Promise.all([templateText(prisma, m.tenantId, m.template, m.channel, m.locale), audienceOf(peers, m.tenantId, {}, `notify-send-${m.id}`)]);
  if (!text || !brand) return fail(prisma, m, 'The template or the tenant is gone', true);
  const unsubscribeWith = m.marketing ? unsubscribeToken(m.tenantId, m.channel, m.recipient) : null;
  const unsubscribe = unsubscribeWith ? unsubscribeUrl(brand.tenantSlug, unsubscribeWith) : null;
  const out = render(text, m.channel, m.variables, brand, { secret: m.secretSealed ? decryptSecret(m.secretSealed) : null, unsubscribeUrl: unsubscribe });
  const result = await senderFor(provider, prisma).send({
    channel: m.channel,
    to: m.recipient,
    fromName: brand.storeName,
    subject: out.subject,
    text: out.text,
    html: out.html,
    headers: unsubscribeWith ? { 'List-Unsubscribe': `<${oneClickUnsubscribeUrl(brand.tenantSlug, unsubscribeWith)}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : undefined,
    messageId: m.id,
  });
  if (!result.ok) return fail(prisma, m, result.error, result.permanent, provider.provider);
  await prisma.message.update({
    where: { id: m.id },
    data: { status: 'SENT', sentAt: new Date(), provider: provider.provider, providerMessageId: result.providerMessageId, secretSealed: null, leaseUntil: null, lastError: null },
  });
  return true;
}

async function fail(prisma: PrismaClient, m: Leased, error: string, permanent: boolean, provider?: string): Promise<false> {
  const dead = permanent || m.attempts >= MAX_ATTEMPTS;
  await prisma.message.update({
    where: { id: m.id },
    data: dead
      ? { status: 'DEAD', lastError: error, leaseUntil: null, secretSealed: null, provider }
      : { status: 'FAILED', lastError: error, leaseUntil: null, nextAttemptAt: new Date(Date.now() + backoffMs(m.attempts)), provider },
  });
  return false;
}

/** The sender loop of one process: every `intervalMs`, and at once when nudged (new messages queued). */
export class MessageSender {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly peers: Peers,
    private readonly intervalMs = Number(process.env.NOTIFY_SEND_MS ?? 1000),
  ) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.nudge(), this.intervalMs);
    this.timer.unref();
  }

  nudge(): void {
    // After stop, nothing starts again (a nudge during the last run must not outlive the database).
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      // Drain: keep going while full batches come back.
      while (!this.stopped && (await sendDue(this.prisma, this.peers, BATCH, () => this.stopped)) >= BATCH);
    })()
      .catch((e) => logger.error('notifications: sender failed', { error: String(e) }))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  }

  /** Stops after the message being sent; the rest of its batch goes back to the queue. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
