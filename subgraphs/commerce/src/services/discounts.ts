/**
 * The discounts step of checkout: today coupons (coupons.ts), the one source. It looks at the priced lines
 * and the coupon code and returns what comes off each line as the shop states prices, or refuses the code
 * with its stable error (COUPON_INVALID, COUPON_EXPIRED, COUPON_USED_UP, COUPON_NOT_APPLICABLE,
 * COUPON_MINIMUM_NOT_MET; field `couponCode`). pricing.ts keeps the three rules: a line never goes below
 * zero, the discount is recorded on the order (`Order.discount`), and `commerce.order.paid` reports vendor
 * subtotals after discounts (kit events.ts `OrderPaidPayload`).
 */
import type { PrismaClient } from '@webwaka/kit';
import { allocate, checkCustomerLimit, usableCoupon, type Coupon, type CouponLine, type Customer } from './coupons';

export interface DiscountRequest {
  tenantId: string;
  couponCode: string | null;
  currency: string;
  customer: Customer;
  lines: CouponLine[];
}

export interface AppliedDiscount {
  coupon: Coupon | null;
  /** Per line, off its stated amount. */
  lineDiscounts: bigint[];
  /** Per line, whether the coupon covers it (FREE_SHIPPING waives the shipping of vendor orders holding one). */
  eligible: boolean[];
  freeShipping: boolean;
}

export async function discountsFor(db: Pick<PrismaClient, 'coupon' | 'couponRedemption'>, request: DiscountRequest): Promise<AppliedDiscount> {
  const none = { coupon: null, lineDiscounts: request.lines.map(() => 0n), eligible: request.lines.map(() => false), freeShipping: false };
  if (!request.couponCode) return none;
  const coupon = await usableCoupon(db, request.tenantId, request.couponCode);
  await checkCustomerLimit(db, coupon, request.customer);
  return { coupon, ...allocate(coupon, request.currency, request.lines) };
}
