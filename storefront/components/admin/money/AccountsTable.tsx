import type { AdminLedgerAccountFieldsFragment } from '../../../gql/graphql';
import { label } from '../../../lib/admin/format';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { ownerName, type OwnerDirectory } from './owners';
import { DataTable } from '../DataTable';

/** Ledger accounts with their balances, each owner's name linking to the account's statement. */
export function AccountsTable({ title, accounts, base, directory }: { title: string; accounts: AdminLedgerAccountFieldsFragment[]; base: string; directory?: OwnerDirectory }) {
  if (accounts.length === 0) return <p className="empty">{t('admin.money.noAccounts')}</p>;
  return (
    <DataTable label={title}>
      <thead>
        <tr>
          <th scope="col">{t('admin.money.owner')}</th>
          <th scope="col">{t('admin.money.purpose')}</th>
          <th scope="col">{t('admin.money.lines')}</th>
          <th scope="col">{t('admin.money.balance')}</th>
        </tr>
      </thead>
      <tbody>
        {accounts.map((account) => (
          <tr key={account.id}>
            <th scope="row">
              <a href={`${base}/accounts/${account.id}`}>{ownerName(account, directory)}</a>
            </th>
            <td>{label(`admin.money.purpose.${account.purpose}`)}</td>
            <td>{account.lineCount}</td>
            <td data-testid={`balance-${account.id}`}>{formatMoney(account.balance)}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
