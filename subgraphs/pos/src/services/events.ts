/**
 * What a till sends (decision 0052): events made offline, each with the till's own id for it (a UUIDv7,
 * `clientId`) and its place in the till's one sequence (1, 2, 3...). This file checks their shape; a shape
 * that is wrong is a broken till, refused with the path of the bad field. Whether the shop agrees with what
 * happened (prices, limits, approvals) is not a reason to refuse a sale: apply.ts records that as conflicts.
 */
import { DomainError, ErrorCode, isUuid } from '@webwaka/kit';

export const MAX_BATCH = 100;
export const MAX_LINES = 200;
export const MAX_TENDERS = 10;
/** Device clocks drift; an event dated further ahead than this is a broken clock, not a sale. */
const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;
const MAX_AMOUNT = 10n ** 13n;

export const TENDERS = ['CASH', 'CARD', 'TRANSFER', 'MOBILE_MONEY', 'ON_ACCOUNT', 'POINTS', 'GIFT_CARD'] as const;
/** Tenders paid from a hold taken online (decision 0080): their reference is the hold's id. */
export const HOLD_TENDERS: readonly Tender[] = ['POINTS', 'GIFT_CARD'];
export type Tender = (typeof TENDERS)[number];
export type EventType = 'SESSION_OPENED' | 'CASH_MOVED' | 'SALE' | 'RETURN' | 'SESSION_CLOSED';

export interface TenderInput {
  tender: Tender;
  amount: bigint;
  reference?: string | null;
}
export interface SaleLineInput {
  variantId: string;
  sku: string;
  title: string;
  quantity: number;
  /** One unit in the catalogue's tax mode (inclusive or not), as the till charged it. */
  unitPrice: bigint;
  /** This line's discount, including its share of a sale-wide discount. */
  discount: bigint;
  tax: bigint;
  /** What the customer paid for the line, tax included. */
  total: bigint;
  /** The coupon's share of `discount` (decision 0071). */
  couponDiscount?: bigint;
}
export interface SaleInput {
  receiptCode: string;
  taxInclusive: boolean;
  taxRateBps: number;
  lines: SaleLineInput[];
  discount: bigint;
  subtotal: bigint;
  tax: bigint;
  total: bigint;
  tenders: TenderInput[];
  change: bigint;
  customerUserId?: string | null;
  approvedById?: string | null;
  /** The shop's coupon the cashier applied (decision 0071) and what it took off in all (Σ lines' couponDiscount). */
  couponId?: string | null;
  couponDiscount?: bigint;
}
export interface ReturnLineInput {
  variantId: string;
  sku: string;
  title: string;
  quantity: number;
  /** Refunded for the line, tax included. */
  amount: bigint;
  tax: bigint;
  /** Back on the shelf (true) or written off. */
  restock: boolean;
}
export interface ReturnInput {
  receiptCode: string;
  returnOfSaleId: string;
  lines: ReturnLineInput[];
  tenders: TenderInput[];
  approvedById?: string | null;
}
export interface PosEventInput {
  clientId: string;
  sequence: number;
  type: EventType;
  occurredAt: Date;
  cashierId?: string | null;
  sessionId: string;
  /** The session's currency (SESSION_OPENED, SALE, RETURN): the shop's, as the till's catalogue has it. */
  currency?: string | null;
  openingFloat?: bigint | null;
  cashMovement?: { kind: 'PAY_IN' | 'PAY_OUT'; amount: bigint; reason: string } | null;
  sale?: SaleInput | null;
  return?: ReturnInput | null;
  countedCash?: bigint | null;
}

const bad = (message: string, field: string[]) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);

function amount(v: unknown, field: string[], { positive = false } = {}): bigint {
  if (typeof v !== 'bigint' || v < 0n || v > MAX_AMOUNT || (positive && v === 0n)) throw bad(`${field[field.length - 1]} must be ${positive ? 'a positive' : 'an'} amount in minor units`, field);
  return v;
}
function text(v: unknown, field: string[], max: number, { required = true } = {}): string {
  const s = typeof v === 'string' ? v.trim() : '';
  if ((required && !s) || s.length > max) throw bad(`${field[field.length - 1]} must be ${required ? '1' : '0'} to ${max} characters`, field);
  return s;
}
function id(v: unknown, field: string[]): string {
  if (!isUuid(v)) throw bad(`${field[field.length - 1]} must be an id`, field);
  return v.toLowerCase();
}
function quantity(v: unknown, field: string[]): number {
  if (!Number.isInteger(v) || (v as number) < 1 || (v as number) > 100_000) throw bad('quantity must be a whole number from 1 to 100000', field);
  return v as number;
}
function tenders(list: TenderInput[] | null | undefined, field: string[]): TenderInput[] {
  if (!Array.isArray(list) || list.length < 1 || list.length > MAX_TENDERS) throw bad(`1 to ${MAX_TENDERS} tenders`, field);
  return list.map((t, i) => {
    const path = [...field, String(i)];
    if (!(TENDERS as readonly string[]).includes(t.tender)) throw bad(`tender must be one of ${TENDERS.join(', ')}`, [...path, 'tender']);
    if (HOLD_TENDERS.includes(t.tender)) return { tender: t.tender, amount: amount(t.amount, [...path, 'amount'], { positive: true }), reference: id(t.reference, [...path, 'reference']) };
    return { tender: t.tender, amount: amount(t.amount, [...path, 'amount']), reference: text(t.reference, [...path, 'reference'], 100, { required: false }) || null };
  });
}

/** Checks one event's shape and returns it normalised; `path` names it in the batch. */
export function checkEvent(e: PosEventInput, path: string[]): PosEventInput {
  const clientId = id(e.clientId, [...path, 'clientId']);
  if (!Number.isInteger(e.sequence) || e.sequence < 1) throw bad('sequence must be a whole number from 1', [...path, 'sequence']);
  const occurredAt = e.occurredAt instanceof Date ? e.occurredAt : new Date(NaN);
  if (Number.isNaN(occurredAt.getTime()) || occurredAt.getTime() > Date.now() + MAX_CLOCK_SKEW_MS) throw bad('occurredAt must be a valid time, not in the future', [...path, 'occurredAt']);
  const base = { clientId, sequence: e.sequence, type: e.type, occurredAt, cashierId: e.cashierId ? id(e.cashierId, [...path, 'cashierId']) : null, sessionId: id(e.sessionId, [...path, 'sessionId']) };
  const currency = () => {
    if (typeof e.currency !== 'string' || !/^[A-Z]{3}$/.test(e.currency)) throw bad('currency must be an ISO 4217 code', [...path, 'currency']);
    return e.currency;
  };
  switch (e.type) {
    case 'SESSION_OPENED':
      return { ...base, currency: currency(), openingFloat: amount(e.openingFloat, [...path, 'openingFloat']) };
    case 'CASH_MOVED': {
      const m = e.cashMovement;
      if (!m || (m.kind !== 'PAY_IN' && m.kind !== 'PAY_OUT')) throw bad('A cash movement is PAY_IN or PAY_OUT', [...path, 'cashMovement', 'kind']);
      return { ...base, cashMovement: { kind: m.kind, amount: amount(m.amount, [...path, 'cashMovement', 'amount'], { positive: true }), reason: text(m.reason, [...path, 'cashMovement', 'reason'], 200) } };
    }
    case 'SESSION_CLOSED':
      return { ...base, countedCash: amount(e.countedCash, [...path, 'countedCash']) };
    case 'SALE':
      return { ...base, currency: currency(), sale: checkSale(e.sale, [...path, 'sale']) };
    case 'RETURN':
      return { ...base, currency: currency(), return: checkReturn(e.return, [...path, 'return']) };
    default:
      throw bad('Unknown event type', [...path, 'type']);
  }
}

/** What a line of a sale or a return names: the variant (with its SKU and title as printed) and how many. */
const lineItem = (l: { variantId: string; sku: string; title: string; quantity: number }, p: string[]) => ({
  variantId: id(l.variantId, [...p, 'variantId']),
  sku: text(l.sku, [...p, 'sku'], 64),
  title: text(l.title, [...p, 'title'], 300),
  quantity: quantity(l.quantity, [...p, 'quantity']),
});

const receiptCode = (v: unknown, field: string[]) => {
  if (typeof v !== 'string' || !/^[A-Z2-7]{10}$/.test(v)) throw bad('receiptCode must be 10 characters A-Z or 2-7', field);
  return v;
};

function checkSale(s: SaleInput | null | undefined, path: string[]): SaleInput {
  if (!s) throw bad('A SALE event carries its sale', path);
  if (!Array.isArray(s.lines) || s.lines.length < 1 || s.lines.length > MAX_LINES) throw bad(`A sale has 1 to ${MAX_LINES} lines`, [...path, 'lines']);
  if (!Number.isInteger(s.taxRateBps) || s.taxRateBps < 0 || s.taxRateBps > 10_000) throw bad('taxRateBps must be 0 to 10000', [...path, 'taxRateBps']);
  return {
    receiptCode: receiptCode(s.receiptCode, [...path, 'receiptCode']),
    taxInclusive: !!s.taxInclusive,
    taxRateBps: s.taxRateBps,
    lines: s.lines.map((l, i) => {
      const p = [...path, 'lines', String(i)];
      return {
        ...lineItem(l, p),
        unitPrice: amount(l.unitPrice, [...p, 'unitPrice']),
        discount: amount(l.discount, [...p, 'discount']),
        tax: amount(l.tax, [...p, 'tax']),
        total: amount(l.total, [...p, 'total']),
        couponDiscount: amount(l.couponDiscount ?? 0n, [...p, 'couponDiscount']),
      };
    }),
    discount: amount(s.discount, [...path, 'discount']),
    subtotal: amount(s.subtotal, [...path, 'subtotal']),
    tax: amount(s.tax, [...path, 'tax']),
    total: amount(s.total, [...path, 'total']),
    tenders: tenders(s.tenders, [...path, 'tenders']),
    change: amount(s.change, [...path, 'change']),
    customerUserId: s.customerUserId ? id(s.customerUserId, [...path, 'customerUserId']) : null,
    approvedById: s.approvedById ? id(s.approvedById, [...path, 'approvedById']) : null,
    couponId: s.couponId ? id(s.couponId, [...path, 'couponId']) : null,
    couponDiscount: amount(s.couponDiscount ?? 0n, [...path, 'couponDiscount']),
  };
}

function checkReturn(r: ReturnInput | null | undefined, path: string[]): ReturnInput {
  if (!r) throw bad('A RETURN event carries its return', path);
  if (!Array.isArray(r.lines) || r.lines.length < 1 || r.lines.length > MAX_LINES) throw bad(`A return has 1 to ${MAX_LINES} lines`, [...path, 'lines']);
  return {
    receiptCode: receiptCode(r.receiptCode, [...path, 'receiptCode']),
    returnOfSaleId: id(r.returnOfSaleId, [...path, 'returnOfSaleId']),
    lines: r.lines.map((l, i) => {
      const p = [...path, 'lines', String(i)];
      return {
        ...lineItem(l, p),
        amount: amount(l.amount, [...p, 'amount']),
        tax: amount(l.tax, [...p, 'tax']),
        restock: !!l.restock,
      };
    }),
    tenders: tenders(r.tenders, [...path, 'tenders']),
    approvedById: r.approvedById ? id(r.approvedById, [...path, 'approvedById']) : null,
  };
}

/** Events are stored as JSON: bigints as decimal strings, dates as ISO strings. */
export const toJson = (e: PosEventInput): object => JSON.parse(JSON.stringify(e, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));

/** Back from JSON: the amounts the event carries become bigints again. */
export function fromJson(json: unknown): PosEventInput {
  const big = (v: unknown) => (typeof v === 'string' && /^\d+$/.test(v) ? BigInt(v) : v);
  const AMOUNTS = new Set(['openingFloat', 'amount', 'countedCash', 'unitPrice', 'discount', 'tax', 'total', 'subtotal', 'change', 'couponDiscount']);
  const revive = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(revive);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, AMOUNTS.has(k) ? big(v) : revive(v)]));
    return value;
  };
  const e = revive(json) as PosEventInput & { occurredAt: string | Date };
  return { ...e, occurredAt: new Date(e.occurredAt) };
}
