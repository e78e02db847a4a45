import Link from 'next/link';
import type { ExpenseStatus } from '../../../gql/graphql';
import { sectionPath } from '../../../lib/admin/access';
import { adminQuery } from '../../../lib/admin/session';
import { createExpenseAction } from '../../../lib/expenses/actions';
import { exlabel, ext } from '../../../lib/expenses/messages';
import { AdminExpensesQuery } from '../../../lib/expenses/operations';
import { formatMoney } from '../../../lib/money';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { DoneNotice } from '../mlas/ProgrammeLinks';
import { one, query } from '../pages/params';
import { requireBookReader } from './manager';
import { MoneyTabs } from './MoneyTabs';
import { expenseFields } from './expense-fields';

const STATUSES: ExpenseStatus[] = ['SUBMITTED', 'DRAFT', 'APPROVED', 'REJECTED'];
/** The list's filters: a status, or approved ones not yet paid / paid out of the book (decision 0088). */
const FILTERS = [...STATUSES, 'UNPAID', 'PAID'] as const;
type Filter = (typeof FILTERS)[number];
const FILTER_QUERY: Record<Filter, { status: ExpenseStatus | null; paid: boolean | null }> = {
  SUBMITTED: { status: 'SUBMITTED', paid: null },
  DRAFT: { status: 'DRAFT', paid: null },
  APPROVED: { status: 'APPROVED', paid: null },
  REJECTED: { status: 'REJECTED', paid: null },
  UNPAID: { status: 'APPROVED', paid: false },
  PAID: { status: null, paid: true },
};

/** The book's expenses (newest first, by status) and the form that records one, receipt photo included (decision 0082). */
export async function ExpensesPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'money')}/expenses`;
  const status = FILTERS.find((s) => s === one(params, 'status')) ?? null;
  await requireBookReader(slug, `${base}${query({ status: status ?? undefined })}`);
  const { expenses } = await adminQuery(slug, AdminExpensesQuery, status ? FILTER_QUERY[status] : { status: null });
  const rows = expenses;
  const done = one(params, 'done');
  const today = new Date().toISOString().slice(0, 10);

  return (
    <div>
      <h1>{ext('title')}</h1>
      <MoneyTabs slug={slug} current="expenses" />
      <DoneNotice text={done === 'deleted' ? ext('done.deleted') : null} />
      <p className="hint">{ext('intro')}</p>
      <nav className="filter-bar" aria-label={ext('filter')}>
        <Link href={base} aria-current={status === null ? 'page' : undefined}>
          {ext('filter.all')}
        </Link>
        {FILTERS.map((s) => (
          <Link key={s} href={`${base}${query({ status: s })}`} aria-current={status === s ? 'page' : undefined}>
            {exlabel(`status.${s}`)}
          </Link>
        ))}
      </nav>
      <section className="card" aria-labelledby="expenses-list">
        <h2 id="expenses-list">{status ? exlabel(`status.${status}`) : ext('title')}</h2>
        {rows.length === 0 ? (
          <p className="empty">{status ? ext('noneFiltered') : ext('none')}</p>
        ) : (
          <DataTable label={ext('title')}>
            <thead>
              <tr>
                <th scope="col">{ext('col.date')}</th>
                <th scope="col">{ext('col.supplier')}</th>
                <th scope="col">{ext('col.category')}</th>
                <th scope="col">{ext('col.total')}</th>
                <th scope="col">{ext('col.vat')}</th>
                <th scope="col">{ext('col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr key={e.id} data-key={e.id}>
                  <td>{e.spentOn}</td>
                  <th scope="row">
                    <Link href={`${base}/${e.id}`}>{e.supplier}</Link>
                  </th>
                  <td>{exlabel(`category.${e.category}`)}</td>
                  <td>{formatMoney(e.total)}</td>
                  <td>{formatMoney(e.vatPaid)}</td>
                  <td>{e.payment ? ext('status.PAID') : exlabel(`status.${e.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>
      <section className="card" aria-labelledby="expense-new">
        <h2 id="expense-new">{ext('new')}</h2>
        <ActionForm
          action={createExpenseAction.bind(null, slug)}
          label={ext('new')}
          submitLabel={ext('save')}
          pendingLabel={ext('saving')}
          groups={[
            {
              fields: [
                ...expenseFields({ spentOn: today }),
                { name: 'draft', label: ext('field.draft'), type: 'checkboxes', options: [{ value: 'yes', label: ext('field.draft') }] },
              ],
            },
          ]}
        />
      </section>
    </div>
  );
}
