import { isUuid } from '../../../lib/listing';
import { AdminCashHandInsQuery } from '../../../lib/admin/cash-operations';
import { formatDateTime } from '../../../lib/admin/format';
import { AdminMembersQuery } from '../../../lib/admin/member-operations';
import { adminQuery } from '../../../lib/admin/session';
import { formatMoney } from '../../../lib/money';
import { tt } from '../../../lib/transport/messages';
import { DataTable } from '../DataTable';
import { one, query } from '../pages/params';

/**
 * Past hand-ins for the operator's administrators and staff (transport's cashHandIns), newest first, 20 a
 * page, optionally one agent's (`?agent=<user id>`): who handed in, when, how much (kobo shown as naira)
 * and who received it. Receivers are named from the members list for administrators (identity lets only
 * them read it); staff see their own as "you".
 */
export async function HandInHistory({ base, slug, viewer, agents, params }: { base: string; slug: string; viewer: { userId: string; admin: boolean }; agents: Map<string, string>; params: Record<string, string | string[] | undefined> }) {
  const agent = one(params, 'agent');
  const agentUserId = isUuid(agent) ? agent : null;
  const after = one(params, 'after') || null;
  const [{ cashHandIns }, members] = await Promise.all([
    adminQuery(slug, AdminCashHandInsQuery, { agentUserId, after }),
    viewer.admin ? adminQuery(slug, AdminMembersQuery, {}).catch(() => null) : null,
  ]);
  const people = new Map((members?.members.edges ?? []).map(({ node }) => [node.user.id, node.user.name || node.user.email]));
  const agentName = (id: string) => agents.get(id) ?? tt('admin.handIns.agentId', { id });
  const receiver = (id: string) => (id === viewer.userId ? tt('admin.handIns.you') : (people.get(id) ?? tt('admin.handIns.memberId', { id })));
  const rows = cashHandIns.edges.map((e) => e.node);
  return (
    <section id="hand-ins" aria-labelledby="hand-ins-title">
      <h2 id="hand-ins-title">{tt('admin.handIns.title')}</h2>
      <form method="get" action={`${base}#hand-ins`} className="filter-bar" aria-label={tt('admin.handIns.filter')}>
        <div className="field">
          <label htmlFor="hand-ins-agent">{tt('admin.handIns.agent')}</label>
          <select id="hand-ins-agent" name="agent" defaultValue={agentUserId ?? ''}>
            <option value="">{tt('admin.handIns.allAgents')}</option>
            {[...agents.entries()].map(([id, name]) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{tt('admin.handIns.apply')}</button>
      </form>
      {rows.length === 0 ? (
        <p className="empty">{tt('admin.handIns.none')}</p>
      ) : (
        <DataTable label={tt('admin.handIns.title')} testId="cash-hand-ins">
          <thead>
            <tr>
              <th scope="col">{tt('admin.handIns.when')}</th>
              <th scope="col">{tt('admin.handIns.agent')}</th>
              <th scope="col">{tt('admin.handIns.amount')}</th>
              <th scope="col">{tt('admin.handIns.receivedBy')}</th>
              <th scope="col">{tt('admin.handIns.note')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((h) => (
              <tr key={h.id} data-hand-in={h.id} data-hand-in-agent={h.agentUserId}>
                <th scope="row">{formatDateTime(h.createdAt)}</th>
                <td>{agentName(h.agentUserId)}</td>
                <td>{formatMoney(h.amount)}</td>
                <td>{receiver(h.receivedByUserId)}</td>
                <td>{h.note ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {(after || cashHandIns.pageInfo.hasNextPage) && (
        <nav className="pagination" aria-label={tt('admin.handIns.pages')}>
          {after && <a href={`${base}${query({ agent: agentUserId })}#hand-ins`}>{tt('admin.handIns.newest')}</a>}
          {cashHandIns.pageInfo.hasNextPage && cashHandIns.pageInfo.endCursor && (
            <a rel="next" href={`${base}${query({ agent: agentUserId, after: cashHandIns.pageInfo.endCursor })}#hand-ins`}>
              {tt('admin.handIns.older')}
            </a>
          )}
        </nav>
      )}
    </section>
  );
}
