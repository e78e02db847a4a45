import { notFound } from 'next/navigation';
import { formatDateTime } from '../../../lib/admin/format';
import { AdminTripManifestQuery } from '../../../lib/admin/transport-operations';
import { transportPath } from '../../../lib/admin/transport';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { seatClassName, tt } from '../../../lib/transport/messages';
import { PrintButton } from './PrintButton';
import { TransportTabs } from './TransportTabs';
import { TripAllotments } from './TripAllotments';

/** The trip and every booking of it (a page holds 100; a coach has at most 120 seats, so one or two pages). */
async function manifestPages(slug: string, id: string) {
  const first = await adminQuery(slug, AdminTripManifestQuery, { id });
  const bookings = [...first.bookings.edges.map((e) => e.node)];
  let page = first.bookings.pageInfo;
  while (page.hasNextPage && page.endCursor) {
    const next = await adminQuery(slug, AdminTripManifestQuery, { id, after: page.endCursor });
    bookings.push(...next.bookings.edges.map((e) => e.node));
    page = next.bookings.pageInfo;
  }
  return { trip: first.trip, bookings };
}

/**
 * A trip's manifest: every seat in seat order with its passenger, booking reference, phone and whether they
 * boarded; free seats stay as empty lines for the conductor to fill in. Printed, it fits A4 (the back
 * office's header, navigation and buttons are left out; see ../print.css and transport.css). Below it, not printed, the
 * trip's agent allotments.
 */
export async function ManifestPage({ slug, id, done = '' }: { slug: string; id: string; done?: string }) {
  const path = transportPath(slug, `/trips/${encodeURIComponent(id)}`);
  const viewer = await requireViewer(slug, path, 'transport');
  const { trip, bookings } = await manifestPages(slug, id);
  // A motor park sees the operators it lists; their manifests are theirs.
  if (!trip || trip.operatorId !== viewer.tenant.id) notFound();
  const bySeat = new Map(bookings.flatMap((b) => b.tickets.map((ticket) => [ticket.seatLabel, { ...ticket, booking: b }] as const)));
  const sold = bySeat.size;
  const boarded = [...bySeat.values()].filter((x) => x.boardedAt).length;
  const title = tt('admin.manifest.title', { route: trip.route.code, when: formatDateTime(trip.departureAt) });
  return (
    <div className="manifest">
      <h1>{title}</h1>
      <div className="no-print">
        <TransportTabs slug={slug} current="trips" />
        <p>
          <a href={transportPath(slug, '/trips')}>{tt('admin.manifest.back')}</a>
        </p>
        <PrintButton label={tt('admin.manifest.print')} />
      </div>
      <dl className="manifest-facts">
        <dt>{tt('admin.trips.route')}</dt>
        <dd>
          {trip.route.origin.name} → {[...trip.route.stops, trip.route.destination.name].join(' → ')}
        </dd>
        <dt>{tt('admin.trips.vehicle')}</dt>
        <dd>
          {trip.vehicle.registration}, {trip.vehicle.name}
        </dd>
        <dt>{tt('admin.manifest.counts')}</dt>
        <dd data-testid="manifest-counts">{tt('admin.manifest.countsValue', { sold, boarded, seats: trip.seatMap.seats.length })}</dd>
      </dl>
      {/* Scrolls sideways on a phone; printed, it takes the page's width (transport.css). */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label={title}>
        <table className="data-table manifest-table" data-testid="manifest">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{tt('admin.manifest.seat')}</th>
              <th scope="col">{tt('admin.manifest.passenger')}</th>
              <th scope="col">{tt('admin.manifest.booking')}</th>
              <th scope="col">{tt('admin.manifest.phone')}</th>
              <th scope="col">{tt('admin.manifest.boarded')}</th>
            </tr>
          </thead>
          <tbody>
            {trip.seatMap.seats.map((seat) => {
              const ticket = bySeat.get(seat.label);
              return (
                <tr key={seat.label} data-seat={seat.label} data-boarded={ticket ? String(!!ticket.boardedAt) : undefined}>
                  <th scope="row">
                    {seat.label} <span className="seat-class">{seatClassName(seat.seatClass)}</span>
                  </th>
                  <td>{ticket?.passengerName ?? (seat.state === 'AVAILABLE' ? '' : tt(`admin.manifest.state.${seat.state}` as Parameters<typeof tt>[0]))}</td>
                  <td>{ticket?.booking.reference ?? ''}</td>
                  <td>{ticket?.booking.contactPhone ?? ''}</td>
                  <td>{ticket ? (ticket.boardedAt ? tt('admin.manifest.boardedAt', { when: formatDateTime(ticket.boardedAt) }) : tt('admin.manifest.notBoarded')) : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <TripAllotments slug={slug} tripId={trip.id} seats={trip.seatMap.seats} done={done} />
    </div>
  );
}
