// Pure helpers of the rider's trace on the customer's order page (decision 0089): no map tiles (the shop may
// have no internet), just the recent positions relative to each other, scaled into a small SVG.

export interface TrackPosition {
  latitude: number;
  longitude: number;
  accuracyMeters: number;
  at: string;
}
export interface TrackView {
  orderId: string;
  shipments: { shipmentId: string; status: string; positions: TrackPosition[] }[];
}

/** After this long without a position the page says the location may be out of date. */
export const STALE_AFTER_MS = 2 * 60_000;
/** How often the rider's phone sends its position (the server keeps at most one per 10 s). */
export const REPORT_EVERY_MS = 15_000;

/**
 * Points of the trace in a `size`×`size` box, oldest first, north up. Longitude is shrunk by cos(latitude)
 * so distances look right; a single point (or all at one place) sits in the middle.
 */
export function tracePoints(positions: TrackPosition[], size = 200, margin = 16): { x: number; y: number }[] {
  if (positions.length === 0) return [];
  const ordered = [...positions].reverse();
  const cos = Math.cos((ordered[ordered.length - 1].latitude * Math.PI) / 180);
  const xs = ordered.map((p) => p.longitude * cos);
  const ys = ordered.map((p) => p.latitude);
  const minX = Math.min(...xs);
  const minY = Math.min(...ys);
  const span = Math.max(Math.max(...xs) - minX, Math.max(...ys) - minY);
  const inner = size - 2 * margin;
  if (span === 0) return ordered.map(() => ({ x: size / 2, y: size / 2 }));
  const offX = (inner - ((Math.max(...xs) - minX) / span) * inner) / 2;
  const offY = (inner - ((Math.max(...ys) - minY) / span) * inner) / 2;
  return ordered.map((_, i) => ({ x: margin + offX + ((xs[i] - minX) / span) * inner, y: size - margin - offY - ((ys[i] - minY) / span) * inner }));
}

/** "Open in maps": the newest position in the phone's maps app (a plain link; nothing loads until tapped). */
export const mapsUrl = (p: { latitude: number; longitude: number }) => `https://www.google.com/maps/search/?api=1&query=${p.latitude.toFixed(6)},${p.longitude.toFixed(6)}`;

/** Whole seconds since `at` (never negative when clocks disagree a little). */
export const secondsAgo = (at: string, now: number) => Math.max(0, Math.round((now - Date.parse(at)) / 1000));
