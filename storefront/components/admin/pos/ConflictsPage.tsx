import { formatDateTime } from '../../../lib/admin/format';
import { resolvePosConflictAction } from '../../../lib/admin/pos-actions';
import { plabel, posPath, pt } from '../../../lib/admin/pos-messages';
import { AdminPosConflictsQuery } from '../../../lib/admin/pos-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { Tabs } from '../Tabs';
import { one } from '../pages/params';
import { PosDoneNotice, PosHeader } from './PosTabs';

/**
 * What tills did that a manager should look at (the sale stands): the open ones, each with its till, time,
 * receipt and a note to resolve it; or, with `?show=resolved`, those resolved with their notes.
 */
export async function ConflictsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = posPath(slug, '/conflicts');
  await requireViewer(slug, base, 'pos');
  const resolved = one(params, 'show') === 'resolved';
  const { posConflicts, posDevices, posSales } = await adminQuery(slug, AdminPosConflictsQuery, { open: !resolved });
  const tills = new Map(posDevices.map((d) => [d.id, `${d.receiptPrefix} · ${d.name}`]));
  // The latest sales name the receipts; an older sale's conflict shows without one.
  const receipts = new Map(posSales.edges.map((e) => [e.node.id, e.node.receiptNumber]));
  const receipt = (saleId: string | null | undefined) => (saleId ? (receipts.get(saleId) ?? pt('conflicts.noReceipt')) : pt('conflicts.noReceipt'));
  return (
    <div>
      <PosHeader slug={slug} current="conflicts" title={pt('conflicts.title')} />
      <p className="hint">{pt('conflicts.intro')}</p>
      <PosDoneNotice done={one(params, 'done')} />
      <Tabs
        label={pt('conflicts.show')}
        tabs={[
          { key: 'open', href: base, label: pt('conflicts.showOpen') },
          { key: 'resolved', href: `${base}?show=resolved`, label: pt('conflicts.showResolved') },
        ]}
        current={resolved ? 'resolved' : 'open'}
      />
      {resolved ? (
        posConflicts.length === 0 ? (
          <p className="empty">{pt('conflicts.noneResolved')}</p>
        ) : (
          <DataTable label={pt('conflicts.resolvedList')} testId="pos-resolved-conflicts">
            <thead>
              <tr>
                <th scope="col">{pt('conflicts.kind')}</th>
                <th scope="col">{pt('conflicts.message')}</th>
                <th scope="col">{pt('conflicts.till')}</th>
                <th scope="col">{pt('conflicts.receipt')}</th>
                <th scope="col">{pt('conflicts.time')}</th>
                <th scope="col">{pt('conflicts.resolvedAt')}</th>
                <th scope="col">{pt('conflicts.resolution')}</th>
              </tr>
            </thead>
            <tbody>
              {posConflicts.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{plabel('conflictKind', c.kind)}</th>
                  <td>{c.message}</td>
                  <td>{tills.get(c.deviceId) ?? ''}</td>
                  <td>{receipt(c.saleId)}</td>
                  <td>{formatDateTime(c.createdAt)}</td>
                  <td>{c.resolvedAt ? formatDateTime(c.resolvedAt) : ''}</td>
                  <td>{c.resolution ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )
      ) : posConflicts.length === 0 ? (
        <p className="empty">{pt('conflicts.none')}</p>
      ) : (
        <ul className="pos-cards">
          {posConflicts.map((c) => {
            const id = `conflict-${c.id}`;
            const kind = plabel('conflictKind', c.kind);
            return (
              <li key={c.id} className="card pos-conflict" aria-labelledby={id} data-testid="pos-conflict" data-kind={c.kind}>
                <h2 id={id}>{kind}</h2>
                <p>{c.message}</p>
                <dl className="pos-facts">
                  <dt>{pt('conflicts.time')}</dt>
                  <dd>{formatDateTime(c.createdAt)}</dd>
                  <dt>{pt('conflicts.till')}</dt>
                  <dd>{tills.get(c.deviceId) ?? ''}</dd>
                  <dt>{pt('conflicts.receipt')}</dt>
                  <dd>{receipt(c.saleId)}</dd>
                </dl>
                <ActionForm
                  action={resolvePosConflictAction.bind(null, slug, c.id)}
                  label={pt('conflicts.resolveFor', { kind, when: formatDateTime(c.createdAt) })}
                  groups={[{ fields: [{ name: 'note', label: pt('conflicts.note'), hint: pt('conflicts.noteHint'), required: true }] }]}
                  submitLabel={pt('conflicts.resolve')}
                  pendingLabel={t('admin.saving')}
                />
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
