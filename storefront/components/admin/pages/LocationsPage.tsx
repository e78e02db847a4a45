import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { createLocationAction, deactivateLocationAction, updateLocationAction } from '../../../lib/admin/stock-setup-actions';
import { AdminLocationListQuery } from '../../../lib/admin/stock-setup-operations';
import { LOCATION_KINDS } from '../../../lib/admin/stock-setup';
import { t } from '../../../lib/messages';
import { st, stLabel } from '../../../lib/settings/messages';
import { ActionForm } from '../ActionForm';
import { InventoryTabs } from '../InventoryTabs';
import { ManagersOnly } from './ManagersOnly';
import { one } from './params';

const DONE = ['created', 'updated', 'deactivated'] as const;

/**
 * Inventory → Locations (issue 14): the places stock is kept — warehouses, shops, POS tills, delivery
 * vehicles. Managers (inventory's STOCK_WRITERS) add one, rename it or change its kind, and close it (its
 * stock stays but is no longer for sale). One card per location so it reads on a phone.
 */
export async function LocationsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'inventory')}/locations`;
  const viewer = await requireViewer(slug, base, 'inventory');
  if (!viewer.access.manager) return <ManagersOnly title={st('locations.title')} />;
  const { locations } = await adminQuery(slug, AdminLocationListQuery, {});
  const done = one(params, 'done') as (typeof DONE)[number];
  const kinds = LOCATION_KINDS.map((k) => ({ value: k, label: stLabel(`locations.kind.${k}`) }));

  return (
    <div>
      <h1>{st('locations.title')}</h1>
      <InventoryTabs slug={slug} current="locations" />
      <p className="hint">{st('locations.intro')}</p>
      {DONE.includes(done) && (
        <p role="status" className="notice-ok">
          {st(`locations.done.${done}`)}
        </p>
      )}
      <section className="card" aria-labelledby="new-location-heading">
        <h2 id="new-location-heading">{st('locations.new')}</h2>
        <ActionForm
          action={createLocationAction.bind(null, slug)}
          label={st('locations.new')}
          groups={[
            {
              fields: [
                { name: 'name', label: st('locations.name'), required: true, placeholder: st('locations.namePlaceholder') },
                { name: 'code', label: st('locations.code'), hint: st('locations.codeHint'), required: true, placeholder: 'IKEJA-1' },
                { name: 'kind', label: st('locations.kind'), type: 'select', options: kinds, defaultValue: 'SHOP', required: true },
              ],
            },
          ]}
          submitLabel={st('locations.add')}
          pendingLabel={t('admin.saving')}
        />
      </section>
      <section aria-labelledby="locations-heading">
        <h2 id="locations-heading">{st('locations.list')}</h2>
        {locations.edges.length === 0 ? (
          <p className="empty">{st('locations.none')}</p>
        ) : (
          <ul className="card-list" data-testid="locations">
            {locations.edges.map(({ node }) => (
              <li key={node.id} className="card" data-location={node.code}>
                <h3>{node.name}</h3>
                <p>
                  <code>{node.code}</code> · <span data-kind={node.kind}>{stLabel(`locations.kind.${node.kind}`)}</span> ·{' '}
                  <strong data-status={node.active ? 'active' : 'closed'}>{st(node.active ? 'locations.active' : 'locations.closed')}</strong>
                </p>
                <p className="hint">{st('locations.since', { when: formatDateTime(node.createdAt) })}</p>
                {node.active && (
                  <details>
                    <summary>{st('locations.editOne', { name: node.name })}</summary>
                    <ActionForm
                      action={updateLocationAction.bind(null, slug, node.id)}
                      label={st('locations.editOne', { name: node.name })}
                      groups={[
                        {
                          fields: [
                            { name: 'name', label: st('locations.name'), defaultValue: node.name, required: true },
                            { name: 'kind', label: st('locations.kind'), type: 'select', options: kinds, defaultValue: node.kind, required: true },
                          ],
                        },
                      ]}
                      submitLabel={st('locations.save')}
                      pendingLabel={t('admin.saving')}
                    />
                    <ActionForm
                      action={deactivateLocationAction.bind(null, slug, node.id)}
                      label={st('locations.closeOne', { name: node.name })}
                      groups={[]}
                      secondary
                      submitLabel={st('locations.close')}
                      pendingLabel={t('admin.saving')}
                    />
                    <p className="hint">{st('locations.closeHint')}</p>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
