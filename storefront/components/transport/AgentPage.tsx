import type { Metadata } from 'next';
import type { StorefrontKind } from '../../lib/tenant';
import { getAgentAllotments, getAgentSales, getTransportViewer } from '../../lib/transport/data';
import { formatDeparture } from '../../lib/transport/format';
import { tt } from '../../lib/transport/messages';
import { pageContext } from '../pages/context';
import { AgentRecentSales } from './AgentRecentSales';
import { AgentSales, type AgentAllotment } from './AgentSales';
import './transport.css';

/**
 * An agent's selling page: the seats set aside for them (allotments), sold for cash on the device — saved
 * there first, synced when online (idempotent per sale id). Agents only.
 */
export async function AgentPage({ kind, slug }: { kind: StorefrontKind; slug: string }) {
  const ctx = await pageContext(kind, slug);
  const viewer = await getTransportViewer(slug);
  const here = `${ctx.base}/trips/agent`;
  if (!viewer?.agent) {
    return (
      <div className="transport">
        <h1>{tt('agent.title')}</h1>
        <p className="notice">
          {viewer ? tt('agent.notAgent') : <a href={`${ctx.base}/sign-in?next=${encodeURIComponent(here)}`}>{tt('agent.signIn')}</a>}
        </p>
      </div>
    );
  }
  const [found, sales] = await Promise.all([getAgentAllotments(slug, viewer.token), getAgentSales(slug, viewer.token)]);
  const allotments: AgentAllotment[] = found.map((a) => ({
    id: a.id,
    tripId: a.trip.id,
    title: tt('trip.title', { origin: a.trip.route.origin.city, destination: a.trip.route.destination.city, departure: formatDeparture(a.trip.departureAt) }),
    seats: a.seats,
    soldSeatLabels: a.soldSeatLabels,
  }));
  return (
    <div className="transport">
      <h1>{tt('agent.title')}</h1>
      <p className="hint">{tt('agent.intro', { name: viewer.name })}</p>
      <AgentSales slug={ctx.tenant.slug} agentUserId={viewer.id} allotments={allotments} />
      <AgentRecentSales sales={sales} />
    </div>
  );
}

export const agentMetadata: Metadata = { title: tt('agent.title'), robots: { index: false, follow: false } };
