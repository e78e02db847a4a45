/**
 * Tickets: one per sold seat, with the passenger's name and a QR code signed with the operator's key.
 * Issued inside the transaction that sells the seat, together with the `transport.ticket.sold` outbox
 * event (for commissions), so a ticket exists exactly when its seat is SOLD.
 */
import { DomainError, ErrorCode, recordEvent, uuidv7 } from '@webwaka/kit';
import type { Tx } from './context';
import { TICKET_SOLD } from './events';
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
    topic: TICKET_SOLD,
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
  return ticket;
}
