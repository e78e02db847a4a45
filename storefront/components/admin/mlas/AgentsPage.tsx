import type { AdminAgentFieldsFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/admin/format';
import { createAgentAction } from '../../../lib/admin/mlas-actions';
import { mlabel, mt } from '../../../lib/admin/mlas-messages';
import { AdminAgentsQuery } from '../../../lib/admin/mlas-operations';
import { adminQuery } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { ActionForm } from '../ActionForm';
import { DataTable } from '../DataTable';
import { commissionsPath, requireProgrammeManager } from './access';
import { ProgrammeTabs } from './ProgrammeLinks';

/** Upline choices: nobody, or any agent of the tenant (but `except`, the agent itself). */
export function uplineOptions(agents: readonly { id: string; code: string; email?: string | null }[], except?: string) {
  return [{ value: '', label: mt('agents.noUpline') }, ...agents.filter((a) => a.id !== except).map((a) => ({ value: a.id, label: a.email ? `${a.code} (${a.email})` : a.code }))];
}

/** The tenant's agents with their upline and downline; administrators add one (a member with the AGENT role). */
export async function AgentsPage({ slug }: { slug: string }) {
  const base = commissionsPath(slug, '/agents');
  const viewer = await requireProgrammeManager(slug, base);
  const agents: AdminAgentFieldsFragment[] = (await adminQuery(slug, AdminAgentsQuery, {})).agents.edges.map((e) => e.node);

  return (
    <div>
      <h1>{mt('agents.title')}</h1>
      <ProgrammeTabs slug={slug} manager current="agents" />
      <p className="hint">{mt('agents.intro')}</p>
      {agents.length === 0 ? (
        <p className="empty">{mt('agents.empty')}</p>
      ) : (
        <DataTable label={mt('agents.table')}>
          <thead>
            <tr>
              <th scope="col">{mt('agents.code')}</th>
              <th scope="col">{mt('agents.email')}</th>
              <th scope="col">{mt('agents.status')}</th>
              <th scope="col">{mt('agents.upline')}</th>
              <th scope="col">{mt('agents.downline')}</th>
              <th scope="col">{mt('agents.since')}</th>
            </tr>
          </thead>
          <tbody>
            {agents.map((agent) => (
              <tr key={agent.id}>
                <th scope="row">
                  <a href={`${base}/${agent.id}`}>{agent.code}</a>
                </th>
                <td>{agent.email}</td>
                <td>{mlabel(`agents.statuses.${agent.status}`)}</td>
                <td>{agent.upline?.code ?? ''}</td>
                <td>{agent.downline.length}</td>
                <td>{formatDateTime(agent.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {viewer.access.admin && (
        <section className="card" aria-labelledby="create-agent-title">
          <h2 id="create-agent-title">{mt('agents.create')}</h2>
          <p className="hint">{mt('agents.createHint')}</p>
          <ActionForm
            action={createAgentAction.bind(null, slug)}
            label={mt('agents.create')}
            submitLabel={mt('agents.createSubmit')}
            pendingLabel={t('admin.saving')}
            groups={[
              {
                fields: [
                  { name: 'email', label: mt('agents.emailLabel'), required: true, autoComplete: 'off' },
                  { name: 'code', label: mt('agents.codeLabel'), hint: mt('agents.codeHint') },
                  { name: 'uplineId', label: mt('agents.uplineLabel'), type: 'select', options: uplineOptions(agents) },
                ],
              },
            ]}
          />
        </section>
      )}
    </div>
  );
}
