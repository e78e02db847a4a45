import { randomUUID } from 'node:crypto';
import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime } from '../../../lib/admin/format';
import { AdminOwnerDirectoryQuery } from '../../../lib/admin/money-operations';
import { handInCollectedCashAction } from '../../../lib/admin/pay-on-delivery-actions';
import { AdminCollectorCashQuery } from '../../../lib/admin/pay-on-delivery-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { ownerDirectory } from '../money/owners';
import { one } from '../pages/params';

/**
 * Cash held by collectors (decision 0083): what each collector took on delivery and has not handed in, with
 * "Hand in" (the amount counted; any difference is shown as over or short), and the latest hand-ins.
 * Administrators only (commerce refuses anyone else).
 */
export async function CollectorCashPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'orders')}/collector-cash`;
  const viewer = await requireViewer(slug, base, 'orders');
  if (!viewer.access.admin) return <p className="empty">{t('admin.pod.adminsOnly')}</p>;
  const [{ cashHeldByCollectors, collectorHandIns }, names] = await Promise.all([adminQuery(slug, AdminCollectorCashQuery, {}), adminQuery(slug, AdminOwnerDirectoryQuery, { withAgents: true })]);
  const people = ownerDirectory(names.vendors, names.agents).agents;
  const name = (userId: string) => (userId === viewer.user.id ? t('admin.cash.you') : (people.get(userId) ?? t('admin.pod.collectorId', { id: userId.slice(0, 8) })));
  const done = one(params, 'done');
  return (
    <div>
      <h1>{t('admin.pod.cashTitle')}</h1>
      <p className="hint">{t('admin.pod.cashHint')}</p>
      {done === 'handedIn' && (
        <p role="status" className="notice-ok">
          {t('admin.pod.done.handedIn')}
        </p>
      )}
      {cashHeldByCollectors.length === 0 ? (
        <p className="empty">{t('admin.pod.nobodyHolds')}</p>
      ) : (
        <ul className="card-list" data-testid="pod-collectors">
          {cashHeldByCollectors.map((c) => {
            const id = `collector-${c.collectorUserId}-${c.held.currency}`;
            return (
              <li key={id} className="card" aria-labelledby={id} data-collector={c.collectorUserId}>
                <h2 id={id}>{name(c.collectorUserId)}</h2>
                <p>
                  {t('admin.pod.holds')}: <strong data-testid="pod-held">{formatMoney(c.held)}</strong> · {t('admin.pod.collections', { count: c.openCollections })}
                  {c.oldestCollectedAt && <> · {t('admin.pod.since', { when: formatDateTime(c.oldestCollectedAt) })}</>}
                </p>
                <ActionForm
                  action={handInCollectedCashAction.bind(null, slug, c.collectorUserId, c.held.currency)}
                  label={t('admin.pod.handInFor', { collector: name(c.collectorUserId) })}
                  groups={[
                    {
                      fields: [
                        { name: 'amount', label: t('admin.pod.counted', { currency: c.held.currency }), inputMode: 'decimal', required: true, hint: t('admin.pod.countedHint', { expected: formatMoney(c.held) }), autoComplete: 'off' },
                        { name: 'note', label: t('admin.cash.note'), autoComplete: 'off' },
                        { name: 'idempotencyKey', label: 'idempotencyKey', type: 'hidden', defaultValue: randomUUID() },
                      ],
                    },
                  ]}
                  submitLabel={t('admin.pod.handIn')}
                  pendingLabel={t('admin.saving')}
                />
              </li>
            );
          })}
        </ul>
      )}
      {collectorHandIns.length > 0 && (
        <DataTable label={t('admin.pod.recent')} testId="pod-hand-ins">
          <thead>
            <tr>
              <th scope="col">{t('admin.cash.date')}</th>
              <th scope="col">{t('admin.pod.collector')}</th>
              <th scope="col">{t('admin.pod.expected')}</th>
              <th scope="col">{t('admin.pod.countedColumn')}</th>
              <th scope="col">{t('admin.pod.overShort')}</th>
            </tr>
          </thead>
          <tbody>
            {collectorHandIns.map((h) => {
              const diff = BigInt(h.overShort.amount);
              return (
                <tr key={h.id}>
                  <th scope="row">{formatDateTime(h.createdAt)}</th>
                  <td>{name(h.collectorUserId)}</td>
                  <td>{formatMoney(h.expected)}</td>
                  <td>{formatMoney(h.amount)}</td>
                  <td data-over-short={diff.toString()}>{diff === 0n ? t('admin.pod.exact') : diff > 0n ? t('admin.pod.over', { amount: formatMoney(h.overShort) }) : t('admin.pod.short', { amount: formatMoney({ ...h.overShort, amount: (-diff).toString() }) })}</td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      )}
    </div>
  );
}
