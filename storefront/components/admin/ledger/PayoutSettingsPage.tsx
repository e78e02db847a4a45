import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime } from '../../../lib/admin/format';
import { setPayoutSettingsAction } from '../../../lib/admin/journal-actions';
import { AdminPayoutSettingsQuery } from '../../../lib/admin/journal-operations';
import { mlabel, mt } from '../../../lib/admin/mlas-messages';
import { AdminOwnerDirectoryQuery } from '../../../lib/admin/money-operations';
import { adminQuery } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney, toMajorUnits } from '../../../lib/money';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { DoneNotice } from '../mlas/ProgrammeLinks';
import { one } from '../pages/params';
import { requireBookReader } from './manager';
import { MoneyTabs } from './MoneyTabs';
import { ownerDirectory, ownerName } from '../money/owners';

/** The payout schedule (weekly, monthly, manual) and the naira minimum; administrators change them. The latest payments below. */
export async function PayoutSettingsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'money');
  const viewer = await requireBookReader(slug, `${base}/payout-settings`);
  const [{ payoutSettings: settings, payoutItems }, names] = await Promise.all([adminQuery(slug, AdminPayoutSettingsQuery, {}), adminQuery(slug, AdminOwnerDirectoryQuery, { withAgents: true })]);
  const directory = ownerDirectory(names.vendors, names.agents);
  const minimum = settings.thresholds.find((x) => x.currency === 'NGN')?.minimum ?? null;
  const done = one(params, 'done');

  return (
    <div>
      <h1>{mt('payouts.title')}</h1>
      <MoneyTabs slug={slug} current="payoutSettings" />
      <DoneNotice text={done ? mt('payouts.done') : null} />
      <p className="hint">{mt('payouts.intro')}</p>
      <section className="card" aria-labelledby="payouts-current">
        <h2 id="payouts-current">{mt('payouts.current')}</h2>
        <dl data-testid="payout-settings">
          <dt>{mt('payouts.schedule')}</dt>
          <dd>{mlabel(`payouts.schedules.${settings.schedule}`)}</dd>
          <dt>{mt('payouts.nextRun')}</dt>
          <dd>{settings.nextRunAt ? formatDateTime(settings.nextRunAt) : mt('payouts.nextRunNone')}</dd>
          <dt>{mt('payouts.minimum')}</dt>
          <dd>{minimum ? formatMoney(minimum) : mt('payouts.minimumNone')}</dd>
        </dl>
      </section>
      {viewer.access.admin && (
        <section className="card" aria-labelledby="payouts-edit">
          <h2 id="payouts-edit">{mt('payouts.save')}</h2>
          <ActionForm
            action={setPayoutSettingsAction.bind(null, slug)}
            label={mt('payouts.title')}
            submitLabel={mt('payouts.save')}
            pendingLabel={t('admin.saving')}
            groups={[
              {
                fields: [
                  {
                    name: 'schedule',
                    label: mt('payouts.schedule'),
                    type: 'select',
                    defaultValue: settings.schedule,
                    options: (['WEEKLY', 'MONTHLY', 'MANUAL'] as const).map((s) => ({ value: s, label: mlabel(`payouts.schedules.${s}`) })),
                  },
                  { name: 'nextRunAt', label: mt('payouts.nextRunLabel'), type: 'date', hint: mt('payouts.nextRunHint') },
                  { name: 'minimum', label: mt('payouts.minimum'), inputMode: 'decimal', defaultValue: minimum ? String(toMajorUnits(minimum)) : '', hint: mt('payouts.minimumHint') },
                ],
              },
            ]}
          />
        </section>
      )}
      <section className="card" aria-labelledby="payout-items">
        <h2 id="payout-items">{mt('payouts.items')}</h2>
        {payoutItems.edges.length === 0 ? (
          <p className="empty">{mt('payouts.itemsEmpty')}</p>
        ) : (
          <DataTable label={mt('payouts.items')}>
            <thead>
              <tr>
                <th scope="col">{mt('journal.date')}</th>
                <th scope="col">{mt('journal.owner')}</th>
                <th scope="col">{mt('journal.amount')}</th>
                <th scope="col">{t('admin.money.status')}</th>
              </tr>
            </thead>
            <tbody>
              {payoutItems.edges.map(({ node: item }) => (
                <tr key={item.id}>
                  <th scope="row">
                    <a href={`${base}/payouts/${item.batchId}`}>{formatDateTime(item.createdAt)}</a>
                  </th>
                  <td>{ownerName(item.account, directory)}</td>
                  <td>{formatMoney(item.amount)}</td>
                  <td>{mlabel(`payouts.itemStatus.${item.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>
    </div>
  );
}
