/**
 * The events commerce writes, as kit events.ts declares them: `commerce.order.paid` (for MLAS) and the
 * ORDER_PAID ledger posting, written in the transaction that marks an order PAID; `commerce.order.refunded`
 * and the REFUND posting, in the transaction that records a completed refund;
 * `commerce.order.dispute_changed`; `ledger.payout_hold.requested` (decision 0031) when a vendor order is
 * paid, refunded or delivered, so the ledger holds the vendor's part of the payable until delivery plus the
 * return window; and, in the PAID transaction too, the source's event for external lines (external-orders.ts):
 * `commerce.external_order.paid`. Amounts are strings of minor units; zero lines are left out of
 * postings (the ledger takes positive amounts only), which keeps each entry balanced.
 */
import { recordEvent, TOPICS, type PostingLine } from '@webwaka/kit';
import type { Tx } from './context';
import { sum } from './money';
import { giftCardLiability, walletAccount } from './stored-value';
import { tenderAccount } from './tenders';

const TENDER_MEMO: Record<string, string> = { GIFT_CARD: 'Gift card', STORE_CREDIT: 'Store credit', POINTS: 'Loyalty points' };

/**
 * Tells the ledger a catalogue vendor order's part of the payable was paid (held), refunded (less held) or
 * delivered (released after the return window). `amount`: minor units of the vendor's payable (subtotal + shipping,
 * what ORDER_PAID credits and REFUND debits).
 */
export async function recordPayoutHold(
  tx: Tx,
  h: { tenantId: string; action: 'PAID' | 'REFUNDED' | 'DELIVERED'; orderId: string; currency: string; at: Date; refundId?: string; vendorOrders: { vendorOrderId: string; vendorId: string; amount: bigint }[] },
) {
  // Only goods are delivered: a vendor order of another capability's lines (transport's seats) is not held.
  const external = await tx.orderLine.findMany({ where: { vendorOrderId: { in: h.vendorOrders.map((v) => v.vendorOrderId) }, source: { not: 'CATALOG' } }, select: { vendorOrderId: true } });
  const skip = new Set(external.map((l) => l.vendorOrderId));
  const vendorOrders = h.vendorOrders.filter((v) => !skip.has(v.vendorOrderId));
  if (vendorOrders.length === 0) return;
  await recordEvent(tx, {
    tenantId: h.tenantId,
    topic: TOPICS.LEDGER_PAYOUT_HOLD_REQUESTED,
    payload: {
      action: h.action,
      orderId: h.orderId,
      currency: h.currency,
      at: h.at.toISOString(),
      ...(h.refundId ? { refundId: h.refundId } : {}),
      vendorOrders: vendorOrders.map((v) => ({ vendorOrderId: v.vendorOrderId, vendorId: v.vendorId, amount: v.amount.toString() })),
    },
  });
}

type Line = PostingLine;

/** Cash a pay-on-delivery collector holds for the shop until they hand it in (decision 0083; like a transport agent's, decision 0019). */
export const collectorCash = (tenantId: string, userId: string): Line['account'] => ({ tenantId, ownerType: 'AGENT', ownerId: userId, purpose: 'CASH_HELD' });
type Funder = 'PLATFORM' | 'MARKETPLACE' | 'VENDOR' | null;

/** The part of a vendor order's (or refund part's) discount the order's funder pays: all of it but what the
 * vendor's own promotions took (decision 0067), which lowers the vendor's payable like a store's coupon. */
const funded = (v: { discount?: bigint; vendorFunded?: bigint }) => (v.discount ?? 0n) - (v.vendorFunded ?? 0n);

/**
 * Who pays a coupon's discount (decision 0057). A store's own coupon, or a VENDOR-funded one, lowers the
 * vendor's payable (the vendor order's subtotal is after the discount): nothing more to post. A PLATFORM-
 * or MARKETPLACE-funded one leaves the vendor's payable on the price before the discount and debits the
 * funder's DISCOUNT_EXPENSE (in the selling tenant's book: the marketplace's own, or the platform's part
 * of it) with the difference, so the entry stays balanced. Null: the vendor pays.
 */
function discountFunder(tenantId: string, fundedBy: Funder): Line['account'] | null {
  if (fundedBy === 'MARKETPLACE') return { tenantId, ownerType: 'TENANT', ownerId: tenantId, purpose: 'DISCOUNT_EXPENSE' };
  if (fundedBy === 'PLATFORM') return { tenantId, ownerType: 'PLATFORM', ownerId: tenantId, purpose: 'DISCOUNT_EXPENSE' };
  return null;
}

const line = (side: Line['side'], amount: bigint, account: Line['account'], memo?: string): Line[] => (amount > 0n ? [{ account, side, amount: amount.toString(), ...(memo ? { memo } : {}) }] : []);

interface PaidOrder {
  id: string;
  tenantId: string;
  number: string;
  currency: string;
  total: bigint;
  tax: bigint;
  shipping: bigint;
  paidAt: Date;
  customerUserId: string | null;
  email: string;
  visitorId: string | null;
  ip: string | null;
  deviceId: string | null;
  referralCode: string | null;
  /** Points, gift cards and store credit that paid part of it (tenders.ts): their accounts are debited, the clearing account the rest. */
  tenders?: { kind: string; userId: string | null; amount: bigint }[];
  couponFundedBy?: Funder;
  /** Gift cards the order bought, their value per vendor order (gift-card-sales.ts): GIFT_CARD_LIABILITY, not the vendor's payable. */
  giftCardsSold?: Map<string, bigint>;
  vendorOrders: { id: string; vendorId: string; vendorName: string; subtotal: bigint; shipping: bigint; tax: bigint; commissionBps: number; commission: bigint; discount?: bigint; vendorFunded?: bigint }[];
  /** Paid in cash on delivery (decision 0083): the collector's CASH_HELD is debited instead of PAYMENT_CLEARING. */
  cashHeldBy?: string | null;
}

export async function recordOrderPaid(tx: Tx, o: PaidOrder) {
  const paidAt = o.paidAt.toISOString();
  const tenant = (purpose: Line['account']['purpose']) => ({ tenantId: o.tenantId, ownerType: 'TENANT' as const, ownerId: o.tenantId, purpose });
  const funder = discountFunder(o.tenantId, o.couponFundedBy ?? null);
  // The vendor's payable: what it sold after the discount, plus the discount when someone else funds it.
  const cards = (v: { id: string }) => o.giftCardsSold?.get(v.id) ?? 0n;
  const payable = (v: PaidOrder['vendorOrders'][number]) => v.subtotal + v.shipping + (funder ? funded(v) : 0n) - cards(v);
  // A vendor order of gift cards only owes its seller nothing: no hold for it.
  const held = o.vendorOrders.filter((v) => !(cards(v) > 0n && payable(v) === 0n));
  // The hold first: ledger applies its events in order, so the payable is never credited before it is held.
  // (A refund's hold request comes after its posting, for the same reason the other way round.)
  await recordPayoutHold(tx, { tenantId: o.tenantId, action: 'PAID', orderId: o.id, currency: o.currency, at: o.paidAt, vendorOrders: held.map((v) => ({ vendorOrderId: v.id, vendorId: v.vendorId, amount: payable(v) })) });
  await recordEvent(tx, {
    tenantId: o.tenantId,
    topic: TOPICS.LEDGER_POSTING_REQUESTED,
    payload: {
      idempotencyKey: `order-paid:${o.id}`,
      kind: 'ORDER_PAID',
      currency: o.currency,
      memo: `Order ${o.number} paid`,
      reference: { type: 'Order', id: o.id },
      occurredAt: paidAt,
      lines: [
        ...line('DEBIT', o.total - sum((o.tenders ?? []).map((t) => t.amount)), o.cashHeldBy ? collectorCash(o.tenantId, o.cashHeldBy) : tenant('PAYMENT_CLEARING'), o.cashHeldBy ? 'Cash collected on delivery' : undefined),
        ...(o.tenders ?? []).flatMap((t) => line('DEBIT', t.amount, tenderAccount(o.tenantId, t), TENDER_MEMO[t.kind])),
        ...(funder ? line('DEBIT', o.vendorOrders.reduce((a, v) => a + funded(v), 0n), funder, 'Coupon discount') : []),
        ...o.vendorOrders.flatMap((v) => line('CREDIT', payable(v), { tenantId: o.tenantId, ownerType: 'VENDOR', ownerId: v.vendorId, purpose: 'VENDOR_PAYABLE' }, v.vendorName)),
        ...line('CREDIT', o.tax, tenant('TAX_PAYABLE')),
        ...line('CREDIT', sum(o.vendorOrders.map(cards)), giftCardLiability(o.tenantId), 'Gift cards sold'),
      ],
    },
  });
  await recordEvent(tx, {
    tenantId: o.tenantId,
    topic: TOPICS.COMMERCE_ORDER_PAID,
    payload: {
      orderId: o.id,
      orderNumber: o.number,
      currency: o.currency,
      paidAt,
      total: o.total.toString(),
      tax: o.tax.toString(),
      shipping: o.shipping.toString(),
      customer: { userId: o.customerUserId, email: o.email },
      visitor: { visitorId: o.visitorId, ip: o.ip, deviceId: o.deviceId },
      referralCode: o.referralCode,
      vendorOrders: o.vendorOrders.map((v) => ({
        vendorOrderId: v.id,
        vendorId: v.vendorId,
        subtotal: v.subtotal.toString(),
        shipping: v.shipping.toString(),
        tax: v.tax.toString(),
        commissionBps: v.commissionBps,
        commission: v.commission.toString(),
      })),
    },
  });
}

interface CompletedRefund {
  id: string;
  tenantId: string;
  orderId: string;
  orderNumber: string;
  currency: string;
  amount: bigint;
  completedAt: Date;
  fullyRefunded: boolean;
  couponFundedBy?: Funder;
  /** The shares given back to the order's points, gift cards and store credit (tenders.ts refundTenders). */
  tenderShares?: { kind: string; userId: string | null; amount: bigint }[];
  /** The provider's part went to this customer's store credit instead. */
  toStoreCreditOf?: string | null;
  /** Sold gift cards the refund takes back, their value per vendor order: debited to GIFT_CARD_LIABILITY, not the payable. */
  giftCardsBack?: Map<string, bigint>;
  /** discount: the refunded share of the vendor order's coupon discount (tax excluded). */
  /** deducted: a customer-paid return pickup taken off the refund (decision 0092); the vendor, who paid the carrier, keeps it. */
  parts: { vendorOrderId: string; vendorId: string; subtotal: bigint; shipping: bigint; tax: bigint; discount?: bigint; vendorFunded?: bigint; deducted?: bigint }[];
}

export async function recordOrderRefunded(tx: Tx, r: CompletedRefund) {
  const at = r.completedAt.toISOString();
  const tenant = (purpose: Line['account']['purpose']) => ({ tenantId: r.tenantId, ownerType: 'TENANT' as const, ownerId: r.tenantId, purpose });
  const tax = r.parts.reduce((a, p) => a + p.tax, 0n);
  // The mirror of the ORDER_PAID entry's share: a funder's discount comes back to it with the goods.
  const funder = discountFunder(r.tenantId, r.couponFundedBy ?? null);
  const cards = (p: { vendorOrderId: string }) => r.giftCardsBack?.get(p.vendorOrderId) ?? 0n;
  const payable = (p: CompletedRefund['parts'][number]) => p.subtotal + p.shipping + (funder ? funded(p) : 0n) - cards(p) - (p.deducted ?? 0n);
  await recordEvent(tx, {
    tenantId: r.tenantId,
    topic: TOPICS.LEDGER_POSTING_REQUESTED,
    payload: {
      idempotencyKey: `refund:${r.id}`,
      kind: 'REFUND',
      currency: r.currency,
      memo: `Refund on order ${r.orderNumber}`,
      reference: { type: 'Refund', id: r.id },
      occurredAt: at,
      reversesIdempotencyKey: `order-paid:${r.orderId}`,
      lines: [
        ...r.parts.flatMap((p) => line('DEBIT', payable(p), { tenantId: r.tenantId, ownerType: 'VENDOR', ownerId: p.vendorId, purpose: 'VENDOR_PAYABLE' })),
        ...line('DEBIT', tax, tenant('TAX_PAYABLE')),
        ...line('DEBIT', sum(r.parts.map(cards)), giftCardLiability(r.tenantId), 'Gift cards refunded'),
        ...line('CREDIT', r.amount - sum((r.tenderShares ?? []).map((t) => t.amount)), r.toStoreCreditOf ? walletAccount(r.tenantId, r.toStoreCreditOf) : tenant('PAYMENT_CLEARING'), r.toStoreCreditOf ? 'Refunded as store credit' : undefined),
        ...(r.tenderShares ?? []).flatMap((t) => line('CREDIT', t.amount, tenderAccount(r.tenantId, t), TENDER_MEMO[t.kind])),
        ...(funder ? line('CREDIT', r.parts.reduce((a, p) => a + funded(p), 0n), funder, 'Coupon discount') : []),
      ],
    },
  });
  await recordEvent(tx, {
    tenantId: r.tenantId,
    topic: TOPICS.COMMERCE_ORDER_REFUNDED,
    payload: {
      orderId: r.orderId,
      refundId: r.id,
      currency: r.currency,
      refundedAt: at,
      amount: r.amount.toString(),
      vendorOrders: r.parts.map((p) => ({ vendorOrderId: p.vendorOrderId, vendorId: p.vendorId, subtotal: p.subtotal.toString(), shipping: p.shipping.toString(), tax: p.tax.toString() })),
      fullyRefunded: r.fullyRefunded,
    },
  });
  await recordPayoutHold(tx, {
    tenantId: r.tenantId,
    action: 'REFUNDED',
    orderId: r.orderId,
    currency: r.currency,
    at: r.completedAt,
    refundId: r.id,
    vendorOrders: r.parts.filter((p) => !(cards(p) > 0n && payable(p) === 0n)).map((p) => ({ vendorOrderId: p.vendorOrderId, vendorId: p.vendorId, amount: payable(p) })),
  });
}

export async function recordDisputeChanged(tx: Tx, d: { tenantId: string; orderId: string; disputed: boolean; reason: string | null; at: Date }) {
  await recordEvent(tx, { tenantId: d.tenantId, topic: TOPICS.COMMERCE_ORDER_DISPUTE_CHANGED, payload: { orderId: d.orderId, disputed: d.disputed, reason: d.reason, at: d.at.toISOString() } });
}

interface PaidLine {
  source: string;
  sourceRef: string | null;
  sourceData: unknown;
}

/**
 * Inside the transaction that marks an order PAID: the source's event for its lines. Transport gets the hold
 * and the passengers (`{ seatLabel, passengerName }` per line) to book; the order id is its payment reference.
 */
export async function recordExternalLinesPaid(
  tx: Tx,
  order: { id: string; tenantId: string; number: string; total: bigint; currency: string },
  lines: PaidLine[],
  paid: { paidAt: Date; paymentReference: string },
) {
  const transport = lines.filter((l) => l.source === 'TRANSPORT');
  for (const holdId of [...new Set(transport.map((l) => l.sourceRef!))]) {
    const mine = transport.filter((l) => l.sourceRef === holdId);
    await recordEvent(tx, {
      tenantId: order.tenantId,
      topic: TOPICS.COMMERCE_EXTERNAL_ORDER_PAID,
      payload: {
        orderId: order.id,
        orderNumber: order.number,
        holdId,
        passengers: mine.map((l) => {
          const d = (l.sourceData ?? {}) as { seatLabel?: string; passengerName?: string };
          return { seatLabel: d.seatLabel ?? null, name: d.passengerName ?? null };
        }),
        paymentReference: paid.paymentReference,
        amount: order.total.toString(),
        currency: order.currency,
        paidAt: paid.paidAt.toISOString(),
      },
    });
  }
}
