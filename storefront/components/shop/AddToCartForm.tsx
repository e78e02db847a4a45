import { addToCart } from '../../lib/shop/cart-actions';
import './shop.css';
import { t } from '../../lib/messages';
import type { StorefrontKind } from '../../lib/tenant';

/**
 * "Add to cart" on the product page: a plain form posting to a server action (no client component, so
 * the page's JavaScript budget is untouched and it works without JavaScript); the shopper lands on the cart.
 */
export function AddToCartForm({ kind, slug, variantId, available }: { kind: StorefrontKind; slug: string; variantId: string; available: boolean }) {
  if (!available) return null;
  return (
    <form action={addToCart.bind(null, kind, slug)} className="line-form add-to-cart">
      <input type="hidden" name="variantId" value={variantId} />
      <div className="field" style={{ width: '6rem' }}>
        <label htmlFor="add-quantity">{t('shop.cart.quantity')}</label>
        <input id="add-quantity" name="quantity" type="number" inputMode="numeric" min={1} max={999} defaultValue={1} required />
      </div>
      <button type="submit">{t('shop.cart.add')}</button>
    </form>
  );
}
