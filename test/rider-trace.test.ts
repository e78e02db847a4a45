/** The rider's trace on the customer's order page (storefront/lib/rider-location/view.ts, decision 0089). */
import { mapsUrl, secondsAgo, STALE_AFTER_MS, tracePoints } from '../storefront/lib/rider-location/view';

const at = (lat: number, lng: number, i = 0) => ({ latitude: lat, longitude: lng, accuracyMeters: 10, at: new Date(Date.UTC(2026, 11, 7, 12, 0, i)).toISOString() });

test('positions come newest first and are drawn oldest first, north up, inside the box', () => {
  // Newest first, as the API gives them: the rider went north, then east.
  const points = tracePoints([at(6.46, 3.49, 2), at(6.46, 3.47, 1), at(6.44, 3.47, 0)], 200, 16);
  expect(points).toHaveLength(3);
  const [oldest, middle, newest] = points;
  expect(middle.y).toBeLessThan(oldest.y); // north is up
  expect(middle.x).toBeCloseTo(oldest.x, 6);
  expect(newest.x).toBeGreaterThan(middle.x); // east is right
  for (const p of points) for (const v of [p.x, p.y]) expect(v >= 16 && v <= 184).toBe(true);
});

test('one position (or a rider standing still) sits in the middle; no positions draw nothing', () => {
  expect(tracePoints([at(6.5, 3.4)], 200)).toEqual([{ x: 100, y: 100 }]);
  expect(tracePoints([at(6.5, 3.4, 1), at(6.5, 3.4, 0)], 200)).toEqual([{ x: 100, y: 100 }, { x: 100, y: 100 }]);
  expect(tracePoints([], 200)).toEqual([]);
});

test('the maps link, the age, and when a position is stale', () => {
  expect(mapsUrl({ latitude: 6.4474, longitude: 3.4723 })).toBe('https://www.google.com/maps/search/?api=1&query=6.447400,3.472300');
  const t = Date.UTC(2026, 11, 7, 12, 0, 0);
  expect(secondsAgo(new Date(t).toISOString(), t + 42_000)).toBe(42);
  expect(secondsAgo(new Date(t + 3_000).toISOString(), t)).toBe(0); // a phone clock slightly ahead
  expect(STALE_AFTER_MS).toBe(120_000);
});
