import type { Metadata } from 'next';
import { randomUUID } from 'node:crypto';
import { notFound } from 'next/navigation';
import { formatMoney } from '../../lib/money';
import type { StorefrontKind } from '../../lib/tenant';
import { buyOnlineAction, confirmWindowSaleAction } from '../../lib/transport/actions';
import { currentHold, getTransportViewer, getTrip } from '../../lib/transport/data';
import { formatDeparture, formatTime } from '../../lib/transport/format';
import { errorMessage, seatClassName, tt } from '../../lib/transport/messages';
import { pageContext } from '../pages/context';
import './transport.css';

/** The message for an error the checkout came back with, naming the field when the API did. */
function checkoutError(code: string, field: string | null): string {
  if (code === 'BAD_USER_INPUT' && field === 'email') return tt('checkout.emailInvalid');
  if (code === 'BAD_USER_INPUT' && field === 'phone') return tt('checkout.phoneInvalid');
  if (code === 'BAD_USER_INPUT' && field === 'paymentReference') return tt('checkout.receiptMissing');
  return errorMessage(code);
}

/**
 * Checkout of held seats: a passenger name per seat, the total, and how it is paid. Anyone pays online
 * (`buySeats`, then the provider's page, then the trip order page); the idempotency key is made here, per
 * rendering of the form, so a resubmitted form replays the same purchase while a new visit is a new
 * attempt. A window clerk (staff) may instead take cash and confirm the booking here (`confirmBooking`
 * with the receipt number), a second submit button of the same form.
 */
export async function CheckoutPage({ kind, slug, tripId, error, errorField }: { kind: StorefrontKind; slug: string; tripId: string; error: string | null; errorField: string | null }) {
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
          {checkoutError(error, errorField)}
        </p>
      )}
      <form className="card checkout-form" action={buyOnlineAction.bind(null, kind, ctx.tenant.slug, trip.id)}>
        <input type="hidden" name="idempotencyKey" value={randomUUID()} />
        <fieldset>
          <legend>{tt('checkout.passengers')}</legend>
          {seats.map((seat) => (
            <div className="field" key={seat.label}>
              <label htmlFor={`passenger-${seat.label}`}>{tt('checkout.passengerFor', { seat: seat.label, seatClass: seatClassName(seat.seatClass), price: formatMoney(seat.price) })}</label>
              <input id={`passenger-${seat.label}`} name={`passenger:${seat.label}`} required maxLength={100} autoComplete="name" />
            </div>
          ))}
          <div className="field">
            <label htmlFor="buyer-phone">{tt('checkout.phone')}</label>
            <input id="buyer-phone" name="phone" type="tel" inputMode="tel" required={!viewer?.manager} maxLength={20} autoComplete="tel" aria-describedby="buyer-phone-hint" />
            <p className="hint" id="buyer-phone-hint">
              {tt('checkout.phoneHint')}
            </p>
          </div>
        </fieldset>
        <p className="checkout-total">
          {tt('checkout.total')} <strong>{formatMoney(held.hold.total)}</strong>
        </p>
        <fieldset>
          <legend>{tt('checkout.payOnline')}</legend>
          <div className="field">
            <label htmlFor="buyer-email">{tt('checkout.email')}</label>
            <input id="buyer-email" name="email" type="email" required={!viewer?.manager} maxLength={254} autoComplete="email" aria-describedby="buyer-email-hint" />
            <p className="hint" id="buyer-email-hint">
              {tt('checkout.emailHint')}
            </p>
          </div>
          <p className="hint">{tt('checkout.payHint')}</p>
          <button type="submit" className="button button-primary">
            {tt('checkout.pay', { total: formatMoney(held.hold.total) })}
          </button>
        </fieldset>
        {viewer?.manager ? (
          <fieldset>
            <legend>{tt('checkout.windowSale')}</legend>
            <div className="field">
              <label htmlFor="payment-reference">{tt('checkout.receipt')}</label>
              <input id="payment-reference" name="paymentReference" maxLength={200} autoComplete="off" aria-describedby="payment-reference-hint" />
              <p className="hint" id="payment-reference-hint">
                {tt('checkout.receiptHint')}
              </p>
            </div>
            <button type="submit" className="button" formAction={confirmWindowSaleAction.bind(null, kind, ctx.tenant.slug, trip.id)}>
              {tt('checkout.confirmCash')}
            </button>
          </fieldset>
        ) : (
          !viewer && (
            <p className="hint">
              <a href={signInHref}>{tt('checkout.staffSignIn')}</a>
            </p>
          )
        )}
      </form>
    </div>
  );
}

export const checkoutMetadata: Metadata = { title: tt('checkout.title'), robots: { index: false, follow: false } };
