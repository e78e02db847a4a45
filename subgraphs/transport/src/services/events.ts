/**
 * Seat events: every change of seats (HELD, RELEASED, SOLD, EXPIRED, ALLOTTED) is a SeatEvent row plus an
 * outbox event in the transaction that made it, so live seat maps hear of a change exactly when it
 * committed. Transport's own dispatcher publishes `{ id }` on the trip's channel after commit.
 */
import { recordEvent, TOPICS, uuidv7 } from '@webwaka/kit';
import type { Tx } from './context';

export type SeatEventKind = 'HELD' | 'RELEASED' | 'SOLD' | 'EXPIRED' | 'ALLOTTED';

export async function recordSeatEvent(tx: Tx, e: { tenantId: string; tripId: string; kind: SeatEventKind; seatLabels: string[] }): Promise<string> {
  const event = await tx.seatEvent.create({ data: { id: uuidv7(), ...e, seatLabels: [...e.seatLabels].sort() } });
  await recordEvent(tx, { tenantId: e.tenantId, topic: TOPICS.TRANSPORT_SEATS_CHANGED, payload: { seatEventId: event.id, tripId: e.tripId, kind: e.kind } });
  return event.id;
}
