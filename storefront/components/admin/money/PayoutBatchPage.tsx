import { notFound } from 'next/navigation';
import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime, label } from '../../../lib/admin/format';
import { markPayoutItemFailedAction, markPayoutItemPaidAction, submitPayoutBatchAction } from '../../../lib/admin/money';
import { AdminPayoutBatchQuery } from '../../../lib/admin/money-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { ActionForm } from '../ActionForm';
import { one } from '../pages/params';
import { ownerDirectory, ownerName } from './owners';
import { PayoutPlanTable } from './PayoutPlanTable';
import { DataTable } from '../DataTable';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One payout batch: its items (one per payable account, its whole balance, already posted by the ledger).
 * Administrators submit a DRAFT batch to the bank, then mark each item paid (with the bank's reference) or
 * failed (the ledger reverses it, so the balance is owed again).
 */
export async function PayoutBatchPage({ slug, batchId, params }: { slug: string; batchId: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'money');
  const path = `${base}/payouts/${batchId}`;
  const viewer = await requireViewer(slug, path, 'money');
  if (!viewer.access.manager || !UUID.test(batchId)) notFound();
  const { payoutBatch: batch, vendors, agents } = await adminQuery(slug, AdminPayoutBatchQuery, { id: batchId });
  if (!batch) notFound();
  const directory = ownerDirectory(vendors, agents);
  const canSubmit = viewer.access.admin && batch.status === 'DRAFT';
  const canSettle = viewer.access.admin && batch.status === 'PROCESSING';
  const done = one(params, 'done');

  return (
    <div>
      <p>
        <a href={base}>{t('admin.money.back')}</a>
      </p>
      <h1>{t('admin.money.batchTitle', { date: formatDateTime(batch.createdAt) })}</h1>
      {done && (
        <p role="status" className="notice-ok">
          {label(`admin.money.done.${done}`)}
        </p>
      )}
      <p>
        {t('admin.money.status')}: <strong data-testid="batch-status">{label(`admin.money.batchStatus.${batch.status}`)}</strong> · {t('admin.money.total')}: {formatMoney(batch.total)}
      </p>
      {canSubmit && (
        <ActionForm action={submitPayoutBatchAction.bind(null, slug, batch.id)} label={t('admin.money.submit')} groups={[]} submitLabel={t('admin.money.submit')} pendingLabel={t('admin.saving')} />
      )}
      {canSubmit && <p className="hint">{t('admin.money.submitHint')}</p>}
      <DataTable label={t('admin.money.items')}>
        <thead>
          <tr>
            <th scope="col">{t('admin.money.owner')}</th>
            <th scope="col">{t('admin.money.purpose')}</th>
            <th scope="col">{t('admin.money.amount')}</th>
            <th scope="col">{t('admin.payoutPlan.bank')}</th>
            <th scope="col">{t('admin.money.status')}</th>
            {canSettle && <th scope="col">{t('admin.money.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {batch.items.map((item) => {
            const owner = ownerName(item.account, directory);
            return (
              <tr key={item.id}>
                <th scope="row">
                  <a href={`${base}/accounts/${item.account.id}`}>{owner}</a>
                </th>
                <td>{label(`admin.money.purpose.${item.account.purpose}`)}</td>
                <td>
                  {formatMoney(item.amount)}
                  {item.heldAmount.amount !== '0' && <small> · {t('admin.payoutPlan.heldBack', { amount: formatMoney(item.heldAmount) })}</small>}
                </td>
                <td>{item.bankName ? `${item.bankName} ••••${item.accountNumberLast4}` : '—'}</td>
                <td>
                  {label(`admin.money.itemStatus.${item.status}`)}
                  {item.paidReference && ` · ${item.paidReference}`}
                  {item.failureReason && ` · “${item.failureReason}”`}
                  {item.resolvedAt && ` · ${formatDateTime(item.resolvedAt)}`}
                </td>
                {canSettle && (
                  <td>
                    {item.status === 'PENDING' && (
                      <div className="decision">
                        <ActionForm
                          action={markPayoutItemPaidAction.bind(null, slug, batch.id, item.id)}
                          label={t('admin.money.markPaidFor', { owner })}
                          groups={[{ fields: [{ name: 'reference', label: t('admin.money.reference') }] }]}
                          submitLabel={t('admin.money.markPaid')}
                          pendingLabel={t('admin.saving')}
                        />
                        <ActionForm
                          action={markPayoutItemFailedAction.bind(null, slug, batch.id, item.id)}
                          label={t('admin.money.markFailedFor', { owner })}
                          groups={[{ fields: [{ name: 'reason', label: t('admin.money.reason'), required: true }] }]}
                          submitLabel={t('admin.money.markFailed')}
                          pendingLabel={t('admin.saving')}
                          secondary
                        />
                      </div>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </DataTable>
      {batch.heldBack.length > 0 && (
        <section className="card" aria-labelledby="held-back-title">
          <h2 id="held-back-title">{t('admin.payoutPlan.heldBackTitle')}</h2>
          <PayoutPlanTable rows={batch.heldBack} title={t('admin.payoutPlan.heldBackTitle')} base={base} directory={directory} canSetBank={viewer.access.admin} />
        </section>
      )}
    </div>
  );
}
