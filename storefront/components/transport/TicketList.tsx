import type { TransportBookingFieldsFragment } from '../../gql/graphql';
import { formatMoney } from '../../lib/money';
import { formatBookingReference } from '../../lib/transport/format';
import { seatClassName, tt } from '../../lib/transport/messages';
import { TicketQr } from './TicketQr';

/** A booking's tickets, one card per seat with its signed QR code (the booking and trip order pages). */
export async function TicketList({ booking }: { booking: TransportBookingFieldsFragment }) {
  return (
    <ol className="ticket-list">
      {await Promise.all(
        booking.tickets.map(async (ticket) => (
          <li key={ticket.id} className="card ticket" data-ticket={ticket.id}>
            <h2>{tt('ticket.heading', { seat: ticket.seatLabel, name: ticket.passengerName })}</h2>
            <p className="ticket-reference">{tt('ticket.booking', { reference: formatBookingReference(booking.reference) })}</p>
            <p>
              {seatClassName(ticket.seatClass)} · {formatMoney(ticket.fare)}
              {ticket.boardedAt && <> · {tt('ticket.boarded')}</>}
            </p>
            <TicketQr code={ticket.qr} seatLabel={ticket.seatLabel} />
            <details>
              <summary>{tt('ticket.code')}</summary>
              <p className="ticket-code" data-testid="ticket-code">
                {ticket.qr}
              </p>
            </details>
          </li>
        )),
      )}
    </ol>
  );
}
