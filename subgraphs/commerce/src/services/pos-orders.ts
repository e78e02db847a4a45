/**
 * Till sales as orders (decision 0052): `pos.sale.recorded` (from the pos subgraph, at least once).
 * - A SALE becomes a COMPLETED order of channel POS: paid at the till and handed over, so there is no
 *   payment to take, no stock to reserve (inventory moves it on pos's request) and no ledger posting here
 *   (pos asks the ledger for the till's own entry: the drawer, not a payment provider, holds the money).
 *   Placed through the one order path (order-placement.ts) under the key `pos:<saleId>`, so a redelivery
 *   finds the order and makes nothing.
 * - A RETURN adds what was refunded to its sale's order (PARTIALLY_REFUNDED, or REFUNDED once all of it),
 *   with a timeline row naming the return; a redelivery finds that row and changes nothing.
 */
import { anonymousActor, logger, randomToken, uuidv7, type Actor, type OutboxEventRecord, type PosSaleRecordedPayload } from '@webwaka/kit';
import { TX_OPTIONS, type ServiceContext } from './context';
import { requestPosReturnCreditNotes } from './invoice-requests';
import { clawBackPoints } from './loyalty';
import { placeOrder, type Prepared } from './order-placement';
import { refundTillHolds } from './pos-holds';
import type { Deps } from './payments';

const POS_ACTOR: Actor = { ...anonymousActor(), kind: 'service', scopes: ['commerce:write'] };
export const posOrderKey = (saleId: string) => `pos:${saleId}`;

export function onPosSaleRecorded(deps: Omit<Deps, 'requestId'>) {
  return async (event: OutboxEventRecord) => {
    const sale = event.payload as PosSaleRecordedPayload;
    const ctx: ServiceContext = { ...deps, actor: { ...POS_ACTOR, tenantId: event.tenantId }, tenantId: event.tenantId, requestId: `pos-sale-${event.id}`, ip: null };
    if (sale.kind === 'SALE') await recordPosSale(ctx, event.tenantId, sale);
    else await recordPosReturn(ctx, event.tenantId, sale);
  };
}

export async function recordPosSale(ctx: ServiceContext, tenantId: string, sale: PosSaleRecordedPayload) {
  const lines = orderLines(sale);
  // The database keeps orders above zero; a sale given away whole (a 100% discount) is the till's record alone.
  if (lines.every((l) => l.subtotal + l.tax === 0n)) {
    logger.info('commerce: a till sale of nothing to pay makes no order', { saleId: sale.saleId, tenantId });
    return;
  }
  const cartId = uuidv7();
  await placeOrder(ctx, {
    tenantId,
    idempotencyKey: posOrderKey(sale.saleId),
    request: { pos: sale.saleId },
    cartId,
    check: async () => null,
    prepare: async () => posOrder(tenantId, sale, lines),
  });
}

/**
 * The sale's lines as the order records them. pos passes on what the till charged, which a broken till may
 * not have added up (pos records that as a conflict, and the sale stands): each line's amounts are made
 * whole here — tax within the line's total, nothing below zero — so the order always satisfies the
 * database's rules (total = subtotal + tax) and the sale is never stuck on its way to an order.
 */
function orderLines(sale: PosSaleRecordedPayload) {
  return sale.lines.map((l) => {
    const total = BigInt(l.subtotal) + BigInt(l.tax) > 0n ? BigInt(l.subtotal) + BigInt(l.tax) : 0n;
    const tax = BigInt(l.tax) < 0n ? 0n : BigInt(l.tax) > total ? total : BigInt(l.tax);
    return { ...l, subtotal: total - tax, tax };
  });
}

function posOrder(tenantId: string, sale: PosSaleRecordedPayload, lines: ReturnType<typeof orderLines>): Prepared {
  const at = new Date(sale.occurredAt);
  // One vendor order per vendor sold (a shop is its own vendor); lines whose vendor catalog could not name go to the shop.
  const byVendor = new Map<string, { name: string; lines: typeof lines }>();
  for (const line of lines) {
    const vendorId = line.vendorId ?? tenantId;
    const group = byVendor.get(vendorId) ?? { name: line.vendorName ?? 'Shop', lines: [] };
    group.lines.push(line);
    byVendor.set(vendorId, group);
  }
  const tenders = sale.tenders.map((t) => t.tender.toLowerCase().replace('_', ' ')).join(' + ');
  return {
    order: {
      channel: 'POS',
      status: 'COMPLETED',
      fulfilmentStage: 'COMPLETED',
      customerUserId: sale.customerUserId,
      email: '',
      deviceId: sale.deviceId,
      currency: sale.currency,
      subtotal: lines.reduce((a, l) => a + l.subtotal, 0n),
      discount: BigInt(sale.discount),
      shipping: 0n,
      tax: lines.reduce((a, l) => a + l.tax, 0n),
      total: lines.reduce((a, l) => a + l.subtotal + l.tax, 0n),
      taxInclusive: sale.taxInclusive,
      taxRateBps: sale.taxRateBps,
      shippingMethod: 'NONE',
      expiresAt: at,
      paidAt: at,
      createdAt: at,
    },
    vendorOrders: [...byVendor.entries()].map(([vendorId, group]) => ({
      vendorId,
      vendorName: group.name,
      subtotal: group.lines.reduce((a, l) => a + l.subtotal, 0n),
      shipping: 0n,
      tax: group.lines.reduce((a, l) => a + l.tax, 0n),
      commissionBps: 0,
      commission: 0n,
      fulfilmentStage: 'COMPLETED',
      lines: group.lines.map((l) => ({
        variantId: l.variantId,
        productId: l.productId,
        sku: l.sku,
        title: l.title,
        quantity: l.quantity,
        unitPrice: BigInt(l.unitPrice),
        subtotal: l.subtotal,
        tax: l.tax,
        commissionBps: 0,
        locationId: sale.locationId,
        stockStatus: 'COMMITTED' as const,
      })),
    })),
    reason: `Sold at the till, receipt ${sale.receiptNumber} (${tenders})`,
    // pos passes a coupon only once it has checked it against the coupon's rules (decision 0071).
    // The customer named at the till earns points as an online order does when paid (decision 0071).
    earnPointsNow: true,
    // Points spent on it earn none, as online (decision 0084): pos passes only the tenders it captured.
    pointsPaid: sale.tenders.filter((t) => t.tender === 'POINTS').reduce((a, t) => a + BigInt(t.amount), 0n),
    couponUse: sale.coupon
      ? { couponId: sale.coupon.couponId, amount: BigInt(sale.coupon.discount), currency: sale.currency, customer: { userId: sale.customerUserId, email: null }, posSaleId: sale.saleId }
      : undefined,
    newCart: { token: randomToken(24), customerUserId: sale.customerUserId, currency: sale.currency, channel: 'POS' },
  };
}

export async function recordPosReturn(ctx: ServiceContext, tenantId: string, ret: PosSaleRecordedPayload) {
  if (!ret.returnOfSaleId) {
    logger.warn('commerce: a till return of a sale pos does not know; no order to record it on', { saleId: ret.saleId, tenantId });
    return;
  }
  const checkout = await ctx.prisma.checkout.findUnique({ where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: posOrderKey(ret.returnOfSaleId) } } });
  // The sale's own event is delivered first in the usual course; if not yet, the dispatcher retries this one.
  if (!checkout?.orderId) throw new Error(`the order of till sale ${ret.returnOfSaleId} is not recorded yet`);
  const orderId = checkout.orderId;
  await ctx.prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "commerce"."Order" WHERE id = ${orderId}::uuid FOR UPDATE`;
    if (await tx.orderEvent.findFirst({ where: { orderId, actorType: 'pos', actorId: ret.saleId } })) return;
    const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
    // More back than the order's total (a return pos flagged) refunds the order in full, no more.
    const sum = order.refundedTotal + BigInt(ret.total);
    const refundedTotal = sum > order.total ? order.total : sum;
    const status = refundedTotal >= order.total ? 'REFUNDED' : 'PARTIALLY_REFUNDED';
    await tx.order.update({ where: { id: orderId }, data: { refundedTotal, status } });
    // Points the sale earned go back in proportion to what was refunded, as an online refund takes them (decision 0059).
    await clawBackPoints(tx, { tenantId, orderId, orderNumber: order.number, refundId: ret.saleId, currency: order.currency, amount: refundedTotal - order.refundedTotal, orderTotal: order.total });
    // Points and gift cards the sale spent through holds get back what pos let the return give them (decision 0080).
    await refundTillHolds(tx, tenantId, { saleId: ret.saleId, returnOfSaleId: ret.returnOfSaleId!, receiptNumber: ret.receiptNumber, tenders: ret.tenders });
    await tx.orderEvent.create({
      data: { id: uuidv7(), tenantId, orderId, fromStatus: order.status, toStatus: status, actorType: 'pos', actorId: ret.saleId, reason: `Returned at the till, receipt ${ret.receiptNumber}`, at: new Date(ret.occurredAt) },
    });
    await requestPosReturnCreditNotes(tx, orderId, ret);
  }, TX_OPTIONS);
}
