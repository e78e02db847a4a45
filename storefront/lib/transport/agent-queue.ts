// An agent's sales while offline: each sale gets its clientSaleId (a UUID) the moment the agent records it
// and waits in the device's storage until the server has answered for it. Syncing sends the queue in
// order; APPLIED, DUPLICATE (the server had it already) and CONFLICT are all final answers, so those sales
// leave the queue; a failed request keeps every sale for the next try. Replaying is safe because the server
// counts a clientSaleId once.

export interface QueuedSale {
  clientSaleId: string;
  tripId: string;
  seatLabel: string;
  passengerName: string;
  /** Cash taken, minor units of the trip currency. */
  amountPaid: string;
  soldAt: string;
}

export interface SaleOutcome {
  clientSaleId: string;
  status: 'APPLIED' | 'CONFLICT' | 'DUPLICATE';
  tripId: string;
  seatLabel: string;
  conflictReason: string | null;
  ticketId: string | null;
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** The storage key of an agent's queue at a tenant (one device may serve two agents in turn). */
export function queueKey(tenantSlug: string, agentUserId: string): string {
  return `ww_agent_sales_${tenantSlug}_${agentUserId}`;
}

/** The most sales one sync sends (the API takes up to 200). */
export const SYNC_BATCH = 200;

function isSale(x: unknown): x is QueuedSale {
  const s = x as QueuedSale;
  return !!s && typeof s.clientSaleId === 'string' && typeof s.tripId === 'string' && typeof s.seatLabel === 'string' && typeof s.passengerName === 'string' && /^\d+$/.test(String(s.amountPaid)) && typeof s.soldAt === 'string';
}

export function readQueue(store: KeyValueStore, key: string): QueuedSale[] {
  try {
    const parsed = JSON.parse(store.getItem(key) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter(isSale) : [];
  } catch {
    return [];
  }
}

export function writeQueue(store: KeyValueStore, key: string, sales: readonly QueuedSale[]): void {
  store.setItem(key, JSON.stringify(sales));
}

export function enqueue(store: KeyValueStore, key: string, sale: QueuedSale): QueuedSale[] {
  const queue = readQueue(store, key).filter((s) => s.clientSaleId !== sale.clientSaleId);
  queue.push(sale);
  writeQueue(store, key, queue);
  return queue;
}

/**
 * Sends the queue (in batches, oldest first) through `send`, dropping every sale the server answered for.
 * Stops at the first failed request (offline, gateway down), keeping the rest. Returns the answers.
 */
export async function syncQueue(store: KeyValueStore, key: string, send: (sales: QueuedSale[]) => Promise<SaleOutcome[]>): Promise<{ outcomes: SaleOutcome[]; remaining: QueuedSale[]; failed: boolean }> {
  const outcomes: SaleOutcome[] = [];
  for (;;) {
    const queue = readQueue(store, key);
    if (queue.length === 0) return { outcomes, remaining: [], failed: false };
    const batch = queue.slice(0, SYNC_BATCH);
    let answers: SaleOutcome[];
    try {
      answers = await send(batch);
    } catch {
      return { outcomes, remaining: readQueue(store, key), failed: true };
    }
    const answered = new Set(answers.map((a) => a.clientSaleId));
    outcomes.push(...answers);
    // Re-read: the agent may have recorded more sales while the request was out.
    writeQueue(store, key, readQueue(store, key).filter((s) => !answered.has(s.clientSaleId)));
    if (!batch.some((s) => answered.has(s.clientSaleId))) return { outcomes, remaining: readQueue(store, key), failed: true };
  }
}
