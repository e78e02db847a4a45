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

/** A coupon's rules as commerce gives them (`posCouponRules`): what the till applied offline. */
export interface CouponRule {
  kind: 'PERCENTAGE' | 'FIXED_AMOUNT' | 'FREE_SHIPPING';
  percentBps: number | null;
  amount: bigint | null;
  currency: string;
  minimumSpend: bigint | null;
  productIds: string[];
  categoryIds: string[];
  vendorIds: string[];
  startsAt: string | null;
  endsAt: string | null;
}

export interface CouponLine {
  productId: string | null;
  categoryId: string | null;
  vendorId: string | null;
  /** The line's goods after the cashier's own discounts, as the shop states prices. */
  stated: bigint;
}

export type CouponOutcome =
  | { ok: true; shares: bigint[]; discount: bigint }
  | { ok: false; reason: 'NOT_STARTED' | 'EXPIRED' | 'FREE_SHIPPING' | 'NOT_APPLICABLE' | 'MINIMUM_NOT_MET'; short?: bigint };

/** `a / b` rounded half-up (a ≥ 0, b > 0). */
const divHalfUp = (a: bigint, b: bigint) => (a * 2n + b) / (b * 2n);

/**
 * The coupon's discount on a sale's lines at the time it was sold (decision 0071): commerce's online
 * arithmetic (decision 0057). The till (storefront/lib/pos/sale-math.ts couponShares) does the same; a test
 * keeps the two equal.
 */
export function couponShares(rule: CouponRule, currency: string, lines: CouponLine[], at: Date): CouponOutcome {
  if (rule.startsAt && new Date(rule.startsAt) > at) return { ok: false, reason: 'NOT_STARTED' };
  if (rule.endsAt && new Date(rule.endsAt) <= at) return { ok: false, reason: 'EXPIRED' };
  if (rule.kind === 'FREE_SHIPPING') return { ok: false, reason: 'FREE_SHIPPING' };
  const everything = rule.productIds.length === 0 && rule.categoryIds.length === 0 && rule.vendorIds.length === 0;
  const eligible = lines.map(
    (l) =>
      everything ||
      (l.productId !== null && rule.productIds.includes(l.productId)) ||
      (l.categoryId !== null && rule.categoryIds.includes(l.categoryId)) ||
      (l.vendorId !== null && rule.vendorIds.includes(l.vendorId)),
  );
  if (!eligible.some(Boolean) || rule.currency !== currency) return { ok: false, reason: 'NOT_APPLICABLE' };
  const goods = lines.reduce((s, l) => s + l.stated, 0n);
  if (rule.minimumSpend !== null && goods < rule.minimumSpend) return { ok: false, reason: 'MINIMUM_NOT_MET', short: rule.minimumSpend - goods };
  const weights = lines.map((l, i) => (eligible[i] && l.stated > 0n ? l.stated : 0n));
  const base = weights.reduce((s, w) => s + w, 0n);
  const whole = rule.kind === 'PERCENTAGE' ? divHalfUp(base * BigInt(rule.percentBps ?? 0), 10_000n) : (rule.amount ?? 0n) < base ? (rule.amount ?? 0n) : base;
  const total = base;
  let before = 0n;
  let running = 0n;
  const shares = weights.map((w) => {
    if (total === 0n) return 0n;
    running += w;
    const upTo = running === total ? whole : divHalfUp(whole * running, total);
    const part = upTo - before;
    before = upTo;
    return part;
  });
  return { ok: true, shares, discount: whole };
}
