/**
 * The arithmetic a till does offline, checked again at sync: integer minor units only.
 * - A line is `unitPrice × quantity − discount` (its net), in the catalogue's tax mode: with VAT inclusive
 *   the tax is the part of the net that is VAT; exclusive, it is added on top. Rounded half-up once per line,
 *   as catalog's pricing does.
 * - An order-level discount is spread over the lines by the till before tax (largest remainder), so every
 *   line carries its share and the sale's discount is the sum of the lines'.
 * - Tenders pay the total; only cash gives change.
 */

/** `n × bps / 10000` rounded half-up (n ≥ 0). */
export function applyBps(n: bigint, bps: number): bigint {
  return (n * BigInt(bps) * 2n + 10_000n) / 20_000n;
}

/** The VAT inside a tax-inclusive amount: `gross × rate / (10000 + rate)`, rounded half-up. */
export function inclusiveTax(gross: bigint, rateBps: number): bigint {
  const denominator = BigInt(10_000 + rateBps);
  return (gross * BigInt(rateBps) * 2n + denominator) / (2n * denominator);
}

export interface LineAmounts {
  unitPrice: bigint;
  quantity: number;
  discount: bigint;
}

/** A line's tax and what the customer pays for it (tax included). */
export function lineTotals(line: LineAmounts, taxInclusive: boolean, taxRateBps: number): { net: bigint; tax: bigint; total: bigint } {
  const net = line.unitPrice * BigInt(line.quantity) - line.discount;
  if (taxInclusive) return { net, tax: inclusiveTax(net, taxRateBps), total: net };
  const tax = applyBps(net, taxRateBps);
  return { net, tax, total: net + tax };
}

/** Splits `amount` over `weights` in proportion, largest remainder first (the parts add up to amount exactly). */
export function spread(amount: bigint, weights: bigint[]): bigint[] {
  const whole = weights.reduce((a, b) => a + b, 0n);
  if (whole === 0n) return weights.map(() => 0n);
  const parts = weights.map((w) => (amount * w) / whole);
  let left = amount - parts.reduce((a, b) => a + b, 0n);
  const order = weights.map((w, i) => ({ i, r: (amount * w) % whole })).sort((a, b) => (b.r === a.r ? a.i - b.i : b.r > a.r ? 1 : -1));
  for (const { i } of order) {
    if (left <= 0n) break;
    parts[i] += 1n;
    left -= 1n;
  }
  return parts;
}

/** The largest share of the goods' value given away, in basis points (rounded up: 10.01% is over a 10% limit). */
export function discountBps(gross: bigint, discount: bigint): number {
  if (gross <= 0n || discount <= 0n) return 0;
  return Number((discount * 10_000n + gross - 1n) / gross);
}
