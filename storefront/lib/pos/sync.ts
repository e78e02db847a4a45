// Sends the outbox to the server in order, in batches of at most 100, through the till's sync route
// (app/pos/[tenant]/api/sync). An event leaves the outbox only when the server has answered for its
// clientId: APPLIED, DUPLICATE, or QUEUED (kept by the server until the events before it arrive); a failed or interrupted request keeps everything for the next try, and the
// server counts a clientId once, so a tab closed mid-sync neither loses nor doubles a sale. One tab syncs
// at a time (Web Locks, where the browser has them).
import { done, tx } from './idb';
import type { TillEvent } from './till';

export const SYNC_BATCH = 100;
/** Answers that mean the server has the event for good. */
const SETTLED = new Set(['APPLIED', 'DUPLICATE', 'QUEUED']);

export interface SyncOutcome {
  sent: number;
  /** Stable code of the failure, or null when the outbox was emptied (or another tab is syncing). */
  error: string | null;
}

interface SyncAnswer {
  results?: { clientId: string; status: string }[];
  error?: string;
}

async function syncBatches(db: IDBDatabase, tenant: string): Promise<SyncOutcome> {
  let sent = 0;
  for (;;) {
    const batch = await tx(db, ['outbox'], 'readonly', (t) => done(t.objectStore('outbox').getAll(undefined, SYNC_BATCH) as IDBRequest<TillEvent[]>));
    if (batch.length === 0) return { sent, error: null };
    let answer: SyncAnswer;
    try {
      const res = await fetch(`/pos/${encodeURIComponent(tenant)}/api/sync`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ events: batch }),
        cache: 'no-store',
      });
      answer = (await res.json().catch(() => ({ error: `HTTP_${res.status}` }))) as SyncAnswer;
      if (!res.ok && !answer.error) answer.error = `HTTP_${res.status}`;
    } catch {
      return { sent, error: 'OFFLINE' };
    }
    if (answer.error || !answer.results) return { sent, error: answer.error ?? 'UNKNOWN' };
    const settled = new Set(answer.results.filter((r) => SETTLED.has(r.status)).map((r) => r.clientId));
    const gone = batch.filter((e) => settled.has(e.clientId));
    await tx(db, ['outbox', 'kv'], 'readwrite', async (t) => {
      for (const e of gone) await done(t.objectStore('outbox').delete(e.sequence));
      await done(t.objectStore('kv').put(new Date().toISOString(), 'lastSyncAt'));
    });
    sent += gone.length;
    // The server settled none of the first events: sending the same batch again would loop.
    if (gone.length === 0 || !settled.has(batch[0].clientId)) return { sent, error: 'NOT_SETTLED' };
  }
}

export async function syncOutbox(db: IDBDatabase, tenant: string): Promise<SyncOutcome> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return syncBatches(db, tenant);
  const outcome = await locks.request(`ww-pos-sync-${tenant}`, { ifAvailable: true }, (lock) => (lock ? syncBatches(db, tenant) : null));
  return outcome ?? { sent: 0, error: null };
}

/** Waiting time before the n-th retry after consecutive failures: 2 s doubling, at most a minute, with jitter. */
export function backoffMs(failures: number, random = Math.random()): number {
  const base = Math.min(60_000, 2_000 * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.75 + random * 0.5));
}
