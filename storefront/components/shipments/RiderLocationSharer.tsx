'use client';

import { useEffect, useRef, useState } from 'react';
import { reportRiderLocationAction } from '../../lib/rider-location/actions';
import { rl } from '../../lib/rider-location/messages';
import { REPORT_EVERY_MS } from '../../lib/rider-location/view';

type SharingState = { kind: 'starting' } | { kind: 'sharing'; sentAt: number | null } | { kind: 'off' } | { kind: 'unsupported' };

/**
 * On the rider's page, for each shipment they carry (decision 0089): watches the phone's position and sends
 * the newest one at most every 15 s while the page is open. Nothing is sent before pick-up or after
 * delivery (the card is not shown then, and commerce refuses it anyway).
 */
export function RiderLocationSharer({ slug, shipmentId }: { slug: string; shipmentId: string }) {
  const [state, setState] = useState<SharingState>({ kind: 'starting' });
  const latest = useRef<GeolocationPosition | null>(null);
  const lastSent = useRef(0);
  const sending = useRef(false);

  useEffect(() => {
    if (typeof navigator === 'undefined' || !navigator.geolocation) {
      setState({ kind: 'unsupported' });
      return;
    }
    let stopped = false;
    const send = async () => {
      const p = latest.current;
      if (!p || sending.current || stopped || Date.now() - lastSent.current < REPORT_EVERY_MS) return;
      sending.current = true;
      lastSent.current = Date.now();
      try {
        const r = await reportRiderLocationAction(slug, shipmentId, p.coords.latitude, p.coords.longitude, Math.min(p.coords.accuracy ?? 0, 100_000));
        if (!stopped && r.ok) setState({ kind: 'sharing', sentAt: Date.now() });
      } catch {
        /* offline: the next position tries again */
      } finally {
        sending.current = false;
      }
    };
    const watch = navigator.geolocation.watchPosition(
      (p) => {
        latest.current = p;
        setState((s) => (s.kind === 'sharing' ? s : { kind: 'sharing', sentAt: null }));
        void send();
      },
      () => setState({ kind: 'off' }),
      { enableHighAccuracy: true, maximumAge: 10_000, timeout: 60_000 },
    );
    // A rider standing still gets no new position events: send the last one again now and then.
    const timer = setInterval(() => void send(), REPORT_EVERY_MS);
    return () => {
      stopped = true;
      navigator.geolocation.clearWatch(watch);
      clearInterval(timer);
    };
  }, [slug, shipmentId]);

  if (state.kind === 'starting') return null;
  return (
    <p className="hint" data-testid="rider-sharing" data-state={state.kind}>
      {state.kind === 'sharing' && (state.sentAt ? `${rl('sharing')} ${rl('sharingSent', { time: new Date(state.sentAt).toLocaleTimeString('en-NG', { timeZone: 'Africa/Lagos' }) })}` : rl('sharing'))}
      {state.kind === 'off' && rl('sharingOff')}
      {state.kind === 'unsupported' && rl('sharingUnsupported')}
    </p>
  );
}
