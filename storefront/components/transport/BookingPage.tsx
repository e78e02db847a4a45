import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatMoney } from '../../lib/money';
import type { StorefrontKind } from '../../lib/tenant';
import { accessToken, getBooking, getTrip } from '../../lib/transport/data';
import { formatBookingReference, formatDeparture } from '../../lib/transport/format';
import { tt } from '../../lib/transport/messages';
import { pageContext } from '../pages/context';
import { TicketList } from './TicketList';
import './transport.css';

/**
 * A booking's tickets, one per seat, each with its signed QR code for the conductor. Only for whoever may
 * read the booking (the customer who booked it, the operator's staff): signed-out visitors are sent to
 * sign in first.
 */
export async function BookingPage({ kind, slug, bookingId }: { kind: StorefrontKind; slug: string; bookingId: string }) {
  const ctx = await pageContext(kind, slug);
  const token = await accessToken(slug);
  const here = `${ctx.base}/trips/bookings/${bookingId}`;
  if (!token) {
    return (
      <div className="transport">
        <h1>{tt('booking.title')}</h1>
        <p className="notice">
          <a href={`${ctx.base}/sign-in?next=${encodeURIComponent(here)}`}>{tt('booking.signIn')}</a>
        </p>
      </div>
    );
  }
  const booking = await getBooking(slug, bookingId, token);
  if (!booking) notFound();
  const found = await getTrip(slug, booking.tripId);

  return (
    <div className="transport">
      <h1>{tt('booking.title')}</h1>
      {found && <p>{tt('trip.title', { origin: found.trip.route.origin.city, destination: found.trip.route.destination.city, departure: formatDeparture(found.trip.departureAt) })}</p>}
      <p className="hint">
        {tt('booking.reference', { reference: formatBookingReference(booking.reference) })} · {tt('booking.total', { total: formatMoney(booking.total) })}
      </p>
      <TicketList booking={booking} />
    </div>
  );
}

export const bookingMetadata: Metadata = { title: tt('booking.title'), robots: { index: false, follow: false } };
