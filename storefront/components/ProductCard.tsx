import type { ProductCardFragment } from '../gql/graphql';
import { t } from '../lib/messages';
import { safeImageUrl } from '../lib/tenant';
import { MediaImage } from './MediaImage';
import { FromPrice } from './Price';

/** Square product images: the card and gallery reserve this box, so nothing moves while images load. */
export const CARD_IMAGE_SIZE = 320;

export function ProductCard({ product, href, showVendor }: { product: ProductCardFragment; href: string; showVendor: boolean }) {
  const image = [...product.media].sort((a, b) => a.position - b.position).map((m) => safeImageUrl(m.url)).find(Boolean);
  return (
    <article className="product-card">
      <a href={href} className="product-card-link">
        {image ? (
          // The box is reserved by width/height; an upload picks its smallest fitting variant.
          <MediaImage src={image} sizes="(min-width: 48rem) 25vw, 50vw" alt="" width={CARD_IMAGE_SIZE} height={CARD_IMAGE_SIZE} loading="lazy" decoding="async" className="product-card-image" />
        ) : (
          <span className="product-card-image placeholder" aria-hidden="true">
            {product.title.slice(0, 1)}
          </span>
        )}
        <h3 className="product-card-title">{product.title}</h3>
      </a>
      {showVendor && <p className="product-card-vendor">{t('product.by', { vendor: product.vendor.name })}</p>}
      <p className="product-card-price">
        <FromPrice variants={product.variants} />
      </p>
      {product.availableForSale === false && <p className="badge badge-muted">{t('product.outOfStock')}</p>}
    </article>
  );
}

export function ProductGrid({ products, base, showVendor, label }: { products: ProductCardFragment[]; base: string; showVendor: boolean; label: string }) {
  return (
    <ul className="product-grid" aria-label={label}>
      {products.map((p) => (
        <li key={p.id}>
          <ProductCard product={p} href={`${base}/p/${encodeURIComponent(p.slug)}`} showVendor={showVendor} />
        </li>
      ))}
    </ul>
  );
}
