import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { formatMoney } from '../../lib/money';
import type { StorefrontKind } from '../../lib/tenant';
import { confirmWindowSaleAction } from '../../lib/transport/actions';
import { currentHold, getTransportViewer, getTrip } from '../../lib/transport/data';
import { formatDeparture, formatTime } from '../../lib/transport/format';
import { errorMessage, seatClassName, tt } from '../../lib/transport/messages';
import { pageContext } from '../pages/context';
import './transport.css';

/**
 * Checkout of held seats: a passenger name per seat, the total, and how it is paid. A window clerk (staff)
 * takes cash and confirms the booking here (`confirmBooking` with the receipt number). Online payment goes
 * through commerce's checkout, which calls `confirmBooking` itself once paid; until that is wired, buyers
 * are told to pay at the window, and the hold stays theirs until it runs out.
 */
export async function CheckoutPage({ kind, slug, tripId, error }: { kind: StorefrontKind; slug: string; tripId: string; error: string | null }) {
  const ctx = await pageContext(kind, slug);
  const [found, held, viewer] = await Promise.all([getTrip(slug, tripId), currentHold(slug, tripId), getTransportViewer(slug)]);
  if (!found) notFound();
  const { trip } = found;
  const tripHref = `${ctx.base}/trips/${trip.id}`;
  if (!held) {
    return (
      <div className="transport">
        <h1>{tt('checkout.title')}</h1>
        <p className="notice">{tt('checkout.noHold')}</p>
        <p>
          <a href={tripHref}>{tt('checkout.backToSeats')}</a>
        </p>
      </div>
    );
  }
  const seats = found.seatMap.seats.filter((s) => held.hold.seatLabels.includes(s.label));
  const signInHref = `${ctx.base}/sign-in?next=${encodeURIComponent(`${ctx.base}/trips/${trip.id}/checkout`)}`;

  return (
    <div className="transport">
      <p>
        <a href={tripHref}>{tt('checkout.backToSeats')}</a>
      </p>
      <h1>{tt('checkout.title')}</h1>
      <p>{tt('trip.title', { origin: trip.route.origin.city, destination: trip.route.destination.city, departure: formatDeparture(trip.departureAt) })}</p>
      <p className="notice">{tt('checkout.heldUntil', { time: formatTime(held.hold.expiresAt) })}</p>
      {error && (
        <p className="form-error" role="alert">
          {errorMessage(error)}
        </p>
      )}
      <form className="card checkout-form" action={confirmWindowSaleAction.bind(null, kind, ctx.tenant.slug, trip.id)}>
        <fieldset>
          <legend>{tt('checkout.passengers')}</legend>
          {seats.map((seat) => (
            <div className="field" key={seat.label}>
              <label htmlFor={`passenger-${seat.label}`}>{tt('checkout.passengerFor', { seat: seat.label, seatClass: seatClassName(seat.seatClass), price: formatMoney(seat.price) })}</label>
              <input id={`passenger-${seat.label}`} name={`passenger:${seat.label}`} required maxLength={100} autoComplete="name" />
            </div>
          ))}
        </fieldset>
        <p className="checkout-total">
          {tt('checkout.total')} <strong>{formatMoney(held.hold.total)}</strong>
        </p>
        {viewer?.manager ? (
          <fieldset>
            <legend>{tt('checkout.windowSale')}</legend>
            <div className="field">
              <label htmlFor="payment-reference">{tt('checkout.receipt')}</label>
              <input id="payment-reference" name="paymentReference" required maxLength={200} autoComplete="off" />
              <p className="hint">{tt('checkout.receiptHint')}</p>
            </div>
            <button type="submit" className="button button-primary">
              {tt('checkout.confirmCash')}
            </button>
          </fieldset>
        ) : (
          <div className="notice" data-testid="online-payment">
            <p>{tt('checkout.onlineSoon')}</p>
            {!viewer && (
              <p>
                <a href={signInHref}>{tt('checkout.staffSignIn')}</a>
              </p>
            )}
          </div>
        )}
      </form>
    </div>
  );
}

export const checkoutMetadata: Metadata = { title: tt('checkout.title'), robots: { index: false, follow: false } };
