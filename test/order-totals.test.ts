// The order page's money breakdown (issue 10: it showed shipping without VAT where checkout had shown the
// shipping fee with VAT). Orders are priced here with commerce's own tax split (money.ts taxOf, as
// pricing.ts applies it to goods and to the shipping fee); the breakdown must show the shipping fee the
// shopper saw at checkout (the rate as the shop states it) and add up to the total exactly.
import { taxOf } from '../subgraphs/commerce/src/services/money';
import { orderTotals } from '../storefront/lib/shop/order-totals';

const NGN = (amount: bigint) => ({ amount: amount.toString(), currency: 'NGN' });

/** An order of some goods (per line, as stated) plus a shipping fee (as stated), priced like commerce does. */
function priced(goods: bigint[], fee: bigint, taxInclusive: boolean, taxShipping = true, bps = 750) {
  const lines = goods.map((g) => taxOf(g, bps, taxInclusive));
  const ship = taxShipping ? taxOf(fee, bps, taxInclusive) : { tax: 0n, exclTax: fee };
  const subtotal = lines.reduce((s, l) => s + l.exclTax, 0n);
  const tax = lines.reduce((s, l) => s + l.tax, 0n) + ship.tax;
  return {
    currency: 'NGN',
    taxInclusive,
    subtotal: NGN(subtotal),
    discount: NGN(0n),
    shipping: NGN(ship.exclTax),
    tax: NGN(tax),
    total: NGN(subtotal + ship.exclTax + tax),
    lines: lines.map((l) => ({ tax: NGN(l.tax) })),
  };
}

const add = (...amounts: { amount: string }[]) => amounts.reduce((s, a) => s + BigInt(a.amount), 0n);

test.each([
  ['tax-inclusive shop', true, true],
  ['tax-exclusive shop', false, true],
  ['shop that does not tax shipping', true, false],
])('%s: shipping is the fee shown at checkout, and the lines add up to the total', (_name, inclusive, taxShipping) => {
  const fee = 150_000n;
  const order = priced([1_075_000n, 333_333n, 99n], fee, inclusive, taxShipping);
  const totals = orderTotals(order);
  expect(totals.shipping).toEqual(NGN(fee));
  expect(add(totals.itemsExclVat, totals.vat, totals.shipping)).toBe(BigInt(order.total.amount));
  expect(totals.total).toEqual(order.total);
});

test('in a tax-inclusive shop the VAT line is the items\' VAT and shipping carries its own', () => {
  const order = priced([1_075_000n], 150_000n, true);
  const totals = orderTotals(order);
  expect(totals).toMatchObject({ shippingInclVat: true, vatOnItemsOnly: true, vat: NGN(75_000n), itemsExclVat: NGN(1_000_000n) });
  // The old page showed the fee without its VAT (₦1,395.35 for a ₦1,500 fee).
  expect(order.shipping).toEqual(NGN(139_535n));
});
