import { notFound } from 'next/navigation';
import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime, label } from '../../../lib/admin/format';
import { reverseJournalEntryAction } from '../../../lib/admin/journal-actions';
import { AdminJournalEntryQuery } from '../../../lib/admin/journal-operations';
import { mlabel, mt } from '../../../lib/admin/mlas-messages';
import { AdminOwnerDirectoryQuery } from '../../../lib/admin/money-operations';
import { adminQuery } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { DoneNotice } from '../mlas/ProgrammeLinks';
import { one } from '../pages/params';
import { isUuid, requireBookReader } from './manager';
import { MoneyTabs } from './MoneyTabs';
import { ownerDirectory, ownerName } from '../money/owners';

/** Entries undone another way (payouts: by failing the item) or not at all (a reversal). */
const NOT_REVERSIBLE = ['REVERSAL', 'PAYOUT', 'PAYOUT_SETTLED'];

/**
 * One journal entry: its lines (account, debit or credit), what it reverses and what reversed it. Client
 * and super administrators reverse it with a reason (once; the ledger refuses a second time).
 */
export async function JournalEntryPage({ slug, entryId, params }: { slug: string; entryId: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'money')}/journal`;
  const viewer = await requireBookReader(slug, `${base}/${entryId}`);
  if (!isUuid(entryId)) notFound();
  const [{ journalEntry: entry, reversals }, names] = await Promise.all([
    adminQuery(slug, AdminJournalEntryQuery, { id: entryId, reference: entryId }),
    adminQuery(slug, AdminOwnerDirectoryQuery, { withAgents: true }),
  ]);
  if (!entry) notFound();
  const directory = ownerDirectory(names.vendors, names.agents);
  const reversedBy = reversals.edges.map((e) => e.node).filter((r) => r.kind === 'REVERSAL');
  const done = one(params, 'done');
  const canReverse = viewer.access.admin && reversedBy.length === 0 && !NOT_REVERSIBLE.includes(entry.kind);

  return (
    <div>
      <p>
        <a href={base}>{mt('journal.back')}</a>
      </p>
      <h1>{mt('journal.entryTitle', { kind: mlabel(`journal.kinds.${entry.kind}`), date: formatDateTime(entry.postedAt) })}</h1>
      <MoneyTabs slug={slug} current="journal" />
      <DoneNotice text={done ? mlabel(`journal.done.${done}`) : null} />
      <section className="card" aria-labelledby="entry-facts">
        <h2 id="entry-facts">{entry.memo}</h2>
        <dl>
          <dt>{mt('journal.kind')}</dt>
          <dd data-testid="entry-kind">{mlabel(`journal.kinds.${entry.kind}`)}</dd>
          <dt>{mt('journal.reference')}</dt>
          <dd>
            {entry.referenceType} {entry.referenceId}
          </dd>
          <dt>{mt('journal.posted')}</dt>
          <dd>{formatDateTime(entry.postedAt)}</dd>
          {entry.reversesEntryId && (
            <>
              <dt>{mt('journal.reverses')}</dt>
              <dd>
                <a href={`${base}/${entry.reversesEntryId}`}>{entry.reversesEntryId}</a>
              </dd>
            </>
          )}
          {reversedBy.length > 0 && (
            <>
              <dt>{mt('journal.reversedBy')}</dt>
              <dd>
                {reversedBy.map((r) => (
                  <a key={r.id} href={`${base}/${r.id}`} data-testid="reversed-by">
                    {formatDateTime(r.postedAt)}
                  </a>
                ))}
              </dd>
            </>
          )}
        </dl>
      </section>
      <DataTable label={mt('journal.lines')}>
        <thead>
          <tr>
            <th scope="col">{mt('journal.owner')}</th>
            <th scope="col">{mt('journal.purpose')}</th>
            <th scope="col">{mt('journal.debit')}</th>
            <th scope="col">{mt('journal.credit')}</th>
          </tr>
        </thead>
        <tbody>
          {entry.lines.map((line) => (
            <tr key={line.id}>
              <th scope="row">
                <a href={`${sectionPath(slug, 'money')}/accounts/${line.account.id}`}>{ownerName(line.account, directory)}</a>
              </th>
              <td>{label(`admin.money.purpose.${line.account.purpose}`)}</td>
              <td>{line.side === 'DEBIT' ? formatMoney(line.amount) : ''}</td>
              <td>{line.side === 'CREDIT' ? formatMoney(line.amount) : ''}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
      {canReverse && (
        <section className="card" aria-labelledby="reverse-title">
          <h2 id="reverse-title">{mt('journal.reverse')}</h2>
          <p className="hint">{mt('journal.reverseHint')}</p>
          <ActionForm
            action={reverseJournalEntryAction.bind(null, slug, entry.id)}
            label={mt('journal.reverse')}
            submitLabel={mt('journal.reverseSubmit')}
            pendingLabel={t('admin.saving')}
            secondary
            groups={[{ fields: [{ name: 'reason', label: mt('journal.reason'), required: true }] }]}
          />
        </section>
      )}
    </div>
  );
}
