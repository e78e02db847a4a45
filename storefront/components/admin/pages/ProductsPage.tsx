import type { ProductStatus } from '../../../gql/graphql';
import { sectionPath } from '../../../lib/admin/access';
import { formatKobo, formatNumber, label } from '../../../lib/admin/format';
import { productPage } from '../../../lib/admin/products';
import { requireViewer } from '../../../lib/admin/session';
import { lowest } from '../../../lib/money';
import { t } from '../../../lib/messages';
import { ct } from '../../../lib/admin/catalog-messages';
import { pt } from '../../../lib/promotions/messages';
import { one, query } from './params';

const STATUSES: readonly ProductStatus[] = ['DRAFT', 'ACTIVE', 'ARCHIVED'];

/** The product list: words, status filter, keyset pages; a selection goes on to a bulk price change. */
export async function ProductsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'products');
  const q = one(params, 'q');
  const statusParam = one(params, 'status') as ProductStatus;
  const status = STATUSES.includes(statusParam) ? statusParam : null;
  const after = one(params, 'after') || null;
  const viewer = await requireViewer(slug, `${base}${query({ q, status, after })}`, 'products');
  const vendorId = viewer.access.manager ? null : (viewer.access.vendor?.id ?? null);
  const page = await productPage(slug, { query: q, status, vendorId, after });
  const marketplace = viewer.tenant.kind === 'MARKETPLACE';

  return (
    <div>
      <div className="page-head">
        <h1>{t('admin.products.title')}</h1>
        <div className="button-row">
          {viewer.access.manager && <a href={`${base}/categories`}>{t('admin.categories.title')}</a>}
          <a href={`${base}/pricing`}>{ct('pricing.link')}</a>
          {viewer.access.manager && <a href={`${base}/settings`}>{ct('settings.link')}</a>}
          {viewer.access.manager && <a href={`${base}/collections`}>{ct('collections.link')}</a>}
          {marketplace && <a href={`${base}/listings`}>{ct('listings.link')}</a>}
          {marketplace && !viewer.access.manager && viewer.access.vendor?.status === 'APPROVED' && <a href={`${sectionPath(slug, 'coupons')}/promotions`}>{pt('promotions.vendorLink')}</a>}
          <a className="button" href={`${base}/new`}>
            {t('admin.products.new')}
          </a>
        </div>
      </div>
      <form method="get" action={base} className="filter-bar" role="search" aria-label={t('admin.products.searchLabel')}>
        <div className="field">
          <label htmlFor="product-q">{t('admin.products.search')}</label>
          <input id="product-q" name="q" type="search" defaultValue={q} />
        </div>
        <div className="field">
          <label htmlFor="product-status">{t('admin.products.status')}</label>
          <select id="product-status" name="status" defaultValue={status ?? ''}>
            <option value="">{t('admin.products.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {label(`admin.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('admin.products.filter')}</button>
      </form>

      {page.rows.length === 0 ? (
        <p className="empty">{t('admin.products.empty')}</p>
      ) : (
        <form method="get" action={`${base}/bulk-price`}>
          <div className="table-scroll">
            <table className="data-table">
              <caption className="visually-hidden">{t('admin.products.title')}</caption>
              <thead>
                <tr>
                  {viewer.access.manager && (
                    <th scope="col">
                      <span className="visually-hidden">{t('admin.products.select')}</span>
                    </th>
                  )}
                  <th scope="col">{t('admin.products.product')}</th>
                  <th scope="col">{t('admin.products.status')}</th>
                  {marketplace && <th scope="col">{t('admin.products.vendor')}</th>}
                  <th scope="col" className="num">
                    {t('admin.products.variants')}
                  </th>
                  <th scope="col" className="num">
                    {t('admin.products.priceFrom')}
                  </th>
                  <th scope="col" className="num">
                    {t('admin.products.available')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((product) => {
                  const price = lowest(product.variants.map((v) => v.price?.unit));
                  const available = product.variants.reduce((sum, v) => sum + (v.inventory?.available ?? 0), 0);
                  return (
                    <tr key={product.id}>
                      {viewer.access.manager && (
                        <td>
                          <input type="checkbox" name="id" value={product.id} aria-label={t('admin.products.selectOne', { title: product.title })} />
                        </td>
                      )}
                      <th scope="row">
                        <a href={`${base}/${product.id}`}>{product.title}</a>
                      </th>
                      <td>
                        <span className={`status status-${product.status.toLowerCase()}`}>{label(`admin.status.${product.status}`)}</span>
                      </td>
                      {marketplace && <td>{product.vendor.name}</td>}
                      <td className="num">{formatNumber(product.variants.length)}</td>
                      <td className="num">{price ? formatKobo(price.amount, price.currency) : '—'}</td>
                      <td className="num">{formatNumber(available)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {viewer.access.manager && (
            <div className="form-actions">
              <button type="submit" className="secondary">
                {t('admin.products.bulkSelected')}
              </button>
              <a href={`${base}/bulk-price`}>{t('admin.products.bulkCategory')}</a>
              <a href={`${base}/import`}>{t('admin.import.link')}</a>
            </div>
          )}
        </form>
      )}
      <nav className="pagination" aria-label={t('listing.pagination')}>
        {after && <a href={`${base}${query({ q, status })}`}>{t('listing.firstPage')}</a>}
        {page.next && (
          <a rel="next" href={`${base}${query({ q, status, after: page.next })}`}>
            {t('listing.nextPage')}
          </a>
        )}
      </nav>
    </div>
  );
}
