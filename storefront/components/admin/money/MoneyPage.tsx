import type { AdminLedgerAccountFieldsFragment } from '../../../gql/graphql';
import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime, label } from '../../../lib/admin/format';
import { createPayoutBatchAction } from '../../../lib/admin/money';
import { AdminMyLedgerAccountsQuery, AdminOwnerDirectoryQuery, AdminPayableAccountsQuery, AdminPayoutBatchesQuery } from '../../../lib/admin/money-operations';
import { AdminPayoutPlanQuery } from '../../../lib/admin/payout-bank-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { ActionForm } from '../ActionForm';
import { one, query } from '../pages/params';
import { AccountsTable } from './AccountsTable';
import { ownerDirectory, PAYABLE_PURPOSES, type OwnerDirectory } from './owners';
import { PayoutPlanTable } from './PayoutPlanTable';
import { DataTable } from '../DataTable';
import { MoneyTabs } from '../ledger/MoneyTabs';

/**
 * Money. Managers read the book's payables (vendors', agents', the partner's) with their balances and the
 * payout batches; administrators create a batch paying them out. A vendor or an agent sees its own
 * accounts (myLedgerAccounts): its payout statement.
 */
export async function MoneyPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'money');
  const after = one(params, 'after') || null;
  const viewer = await requireViewer(slug, `${base}${query({ after })}`, 'money');
  if (!viewer.access.manager) return <OwnAccounts slug={slug} base={base} vendor={!!viewer.access.vendor} />;

  const [payables, names, { payoutBatches }, { payoutPlan }] = await Promise.all([
    Promise.all(PAYABLE_PURPOSES.map((purpose) => adminQuery(slug, AdminPayableAccountsQuery, { purpose }))),
    adminQuery(slug, AdminOwnerDirectoryQuery, { withAgents: true }),
    adminQuery(slug, AdminPayoutBatchesQuery, { after }),
    adminQuery(slug, AdminPayoutPlanQuery, { currency: 'NGN' }),
  ]);
  const directory: OwnerDirectory = ownerDirectory(names.vendors, names.agents);
  return (
    <div>
      <h1>{t('admin.money.title')}</h1>
      <MoneyTabs slug={slug} current="overview" />
      {PAYABLE_PURPOSES.map((purpose, i) => {
        const accounts: AdminLedgerAccountFieldsFragment[] = payables[i].ledgerAccounts.edges.map((e) => e.node);
        const title = label(`admin.money.purpose.${purpose}`);
        return (
          <section key={purpose} className="card" aria-labelledby={`payables-${purpose}`}>
            <h2 id={`payables-${purpose}`}>{title}</h2>
            <AccountsTable title={title} accounts={accounts} base={base} directory={directory} />
          </section>
        );
      })}
      <section className="card" aria-labelledby="payout-plan-title">
        <h2 id="payout-plan-title">{t('admin.payoutPlan.title')}</h2>
        <p className="hint">{t('admin.payoutPlan.hint')}</p>
        <PayoutPlanTable rows={payoutPlan} title={t('admin.payoutPlan.title')} base={base} directory={directory} canSetBank={viewer.access.admin} />
      </section>
      <section className="card" aria-labelledby="payouts-title">
        <h2 id="payouts-title">{t('admin.money.payouts')}</h2>
        {viewer.access.admin && (
          <ActionForm action={createPayoutBatchAction.bind(null, slug)} label={t('admin.money.createBatch')} groups={[]} submitLabel={t('admin.money.createBatch')} pendingLabel={t('admin.saving')} />
        )}
        {payoutBatches.edges.length === 0 ? (
          <p className="empty">{t('admin.money.noBatches')}</p>
        ) : (
          <DataTable label={t('admin.money.payouts')}>
            <thead>
              <tr>
                <th scope="col">{t('admin.money.created')}</th>
                <th scope="col">{t('admin.money.status')}</th>
                <th scope="col">{t('admin.money.items')}</th>
                <th scope="col">{t('admin.money.total')}</th>
              </tr>
            </thead>
            <tbody>
              {payoutBatches.edges.map(({ node: batch }) => (
                <tr key={batch.id}>
                  <th scope="row">
                    <a href={`${base}/payouts/${batch.id}`}>{formatDateTime(batch.createdAt)}</a>
                  </th>
                  <td>{label(`admin.money.batchStatus.${batch.status}`)}</td>
                  <td>{batch.items.length}</td>
                  <td>{formatMoney(batch.total)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
        {payoutBatches.pageInfo.hasNextPage && payoutBatches.pageInfo.endCursor && (
          <nav className="pagination" aria-label={t('admin.money.pages')}>
            <a rel="next" href={`${base}${query({ after: payoutBatches.pageInfo.endCursor })}`}>
              {t('admin.money.older')}
            </a>
          </nav>
        )}
      </section>
    </div>
  );
}

async function OwnAccounts({ slug, base, vendor }: { slug: string; base: string; vendor: boolean }) {
  const { myLedgerAccounts } = await adminQuery(slug, AdminMyLedgerAccountsQuery, {});
  return (
    <div>
      <h1>{t('admin.money.title')}</h1>
      <p className="hint">{t('admin.money.ownHint')}</p>
      {vendor && (
        <p>
          <a href={`${base}/statement`}>{t('admin.reports.kind.vendors')}</a>
        </p>
      )}
      <AccountsTable title={t('admin.money.ownAccounts')} accounts={myLedgerAccounts.edges.map((e) => e.node)} base={base} />
    </div>
  );
}
