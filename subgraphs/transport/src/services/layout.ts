/**
 * Seat layouts: a grid of rows x columns with an optional aisle after one column; every seat has a unique
 * label, a unique position inside the grid and a seat class (fares are per class). Pure functions.
 */
import { DomainError, ErrorCode } from '@webwaka/kit';

export interface LayoutSeat {
  label: string;
  row: number;
  column: number;
  seatClass: string;
}

export interface SeatLayout {
  rows: number;
  columns: number;
  /** The aisle runs after this column (1-based); null: no aisle. */
  aisleAfterColumn: number | null;
  seats: LayoutSeat[];
}

export const MAX_ROWS = 30;
export const MAX_COLUMNS = 8;
export const MAX_SEATS = 120;
const LABEL_RE = /^[A-Z0-9][A-Z0-9-]{0,7}$/;
export const SEAT_CLASS_RE = /^[A-Z][A-Z0-9_]{0,19}$/;

const bad = (message: string, field: string[]) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);

/** Checks and normalises a layout (labels and classes upper-cased, seats in row/column order). */
export function checkLayout(input: SeatLayout, field = ['layout']): SeatLayout {
  const { rows, columns } = input;
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_ROWS) throw bad(`rows must be 1 to ${MAX_ROWS}`, [...field, 'rows']);
  if (!Number.isInteger(columns) || columns < 1 || columns > MAX_COLUMNS) throw bad(`columns must be 1 to ${MAX_COLUMNS}`, [...field, 'columns']);
  const aisle = input.aisleAfterColumn ?? null;
  if (aisle !== null && (!Number.isInteger(aisle) || aisle < 1 || aisle >= columns)) throw bad('aisleAfterColumn must be between 1 and columns - 1', [...field, 'aisleAfterColumn']);
  if (!Array.isArray(input.seats) || input.seats.length < 1 || input.seats.length > MAX_SEATS) throw bad(`A layout has 1 to ${MAX_SEATS} seats`, [...field, 'seats']);
  const labels = new Set<string>();
  const positions = new Set<string>();
  const seats = input.seats.map((s, i) => {
    const at = [...field, 'seats', String(i)];
    const label = (s.label ?? '').trim().toUpperCase();
    if (!LABEL_RE.test(label)) throw bad('A seat label is 1-8 letters, digits or dashes', [...at, 'label']);
    if (labels.has(label)) throw bad(`Seat label ${label} appears twice`, [...at, 'label']);
    labels.add(label);
    if (!Number.isInteger(s.row) || s.row < 1 || s.row > rows || !Number.isInteger(s.column) || s.column < 1 || s.column > columns) {
      throw bad(`Seat ${label} is outside the ${rows}x${columns} grid`, at);
    }
    const pos = `${s.row}:${s.column}`;
    if (positions.has(pos)) throw bad(`Two seats at row ${s.row}, column ${s.column}`, at);
    positions.add(pos);
    const seatClass = (s.seatClass ?? '').trim().toUpperCase();
    if (!SEAT_CLASS_RE.test(seatClass)) throw bad('A seat class is 1-20 letters, digits or underscores, starting with a letter', [...at, 'seatClass']);
    return { label, row: s.row, column: s.column, seatClass };
  });
  seats.sort((a, b) => a.row - b.row || a.column - b.column);
  return { rows, columns, aisleAfterColumn: aisle, seats };
}

/** The seat classes a layout uses, sorted. */
export const seatClasses = (layout: SeatLayout) => [...new Set(layout.seats.map((s) => s.seatClass))].sort();

/**
 * A full grid: seat "<row><letter>" at every position, the class of a row from `classOfRow` (e.g. the
 * first row PREMIUM). What a bus usually is; the seed and tests use it.
 */
export function gridLayout(rows: number, columns: number, opts: { aisleAfterColumn?: number | null; classOfRow?: (row: number) => string } = {}): SeatLayout {
  const seats: LayoutSeat[] = [];
  for (let row = 1; row <= rows; row++) {
    for (let column = 1; column <= columns; column++) {
      seats.push({ label: `${row}${String.fromCharCode(64 + column)}`, row, column, seatClass: opts.classOfRow?.(row) ?? 'STANDARD' });
    }
  }
  return checkLayout({ rows, columns, aisleAfterColumn: opts.aisleAfterColumn ?? null, seats });
}
