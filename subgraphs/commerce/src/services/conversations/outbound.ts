/**
 * Sending what the bot, the staff inbox and order updates queued (decision 0075). A queued reply is claimed
 * by bumping its attempt count (one sender per attempt), posted to the tenant's Cloud API and marked DONE
 * with WhatsApp's message id; a 4xx answer fails it for good (the reason is kept for the inbox), anything
 * else leaves it queued for the next round (the commerce job every few seconds), five attempts at most.
 * The Cloud API has no idempotency key: a crash between its answer and our update sends that one reply
 * again on the next round — the only repeat possible, and only after a crash mid-request.
 * Also here: the 24-hour rule (free text only while the customer wrote in the last 24 hours; WhatsApp
 * takes templates only outside it), staff replies, handover and hand-back, and chat updates of an order
 * the conversation placed.
 */
import { DomainError, ErrorCode, formatMoney, requireTenant, uuidv7, type PrismaClient } from '@webwaka/kit';
import type { ServiceContext, Tx } from '../context';
import { cloudApiMessage, readable, sendCloudApiMessage, type Reply } from './cloud-api';
import { approvedTemplatesOf, open } from './connection';
import { textsFor } from './texts';

export const CUSTOMER_WINDOW_MS = 24 * 60 * 60_000;
const MAX_ATTEMPTS = 5;

export const windowOpen = (lastInboundAt: Date | null, now = Date.now()) => !!lastInboundAt && now - lastInboundAt.getTime() < CUSTOMER_WINDOW_MS;

/** Sends queued replies: one conversation's (right after the bot answered), or any (the periodic round). */
export async function sendQueued(deps: { prisma: PrismaClient }, scope: { conversationId?: string } = {}): Promise<number> {
  const { prisma } = deps;
  const rows = await prisma.conversationMessage.findMany({
    where: { direction: 'OUT', status: 'QUEUED', attempts: { lt: MAX_ATTEMPTS }, ...(scope.conversationId ? { conversationId: scope.conversationId } : {}) },
    orderBy: [{ sentAt: 'asc' }, { id: 'asc' }],
    take: 50,
  });
  let sent = 0;
  const connections = new Map<string, ReturnType<typeof open> | null>();
  for (const row of rows) {
    if (!connections.has(row.tenantId)) {
      const c = await prisma.whatsappConnection.findUnique({ where: { tenantId: row.tenantId } });
      connections.set(row.tenantId, c ? open(c) : null);
    }
    const conn = connections.get(row.tenantId);
    if (!conn) {
      await prisma.conversationMessage.updateMany({ where: { id: row.id, status: 'QUEUED' }, data: { status: 'FAILED', error: 'The shop has no WhatsApp number connected' } });
      continue;
    }
    const claimed = await prisma.conversationMessage.updateMany({ where: { id: row.id, status: 'QUEUED', attempts: row.attempts }, data: { attempts: row.attempts + 1 } });
    if (claimed.count === 0) continue;
    const outcome = await sendCloudApiMessage(conn, row.payload as Record<string, unknown>);
    if (outcome.ok) {
      await prisma.conversationMessage.update({ where: { id: row.id }, data: { status: 'DONE', waMessageId: outcome.waMessageId, error: null } });
      sent++;
    } else {
      const final = outcome.permanent || row.attempts + 1 >= MAX_ATTEMPTS;
      await prisma.conversationMessage.update({ where: { id: row.id }, data: { status: final ? 'FAILED' : 'QUEUED', error: outcome.error } });
    }
  }
  return sent;
}

async function queue(tx: Pick<Tx, 'conversationMessage'>, conv: { id: string; tenantId: string; waId: string }, key: string, reply: Reply, authorUserId: string | null = null) {
  await tx.conversationMessage.createMany({
    data: [{ id: uuidv7(), tenantId: conv.tenantId, conversationId: conv.id, direction: 'OUT', idempotencyKey: key, kind: reply.kind, text: readable(reply), payload: cloudApiMessage(conv.waId, reply) as object, sentAt: new Date(), authorUserId }],
    skipDuplicates: true,
  });
}

async function conversationOf(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  const conv = await ctx.prisma.conversation.findFirst({ where: { id, tenantId } });
  if (!conv) throw new DomainError(ErrorCode.NOT_FOUND, 'No such conversation', ['conversationId']);
  return conv;
}

/** Meta's rules for a template parameter's text: not empty, at most 1,024 characters, no new line or tab, at most 4 spaces in a row. */
const MAX_PARAMETER = 1024;

function templateParameters(values: readonly string[], expected: number): string[] {
  if (values.length !== expected) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, expected === 0 ? 'This template takes no values' : `This template takes ${expected} value(s), for {{1}} to {{${expected}}}`, ['templateParameters']);
  }
  return values.map((value, i) => {
    const field = ['templateParameters', String(i)];
    const v = String(value ?? '');
    if (!v.trim()) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Fill in {{${i + 1}}}`, field);
    if (v.length > MAX_PARAMETER) throw new DomainError(ErrorCode.BAD_USER_INPUT, `{{${i + 1}}} may be at most ${MAX_PARAMETER} characters`, field);
    if (/[\n\r\t]/.test(v)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `{{${i + 1}}} must be one line: WhatsApp refuses new lines and tabs in a template value`, field);
    if (/ {5}/.test(v)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `{{${i + 1}}} may not have more than 4 spaces in a row (WhatsApp refuses it)`, field);
    return v;
  });
}

/**
 * A staff member's reply as the shop: free text inside the customer's 24-hour window only
 * (WHATSAPP_WINDOW_CLOSED outside it), or one of the number's approved templates at any time (decision
 * 0081; a name not on the shop's list is BAD_USER_INPUT) in its language, with a value for each of its
 * body variables (decision 0085: the count must match; Meta's rules for each value). Taking part hands the
 * conversation to staff (the bot goes quiet). `clientId` makes a repeated submit send once.
 */
export async function replyAsStaff(ctx: ServiceContext, input: { conversationId: string; text?: string | null; template?: string | null; templateParameters?: readonly string[] | null; clientId: string }) {
  const conv = await conversationOf(ctx, input.conversationId);
  if (!/^[\w-]{8,64}$/.test(input.clientId)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'clientId must be 8 to 64 letters, digits or dashes', ['clientId']);
  let reply: Reply;
  const template = input.template?.trim();
  if (template) {
    const conn = await ctx.prisma.whatsappConnection.findUnique({ where: { tenantId: conv.tenantId }, select: { approvedTemplates: true, templateLanguage: true, templates: true } });
    const approved = conn ? approvedTemplatesOf(conn).find((t) => t.name === template) : undefined;
    if (!approved) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Choose one of the templates approved for this number (WhatsApp settings)', ['template']);
    reply = { kind: 'template', name: template, language: approved.language, parameters: templateParameters(input.templateParameters ?? [], approved.bodyVariables) };
  } else {
    const text = (input.text ?? '').trim();
    if (!text || text.length > 4096) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Write a reply of up to 4,096 characters', ['text']);
    if (!windowOpen(conv.lastInboundAt)) {
      throw new DomainError(ErrorCode.WHATSAPP_WINDOW_CLOSED, 'The customer has not written for 24 hours: WhatsApp takes only approved templates now; send one, or wait for them to write again', ['text']);
    }
    reply = { kind: 'text', text };
  }
  const author = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  await ctx.prisma.$transaction(async (tx) => {
    await queue(tx, conv, `staff:${input.clientId}`, reply, author);
    await tx.conversation.update({ where: { id: conv.id }, data: { handler: 'STAFF' } });
  });
  await sendQueued(ctx, { conversationId: conv.id });
  return ctx.prisma.conversation.findUniqueOrThrow({ where: { id: conv.id } });
}

/** Staff take the conversation (the bot goes quiet) or hand it back to the bot, which says so. */
export async function setConversationHandler(ctx: ServiceContext, input: { conversationId: string; handler: 'BOT' | 'STAFF' }) {
  const conv = await conversationOf(ctx, input.conversationId);
  if (conv.handler === input.handler) return conv;
  await ctx.prisma.$transaction(async (tx) => {
    await tx.conversation.update({ where: { id: conv.id }, data: { handler: input.handler, ...(input.handler === 'BOT' ? { step: 'START' } : {}) } });
    if (input.handler === 'BOT' && windowOpen(conv.lastInboundAt)) {
      await queue(tx, conv, `handback:${uuidv7()}`, { kind: 'text', text: textsFor(conv.language).back(shopName(conv.tenantId)) });
    }
  });
  await sendQueued(ctx, { conversationId: conv.id });
  return ctx.prisma.conversation.findUniqueOrThrow({ where: { id: conv.id } });
}

/** The shop's name in chat, as the tenant cache has it (set by the bot's turns). */
const names = new Map<string, string>();
export const rememberShopName = (tenantId: string, name: string) => names.set(tenantId, name);
const shopName = (tenantId: string) => names.get(tenantId) ?? 'the shop';

/**
 * Tells the chat that placed an order of its payment and later status (in the transaction that moved the
 * order; once per order and status). Only inside the 24-hour window: outside it WhatsApp would refuse free
 * text, and the customer still gets the e-mail and SMS notifications send.
 */
export async function recordChatOrderUpdate(
  tx: Tx,
  order: { id: string; tenantId: string; number: string; currency: string; total: bigint; phone: string | null },
  status: string,
  words: { items: string; status: string | null; follow?: string | null },
): Promise<void> {
  if (!order.phone) return;
  const link = await tx.conversationOrder.findUnique({ where: { orderId: order.id } });
  if (!link) return;
  const conv = await tx.conversation.findUnique({ where: { id: link.conversationId } });
  if (!conv || !windowOpen(conv.lastInboundAt)) return;
  const t = textsFor(conv.language);
  const text =
    status === 'PAID'
      ? t.paid(order.number, words.items, formatMoney({ amount: order.total, currency: order.currency }))
      : `${t.status(order.number, words.status ?? status.toLowerCase())}${words.follow ? `\n${t.follow(words.follow)}` : ''}`;
  await queue(tx, conv, `order:${order.id}:${status}`, { kind: 'text', text });
}

/** The buttons that let a chat pay again for an order whose USSD or mobile-money charge failed (the bot answers them). */
export function chargeRetryReply(language: string, order: { id: string; number: string }, method: 'USSD' | 'MOBILE_MONEY', text: string): Reply {
  const t = textsFor(language);
  return {
    kind: 'buttons',
    text,
    buttons: [
      { id: `retry:${order.id}`, title: t.retryAgain },
      method === 'USSD' ? { id: `retry-bank:${order.id}`, title: t.anotherBank } : { id: `retry-net:${order.id}`, title: t.anotherNetwork },
      { id: `retry-other:${order.id}`, title: t.otherWays },
    ],
  };
}

/**
 * Tells the chat that placed an order that its USSD or mobile-money charge was declined or ran out (in the
 * transaction that failed the payment; once per payment), with "Try again", another bank or network, or
 * another way to pay: the order stays payable (decision 0087). Nothing while the order is no longer
 * awaiting payment (nothing to retry) or outside the 24-hour window (WhatsApp would refuse free text).
 */
export async function recordChatChargeFailed(tx: Tx, payment: { id: string; orderId: string; method: string }): Promise<void> {
  if (payment.method !== 'USSD' && payment.method !== 'MOBILE_MONEY') return;
  const link = await tx.conversationOrder.findUnique({ where: { orderId: payment.orderId } });
  if (!link) return;
  const [conv, order] = await Promise.all([
    tx.conversation.findUnique({ where: { id: link.conversationId } }),
    tx.order.findUnique({ where: { id: payment.orderId }, select: { id: true, number: true, status: true, expiresAt: true } }),
  ]);
  if (!conv || !order || !windowOpen(conv.lastInboundAt) || order.status !== 'PENDING_PAYMENT' || order.expiresAt.getTime() <= Date.now()) return;
  const t = textsFor(conv.language);
  const how = payment.method === 'USSD' ? 'USSD' : 'mobile-money';
  await queue(tx, conv, `payment:${payment.id}:FAILED`, chargeRetryReply(conv.language, order, payment.method, t.chargeFailed(order.number, how)));
}
