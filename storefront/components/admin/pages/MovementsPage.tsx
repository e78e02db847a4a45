import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime, formatSigned, label } from '../../../lib/admin/format';
import { AdminLocationsQuery, AdminStockMovementsQuery } from '../../../lib/admin/inventory-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { MOVEMENT_REASONS } from '../../../lib/admin/stock';
import type { MovementReason } from '../../../gql/graphql';
import { t } from '../../../lib/messages';
import { InventoryTabs } from '../InventoryTabs';
import { one, query } from './params';
import { DataTable } from '../DataTable';

const PAGE_SIZE = 30;

/** The stock journal, newest first, by SKU, location and reason. */
export async function MovementsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'inventory')}/movements`;
  const sku = one(params, 'sku');
  const locationId = one(params, 'location');
  const reasonParam = one(params, 'reason') as MovementReason;
  const reason = (MOVEMENT_REASONS as readonly string[]).includes(reasonParam) ? reasonParam : null;
  const after = one(params, 'after') || null;
  const done = one(params, 'done');
  await requireViewer(slug, `${base}${query({ sku, location: locationId, reason, after })}`, 'inventory');
  const [{ locations }, { stockMovements }] = await Promise.all([
    adminQuery(slug, AdminLocationsQuery, {}),
    adminQuery(slug, AdminStockMovementsQuery, { sku: sku || null, locationId: locationId || null, reason, after, first: PAGE_SIZE }),
  ]);

  return (
    <div>
      <h1>{t('admin.inventory.movements')}</h1>
      <InventoryTabs slug={slug} current="movements" />
      {done && (
        <p role="status" className="notice-ok">
          {label(`admin.inventory.done.${done}`)}
        </p>
      )}
      <form method="get" action={base} className="filter-bar" role="search" aria-label={t('admin.inventory.filterLabel')}>
        <div className="field">
          <label htmlFor="movement-sku">{t('admin.inventory.sku')}</label>
          <input id="movement-sku" name="sku" type="search" defaultValue={sku} />
        </div>
        <div className="field">
          <label htmlFor="movement-location">{t('admin.inventory.location')}</label>
          <select id="movement-location" name="location" defaultValue={locationId}>
            <option value="">{t('admin.inventory.anyLocation')}</option>
            {locations.edges.map(({ node }) => (
              <option key={node.id} value={node.id}>
                {node.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="movement-reason">{t('admin.inventory.reason')}</label>
          <select id="movement-reason" name="reason" defaultValue={reason ?? ''}>
            <option value="">{t('admin.inventory.anyReason')}</option>
            {MOVEMENT_REASONS.map((r) => (
              <option key={r} value={r}>
                {label(`admin.reason.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('admin.products.filter')}</button>
      </form>
      {stockMovements.edges.length === 0 ? (
        <p className="empty">{t('admin.inventory.noMovements')}</p>
      ) : (
        <DataTable label={t('admin.inventory.movements')}>
          <thead>
            <tr>
              <th scope="col">{t('admin.inventory.when')}</th>
              <th scope="col">{t('admin.inventory.sku')}</th>
              <th scope="col">{t('admin.products.product')}</th>
              <th scope="col">{t('admin.inventory.location')}</th>
              <th scope="col">{t('admin.inventory.reason')}</th>
              <th scope="col" className="num">
                {t('admin.inventory.change')}
              </th>
              <th scope="col">{t('admin.inventory.note')}</th>
            </tr>
          </thead>
          <tbody>
            {stockMovements.edges.map(({ node }) => (
              <tr key={node.id}>
                <td>{formatDateTime(node.occurredAt)}</td>
                <th scope="row">{node.sku}</th>
                <td>{node.variant.product.title}</td>
                <td>{node.location.name}</td>
                <td>{label(`admin.reason.${node.reason}`)}</td>
                <td className="num">{formatSigned(node.quantity)}</td>
                <td>{node.reference ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      <nav className="pagination" aria-label={t('listing.pagination')}>
        {after && <a href={`${base}${query({ sku, location: locationId, reason })}`}>{t('listing.firstPage')}</a>}
        {stockMovements.pageInfo.hasNextPage && (
          <a rel="next" href={`${base}${query({ sku, location: locationId, reason, after: stockMovements.pageInfo.endCursor })}`}>
            {t('listing.nextPage')}
          </a>
        )}
      </nav>
    </div>
  );
}
