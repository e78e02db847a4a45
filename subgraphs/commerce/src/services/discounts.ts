/**
 * The discounts step of checkout, two sources in this order (decision 0061): automatic promotions
 * (promotions.ts) on the price after sale prices, then a coupon (coupons.ts) on what is left. It looks at
 * the priced lines and the coupon code and returns what comes off each line as the shop states prices, or refuses the code
 * with its stable error (COUPON_INVALID, COUPON_EXPIRED, COUPON_USED_UP, COUPON_NOT_APPLICABLE,
 * COUPON_MINIMUM_NOT_MET; field `couponCode`). pricing.ts keeps the three rules: a line never goes below
 * zero, the discount is recorded on the order (`Order.discount`), and `commerce.order.paid` reports vendor
 * subtotals after discounts (kit events.ts `OrderPaidPayload`).
 */
import { DomainError, ErrorCode, type PrismaClient } from '@webwaka/kit';
import { allocate, checkCustomerLimit, usableCoupon, type Coupon, type CouponLine, type Customer } from './coupons';
import { sum } from './money';
import { activePromotions, applyPromotions, type PromotionApplied } from './promotions';

/** A priced line: what coupons look at, and what promotions count (variant and quantity). */
export type DiscountLine = CouponLine & { variantId?: string | null; quantity?: number };

export interface DiscountRequest {
  tenantId: string;
  couponCode: string | null;
  currency: string;
  customer: Customer;
  lines: DiscountLine[];
  /** POS and MVM orders: MVM promotions are the marketplace's (see promotions' funding in decision 0061). */
  channel?: 'SVM' | 'MVM' | 'POS';
}

export interface AppliedDiscount {
  coupon: Coupon | null;
  /** The promotions that apply, with what each takes off (the discount's labels: their names). */
  promotions: PromotionApplied[];
  /** Per line, off its stated amount (promotions and coupon together). */
  lineDiscounts: bigint[];
  /** Per line, the part of `lineDiscounts` a vendor's own promotions take (the vendor funds it, decision 0067). */
  vendorLineDiscounts: bigint[];
  /** Per line, whether the coupon covers it (FREE_SHIPPING waives the shipping of vendor orders holding one). */
  eligible: boolean[];
  freeShipping: boolean;
}

export async function discountsFor(db: Pick<PrismaClient, 'coupon' | 'couponRedemption' | 'promotion'>, request: DiscountRequest): Promise<AppliedDiscount> {
  const rules = await activePromotions(db, request.tenantId, request.currency);
  const promoted = applyPromotions(rules, request.currency, request.lines.map((l) => ({ variantId: l.variantId ?? null, productId: l.productId, vendorId: l.vendorId ?? null, quantity: l.quantity ?? 1, stated: l.stated })));
  // Only a marketplace's vendors have promotions of their own; in a store every promotion is the store's.
  const vendorLineDiscounts = request.lines.map((_, i) => (request.channel === 'MVM' ? sum(promoted.applied.filter((a) => a.vendorId).map((a) => a.lineDiscounts[i])) : 0n));
  const none = { coupon: null, promotions: promoted.applied, lineDiscounts: promoted.lineDiscounts, vendorLineDiscounts, eligible: request.lines.map(() => false), freeShipping: false };
  if (!request.couponCode) return none;
  const coupon = await usableCoupon(db, request.tenantId, request.couponCode);
  await checkCustomerLimit(db, coupon, request.customer);
  // A marketplace funds its own promotions; the order has one funder for the discount vendors do not fund
  // themselves, so a coupon someone else funds does not combine with a marketplace promotion there (decision
  // 0061). A vendor's own promotion combines with any coupon: the vendor funds its part (decision 0067).
  const marketplaces = promoted.applied.filter((a) => !a.vendorId);
  if (request.channel === 'MVM' && marketplaces.length > 0 && coupon.fundedBy !== 'MARKETPLACE') {
    throw new DomainError(ErrorCode.COUPON_NOT_APPLICABLE, `The coupon ${coupon.code} does not combine with the promotion ${marketplaces[0].promotion.name}`, ['couponCode']);
  }
  // The coupon on what is left after promotions (its minimum spend too).
  const left = request.lines.map((l, i) => ({ ...l, stated: l.stated - promoted.lineDiscounts[i] }));
  const c = allocate(coupon, request.currency, left);
  return { coupon, promotions: promoted.applied, ...c, lineDiscounts: c.lineDiscounts.map((d, i) => d + promoted.lineDiscounts[i]), vendorLineDiscounts };
}
