import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { StorefrontKind } from '../../lib/tenant';
import { currentHold, getTrip } from '../../lib/transport/data';
import { formatDeparture } from '../../lib/transport/format';
import { tt } from '../../lib/transport/messages';
import { TransportPresenceSubscription, TransportSeatMapSubscription } from '../../lib/transport/operations';
import { PRESENCE_HEARTBEAT_MS, publicWsUrl, SEAT_MAP_POLL_MS } from '../../lib/transport/realtime';
import { pageContext } from '../pages/context';
import { SeatMap } from './SeatMap';
import { TripFacts } from './TripCard';
import './transport.css';

/** A trip: its facts and the live seat map (the page's only client component). */
export async function TripPage({ kind, slug, tripId }: { kind: StorefrontKind; slug: string; tripId: string }) {
  const ctx = await pageContext(kind, slug);
  const [found, held] = await Promise.all([getTrip(slug, tripId), currentHold(slug, tripId)]);
  if (!found) notFound();
  const { trip } = found;
  return (
    <div className="transport">
      <p>
        <a href={`${ctx.base}/trips`}>{tt('trip.back')}</a>
      </p>
      <h1>{tt('trip.title', { origin: trip.route.origin.city, destination: trip.route.destination.city, departure: formatDeparture(trip.departureAt) })}</h1>
      <TripFacts trip={trip} />
      <SeatMap
        slug={ctx.tenant.slug}
        base={ctx.base}
        tripId={trip.id}
        wsUrl={publicWsUrl()}
        pollMs={SEAT_MAP_POLL_MS}
        heartbeatMs={PRESENCE_HEARTBEAT_MS}
        documents={{ seatMap: String(TransportSeatMapSubscription), presence: String(TransportPresenceSubscription) }}
        initialMap={found.seatMap}
        initialHold={held?.hold ?? null}
        initialViewers={found.viewers}
      />
    </div>
  );
}

export async function tripMetadata(slug: string, tripId: string): Promise<Metadata> {
  const found = await getTrip(slug, tripId).catch(() => null);
  if (!found) return {};
  const { trip } = found;
  return {
    title: tt('trip.title', { origin: trip.route.origin.city, destination: trip.route.destination.city, departure: formatDeparture(trip.departureAt) }),
    robots: { index: false, follow: true },
  };
}
