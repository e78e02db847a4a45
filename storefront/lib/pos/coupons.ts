// Coupons at the till (decision 0071), pure: the cashier types a code, the till hashes it and finds the rule
// in its snapshot (which holds no plain codes), then works the discount out as checkout does
// (sale-math.ts couponShares) on what the cashier's own discounts leave of each line. The pos subgraph checks
// the same arithmetic at sync. Tested in test/pos-coupons.test.ts.
import { couponShares, saleTotals, type CouponOutcome, type CouponRule, type LineInput, type SaleTotals } from './sale-math';
import type { TillCoupon, TillItem } from './till';

export const ruleOf = (c: TillCoupon): CouponRule => ({
  ...c,
  amount: c.amount === null ? null : BigInt(c.amount),
  minimumSpend: c.minimumSpend === null ? null : BigInt(c.minimumSpend),
});

/** The snapshot's coupon whose code hashes to `hash`, or null (no such code, or not for tills). */
export const couponByHash = (coupons: TillCoupon[] | undefined, hash: string): TillCoupon | null => (coupons ?? []).find((c) => c.codeHash === hash) ?? null;

/**
 * A sale's totals with a coupon: the cashier's discounts first, then the coupon's shares. The outcome says
 * why a coupon does not apply (its shares are then nothing and the totals are the cashier's).
 */
export function totalsWithCoupon(
  lines: LineInput[],
  items: Pick<TillItem, 'productId' | 'categoryId' | 'vendorId'>[],
  orderDiscount: bigint,
  coupon: TillCoupon | null,
  currency: string,
  at: Date,
): { totals: SaleTotals; outcome: CouponOutcome | null } {
  const base = saleTotals(lines, orderDiscount);
  if (!coupon) return { totals: base, outcome: null };
  const outcome = couponShares(
    ruleOf(coupon),
    currency,
    base.lines.map((l, i) => ({ productId: items[i].productId, categoryId: items[i].categoryId ?? null, vendorId: items[i].vendorId ?? null, stated: l.gross - l.discount })),
    at,
  );
  return { totals: outcome.ok ? saleTotals(lines, orderDiscount, outcome.shares) : base, outcome };
}
