import { Fragment } from 'react';
import type { AdminTrialBalanceQuery } from '../../../gql/graphql';
import { sectionPath } from '../../../lib/admin/access';
import { label } from '../../../lib/admin/format';
import { AdminTrialBalanceQuery as TrialBalanceQuery } from '../../../lib/admin/journal-operations';
import { AdminReportCurrenciesQuery } from '../../../lib/expenses/operations';
import { mt } from '../../../lib/admin/mlas-messages';
import { adminQuery } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { DataTable } from '../DataTable';
import { requireBookReader } from './manager';
import { MoneyTabs } from './MoneyTabs';

/**
 * The book summed by kind of account, a table per currency of the book (as its PDF, decision 0088): debits,
 * credits and the balance on its normal side; the totals agree.
 */
export async function TrialBalancePage({ slug }: { slug: string }) {
  await requireBookReader(slug, `${sectionPath(slug, 'money')}/trial-balance`);
  const { ledgerReportCurrencies: currencies } = await adminQuery(slug, AdminReportCurrenciesQuery, {});
  const books = await Promise.all(currencies.map((currency) => adminQuery(slug, TrialBalanceQuery, { currency }).then((r) => r.trialBalance)));

  return (
    <div>
      <h1>{mt('trial.title')}</h1>
      <MoneyTabs slug={slug} current="trialBalance" />
      <p className="hint">{mt('trial.intro')}</p>
      <p>
        <a href={`${sectionPath(slug, 'money')}/trial-balance/pdf`} download>
          {t('admin.reports.pdf')}
        </a>
      </p>
      {books.map((tb, i) => (
        <Fragment key={currencies[i]}>
          {books.length > 1 && <h2>{currencies[i]}</h2>}
          <BookTable tb={tb} label={books.length > 1 ? `${mt('trial.table')} (${currencies[i]})` : mt('trial.table')} />
        </Fragment>
      ))}
    </div>
  );
}

/** One currency's table and whether it balances. */
function BookTable({ tb, label: name }: { tb: AdminTrialBalanceQuery['trialBalance']; label: string }) {
  const otherBooks = BigInt(tb.otherBooksDebits.amount) !== 0n || BigInt(tb.otherBooksCredits.amount) !== 0n;
  return (
    <>
      {tb.rows.length === 0 ? (
        <p className="empty">{mt('trial.empty')}</p>
      ) : (
        <DataTable label={name}>
          <thead>
            <tr>
              <th scope="col">{mt('trial.purpose')}</th>
              <th scope="col">{mt('trial.debits')}</th>
              <th scope="col">{mt('trial.credits')}</th>
              <th scope="col">{mt('trial.balance')}</th>
            </tr>
          </thead>
          <tbody>
            {tb.rows.map((row) => (
              <tr key={row.purpose}>
                <th scope="row">{label(`admin.money.purpose.${row.purpose}`)}</th>
                <td>{formatMoney(row.debits)}</td>
                <td>{formatMoney(row.credits)}</td>
                <td>{formatMoney(row.balance)}</td>
              </tr>
            ))}
            {otherBooks && (
              <tr>
                <th scope="row">{mt('trial.otherBooks')}</th>
                <td>{formatMoney(tb.otherBooksDebits)}</td>
                <td>{formatMoney(tb.otherBooksCredits)}</td>
                <td />
              </tr>
            )}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{mt('trial.totals')}</th>
              <td data-testid="total-debits">{formatMoney(tb.totalDebits)}</td>
              <td data-testid="total-credits">{formatMoney(tb.totalCredits)}</td>
              <td />
            </tr>
          </tfoot>
        </DataTable>
      )}
      <p className={tb.balanced ? 'notice-ok' : 'alert'} data-testid="trial-balanced">
        {tb.balanced ? mt('trial.balanced') : mt('trial.unbalanced')}
      </p>
    </>
  );
}
