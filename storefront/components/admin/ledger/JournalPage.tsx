import type { JournalKind, LedgerOwnerType } from '../../../gql/graphql';
import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime, label } from '../../../lib/admin/format';
import { ADJUSTMENT_LINES, accountChoiceValue, type AccountChoice } from '../../../lib/admin/journal';
import { postAdjustmentAction } from '../../../lib/admin/journal-actions';
import { AdminAdjustmentAccountsQuery, AdminJournalQuery } from '../../../lib/admin/journal-operations';
import { mlabel, mt } from '../../../lib/admin/mlas-messages';
import { AdminOwnerDirectoryQuery } from '../../../lib/admin/money-operations';
import { adminQuery, type Viewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { one, query } from '../pages/params';
import { requireBookReader } from './manager';
import { MoneyTabs } from './MoneyTabs';
import { ownerDirectory, ownerName, type OwnerDirectory } from '../money/owners';

const KINDS: readonly JournalKind[] = ['ORDER_PAID', 'COMMISSION', 'REFUND', 'COMMISSION_CLAWBACK', 'PAYOUT', 'PAYOUT_SETTLED', 'ADJUSTMENT', 'REVERSAL', 'TICKET_SALE', 'TICKET_COMMISSION', 'CASH_HAND_IN'];

/** The sum of an entry's debit lines: what it moved. */
export function entryAmount(lines: readonly { side: string; amount: { amount: string; currency: string } }[]): string {
  const debits = lines.filter((l) => l.side === 'DEBIT');
  if (debits.length === 0) return '';
  return formatMoney({ amount: debits.reduce((sum, l) => sum + BigInt(l.amount.amount), 0n).toString(), currency: debits[0].amount.currency });
}

/**
 * The book's journal, newest first, 25 a page, filtered by kind; each entry links to its lines. Client and
 * super administrators post a balanced adjustment (the ledger refuses others); administrators see the
 * postings other services sent that the ledger refused.
 */
export async function JournalPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${sectionPath(slug, 'money')}/journal`;
  const kindParam = one(params, 'kind') as JournalKind;
  const kind = KINDS.includes(kindParam) ? kindParam : null;
  const after = one(params, 'after') || null;
  const viewer = await requireBookReader(slug, `${base}${query({ kind, after })}`);
  const admin = viewer.access.admin;
  const { journalEntries, rejectedPostings } = await adminQuery(slug, AdminJournalQuery, { kind, after, withRejected: admin });

  return (
    <div>
      <h1>{mt('journal.title')}</h1>
      <MoneyTabs slug={slug} current="journal" />
      <p className="hint">{mt('journal.intro')}</p>
      {admin && <AdjustmentForm slug={slug} viewer={viewer} />}
      <form method="get" action={base} className="filter-bar" aria-label={mt('journal.filter')}>
        <div className="field">
          <label htmlFor="journal-kind">{mt('journal.kind')}</label>
          <select id="journal-kind" name="kind" defaultValue={kind ?? ''}>
            <option value="">{mt('journal.allKinds')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {mlabel(`journal.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{mt('journal.apply')}</button>
      </form>
      {journalEntries.edges.length === 0 ? (
        <p className="empty">{mt('journal.empty')}</p>
      ) : (
        <DataTable label={mt('journal.table')}>
          <thead>
            <tr>
              <th scope="col">{mt('journal.date')}</th>
              <th scope="col">{mt('journal.kind')}</th>
              <th scope="col">{mt('journal.memo')}</th>
              <th scope="col">{mt('journal.amount')}</th>
            </tr>
          </thead>
          <tbody>
            {journalEntries.edges.map(({ node: entry }) => (
              <tr key={entry.id}>
                <th scope="row">
                  <a href={`${base}/${entry.id}`}>{formatDateTime(entry.postedAt)}</a>
                </th>
                <td>{mlabel(`journal.kinds.${entry.kind}`)}</td>
                <td>{entry.memo}</td>
                <td>{entryAmount(entry.lines)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {journalEntries.pageInfo.hasNextPage && journalEntries.pageInfo.endCursor && (
        <nav className="pagination" aria-label={mt('journal.pages')}>
          <a rel="next" href={`${base}${query({ kind, after: journalEntries.pageInfo.endCursor })}`}>
            {mt('journal.older')}
          </a>
        </nav>
      )}
      {rejectedPostings && (
        <section className="card" aria-labelledby="rejected-title">
          <h2 id="rejected-title">{mt('journal.rejected')}</h2>
          <p className="hint">{mt('journal.rejectedHint')}</p>
          {rejectedPostings.edges.length === 0 ? (
            <p className="empty">{mt('journal.rejectedNone')}</p>
          ) : (
            <DataTable label={mt('journal.rejectedTable')}>
              <thead>
                <tr>
                  <th scope="col">{mt('journal.date')}</th>
                  <th scope="col">{mt('journal.rejectedKey')}</th>
                  <th scope="col">{mt('journal.rejectedReason')}</th>
                </tr>
              </thead>
              <tbody>
                {rejectedPostings.edges.map(({ node }) => (
                  <tr key={node.id}>
                    <th scope="row">{formatDateTime(node.createdAt)}</th>
                    <td>{node.idempotencyKey}</td>
                    <td>{node.reason}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          )}
        </section>
      )}
    </div>
  );
}

/** Accounts an adjustment may name: the book's, and the business's own, each agent's and each vendor's payable. */
function accountOptions(viewer: Viewer, accounts: AccountChoice[], directory: OwnerDirectory) {
  const choices = new Map<string, AccountChoice>();
  const add = (c: AccountChoice) => choices.set(accountChoiceValue(c), c);
  accounts.forEach(add);
  for (const purpose of ['CLIENT_REVENUE', 'SALES_REVENUE', 'PAYMENT_CLEARING']) add({ ownerType: 'TENANT', ownerId: viewer.tenant.id, purpose });
  for (const userId of directory.agents.keys()) add({ ownerType: 'AGENT', ownerId: userId, purpose: 'AGENT_COMMISSION_PAYABLE' });
  for (const vendorId of directory.vendors.keys()) add({ ownerType: 'VENDOR', ownerId: vendorId, purpose: 'VENDOR_PAYABLE' });
  const options = [...choices.entries()].map(([value, c]) => ({ value, label: `${ownerName({ ownerType: c.ownerType as LedgerOwnerType, ownerId: c.ownerId }, directory)} · ${label(`admin.money.purpose.${c.purpose}`)}` }));
  options.sort((a, b) => a.label.localeCompare(b.label));
  return [{ value: '', label: mt('journal.noAccount') }, ...options];
}

async function AdjustmentForm({ slug, viewer }: { slug: string; viewer: Viewer }) {
  const [{ ledgerAccounts }, names] = await Promise.all([adminQuery(slug, AdminAdjustmentAccountsQuery, {}), adminQuery(slug, AdminOwnerDirectoryQuery, { withAgents: true })]);
  const directory = ownerDirectory(names.vendors, names.agents);
  const options = accountOptions(viewer, ledgerAccounts.edges.map((e) => e.node).filter((a) => a.currency === 'NGN'), directory);
  const sides = (['DEBIT', 'CREDIT'] as const).map((s) => ({ value: s, label: mlabel(`journal.sides.${s}`) }));
  const lines = Array.from({ length: ADJUSTMENT_LINES }, (_, i) => i + 1);
  return (
    <section className="card" aria-labelledby="adjust-title">
      <h2 id="adjust-title">{mt('journal.adjust')}</h2>
      <p className="hint">{mt('journal.adjustHint')}</p>
      <ActionForm
        action={postAdjustmentAction.bind(null, slug)}
        label={mt('journal.adjust')}
        submitLabel={mt('journal.adjustSubmit')}
        pendingLabel={t('admin.saving')}
        groups={[
          {
            fields: [
              { name: 'idempotencyKey', label: '', type: 'hidden', defaultValue: crypto.randomUUID() },
              { name: 'reason', label: mt('journal.reason'), required: true, hint: mt('journal.reasonHint') },
            ],
          },
          ...lines.map((n) => ({
            legend: mt('journal.line', { n }),
            fields: [
              { name: `account${n}`, label: mt('journal.account'), type: 'select' as const, options },
              { name: `side${n}`, label: mt('journal.side'), type: 'select' as const, options: sides, defaultValue: n === 1 ? 'DEBIT' : 'CREDIT' },
              { name: `amount${n}`, label: mt('journal.lineAmount'), inputMode: 'decimal' as const },
            ],
          })),
        ]}
      />
    </section>
  );
}
