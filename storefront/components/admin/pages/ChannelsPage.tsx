import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime, formatNumber } from '../../../lib/admin/format';
import { AdminLocationsQuery } from '../../../lib/admin/inventory-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { allocateStockAction, setChannelPolicyAction } from '../../../lib/admin/stock-setup-actions';
import { AdminChannelsQuery } from '../../../lib/admin/stock-setup-operations';
import { CHANNEL_MODES, STOCK_CHANNELS, type StockChannel } from '../../../lib/admin/stock-setup';
import { t } from '../../../lib/messages';
import { st, stLabel } from '../../../lib/settings/messages';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { InventoryTabs } from '../InventoryTabs';
import { ManagersOnly } from './ManagersOnly';
import { one, query } from './params';

const DONE = ['policy', 'allocated', 'deallocated'] as const;

/**
 * Inventory → Channels (issue 14): how each sales channel — the web shop, the marketplace, the point of sale
 * — draws stock: from the shared pool (SHARED), only from stock set aside for it (ALLOCATED), or from counts
 * of its own (INDEPENDENT). Administrators choose the mode (inventory's STOCK_ADMINS); managers set stock
 * aside for a channel and give it back, and see every allocation with what is reserved and left of it.
 */
export async function ChannelsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'inventory')}/channels`;
  const filter = one(params, 'channel') as StockChannel;
  const channel = STOCK_CHANNELS.includes(filter) ? filter : null;
  const after = one(params, 'after') || null;
  const viewer = await requireViewer(slug, `${base}${query({ channel, after })}`, 'inventory');
  if (!viewer.access.manager) return <ManagersOnly title={st('channels.title')} />;
  const [{ channelPolicies, channelAllocations }, { locations }] = await Promise.all([adminQuery(slug, AdminChannelsQuery, { channel, after }), adminQuery(slug, AdminLocationsQuery, {})]);
  const done = one(params, 'done') as (typeof DONE)[number];
  const channelName = (c: string) => stLabel(`channels.channel.${c}`);
  const drawing = channelPolicies.filter((p) => p.mode !== 'SHARED');
  const activeLocations = locations.edges.filter((e) => e.node.active).map((e) => ({ value: e.node.id, label: e.node.name }));

  return (
    <div>
      <h1>{st('channels.title')}</h1>
      <InventoryTabs slug={slug} current="channels" />
      <p className="hint">{st('channels.intro')}</p>
      {DONE.includes(done) && (
        <p role="status" className="notice-ok">
          {st(`channels.done.${done}`)}
        </p>
      )}
      <section aria-labelledby="policies-heading">
        <h2 id="policies-heading">{st('channels.policies')}</h2>
        <ul className="card-list" data-testid="channel-policies">
          {channelPolicies.map((p) => (
            <li key={p.channel} className="card" data-channel={p.channel}>
              <h3>{channelName(p.channel)}</h3>
              <p>
                <strong data-mode={p.mode}>{stLabel(`channels.mode.${p.mode}`)}</strong>
                {p.updatedAt ? ` · ${st('channels.changed', { when: formatDateTime(p.updatedAt) })}` : ''}
              </p>
              <p className="hint">{stLabel(`channels.modeHint.${p.mode}`)}</p>
              {viewer.access.admin && (
                <ActionForm
                  action={setChannelPolicyAction.bind(null, slug, p.channel as StockChannel)}
                  label={st('channels.setOne', { channel: channelName(p.channel) })}
                  groups={[{ fields: [{ name: 'mode', label: st('channels.mode'), type: 'select', options: CHANNEL_MODES.map((m) => ({ value: m, label: stLabel(`channels.mode.${m}`) })), defaultValue: p.mode, required: true }] }]}
                  submitLabel={st('channels.setMode')}
                  pendingLabel={t('admin.saving')}
                />
              )}
            </li>
          ))}
        </ul>
        {!viewer.access.admin && <p className="hint">{st('channels.adminsChooseMode')}</p>}
      </section>

      <section className="card" aria-labelledby="allocate-heading">
        <h2 id="allocate-heading">{st('channels.allocate')}</h2>
        {drawing.length === 0 || activeLocations.length === 0 ? (
          <p>{st('channels.allShared')}</p>
        ) : (
          <ActionForm
            action={allocateStockAction.bind(null, slug)}
            label={st('channels.allocate')}
            groups={[
              {
                fields: [
                  { name: 'channel', label: st('channels.channel'), type: 'select', options: drawing.map((p) => ({ value: p.channel, label: channelName(p.channel) })), required: true },
                  {
                    name: 'direction',
                    label: st('channels.direction'),
                    type: 'select',
                    options: [
                      { value: 'allocate', label: st('channels.direction.allocate') },
                      { value: 'deallocate', label: st('channels.direction.deallocate') },
                    ],
                    defaultValue: 'allocate',
                  },
                  { name: 'sku', label: t('admin.inventory.sku'), required: true },
                  { name: 'locationId', label: t('admin.inventory.location'), type: 'select', options: activeLocations, required: true },
                  { name: 'quantity', label: t('admin.inventory.quantity'), inputMode: 'numeric', required: true },
                ],
              },
            ]}
            submitLabel={st('channels.allocateSubmit')}
            pendingLabel={t('admin.saving')}
          />
        )}
      </section>

      <section aria-labelledby="allocations-heading">
        <h2 id="allocations-heading">{st('channels.allocations')}</h2>
        <nav className="tabs" aria-label={st('channels.filter')}>
          <ul>
            {[null, ...STOCK_CHANNELS].map((c) => (
              <li key={c ?? 'all'}>
                <a href={`${base}${query({ channel: c })}`} aria-current={c === channel ? 'page' : undefined}>
                  {c ? channelName(c) : st('channels.every')}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {channelAllocations.edges.length === 0 ? (
          <p className="empty">{st('channels.noAllocations')}</p>
        ) : (
          <DataTable label={st('channels.allocations')}>
            <thead>
              <tr>
                <th scope="col">{t('admin.inventory.sku')}</th>
                <th scope="col">{st('channels.channel')}</th>
                <th scope="col">{t('admin.inventory.location')}</th>
                <th scope="col" className="num">
                  {st('channels.allocated')}
                </th>
                <th scope="col" className="num">
                  {t('admin.inventory.reserved')}
                </th>
                <th scope="col" className="num">
                  {t('admin.inventory.available')}
                </th>
              </tr>
            </thead>
            <tbody data-testid="allocations">
              {channelAllocations.edges.map(({ node }) => (
                <tr key={node.id} data-sku={node.sku} data-channel={node.channel}>
                  <th scope="row">{node.sku}</th>
                  <td>{channelName(node.channel)}</td>
                  <td>{node.location.name}</td>
                  <td className="num" data-testid="allocated">
                    {formatNumber(node.quantity)}
                  </td>
                  <td className="num">{formatNumber(node.reserved)}</td>
                  <td className="num">{formatNumber(node.available)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
        <nav className="pagination" aria-label={t('listing.pagination')}>
          {after && <a href={`${base}${query({ channel })}`}>{t('listing.firstPage')}</a>}
          {channelAllocations.pageInfo.hasNextPage && (
            <a rel="next" href={`${base}${query({ channel, after: channelAllocations.pageInfo.endCursor })}`}>
              {t('listing.nextPage')}
            </a>
          )}
        </nav>
      </section>
    </div>
  );
}
