// A very small promise wrapper over IndexedDB: the till's only storage (no library, for its byte budget).

export type StoreName = 'kv' | 'outbox' | 'journal';

/** The till's database for one tenant: kv (snapshot, catalogue, counters), outbox (events not yet synced), journal (every event). */
export function openTillDb(tenant: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(`ww-pos-${tenant}`, 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains('kv')) db.createObjectStore('kv');
      if (!db.objectStoreNames.contains('outbox')) db.createObjectStore('outbox', { keyPath: 'sequence' });
      if (!db.objectStoreNames.contains('journal')) db.createObjectStore('journal', { keyPath: 'sequence' });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error('the till database is blocked by another tab'));
  });
}

/** One IDBRequest as a promise. */
export function done<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/**
 * Runs `work` in one transaction and resolves when the transaction has committed (so what it wrote is on
 * disk before the caller goes on), with what `work` returned.
 */
export function tx<T>(db: IDBDatabase, stores: StoreName[], mode: IDBTransactionMode, work: (t: IDBTransaction) => Promise<T>): Promise<T> {
  const t = db.transaction(stores, mode, { durability: 'strict' });
  const committed = new Promise<void>((resolve, reject) => {
    t.oncomplete = () => resolve();
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error ?? new Error('transaction aborted'));
  });
  return work(t).then(
    async (value) => {
      await committed;
      return value;
    },
    (error) => {
      try {
        t.abort();
      } catch {
        // already finished
      }
      throw error;
    },
  );
}

export const kvGet = <T>(db: IDBDatabase, key: string) => tx(db, ['kv'], 'readonly', (t) => done(t.objectStore('kv').get(key) as IDBRequest<T | undefined>));
export const kvSet = (db: IDBDatabase, key: string, value: unknown) => tx(db, ['kv'], 'readwrite', (t) => done(t.objectStore('kv').put(value, key)).then(() => undefined));
export const getAll = <T>(db: IDBDatabase, store: StoreName, count?: number) => tx(db, [store], 'readonly', (t) => done(t.objectStore(store).getAll(undefined, count) as IDBRequest<T[]>));
export const countOf = (db: IDBDatabase, store: StoreName) => tx(db, [store], 'readonly', (t) => done(t.objectStore(store).count()));
