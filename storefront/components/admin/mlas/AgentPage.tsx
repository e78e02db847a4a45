import { notFound } from 'next/navigation';
import type { AdminAgentFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/admin/format';
import { setAgentStatusAction, setAgentUplineAction } from '../../../lib/admin/mlas-actions';
import { mlabel, mt } from '../../../lib/admin/mlas-messages';
import { AdminAgentProfileQuery } from '../../../lib/admin/mlas-operations';
import { adminQuery } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { one } from '../pages/params';
import { commissionsPath, requireProgrammeManager } from './access';
import { uplineOptions } from './AgentsPage';
import { DoneNotice, ProgrammeTabs } from './ProgrammeLinks';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One agent: its code, status, upline and downline; administrators change its upline and suspend or reactivate it. */
export async function AgentPage({ slug, agentId, params }: { slug: string; agentId: string; params: Record<string, string | string[] | undefined> }) {
  const base = commissionsPath(slug, '/agents');
  const viewer = await requireProgrammeManager(slug, `${base}/${agentId}`);
  if (!UUID.test(agentId)) notFound();
  const { agentProfile: agent, agents } = await adminQuery(slug, AdminAgentProfileQuery, { id: agentId });
  if (!agent) notFound();
  const done = one(params, 'done');
  const next = agent.status === 'ACTIVE' ? 'SUSPENDED' : 'ACTIVE';

  return (
    <div>
      <h1>{mt('agents.profileTitle', { code: agent.code })}</h1>
      <ProgrammeTabs slug={slug} manager current="agents" />
      <DoneNotice text={done ? mlabel(`agents.done.${done}`) : null} />
      <AgentDetails agent={agent} agentsBase={base} />
      {viewer.access.admin && (
        <>
          <section className="card" aria-labelledby="upline-title">
            <h2 id="upline-title">{mt('agents.setUpline')}</h2>
            <ActionForm
              action={setAgentUplineAction.bind(null, slug, agent.id)}
              label={mt('agents.setUpline')}
              submitLabel={mt('agents.setUplineSubmit')}
              pendingLabel={t('admin.saving')}
              groups={[{ fields: [{ name: 'uplineId', label: mt('agents.uplineLabel'), type: 'select', defaultValue: agent.upline?.id ?? '', options: uplineOptions(agents.edges.map((e) => e.node), agent.id) }] }]}
            />
          </section>
          <section className="card" aria-labelledby="status-title">
            <h2 id="status-title">{next === 'SUSPENDED' ? mt('agents.suspend') : mt('agents.reactivate')}</h2>
            <p className="hint">{mt('agents.suspendHint')}</p>
            <ActionForm
              action={setAgentStatusAction.bind(null, slug, agent.id, next)}
              label={next === 'SUSPENDED' ? mt('agents.suspend') : mt('agents.reactivate')}
              submitLabel={next === 'SUSPENDED' ? mt('agents.suspend') : mt('agents.reactivate')}
              pendingLabel={t('admin.saving')}
              secondary={next === 'SUSPENDED'}
              groups={[]}
            />
          </section>
        </>
      )}
    </div>
  );
}

/** An agent's facts and its downline (shared with the agent's own profile page; links only for managers). */
export function AgentDetails({ agent, agentsBase }: { agent: AdminAgentFieldsFragment; agentsBase: string | null }) {
  const link = (a: { id: string; code: string }) => (agentsBase ? <a href={`${agentsBase}/${a.id}`}>{a.code}</a> : a.code);
  return (
    <section className="card" aria-labelledby="agent-facts">
      <h2 id="agent-facts" className="visually-hidden">
        {mt('agents.profileTitle', { code: agent.code })}
      </h2>
      <dl>
        <dt>{mt('agents.code')}</dt>
        <dd data-testid="agent-code">{agent.code}</dd>
        <dt>{mt('agents.email')}</dt>
        <dd>{agent.email}</dd>
        <dt>{mt('agents.status')}</dt>
        <dd data-testid="agent-status">{mlabel(`agents.statuses.${agent.status}`)}</dd>
        <dt>{mt('agents.upline')}</dt>
        <dd data-testid="agent-upline">{agent.upline ? link(agent.upline) : mt('agents.noUpline')}</dd>
        <dt>{mt('agents.since')}</dt>
        <dd>{formatDateTime(agent.createdAt)}</dd>
      </dl>
      <h3>{mt('agents.downline')}</h3>
      {agent.downline.length === 0 ? (
        <p className="empty">{mt('agents.noDownline')}</p>
      ) : (
        <ul className="plain-list">
          {agent.downline.map((d) => (
            <li key={d.id}>
              {link(d)} {d.email ? `· ${d.email}` : ''} · {mlabel(`agents.statuses.${d.status}`)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
