import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatMoney } from '../../lib/money';
import type { StorefrontKind } from '../../lib/tenant';
import { getTrip, getTripOrder } from '../../lib/transport/data';
import { formatBookingReference, formatDeparture, formatTime } from '../../lib/transport/format';
import { tt } from '../../lib/transport/messages';
import { pageContext } from '../pages/context';
import { TicketList } from './TicketList';
import './transport.css';

/** How often a page waiting for the payment or the tickets reloads itself (works without JavaScript). */
const REFRESH_S = 3;

const PAID = ['PAID', 'FULFILLING', 'SHIPPED', 'DELIVERED', 'COMPLETED'];
const CANCELLED = ['CANCELLED', 'REFUNDED'];

/**
 * An online ticket order as its buyer follows it, rendered on the server from commerce's order and
 * transport's booking: waiting for the payment (the page reloads every few seconds), paid with the tickets
 * and their QR codes once transport has issued them, or cancelled with the reason — a paid order whose
 * seats were gone is refunded in full. Readable with the order's cookie or by the signed-in buyer.
 */
export async function TripOrderPage({ kind, slug, orderId }: { kind: StorefrontKind; slug: string; orderId: string }) {
  const ctx = await pageContext(kind, slug);
  const found = await getTripOrder(slug, orderId);
  if (!found) notFound();
  const { order, booking } = found;
  const paid = PAID.includes(order.status);
  const cancelled = CANCELLED.includes(order.status);
  const waiting = !cancelled && !(paid && booking);
  const trip = booking ? await getTrip(slug, booking.tripId) : null;

  return (
    <div className="transport" data-order-status={order.status}>
      {waiting && <meta httpEquiv="refresh" content={String(REFRESH_S)} />}
      <h1>{tt('order.title', { number: order.number })}</h1>
      {trip && <p>{tt('trip.title', { origin: trip.trip.route.origin.city, destination: trip.trip.route.destination.city, departure: formatDeparture(trip.trip.departureAt) })}</p>}
      <p className="hint">{tt('order.total', { total: formatMoney(order.total) })}</p>
      <div role="status" data-testid="order-status">
        {order.status === 'PENDING_PAYMENT' && (
          <p className="notice">{tt('order.waitingPayment', { time: formatTime(order.expiresAt) })}</p>
        )}
        {paid && !booking && <p className="notice">{tt('order.issuing')}</p>}
        {paid && booking && <p className="notice">{tt('order.paid')}</p>}
        {cancelled && (
          <div className="notice">
            <p>{tt('order.cancelled')}</p>
            {order.cancelReason && <p>{tt('order.reason', { reason: order.cancelReason })}</p>}
            <p>{order.paidAt ? tt('order.refunded', { total: formatMoney(order.total) }) : tt('order.notCharged')}</p>
          </div>
        )}
      </div>
      {paid && booking && (
        <>
          <h2>{tt('booking.title')}</h2>
          <p className="hint">{tt('booking.reference', { reference: formatBookingReference(booking.reference) })}</p>
          <TicketList booking={booking} />
        </>
      )}
      {cancelled && (
        <p>
          <a href={`${ctx.base}/trips`}>{tt('order.searchAgain')}</a>
        </p>
      )}
    </div>
  );
}

export const tripOrderMetadata: Metadata = { title: tt('order.heading'), robots: { index: false, follow: false } };
