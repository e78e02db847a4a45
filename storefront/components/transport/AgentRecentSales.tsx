import { formatMoney } from '../../lib/money';
import { formatBookingReference, formatDeparture } from '../../lib/transport/format';
import { tt } from '../../lib/transport/messages';
import { TicketQr } from './TicketQr';

export interface AgentSaleView {
  id: string;
  seatLabel: string;
  passengerName: string;
  soldAt: string;
  status: 'APPLIED' | 'CONFLICT' | 'DUPLICATE' | string;
  conflictReason: string | null;
  amountPaid: { amount: string; currency: string };
  ticket: { id: string; qr: string; bookingReference: string } | null;
}

/**
 * An agent's latest synced sales as the API has them (so they survive a reload and another device), each
 * issued one with its ticket: the QR code to show the passenger or let them photograph, the booking
 * reference to write on a paper receipt, and the code as text to send by SMS or WhatsApp.
 */
export async function AgentRecentSales({ sales }: { sales: AgentSaleView[] }) {
  if (sales.length === 0) return null;
  return (
    <section aria-labelledby="agent-results" className="agent-recent">
      <h2 id="agent-results">{tt('agent.synced')}</h2>
      <ul className="agent-results">
        {await Promise.all(
          sales.map(async (sale) => (
            <li key={sale.id} className="card" data-status={sale.status} data-seat={sale.seatLabel}>
              {sale.status === 'CONFLICT' || !sale.ticket ? (
                <p>{tt('agent.conflict', { seat: sale.seatLabel, reason: sale.conflictReason ?? '' })}</p>
              ) : (
                <>
                  <p>
                    <strong>{tt('agent.applied', { seat: sale.seatLabel })}</strong> {sale.passengerName} · {formatMoney(sale.amountPaid)} · {formatDeparture(sale.soldAt)}
                  </p>
                  <p className="ticket-reference">{tt('ticket.booking', { reference: formatBookingReference(sale.ticket.bookingReference) })}</p>
                  <details>
                    <summary>{tt('agent.showTicket', { name: sale.passengerName })}</summary>
                    <TicketQr code={sale.ticket.qr} seatLabel={sale.seatLabel} />
                    <p className="ticket-code" data-testid="agent-ticket-code">
                      {sale.ticket.qr}
                    </p>
                  </details>
                </>
              )}
            </li>
          )),
        )}
      </ul>
    </section>
  );
}
