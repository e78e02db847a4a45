/**
 * Refunds of paid orders, whole or per line (a quantity per line), by administrators. Rules:
 * - a line's refundable units are its quantity minus units in refunds that succeeded, are running, or are
 *   awaiting review; the amounts of a taking are cumulative shares of the line's subtotal and tax
 *   (money.ts shareOf), so partial refunds add up to exactly the line and never more;
 * - a vendor order's shipping (and its tax) goes back with the refund that takes its last units;
 * - never more than was paid: per line by units, in total by the order's refundedTotal (trigger-checked);
 * - the refund is recorded (PENDING, holding its units) in one transaction, the provider is asked outside
 *   any transaction, then ONE transaction records it SUCCEEDED, moves the order (PARTIALLY_REFUNDED,
 *   REFUNDED, or CANCELLED when it cancels a paid order) and writes `commerce.order.refunded` and the
 *   REFUND ledger posting; a provider refusal marks it FAILED (units free again).
 * - restock (optional) returns the units to the location they were sold from, once per refund line.
 */
import { DomainError, ErrorCode, isUuid, tenantLinks, uuidv7 } from '@webwaka/kit';
import { actorRef, TX_OPTIONS, type ServiceContext } from './context';
import { recordOrderRefunded } from './events';
import { requestRefundCreditNotes } from './invoice-requests';
import { shareOf, sum } from './money';
import { recordOrderMessage } from './order-messages';
import { canTransition, invalidTransition, lockOrder, transition } from './order-states';
import { managedOrder, requireRefunder } from './orders';
import { cancelUnpaidOrder, cleanUpOrder, sendRefund, type Deps } from './payments';
import { returnStock } from './peers';
import { prepaidPartOf, refundTenders } from './tenders';
import { moveStoreCredit } from './stored-value';
import { clawBackPoints } from './loyalty';
import { giftCardsRefunded, withdrawSoldGiftCards } from './gift-card-sales';

export interface RefundRequest {
  orderId: string;
  /** Units per order line; omitted: everything not yet refunded. */
  lines?: { orderLineId: string; quantity: number }[] | null;
  reason?: string | null;
  restock?: boolean | null;
  /** The money goes to the customer's store credit instead of back to their card or account (signed-in customers' orders). */
  toStoreCredit?: boolean | null;
  /** Taken off what the lines give back, from one vendor order's part: a return pickup the customer pays (decision 0092). */
  deduction?: { amount: bigint; vendorOrderId: string } | null;
}

const HOLDING = ['PENDING', 'SUCCEEDED', 'REVIEW'] as const;

/** What a refund would give back, per line and for shipping (shown before an administrator confirms). */
export interface RefundPreview {
  amount: bigint;
  /** Shipping and its tax, returned with the refund that takes a vendor order's last units. */
  shipping: bigint;
  /** Taken off (a customer-paid return pickup, decision 0092); `amount` is after it. */
  deducted: bigint;
  currency: string;
  lines: { orderLineId: string; title: string; sku: string; quantity: number; amount: bigint }[];
}

/** Carries a preview out of refundOrder's transaction, which it rolls back (nothing was written yet). */
class PreviewReady extends Error {
  constructor(readonly preview: RefundPreview) {
    super('refund preview');
  }
}

/**
 * The refund `req` would make, computed by refundOrder itself up to the point where it would write, so the
 * confirmation screen shows exactly the amount the refund will have; the same errors as refundOrder.
 */
export async function previewRefund(ctx: ServiceContext, req: RefundRequest): Promise<RefundPreview> {
  try {
    await refundOrder(ctx, req, { preview: true });
  } catch (e) {
    if (e instanceof PreviewReady) return e.preview;
    throw e;
  }
  throw new Error('refundOrder did not stop at the preview');
}

export async function refundOrder(ctx: ServiceContext, req: RefundRequest, opts: { cancelsOrder?: boolean; preview?: boolean } = {}) {
  const order = await managedOrder(ctx, req.orderId);
  requireRefunder(ctx.actor);
  const reason = req.reason?.trim() || null;
  if (reason && reason.length > 500) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A reason is at most 500 characters', ['reason']);
  const actor = actorRef(ctx);
  const refund = await ctx.prisma.$transaction(async (tx) => {
    const current = (await lockOrder(tx, order.tenantId, order.id))!;
    const target = opts.cancelsOrder ? 'CANCELLED' : 'PARTIALLY_REFUNDED';
    if (!current.paidPaymentId || !canTransition(current, target)) throw invalidTransition(current.status, target);
    const lines = await tx.orderLine.findMany({ where: { orderId: order.id }, orderBy: { id: 'asc' } });
    const vendorOrders = await tx.vendorOrder.findMany({ where: { orderId: order.id } });
    const taken = await tx.refundLine.findMany({ where: { orderLine: { orderId: order.id }, refund: { status: { in: [...HOLDING] } } } });
    const refundedUnits = (lineId: string) => sum(taken.filter((t) => t.orderLineId === lineId).map((t) => BigInt(t.quantity)));

    const wanted = req.lines ?? lines.map((l) => ({ orderLineId: l.id, quantity: l.quantity - Number(refundedUnits(l.id)) })).filter((w) => w.quantity > 0);
    if (wanted.length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Nothing is left to refund on this order', ['lines']);
    const seen = new Set<string>();
    const refundLines = wanted.map((w, i) => {
      const line = isUuid(w.orderLineId) ? lines.find((l) => l.id === w.orderLineId) : undefined;
      if (!line || seen.has(line.id)) throw new DomainError(ErrorCode.BAD_USER_INPUT, line ? 'A line is named twice' : 'No such line on this order', ['lines', String(i), 'orderLineId']);
      seen.add(line.id);
      const before = Number(refundedUnits(line.id));
      const left = line.quantity - before;
      if (!Number.isInteger(w.quantity) || w.quantity < 1 || w.quantity > left) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `${line.sku}: ${left} of ${line.quantity} can still be refunded`, ['lines', String(i), 'quantity']);
      }
      return { line, quantity: w.quantity, subtotal: shareOf(line.subtotal, before, w.quantity, line.quantity), tax: shareOf(line.tax, before, w.quantity, line.quantity) };
    });

    // A vendor order's shipping and its tax go back once, with the refund that takes its last units.
    const parts = vendorOrders.flatMap((v) => {
      const mine = refundLines.filter((r) => r.line.vendorOrderId === v.id);
      if (mine.length === 0) return [];
      const voLines = lines.filter((l) => l.vendorOrderId === v.id);
      const lastUnits = voLines.every((l) => Number(refundedUnits(l.id)) + (mine.find((m) => m.line.id === l.id)?.quantity ?? 0) === l.quantity);
      const shippingTax = v.tax - sum(voLines.map((l) => l.tax));
      // The coupon's discount goes back in the same shares (lines) and with the shipping it waived (decision 0057).
      const waived = v.discount - sum(voLines.map((l) => l.discount));
      return [
        {
          vendorOrderId: v.id,
          vendorId: v.vendorId,
          subtotal: sum(mine.map((m) => m.subtotal)),
          shipping: lastUnits ? v.shipping : 0n,
          tax: sum(mine.map((m) => m.tax)) + (lastUnits ? shippingTax : 0n),
          discount: sum(mine.map((m) => shareOf(m.line.discount, Number(refundedUnits(m.line.id)), m.quantity, m.line.quantity))) + (lastUnits ? waived : 0n),
          // The vendor's own promotions' part of it, in the same shares (decision 0067).
          vendorFunded: sum(mine.map((m) => shareOf(m.line.vendorFunded, Number(refundedUnits(m.line.id)), m.quantity, m.line.quantity))),
        },
      ];
    });
    const deducted = req.deduction?.amount ?? 0n;
    const charged = req.deduction ? parts.find((p) => p.vendorOrderId === req.deduction!.vendorOrderId) : undefined;
    if (deducted < 0n || (deducted > 0n && !charged)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A deduction is a positive amount of a refunded vendor order', ['deduction']);
    // Below the goods' value before tax, so the vendor's payable and the tax both still go back in full or part, never negative.
    if (charged && deducted > 0n && deducted >= charged.subtotal + charged.shipping) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The return shipping charge is not less than what the items give back', ['deduction']);
    }
    const amount = sum(parts.map((p) => p.subtotal + p.shipping + p.tax)) - deducted;
    if (amount <= 0n) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The refund would be zero', ['lines']);
    const held = await tx.refund.aggregate({ where: { orderId: order.id, automatic: false, status: { in: [...HOLDING] } }, _sum: { amount: true } });
    if ((held._sum.amount ?? 0n) + amount > current.total) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A refund cannot exceed what was paid', ['lines']);
    if (req.toStoreCredit && !current.customerUserId) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Only a signed-in customer’s order can be refunded as store credit', ['toStoreCredit']);
    const id = uuidv7();
    // Sold gift cards are refunded only unused, and stop working now (decision 0064; a preview rolls this back).
    await withdrawSoldGiftCards(tx, order.id, id, refundLines.map((r) => ({ line: r.line, quantity: r.quantity, before: Number(refundedUnits(r.line.id)) })));
    // The order's points, gift cards and store credit get their shares back; the provider refunds the rest.
    const prepaidPart = await prepaidPartOf(tx, current, amount);
    if (opts.preview) {
      const lineAmounts = refundLines.map((r) => ({ orderLineId: r.line.id, title: r.line.title, sku: r.line.sku, quantity: r.quantity, amount: r.subtotal + r.tax }));
      const goods = sum(lineAmounts.map((l) => l.amount));
      throw new PreviewReady({ amount, shipping: amount + deducted - goods, deducted, currency: current.currency, lines: lineAmounts });
    }

    await tx.refund.create({
      data: {
        id,
        tenantId: order.tenantId,
        orderId: order.id,
        paymentId: current.paidPaymentId,
        amount,
        prepaidPart,
        toStoreCredit: !!req.toStoreCredit,
        currency: current.currency,
        reason,
        restock: !!req.restock,
        cancelsOrder: !!opts.cancelsOrder,
        deducted,
        actorType: actor.actorType,
        actorId: actor.actorId,
        lines: { create: refundLines.map((r) => ({ id: uuidv7(), tenantId: order.tenantId, orderLineId: r.line.id, quantity: r.quantity, subtotal: r.subtotal, tax: r.tax })) },
        vendorParts: { create: parts.map((p) => ({ id: uuidv7(), tenantId: order.tenantId, ...p, deducted: p === charged ? deducted : 0n })) },
      },
    });
    return tx.refund.findUniqueOrThrow({ where: { id }, include: { payment: true } });
  }, TX_OPTIONS);

  try {
    await sendRefund(ctx.prisma, order.tenantId, refund.id, refund.payment);
  } catch (e) {
    if (e instanceof DomainError) throw new DomainError(ErrorCode.PAYMENT_FAILED, e.message, ['orderId']);
    throw e;
  }
  await completeRefund(ctx, refund.id);
  await restockRefund(ctx, refund.id);
  return ctx.prisma.refund.findUniqueOrThrow({ where: { id: refund.id } });
}

/** The provider refunded: record it, move the order and write the events (one transaction). Idempotent. */
export async function completeRefund(deps: Deps & Pick<ServiceContext, 'actor'>, refundId: string) {
  const { tenantId } = await deps.prisma.refund.findUniqueOrThrow({ where: { id: refundId }, select: { tenantId: true } });
  const links = await tenantLinks(deps.peers, tenantId, 'commerce', deps.requestId);
  await deps.prisma.$transaction(async (tx) => {
    const refund = await tx.refund.findUniqueOrThrow({ where: { id: refundId }, include: { vendorParts: true, lines: { include: { orderLine: { select: { vendorOrderId: true, source: true, stockStatus: true } } } } } });
    const order = (await lockOrder(tx, refund.tenantId, refund.orderId))!;
    const done = await tx.refund.updateMany({ where: { id: refundId, status: { in: ['PENDING', 'REVIEW'] } }, data: { status: 'SUCCEEDED', completedAt: new Date() } });
    if (done.count === 0) return;
    const refundedTotal = order.refundedTotal + refund.amount;
    const fullyRefunded = refundedTotal === order.total;
    const to = refund.cancelsOrder ? 'CANCELLED' : fullyRefunded ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
    const reason = refund.reason ?? (refund.cancelsOrder ? 'Cancelled and refunded' : `Refunded ${refund.amount} ${refund.currency}`);
    const moved = await transition(tx, order, to, { actorType: refund.actorType as 'user', actorId: refund.actorId }, reason, {
      refundedTotal,
      ...(to === 'CANCELLED' ? { cancelledAt: new Date(), cancelReason: reason } : {}),
    });
    if (!moved) throw new Error(`order ${order.id} changed while refund ${refundId} was recorded`);
    await recordOrderMessage(tx, order, to, links);
    const tenderShares = await refundTenders(tx, order, refund.id, refund.prepaidPart);
    const toProvider = refund.amount - refund.prepaidPart;
    if (refund.toStoreCredit && order.customerUserId && toProvider > 0n) {
      await moveStoreCredit(tx, { tenantId: refund.tenantId, userId: order.customerUserId, currency: refund.currency, delta: toProvider, reason: 'REFUND', key: `refund-credit:${refund.id}`, orderId: order.id, note: `Refund on order ${order.number}` });
    }
    await clawBackPoints(tx, { tenantId: refund.tenantId, orderId: order.id, orderNumber: order.number, refundId: refund.id, currency: refund.currency, amount: refund.amount, orderTotal: order.total });
    await recordOrderRefunded(tx, {
      tenderShares,
      toStoreCreditOf: refund.toStoreCredit ? order.customerUserId : null,
      id: refund.id,
      tenantId: refund.tenantId,
      orderId: order.id,
      orderNumber: order.number,
      currency: refund.currency,
      amount: refund.amount,
      completedAt: new Date(),
      fullyRefunded,
      couponFundedBy: order.couponFundedBy,
      giftCardsBack: giftCardsRefunded(refund.lines),
      parts: refund.vendorParts.map((p) => ({ vendorOrderId: p.vendorOrderId, vendorId: p.vendorId, subtotal: p.subtotal, shipping: p.shipping, tax: p.tax, discount: p.discount, vendorFunded: p.vendorFunded, deducted: p.deducted })),
    });
    await requestRefundCreditNotes(tx, refund.id, new Date());
  }, TX_OPTIONS);
  deps.eventsRecorded();
}

/** Returns a refund's units to stock where they were sold from (RETURN movements, once per refund line). */
export async function restockRefund(deps: Deps, refundId: string) {
  const refund = await deps.prisma.refund.findUniqueOrThrow({ where: { id: refundId }, include: { lines: { include: { orderLine: true } } } });
  if (!refund.restock || refund.status !== 'SUCCEEDED') return;
  for (const rl of refund.lines) {
    if (rl.restockedAt || !rl.orderLine.locationId) continue;
    await returnStock(deps, refund.tenantId, { clientId: `refund-line:${rl.id}`, variantId: rl.orderLine.variantId!, locationId: rl.orderLine.locationId, quantity: rl.quantity, reference: `refund:${refund.id}` });
    await deps.prisma.refundLine.update({ where: { id: rl.id }, data: { restockedAt: new Date() } });
  }
}

/**
 * Cancels an order: one awaiting payment is cancelled and its stock released (whoever manages orders); a
 * paid one that has not shipped is refunded in full, restocked, and ends CANCELLED — a refund, so only
 * for those who may refund (requireRefunder: not STAFF).
 */
export async function cancelOrder(ctx: ServiceContext, orderId: string, reason?: string | null) {
  const order = await managedOrder(ctx, orderId);
  const why = reason?.trim() || 'Cancelled by the shop';
  if (why.length > 500) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A reason is at most 500 characters', ['reason']);
  if (order.status === 'PENDING_PAYMENT') {
    if (!(await cancelUnpaidOrder(ctx, order.id, order.tenantId, actorRef(ctx), why))) {
      throw new DomainError(ErrorCode.INVALID_TRANSITION, 'A payment arrived for this order: it is being completed; refund it instead', ['orderId']);
    }
    await cleanUpOrder(ctx, order.id);
  } else {
    if (!canTransition(order, 'CANCELLED')) throw invalidTransition(order.status, 'CANCELLED');
    requireRefunder(ctx.actor);
    await refundOrder(ctx, { orderId: order.id, reason: why, restock: true }, { cancelsOrder: true });
  }
  return ctx.prisma.order.findUniqueOrThrow({ where: { id: order.id } });
}
