/**
 * Seat events: every change of seats (HELD, RELEASED, SOLD, EXPIRED, ALLOTTED) is a SeatEvent row plus an
 * outbox event in the transaction that made it, so live seat maps hear of a change exactly when it
 * committed. Transport's own dispatcher publishes `{ id }` on the trip's channel after commit.
 */
import { recordEvent, uuidv7 } from '@webwaka/kit';
import type { Tx } from './context';

/** Outbox topic (ours): seats of a trip changed -> `seatMap(tripId)` subscribers, after commit. */
export const SEATS_CHANGED = 'transport.seats.changed';
/**
 * Outbox topic: a ticket was sold (any channel). Consumer: MLAS (agents' commissions); payload in
 * docs/capabilities/transport.md.
 */
export const TICKET_SOLD = 'transport.ticket.sold';
/** Outbox topic (consumer: ledger, contracts §1): a cash ticket sale to book. */
export const LEDGER_POSTING_REQUESTED = 'ledger.posting.requested';

export type SeatEventKind = 'HELD' | 'RELEASED' | 'SOLD' | 'EXPIRED' | 'ALLOTTED';

export async function recordSeatEvent(tx: Tx, e: { tenantId: string; tripId: string; kind: SeatEventKind; seatLabels: string[] }): Promise<string> {
  const event = await tx.seatEvent.create({ data: { id: uuidv7(), ...e, seatLabels: [...e.seatLabels].sort() } });
  await recordEvent(tx, { tenantId: e.tenantId, topic: SEATS_CHANGED, payload: { seatEventId: event.id, tripId: e.tripId, kind: e.kind } });
  return event.id;
}
