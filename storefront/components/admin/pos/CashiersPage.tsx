import type { FieldSpec } from '../../../lib/admin/form-state';
import { bpsToPercent } from '../../../lib/admin/mlas-messages';
import { savePosCashierAction, setPosCashierActiveAction } from '../../../lib/admin/pos-actions';
import { plabel, posPath, pt } from '../../../lib/admin/pos-messages';
import { AdminPosCashiersQuery } from '../../../lib/admin/pos-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { one } from '../pages/params';
import { PosDoneNotice, PosHeader } from './PosTabs';

/** The fields of a cashier: name, role, discount limit in percent, and the PIN typed twice (optional when editing). */
function cashierFields(current?: { name: string; role: string; discountLimitBps: number }): FieldSpec[] {
  return [
    { name: 'name', label: pt('cashiers.name'), required: true, defaultValue: current?.name },
    { name: 'role', label: pt('cashiers.role'), type: 'select', hint: pt('cashiers.roleHint'), defaultValue: current?.role ?? 'CASHIER', options: ['CASHIER', 'SUPERVISOR'].map((r) => ({ value: r, label: plabel('role', r) })) },
    { name: 'discountLimit', label: pt('cashiers.limitLabel'), hint: pt('cashiers.limitHint'), inputMode: 'decimal', required: true, defaultValue: current ? bpsToPercent(current.discountLimitBps) : '0' },
    { name: 'pin', label: current ? pt('cashiers.newPin') : pt('cashiers.pin'), type: 'password', inputMode: 'numeric', required: !current, hint: current ? pt('cashiers.newPinHint') : pt('cashiers.pinHint'), autoComplete: 'new-password' },
    { name: 'pinRepeat', label: pt('cashiers.pinRepeat'), type: 'password', inputMode: 'numeric', required: !current, autoComplete: 'new-password' },
  ];
}

/**
 * The people who work the tills: the list (role, discount limit, active), adding one with a PIN typed twice,
 * editing one (a new PIN only to change it), deactivating and reactivating. Administrators only.
 */
export async function CashiersPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  await requireViewer(slug, posPath(slug, '/cashiers'), 'pos');
  const { posCashiers } = await adminQuery(slug, AdminPosCashiersQuery, {});
  return (
    <div>
      <PosHeader slug={slug} current="cashiers" title={pt('cashiers.title')} />
      <p className="hint">{pt('cashiers.intro')}</p>
      <PosDoneNotice done={one(params, 'done')} />
      <section aria-labelledby="cashiers-heading">
        <h2 id="cashiers-heading">{pt('cashiers.list')}</h2>
        {posCashiers.length === 0 ? (
          <p className="empty">{pt('cashiers.none')}</p>
        ) : (
          <DataTable label={pt('cashiers.list')} testId="pos-cashiers">
            <thead>
              <tr>
                <th scope="col">{pt('cashiers.name')}</th>
                <th scope="col">{pt('cashiers.role')}</th>
                <th scope="col">{pt('cashiers.limit')}</th>
                <th scope="col">{pt('cashiers.state')}</th>
              </tr>
            </thead>
            <tbody>
              {posCashiers.map((c) => (
                <tr key={c.id} data-cashier={c.name}>
                  <th scope="row">{c.name}</th>
                  <td>{plabel('role', c.role)}</td>
                  <td>{pt('cashiers.limitValue', { percent: bpsToPercent(c.discountLimitBps) })}</td>
                  <td>{c.active ? pt('cashiers.active') : pt('cashiers.inactive')}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>
      <section className="card" aria-labelledby="add-cashier-heading">
        <h2 id="add-cashier-heading">{pt('cashiers.add')}</h2>
        <ActionForm action={savePosCashierAction.bind(null, slug, null)} label={pt('cashiers.add')} groups={[{ fields: cashierFields() }]} submitLabel={pt('cashiers.submitAdd')} pendingLabel={t('admin.saving')} />
      </section>
      {posCashiers.map((c) => {
        const current = { name: c.name, role: c.role, discountLimitBps: c.discountLimitBps };
        return (
          <details key={c.id} className="card" data-testid="pos-edit-cashier" data-cashier={c.name}>
            <summary>{pt('cashiers.edit', { name: c.name })}</summary>
            <ActionForm action={savePosCashierAction.bind(null, slug, c.id)} label={pt('cashiers.edit', { name: c.name })} groups={[{ fields: cashierFields(current) }]} submitLabel={pt('cashiers.submitEdit')} pendingLabel={t('admin.saving')} />
            <ActionForm
              action={setPosCashierActiveAction.bind(null, slug, c.id, current, !c.active)}
              label={pt(c.active ? 'cashiers.deactivateFor' : 'cashiers.reactivateFor', { name: c.name })}
              groups={[]}
              secondary
              submitLabel={pt(c.active ? 'cashiers.deactivate' : 'cashiers.reactivate')}
              pendingLabel={t('admin.saving')}
            />
          </details>
        );
      })}
    </div>
  );
}
