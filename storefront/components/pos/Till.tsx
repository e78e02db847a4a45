'use client';

// The till app (issue 13): pairing, the device's snapshot in IndexedDB, cashier sign-in by PIN (checked on
// the device), the session and the cash drawer, selling, and the always-visible sync status. Everything a
// cashier does is an event recorded on the device first (lib/pos/till.ts) and synced later (lib/pos/sync.ts).
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatMoney, majorInputToMinor } from '../../lib/money';
import { countOf, kvGet, openTillDb } from '../../lib/pos/idb';
import { uuidv7 } from '../../lib/pos/ids';
import { posError, pt } from '../../lib/pos/messages';
import { drawer, overShort, type DrawerEvent } from '../../lib/pos/sale-math';
import { backoffMs, syncOutbox } from '../../lib/pos/sync';
import { recordEvent, saveSnapshot, sessionEvents, type NewEvent, type TillCashier, type TillEvent, type TillSnapshot } from '../../lib/pos/till';
import type { OpenSession, TillContext } from './context';
import { PinForm } from './PinForm';
import { Receipt } from './Receipt';
import { ReturnPanel } from './ReturnPanel';
import { SaleScreen } from './SaleScreen';

interface SyncView {
  queued: number;
  lastSyncAt: string | null;
  lastError: string | null;
  syncing: boolean;
}

const api = (tenant: string, name: string) => `/pos/${encodeURIComponent(tenant)}/api/${name}`;

async function postJson<T>(url: string, body: unknown): Promise<{ status: number; data: T & { error?: string } }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), cache: 'no-store' });
  const data = (await res.json().catch(() => ({ error: `HTTP_${res.status}` }))) as T & { error?: string };
  return { status: res.status, data };
}

export function Till({ tenant }: { tenant: string }) {
  const [db, setDb] = useState<IDBDatabase | null>(null);
  const [phase, setPhase] = useState<'loading' | 'pair' | 'ready' | 'offline'>('loading');
  const [snap, setSnap] = useState<TillSnapshot | null>(null);
  const [cashier, setCashier] = useState<TillCashier | null>(null);
  const [session, setSession] = useState<OpenSession | null>(null);
  const [view, setView] = useState<'sell' | 'cash' | 'returns'>('sell');
  const [receipt, setReceipt] = useState<TillEvent | null>(null);
  const [sync, setSync] = useState<SyncView>({ queued: 0, lastSyncAt: null, lastError: null, syncing: false });
  const failures = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const refreshSnapshot = useCallback(
    async (database: IDBDatabase, hadSnapshot: boolean) => {
      try {
        const { status, data } = await postJson<{ till?: TillSnapshot }>(api(tenant, 'till'), {});
        if (data.till) {
          await saveSnapshot(database, data.till);
          setSnap(data.till);
          setPhase('ready');
          if (data.till.openSession && !(await kvGet(database, 'session'))) setSession(data.till.openSession);
        } else if (status === 401) {
          if (!hadSnapshot) setPhase('pair');
          setSync((s) => ({ ...s, lastError: data.error ?? 'NOT_PAIRED' }));
        } else if (!hadSnapshot) setPhase('offline');
      } catch {
        if (!hadSnapshot) setPhase('offline');
      }
    },
    [tenant],
  );

  const runSync = useCallback(async () => {
    if (!db) return;
    if (timer.current) clearTimeout(timer.current);
    setSync((s) => ({ ...s, syncing: true }));
    const outcome = await syncOutbox(db, tenant).catch(() => ({ sent: 0, error: 'STORAGE' }));
    const queued = await countOf(db, 'outbox');
    const lastSyncAt = (await kvGet<string>(db, 'lastSyncAt')) ?? null;
    setSync({ queued, lastSyncAt, lastError: outcome.error, syncing: false });
    if (outcome.error) failures.current += 1;
    else failures.current = 0;
    timer.current = setTimeout(() => void runSync(), outcome.error ? backoffMs(failures.current) : 30_000);
  }, [db, tenant]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const database = await openTillDb(tenant);
      if (cancelled) return;
      setDb(database);
      const stored = await kvGet<TillSnapshot>(database, 'snapshot');
      const open = await kvGet<OpenSession>(database, 'session');
      if (stored) {
        setSnap(stored);
        setPhase('ready');
      }
      if (open) setSession(open);
      await refreshSnapshot(database, !!stored);
    })().catch(() => setPhase('offline'));
    if ('serviceWorker' in navigator) {
      const base = `/pos/${encodeURIComponent(tenant)}`;
      navigator.serviceWorker.register(`${base}/sw.js`, { scope: base }).catch(() => undefined);
    }
    return () => {
      cancelled = true;
    };
  }, [tenant, refreshSnapshot]);

  useEffect(() => {
    if (!db) return;
    void runSync();
    const online = () => void runSync();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      if (timer.current) clearTimeout(timer.current);
    };
  }, [db, runSync]);

  const money = useCallback((minor: bigint | string) => formatMoney({ amount: String(minor), currency: snap?.currency ?? 'NGN' }), [snap?.currency]);
  const toMinor = useCallback((major: string) => majorInputToMinor(major, snap?.currency ?? 'NGN'), [snap?.currency]);

  const record = useCallback(
    async (event: NewEvent) => {
      if (!db) throw new Error('no database');
      const saved = await recordEvent(db, event);
      if (saved.type === 'SESSION_OPENED') setSession({ id: saved.sessionId, openedAt: saved.occurredAt, openingFloat: saved.openingFloat ?? '0' });
      if (saved.type === 'SESSION_CLOSED') setSession(null);
      setSync((s) => ({ ...s, queued: s.queued + 1 }));
      void runSync();
      return saved;
    },
    [db, runSync],
  );

  if (phase === 'loading') return <main className="pos"><p role="status">{pt('loading')}</p></main>;
  if (phase === 'offline') return <main className="pos"><h1>{pt('title')}</h1><p role="alert">{pt('offlineFirstRun')}</p></main>;
  if (phase === 'pair' || !snap || !db) return <PairForm tenant={tenant} onPaired={() => db && refreshSnapshot(db, false)} />;

  const status = <SyncBar sync={sync} onSync={() => void runSync()} />;
  if (!cashier) return <main className="pos"><Header snap={snap} />{status}<CashierSignIn cashiers={snap.cashiers} onSignedIn={setCashier} /></main>;

  const header = (
    <Header snap={snap}>
      <span className="pos-who">{pt('signedInAs', { name: cashier.name })}</span>
      <button type="button" onClick={() => { setCashier(null); setReceipt(null); }}>{pt('switchCashier')}</button>
    </Header>
  );
  if (!session) {
    return <main className="pos">{header}{status}<OpenSessionForm toMinor={toMinor} onOpen={(openingFloat) => record({ type: 'SESSION_OPENED', cashierId: cashier.id, sessionId: uuidv7(), currency: snap.currency, openingFloat })} /></main>;
  }
  const ctx: TillContext = { tenant, snap, cashier, session, money, toMinor, record: (e) => record({ ...e, cashierId: cashier.id, sessionId: session.id } as NewEvent) };
  return (
    <main className="pos">
      {header}
      {status}
      <nav className="pos-tabs" aria-label={pt('sections')}>
        <button type="button" aria-pressed={view === 'sell'} onClick={() => setView('sell')}>{pt('tab.sell')}</button>
        <button type="button" aria-pressed={view === 'returns'} onClick={() => { setView('returns'); setReceipt(null); }}>{pt('tab.returns')}</button>
        <button type="button" aria-pressed={view === 'cash'} onClick={() => { setView('cash'); setReceipt(null); }}>{pt('tab.cash')}</button>
      </nav>
      {view === 'cash' ? (
        <CashPanel ctx={ctx} db={db} />
      ) : view === 'returns' ? (
        <ReturnPanel ctx={ctx} db={db} />
      ) : receipt ? (
        <Receipt ctx={ctx} event={receipt} onDone={() => setReceipt(null)} />
      ) : (
        <SaleScreen ctx={ctx} db={db} onSold={setReceipt} />
      )}
    </main>
  );
}

function Header({ snap, children }: { snap: TillSnapshot; children?: React.ReactNode }) {
  return (
    <header className="pos-header">
      <h1>{pt('heading', { device: snap.device.name, location: snap.device.locationName })}</h1>
      {children}
    </header>
  );
}

function SyncBar({ sync, onSync }: { sync: SyncView; onSync: () => void }) {
  const when = sync.lastSyncAt ? new Date(sync.lastSyncAt).toLocaleTimeString() : pt('sync.never');
  return (
    <section className="pos-sync" aria-label={pt('sync.label')}>
      <p role="status" data-queued={sync.queued}>
        {pt('sync.queued', { count: sync.queued })} · {pt('sync.last', { when })}
        {sync.syncing ? ` · ${pt('sync.syncing')}` : ''}
      </p>
      {sync.lastError && sync.lastError !== 'NOT_PAIRED' && <p className="pos-error">{pt('sync.error', { error: posError(sync.lastError) })}</p>}
      {sync.lastError === 'NOT_PAIRED' && <p className="pos-error">{posError('NOT_PAIRED')}</p>}
      <button type="button" onClick={onSync} disabled={sync.syncing}>{pt('sync.now')}</button>
    </section>
  );
}

function PairForm({ tenant, onPaired }: { tenant: string; onPaired: () => void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <main className="pos">
      <h1>{pt('pair.title')}</h1>
      <p>{pt('pair.help')}</p>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setError(null);
          try {
            const { data } = await postJson<{ ok?: boolean }>(api(tenant, 'pair'), { code: code.trim() });
            if (data.ok) onPaired();
            else setError(posError(data.error));
          } catch {
            setError(posError('OFFLINE'));
          } finally {
            setBusy(false);
          }
        }}
      >
        <label htmlFor="pos-pair-code">{pt('pair.code')}</label>
        <input id="pos-pair-code" value={code} onChange={(e) => setCode(e.target.value)} autoComplete="one-time-code" required aria-describedby={error ? 'pos-pair-error' : undefined} />
        {error && <p id="pos-pair-error" role="alert" className="pos-error">{error}</p>}
        <button type="submit" disabled={busy}>{pt('pair.submit')}</button>
      </form>
    </main>
  );
}

function CashierSignIn({ cashiers, onSignedIn }: { cashiers: TillCashier[]; onSignedIn: (c: TillCashier) => void }) {
  return <PinForm cashiers={cashiers} title={pt('signIn.title')} submit={pt('signIn.submit')} onMatch={onSignedIn} />;
}

function OpenSessionForm({ toMinor, onOpen }: { toMinor: (major: string) => string | null; onOpen: (float: string) => Promise<unknown> }) {
  const [float, setFloat] = useState('');
  const [error, setError] = useState(false);
  return (
    <form
      className="pos-card"
      onSubmit={async (e) => {
        e.preventDefault();
        const minor = toMinor(float || '0');
        if (minor === null) return setError(true);
        await onOpen(minor);
      }}
    >
      <h2>{pt('session.openTitle')}</h2>
      <label htmlFor="pos-float">{pt('session.float')}</label>
      <input id="pos-float" inputMode="decimal" value={float} onChange={(e) => { setFloat(e.target.value); setError(false); }} aria-invalid={error} />
      {error && <p role="alert" className="pos-error">{pt('amount.invalid')}</p>}
      <button type="submit">{pt('session.open')}</button>
    </form>
  );
}

const asDrawer = (e: TillEvent): DrawerEvent => ({
  type: e.type,
  openingFloat: e.openingFloat ? BigInt(e.openingFloat) : undefined,
  kind: e.kind,
  amount: e.amount ? BigInt(e.amount) : undefined,
  tenders: e.tenders?.map((t) => ({ tender: t.tender, amount: BigInt(t.amount) })),
  change: e.change ? BigInt(e.change) : undefined,
});

function CashPanel({ ctx, db }: { ctx: TillContext; db: IDBDatabase }) {
  const [events, setEvents] = useState<TillEvent[]>([]);
  const [kind, setKind] = useState<'PAY_IN' | 'PAY_OUT'>('PAY_IN');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [counted, setCounted] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const load = useCallback(() => void sessionEvents(db, ctx.session.id).then(setEvents), [db, ctx.session.id]);
  useEffect(load, [load]);
  const summary = drawer([{ type: 'SESSION_OPENED', openingFloat: BigInt(ctx.session.openingFloat) }, ...events.filter((e) => e.type !== 'SESSION_OPENED').map(asDrawer)]);
  const countedMinor = counted ? ctx.toMinor(counted) : null;
  const diff = countedMinor !== null ? overShort(BigInt(countedMinor), summary.expected) : null;
  return (
    <section aria-labelledby="pos-cash-title">
      <h2 id="pos-cash-title">{pt('cash.title')}</h2>
      <dl className="pos-figures">
        <dt>{pt('cash.float')}</dt><dd>{ctx.money(summary.openingFloat)}</dd>
        <dt>{pt('cash.sales')}</dt><dd>{ctx.money(summary.cashSales)}</dd>
        <dt>{pt('cash.payIns')}</dt><dd>{ctx.money(summary.payIns)}</dd>
        <dt>{pt('cash.payOuts')}</dt><dd>{ctx.money(summary.payOuts)}</dd>
        <dt>{pt('cash.refunds')}</dt><dd>{ctx.money(summary.cashRefunds)}</dd>
        <dt>{pt('cash.expected')}</dt><dd data-testid="pos-expected">{ctx.money(summary.expected)}</dd>
      </dl>
      <form
        className="pos-card"
        onSubmit={async (e) => {
          e.preventDefault();
          const minor = ctx.toMinor(amount);
          if (minor === null || BigInt(minor) <= 0n || !reason.trim()) return setMessage(pt('cash.moveInvalid'));
          await ctx.record({ type: 'CASH_MOVED', kind, amount: minor, reason: reason.trim() });
          setAmount('');
          setReason('');
          setMessage(pt('cash.moved'));
          load();
        }}
      >
        <h3>{pt('cash.moveTitle')}</h3>
        <fieldset>
          <legend>{pt('cash.kind')}</legend>
          <label><input type="radio" name="pos-kind" checked={kind === 'PAY_IN'} onChange={() => setKind('PAY_IN')} /> {pt('cash.payIn')}</label>
          <label><input type="radio" name="pos-kind" checked={kind === 'PAY_OUT'} onChange={() => setKind('PAY_OUT')} /> {pt('cash.payOut')}</label>
        </fieldset>
        <label htmlFor="pos-move-amount">{pt('cash.amount')}</label>
        <input id="pos-move-amount" inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
        <label htmlFor="pos-move-reason">{pt('cash.reason')}</label>
        <input id="pos-move-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
        <button type="submit">{pt('cash.record')}</button>
        {message && <p role="status">{message}</p>}
      </form>
      <form
        className="pos-card"
        onSubmit={async (e) => {
          e.preventDefault();
          if (countedMinor === null) return;
          await ctx.record({ type: 'SESSION_CLOSED', countedCash: countedMinor });
        }}
      >
        <h3>{pt('close.title')}</h3>
        <label htmlFor="pos-counted">{pt('close.counted')}</label>
        <input id="pos-counted" inputMode="decimal" value={counted} onChange={(e) => setCounted(e.target.value)} aria-invalid={!!counted && countedMinor === null} />
        {diff !== null && (
          <p role="status" data-testid="pos-over-short">
            {pt('close.summary', { expected: ctx.money(summary.expected), counted: ctx.money(countedMinor!), diff: ctx.money(diff < 0n ? -diff : diff) })}{' '}
            {diff === 0n ? pt('close.exact') : diff > 0n ? pt('close.over') : pt('close.short')}
          </p>
        )}
        <button type="submit" disabled={countedMinor === null}>{pt('close.submit')}</button>
      </form>
    </section>
  );
}
