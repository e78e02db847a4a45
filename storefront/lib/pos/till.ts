// The till's device-side state (issue 13): the snapshot the server sent (device, cashiers, settings,
// catalogue), and the events the till makes. Every event is written to IndexedDB — the outbox and the
// journal, with its sequence number, in one transaction — before anything else happens, then sent in order
// by sync.ts. Shapes here are the till's own (money as minor-unit strings); the route handlers map them to
// the gateway's API, so a shell cached by the service worker does not depend on the API's spelling.
import { done, tx } from './idb';
import { uuidv7 } from './ids';

export interface TillCashier {
  id: string;
  name: string;
  role: 'CASHIER' | 'SUPERVISOR';
  discountLimitBps: number;
  pinSalt: string;
  pinHash: string;
}

export interface TillItem {
  variantId: string;
  productId: string;
  /** What a coupon may be limited to (decision 0071); absent in snapshots taken before it. */
  categoryId?: string | null;
  vendorId?: string | null;
  title: string;
  sku: string;
  barcode: string | null;
  /** POS price of one unit, minor units. */
  unitPrice: string;
  taxInclusive: boolean;
  taxRateBps: number;
  /** On hand at the till's location when the snapshot was taken; null when unknown. */
  stock: number | null;
}

/**
 * A coupon the till may apply offline (commerce's posCoupons, decision 0071): the SHA-256 of its code, never
 * the code, and its rules; amounts in minor units as strings.
 */
export interface TillCoupon {
  id: string;
  codeHash: string;
  kind: 'PERCENTAGE' | 'FIXED_AMOUNT' | 'FREE_SHIPPING';
  percentBps: number | null;
  amount: string | null;
  currency: string;
  minimumSpend: string | null;
  productIds: string[];
  categoryIds: string[];
  vendorIds: string[];
  startsAt: string | null;
  endsAt: string | null;
}

export interface TillSnapshot {
  fetchedAt: string;
  /** Absent in snapshots taken before decision 0071. */
  coupons?: TillCoupon[];
  device: { id: string; name: string; receiptPrefix: string; locationId: string; locationName: string };
  currency: string;
  taxInclusive: boolean;
  taxRateBps: number;
  cashiers: TillCashier[];
  settings: { receiptHeader: string; receiptFooter: string; vatNumber: string };
  openSession: { id: string; openedAt: string; openingFloat: string } | null;
  nextSequence: number;
  items: TillItem[];
}

/**
 * The pos API takes whole quantities for now (PosSaleLineInput.quantity is an Int), so the till refuses "0.5"
 * at entry rather than record a sale the server would refuse at sync. The arithmetic (sale-math.ts) already
 * works in thousandths: weighed items need only this switch once the API takes decimals.
 */
export const WHOLE_QUANTITIES_ONLY = true;

/** A quantity as the cashier typed it, in thousandths, or null when the till cannot sell it. */
export function sellableQuantity(text: string, parse: (t: string) => bigint | null): bigint | null {
  const milli = parse(text);
  return milli !== null && (!WHOLE_QUANTITIES_ONLY || milli % 1000n === 0n) ? milli : null;
}

export type EventType = 'SESSION_OPENED' | 'CASH_MOVED' | 'SALE' | 'RETURN' | 'SESSION_CLOSED';

export interface SaleLineRecord {
  variantId: string;
  sku: string;
  title: string;
  quantity: string;
  unitPrice: string;
  discount: string;
  tax: string;
  total: string;
  catalogUnitPrice: string;
  /** The coupon's share of `discount` (decision 0071). */
  couponDiscount?: string;
}

export interface TenderRecord {
  /** POINTS and GIFT_CARD carry the hold's id as their reference (decision 0080). */
  tender: 'CASH' | 'CARD' | 'TRANSFER' | 'MOBILE_MONEY' | 'ON_ACCOUNT' | 'POINTS' | 'GIFT_CARD';
  amount: string;
  reference?: string | null;
}

export interface ReturnLineRecord {
  variantId: string;
  sku: string;
  title: string;
  quantity: string;
  amount: string;
  tax: string;
  restock: boolean;
}

export interface TillEvent {
  clientId: string;
  sequence: number;
  type: EventType;
  occurredAt: string;
  cashierId: string;
  sessionId: string;
  /** The shop's currency (SESSION_OPENED, SALE, RETURN), as the snapshot has it. */
  currency?: string;
  /** The sale's tax mode (SALE), as the catalogue quoted it. */
  taxInclusive?: boolean;
  taxRateBps?: number;
  openingFloat?: string;
  kind?: 'PAY_IN' | 'PAY_OUT';
  amount?: string;
  reason?: string;
  receiptCode?: string;
  lines?: SaleLineRecord[] | ReturnLineRecord[];
  /** All of the sale's discount: Σ line discounts, the order discount's shares included (SALE). */
  discount?: string;
  /** Total less tax (SALE). */
  subtotal?: string;
  tax?: string;
  total?: string;
  tenders?: TenderRecord[];
  change?: string;
  customerUserId?: string | null;
  /** The customer's name as found at the till, for the receipt. */
  customerName?: string | null;
  approvedBy?: string | null;
  /** The coupon applied (SALE), what it took off, and the code as the cashier typed it (for the receipt). */
  couponId?: string | null;
  couponDiscount?: string;
  couponCode?: string | null;
  returnOfSaleId?: string;
  countedCash?: string;
}

export type NewEvent = Omit<TillEvent, 'clientId' | 'sequence' | 'occurredAt'>;

/**
 * Records an event: takes the next sequence number and writes the event to the outbox and the journal in
 * one transaction (IndexedDB serialises read-write transactions, so two tabs never take the same number).
 * Resolves once it is committed.
 */
export function recordEvent(db: IDBDatabase, event: NewEvent, now = new Date()): Promise<TillEvent> {
  return tx(db, ['kv', 'outbox', 'journal'], 'readwrite', async (t) => {
    const kv = t.objectStore('kv');
    const next = ((await done(kv.get('nextSequence'))) as number | undefined) ?? 1;
    const full: TillEvent = { ...event, clientId: uuidv7(now.getTime()), sequence: next, occurredAt: now.toISOString() };
    await done(t.objectStore('outbox').add(full));
    await done(t.objectStore('journal').add(full));
    await done(kv.put(next + 1, 'nextSequence'));
    if (full.type === 'SESSION_OPENED') await done(kv.put({ id: full.sessionId, openedAt: full.occurredAt, openingFloat: full.openingFloat ?? '0' }, 'session'));
    if (full.type === 'SESSION_CLOSED') await done(kv.delete('session'));
    return full;
  });
}

/**
 * Stores a fresh snapshot. The sequence counter only moves forward: the server's next number when it is
 * ahead (a device whose storage was cleared), the device's own when it has events the server has not seen.
 */
export function saveSnapshot(db: IDBDatabase, snapshot: TillSnapshot): Promise<void> {
  return tx(db, ['kv'], 'readwrite', async (t) => {
    const kv = t.objectStore('kv');
    const local = ((await done(kv.get('nextSequence'))) as number | undefined) ?? 1;
    await done(kv.put(Math.max(local, snapshot.nextSequence), 'nextSequence'));
    await done(kv.put(snapshot, 'snapshot'));
  });
}

/** The events of one session, from the journal, oldest first. */
export function sessionEvents(db: IDBDatabase, sessionId: string): Promise<TillEvent[]> {
  return tx(db, ['journal'], 'readonly', async (t) => ((await done(t.objectStore('journal').getAll())) as TillEvent[]).filter((e) => e.sessionId === sessionId));
}
