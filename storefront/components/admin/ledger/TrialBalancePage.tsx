import { sectionPath } from '../../../lib/admin/access';
import { label } from '../../../lib/admin/format';
import { AdminTrialBalanceQuery } from '../../../lib/admin/journal-operations';
import { mt } from '../../../lib/admin/mlas-messages';
import { adminQuery } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { DataTable } from '../DataTable';
import { requireBookReader } from './manager';
import { MoneyTabs } from './MoneyTabs';

/** The book in naira, summed by kind of account: debits, credits and the balance on its normal side; the totals agree. */
export async function TrialBalancePage({ slug }: { slug: string }) {
  await requireBookReader(slug, `${sectionPath(slug, 'money')}/trial-balance`);
  const { trialBalance: tb } = await adminQuery(slug, AdminTrialBalanceQuery, { currency: 'NGN' });
  const otherBooks = BigInt(tb.otherBooksDebits.amount) !== 0n || BigInt(tb.otherBooksCredits.amount) !== 0n;

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
      {tb.rows.length === 0 ? (
        <p className="empty">{mt('trial.empty')}</p>
      ) : (
        <DataTable label={mt('trial.table')}>
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
    </div>
  );
}
