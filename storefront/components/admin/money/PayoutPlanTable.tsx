import type { MoneyFieldsFragment } from '../../../gql/graphql';
import { label } from '../../../lib/admin/format';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { ownerName, type OwnerDirectory } from './owners';
import { DataTable } from '../DataTable';

export interface PlanRow {
  accountId: string;
  ownerType: string;
  ownerId: string;
  purpose: string;
  balance: MoneyFieldsFragment;
  held: MoneyFieldsFragment;
  payable?: MoneyFieldsFragment;
  bankName?: string | null;
  accountNumberLast4?: string | null;
  reason?: string | null;
}

/**
 * Payable accounts with what is held back and why (decision 0031): the next batch's plan on the money page,
 * the accounts a batch left out on its page. Administrators get a link to set a vendor's bank details.
 */
export function PayoutPlanTable({ rows, title, base, directory, canSetBank }: { rows: PlanRow[]; title: string; base: string; directory: OwnerDirectory; canSetBank: boolean }) {
  if (rows.length === 0) return <p className="empty">{t('admin.payoutPlan.none')}</p>;
  const withPayable = rows.some((r) => r.payable);
  return (
    <DataTable label={title}>
      <thead>
        <tr>
          <th scope="col">{t('admin.money.owner')}</th>
          <th scope="col">{t('admin.payoutPlan.balance')}</th>
          <th scope="col">{t('admin.payoutPlan.held')}</th>
          {withPayable && <th scope="col">{t('admin.payoutPlan.payable')}</th>}
          {withPayable && <th scope="col">{t('admin.payoutPlan.bank')}</th>}
          <th scope="col">{t('admin.payoutPlan.why')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const vendor = r.ownerType === 'VENDOR' && r.purpose === 'VENDOR_PAYABLE';
          return (
            <tr key={r.accountId}>
              <th scope="row">
                <a href={`${base}/accounts/${r.accountId}`}>{ownerName({ ownerType: r.ownerType as never, ownerId: r.ownerId }, directory)}</a>
                <br />
                <small>{label(`admin.money.purpose.${r.purpose}`)}</small>
              </th>
              <td>{formatMoney(r.balance)}</td>
              <td>{formatMoney(r.held)}</td>
              {withPayable && <td>{r.payable ? formatMoney(r.payable) : ''}</td>}
              {withPayable && <td>{r.bankName ? `${r.bankName} ••••${r.accountNumberLast4}` : vendor ? t('admin.payoutPlan.noBank') : ''}</td>}
              <td>
                {r.reason ?? t('admin.payoutPlan.paid')}
                {canSetBank && vendor && (
                  <>
                    {' '}
                    <a href={`${base}/payees/${r.ownerId}`}>{t('admin.payoutPlan.setBank')}</a>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </DataTable>
  );
}
