// The seat-layout editor's model, pure (shared by the client editor and its tests): a grid of rows x columns
// whose cells are a seat of a class or nothing (an aisle, a door, the driver), and the layout the transport
// API stores, with labels made from the grid: "1A, 1B…" (row and column letter) or "1, 2, 3…" (in reading order).

export const SEAT_CLASSES = ['STANDARD', 'PREMIUM'] as const;
export type SeatClass = (typeof SEAT_CLASSES)[number];
/** A cell: a seat of a class, or null for no seat. */
export type Cell = SeatClass | null;
export type Numbering = 'letters' | 'numbers';

export const MAX_ROWS = 30;
export const MAX_COLUMNS = 8;

export interface SeatGrid {
  rows: number;
  columns: number;
  /** The aisle runs after this column (1-based); null: none. */
  aisleAfterColumn: number | null;
  numbering: Numbering;
  /** cells[row - 1][column - 1]. */
  cells: Cell[][];
}

export interface LayoutInput {
  rows: number;
  columns: number;
  aisleAfterColumn: number | null;
  seats: { label: string; row: number; column: number; seatClass: string }[];
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, Math.trunc(Number.isFinite(n) ? n : min)));

/** A coach most operators start from: 12 rows of 2 + 2 with the aisle in the middle, all standard. */
export function defaultGrid(): SeatGrid {
  return resize({ rows: 0, columns: 4, aisleAfterColumn: 2, numbering: 'letters', cells: [] }, 12, 4);
}

/** The grid at a new size: cells kept where they were, new ones standard seats; the aisle kept inside. */
export function resize(grid: SeatGrid, rows: number, columns: number): SeatGrid {
  const r = clamp(rows, 1, MAX_ROWS);
  const c = clamp(columns, 1, MAX_COLUMNS);
  const cells = Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j): Cell => (i < grid.cells.length && j < grid.columns ? (grid.cells[i]?.[j] ?? null) : 'STANDARD')));
  const aisle = grid.aisleAfterColumn !== null && grid.aisleAfterColumn < c ? grid.aisleAfterColumn : null;
  return { ...grid, rows: r, columns: c, aisleAfterColumn: aisle, cells };
}

/** The grid with one cell set (a tap with the chosen tool). */
export function paint(grid: SeatGrid, row: number, column: number, cell: Cell): SeatGrid {
  return { ...grid, cells: grid.cells.map((line, i) => (i === row - 1 ? line.map((v, j) => (j === column - 1 ? cell : v)) : line)) };
}

/** The label of every seat, by "row:column", in reading order. */
export function labels(grid: SeatGrid): Map<string, string> {
  const out = new Map<string, string>();
  let n = 0;
  for (let row = 1; row <= grid.rows; row++) {
    for (let column = 1; column <= grid.columns; column++) {
      if (!grid.cells[row - 1]?.[column - 1]) continue;
      n++;
      out.set(`${row}:${column}`, grid.numbering === 'numbers' ? String(n) : `${row}${String.fromCharCode(64 + column)}`);
    }
  }
  return out;
}

/** What createVehicle takes. */
export function layoutOf(grid: SeatGrid): LayoutInput {
  const names = labels(grid);
  const seats: LayoutInput['seats'] = [];
  for (let row = 1; row <= grid.rows; row++) {
    for (let column = 1; column <= grid.columns; column++) {
      const seatClass = grid.cells[row - 1]?.[column - 1];
      if (seatClass) seats.push({ label: names.get(`${row}:${column}`)!, row, column, seatClass });
    }
  }
  return { rows: grid.rows, columns: grid.columns, aisleAfterColumn: grid.aisleAfterColumn, seats };
}

/** Seats per class, e.g. { STANDARD: 40, PREMIUM: 8 }. */
export function countByClass(seats: readonly { seatClass: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of seats) out[s.seatClass] = (out[s.seatClass] ?? 0) + 1;
  return out;
}

/** A layout posted by the editor (JSON in a hidden field), shape-checked; the API checks the rest. */
export function parseLayout(json: string): LayoutInput | null {
  try {
    const v = JSON.parse(json) as LayoutInput;
    const int = (n: unknown) => Number.isInteger(n);
    if (!v || !int(v.rows) || !int(v.columns) || !(v.aisleAfterColumn === null || int(v.aisleAfterColumn)) || !Array.isArray(v.seats)) return null;
    if (!v.seats.every((s) => s && typeof s.label === 'string' && int(s.row) && int(s.column) && typeof s.seatClass === 'string')) return null;
    return { rows: v.rows, columns: v.columns, aisleAfterColumn: v.aisleAfterColumn, seats: v.seats.map((s) => ({ label: s.label, row: s.row, column: s.column, seatClass: s.seatClass })) };
  } catch {
    return null;
  }
}

/** The vehicle form's strings (client components get theirs as props): keys of transport.en.json after `admin.vehicleForm.`. */
export const VEHICLE_FORM_TEXT = [
  'registration',
  'registrationHint',
  'name',
  'nameHint',
  'grid',
  'rows',
  'columns',
  'aisle',
  'aisleNone',
  'aisleAfter',
  'numbering',
  'numberingLetters',
  'numberingNumbers',
  'tool',
  'toolNone',
  'layout',
  'layoutHint',
  'seat',
  'noSeat',
  'summary',
  'submit',
  'pending',
  'class.STANDARD',
  'class.PREMIUM',
] as const;
export type VehicleFormText = Record<(typeof VEHICLE_FORM_TEXT)[number], string>;
