import { notFound } from 'next/navigation';
import { adminBase, sectionPath } from '../../../lib/admin/access';
import { formatDateTime } from '../../../lib/admin/format';
import { adminQuery } from '../../../lib/admin/session';
import { decideExpenseAction, payExpenseAction, updateExpenseAction } from '../../../lib/expenses/actions';
import { exlabel, ext } from '../../../lib/expenses/messages';
import { AdminExpenseQuery } from '../../../lib/expenses/operations';
import { formatMoney } from '../../../lib/money';
import { ActionForm } from '../ActionForm';
import { DoneNotice } from '../mlas/ProgrammeLinks';
import { one } from '../pages/params';
import { isUuid, requireBookReader } from './manager';
import { MoneyTabs } from './MoneyTabs';
import { expenseFields } from './expense-fields';
import { toMajorUnits } from '../../../lib/money';

/**
 * One expense: its figures, the receipt photo (served privately through the back office's own host), and
 * what the viewer may do with it: its writer submits or deletes a draft; another administrator approves
 * (posting it) or rejects it with a reason. The ledger checks each of these again.
 */
export async function ExpensePage({ slug, id, params }: { slug: string; id: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'money')}/expenses`;
  if (!isUuid(id)) notFound();
  const viewer = await requireBookReader(slug, `${base}/${id}`);
  const { expense: found } = await adminQuery(slug, AdminExpenseQuery, { id });
  if (!found) notFound();
  const e = found;
  const mine = e.createdByUserId === viewer.user.id;
  const done = one(params, 'done');
  const doneKey = done && ['saved', 'submitted', 'submit', 'approve', 'reject', 'paid'].includes(done) ? (`done.${done}` as const) : null;
  const receipt = e.receiptId ? `${adminBase(slug)}/expense-receipts/${e.receiptId}` : null;
  const decide = (decision: 'submit' | 'approve' | 'reject' | 'delete') => decideExpenseAction.bind(null, slug, e.id, decision);

  return (
    <div>
      <h1>{e.supplier}</h1>
      <MoneyTabs slug={slug} current="expenses" />
      <DoneNotice text={doneKey ? ext(doneKey as Parameters<typeof ext>[0]) : null} />
      <section className="card" aria-labelledby="expense-detail">
        <h2 id="expense-detail">{exlabel(`category.${e.category}`)}</h2>
        <dl data-testid="expense">
          <dt>{ext('detail.status')}</dt>
          <dd>{e.payment ? ext('status.PAID') : exlabel(`status.${e.status}`)}</dd>
          <dt>{ext('field.spentOn')}</dt>
          <dd>{e.spentOn}</dd>
          <dt>{ext('detail.amount')}</dt>
          <dd>{formatMoney(e.amount)}</dd>
          <dt>{ext('detail.vat')}</dt>
          <dd>{formatMoney(e.vatPaid)}</dd>
          <dt>{ext('detail.total')}</dt>
          <dd>
            <strong>{formatMoney(e.total)}</strong>
          </dd>
          {e.note && (
            <>
              <dt>{ext('detail.note')}</dt>
              <dd>{e.note}</dd>
            </>
          )}
          {e.submittedAt && (
            <>
              <dt>{ext('detail.submitted')}</dt>
              <dd>{formatDateTime(e.submittedAt)}</dd>
            </>
          )}
          {e.decidedAt && (
            <>
              <dt>{ext('detail.decided')}</dt>
              <dd>{formatDateTime(e.decidedAt)}</dd>
            </>
          )}
          {e.rejectionReason && (
            <>
              <dt>{ext('detail.reason')}</dt>
              <dd>{e.rejectionReason}</dd>
            </>
          )}
          {e.journalEntryId && (
            <>
              <dt>{ext('detail.entry')}</dt>
              <dd>
                <a href={`${sectionPath(slug, 'money')}/journal/${e.journalEntryId}`}>{e.journalEntryId.slice(-8)}</a>
              </dd>
            </>
          )}
          {e.payment && (
            <>
              <dt>{ext('detail.paid')}</dt>
              <dd data-testid="expense-paid">{ext('detail.paidValue', { day: e.payment.paidOn, from: exlabel(`paidFrom.${e.payment.paidFrom}`), reference: e.payment.reference })}</dd>
              <dt>{ext('detail.paymentEntry')}</dt>
              <dd>
                <a href={`${sectionPath(slug, 'money')}/journal/${e.payment.journalEntryId}`}>{e.payment.journalEntryId.slice(-8)}</a>
              </dd>
            </>
          )}
        </dl>
      </section>
      <section className="card" aria-labelledby="expense-receipt">
        <h2 id="expense-receipt">{ext('detail.receipt')}</h2>
        {receipt ? (
          <a href={`${receipt}/1280.jpg`}>
            <img src={`${receipt}/640.jpg`} alt={ext('detail.receipt')} style={{ maxWidth: '100%', height: 'auto' }} />
            <span className="visually-hidden">{ext('detail.openReceipt')}</span>
          </a>
        ) : (
          <p className="empty">{ext('detail.noReceipt')}</p>
        )}
      </section>
      {e.status === 'DRAFT' && mine && (
        <section className="card" aria-label={ext('action.submit')}>
          <ActionForm action={decide('submit')} label={ext('action.submit')} submitLabel={ext('action.submit')} pendingLabel={ext('saving')} groups={[]} />
          <ActionForm action={decide('delete')} label={ext('action.delete')} submitLabel={ext('action.delete')} pendingLabel={ext('saving')} groups={[]} secondary />
        </section>
      )}
      {e.status === 'DRAFT' && mine && (
        <section className="card" aria-labelledby="expense-edit">
          <h2 id="expense-edit">{ext('edit')}</h2>
          <ActionForm
            action={updateExpenseAction.bind(null, slug, e.id)}
            label={ext('edit')}
            submitLabel={ext('save')}
            pendingLabel={ext('saving')}
            groups={[{ fields: expenseFields({ category: e.category, supplier: e.supplier, spentOn: e.spentOn, amount: String(toMajorUnits(e.amount)), vatPaid: String(toMajorUnits(e.vatPaid)), note: e.note, receiptId: e.receiptId ?? undefined }) }]}
          />
        </section>
      )}
      {e.status === 'APPROVED' && !e.payment && viewer.access.admin && (mine ? (
        <p className="hint">{ext('pay.ownHint')}</p>
      ) : (
        <section className="card" aria-labelledby="expense-pay">
          <h2 id="expense-pay">{ext('pay.title')}</h2>
          <p className="hint">{ext('pay.intro', { total: formatMoney(e.total) })}</p>
          <ActionForm
            action={payExpenseAction.bind(null, slug, e.id)}
            label={ext('pay.title')}
            submitLabel={ext('pay.submit')}
            pendingLabel={ext('saving')}
            groups={[
              {
                fields: [
                  { name: 'paidFrom', label: ext('pay.from'), type: 'select', required: true, options: [{ value: 'BANK', label: exlabel('paidFrom.BANK') }, { value: 'CASH', label: exlabel('paidFrom.CASH') }] },
                  { name: 'paidOn', label: ext('pay.on'), type: 'date', required: true, defaultValue: new Date().toISOString().slice(0, 10) },
                  { name: 'reference', label: ext('pay.reference'), required: true, hint: ext('pay.referenceHint') },
                ],
              },
            ]}
          />
        </section>
      ))}
      {e.status === 'SUBMITTED' && viewer.access.admin && (mine ? (
        <p className="hint">{ext('action.ownHint')}</p>
      ) : (
        <section className="card" aria-label={ext('action.approve')}>
          <ActionForm action={decide('approve')} label={ext('action.approve')} submitLabel={ext('action.approve')} pendingLabel={ext('saving')} groups={[]} />
          <ActionForm
            action={decide('reject')}
            label={ext('action.reject')}
            submitLabel={ext('action.reject')}
            pendingLabel={ext('saving')}
            secondary
            groups={[{ fields: [{ name: 'reason', label: ext('action.reason'), type: 'textarea', required: true, hint: ext('action.reasonHint') }] }]}
          />
        </section>
      ))}
    </div>
  );
}
