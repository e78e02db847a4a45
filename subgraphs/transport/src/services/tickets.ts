/**
 * Tickets: one per sold seat, with the passenger's name and a QR code signed with the operator's key.
 * Issued inside the transaction that sells the seat, together with the `transport.ticket.sold` outbox
 * event (MLAS pays agents' commissions from it), so a ticket exists exactly when its seat is SOLD.
 *
 * Cash sales (channels AGENT and WINDOW) are booked in the operator's ledger in that same transaction: a
 * `ledger.posting.requested` TICKET_SALE `ticket-sale:<ticketId>` — DEBIT CASH_HELD (what the agent, or
 * the window's tenant, collected and owes the operator) / CREDIT the operator's SALES_REVENUE, the cash
 * paid. ONLINE sales are paid through commerce, which books the payment itself (ORDER_PAID); transport
 * posts nothing for them. Passenger road transport is VAT-exempt in Nigeria, so
 * a ticket has no tax line.
 */
import { DomainError, ErrorCode, recordEvent, TOPICS, uuidv7 } from '@webwaka/kit';
import type { Tx } from './context';
import { signingKey, signTicket } from './signing';

export function checkPassengerName(raw: string | null | undefined, field: string[]): string {
  const name = (raw ?? '').trim().replace(/\s+/g, ' ');
  if (name.length < 1 || name.length > 100) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A passenger name is 1 to 100 characters', field);
  return name;
}

export interface IssueTicket {
  booking: { id: string; tenantId: string; channelTenantId: string; channel: 'ONLINE' | 'WINDOW' | 'AGENT'; agentUserId: string | null };
  trip: { id: string; departureAt: Date; currency: string };
  seat: { label: string; seatClass: string };
  passengerName: string;
  fare: bigint;
  amountPaid: bigint;
  soldAt: Date;
}

/**
 * Marks the seat SOLD with the new ticket's id — only if `seatCondition` still holds under the caller's
 * lock (the caller checked it; this re-checks in the same statement) — and writes the ticket and its event.
 */
export async function issueTicket(tx: Tx, t: IssueTicket, sellable: (ticketId: string) => Promise<boolean>) {
  const ticketId = uuidv7();
  if (!(await sellable(ticketId))) throw new Error(`transport: seat ${t.seat.label} of trip ${t.trip.id} could not be sold`);
  const { kid, key } = await signingKey(tx, t.booking.tenantId);
  const qr = signTicket({ v: 1, kid, tid: ticketId, op: t.booking.tenantId, trip: t.trip.id, seat: t.seat.label, name: t.passengerName, dep: t.trip.departureAt.toISOString() }, key);
  const ticket = await tx.ticket.create({
    data: {
      id: ticketId,
      tenantId: t.booking.tenantId,
      bookingId: t.booking.id,
      tripId: t.trip.id,
      seatLabel: t.seat.label,
      seatClass: t.seat.seatClass,
      passengerName: t.passengerName,
      fare: t.fare,
      currency: t.trip.currency,
      qr,
    },
  });
  await recordEvent(tx, {
    tenantId: t.booking.tenantId,
    topic: TOPICS.TRANSPORT_TICKET_SOLD,
    payload: {
      ticketId,
      bookingId: t.booking.id,
      tripId: t.trip.id,
      seatLabel: t.seat.label,
      seatClass: t.seat.seatClass,
      channel: t.booking.channel,
      channelTenantId: t.booking.channelTenantId,
      agentUserId: t.booking.agentUserId,
      currency: t.trip.currency,
      fare: t.fare.toString(),
      amountPaid: t.amountPaid.toString(),
      soldAt: t.soldAt.toISOString(),
    },
  });
  await requestCashSalePosting(tx, t, ticketId);
  return ticket;
}

/** Who holds a cash sale's money until it reaches the operator: the agent, or the tenant whose window sold it. */
function cashHolder(booking: IssueTicket['booking']) {
  return booking.channel === 'AGENT'
    ? { ownerType: 'AGENT' as const, ownerId: booking.agentUserId! }
    : { ownerType: 'TENANT' as const, ownerId: booking.channelTenantId };
}

/** The TICKET_SALE posting of a cash sale (nothing for ONLINE sales, nor for a sale recorded with no cash). */
async function requestCashSalePosting(tx: Tx, t: IssueTicket, ticketId: string) {
  if (t.booking.channel === 'ONLINE' || t.amountPaid <= 0n) return;
  const operator = t.booking.tenantId;
  const amount = t.amountPaid.toString();
  await recordEvent(tx, {
    tenantId: operator,
    topic: TOPICS.LEDGER_POSTING_REQUESTED,
    payload: {
      idempotencyKey: `ticket-sale:${ticketId}`,
      kind: 'TICKET_SALE',
      currency: t.trip.currency,
      memo: `Ticket ${t.seat.label} sold (${t.booking.channel.toLowerCase()}, cash)`,
      reference: { type: 'Ticket', id: ticketId },
      occurredAt: t.soldAt.toISOString(),
      lines: [
        { account: { tenantId: operator, ...cashHolder(t.booking), purpose: 'CASH_HELD' }, side: 'DEBIT', amount, memo: `cash for seat ${t.seat.label}` },
        { account: { tenantId: operator, ownerType: 'TENANT', ownerId: operator, purpose: 'SALES_REVENUE' }, side: 'CREDIT', amount },
      ],
    },
  });
}
