/**
 * The consumer of `notifications.message.requested` (payload: kit events.ts `MessageRequestedPayload`).
 * Delivery is at least once, so a request queues each of its messages exactly once: one Message per
 * (tenant, request key, channel), inserted with skipDuplicates. A request that can never be sent (an
 * unknown template, no address on any channel) is logged and acknowledged; identity being unreachable
 * throws, and the dispatcher tries again. Sending is the sender's job (sender.ts): nothing here waits on a
 * provider, so a slow SMS gateway never holds up the outbox.
 */
import { logger, uuidv7, type MessageChannel, type MessageRequestedPayload, type OutboxEventRecord, type Peers, type PrismaClient } from '@webwaka/kit';
import { CATALOGUE, DEFAULT_LOCALE, LOCALES, isTemplateKey } from './catalogue';
import { audienceOf } from './audience';
import { refusal } from './preferences';
import { SENDABLE } from './providers';
import { pushTargets } from './push-subscriptions';
import { render } from './render';
import { templateText } from './templates';

/** Messages one address may receive from one tenant in an hour; more are SUPPRESSED (a loop or an abuser must not flood a person). */
export const RECIPIENT_HOURLY_LIMIT = Number(process.env.NOTIFY_RECIPIENT_HOURLY_LIMIT ?? 30);

/** Templates about a purchase: the SMS and WhatsApp order-update preferences apply to them. */
const ORDER_UPDATES = new Set(['order.confirmed', 'order.status_changed', 'payment.received', 'shipment.updated', 'shipment.dispatched', 'ticket.issued']);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?\d{10,15}$/;

interface Target {
  channel: MessageChannel;
  recipient: string;
  userId: string | null;
  /** Distinguishes the messages of one request to several people (administrators). */
  keySuffix: string;
}

/** Checks what a producer wrote (old events outlive code changes). Null: it can never be sent. */
export function parseRequest(payload: unknown): MessageRequestedPayload | null {
  const p = payload as MessageRequestedPayload | null;
  if (!p || typeof p.key !== 'string' || !p.key || p.key.length > 300 || typeof p.template !== 'string' || !isTemplateKey(p.template)) return null;
  if (!p.to || typeof p.to !== 'object') return null;
  const variables: Record<string, string> = {};
  for (const [k, v] of Object.entries(p.variables ?? {})) if (typeof v === 'string') variables[k] = v.slice(0, 2000);
  const locale = typeof p.locale === 'string' && (LOCALES as readonly string[]).includes(p.locale) ? p.locale : DEFAULT_LOCALE;
  const channels = Array.isArray(p.channels) ? p.channels.filter((c) => (['EMAIL', 'SMS', 'WHATSAPP', 'PUSH'] as string[]).includes(c)) : undefined;
  return { ...p, variables, locale, channels };
}

export function onMessageRequested(prisma: PrismaClient, peers: Peers, onQueued: () => void = () => {}) {
  return async (event: OutboxEventRecord): Promise<void> => {
    const request = parseRequest(event.payload);
    if (!request) {
      logger.warn('notifications: request refused (malformed)', { eventId: event.id, tenantId: event.tenantId });
      return;
    }
    const queued = await queueRequest(prisma, peers, event.tenantId, request, `notify-${event.id}`);
    if (queued) onQueued();
  };
}

/** Queues a request's messages; returns how many were new. */
export async function queueRequest(prisma: PrismaClient, peers: Peers, tenantId: string, request: MessageRequestedPayload, requestId: string): Promise<number> {
  const entry = CATALOGUE[request.template];
  const userIds = request.to.userId && !request.to.email ? [request.to.userId] : [];
  const audience = await audienceOf(peers, tenantId, { userIds, admins: request.to.role === 'ADMIN' }, requestId);
  if (!audience) {
    logger.warn('notifications: request for an unknown tenant', { tenantId, key: request.key });
    return 0;
  }
  const channels = (request.channels?.length ? request.channels : entry.channels).filter((c) => SENDABLE.includes(c));
  // A browser subscribed at this shop is its user's own choice of these messages on it (decision 0063): PUSH joins any request naming the user.
  if (entry.texts.PUSH && request.to.userId && !channels.includes('PUSH')) channels.push('PUSH');
  const targets: Target[] = [];
  const email = (request.to.email ?? (userIds.length ? audience.contacts.find((c) => c.userId === userIds[0])?.email : null))?.trim().toLowerCase();
  const phone = (request.to.phone ?? (userIds.length ? audience.contacts.find((c) => c.userId === userIds[0])?.phone : null))?.replace(/[\s-]/g, '');
  for (const channel of channels) {
    if (channel === 'EMAIL' && request.to.role === 'ADMIN') {
      for (const c of audience.contacts) if (c.email) targets.push({ channel, recipient: c.email, userId: c.userId, keySuffix: `#${c.userId}` });
    } else if (channel === 'EMAIL' && email && EMAIL.test(email)) {
      targets.push({ channel, recipient: email, userId: request.to.userId ?? null, keySuffix: '' });
    } else if ((channel === 'SMS' || channel === 'WHATSAPP') && phone && PHONE.test(phone)) {
      targets.push({ channel, recipient: phone.startsWith('+') ? phone : `+${phone}`, userId: request.to.userId ?? null, keySuffix: '' });
    } else if (channel === 'PUSH' && request.to.userId) {
      for (const s of await pushTargets(prisma, tenantId, request.to.userId)) targets.push({ channel, recipient: `push:${s.id}`, userId: request.to.userId, keySuffix: `#${s.id}` });
    }
  }
  if (!targets.length) {
    logger.info('notifications: nobody to send to', { tenantId, key: request.key, template: request.template });
    return 0;
  }
  const since = new Date(Date.now() - 3_600_000);
  const rows = [];
  for (const t of targets) {
    const text = await templateText(prisma, tenantId, request.template, t.channel, request.locale ?? DEFAULT_LOCALE);
    if (!text) continue;
    const shown = render(text, t.channel, request.variables, audience);
    const refused =
      (await refusal(prisma, { tenantId, userId: t.userId, channel: t.channel, recipient: t.recipient, marketing: entry.marketing, orderUpdate: ORDER_UPDATES.has(request.template) })) ??
      ((await prisma.message.count({ where: { tenantId, recipient: t.recipient, createdAt: { gte: since } } })) >= RECIPIENT_HOURLY_LIMIT
        ? `more than ${RECIPIENT_HOURLY_LIMIT} messages to this address in an hour`
        : null);
    rows.push({
      id: uuidv7(),
      tenantId,
      requestKey: `${request.key}${t.keySuffix}`,
      template: request.template,
      channel: t.channel,
      recipient: t.recipient,
      userId: t.userId,
      locale: request.locale ?? DEFAULT_LOCALE,
      subject: shown.subject,
      body: shown.text,
      variables: request.variables,
      secretSealed: refused ? null : (request.secretSealed ?? null),
      marketing: entry.marketing,
      status: refused ? ('SUPPRESSED' as const) : ('QUEUED' as const),
      lastError: refused,
    });
  }
  const created = await prisma.message.createMany({ data: rows, skipDuplicates: true });
  return created.count;
}
