'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { formatMoney, majorInputToMinor, toMajorUnits, type MoneyValue } from '../../lib/money';
import { syncAgentSalesAction } from '../../lib/transport/actions';
import { enqueue, queueKey, readQueue, syncQueue, type QueuedSale, type SaleOutcome } from '../../lib/transport/agent-queue';
import { seatClassName, tt } from '../../lib/transport/messages';

export interface AgentAllotment {
  id: string;
  tripId: string;
  title: string;
  seats: { label: string; seatClass: string; price: MoneyValue }[];
  soldSeatLabels: string[];
}

interface Props {
  slug: string;
  agentUserId: string;
  allotments: AgentAllotment[];
}

/**
 * Sells allotted seats for cash. A sale is saved on the device first (with its own id) and synced at once
 * when online, else when the network returns; the server counts each id once, so a repeated sync changes
 * nothing. Seats already sold, or waiting in the queue, are not offered again on this device. Synced sales
 * and their tickets are listed by the page from the API (AgentRecentSales), refreshed after each sync.
 */
export function AgentSales({ slug, agentUserId, allotments }: Props) {
  const key = queueKey(slug, agentUserId);
  const router = useRouter();
  const [queue, setQueue] = useState<QueuedSale[]>([]);
  const [outcomes, setOutcomes] = useState<SaleOutcome[]>([]);
  const [syncing, setSyncing] = useState(false);
  const [online, setOnline] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const sync = useCallback(async () => {
    setSyncing(true);
    const result = await syncQueue(localStorage, key, syncAgentSalesAction.bind(null, slug));
    setQueue(result.remaining);
    if (result.outcomes.length) {
      setOutcomes((current) => [...result.outcomes, ...current]);
      // The page's list of sales (with the new tickets) comes from the server.
      router.refresh();
    }
    setSyncing(false);
  }, [key, slug, router]);

  useEffect(() => {
    setQueue(readQueue(localStorage, key));
    setOnline(navigator.onLine);
    const up = () => {
      setOnline(true);
      void sync();
    };
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    if (navigator.onLine) void sync();
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, [key, sync]);

  // Sold when the page loaded, waiting to sync, or synced since.
  const taken = useMemo(
    () =>
      new Set([
        ...allotments.flatMap((a) => a.soldSeatLabels.map((l) => `${a.tripId}:${l}`)),
        ...queue.map((s) => `${s.tripId}:${s.seatLabel}`),
        ...outcomes.filter((o) => o.status !== 'CONFLICT').map((o) => `${o.tripId}:${o.seatLabel}`),
      ]),
    [allotments, queue, outcomes],
  );

  const sell = (allotment: AgentAllotment) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    const form = new FormData(event.currentTarget);
    const seat = allotment.seats.find((s) => s.label === form.get('seat'));
    const name = String(form.get('passengerName') ?? '').trim();
    const amount = seat ? majorInputToMinor(String(form.get('amount') ?? ''), seat.price.currency) : null;
    if (!seat || !name || amount === null) return setError(tt('agent.invalidSale'));
    setQueue(enqueue(localStorage, key, { clientSaleId: crypto.randomUUID(), tripId: allotment.tripId, seatLabel: seat.label, passengerName: name, amountPaid: amount, soldAt: new Date().toISOString() }));
    event.currentTarget.reset();
    if (navigator.onLine) void sync();
  };

  return (
    <div className="agent-sales">
      <p className="connection" role="status">
        {online ? tt('agent.online') : tt('agent.offline')} · {queue.length === 1 ? tt('agent.queuedOne') : tt('agent.queued', { count: queue.length })}
      </p>
      <button type="button" className="button" onClick={() => void sync()} disabled={syncing || queue.length === 0}>
        {tt('agent.syncNow')}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {allotments.length === 0 && <p className="empty">{tt('agent.none')}</p>}
      {allotments.map((a) => {
        const open = a.seats.filter((s) => !taken.has(`${a.tripId}:${s.label}`));
        return (
          <section key={a.id} className="card allotment" aria-labelledby={`allotment-${a.id}`}>
            <h2 id={`allotment-${a.id}`}>{a.title}</h2>
            <p className="hint">{tt('agent.seatsLeft', { count: open.length, total: a.seats.length })}</p>
            {open.length > 0 ? (
              <form onSubmit={sell(a)}>
                <div className="field">
                  <label htmlFor={`seat-${a.id}`}>{tt('agent.seat')}</label>
                  <select id={`seat-${a.id}`} name="seat" required>
                    {open.map((s) => (
                      <option key={s.label} value={s.label}>
                        {tt('agent.seatOption', { label: s.label, seatClass: seatClassName(s.seatClass), price: formatMoney(s.price) })}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`name-${a.id}`}>{tt('agent.passenger')}</label>
                  <input id={`name-${a.id}`} name="passengerName" required maxLength={100} autoComplete="off" />
                </div>
                <div className="field">
                  <label htmlFor={`amount-${a.id}`}>{tt('agent.cash')}</label>
                  <input id={`amount-${a.id}`} name="amount" inputMode="decimal" required defaultValue={open[0] ? toMajorUnits(open[0].price) : ''} />
                </div>
                <button type="submit" className="button button-primary">
                  {tt('agent.sell')}
                </button>
              </form>
            ) : (
              <p>{tt('agent.allSold')}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
