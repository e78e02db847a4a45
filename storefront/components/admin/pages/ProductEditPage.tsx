import { notFound } from 'next/navigation';
import type { ProductStatus } from '../../../gql/graphql';
import { sectionPath } from '../../../lib/admin/access';
import { formatKobo, formatNumber, koboToNairaInput, label } from '../../../lib/admin/format';
import { AdminProductQuery } from '../../../lib/admin/product-operations';
import { addMediaAction, addVariantAction, saveVariantAction, setProductStatusAction, updateProductAction } from '../../../lib/admin/product-actions';
import { productFormOptions, variantFields } from '../../../lib/admin/product-form';
import { basePrice, formatBoxSize, formatOptions } from '../../../lib/admin/product-input';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { storefrontKindOf, tenantPath } from '../../../lib/tenant';
import { t } from '../../../lib/messages';
import { ct } from '../../../lib/admin/catalog-messages';
import { ActionForm } from '../ActionForm';
import { MediaImage } from '../../MediaImage';
import { uploadMediaAction } from '../../../lib/admin/media-actions';
import { mt } from '../../../lib/admin/media-messages';
import { GiftCardProductsQuery } from '../../../lib/gift-card-sales/operations';
import { setGiftCardProductAction } from '../../../lib/gift-card-sales/admin-actions';
import { gt } from '../../../lib/gift-card-sales/messages';

const ID_PATTERN = /^[0-9a-f-]{36}$/i;

/** What each status may move to from the product page, and the button for it. */
const MOVES: Record<ProductStatus, ProductStatus[]> = { DRAFT: ['ACTIVE', 'ARCHIVED'], ACTIVE: ['ARCHIVED', 'DRAFT'], ARCHIVED: ['ACTIVE', 'DRAFT'] };

/** One product: details, status (publish/archive), variants with their NGN base price and stock, images. */
export async function ProductEditPage({ slug, id, saved }: { slug: string; id: string; saved: string }) {
  const base = sectionPath(slug, 'products');
  const viewer = await requireViewer(slug, `${base}/${id}`, 'products');
  if (!ID_PATTERN.test(id)) notFound();
  // Gift cards are the administrators' (commerce decides: two-factor), shown to those who run rewards (decision 0064).
  const runsGiftCards = viewer.access.sections.includes('rewards');
  const [{ productById: product }, options, giftCard] = await Promise.all([
    adminQuery(slug, AdminProductQuery, { id }),
    productFormOptions(slug, false),
    runsGiftCards ? adminQuery(slug, GiftCardProductsQuery, { ids: [id] }).then((d) => d.giftCardProducts.includes(id)) : Promise.resolve(false),
  ]);
  if (!product) notFound();
  const storeKind = storefrontKindOf(viewer.tenant);
  const storeUrl = storeKind && product.status === 'ACTIVE' ? `${tenantPath(storeKind, slug)}/p/${encodeURIComponent(product.slug)}` : null;

  return (
    <div className="product-edit">
      <p>
        <a href={base}>{t('admin.products.back')}</a>
      </p>
      <div className="page-head">
        <h1>{product.title}</h1>
        <span className={`status status-${product.status.toLowerCase()}`}>{label(`admin.status.${product.status}`)}</span>
      </div>
      {saved && (
        <p role="status" className="notice-ok">
          {saved === 'gift-card-on' ? gt('done.on') : saved === 'gift-card-off' ? gt('done.off') : label(`admin.products.saved.${saved}`)}
        </p>
      )}
      <p className="hint">
        {t('admin.products.soldBy', { vendor: product.vendor.name })}
        {storeUrl && (
          <>
            {' · '}
            <a href={storeUrl}>{t('admin.products.viewInStore')}</a>
          </>
        )}
      </p>

      <section className="card" aria-labelledby="status-heading">
        <h2 id="status-heading">{t('admin.products.statusHeading')}</h2>
        <p>{label(`admin.products.statusHelp.${product.status}`)}</p>
        {/* A marketplace sells listed products only: say whether shoppers can buy this one (publishing lists it). */}
        {viewer.tenant.kind === 'MARKETPLACE' && (
          <p data-testid="listing-state">
            {product.listing?.active
              ? t('admin.products.listing.listed', { rate: formatNumber(product.listing.commissionBps / 100) })
              : product.listing
                ? t('admin.products.listing.unlisted')
                : t('admin.products.listing.none')}
          </p>
        )}
        <div className="button-row">
          {MOVES[product.status].map((to) => (
            <ActionForm
              key={to}
              action={setProductStatusAction.bind(null, slug, product.id, to)}
              groups={[]}
              secondary={to !== 'ACTIVE'}
              submitLabel={label(`admin.products.move.${to}`)}
              pendingLabel={t('admin.saving')}
            />
          ))}
        </div>
      </section>

      <section className="card" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('admin.products.details')}</h2>
        <ActionForm
          action={updateProductAction.bind(null, slug, product.id)}
          label={t('admin.products.details')}
          groups={[
            {
              fields: [
                { name: 'title', label: t('admin.products.productTitle'), defaultValue: product.title, required: true },
                { name: 'slug', label: t('admin.products.slug'), defaultValue: product.slug, hint: t('admin.products.slugHint') },
                { name: 'description', label: t('admin.products.description'), type: 'textarea', defaultValue: product.description },
                { name: 'categoryId', label: t('admin.products.category'), type: 'select', options: options.categories, defaultValue: product.category?.id ?? '' },
                { name: 'seoTitle', label: t('admin.products.seoTitle'), defaultValue: product.seoTitle ?? '' },
                { name: 'seoDescription', label: t('admin.products.seoDescription'), type: 'textarea', defaultValue: product.seoDescription ?? '' },
              ],
            },
          ]}
          submitLabel={t('admin.save')}
          pendingLabel={t('admin.saving')}
        />
      </section>

      <section className="card" aria-labelledby="variants-heading">
        <h2 id="variants-heading">{t('admin.products.variantsHeading')}</h2>
        <p>
          <a href={`${base}/pricing?product=${encodeURIComponent(product.id)}`}>{ct('pricing.link')}</a>
        </p>
        {product.variants.map((variant) => {
          const price = basePrice(variant.prices);
          return (
            <details key={variant.id} className="variant">
              <summary>
                <strong>{variant.sku}</strong> · {variant.title} · {price ? formatKobo(price.amount.amount) : t('admin.products.noPrice')} ·{' '}
                {variant.inventory ? t('admin.inventory.availableCount', { count: variant.inventory.available }) : t('admin.products.noStock')}
              </summary>
              <ActionForm
                action={saveVariantAction.bind(null, slug, product.id, variant.id, price?.amount.amount ?? '')}
                label={t('admin.products.editVariant', { sku: variant.sku })}
                groups={[{ fields: variantFields('', { sku: variant.sku, title: variant.title, options: formatOptions(variant.options), price: koboToNairaInput(price?.amount.amount), weight: variant.weightGrams ? String(variant.weightGrams) : '', size: formatBoxSize(variant) }) }]}
                submitLabel={t('admin.products.saveVariant')}
                pendingLabel={t('admin.saving')}
              />
              {variant.inventory && variant.inventory.levels.length > 0 && (
                <table className="data-table">
                  <caption>{t('admin.products.stockBy', { sku: variant.sku })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('admin.inventory.location')}</th>
                      <th scope="col" className="num">
                        {t('admin.inventory.onHand')}
                      </th>
                      <th scope="col" className="num">
                        {t('admin.inventory.available')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {variant.inventory.levels.map((level) => (
                      <tr key={level.id}>
                        <th scope="row">{level.location.name}</th>
                        <td className="num">{formatNumber(level.onHand)}</td>
                        <td className="num">{formatNumber(level.available)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {viewer.access.sections.includes('inventory') && (
                <p>
                  <a href={`${sectionPath(slug, 'inventory')}?sku=${encodeURIComponent(variant.sku)}`}>{t('admin.products.manageStock', { sku: variant.sku })}</a>
                </p>
              )}
            </details>
          );
        })}
        <h3 id="add-variant-heading">{t('admin.products.addVariant')}</h3>
        <ActionForm
          action={addVariantAction.bind(null, slug, product.id)}
          label={t('admin.products.addVariant')}
          groups={[{ fields: variantFields('variants.0.') }]}
          submitLabel={t('admin.products.addVariant')}
          pendingLabel={t('admin.saving')}
        />
      </section>

      {runsGiftCards && (
        <section className="card" aria-labelledby="gift-card-heading">
          <h2 id="gift-card-heading">{gt('heading')}</h2>
          <p data-testid="gift-card-state">{giftCard ? gt('isCard') : gt('isNotCard')}</p>
          {!giftCard && <p className="hint">{gt('hint')}</p>}
          <ActionForm
            action={setGiftCardProductAction.bind(null, slug, product.id, !giftCard)}
            groups={[]}
            secondary={giftCard}
            submitLabel={giftCard ? gt('unmark') : gt('mark')}
            pendingLabel={t('admin.saving')}
          />
        </section>
      )}

      <section className="card" aria-labelledby="media-heading">
        <h2 id="media-heading">{t('admin.products.media')}</h2>
        {product.media.length === 0 ? (
          <p>{t('admin.products.noMedia')}</p>
        ) : (
          <ul className="media-list">
            {product.media.map((m) => (
              <li key={m.id}>
                <MediaImage src={m.url} sizes="96px" alt={m.alt ?? ''} width={96} height={96} loading="lazy" />
                <span className="media-url">{m.url}</span>
              </li>
            ))}
          </ul>
        )}
        <h3 id="upload-heading">{mt('upload.heading')}</h3>
        <ActionForm
          action={uploadMediaAction.bind(null, slug, product.id)}
          label={mt('upload.heading')}
          groups={[
            {
              fields: [
                { name: 'photo', label: mt('upload.photo'), type: 'file', accept: 'image/jpeg,image/png,image/webp,image/avif', hint: mt('upload.photoHint'), required: true },
                { name: 'alt', label: mt('upload.alt') },
              ],
            },
          ]}
          submitLabel={mt('upload.submit')}
          pendingLabel={mt('upload.pending')}
        />
        <h3 id="media-url-heading">{mt('orUrl')}</h3>
        <ActionForm
          action={addMediaAction.bind(null, slug, product.id)}
          label={t('admin.products.addMedia')}
          groups={[
            {
              fields: [
                { name: 'url', label: t('admin.products.mediaUrl'), type: 'url', hint: t('admin.products.mediaUrlHint'), required: true },
                { name: 'alt', label: t('admin.products.mediaAlt') },
              ],
            },
          ]}
          submitLabel={t('admin.products.addMedia')}
          pendingLabel={t('admin.saving')}
        />
      </section>
    </div>
  );
}
