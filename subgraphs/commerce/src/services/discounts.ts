/**
 * The discounts step of checkout: the extension point for coupons and promotions. A source looks at the
 * priced order and the coupon code and returns amounts to take off lines' tax-exclusive subtotals; none
 * is registered yet, so a coupon code is refused (COUPON_INVALID) and orders carry a zero discount; the
 * storefront shows no coupon field until a shop has coupons (issue 10: a field that refused every code). A source
 * added here must keep three rules: a line never goes below zero, the discount is recorded on the order
 * (`Order.discount`), and `commerce.order.paid` reports vendor subtotals after discounts (kit events.ts `OrderPaidPayload`).
 */
import { DomainError, ErrorCode } from '@webwaka/kit';

export interface DiscountRequest {
  tenantId: string;
  couponCode: string | null;
  customerUserId: string | null;
  lines: { variantId: string; quantity: number; subtotal: bigint }[];
}

export interface LineDiscount {
  lineIndex: number;
  amount: bigint;
  /** What the customer sees, e.g. the coupon code. */
  label: string;
}

export interface DiscountSource {
  name: string;
  /** The code this source recognises, if it is coupon-driven. */
  recognises(code: string): boolean;
  discounts(request: DiscountRequest): Promise<LineDiscount[]>;
}

/** Registered sources (none yet: see the module comment). */
export const DISCOUNT_SOURCES: DiscountSource[] = [];

/** Runs the step: the discounts that apply, or COUPON_INVALID for a coupon nobody recognises. */
export async function discountsFor(request: DiscountRequest, sources: DiscountSource[] = DISCOUNT_SOURCES): Promise<LineDiscount[]> {
  if (request.couponCode && !sources.some((s) => s.recognises(request.couponCode!))) {
    throw new DomainError(ErrorCode.COUPON_INVALID, `This shop does not accept the coupon "${request.couponCode}"`, ['couponCode']);
  }
  const all = (await Promise.all(sources.map((s) => s.discounts(request)))).flat();
  if (all.length) throw new Error('Discount sources must be wired into order pricing before they are registered');
  return all;
}
