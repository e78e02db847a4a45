/**
 * Asks the ledger for the invoice of each paid vendor order and the credit note of each refund
 * (`ledger.invoice.requested`, decision 0077), in the transaction that marks the order paid (or records the
 * till sale, or completes the refund): the request exists exactly when the sale does. One invoice per vendor
 * order: in a marketplace each vendor's part is its own sale; a store has one vendor order. The ledger numbers
 * them and adds the seller's details; commerce says what was sold, to whom, and the tax it charged per line.
 */
import { recordEvent, TOPICS, type InvoiceLinePayload, type InvoiceRequestPayload, type PosSaleRecordedPayload } from '@webwaka/kit';
import type { Tx } from './context';
import type { Address } from './settings';

type OrderRow = NonNullable<Awaited<ReturnType<Tx['order']['findUnique']>>>;

export const invoiceKey = (vendorOrderId: string) => `invoice:${vendorOrderId}`;

const rateOf = (tax: bigint, taxRateBps: number) => (tax > 0n ? taxRateBps : 0);

function customerOf(order: OrderRow): InvoiceRequestPayload['customer'] {
  const a = (order.shippingAddress ?? null) as Address | null;
  const address = a ? [a.line1, a.line2, a.city, a.region, a.postalCode, a.country].filter((p) => p && String(p).trim()).join(', ') : null;
  return { userId: order.customerUserId, name: a?.name?.trim() || null, email: order.email || null, phone: order.phone ?? a?.phone ?? null, address, taxId: order.customerTaxId ?? null };
}

/** Shipping is a line of its own, with the tax its vendor order charged on it (vendor order tax less its goods' tax). */
function shippingLine(shipping: bigint, shippingTax: bigint, taxRateBps: number): InvoiceLinePayload[] {
  if (shipping <= 0n && shippingTax <= 0n) return [];
  return [{ description: 'Shipping', sku: null, quantity: 1, unitPrice: (shipping + shippingTax).toString(), subtotal: shipping.toString(), taxRateBps: rateOf(shippingTax, taxRateBps), tax: shippingTax.toString() }];
}

/** One invoice request per vendor order of a paid order (web, marketplace, till, tickets). */
export async function requestInvoices(tx: Tx, orderId: string, issuedAt: Date) {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
  const vendorOrders = await tx.vendorOrder.findMany({ where: { orderId }, orderBy: { id: 'asc' }, include: { lines: { orderBy: { id: 'asc' } } } });
  for (const vo of vendorOrders) {
    const goodsTax = vo.lines.reduce((a, l) => a + l.tax, 0n);
    const lines: InvoiceLinePayload[] = [
      ...vo.lines.map((l) => ({ description: l.title, sku: l.sku || null, quantity: l.quantity, unitPrice: l.unitPrice.toString(), subtotal: l.subtotal.toString(), taxRateBps: rateOf(l.tax, order.taxRateBps), tax: l.tax.toString() })),
      ...shippingLine(vo.shipping, vo.tax - goodsTax, order.taxRateBps),
    ];
    await recordEvent(tx, {
      tenantId: order.tenantId,
      topic: TOPICS.LEDGER_INVOICE_REQUESTED,
      payload: {
        kind: 'INVOICE',
        idempotencyKey: invoiceKey(vo.id),
        orderId,
        orderNumber: order.number,
        vendorOrderId: vo.id,
        vendorId: vo.vendorId,
        vendorName: vo.vendorName,
        channel: order.channel,
        customer: customerOf(order),
        currency: order.currency,
        issuedAt: issuedAt.toISOString(),
        lines,
      },
    });
  }
}

/** A completed refund's credit notes: one per vendor order it gave money back on. */
export async function requestRefundCreditNotes(tx: Tx, refundId: string, issuedAt: Date) {
  const refund = await tx.refund.findUniqueOrThrow({ where: { id: refundId }, include: { vendorParts: true, lines: { include: { orderLine: true } } } });
  const order = await tx.order.findUniqueOrThrow({ where: { id: refund.orderId } });
  for (const part of refund.vendorParts) {
    const mine = refund.lines.filter((l) => l.orderLine.vendorOrderId === part.vendorOrderId);
    const goodsTax = mine.reduce((a, l) => a + l.tax, 0n);
    const vo = await tx.vendorOrder.findUniqueOrThrow({ where: { id: part.vendorOrderId }, select: { vendorName: true } });
    const lines: InvoiceLinePayload[] = [
      ...mine.map((l) => ({ description: l.orderLine.title, sku: l.orderLine.sku || null, quantity: l.quantity, unitPrice: l.orderLine.unitPrice.toString(), subtotal: l.subtotal.toString(), taxRateBps: rateOf(l.tax, order.taxRateBps), tax: l.tax.toString() })),
      ...shippingLine(part.shipping, part.tax - goodsTax, order.taxRateBps),
    ];
    if (lines.length === 0) continue;
    await recordCreditNote(tx, order, { key: `credit:${refund.id}:${part.vendorOrderId}`, vendorOrderId: part.vendorOrderId, vendorId: part.vendorId, vendorName: vo.vendorName, lines, issuedAt, reason: refund.reason ?? 'Refund' });
  }
}

/** A till return's credit notes, from what the till refunded, per vendor order of the sale's order. */
export async function requestPosReturnCreditNotes(tx: Tx, orderId: string, ret: PosSaleRecordedPayload) {
  const order = await tx.order.findUniqueOrThrow({ where: { id: orderId } });
  const vendorOrders = await tx.vendorOrder.findMany({ where: { orderId }, orderBy: { id: 'asc' } });
  // A returned line goes to its vendor's vendor order, as posOrder grouped the sale (else the first one).
  const vendorOrderOf = (l: PosSaleRecordedPayload['lines'][number]) => (vendorOrders.find((v) => v.vendorId === (l.vendorId ?? order.tenantId)) ?? vendorOrders[0])?.id;
  for (const vo of vendorOrders) {
    const mine = ret.lines.filter((l) => vendorOrderOf(l) === vo.id);
    const lines: InvoiceLinePayload[] = mine
      .map((l) => {
        const tax = BigInt(l.tax) < 0n ? 0n : BigInt(l.tax);
        const subtotal = BigInt(l.subtotal) < 0n ? 0n : BigInt(l.subtotal);
        return { description: l.title, sku: l.sku || null, quantity: l.quantity, unitPrice: l.unitPrice, subtotal: subtotal.toString(), taxRateBps: rateOf(tax, ret.taxRateBps), tax: tax.toString() };
      })
      .filter((l) => l.subtotal !== '0' || l.tax !== '0');
    if (lines.length === 0) continue;
    await recordCreditNote(tx, order, { key: `credit:pos:${ret.saleId}:${vo.id}`, vendorOrderId: vo.id, vendorId: vo.vendorId, vendorName: vo.vendorName, lines, issuedAt: new Date(ret.occurredAt), reason: `Returned at the till, receipt ${ret.receiptNumber}` });
  }
}

async function recordCreditNote(
  tx: Tx,
  order: OrderRow,
  c: { key: string; vendorOrderId: string; vendorId: string; vendorName: string; lines: InvoiceLinePayload[]; issuedAt: Date; reason: string },
) {
  await recordEvent(tx, {
    tenantId: order.tenantId,
    topic: TOPICS.LEDGER_INVOICE_REQUESTED,
    payload: {
      kind: 'CREDIT_NOTE',
      idempotencyKey: c.key,
      creditsKey: invoiceKey(c.vendorOrderId),
      orderId: order.id,
      orderNumber: order.number,
      vendorOrderId: c.vendorOrderId,
      vendorId: c.vendorId,
      vendorName: c.vendorName,
      channel: order.channel,
      customer: customerOf(order),
      currency: order.currency,
      issuedAt: c.issuedAt.toISOString(),
      lines: c.lines,
      reason: c.reason.slice(0, 500),
    },
  });
}
