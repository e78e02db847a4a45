import type { ShopCart } from '../../lib/shop/shopper';
import { applyCoupon, removeCoupon } from '../../lib/coupons/shop-actions';
import { ct, type CouponMessageKey } from '../../lib/coupons/messages';
import type { StorefrontKind } from '../../lib/tenant';
import { money } from './CartLines';

const KNOWN = ['COUPON_INVALID', 'COUPON_EXPIRED', 'COUPON_USED_UP', 'COUPON_MINIMUM_NOT_MET', 'COUPON_NOT_APPLICABLE'];

/** A refused coupon's message for the shopper. */
export function couponError(code: string): string {
  return KNOWN.includes(code) ? ct(`coupons.shop.error.${code}` as CouponMessageKey) : ct('coupons.shop.error.other');
}

/** What the cart's automatic promotions and coupon take off the goods now (0 when none applies). */
export function couponDiscount(cart: ShopCart): bigint {
  const promotions = cart.promotions.reduce((a, p) => a + BigInt(p.discount.amount), 0n);
  return promotions + (cart.coupon && !cart.coupon.problem ? BigInt(cart.coupon.discount.amount) : 0n);
}

/** The automatic promotions the cart gets (decision 0061), each labelled by its name; nothing when none. */
export function PromotionLines({ cart }: { cart: ShopCart }) {
  if (cart.promotions.length === 0) return null;
  return (
    <dl className="totals" data-testid="promotions">
      {cart.promotions.map((p) => (
        <div key={p.name}>
          <dt>{p.name}</dt>
          <dd>−{money(p.discount)}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The coupon field (decision 0057): shown only when the shop has a coupon in force or the cart holds one
 * (a shop without coupons shows no field). The applied coupon is a line with its discount and a button to
 * remove it; a refusal is an alert next to the field. Plain forms: they work without JavaScript.
 */
export function CouponBox({ cart, kind, slug, back, error, notice }: { cart: ShopCart; kind: StorefrontKind; slug: string; back: 'cart' | 'checkout'; error: string; notice: string }) {
  if (!cart.couponsAccepted && !cart.coupon) return null;
  const c = cart.coupon;
  return (
    <section aria-labelledby={`coupon-${back}`} className="coupon-box">
      <h3 id={`coupon-${back}`}>{ct('coupons.shop.title')}</h3>
      {error && (
        <p role="alert" className="alert" id={`coupon-error-${back}`}>
          {couponError(error)}
        </p>
      )}
      {notice === 'applied' && !error && (
        <p role="status" className="ok-notice">
          {ct('coupons.shop.applied')}
        </p>
      )}
      {notice === 'removed' && !error && (
        <p role="status" className="ok-notice">
          {ct('coupons.shop.removed')}
        </p>
      )}
      {c ? (
        <>
          {c.problem ? (
            <p role="alert" className="alert" data-testid="coupon-problem">
              {ct('coupons.shop.notNow', { code: c.code, reason: couponError(c.problem.code) })}
            </p>
          ) : (
            <dl className="totals">
              <div data-testid="coupon-discount">
                <dt>{c.freeShipping ? ct('coupons.shop.freeShipping', { code: c.code }) : ct('coupons.shop.discount', { code: c.code })}</dt>
                {!c.freeShipping && <dd>−{money(c.discount)}</dd>}
              </div>
            </dl>
          )}
          <form action={removeCoupon.bind(null, kind, slug, back)}>
            <button type="submit" className="secondary" aria-label={ct('coupons.shop.remove', { code: c.code })}>
              {ct('coupons.shop.removeButton')}
            </button>
          </form>
        </>
      ) : (
        <form action={applyCoupon.bind(null, kind, slug, back)} className="line-form">
          <div className="field">
            <label htmlFor={`coupon-code-${back}`}>{ct('coupons.shop.label')}</label>
            <input id={`coupon-code-${back}`} name="couponCode" autoComplete="off" autoCapitalize="characters" maxLength={64} required aria-invalid={error ? true : undefined} aria-describedby={error ? `coupon-error-${back}` : undefined} />
          </div>
          <button type="submit" className="secondary">
            {ct('coupons.shop.apply')}
          </button>
        </form>
      )}
    </section>
  );
}
