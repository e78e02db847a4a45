import { notFound } from 'next/navigation';
import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime, label } from '../../../lib/admin/format';
import { AdminLedgerStatementQuery, AdminOwnerDirectoryQuery } from '../../../lib/admin/money-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { one, query } from '../pages/params';
import { ownerDirectory, ownerName } from './owners';
import { DataTable } from '../DataTable';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * One account's statement, newest first, 25 lines a page (the ledger's cursor; lines are only appended, so
 * pages are stable): date, memo, debit or credit, and the running balance after each line. The ledger
 * shows an account only to its book's managers and to its owner.
 */
export async function StatementPage({ slug, accountId, params }: { slug: string; accountId: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'money');
  const after = one(params, 'after') || null;
  const path = `${base}/accounts/${accountId}`;
  const viewer = await requireViewer(slug, `${path}${query({ after })}`, 'money');
  if (!UUID.test(accountId)) notFound();
  const [{ ledgerAccount: account, ledgerStatement }, names] = await Promise.all([
    adminQuery(slug, AdminLedgerStatementQuery, { accountId, after }),
    adminQuery(slug, AdminOwnerDirectoryQuery, { withAgents: viewer.access.manager }),
  ]);
  if (!account) notFound();
  const title = t('admin.money.statementTitle', { owner: ownerName(account, ownerDirectory(names.vendors, names.agents)), purpose: label(`admin.money.purpose.${account.purpose}`) });

  return (
    <div>
      <p>
        <a href={base}>{t('admin.money.back')}</a>
      </p>
      <h1>{title}</h1>
      <p>
        {t('admin.money.balance')}: <strong data-testid="account-balance">{formatMoney(account.balance)}</strong>
      </p>
      {ledgerStatement.edges.length === 0 ? (
        <p className="empty">{t('admin.money.noLines')}</p>
      ) : (
        <DataTable label={t('admin.money.statement')}>
          <thead>
            <tr>
              <th scope="col">{t('admin.money.date')}</th>
              <th scope="col">{t('admin.money.memo')}</th>
              <th scope="col">{t('admin.money.debit')}</th>
              <th scope="col">{t('admin.money.credit')}</th>
              <th scope="col">{t('admin.money.runningBalance')}</th>
            </tr>
          </thead>
          <tbody>
            {ledgerStatement.edges.map(({ node: line }) => (
              <tr key={line.id}>
                <th scope="row">{formatDateTime(line.createdAt)}</th>
                <td>{line.memo ?? ''}</td>
                <td>{line.side === 'DEBIT' ? formatMoney(line.amount) : ''}</td>
                <td>{line.side === 'CREDIT' ? formatMoney(line.amount) : ''}</td>
                <td>{formatMoney(line.balanceAfter)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {ledgerStatement.pageInfo.hasNextPage && ledgerStatement.pageInfo.endCursor && (
        <nav className="pagination" aria-label={t('admin.money.pages')}>
          <a rel="next" href={`${path}${query({ after: ledgerStatement.pageInfo.endCursor })}`}>
            {t('admin.money.older')}
          </a>
        </nav>
      )}
    </div>
  );
}
