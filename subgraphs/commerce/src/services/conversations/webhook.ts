/**
 * WhatsApp's webhook for customers' messages (decision 0075). Meta posts every number's `messages` (and
 * `statuses`) to one callback on the gateway (`POST /webhooks/whatsapp`), which hands commerce the exact
 * bytes and the `X-Hub-Signature-256` header. Here:
 * - the body is routed by `metadata.phone_number_id` to the tenant that connected the number, and must be
 *   signed (HMAC-SHA256 of the raw bytes, compared in constant time) with that number's app secret: an
 *   entry of a number whose secret did not sign the body is ignored, and a body no connected number's
 *   secret signed is refused (401);
 * - each message is stored once (unique per tenant and WhatsApp message id: Meta retries, replays do
 *   nothing) with, in the same transaction, the outbox event the bot answers it from — so a crash between
 *   the two loses nothing and answers nothing twice;
 * - a sender over WHATSAPP_SENDER_MAX_PER_MINUTE (20) messages a minute is stored but not answered; a
 *   number over WHATSAPP_NUMBER_MAX_PER_MINUTE (600) gets 429, which Meta retries later.
 * The subscription check (GET with hub.verify_token) answers for any connected number's verify token.
 */
import { createHmac } from 'node:crypto';
import { recordEvent, safeEqual, TOPICS, uuidv7, type PrismaClient } from '@webwaka/kit';
import { open } from './connection';

export const SIGNATURE_HEADER = 'x-hub-signature-256';

export const envInt = (name: string, fallback: number) => {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};

/** `sha256=` and the hex HMAC-SHA256 of the exact bytes under the app secret, as Meta signs. */
export const signWebhook = (appSecret: string, raw: Buffer | string) => `sha256=${createHmac('sha256', appSecret).update(raw).digest('hex')}`;

interface InboundMessage {
  from?: string;
  id?: string;
  timestamp?: string;
  type?: string;
  text?: { body?: string };
  interactive?: { type?: string; button_reply?: { id?: string; title?: string }; list_reply?: { id?: string; title?: string; description?: string } };
  button?: { payload?: string; text?: string };
  image?: { caption?: string };
}

interface ChangeValue {
  metadata?: { phone_number_id?: string };
  contacts?: { wa_id?: string; profile?: { name?: string } }[];
  messages?: InboundMessage[];
  statuses?: unknown[];
}

/** What a message says, for the bot: the id of the button or row chosen, and the text a person reads. */
export function messageInput(m: InboundMessage): { choiceId: string | null; text: string } {
  if (m.type === 'interactive') {
    const r = m.interactive?.button_reply ?? m.interactive?.list_reply;
    return { choiceId: r?.id ?? null, text: r?.title ?? '' };
  }
  if (m.type === 'button') return { choiceId: m.button?.payload ?? null, text: m.button?.text ?? '' };
  if (m.type === 'text') return { choiceId: null, text: m.text?.body ?? '' };
  return { choiceId: null, text: m.image?.caption ?? `(${m.type ?? 'message'})` };
}

export interface WebhookAnswer {
  status: number;
  outcome: string;
  /** Messages newly stored (replays are not counted). */
  stored: number;
  /** Whether the body also carries delivery statuses (the gateway passes those on to notifications). */
  statuses: boolean;
}

export async function receiveWhatsappWebhook(deps: { prisma: PrismaClient; eventsRecorded: () => void }, input: { rawBody: Buffer; headers: Record<string, string | undefined> }): Promise<WebhookAnswer> {
  const { prisma } = deps;
  let body: { entry?: { changes?: { field?: string; value?: ChangeValue }[] }[] };
  try {
    body = JSON.parse(input.rawBody.toString('utf8'));
  } catch {
    return { status: 400, outcome: 'unreadable', stored: 0, statuses: false };
  }
  const values = (body.entry ?? []).flatMap((e) => (e.changes ?? []).filter((c) => c.field === 'messages').map((c) => c.value ?? {}));
  const statuses = values.some((v) => (v.statuses ?? []).length > 0);
  const withMessages = values.filter((v) => (v.messages ?? []).length > 0 && v.metadata?.phone_number_id);
  if (withMessages.length === 0) return { status: 200, outcome: 'no messages', stored: 0, statuses };
  const ids = [...new Set(withMessages.map((v) => String(v.metadata!.phone_number_id)))].slice(0, 20);
  const rows = await prisma.whatsappConnection.findMany({ where: { phoneNumberId: { in: ids } } });
  const signature = input.headers[SIGNATURE_HEADER];
  const signedBy = new Map(
    rows
      .map(open)
      .filter((c) => !!signature && safeEqual(signature, signWebhook(c.appSecret, input.rawBody)))
      .map((c) => [c.phoneNumberId, c]),
  );
  if (signedBy.size === 0) return { status: 401, outcome: 'bad signature', stored: 0, statuses };
  const minuteAgo = new Date(Date.now() - 60_000);
  let stored = 0;
  for (const value of withMessages) {
    const conn = signedBy.get(String(value.metadata!.phone_number_id));
    if (!conn) continue;
    const recent = await prisma.conversationMessage.count({ where: { tenantId: conn.tenantId, direction: 'IN', createdAt: { gt: minuteAgo } } });
    if (recent >= envInt('WHATSAPP_NUMBER_MAX_PER_MINUTE', 600)) return { status: 429, outcome: 'too many messages for this number; retry later', stored, statuses };
    for (const m of value.messages ?? []) {
      const waId = String(m.from ?? '').replace(/\D/g, '');
      if (!m.id || !/^\d{6,16}$/.test(waId)) continue;
      const name = value.contacts?.find((c) => c.wa_id === m.from)?.profile?.name?.slice(0, 120) ?? null;
      if (await storeMessage(prisma, conn.tenantId, waId, name, m, minuteAgo)) stored++;
    }
  }
  if (stored) deps.eventsRecorded();
  return { status: 200, outcome: 'ok', stored, statuses };
}

/** Stores one inbound message and its event in one transaction; false for a replay. */
async function storeMessage(prisma: PrismaClient, tenantId: string, waId: string, name: string | null, m: InboundMessage, minuteAgo: Date): Promise<boolean> {
  const seconds = Number(m.timestamp);
  const sentAt = Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000) : new Date();
  const { choiceId, text } = messageInput(m);
  return prisma.$transaction(async (tx) => {
    const now = new Date();
    const conversation = await tx.conversation.upsert({
      where: { tenantId_waId: { tenantId, waId } },
      create: { id: uuidv7(), tenantId, waId, customerName: name, lastInboundAt: now },
      update: { lastInboundAt: now, ...(name ? { customerName: name } : {}) },
    });
    const flooding = (await tx.conversationMessage.count({ where: { conversationId: conversation.id, direction: 'IN', createdAt: { gt: minuteAgo } } })) >= envInt('WHATSAPP_SENDER_MAX_PER_MINUTE', 20);
    const id = uuidv7();
    const created = await tx.conversationMessage.createMany({
      data: [{ id, tenantId, conversationId: conversation.id, direction: 'IN', waMessageId: m.id!, kind: m.type ?? 'unknown', text: text.slice(0, 4096), payload: { ...m, choiceId } as object, status: flooding ? 'SKIPPED' : 'QUEUED', sentAt }],
      skipDuplicates: true,
    });
    if (created.count === 0) return false;
    if (!flooding) await recordEvent(tx, { tenantId, topic: TOPICS.COMMERCE_WHATSAPP_MESSAGE_RECEIVED, payload: { messageId: id, conversationId: conversation.id } });
    return true;
  });
}

/** Meta's subscription check: the challenge back when the verify token is a connected number's (or WHATSAPP_VERIFY_TOKEN). */
export async function verifyWebhookSubscription(prisma: PrismaClient, q: { mode?: string; token?: string; challenge?: string }): Promise<string | null> {
  if (q.mode !== 'subscribe' || !q.token || !q.challenge || q.token.length > 200) return null;
  const installation = process.env.WHATSAPP_VERIFY_TOKEN;
  const ok = (installation && safeEqual(q.token, installation)) || !!(await prisma.whatsappConnection.findUnique({ where: { verifyToken: q.token } }));
  return ok ? q.challenge.slice(0, 200) : null;
}
