import type { MoneyValue } from '../money';

/**
 * An order's money breakdown, the one source the order page shows (issue 10: it showed shipping without
 * VAT where checkout had shown the shipping fee with VAT). Shipping is shown the way the shop states
 * shipping fees at checkout, like its catalogue prices: with its VAT in a tax-inclusive shop (the VAT line
 * then covers the items only), before VAT in a tax-exclusive one (the VAT line covers everything). Either
 * way the lines add up to the total, exactly (integer minor units).
 */
export interface OrderTotalsInput {
  currency: string;
  taxInclusive: boolean;
  /** Goods after discounts, VAT excluded. */
  subtotal: MoneyValue;
  discount: MoneyValue;
  /** VAT excluded. */
  shipping: MoneyValue;
  /** Goods VAT plus shipping VAT. */
  tax: MoneyValue;
  total: MoneyValue;
  lines: { tax: MoneyValue }[];
}

export interface OrderTotals {
  itemsExclVat: MoneyValue;
  discount: MoneyValue | null;
  shipping: MoneyValue;
  /** Whether `shipping` includes its VAT. */
  shippingInclVat: boolean;
  vat: MoneyValue;
  /** Whether `vat` is the items' VAT only (the shipping's is inside `shipping`). */
  vatOnItemsOnly: boolean;
  total: MoneyValue;
}

export function orderTotals(order: OrderTotalsInput): OrderTotals {
  const m = (amount: bigint): MoneyValue => ({ amount: amount.toString(), currency: order.currency });
  const itemsTax = order.lines.reduce((sum, l) => sum + BigInt(l.tax.amount), 0n);
  const shippingTax = BigInt(order.tax.amount) - itemsTax;
  const inclusive = order.taxInclusive;
  return {
    itemsExclVat: order.subtotal,
    discount: order.discount.amount === '0' ? null : order.discount,
    shipping: inclusive ? m(BigInt(order.shipping.amount) + shippingTax) : order.shipping,
    shippingInclVat: inclusive,
    vat: inclusive ? m(itemsTax) : order.tax,
    vatOnItemsOnly: inclusive,
    total: order.total,
  };
}
