/**
 * Prepaid tenders: the part of an order paid with loyalty points, gift cards and store credit (decision
 * 0059), beside the provider's payment of the rest.
 * - Checkout plans them in a fixed order — points (at most the programme's share of the order), then the
 *   gift cards as given, then store credit — each taking no more than is still due, and the order's
 *   transaction holds them: balances fall by conditional updates (never below zero, so two checkouts at
 *   once cannot both spend the last naira of a card) and an OrderTender row per tender records the hold.
 *   `Order.prepaid` is their sum; the provider is asked for the rest (nothing, when they cover it all).
 * - The transaction that marks the order PAID captures them (and its ORDER_PAID entry debits the gift-card
 *   liability, the customer's wallet and the points liability for their parts); cancelling an unpaid
 *   order gives them back.
 * - A refund gives the tenders their part back (what the provider did not pay, in proportion, pennies to
 *   the first with room; the provider's payment refunds the rest), so a full refund returns each exactly.
 */
import { DomainError, ErrorCode, uuidv7, type PostingLine } from '@webwaka/kit';
import type { ServiceContext, Tx } from './context';
import { balanceOf, givePointsBack, loyaltyLiability, programmeOf, takePoints } from './loyalty';
import { applyBps } from './money';
import { giftCardByCode, giftCardLiability, giftCardRefusal, moveStoreCredit, storeCreditOf, walletAccount } from './stored-value';

export interface TenderRequest {
  giftCardCodes?: string[] | null;
  useStoreCredit?: boolean | null;
  /** Points to spend (whole points). */
  points?: number | null;
}

export interface PlannedTender {
  kind: 'GIFT_CARD' | 'STORE_CREDIT' | 'POINTS';
  giftCardId?: string;
  amount: bigint;
  points?: number;
}

const MAX_GIFT_CARDS = 5;

/** Works out what each tender pays of `total` (nothing is held yet). */
export async function planTenders(ctx: Pick<ServiceContext, 'prisma'>, o: { tenantId: string; userId: string | null; currency: string; total: bigint }, r: TenderRequest): Promise<PlannedTender[]> {
  const plan: PlannedTender[] = [];
  let due = o.total;
  const codes = [...new Set((r.giftCardCodes ?? []).map((c) => c.trim()).filter(Boolean))];
  if (codes.length > MAX_GIFT_CARDS) throw new DomainError(ErrorCode.BAD_USER_INPUT, `At most ${MAX_GIFT_CARDS} gift cards per order`, ['giftCardCodes']);
  if ((r.points || r.useStoreCredit) && !o.userId) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to spend points or store credit', [r.points ? 'points' : 'useStoreCredit']);
  if (r.points) {
    if (!Number.isInteger(r.points) || r.points < 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A whole number of points', ['points']);
    const programme = await programmeOf(ctx.prisma, o.tenantId);
    if (!programme.enabled || programme.currency !== o.currency) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This shop does not take points for this order', ['points']);
    if ((await balanceOf(ctx.prisma, o.tenantId, o.userId!)) < r.points) throw new DomainError(ErrorCode.INSUFFICIENT_BALANCE, 'You do not have that many points', ['points']);
    const cap = applyBps(o.total, programme.maxRedeemBps);
    // Whole points only, never worth more than the cap: spend fewer points than asked rather than round up.
    const points = Math.min(r.points, Number(cap / programme.pointValue));
    if (points > 0) {
      const amount = BigInt(points) * programme.pointValue;
      plan.push({ kind: 'POINTS', amount, points });
      due -= amount;
    }
  }
  for (const code of codes) {
    if (due <= 0n) break;
    const card = await giftCardByCode(ctx, o.tenantId, code);
    if (!card) throw new DomainError(ErrorCode.GIFT_CARD_INVALID, 'This shop has no such gift card', ['giftCardCodes']);
    const refusal = giftCardRefusal(card, o.currency);
    if (refusal) throw new DomainError(ErrorCode.GIFT_CARD_INVALID, refusal, ['giftCardCodes']);
    const amount = card.balance < due ? card.balance : due;
    plan.push({ kind: 'GIFT_CARD', giftCardId: card.id, amount });
    due -= amount;
  }
  if (r.useStoreCredit && due > 0n) {
    const credit = await storeCreditOf(ctx, o.tenantId, o.userId!, o.currency);
    const amount = credit < due ? credit : due;
    if (amount > 0n) plan.push({ kind: 'STORE_CREDIT', amount });
  }
  return plan;
}

/** Holds the plan in the order's own transaction; INSUFFICIENT_BALANCE when a balance was spent meanwhile. Returns the prepaid sum. */
export async function holdTenders(tx: Tx, o: { tenantId: string; orderId: string; orderNumber: string; userId: string | null; currency: string }, plan: PlannedTender[]): Promise<bigint> {
  let prepaid = 0n;
  for (const t of plan) {
    const id = uuidv7();
    const note = `Order ${o.orderNumber}`;
    if (t.kind === 'GIFT_CARD') {
      const taken = await tx.giftCard.updateMany({ where: { id: t.giftCardId!, tenantId: o.tenantId, status: 'ACTIVE', balance: { gte: t.amount } }, data: { balance: { decrement: t.amount } } });
      if (taken.count === 0) throw new DomainError(ErrorCode.INSUFFICIENT_BALANCE, 'A gift card was spent meanwhile: check its balance', ['giftCardCodes']);
      await tx.balanceMovement.create({ data: { id: uuidv7(), tenantId: o.tenantId, kind: 'GIFT_CARD', giftCardId: t.giftCardId, orderId: o.orderId, amount: -t.amount, reason: 'REDEEM', idempotencyKey: `tender-hold:${id}`, note } });
    } else if (t.kind === 'STORE_CREDIT') {
      await moveStoreCredit(tx, { tenantId: o.tenantId, userId: o.userId!, currency: o.currency, delta: -t.amount, reason: 'REDEEM', key: `tender-hold:${id}`, orderId: o.orderId, note });
    } else {
      await takePoints(tx, { tenantId: o.tenantId, userId: o.userId!, points: t.points!, reason: 'REDEEM', key: `tender-hold:${id}`, orderId: o.orderId, note });
    }
    await tx.orderTender.create({ data: { id, tenantId: o.tenantId, orderId: o.orderId, kind: t.kind, giftCardId: t.giftCardId ?? null, userId: t.kind === 'GIFT_CARD' ? null : o.userId, amount: t.amount, points: t.points ?? null } });
    prepaid += t.amount;
  }
  return prepaid;
}

/** The order was paid: its held tenders are spent. Returns them (the ORDER_PAID entry debits their accounts). */
export async function captureTenders(tx: Tx, orderId: string) {
  await tx.orderTender.updateMany({ where: { orderId, status: 'HELD' }, data: { status: 'CAPTURED' } });
  return tx.orderTender.findMany({ where: { orderId, status: 'CAPTURED' }, orderBy: { id: 'asc' } });
}

/** Gives back `amount` of one tender (minor units; points in proportion), once per key. */
async function giveBack(tx: Tx, t: { id: string; tenantId: string; orderId: string; kind: string; giftCardId: string | null; userId: string | null; amount: bigint; points: number | null }, amount: bigint, key: string, currency: string, note: string) {
  if (amount <= 0n) return;
  if (t.kind === 'GIFT_CARD') {
    if (await tx.balanceMovement.findUnique({ where: { tenantId_idempotencyKey: { tenantId: t.tenantId, idempotencyKey: key } } })) return;
    await tx.giftCard.update({ where: { id: t.giftCardId! }, data: { balance: { increment: amount } } });
    await tx.balanceMovement.create({ data: { id: uuidv7(), tenantId: t.tenantId, kind: 'GIFT_CARD', giftCardId: t.giftCardId, orderId: t.orderId, amount, reason: 'RELEASE', idempotencyKey: key, note } });
  } else if (t.kind === 'STORE_CREDIT') {
    await moveStoreCredit(tx, { tenantId: t.tenantId, userId: t.userId!, currency, delta: amount, reason: 'RELEASE', key, orderId: t.orderId, note });
  } else {
    // Points back in proportion to the money given back (whole points, rounded down).
    const points = Number((BigInt(t.points ?? 0) * amount) / t.amount);
    await givePointsBack(tx, { tenantId: t.tenantId, userId: t.userId!, points, key, orderId: t.orderId, note });
  }
}

/** An unpaid order was cancelled: every held tender goes back whole. */
export async function releaseTenders(tx: Tx, order: { id: string; number: string; currency: string }): Promise<void> {
  const held = await tx.orderTender.findMany({ where: { orderId: order.id, status: 'HELD' } });
  for (const t of held) {
    await giveBack(tx, t, t.amount, `tender-release:${t.id}`, order.currency, `Order ${order.number} cancelled`);
    await tx.orderTender.update({ where: { id: t.id }, data: { status: 'RELEASED' } });
  }
}

/**
 * How `target` minor units spread over the order's captured tenders: in proportion to what each paid
 * (rounded down), the pennies left over to the first with room, never more than a tender has left.
 */
function spread(tenders: { amount: bigint; refunded: bigint }[], target: bigint): bigint[] {
  const paid = tenders.reduce((a, t) => a + t.amount, 0n);
  if (paid <= 0n || target <= 0n) return tenders.map(() => 0n);
  const room = tenders.map((t) => t.amount - t.refunded);
  const shares = tenders.map((t, i) => {
    const s = (target * t.amount) / paid;
    return s < room[i]! ? s : room[i]!;
  });
  let left = target - shares.reduce((a, b) => a + b, 0n);
  for (let i = 0; i < tenders.length && left > 0n; i++) {
    const more = room[i]! - shares[i]! < left ? room[i]! - shares[i]! : left;
    shares[i]! += more;
    left -= more;
  }
  return shares;
}

/**
 * What a refund of `amount` gives back to the order's points, gift cards and store credit: their part of
 * the order (amount less the provider's share, amount × paid by provider ÷ total, rounded down), as far as
 * they have anything left. The provider refunds the rest; a refund of everything returns each exactly.
 */
export async function prepaidPartOf(tx: Tx, order: { id: string; total: bigint; prepaid: bigint }, amount: bigint): Promise<bigint> {
  if (order.prepaid <= 0n) return 0n;
  const tenders = await tx.orderTender.findMany({ where: { orderId: order.id, status: 'CAPTURED' }, orderBy: { id: 'asc' } });
  const providerShare = (amount * (order.total - order.prepaid)) / order.total;
  return spread(tenders, amount - providerShare).reduce((a, b) => a + b, 0n);
}

export interface TenderRefundShare {
  kind: 'GIFT_CARD' | 'STORE_CREDIT' | 'POINTS';
  userId: string | null;
  amount: bigint;
}

/** Gives the tenders back `prepaidPart` (as prepaidPartOf spread it) in the refund's transaction; returns the shares. */
export async function refundTenders(tx: Tx, order: { id: string; number: string; currency: string }, refundId: string, prepaidPart: bigint): Promise<TenderRefundShare[]> {
  if (prepaidPart <= 0n) return [];
  const tenders = await tx.orderTender.findMany({ where: { orderId: order.id, status: 'CAPTURED' }, orderBy: { id: 'asc' } });
  const shares = spread(tenders, prepaidPart);
  const out: TenderRefundShare[] = [];
  for (const [i, t] of tenders.entries()) {
    const back = shares[i]!;
    if (back <= 0n) continue;
    await giveBack(tx, t, back, `tender-refund:${refundId}:${t.id}`, order.currency, `Refund on order ${order.number}`);
    await tx.orderTender.update({ where: { id: t.id }, data: { refunded: { increment: back } } });
    out.push({ kind: t.kind, userId: t.userId, amount: back });
  }
  return out;
}

/** The ledger accounts tenders are debited from when an order is paid (credited when refunded). */
export function tenderAccount(tenantId: string, t: { kind: string; userId: string | null }): PostingLine['account'] {
  if (t.kind === 'GIFT_CARD') return giftCardLiability(tenantId);
  if (t.kind === 'STORE_CREDIT') return walletAccount(tenantId, t.userId!);
  return loyaltyLiability(tenantId);
}
