/**
 * Holds on vendors' payouts (decision 0031). A vendor order's part of the payable (what ORDER_PAID credited
 * to VENDOR_PAYABLE: subtotal + shipping) may be paid out only once the vendor order is DELIVERED and the
 * return window (`PAYOUT_RETURN_WINDOW_DAYS`, 7 by default) has passed. Commerce says so through
 * `ledger.payout_hold.requested` (PAID, REFUNDED, DELIVERED), one row per vendor order here.
 *
 * Delivery is at least once and the three actions may arrive in any order, so each is idempotent on its
 * own: PAID sets the amount (the same every time), DELIVERED sets the delivery time only when none is set,
 * REFUNDED counts a refund once per (refund, vendor order) — the PayoutHoldRefund key — in the same
 * transaction as the hold's `refunded` grows.
 */
import { DomainError, ErrorCode, isUuid, logger, uuidv7, type OutboxEventRecord, type PrismaClient } from '@webwaka/kit';
import { TX_OPTIONS, type Tx } from './context';
import { currencyOf, MAX_LINE_AMOUNT } from './posting';

const DAY_MS = 86_400_000;

/** The return window, read at use so an operator's change applies to the next delivery. */
export function returnWindowDays(): number {
  const n = Number(process.env.PAYOUT_RETURN_WINDOW_DAYS ?? 7);
  return Number.isFinite(n) && n >= 0 ? Math.floor(n) : 7;
}

interface HoldRequest {
  action: 'PAID' | 'REFUNDED' | 'DELIVERED';
  orderId: string;
  currency: string;
  at: Date;
  refundId: string | null;
  vendorOrders: { vendorOrderId: string; vendorId: string; amount: bigint }[];
}

const bad = (message: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message);

export function parseHoldPayload(payload: any): HoldRequest {
  if (!payload || typeof payload !== 'object') throw bad('payload must be an object');
  if (!['PAID', 'REFUNDED', 'DELIVERED'].includes(payload.action)) throw bad('action must be PAID, REFUNDED or DELIVERED');
  if (!isUuid(String(payload.orderId))) throw bad('orderId must be a uuid');
  const at = new Date(payload.at);
  if (Number.isNaN(at.getTime())) throw bad('at must be a date');
  if (payload.action === 'REFUNDED' && !isUuid(String(payload.refundId))) throw bad('a refund names its refundId');
  if (!Array.isArray(payload.vendorOrders) || payload.vendorOrders.length === 0 || payload.vendorOrders.length > 500) throw bad('vendorOrders must be a non-empty list');
  const vendorOrders = payload.vendorOrders.map((v: any) => {
    if (!isUuid(String(v?.vendorOrderId)) || !isUuid(String(v?.vendorId))) throw bad('vendorOrderId and vendorId must be uuids');
    if (typeof v.amount !== 'string' || !/^\d{1,19}$/.test(v.amount) || BigInt(v.amount) > MAX_LINE_AMOUNT) throw bad('amount must be a string of minor units');
    return { vendorOrderId: String(v.vendorOrderId), vendorId: String(v.vendorId), amount: BigInt(v.amount) };
  });
  return { action: payload.action, orderId: String(payload.orderId), currency: currencyOf(payload.currency), at, refundId: payload.refundId ? String(payload.refundId) : null, vendorOrders };
}

/** Applies one request in one transaction (idempotent; see the file's comment). */
export async function applyHold(prisma: PrismaClient, tenantId: string, h: HoldRequest): Promise<void> {
  await prisma.$transaction(async (tx) => {
    for (const v of h.vendorOrders) {
      const hold = await holdRow(tx, tenantId, h, v);
      if (h.action === 'PAID') {
        await tx.payoutHold.update({ where: { id: hold.id }, data: { amount: v.amount } });
      } else if (h.action === 'DELIVERED') {
        // The first delivery counts; a redelivery does not restart the window.
        await tx.payoutHold.updateMany({ where: { id: hold.id, deliveredAt: null }, data: { deliveredAt: h.at, releasesAt: new Date(h.at.getTime() + returnWindowDays() * DAY_MS) } });
      } else {
        const { count } = await tx.payoutHoldRefund.createMany({ data: [{ holdId: hold.id, refundId: h.refundId!, amount: v.amount }], skipDuplicates: true });
        if (count === 1) await tx.payoutHold.update({ where: { id: hold.id }, data: { refunded: { increment: v.amount } } });
      }
    }
  }, TX_OPTIONS);
}

/** The vendor order's hold, created (amount 0) if this is the first word about it. */
async function holdRow(tx: Tx, tenantId: string, h: HoldRequest, v: HoldRequest['vendorOrders'][number]) {
  await tx.payoutHold.createMany({
    data: [{ id: uuidv7(), tenantId, vendorOrderId: v.vendorOrderId, vendorId: v.vendorId, orderId: h.orderId, currency: h.currency }],
    skipDuplicates: true,
  });
  return tx.payoutHold.findUniqueOrThrow({ where: { tenantId_vendorOrderId: { tenantId, vendorOrderId: v.vendorOrderId } } });
}

/** The dispatcher's handler: a malformed request is logged and acknowledged (it can never apply). */
export function onPayoutHoldRequested(prisma: PrismaClient) {
  return async (event: OutboxEventRecord): Promise<void> => {
    let request: HoldRequest;
    try {
      request = parseHoldPayload(event.payload);
    } catch (e) {
      logger.warn('ledger: malformed payout hold request dropped', { eventId: event.id, tenantId: event.tenantId, error: String(e) });
      return;
    }
    await applyHold(prisma, event.tenantId, request);
  };
}

/**
 * What is still held per vendor in a book and currency at `now`: per vendor order, paid minus refunded
 * (never below 0) while undelivered or inside the window. Returns vendorId -> { held, undelivered, inWindow }.
 */
export async function heldByVendor(tx: Tx | PrismaClient, tenantId: string, currency: string, now: Date) {
  const rows = await tx.payoutHold.findMany({
    where: { tenantId, currency, OR: [{ releasesAt: null }, { releasesAt: { gt: now } }] },
    select: { vendorId: true, amount: true, refunded: true, releasesAt: true },
  });
  const byVendor = new Map<string, { held: bigint; undelivered: number; inWindow: number; releasesAt: Date | null }>();
  for (const r of rows) {
    const open = r.amount > r.refunded ? r.amount - r.refunded : 0n;
    if (open === 0n) continue;
    const v = byVendor.get(r.vendorId) ?? { held: 0n, undelivered: 0, inWindow: 0, releasesAt: null };
    v.held += open;
    if (r.releasesAt) {
      v.inWindow++;
      if (!v.releasesAt || r.releasesAt > v.releasesAt) v.releasesAt = r.releasesAt;
    } else v.undelivered++;
    byVendor.set(r.vendorId, v);
  }
  return byVendor;
}
