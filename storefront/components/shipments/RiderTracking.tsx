'use client';

import { useCallback, useEffect, useState } from 'react';
import { useLiveFeed } from '../../lib/realtime/use-live-feed';
import { rl } from '../../lib/rider-location/messages';
import { mapsUrl, secondsAgo, STALE_AFTER_MS, tracePoints, type TrackView } from '../../lib/rider-location/view';

interface Props {
  slug: string;
  orderId: string;
  /** The order's tracking key: reads this order's rider positions and nothing else (decision 0089). */
  trackingKey: string;
  wsUrl: string;
  pollMs: number;
  /** The subscription document (passed in so the page does not ship the whole operation table). */
  document: string;
  initial: TrackView;
}

const SIZE = 200;

/**
 * The customer's live view of their rider (decision 0089): the newest position with "updated N s ago" and an
 * "Open in maps" link, and a small trace of the recent positions (no map tiles). New positions arrive over
 * the gateway's `riderTracking` subscription; while the socket cannot open or is down, the page polls its
 * own JSON route every `pollMs` (lib/realtime/use-live-feed.ts), so a blocked socket only slows it down.
 */
export function RiderTracking({ slug, orderId, trackingKey, wsUrl, pollMs, document, initial }: Props) {
  const [tracking, setTracking] = useState(initial);
  const [now, setNow] = useState(() => Date.now());

  const refresh = useCallback(async () => {
    try {
      const url = `${window.location.pathname.replace(/\/$/, '')}/rider?key=${encodeURIComponent(trackingKey)}`;
      const res = await fetch(url, { cache: 'no-store', headers: { accept: 'application/json' } });
      if (res.ok) setTracking(((await res.json()) as { tracking: TrackView }).tracking);
    } catch {
      /* offline: the next poll tries again */
    }
  }, [trackingKey]);

  const connection = useLiveFeed({
    wsUrl,
    tenant: slug,
    pollMs,
    refresh,
    key: `${orderId}\n${trackingKey}\n${document}`,
    subscribe: (client, onError) => [
      client.subscribe<{ riderTracking: TrackView }>(
        { query: document, variables: { orderId, trackingKey } },
        { next: (r) => r.data?.riderTracking && setTracking(r.data.riderTracking), error: onError, complete: () => undefined },
      ),
    ],
  });

  // "N s ago" and the stale notice move on their own.
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(timer);
  }, []);

  const tracks = tracking.shipments.filter((s) => s.positions.length > 0);
  if (tracking.shipments.length === 0) return null;
  return (
    <div className="rider-tracking" data-testid="rider-tracking" data-connection={connection}>
      <h3>{rl('title')}</h3>
      {tracks.length === 0 && <p className="hint">{rl('waiting')}</p>}
      {tracks.map((s) => {
        const newest = s.positions[0];
        const ago = secondsAgo(newest.at, now);
        const stale = now - Date.parse(newest.at) > STALE_AFTER_MS;
        const points = tracePoints(s.positions, SIZE);
        const last = points[points.length - 1];
        return (
          <div key={s.shipmentId} className="rider-track">
            <svg viewBox={`0 0 ${SIZE} ${SIZE}`} width="100%" style={{ maxWidth: SIZE }} role="img" aria-label={rl('traceLabel', { count: s.positions.length })}>
              <rect x="0" y="0" width={SIZE} height={SIZE} rx="8" fill="none" stroke="currentColor" strokeOpacity="0.2" />
              <polyline points={points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')} fill="none" stroke="currentColor" strokeOpacity="0.5" strokeWidth="2" />
              {points.slice(0, -1).map((p, i) => (
                <circle key={i} cx={p.x} cy={p.y} r="3" fill="currentColor" fillOpacity="0.4" />
              ))}
              <circle cx={last.x} cy={last.y} r="7" fill="currentColor" data-testid="rider-newest" />
            </svg>
            <p>
              <span data-testid="rider-position" data-latitude={newest.latitude} data-longitude={newest.longitude}>
                {ago < 120 ? rl('updated', { seconds: ago }) : rl('updatedMinutes', { minutes: Math.floor(ago / 60) })}
              </span>
              {' · '}
              <a href={mapsUrl(newest)} target="_blank" rel="noopener noreferrer">
                {rl('openInMaps')}
              </a>
            </p>
            {stale && (
              <p role="status" className="alert" data-testid="rider-stale">
                {rl('stale')}
              </p>
            )}
          </div>
        );
      })}
      <p className="hint" aria-live="polite">
        {connection === 'live' ? rl('live') : rl('polling')}
      </p>
    </div>
  );
}
