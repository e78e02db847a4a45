import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getProduct } from '../../lib/catalog';
import { t } from '../../lib/messages';
import { breadcrumbJsonLd, productJsonLd } from '../../lib/seo';
import { safeImageUrl, type StorefrontKind } from '../../lib/tenant';
import { optionGroups, selectVariant } from '../../lib/variants';
import { Breadcrumbs } from '../Breadcrumbs';
import { MediaImage, mediaFile } from '../MediaImage';
import { JsonLd } from '../JsonLd';
import { Price } from '../Price';
import { AddToCartForm } from '../shop/AddToCartForm';
import { SubscribeOption } from '../shop/subscriptions/SubscribeOption';
import { metadataContext, pageContext } from './context';

export const GALLERY_IMAGE_SIZE = 640;
const THUMB_SIZE = 96;

const label = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const productPath = (slug: string) => `/p/${encodeURIComponent(slug)}`;

/** Readable product attributes (name → value or values); anything else in the JSON is skipped. */
function attributeRows(attributes: unknown): [string, string][] {
  if (!attributes || typeof attributes !== 'object' || Array.isArray(attributes)) return [];
  return Object.entries(attributes as Record<string, unknown>).flatMap(([name, value]): [string, string][] => {
    if (typeof value === 'string' || typeof value === 'number') return [[label(name), label(String(value))]];
    if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number')) return [[label(name), value.map(String).join(', ')]];
    return [];
  });
}

/**
 * A product: gallery, price and availability of the chosen variant, option pickers as links
 * (`?variant=<sku>`, no JavaScript needed), description and details, Product and BreadcrumbList JSON-LD.
 */
export async function ProductPage({ kind, slug, product: productSlug, variant }: { kind: StorefrontKind; slug: string; product: string; variant: string | null }) {
  const ctx = await pageContext(kind, slug);
  const product = await getProduct(kind, ctx.tenant, productSlug);
  if (!product) notFound();
  const variants = [...product.variants].sort((a, b) => a.position - b.position);
  const selected = selectVariant(variants, variant);
  const groups = selected ? optionGroups(variants, selected) : [];
  const media = [...product.media].sort((a, b) => a.position - b.position).flatMap((m) => {
    const url = safeImageUrl(m.url);
    return url ? [{ ...m, url }] : [];
  });
  const path = productPath(product.slug);
  const href = (sku: string) => `${ctx.base}${path}?variant=${encodeURIComponent(sku)}`;
  const categories = [product.category?.parent, product.category].filter((c): c is NonNullable<typeof c> => Boolean(c));
  const crumbs = [
    { name: t('nav.home'), path: '' },
    ...categories.map((c) => ({ name: c.name, path: `/c/${encodeURIComponent(c.slug)}` })),
    { name: product.title, path },
  ];
  const available = Boolean(selected?.availableForSale);

  return (
    <article className="product-page">
      <Breadcrumbs items={crumbs.map((c) => ({ name: c.name, href: ctx.base + c.path || '/' }))} />
      <JsonLd
        data={productJsonLd({
          title: product.title,
          description: product.description,
          seoDescription: product.seoDescription,
          url: ctx.url(path),
          images: media.map((m) => mediaFile(m.url, 1280)),
          brand: product.vendor.name,
          category: product.category?.name,
          offers: variants.map((v) => ({ sku: v.sku, url: ctx.url(`${path}?variant=${encodeURIComponent(v.sku)}`), price: v.price?.unit ?? null, available: Boolean(v.availableForSale) })),
        })}
      />
      <JsonLd data={breadcrumbJsonLd(crumbs.map((c) => ({ name: c.name, url: ctx.url(c.path) })))} />
      <div className="product-layout">
        <section className="gallery" aria-label={t('product.images')}>
          {media.length > 0 ? (
            <>
              {/* The first image is the page's main content: loaded at once; the others when scrolled to. */}
              <MediaImage
                src={media[0].url}
                sizes="(min-width: 48rem) 50vw, 100vw"
                alt={media[0].alt || t('product.imageAlt', { title: product.title, n: 1 })}
                width={GALLERY_IMAGE_SIZE}
                height={GALLERY_IMAGE_SIZE}
                fetchPriority="high"
                decoding="async"
                className="gallery-main"
              />
              {media.length > 1 && (
                <ul className="gallery-thumbs">
                  {media.slice(1).map((m, i) => (
                    <li key={m.id}>
                      <a href={mediaFile(m.url, 1280)}>
                        <MediaImage src={m.url} sizes={`${THUMB_SIZE}px`} alt={m.alt || t('product.imageAlt', { title: product.title, n: i + 2 })} width={THUMB_SIZE} height={THUMB_SIZE} loading="lazy" decoding="async" />
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </>
          ) : (
            <div className="gallery-main placeholder" role="img" aria-label={t('product.noImage')}>
              {product.title.slice(0, 1)}
            </div>
          )}
        </section>
        <div className="product-info">
          <h1>{product.title}</h1>
          {kind === 'm' && (
            <p className="sold-by">
              {t('product.soldBy')} <a href={`${ctx.base}/vendors/${product.vendor.id}`}>{product.vendor.name}</a>
            </p>
          )}
          <p className="product-price">
            <Price quote={selected?.price ?? null} />
          </p>
          {selected?.price && <p className="hint">{selected.price.taxInclusive ? t('product.taxIncluded') : t('product.taxExcluded')}</p>}
          <p className={available ? 'availability in-stock' : 'availability out-of-stock'}>{available ? t('product.inStock') : t('product.outOfStock')}</p>
          {groups.map((group) => (
            <fieldset key={group.name} className="option-group">
              <legend>{t('product.choose', { option: label(group.name) })}</legend>
              <ul className="option-values">
                {group.values.map((v) => (
                  <li key={v.value}>
                    <a
                      href={href(v.sku)}
                      className={`option-value${v.selected ? ' selected' : ''}${v.available ? '' : ' unavailable'}`}
                      aria-current={v.selected ? 'true' : undefined}
                      rel="nofollow"
                    >
                      {v.exact ? (v.available ? v.value : t('product.optionUnavailable', { value: v.value })) : t('product.optionOther', { value: v.value })}
                    </a>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
          {selected && <p className="hint">{t('product.sku', { sku: selected.sku })}</p>}
          {selected && <AddToCartForm base={ctx.base} variantId={selected.id} available={available} />}
          {selected && <SubscribeOption base={ctx.base} tenant={ctx.tenant.slug} variantId={selected.id} available={available} />}
        </div>
      </div>
      {product.description && (
        <section aria-labelledby="description-title" className="section">
          <h2 id="description-title">{t('product.description')}</h2>
          <p className="description">{product.description}</p>
        </section>
      )}
      {attributeRows(product.attributes).length > 0 && (
        <section aria-labelledby="details-title" className="section">
          <h2 id="details-title">{t('product.details')}</h2>
          <dl className="details">
            {attributeRows(product.attributes).map(([name, value]) => (
              <div key={name}>
                <dt>{name}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}
    </article>
  );
}

export async function productMetadata(kind: StorefrontKind, slug: string, productSlug: string): Promise<Metadata> {
  const ctx = await metadataContext(kind, slug);
  const product = ctx ? await getProduct(kind, ctx.tenant, productSlug).catch(() => null) : null;
  if (!ctx || !product) return {};
  const image = product.media.map((m) => safeImageUrl(m.url)).find(Boolean);
  const ogImage = image ? mediaFile(image, 1280) : null;
  const description = product.seoDescription || product.description.slice(0, 160);
  return {
    // seoTitle is the whole title the tenant chose (it usually names the shop already).
    title: product.seoTitle ? { absolute: product.seoTitle } : product.title,
    description,
    alternates: { canonical: ctx.url(productPath(product.slug)) },
    openGraph: { title: product.seoTitle || product.title, description, url: ctx.url(productPath(product.slug)), ...(ogImage ? { images: [ogImage] } : {}) },
  };
}
