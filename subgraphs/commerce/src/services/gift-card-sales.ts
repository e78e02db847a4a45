/**
 * Gift cards sold as products (issue 15, decision 0064). A catalogue product the shop marks as a gift card
 * (a GiftCardProduct row) is sold like any product, each of its variants a denomination whose price is the
 * card's value. What differs:
 * - checkout reserves no stock for its lines (they are NOT_STOCKED: cards never run out), charges no
 *   shipping, tax or commission on them, and no promotion or coupon discounts them (pricing.ts);
 * - an order holding gift cards may not be paid with gift cards or points (a card must not buy a card, and
 *   points are the shop's discount, not cash); store credit, the customer's own money, may pay;
 * - the transaction that marks the order PAID issues one card per unit bought (unique (orderLineId,
 *   unitIndex): a replayed payment issues nothing more), and its ORDER_PAID entry credits the cards'
 *   value to GIFT_CARD_LIABILITY instead of the seller's payable: money for a card is owed, not earned;
 * - each code is e-mailed, sealed like a reset link, to the recipient named at checkout, else the buyer;
 * - a refund of a card's line disables the card and debits the liability back, for cards never used
 *   only: a card someone has spent from is not refunded (GIFT_CARD_USED).
 */
import { DomainError, encryptSecret, ErrorCode, formatMoney, isUuid, recordEvent, TOPICS, uuidv7, type TenantLinks } from '@webwaka/kit';
import type { ServiceContext, Tx } from './context';
import { hashCode, newCode } from './stored-value';

type Db = Pick<ServiceContext['prisma'], 'giftCardProduct'>;

/** Of these products, the ones this shop sells as gift cards. */
export async function giftCardProductIds(prisma: Db, tenantId: string, productIds: string[]): Promise<Set<string>> {
  const ids = [...new Set(productIds)].filter(isUuid);
  if (ids.length === 0) return new Set();
  const rows = await prisma.giftCardProduct.findMany({ where: { tenantId, productId: { in: ids } }, select: { productId: true } });
  return new Set(rows.map((r) => r.productId));
}

/** Marks a product as sold as a gift card (or no longer). Orders already placed keep what they were. */
export async function setGiftCardProduct(ctx: ServiceContext, productId: string, giftCard: boolean): Promise<boolean> {
  const tenantId = ctx.tenantId!;
  if (!isUuid(productId)) throw new DomainError(ErrorCode.NOT_FOUND, 'No such product', ['productId']);
  if (giftCard) await ctx.prisma.giftCardProduct.upsert({ where: { tenantId_productId: { tenantId, productId } }, create: { tenantId, productId }, update: {} });
  else await ctx.prisma.giftCardProduct.deleteMany({ where: { tenantId, productId } });
  return giftCard;
}

export interface RecipientInput {
  name?: string | null;
  email?: string | null;
  message?: string | null;
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The checkout's recipient, trimmed and checked (null when nothing was given). */
export function normaliseRecipient(r: RecipientInput | null | undefined): { name: string | null; email: string | null; message: string | null } | null {
  if (!r) return null;
  const name = r.name?.trim().slice(0, 120) || null;
  const email = r.email?.trim().toLowerCase() || null;
  const message = r.message?.trim() || null;
  if (email && (email.length > 254 || !EMAIL_RE.test(email))) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'That is not an e-mail address', ['giftCardRecipient', 'email']);
  if (message && message.length > 500) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'message is at most 500 characters', ['giftCardRecipient', 'message']);
  return name || email || message ? { name, email, message } : null;
}

/** Refuses gift cards and points as tenders for an order that buys gift cards (see the module comment). */
export function refuseTendersForGiftCards(r: { giftCardCodes?: string[] | null; points?: number | null }) {
  if ((r.giftCardCodes ?? []).some((c) => c.trim())) throw new DomainError(ErrorCode.GIFT_CARD_INVALID, 'A gift card cannot pay for gift cards', ['giftCardCodes']);
  if (r.points) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Points cannot pay for gift cards', ['points']);
}

/** A gift-card line: a catalogue line that holds no stock. */
export const isGiftCardLine = (l: { source: string; stockStatus: string }) => l.source === 'CATALOG' && l.stockStatus === 'NOT_STOCKED';

interface PaidOrderForCards {
  id: string;
  tenantId: string;
  number: string;
  currency: string;
  email: string;
  shippingAddress: unknown;
}

/**
 * In the transaction that marks the order PAID: one card per unit of each gift-card line (a line's value
 * split evenly over its units), its ISSUE movement, and its `gift_card.issued` message with the code sealed.
 * Returns the cards' value per vendor order (the ORDER_PAID entry credits it to GIFT_CARD_LIABILITY).
 */
export async function issueSoldGiftCards(
  tx: Tx,
  order: PaidOrderForCards,
  lines: { id: string; vendorOrderId: string; source: string; stockStatus: string; title: string; quantity: number; subtotal: bigint }[],
  links: TenantLinks | null,
): Promise<Map<string, bigint>> {
  const sold = new Map<string, bigint>();
  const cardLines = lines.filter(isGiftCardLine);
  if (cardLines.length === 0) return sold;
  const recipient = await tx.giftCardRecipient.findUnique({ where: { orderId: order.id } });
  const address = order.shippingAddress as { name?: unknown } | null;
  const buyerName = typeof address?.name === 'string' ? address.name : '';
  for (const line of cardLines) {
    sold.set(line.vendorOrderId, (sold.get(line.vendorOrderId) ?? 0n) + line.subtotal);
    const value = line.subtotal / BigInt(line.quantity);
    for (let unit = 0; unit < line.quantity; unit++) {
      // The line's pennies that do not split evenly go on its first card.
      const amount = unit === 0 ? line.subtotal - value * BigInt(line.quantity - 1) : value;
      const code = newCode();
      const id = uuidv7();
      const created = await tx.giftCard.createMany({
        data: [{ id, tenantId: order.tenantId, codeHash: hashCode(code), last4: code.slice(-4), currency: order.currency, initialValue: amount, balance: amount, source: 'SOLD', note: `Sold in order ${order.number} (${line.title})`.slice(0, 300), recipientEmail: recipient?.email ?? order.email, recipientName: recipient?.name ?? null, message: recipient?.message ?? null, orderId: order.id, orderLineId: line.id, unitIndex: unit }],
        skipDuplicates: true,
      });
      if (created.count === 0) continue; // issued already (the unique (orderLineId, unitIndex))
      await tx.balanceMovement.create({ data: { id: uuidv7(), tenantId: order.tenantId, kind: 'GIFT_CARD', giftCardId: id, orderId: order.id, amount, reason: 'ISSUE', note: `Sold in order ${order.number}`, idempotencyKey: `gift-card-sold:${line.id}:${unit}` } });
      await recordEvent(tx, {
        tenantId: order.tenantId,
        topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED,
        payload: {
          key: `gift_card.issued:${id}`,
          tenantId: order.tenantId,
          template: 'gift_card.issued',
          to: { email: recipient?.email ?? order.email, name: recipient?.name ?? (recipient?.email ? null : buyerName || null) },
          channels: ['EMAIL'],
          variables: {
            name: recipient?.name ?? (recipient?.email ? '' : buyerName),
            fromName: recipient?.email ? buyerName || order.email : 'You',
            amount: formatMoney({ amount, currency: order.currency }),
            message: recipient?.message ?? '',
            balanceUrl: links?.shop('/gift-card') ?? '',
          },
          secretSealed: encryptSecret(code),
        },
      });
    }
  }
  return sold;
}

/**
 * A refund takes units of gift-card lines (in the refund's own transaction, before the provider is asked):
 * their cards, the last units first, must never have been spent from; they are disabled and emptied (a
 * REFUND movement each). GIFT_CARD_USED names the first card someone spent from: only unused cards are
 * refunded. (If the provider then refuses the refund, the cards stay disabled: an administrator decides.)
 */
export async function withdrawSoldGiftCards(tx: Tx, orderId: string, refundId: string, taken: { line: { id: string; source: string; stockStatus: string }; quantity: number; before: number }[]): Promise<void> {
  for (const t of taken) {
    if (!isGiftCardLine(t.line)) continue;
    const cards = await tx.giftCard.findMany({ where: { orderId, orderLineId: t.line.id }, orderBy: { unitIndex: 'desc' } });
    for (const card of cards.slice(t.before, t.before + t.quantity)) {
      const emptied = await tx.giftCard.updateMany({ where: { id: card.id, balance: card.initialValue }, data: { balance: 0n, status: 'DISABLED' } });
      if (emptied.count === 0) throw new DomainError(ErrorCode.GIFT_CARD_USED, `The gift card …${card.last4} has been spent from: it cannot be refunded`, ['lines']);
      await tx.balanceMovement.create({ data: { id: uuidv7(), tenantId: card.tenantId, kind: 'GIFT_CARD', giftCardId: card.id, orderId, amount: -card.initialValue, reason: 'REFUND', note: 'Its purchase was refunded', idempotencyKey: `gift-card-refund:${refundId}:${card.id}` } });
    }
  }
}

/** A completed refund's gift-card value per vendor order (its REFUND entry debits GIFT_CARD_LIABILITY with it). */
export function giftCardsRefunded(lines: { subtotal: bigint; orderLine: { vendorOrderId: string; source: string; stockStatus: string } }[]): Map<string, bigint> {
  const back = new Map<string, bigint>();
  for (const l of lines) if (isGiftCardLine(l.orderLine)) back.set(l.orderLine.vendorOrderId, (back.get(l.orderLine.vendorOrderId) ?? 0n) + l.subtotal);
  return back;
}
