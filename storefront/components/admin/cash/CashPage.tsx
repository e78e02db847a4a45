import { randomUUID } from 'node:crypto';
import type { AdminCashPositionFieldsFragment } from '../../../gql/graphql';
import { sectionPath } from '../../../lib/admin/access';
import { recordCashHandInAction } from '../../../lib/admin/cash-actions';
import { AdminAgentCashPositionsQuery, AdminMyCashPositionQuery } from '../../../lib/admin/cash-operations';
import { formatDateTime, label } from '../../../lib/admin/format';
import { AdminOwnerDirectoryQuery } from '../../../lib/admin/money-operations';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney } from '../../../lib/money';
import { ActionForm } from '../ActionForm';
import { ownerDirectory } from '../money/owners';
import { one } from '../pages/params';
import { DataTable } from '../DataTable';
import { HandInHistory } from './HandInHistory';

type Position = AdminCashPositionFieldsFragment;

/**
 * Cash at agents. Administrators and staff see every agent who took the operator's cash (taken, handed in,
 * outstanding), record what an agent hands in and page through past hand-ins (HandInHistory); an agent
 * sees its own position and latest hand-ins, read-only. Each form
 * carries an idempotency key made here, when the page is rendered, so submitting it twice records once.
 */
export async function CashPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'cash');
  const viewer = await requireViewer(slug, base, 'cash');
  const done = one(params, 'done');
  if (!viewer.access.manager) {
    const { myCashPosition } = await adminQuery(slug, AdminMyCashPositionQuery, {});
    return (
      <div>
        <h1>{t('admin.cash.title')}</h1>
        <p>{t('admin.cash.ownHint')}</p>
        <PositionsTable positions={myCashPosition} name={() => t('admin.cash.you')} />
        {myCashPosition.map((p) => (
          <RecentHandIns key={`${p.operatorTenantId}-${p.currency}`} position={p} title={t('admin.cash.recentOwn', { currency: p.currency })} />
        ))}
      </div>
    );
  }

  const [{ agentCashPositions }, names] = await Promise.all([adminQuery(slug, AdminAgentCashPositionsQuery, {}), adminQuery(slug, AdminOwnerDirectoryQuery, { withAgents: true })]);
  const directory = ownerDirectory(names.vendors, names.agents);
  const name = (p: Position) => directory.agents.get(p.agentUserId) ?? t('admin.cash.agentId', { id: p.agentUserId });
  return (
    <div>
      <h1>{t('admin.cash.title')}</h1>
      <p>{t('admin.cash.hint')}</p>
      {done && (
        <p role="status" className="notice-ok">
          {label(`admin.cash.done.${done}`)}
        </p>
      )}
      <PositionsTable positions={agentCashPositions} name={name} />
      {agentCashPositions.map((p) => {
        const id = `agent-${p.agentUserId}-${p.currency}`;
        return (
          <section key={id} className="card" aria-labelledby={id} data-testid="cash-agent" data-agent={p.agentUserId}>
            <h2 id={id}>{name(p)}</h2>
            <p>
              {t('admin.cash.outstanding')}: <strong data-testid="cash-outstanding">{formatMoney(p.outstanding)}</strong>
            </p>
            {BigInt(p.outstanding.amount) > 0n && (
              <ActionForm
                action={recordCashHandInAction.bind(null, slug, p.agentUserId, p.currency)}
                label={t('admin.cash.record', { agent: name(p) })}
                groups={[
                  {
                    fields: [
                      { name: 'amount', label: t('admin.cash.amount', { currency: p.currency }), inputMode: 'decimal', required: true, hint: t('admin.cash.amountHint', { max: formatMoney(p.outstanding) }), autoComplete: 'off' },
                      { name: 'note', label: t('admin.cash.note'), hint: t('admin.cash.noteHint'), autoComplete: 'off' },
                      { name: 'idempotencyKey', label: 'idempotencyKey', type: 'hidden', defaultValue: randomUUID() },
                    ],
                  },
                ]}
                submitLabel={t('admin.cash.submit')}
                pendingLabel={t('admin.saving')}
              />
            )}
            <RecentHandIns position={p} title={t('admin.cash.recent', { agent: name(p) })} />
          </section>
        );
      })}
      <HandInHistory base={base} slug={slug} viewer={{ userId: viewer.user.id, admin: viewer.access.admin }} agents={directory.agents} params={params} />
    </div>
  );
}

function PositionsTable({ positions, name }: { positions: Position[]; name: (p: Position) => string }) {
  if (positions.length === 0) return <p className="empty">{t('admin.cash.none')}</p>;
  return (
    <DataTable label={t('admin.cash.positions')} testId="cash-positions">
      <thead>
        <tr>
          <th scope="col">{t('admin.cash.agent')}</th>
          <th scope="col">{t('admin.cash.taken')}</th>
          <th scope="col">{t('admin.cash.handedIn')}</th>
          <th scope="col">{t('admin.cash.outstanding')}</th>
          <th scope="col">{t('admin.cash.lastHandIn')}</th>
        </tr>
      </thead>
      <tbody>
        {positions.map((p) => (
          <tr key={`${p.operatorTenantId}-${p.agentUserId}-${p.currency}`}>
            <th scope="row">{name(p)}</th>
            <td>{formatMoney(p.taken)}</td>
            <td>{formatMoney(p.handedIn)}</td>
            <td>{formatMoney(p.outstanding)}</td>
            <td>{p.lastHandInAt ? formatDateTime(p.lastHandInAt) : t('admin.cash.never')}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}

function RecentHandIns({ position, title }: { position: Position; title: string }) {
  if (position.recentHandIns.length === 0) return null;
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
      <table className="data-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.cash.date')}</th>
            <th scope="col">{t('admin.cash.amountColumn')}</th>
            <th scope="col">{t('admin.cash.note')}</th>
          </tr>
        </thead>
        <tbody>
          {position.recentHandIns.map((h) => (
            <tr key={h.id}>
              <th scope="row">{formatDateTime(h.createdAt)}</th>
              <td>{formatMoney(h.amount)}</td>
              <td>{h.note ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
