import { formatDateTime } from '../../../lib/admin/format';
import { allotSeatsAction, releaseAllotmentAction } from '../../../lib/admin/transport-actions';
import { AdminTripAllotmentsQuery } from '../../../lib/admin/transport-operations';
import { adminQuery } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { seatClassName, tt } from '../../../lib/transport/messages';
import { ActionForm } from '../ActionForm';
import { ownerDirectory } from '../money/owners';

interface Seat {
  label: string;
  seatClass: string;
  state: string;
}

/**
 * A trip's agent allotments (below its manifest, not printed): the seats each agent holds now, which of them
 * it sold, a Release button (unsold seats go back on sale; sold ones stay sold), and a form that sets free
 * seats aside for one of the tenant's active agents. Transport checks the role and the trip's operator.
 */
export async function TripAllotments({ slug, tripId, seats, done }: { slug: string; tripId: string; seats: Seat[]; done: string }) {
  const { agentAllotments, agents } = await adminQuery(slug, AdminTripAllotmentsQuery, { tripId });
  const names = ownerDirectory(null, agents).agents;
  const name = (userId: string) => names.get(userId) ?? tt('admin.allotments.agentId', { id: userId });
  const free = seats.filter((s) => s.state === 'AVAILABLE');
  return (
    <section id="allotments" className="no-print" aria-labelledby="allotments-title">
      <h2 id="allotments-title">{tt('admin.allotments.title')}</h2>
      <p>{tt('admin.allotments.hint')}</p>
      {(done === 'allotted' || done === 'released') && (
        <p role="status" className="notice-ok">
          {tt(done === 'allotted' ? 'admin.allotments.done.allotted' : 'admin.allotments.done.released')}
        </p>
      )}
      {agentAllotments.length === 0 ? (
        <p className="empty">{tt('admin.allotments.none')}</p>
      ) : (
        <ul className="issue-list" data-testid="allotments">
          {agentAllotments.map((a) => (
            <li key={a.id} className="card" data-allotment={a.id} data-agent={a.agentUserId}>
              <h3>{name(a.agentUserId)}</h3>
              <p>{tt('admin.allotments.seats', { seats: a.seatLabels.join(', ') || '—' })}</p>
              <p>{tt('admin.allotments.sold', { seats: a.soldSeatLabels.join(', ') || '—' })}</p>
              <p className="hint">{tt('admin.allotments.since', { when: formatDateTime(a.createdAt) })}</p>
              <ActionForm
                action={releaseAllotmentAction.bind(null, slug, tripId, a.id)}
                label={tt('admin.allotments.releaseOne', { agent: name(a.agentUserId) })}
                groups={[]}
                secondary
                submitLabel={tt('admin.allotments.release')}
                pendingLabel={t('admin.saving')}
              />
            </li>
          ))}
        </ul>
      )}
      {agents.edges.length === 0 ? (
        <p className="empty">{tt('admin.allotments.noAgents')}</p>
      ) : free.length === 0 ? (
        <p className="empty">{tt('admin.allotments.noFreeSeats')}</p>
      ) : (
        <ActionForm
          action={allotSeatsAction.bind(null, slug, tripId)}
          label={tt('admin.allotments.add')}
          groups={[
            {
              fields: [
                {
                  name: 'agentUserId',
                  label: tt('admin.allotments.agent'),
                  type: 'select',
                  required: true,
                  options: [{ value: '', label: tt('admin.allotments.choose') }, ...agents.edges.map(({ node }) => ({ value: node.userId, label: name(node.userId) }))],
                },
                {
                  name: 'seatLabels',
                  label: tt('admin.allotments.seatsToAllot'),
                  type: 'checkboxes',
                  hint: tt('admin.allotments.seatsHint'),
                  options: free.map((s) => ({ value: s.label, label: `${s.label} (${seatClassName(s.seatClass)})` })),
                },
              ],
            },
          ]}
          submitLabel={tt('admin.allotments.submit')}
          pendingLabel={t('admin.saving')}
        />
      )}
    </section>
  );
}
