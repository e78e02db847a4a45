import { sectionPath } from '../../../lib/admin/access';
import { applyBulkPriceChunk, planBulkPrice } from '../../../lib/admin/bulk-price-actions';
import { productFormOptions } from '../../../lib/admin/product-form';
import { requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { BulkPriceRunner } from '../BulkPriceRunner';
import { all, one } from './params';
import { BULK_PRICE_TEXT, textFor } from '../../../lib/client-text';

const ID_PATTERN = /^[0-9a-f-]{36}$/i;
const MAX_SELECTED = 200;

/**
 * A bulk change of NGN base prices by a percentage, for products ticked in the list or a whole category:
 * first choose (GET form, works without JavaScript), then preview and run with progress (BulkPriceRunner).
 */
export async function BulkPricePage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'products');
  const viewer = await requireViewer(slug, `${base}/bulk-price`, 'products');
  const ids = all(params, 'id').filter((id) => ID_PATTERN.test(id)).slice(0, MAX_SELECTED);
  const categoryId = one(params, 'category');
  const options = await productFormOptions(slug, false);
  const category = options.categories.find((c) => c.value === categoryId && c.value !== '');

  if (!viewer.access.manager) {
    return (
      <section className="card narrow">
        <h1>{t('admin.bulk.title')}</h1>
        <p>{t('admin.bulk.managersOnly')}</p>
      </section>
    );
  }

  const selectionLabel = ids.length > 0 ? t('admin.bulk.selectedProducts', { count: ids.length }) : category ? t('admin.bulk.selectedCategory', { category: category.label.replace(/^(— )+/, '') }) : null;
  return (
    <div>
      <p>
        <a href={base}>{t('admin.products.back')}</a>
      </p>
      <h1>{t('admin.bulk.title')}</h1>
      <p className="hint">{t('admin.bulk.intro')}</p>
      {!selectionLabel ? (
        <form method="get" className="admin-form" aria-label={t('admin.bulk.chooseCategory')}>
          <div className="field">
            <label htmlFor="bulk-category">{t('admin.bulk.chooseCategory')}</label>
            <select id="bulk-category" name="category" required defaultValue="">
              {options.categories.map((c) => (
                <option key={c.value} value={c.value} disabled={c.value === ''}>
                  {c.value === '' ? t('admin.bulk.pickCategory') : c.label}
                </option>
              ))}
            </select>
          </div>
          <p className="hint">{t('admin.bulk.orSelect')}</p>
          <button type="submit">{t('admin.bulk.continue')}</button>
        </form>
      ) : (
        <>
          <noscript>
            <p className="alert">{t('admin.bulk.needsJavaScript')}</p>
          </noscript>
          <BulkPriceRunner text={textFor(BULK_PRICE_TEXT)}
            plan={planBulkPrice.bind(null, slug, ids.length > 0 ? { productIds: ids } : { categoryId })}
            applyChunk={applyBulkPriceChunk.bind(null, slug)}
            selectionLabel={selectionLabel}
          />
        </>
      )}
    </div>
  );
}
