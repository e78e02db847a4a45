import { sectionPath } from '../../../lib/admin/access';
import { formatNumber, label } from '../../../lib/admin/format';
import { adjustStockAction, transferStockAction } from '../../../lib/admin/inventory-actions';
import { AdminLocationsQuery, AdminStockLevelsQuery } from '../../../lib/admin/inventory-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { ADJUST_REASONS } from '../../../lib/admin/stock';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { InventoryTabs } from '../InventoryTabs';
import { one, query } from './params';
import { DataTable } from '../DataTable';

const PAGE_SIZE = 25;

/**
 * Stock per variant and location (filter by location, or by SKU: the exact SKU or any part of one), with the
 * receive/adjust form and, for managers, the transfer form. A vendor sees and stocks its own variants only.
 */
export async function InventoryPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'inventory');
  const sku = one(params, 'sku');
  const locationId = one(params, 'location');
  const after = one(params, 'after') || null;
  const viewer = await requireViewer(slug, `${base}${query({ sku, location: locationId, after })}`, 'inventory');
  // Vendors receive and count their own stock; moving it between the marketplace's locations is staff work.
  const transfers = viewer.access.manager;
  const [{ locations }, { stockLevels }] = await Promise.all([
    adminQuery(slug, AdminLocationsQuery, {}),
    adminQuery(slug, AdminStockLevelsQuery, { locationId: locationId || null, sku: sku || null, after, first: PAGE_SIZE }),
  ]);
  const locationOptions = locations.edges.map((e) => ({ value: e.node.id, label: e.node.active ? e.node.name : t('admin.inventory.inactive', { name: e.node.name }) }));
  const activeLocations = locations.edges.filter((e) => e.node.active).map((e) => ({ value: e.node.id, label: e.node.name }));

  return (
    <div>
      <h1>{t('admin.inventory.title')}</h1>
      <InventoryTabs slug={slug} current="levels" />
      <form method="get" action={base} className="filter-bar" role="search" aria-label={t('admin.inventory.filterLabel')}>
        <div className="field">
          <label htmlFor="stock-sku">{t('admin.inventory.sku')}</label>
          <input id="stock-sku" name="sku" type="search" defaultValue={sku} />
        </div>
        <div className="field">
          <label htmlFor="stock-location">{t('admin.inventory.location')}</label>
          <select id="stock-location" name="location" defaultValue={locationId}>
            <option value="">{t('admin.inventory.anyLocation')}</option>
            {locationOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('admin.products.filter')}</button>
      </form>

      {stockLevels.edges.length === 0 ? (
        <p className="empty">{t('admin.inventory.noLevels')}</p>
      ) : (
        <DataTable label={t('admin.inventory.levels')}>
          <thead>
            <tr>
              <th scope="col">{t('admin.inventory.sku')}</th>
              <th scope="col">{t('admin.products.product')}</th>
              <th scope="col">{t('admin.inventory.location')}</th>
              <th scope="col" className="num">
                {t('admin.inventory.onHand')}
              </th>
              <th scope="col" className="num">
                {t('admin.inventory.reserved')}
              </th>
              <th scope="col" className="num">
                {t('admin.inventory.available')}
              </th>
            </tr>
          </thead>
          <tbody>
            {stockLevels.edges.map(({ node }) => (
              <tr key={node.id} className={node.lowStockThreshold !== null && node.available <= node.lowStockThreshold ? 'low' : undefined}>
                <th scope="row">{node.sku}</th>
                <td>
                  <a href={`${sectionPath(slug, 'products')}/${node.variant.product.id}`}>{node.variant.product.title}</a>
                  {node.variant.title !== node.variant.product.title && <span className="hint"> · {node.variant.title}</span>}
                </td>
                <td>{node.location.name}</td>
                <td className="num">{formatNumber(node.onHand)}</td>
                <td className="num">{formatNumber(node.reserved)}</td>
                <td className="num">{formatNumber(node.available)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <nav className="pagination" aria-label={t('listing.pagination')}>
        {after && <a href={`${base}${query({ sku, location: locationId })}`}>{t('listing.firstPage')}</a>}
        {stockLevels.pageInfo.hasNextPage && (
          <a rel="next" href={`${base}${query({ sku, location: locationId, after: stockLevels.pageInfo.endCursor })}`}>
            {t('listing.nextPage')}
          </a>
        )}
      </nav>

      <div className="dashboard-grid">
        <section className="card" aria-labelledby="adjust-heading">
          <h2 id="adjust-heading">{t('admin.inventory.adjust')}</h2>
          <ActionForm
            action={adjustStockAction.bind(null, slug)}
            label={t('admin.inventory.adjust')}
            groups={[
              {
                fields: [
                  { name: 'sku', label: t('admin.inventory.sku'), defaultValue: sku, required: true },
                  { name: 'locationId', label: t('admin.inventory.location'), type: 'select', options: activeLocations, defaultValue: locationId, required: true },
                  { name: 'reason', label: t('admin.inventory.reason'), type: 'select', options: ADJUST_REASONS.map((r) => ({ value: r, label: label(`admin.reason.${r}`) })), defaultValue: 'ADJUSTMENT' },
                  { name: 'quantity', label: t('admin.inventory.quantity'), hint: t('admin.inventory.quantityHint'), inputMode: 'numeric', required: true },
                  { name: 'reference', label: t('admin.inventory.note'), hint: t('admin.inventory.noteHint') },
                ],
              },
            ]}
            submitLabel={t('admin.inventory.adjustSubmit')}
            pendingLabel={t('admin.saving')}
          />
        </section>
        {transfers && (
          <section className="card" aria-labelledby="transfer-heading">
            <h2 id="transfer-heading">{t('admin.inventory.transfer')}</h2>
            {activeLocations.length < 2 ? (
              <p>{t('admin.inventory.transferNeedsTwo')}</p>
            ) : (
              <ActionForm
                action={transferStockAction.bind(null, slug)}
                label={t('admin.inventory.transfer')}
                groups={[
                  {
                    fields: [
                      { name: 'sku', label: t('admin.inventory.sku'), defaultValue: sku, required: true },
                      { name: 'fromLocationId', label: t('admin.inventory.from'), type: 'select', options: locationOptions, required: true },
                      { name: 'toLocationId', label: t('admin.inventory.to'), type: 'select', options: activeLocations, defaultValue: activeLocations[1]?.value, required: true },
                      { name: 'quantity', label: t('admin.inventory.quantity'), inputMode: 'numeric', required: true },
                      { name: 'reference', label: t('admin.inventory.note') },
                    ],
                  },
                ]}
                submitLabel={t('admin.inventory.transferSubmit')}
                pendingLabel={t('admin.saving')}
              />
            )}
          </section>
        )}
      </div>
    </div>
  );
}
