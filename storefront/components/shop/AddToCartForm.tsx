import './shop.css';
import { t } from '../../lib/messages';

/**
 * "Add to cart" on the product page: a plain form posting to the shop's `cart/add` route (no client
 * component and no server action, so the page ships no JavaScript for it and it works without JavaScript);
 * the shopper lands on the cart. `base` is the shop's link prefix ('' on a custom domain).
 */
export function AddToCartForm({ base, variantId, available }: { base: string; variantId: string; available: boolean }) {
  if (!available) return null;
  return (
    <form action={`${base}/cart/add`} method="post" className="line-form add-to-cart">
      <input type="hidden" name="variantId" value={variantId} />
      <div className="field" style={{ width: '6rem' }}>
        <label htmlFor="add-quantity">{t('shop.cart.quantity')}</label>
        <input id="add-quantity" name="quantity" type="number" inputMode="numeric" min={1} max={999} defaultValue={1} required />
      </div>
      <button type="submit">{t('shop.cart.add')}</button>
    </form>
  );
}
