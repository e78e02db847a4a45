import type { Metadata } from 'next';
import { updateCartLine } from '../../../lib/shop/cart-actions';
import { getCart } from '../../../lib/shop/shopper';
import { t } from '../../../lib/messages';
import type { StorefrontKind } from '../../../lib/tenant';
import { pageContext } from '../../pages/context';
import { cartLineViews, LineSummary, money, type CartLineView } from '../CartLines';
import { CouponBox, couponDiscount, PromotionLines } from '../CouponBox';
import { formatMoney } from '../../../lib/money';
import { errorMessage, param } from '../messages';
import { ct } from '../../../lib/coupons/messages';
import '../shop.css';

type Params = Record<string, string | string[] | undefined>;

/**
 * The cart: lines with today's prices from commerce's quote (never added up here), quantity and remove
 * forms (plain POSTs), the split by seller on a marketplace, and the way to checkout.
 */
export async function CartPage({ kind, slug, params }: { kind: StorefrontKind; slug: string; params: Params }) {
  const ctx = await pageContext(kind, slug);
  const cart = await getCart(slug);
  const error = param(params.error);
  const notice = param(params.added) ? t('shop.cart.added') : param(params.updated) ? t('shop.cart.updated') : param(params.removed) ? t('shop.cart.removed') : null;
  const lines = cart ? cartLineViews(cart) : [];
  const sellable = lines.some((l) => l.quote.sellable);

  return (
    <div className="shop-page">
      <h1>{t('shop.cart.title')}</h1>
      {error && (
        <p role="alert" className="alert">
          {errorMessage(error)}
        </p>
      )}
      {notice && !error && (
        <p role="status" className="ok-notice">
          {notice}
        </p>
      )}
      {!cart || lines.length === 0 ? (
        <p className="empty">
          {t('shop.cart.empty')} <a href={ctx.base || '/'}>{t('shop.cart.keepShopping')}</a>
        </p>
      ) : (
        <div className="two-columns">
          <section aria-labelledby="cart-lines-title" className="card">
            <h2 id="cart-lines-title" className="visually-hidden">
              {t('shop.cart.items')}
            </h2>
            {kind === 'm' && cart.quote.vendors.length > 0 ? (
              <>
                <p className="hint">{t('shop.cart.splitHint', { count: cart.quote.vendors.length })}</p>
                {cart.quote.vendors.map((group) => (
                  <section key={group.vendorId} className="vendor-group" aria-labelledby={`vendor-${group.vendorId}`}>
                    <h2 id={`vendor-${group.vendorId}`}>{t('shop.cart.soldBy', { vendor: group.vendorName })}</h2>
                    <Lines lines={lines.filter((l) => group.lines.some((g) => g.variantId === l.quote.variantId))} kind={kind} slug={slug} base={ctx.base} />
                    <p>{t('shop.cart.vendorTotal', { vendor: group.vendorName, total: money(group.total) })}</p>
                  </section>
                ))}
                {lines.some((l) => !l.quote.sellable) && <Lines lines={lines.filter((l) => !l.quote.sellable)} kind={kind} slug={slug} base={ctx.base} />}
              </>
            ) : (
              <Lines lines={lines} kind={kind} slug={slug} base={ctx.base} />
            )}
          </section>
          <section aria-labelledby="cart-summary-title" className="card">
            <h2 id="cart-summary-title">{t('shop.cart.summary')}</h2>
            <dl className="totals">
              <div>
                <dt>{t('shop.totals.itemsExclVat')}</dt>
                <dd>{money(cart.quote.subtotal)}</dd>
              </div>
              <div>
                <dt>{t('shop.totals.vat')}</dt>
                <dd>{money(cart.quote.tax)}</dd>
              </div>
              <div className="grand">
                <dt>{t('shop.totals.itemsTotal')}</dt>
                <dd>{money(cart.quote.total)}</dd>
              </div>
            </dl>
            <PromotionLines cart={cart} />
            <CouponBox cart={cart} kind={kind} slug={slug} back="cart" error={param(params.couponError)} notice={param(params.coupon)} />
            {couponDiscount(cart) > 0n && (
              <dl className="totals">
                <div className="grand" data-testid="total-after-coupon">
                  <dt>{ct('coupons.shop.totalAfter')}</dt>
                  <dd>{formatMoney({ amount: (BigInt(cart.quote.total.amount) - couponDiscount(cart)).toString(), currency: cart.quote.total.currency })}</dd>
                </div>
              </dl>
            )}
            <p className="hint">{t('shop.cart.shippingLater')}</p>
            {sellable && (
              <p>
                <a className="button" href={`${ctx.base}/checkout`}>
                  {t('shop.cart.checkout')}
                </a>
              </p>
            )}
          </section>
        </div>
      )}
    </div>
  );
}

function Lines({ lines, kind, slug, base }: { lines: CartLineView[]; kind: StorefrontKind; slug: string; base: string }) {
  return (
    <ul className="shop-lines">
      {lines.map((line) => {
        const id = `qty-${line.quote.variantId}`;
        return (
          <li key={line.quote.variantId} className="shop-line">
            <LineSummary line={line} base={base} />
            <form action={updateCartLine.bind(null, kind, slug, line.quote.variantId)} className="line-form" style={{ gridColumn: '2' }}>
              <div className="field">
                <label htmlFor={id}>{t('shop.cart.quantity')}</label>
                <input id={id} name="quantity" type="number" inputMode="numeric" min={1} max={999} defaultValue={line.quote.quantity} required aria-describedby={`${id}-item`} />
                <span id={`${id}-item`} className="visually-hidden">
                  {line.productTitle}
                </span>
              </div>
              <button type="submit" className="secondary">
                {t('shop.cart.update')}
              </button>
              <button type="submit" name="remove" value="1" className="secondary" formNoValidate aria-label={t('shop.cart.removeItem', { item: line.productTitle })}>
                {t('shop.cart.remove')}
              </button>
            </form>
          </li>
        );
      })}
    </ul>
  );
}

export const cartMetadata: Metadata = { title: t('shop.cart.title'), robots: { index: false, follow: false } };
