'use client';

import { useEffect, useState } from 'react';
import messages from '../../messages/location.en.json';
import { fill } from '../../lib/fill';

type Key = keyof typeof messages;
const lt = (key: Key, vars?: Record<string, string | number>) => fill(messages[key], vars);

/** Five decimals: about a metre, as precise as a phone's position is worth. */
const round = (n: number) => Math.round(n * 1e5) / 1e5;

/**
 * "Use my location" on an address form (decision 0090): the browser's geolocation fills two hidden fields,
 * `latitude` and `longitude`, posted with the form. Optional: without JavaScript, or when the shopper says
 * no, the address goes without a position. The button appears only where the browser can locate.
 */
export function UseMyLocation({ latitude, longitude, idPrefix }: { latitude: string; longitude: string; idPrefix: string }) {
  const [position, setPosition] = useState(latitude && longitude ? { latitude, longitude } : null);
  const [status, setStatus] = useState<'idle' | 'locating' | 'denied' | 'unavailable'>('idle');
  const [supported, setSupported] = useState(false);
  useEffect(() => setSupported(typeof navigator !== 'undefined' && 'geolocation' in navigator), []);

  const locate = () => {
    setStatus('locating');
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setPosition({ latitude: String(round(p.coords.latitude)), longitude: String(round(p.coords.longitude)) });
        setStatus('idle');
      },
      (e) => setStatus(e.code === e.PERMISSION_DENIED ? 'denied' : 'unavailable'),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  return (
    <div className="field" data-testid={`${idPrefix}-location`}>
      <input type="hidden" name="latitude" value={position?.latitude ?? ''} />
      <input type="hidden" name="longitude" value={position?.longitude ?? ''} />
      {position ? (
        <>
          <p role="status">{lt('added', position)}</p>
          <button type="button" className="link-button" onClick={() => setPosition(null)}>
            {lt('remove')}
          </button>
        </>
      ) : supported ? (
        <>
          <button type="button" onClick={locate} disabled={status === 'locating'} aria-describedby={`${idPrefix}-location-hint`}>
            {status === 'locating' ? lt('locating') : lt('use')}
          </button>
          {(status === 'denied' || status === 'unavailable') && <p role="alert">{lt(status)}</p>}
        </>
      ) : null}
      {!position && supported && (
        <p id={`${idPrefix}-location-hint`} className="hint">
          {lt('hint')}
        </p>
      )}
    </div>
  );
}
