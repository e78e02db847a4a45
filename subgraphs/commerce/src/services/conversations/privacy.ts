/**
 * A WhatsApp customer's conversations in their GDPR/NDPA export and erasure (decision 0081). Identity owns
 * the account and the request; it asks commerce, as a service holding `commerce:customer-data`, for the
 * conversation of the account's number at each shop the person is a customer of (the shop is the signed
 * call's tenant, never an argument). Erasing deletes the conversation with its messages and its links to
 * orders (the orders themselves stay, as the law on accounting records requires, under their own rules).
 */
import { AppError, ErrorCode } from '@webwaka/kit';
import type { ServiceContext } from '../context';

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
export async function eraseCustomerConversation(ctx: Ctx, phone: string): Promise<number> {
  const tenantId = shopOf(ctx);
  const waId = waIdOf(phone);
  return ctx.prisma.$transaction(async (tx) => {
    const conv = await tx.conversation.findUnique({ where: { tenantId_waId: { tenantId, waId } }, select: { id: true } });
    if (!conv) return 0;
    await tx.conversationOrder.deleteMany({ where: { tenantId, conversationId: conv.id } });
    await tx.conversationMessage.deleteMany({ where: { tenantId, conversationId: conv.id } });
    await tx.conversation.delete({ where: { id: conv.id } });
    return 1;
  });
}
