import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime, formatNumber, label } from '../../../lib/admin/format';
import { acknowledgeAlertAction, resolveConflictAction } from '../../../lib/admin/inventory-actions';
import { AdminStockIssuesQuery } from '../../../lib/admin/inventory-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { InventoryTabs } from '../InventoryTabs';
import { one } from './params';

/** Open low-stock alerts (acknowledge) and offline shortfalls (resolve with a note). */
export async function AlertsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'inventory')}/alerts`;
  const done = one(params, 'done');
  await requireViewer(slug, base, 'inventory');
  const { stockAlerts, stockConflicts } = await adminQuery(slug, AdminStockIssuesQuery, { acknowledged: false, conflictStatus: 'OPEN' });

  return (
    <div>
      <h1>{t('admin.inventory.alerts')}</h1>
      <InventoryTabs slug={slug} current="alerts" />
      {done && (
        <p role="status" className="notice-ok">
          {label(`admin.inventory.done.${done}`)}
        </p>
      )}
      <section aria-labelledby="open-alerts">
        <h2 id="open-alerts">{t('admin.inventory.openAlerts')}</h2>
        {stockAlerts.edges.length === 0 ? (
          <p>{t('admin.dashboard.noAlerts')}</p>
        ) : (
          <ul className="issue-list">
            {stockAlerts.edges.map(({ node }) => (
              <li key={node.id} className="card">
                <p>
                  <strong>{node.sku}</strong> · {node.location.name} · {label(`admin.alertKind.${node.kind}`)}
                </p>
                <p>{node.message}</p>
                <p className="hint">
                  {t('admin.inventory.raisedAt', { when: formatDateTime(node.createdAt), count: formatNumber(node.available) })}
                </p>
                <ActionForm
                  action={acknowledgeAlertAction.bind(null, slug, node.id)}
                  label={t('admin.inventory.acknowledgeOne', { sku: node.sku })}
                  groups={[]}
                  secondary
                  submitLabel={t('admin.inventory.acknowledge')}
                  pendingLabel={t('admin.saving')}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="open-conflicts">
        <h2 id="open-conflicts">{t('admin.inventory.conflicts')}</h2>
        <p className="hint">{t('admin.inventory.conflictsIntro')}</p>
        {stockConflicts.edges.length === 0 ? (
          <p>{t('admin.inventory.noConflicts')}</p>
        ) : (
          <ul className="issue-list">
            {stockConflicts.edges.map(({ node }) => (
              <li key={node.id} className="card">
                <p>
                  <strong>{node.sku}</strong> · {node.location.name}
                </p>
                <p>{t('admin.inventory.conflictFigures', { requested: node.requested, applied: node.applied, shortfall: node.shortfall })}</p>
                <p className="hint">{formatDateTime(node.createdAt)}</p>
                <ActionForm
                  action={resolveConflictAction.bind(null, slug, node.id)}
                  label={t('admin.inventory.resolveOne', { sku: node.sku })}
                  groups={[{ fields: [{ name: 'note', label: t('admin.inventory.resolutionNote'), required: true }] }]}
                  submitLabel={t('admin.inventory.resolve')}
                  pendingLabel={t('admin.saving')}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
