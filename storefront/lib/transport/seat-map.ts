// The seat map's state in the browser, kept pure so the page's live updates are easy to follow (and test):
// a snapshot from the server or a poll replaces every seat; an event from the subscription replaces the
// seats it carries (as they are now, so applying an older event after a newer snapshot is harmless).
import type { MoneyValue } from '../money';

export type SeatState = 'AVAILABLE' | 'HELD' | 'SOLD' | 'ALLOTTED';

export interface SeatView {
  label: string;
  row: number;
  column: number;
  seatClass: string;
  state: SeatState;
  price: MoneyValue;
}

export interface SeatMapView {
  tripId: string;
  rows: number;
  columns: number;
  aisleAfterColumn: number | null;
  available: number;
  lastEventId: string | null;
  seats: SeatView[];
}

export interface HoldView {
  id: string;
  seatLabels: string[];
  expiresAt: string;
  canExtend: boolean;
  total: MoneyValue;
  /** Milliseconds left when the server answered (the browser's clock may differ from the server's). */
  remainingMs: number;
}

/** Replaces the seats an event carries; the available count follows. */
export function applySeatChanges(map: SeatMapView, changed: readonly SeatView[]): SeatMapView {
  if (changed.length === 0) return map;
  const byLabel = new Map(changed.map((s) => [s.label, s]));
  const seats = map.seats.map((s) => byLabel.get(s.label) ?? s);
  return { ...map, seats, available: seats.filter((s) => s.state === 'AVAILABLE').length };
}

/** Seats laid out row by row, with `null` where the grid has no seat (a door, a gap). */
export function seatGrid(map: Pick<SeatMapView, 'rows' | 'columns' | 'seats'>): (SeatView | null)[][] {
  const grid: (SeatView | null)[][] = Array.from({ length: map.rows }, () => Array.from({ length: map.columns }, () => null));
  for (const seat of map.seats) {
    if (seat.row >= 1 && seat.row <= map.rows && seat.column >= 1 && seat.column <= map.columns) grid[seat.row - 1][seat.column - 1] = seat;
  }
  return grid;
}

/** How a seat shows for this buyer: their own held seats are "yours", not "taken". */
export type SeatDisplay = 'available' | 'selected' | 'yours' | 'held' | 'sold' | 'allotted';

export function seatDisplay(seat: SeatView, selected: ReadonlySet<string>, mine: ReadonlySet<string>): SeatDisplay {
  if (mine.has(seat.label) && seat.state === 'HELD') return 'yours';
  if (seat.state === 'SOLD') return 'sold';
  if (seat.state === 'HELD') return 'held';
  if (seat.state === 'ALLOTTED') return 'allotted';
  return selected.has(seat.label) ? 'selected' : 'available';
}

/** Sum of seat prices in minor units (all one currency: a trip has one). */
export function totalOf(seats: readonly SeatView[], currency: string): MoneyValue {
  return { amount: seats.reduce((sum, s) => sum + BigInt(s.price.amount), 0n).toString(), currency };
}
