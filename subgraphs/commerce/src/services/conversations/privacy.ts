/**
 * A WhatsApp customer's conversations in their GDPR/NDPA export and erasure (decision 0081). Identity owns
 * the account and the request; it asks commerce, as a service holding `commerce:customer-data`, for the
 * conversation of the account's number at each shop the person is a customer of (the shop is the signed
 * call's tenant, never an argument). Erasing deletes the conversation with its messages and its links to
 * orders (the orders themselves stay, as the law on accounting records requires, under their own rules).
 *
 * A conversation can exist without an account (the number browsed and never ordered), so the shop answers
 * data-subject requests about a number itself (decision 0085): an administrator with the second factor exports
 * or erases the shop's conversation with a number, and the person can erase it from the chat ("DELETE MY
 * DATA", confirmed). Each is written to the tenant's audit log (identity, through the outbox) with the
 * number masked. Erasing is the one path below, whoever asks.
 */
import { ADMIN_ROLES, AppError, DomainError, ErrorCode, recordEvent, TOPICS } from '@webwaka/kit';
import type { ServiceContext, Tx } from '../context';

type Ctx = Pick<ServiceContext, 'prisma' | 'tenantId'>;

/** Messages of one conversation an export carries at most (newest kept if a chat ever grows past it). */
const EXPORT_MESSAGES = 10_000;

/** WhatsApp's id of a number: E.164 without the plus. */
function waIdOf(phone: string): string {
  const digits = /^\+?([1-9]\d{7,14})$/.exec((phone ?? '').trim());
  if (!digits) throw new AppError(ErrorCode.BAD_USER_INPUT, 'A phone number in E.164 is needed');
  return digits[1]!;
}

function shopOf(ctx: Ctx): string {
  if (!ctx.tenantId) throw new AppError(ErrorCode.FORBIDDEN, 'A shop is needed');
  return ctx.tenantId;
}

export interface ExportedConversation {
  phone?: string;
  startedAt: Date;
  language: string;
  customerName: string | null;
  orderIds: string[];
  messages: { direction: 'IN' | 'OUT'; kind: string; text: string; sentAt: Date; status: string }[];
}

/** The shop's conversation with `phone` (null when there is none), as the customer's export shows it. */
export async function customerConversation(ctx: Ctx, phone: string): Promise<ExportedConversation | null> {
  const tenantId = shopOf(ctx);
  const conv = await ctx.prisma.conversation.findUnique({ where: { tenantId_waId: { tenantId, waId: waIdOf(phone) } } });
  if (!conv) return null;
  const messages = await ctx.prisma.conversationMessage.findMany({
    where: { tenantId, conversationId: conv.id },
    orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
    take: EXPORT_MESSAGES,
    select: { direction: true, kind: true, text: true, sentAt: true, status: true },
  });
  const orders = await ctx.prisma.conversationOrder.findMany({ where: { tenantId, conversationId: conv.id }, orderBy: { createdAt: 'asc' }, select: { orderId: true } });
  return { startedAt: conv.createdAt, language: conv.language, customerName: conv.customerName, orderIds: orders.map((o) => o.orderId), messages: messages.reverse() };
}

/** Deletes the shop's conversation with `phone`, its messages and its order links. Idempotent: the count erased. */
export async function eraseCustomerConversation(ctx: Ctx, phone: string, audit?: (tx: Tx, erased: number) => Promise<unknown>): Promise<number> {
  const tenantId = shopOf(ctx);
  const waId = waIdOf(phone);
  return ctx.prisma.$transaction(async (tx) => {
    const conv = await tx.conversation.findUnique({ where: { tenantId_waId: { tenantId, waId } }, select: { id: true } });
    let erased = 0;
    if (conv) {
      await tx.conversationOrder.deleteMany({ where: { tenantId, conversationId: conv.id } });
      await tx.conversationMessage.deleteMany({ where: { tenantId, conversationId: conv.id } });
      await tx.conversation.delete({ where: { id: conv.id } });
      erased = 1;
    }
    await audit?.(tx, erased);
    return erased;
  });
}

/** A number as the audit log keeps it: enough to match a request, not enough to contact the person. */
export const maskedPhone = (waId: string) => `+${waId.slice(0, 6)}${'*'.repeat(Math.max(waId.length - 9, 0))}${waId.slice(-3)}`;

type AuditCtx = Pick<ServiceContext, 'tenantId' | 'actor' | 'requestId' | 'ip'>;

function requestAudit(tx: Tx, ctx: AuditCtx, type: 'privacy.conversation_exported' | 'privacy.conversation_erased', data: Record<string, string | number | boolean | null>) {
  return recordEvent(tx, {
    tenantId: ctx.tenantId!,
    topic: TOPICS.IDENTITY_AUDIT_REQUESTED,
    payload: { type, actorUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null, requestId: ctx.requestId, ip: ctx.ip, data },
  });
}

/** The shop's administrators with the second factor answer data-subject requests (the data is a person's chat). */
function privacyOfficer(ctx: ServiceContext) {
  const a = ctx.actor;
  if (a.kind === 'user' && a.mfa && a.userId && a.roles.some((r) => ADMIN_ROLES.includes(r))) return;
  throw new DomainError(ErrorCode.FORBIDDEN, 'Only the shop’s administrators, signed in with the second factor, export or erase a person’s chats', []);
}

/** A number as an administrator types it: E.164 (spaces, dashes allowed) or the Nigerian local form 0803…. */
function requestedNumber(raw: string): string {
  const compact = (raw ?? '').replace(/[\s()-]/g, '');
  const e164 = /^0[789][01]\d{8}$/.test(compact) ? `+234${compact.slice(1)}` : compact;
  if (!/^\+?[1-9]\d{7,14}$/.test(e164)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Enter the phone number in international form, such as +234 803 123 4567', ['phone']);
  return e164.startsWith('+') ? e164 : `+${e164}`;
}

/** An administrator's export of the shop's conversation with a number (null when there is none); audited. */
export async function exportConversationByPhone(ctx: ServiceContext, raw: string): Promise<ExportedConversation | null> {
  privacyOfficer(ctx);
  const phone = requestedNumber(raw);
  const found = await customerConversation(ctx, phone);
  await ctx.prisma.$transaction((tx) => requestAudit(tx, ctx, 'privacy.conversation_exported', { phone: maskedPhone(waIdOf(phone)), found: !!found, messages: found?.messages.length ?? 0 }));
  ctx.eventsRecorded();
  return found ? { phone: `+${waIdOf(phone)}`, ...found } : null;
}

/** An administrator's erasure of the shop's conversation with a number (orders stay); audited in the same transaction. */
export async function eraseConversationByPhone(ctx: ServiceContext, raw: string): Promise<number> {
  privacyOfficer(ctx);
  const phone = requestedNumber(raw);
  const erased = await eraseCustomerConversation(ctx, phone, (tx, n) => requestAudit(tx, ctx, 'privacy.conversation_erased', { phone: maskedPhone(waIdOf(phone)), erased: n, by: 'administrator' }));
  ctx.eventsRecorded();
  return erased;
}

/** The person's own erasure from the chat (the bot asked them to confirm); audited as the customer's. */
export function eraseConversationFromChat(ctx: AuditCtx & Pick<ServiceContext, 'prisma'>, waId: string): Promise<number> {
  return eraseCustomerConversation(ctx, `+${waId}`, (tx, n) => requestAudit(tx, ctx, 'privacy.conversation_erased', { phone: maskedPhone(waId), erased: n, by: 'customer' }));
}
