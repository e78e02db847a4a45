'use client';

import { useCallback, useEffect, useMemo, useState, useTransition } from 'react';
import { formatMoney } from '../../lib/money';
import { useLiveFeed } from '../../lib/realtime/use-live-feed';
import { extendHoldAction, holdSeatsAction, releaseHoldAction, type HoldResult } from '../../lib/transport/actions';
import { formatCountdown } from '../../lib/transport/format';
import { seatClassName, tt } from '../../lib/transport/messages';
import { applySeatChanges, seatDisplay, seatGrid, totalOf, type HoldView, type SeatDisplay, type SeatMapView, type SeatView } from '../../lib/transport/seat-map';

interface Props {
  slug: string;
  /** Link prefix of the tenant's pages. */
  base: string;
  tripId: string;
  /** The gateway's graphql-ws URL as the browser reaches it. */
  wsUrl: string;
  pollMs: number;
  heartbeatMs: number;
  /** The subscription documents (passed in so the page does not ship the whole operation table). */
  documents: { seatMap: string; presence: string };
  initialMap: SeatMapView;
  initialHold: HoldView | null;
  initialViewers: number;
}

const STATE_TEXT: Record<SeatDisplay, Parameters<typeof tt>[0]> = {
  available: 'seat.state.available',
  selected: 'seat.state.selected',
  yours: 'seat.state.yours',
  held: 'seat.state.held',
  sold: 'seat.state.sold',
  allotted: 'seat.state.allotted',
};

function newViewerId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * The trip's live seat map: seats as buttons (label, class, fare and state in each name), choose then hold,
 * a countdown with extend-once and release, and the viewer count. Changes arrive through the gateway's
 * `seatMap` subscription; while the socket is down the page polls the same seat map every few seconds, so
 * losing the socket only slows the page down. Holding never goes over the socket.
 */
export function SeatMap({ slug, base, tripId, wsUrl, pollMs, heartbeatMs, documents, initialMap, initialHold, initialViewers }: Props) {
  const [map, setMap] = useState(initialMap);
  const [hold, setHold] = useState<HoldView | null>(initialHold);
  const [deadline, setDeadline] = useState(() => (initialHold ? Date.now() + initialHold.remainingMs : 0));
  const [now, setNow] = useState(() => Date.now());
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [viewers, setViewers] = useState(initialViewers);
  const [message, setMessage] = useState<{ kind: 'error' | 'info'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const seatsUrl = `${base}/trips/${tripId}/seats`;
  const presenceUrl = `${base}/trips/${tripId}/presence`;

  const refresh = useCallback(async () => {
    try {
      const res = await fetch(seatsUrl, { cache: 'no-store', headers: { accept: 'application/json' } });
      if (!res.ok) return;
      const body = (await res.json()) as { seatMap: SeatMapView };
      setMap((current) => (current.lastEventId === body.seatMap.lastEventId && current.available === body.seatMap.available ? current : body.seatMap));
    } catch {
      /* offline: the next poll tries again */
    }
  }, [seatsUrl]);

  // Live updates through graphql-ws; the socket retries forever and the poller covers the gaps.
  const connection = useLiveFeed({
    wsUrl,
    tenant: slug,
    pollMs,
    refresh,
    key: `${tripId}\n${documents.seatMap}\n${documents.presence}`,
    subscribe: (client, onError) => [
      client.subscribe<{ seatMap: { id: string; seats: SeatView[] } }>(
        { query: documents.seatMap, variables: { tripId } },
        {
          next: (result) => {
            const event = result.data?.seatMap;
            if (event) setMap((current) => ({ ...applySeatChanges(current, event.seats), lastEventId: event.id }));
          },
          error: onError,
          complete: () => undefined,
        },
      ),
      client.subscribe<{ tripPresence: { viewers: number } }>(
        { query: documents.presence, variables: { tripId } },
        { next: (result) => result.data && setViewers(result.data.tripPresence.viewers), error: () => undefined, complete: () => undefined },
      ),
    ],
  });

  // Presence: a heartbeat every few seconds with this page view's id, and a goodbye when the page goes.
  useEffect(() => {
    const viewerId = newViewerId();
    const beat = async () => {
      try {
        const res = await fetch(presenceUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ viewerId }) });
        if (res.ok) setViewers(((await res.json()) as { viewers: number }).viewers);
      } catch {
        /* offline */
      }
    };
    void beat();
    const timer = setInterval(beat, heartbeatMs);
    const leave = () => navigator.sendBeacon?.(presenceUrl, new Blob([JSON.stringify({ viewerId, leaving: true })], { type: 'application/json' }));
    window.addEventListener('pagehide', leave);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [presenceUrl, heartbeatMs]);

  // The hold's countdown; at zero the seats are no longer this buyer's.
  useEffect(() => {
    if (!hold) return;
    const timer = setInterval(() => setNow(Date.now()), 1_000);
    return () => clearInterval(timer);
  }, [hold]);
  const remaining = hold ? deadline - now : 0;
  useEffect(() => {
    if (hold && remaining <= 0) {
      setHold(null);
      setMessage({ kind: 'error', text: tt('hold.expired') });
    }
  }, [hold, remaining]);

  // A chosen seat someone else just took leaves the selection (and the buyer is told).
  const mine = useMemo(() => new Set(hold?.seatLabels ?? []), [hold]);
  useEffect(() => {
    const gone = [...selected].filter((label) => map.seats.find((s) => s.label === label)?.state !== 'AVAILABLE');
    if (gone.length === 0) return;
    setSelected((current) => new Set([...current].filter((l) => !gone.includes(l))));
    setMessage({ kind: 'info', text: tt('seat.taken', { seats: gone.join(', ') }) });
  }, [map, selected]);

  const acceptHold = (result: HoldResult) => {
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.message });
      void refresh();
      return;
    }
    setHold(result.hold);
    setDeadline(Date.now() + result.hold.remainingMs);
    setNow(Date.now());
    setSelected(new Set());
    setMap((current) => applySeatChanges(current, current.seats.filter((s) => result.hold.seatLabels.includes(s.label)).map((s) => ({ ...s, state: 'HELD' as const }))));
    setMessage({ kind: 'info', text: tt('hold.made', { seats: result.hold.seatLabels.join(', ') }) });
  };

  const toggle = (seat: SeatView) => {
    if (hold || seat.state !== 'AVAILABLE' || pending) return;
    setMessage(null);
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(seat.label)) next.delete(seat.label);
      else next.add(seat.label);
      return next;
    });
  };

  const holdSelected = () => startTransition(async () => acceptHold(await holdSeatsAction(slug, tripId, [...selected])));
  const extend = () =>
    startTransition(async () => {
      const result = await extendHoldAction(slug, tripId);
      if (result.ok) {
        setHold(result.hold);
        setDeadline(Date.now() + result.hold.remainingMs);
        setMessage({ kind: 'info', text: tt('hold.extended') });
      } else setMessage({ kind: 'error', text: result.message });
    });
  const release = () =>
    startTransition(async () => {
      const result = await releaseHoldAction(slug, tripId);
      if (!result.ok) return setMessage({ kind: 'error', text: result.message });
      const released = hold?.seatLabels ?? [];
      setHold(null);
      setMap((current) => applySeatChanges(current, current.seats.filter((s) => released.includes(s.label)).map((s) => ({ ...s, state: 'AVAILABLE' as const }))));
      setMessage({ kind: 'info', text: tt('hold.released') });
    });

  const grid = seatGrid(map);
  const chosen = map.seats.filter((s) => selected.has(s.label));
  const currency = map.seats[0]?.price.currency ?? 'NGN';

  return (
    <section className="seat-map-section" aria-labelledby="seat-map-heading">
      <div className="seat-map-status">
        <h2 id="seat-map-heading">{tt('seatMap.heading')}</h2>
        <p className="presence" role="status">
          {viewers === 1 ? tt('presence.one') : tt('presence.many', { count: viewers })}
        </p>
        <p className={`connection connection-${connection}`} data-connection={connection}>
          {tt(`connection.${connection}`)}
        </p>
      </div>
      <p className="hint">{tt('seatMap.available', { count: map.available })}</p>
      <ul className="seat-legend" aria-label={tt('seatMap.legend')}>
        {(['available', 'selected', 'yours', 'held', 'sold', 'allotted'] as const).map((d) => (
          <li key={d}>
            <span className={`seat-swatch seat-${d}`} aria-hidden="true" />
            {tt(STATE_TEXT[d])}
          </li>
        ))}
      </ul>
      <div className="seat-grid" role="group" aria-label={tt('seatMap.seats')} data-testid="seat-grid">
        {grid.map((row, r) => (
          <div className="seat-row" key={r}>
            {row.map((seat, c) => {
              const aisle = map.aisleAfterColumn !== null && c + 1 === map.aisleAfterColumn ? <span className="seat-aisle" aria-hidden="true" /> : null;
              if (!seat)
                return (
                  <span key={c} className="seat-cell">
                    <span className="seat-gap" aria-hidden="true" />
                    {aisle}
                  </span>
                );
              const display = seatDisplay(seat, selected, mine);
              const choosable = !hold && (display === 'available' || display === 'selected');
              return (
                <span key={c} className="seat-cell">
                  <button
                    type="button"
                    className={`seat seat-${display} seat-class-${seat.seatClass.toLowerCase()}`}
                    data-seat={seat.label}
                    data-state={display}
                    aria-label={tt('seat.name', { label: seat.label, seatClass: seatClassName(seat.seatClass), price: formatMoney(seat.price), state: tt(STATE_TEXT[display]) })}
                    aria-pressed={display === 'selected' || display === 'yours'}
                    aria-disabled={!choosable}
                    onClick={() => toggle(seat)}
                  >
                    {seat.label}
                  </button>
                  {aisle}
                </span>
              );
            })}
          </div>
        ))}
      </div>

      <div className="hold-panel" aria-live="polite">
        {message && (
          <p className={message.kind === 'error' ? 'form-error' : 'form-info'} role={message.kind === 'error' ? 'alert' : undefined}>
            {message.text}
          </p>
        )}
        {hold ? (
          <div className="hold-active" data-testid="hold">
            <p>
              <strong>{tt('hold.yourSeats', { seats: hold.seatLabels.join(', ') })}</strong> · {formatMoney(hold.total)}
            </p>
            <p className="countdown">
              {tt('hold.countdown')} <span className="countdown-clock">{formatCountdown(remaining)}</span>
            </p>
            <div className="hold-actions">
              <a className="button button-primary" href={`${base}/trips/${tripId}/checkout`}>
                {tt('hold.checkout')}
              </a>
              {hold.canExtend && (
                <button type="button" className="button" onClick={extend} disabled={pending}>
                  {tt('hold.extend')}
                </button>
              )}
              <button type="button" className="button" onClick={release} disabled={pending}>
                {tt('hold.release')}
              </button>
            </div>
          </div>
        ) : chosen.length > 0 ? (
          <div className="hold-choose">
            <p>{tt('hold.chosen', { count: chosen.length, seats: chosen.map((s) => s.label).join(', '), total: formatMoney(totalOf(chosen, currency)) })}</p>
            <button type="button" className="button button-primary" onClick={holdSelected} disabled={pending}>
              {chosen.length === 1 ? tt('hold.holdOne') : tt('hold.holdMany', { count: chosen.length })}
            </button>
          </div>
        ) : (
          <p className="hint">{tt('seatMap.choose')}</p>
        )}
      </div>
    </section>
  );
}
