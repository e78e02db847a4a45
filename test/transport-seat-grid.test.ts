/** The back office's seat-layout editor model (storefront/lib/admin/seat-grid.ts): what the grid sends to createVehicle. */
import { checkLayout } from '../subgraphs/transport/src/services/layout';
import { defaultGrid, layoutOf, paint, parseLayout, resize } from '../storefront/lib/admin/seat-grid';

test('a fresh grid is a 12-row 2+2 coach the API accepts, labelled by row and column letter', () => {
  const layout = layoutOf(defaultGrid());
  expect(layout).toMatchObject({ rows: 12, columns: 4, aisleAfterColumn: 2 });
  expect(layout.seats).toHaveLength(48);
  expect(layout.seats.slice(0, 5).map((s) => s.label)).toEqual(['1A', '1B', '1C', '1D', '2A']);
  expect(checkLayout(layout).seats).toHaveLength(48);
});

test('painted cells change class or leave no seat; numbers count only seats, in reading order', () => {
  let grid = resize(defaultGrid(), 3, 3);
  expect(grid.aisleAfterColumn).toBe(2);
  grid = paint(paint(grid, 1, 1, 'PREMIUM'), 1, 3, null);
  const lettered = layoutOf(grid);
  expect(lettered.seats.map((s) => `${s.label}:${s.seatClass}`)).toEqual(['1A:PREMIUM', '1B:STANDARD', '2A:STANDARD', '2B:STANDARD', '2C:STANDARD', '3A:STANDARD', '3B:STANDARD', '3C:STANDARD']);
  const numbered = layoutOf({ ...grid, numbering: 'numbers' });
  expect(numbered.seats.map((s) => s.label)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  expect(checkLayout(numbered).seats).toHaveLength(8);
});

test('resizing keeps what was drawn, clamps to the API’s limits and drops an aisle outside the grid', () => {
  const drawn = paint(defaultGrid(), 2, 2, null);
  const bigger = resize(drawn, 99, 99);
  expect([bigger.rows, bigger.columns]).toEqual([30, 8]);
  expect(bigger.cells[1][1]).toBeNull();
  expect(bigger.cells[29][7]).toBe('STANDARD');
  expect(resize(drawn, 5, 2).aisleAfterColumn).toBeNull();
});

test('a posted layout is shape-checked', () => {
  expect(parseLayout(JSON.stringify(layoutOf(defaultGrid())))?.seats).toHaveLength(48);
  expect(parseLayout('not json')).toBeNull();
  expect(parseLayout(JSON.stringify({ rows: 1, columns: 1, aisleAfterColumn: null, seats: [{ label: 1 }] }))).toBeNull();
});
