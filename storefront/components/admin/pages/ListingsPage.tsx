import { sectionPath } from '../../../lib/admin/access';
import { listProductAction } from '../../../lib/admin/catalog-actions';
import { ct } from '../../../lib/admin/catalog-messages';
import { AdminMarketplaceListingsQuery } from '../../../lib/admin/catalog-operations';
import { formatDateTime } from '../../../lib/admin/format';
import { bpsToPercent } from '../../../lib/admin/pricing';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { ProductPicker } from '../ProductPicker';
import { one, query } from './params';

/**
 * Products → Marketplace listings (marketplaces only): which products shoppers can buy there, at what
 * commission. Managers see every listing and may name a product's commission; an approved vendor sees and
 * lists its own products at the marketplace's rate (the API decides both).
 */
export async function ListingsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'products')}/listings`;
  const q = one(params, 'q');
  const after = one(params, 'after') || null;
  const viewer = await requireViewer(slug, `${base}${query({ q, after })}`, 'products');
  if (viewer.tenant.kind !== 'MARKETPLACE') {
    return (
      <section className="card narrow">
        <h1>{ct('listings.title')}</h1>
        <p>{ct('listings.marketplacesOnly')}</p>
      </section>
    );
  }
  const { marketplaceListings: listings } = await adminQuery(slug, AdminMarketplaceListingsQuery, { after });
  const manager = viewer.access.manager;
  const listForm = (productId: string, title: string, again: boolean) => (
    <ActionForm
      action={listProductAction.bind(null, slug, productId)}
      label={ct('listings.listOne', { title })}
      groups={manager ? [{ fields: [{ name: 'commission', label: ct('listings.commission'), inputMode: 'decimal', hint: ct('listings.commissionHint') }] }] : []}
      secondary={!manager}
      submitLabel={again ? ct('listings.listAgain') : ct('listings.list')}
      pendingLabel={t('admin.saving')}
    />
  );
  return (
    <div>
      <p>
        <a href={sectionPath(slug, 'products')}>{t('admin.products.back')}</a>
      </p>
      <h1>{ct('listings.title')}</h1>
      <p className="hint">{ct('listings.intro')}</p>
      {one(params, 'done') === 'listed' && (
        <p role="status" className="notice-ok">
          {ct('listings.done.listed')}
        </p>
      )}
      <section aria-labelledby="listings-heading">
        <h2 id="listings-heading">{ct('listings.current')}</h2>
        {listings.edges.length === 0 ? (
          <p className="empty">{ct('listings.none')}</p>
        ) : (
          <ul className="issue-list" data-testid="listings">
            {listings.edges.map(({ node }) => (
              <li key={node.id} className="card" data-listing={node.product.title}>
                <p>
                  <strong>{node.product.title}</strong> · {node.vendor.name}
                </p>
                <p className="hint">
                  {node.active ? ct('listings.active', { rate: bpsToPercent(node.commissionBps) }) : ct('listings.inactive')} · {formatDateTime(node.createdAt)}
                </p>
                {(manager || !node.active) && (
                  <details>
                    <summary>{manager ? ct('listings.change', { title: node.product.title }) : ct('listings.listAgain')}</summary>
                    {listForm(node.product.id, node.product.title, true)}
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
        {listings.pageInfo.hasNextPage && (
          <nav className="pagination" aria-label={t('listing.pagination')}>
            <a rel="next" href={`${base}${query({ q, after: listings.pageInfo.endCursor })}`}>
              {t('listing.nextPage')}
            </a>
          </nav>
        )}
      </section>
      <section className="card" aria-labelledby="list-product-heading">
        <h2 id="list-product-heading">{ct('listings.listProduct')}</h2>
        <ProductPicker slug={slug} viewer={viewer} q={q} action={base} row={(product) => <div><p>{product.title}</p>{listForm(product.id, product.title, false)}</div>} />
      </section>
    </div>
  );
}
