import { sectionPath } from '../../../lib/admin/access';
import { formatNumber } from '../../../lib/admin/format';
import { AdminLocationsQuery } from '../../../lib/admin/inventory-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { setStockThresholdsAction } from '../../../lib/admin/stock-setup-actions';
import { AdminReorderSuggestionsQuery, AdminStockThresholdsQuery } from '../../../lib/admin/stock-setup-operations';
import { t } from '../../../lib/messages';
import { st } from '../../../lib/settings/messages';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { InventoryTabs } from '../InventoryTabs';
import { one, query } from './params';

const PAGE_SIZE = 25;

/**
 * Inventory → Reorder (issue 14): what to order now — every SKU at an active location whose available stock
 * is at or below its reorder point, with the quantity to order — and the form that sets a SKU's low-stock
 * threshold, reorder point and reorder quantity at a location, shown with what is set before it is changed
 * (choose the SKU and location first, or "Edit" on a row). Managers for
 * every SKU; a vendor for its own (inventory scopes both).
 */
export async function ReorderPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'inventory')}/reorder`;
  const locationId = one(params, 'location');
  const sku = one(params, 'sku');
  const at = one(params, 'at');
  const after = one(params, 'after') || null;
  await requireViewer(slug, `${base}${query({ location: locationId, sku, at, after })}`, 'inventory');
  const [{ locations }, { reorderSuggestions }, current] = await Promise.all([
    adminQuery(slug, AdminLocationsQuery, {}),
    adminQuery(slug, AdminReorderSuggestionsQuery, { locationId: locationId || null, after, first: PAGE_SIZE }),
    sku && at ? adminQuery(slug, AdminStockThresholdsQuery, { sku, locationId: at }) : null,
  ]);
  const level = current?.stockLevels.edges.map((e) => e.node).find((n) => n.sku === sku && n.location.id === at);
  const activeLocations = locations.edges.filter((e) => e.node.active).map((e) => ({ value: e.node.id, label: e.node.name }));
  const atName = activeLocations.find((l) => l.value === at)?.label ?? '';
  const done = one(params, 'done');
  const figure = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n));

  return (
    <div>
      <h1>{st('reorder.title')}</h1>
      <InventoryTabs slug={slug} current="reorder" />
      {done === 'thresholds' && (
        <p role="status" className="notice-ok">
          {st('reorder.done')}
        </p>
      )}
      <form method="get" action={base} className="filter-bar" role="search" aria-label={st('reorder.filter')}>
        <div className="field">
          <label htmlFor="reorder-location">{t('admin.inventory.location')}</label>
          <select id="reorder-location" name="location" defaultValue={locationId}>
            <option value="">{t('admin.inventory.anyLocation')}</option>
            {activeLocations.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('admin.products.filter')}</button>
      </form>

      <section aria-labelledby="suggestions-heading">
        <h2 id="suggestions-heading">{st('reorder.suggestions')}</h2>
        {reorderSuggestions.edges.length === 0 ? (
          <p className="empty">{st('reorder.none')}</p>
        ) : (
          <DataTable label={st('reorder.suggestions')}>
            <thead>
              <tr>
                <th scope="col">{t('admin.inventory.sku')}</th>
                <th scope="col">{t('admin.products.product')}</th>
                <th scope="col">{t('admin.inventory.location')}</th>
                <th scope="col" className="num">
                  {t('admin.inventory.available')}
                </th>
                <th scope="col" className="num">
                  {st('reorder.reorderPoint')}
                </th>
                <th scope="col" className="num">
                  {st('reorder.order')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{st('reorder.edit')}</span>
                </th>
              </tr>
            </thead>
            <tbody data-testid="reorder-suggestions">
              {reorderSuggestions.edges.map(({ node }) => (
                <tr key={node.stockLevel.id} data-sku={node.stockLevel.sku}>
                  <th scope="row">{node.stockLevel.sku}</th>
                  <td>
                    {node.stockLevel.variant.product.title}
                    {node.stockLevel.variant.title !== node.stockLevel.variant.product.title && <span className="hint"> · {node.stockLevel.variant.title}</span>}
                  </td>
                  <td>{node.stockLevel.location.name}</td>
                  <td className="num">{formatNumber(node.available)}</td>
                  <td className="num">{formatNumber(node.reorderPoint)}</td>
                  <td className="num" data-testid="suggested">
                    {formatNumber(node.suggestedQuantity)}
                  </td>
                  <td>
                    <a href={`${base}${query({ location: locationId, sku: node.stockLevel.sku, at: node.stockLevel.location.id })}#thresholds-heading`} aria-label={st('reorder.editOne', { sku: node.stockLevel.sku, location: node.stockLevel.location.name })}>
                      {st('reorder.edit')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
        <nav className="pagination" aria-label={t('listing.pagination')}>
          {after && <a href={`${base}${query({ location: locationId })}`}>{t('listing.firstPage')}</a>}
          {reorderSuggestions.pageInfo.hasNextPage && (
            <a rel="next" href={`${base}${query({ location: locationId, after: reorderSuggestions.pageInfo.endCursor })}`}>
              {t('listing.nextPage')}
            </a>
          )}
        </nav>
      </section>

      <section className="card" aria-labelledby="thresholds-heading">
        <h2 id="thresholds-heading">{st('reorder.thresholds')}</h2>
        {activeLocations.length === 0 ? (
          <p>{st('reorder.noLocations')}</p>
        ) : !sku || !at ? (
          <form method="get" action={`${base}#thresholds-heading`} aria-label={st('reorder.choose')}>
            <p className="hint">{st('reorder.chooseIntro')}</p>
            <div className="field">
              <label htmlFor="thresholds-sku">{t('admin.inventory.sku')}</label>
              <input id="thresholds-sku" name="sku" defaultValue={sku} required autoComplete="off" />
            </div>
            <div className="field">
              <label htmlFor="thresholds-at">{t('admin.inventory.location')}</label>
              <select id="thresholds-at" name="at" defaultValue={at || locationId} required>
                {activeLocations.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </div>
            {locationId && <input type="hidden" name="location" value={locationId} />}
            <div className="form-actions">
              <button type="submit">{st('reorder.show')}</button>
            </div>
          </form>
        ) : (
          <>
            <p data-testid="thresholds-of">
              <strong>{sku}</strong> · {atName}
            </p>
            <p className="hint">{st(level ? 'reorder.thresholdsIntro' : 'reorder.noLevelYet')}</p>
            <ActionForm
              key={`${sku}|${at}`}
              action={setStockThresholdsAction.bind(null, slug)}
              label={st('reorder.thresholdsOf', { sku, location: atName })}
              groups={[
                {
                  fields: [
                    { name: 'sku', label: t('admin.inventory.sku'), type: 'hidden', defaultValue: sku },
                    { name: 'locationId', label: t('admin.inventory.location'), type: 'hidden', defaultValue: at },
                    { name: 'lowStockThreshold', label: st('reorder.lowStockThreshold'), hint: st('reorder.lowStockThresholdHint'), inputMode: 'numeric', defaultValue: figure(level?.lowStockThreshold) },
                    { name: 'reorderPoint', label: st('reorder.reorderPoint'), hint: st('reorder.reorderPointHint'), inputMode: 'numeric', defaultValue: figure(level?.reorderPoint) },
                    { name: 'reorderQuantity', label: st('reorder.reorderQuantity'), hint: st('reorder.reorderQuantityHint'), inputMode: 'numeric', defaultValue: figure(level?.reorderQuantity) },
                  ],
                },
              ]}
              submitLabel={st('reorder.save')}
              pendingLabel={t('admin.saving')}
            />
            <p>
              <a href={`${base}${query({ location: locationId })}#thresholds-heading`}>{st('reorder.another')}</a>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
