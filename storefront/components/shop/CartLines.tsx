import type { ShopQuoteLineFragment } from '../../gql/graphql';
import { formatMoney, type MoneyValue } from '../../lib/money';
import { t } from '../../lib/messages';
import { safeImageUrl } from '../../lib/tenant';
import { mediaFile } from '../MediaImage';
import type { ShopCart } from '../../lib/shop/shopper';

export type CartLineView = {
  quote: ShopQuoteLineFragment;
  productSlug: string | null;
  productTitle: string;
  variantTitle: string;
  image: { url: string; alt: string } | null;
};

/** Quote lines (commerce's prices) with what the page needs to show them (product link, image). */
export function cartLineViews(cart: ShopCart): CartLineView[] {
  const byVariant = new Map(cart.lines.map((l) => [l.variantId, l]));
  return cart.quote.lines.map((quote) => {
    const line = byVariant.get(quote.variantId);
    const product = line?.variant.product;
    const media = [...(product?.media ?? [])].sort((a, b) => a.position - b.position)[0];
    const url = safeImageUrl(media?.url);
    return {
      quote,
      productSlug: product?.slug ?? null,
      productTitle: product?.title ?? quote.title ?? quote.sku ?? t('shop.cart.unknownItem'),
      variantTitle: line?.variant.title ?? '',
      image: url ? { url: mediaFile(url, 320), alt: media?.alt ?? '' } : null,
    };
  });
}

export const money = (value: MoneyValue | null | undefined) => (value ? formatMoney(value) : '—');

/** A line's picture (or its initial), its title linking to the product, and what it costs. */
export function LineSummary({ line, base }: { line: CartLineView; base: string }) {
  const { quote } = line;
  return (
    <>
      {line.image ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img src={line.image.url} alt="" width={64} height={64} loading="lazy" decoding="async" />
      ) : (
        <span className="thumb-placeholder" aria-hidden="true">
          {line.productTitle.slice(0, 1)}
        </span>
      )}
      <div>
        <h3>{line.productSlug ? <a href={`${base}/p/${encodeURIComponent(line.productSlug)}`}>{line.productTitle}</a> : line.productTitle}</h3>
        {line.variantTitle && line.variantTitle !== line.productTitle && <p className="hint">{line.variantTitle}</p>}
        {quote.sku && <p className="hint">{t('product.sku', { sku: quote.sku })}</p>}
        {quote.sellable ? (
          <p>
            {t('shop.cart.lineTotal', { quantity: quote.quantity, unit: money(quote.unitPrice), total: money(quote.total) })}
          </p>
        ) : (
          <p className="alert">{t('shop.cart.unsellable')}</p>
        )}
      </div>
    </>
  );
}
