import type { AdminCommerceTilesQuery } from '../../gql/graphql';

// The dashboard's commerce figures, worked out from orders as commerce returns them (a vendor's orders
// hold only its vendor orders and lines). Pure: no Next request APIs, so tests call it directly.

type TileOrder = AdminCommerceTilesQuery['orders']['edges'][number]['node'];

export const SALES_DAYS = 30;
export const TOP_PRODUCTS = 5;
const CLOSED = ['CANCELLED', 'REFUNDED'];

/** Money per currency, summed exactly (BigInt minor units). */
export function addTo(totals: Map<string, bigint>, currency: string, amount: string) {
  totals.set(currency, (totals.get(currency) ?? 0n) + BigInt(amount));
}

/**
 * Sales of the last SALES_DAYS days (paid orders not cancelled or fully refunded: the visible vendor
 * orders' goods, shipping and VAT), orders to fulfil (paid, not shipped), orders awaiting payment, and
 * the products with the most units sold (refunded units taken off).
 */
export function summarise(orders: TileOrder[], now: Date) {
  const since = now.getTime() - SALES_DAYS * 24 * 60 * 60 * 1000;
  const sales = new Map<string, bigint>();
  const units = new Map<string, { title: string; units: number }>();
  let salesOrders = 0;
  let awaitingPayment = 0;
  let toFulfil = 0;
  for (const order of orders) {
    if (order.status === 'PENDING_PAYMENT') awaitingPayment += 1;
    if (order.status === 'PAID' || order.status === 'FULFILLING') toFulfil += 1;
    if (!order.paidAt || CLOSED.includes(order.status)) continue;
    for (const line of order.lines) {
      if (!line.productId) continue; // bus tickets and other lines that are not catalogue products
      const entry = units.get(line.productId) ?? { title: line.title, units: 0 };
      entry.units += line.quantity - line.refundedQuantity;
      units.set(line.productId, entry);
    }
    if (Date.parse(order.paidAt) < since) continue;
    salesOrders += 1;
    for (const v of order.vendorOrders) for (const part of [v.subtotal, v.shipping, v.tax]) addTo(sales, part.currency, part.amount);
  }
  const top = [...units.values()].filter((p) => p.units > 0).sort((a, b) => b.units - a.units || a.title.localeCompare(b.title)).slice(0, TOP_PRODUCTS);
  return { sales, salesOrders, awaitingPayment, toFulfil, top };
}
