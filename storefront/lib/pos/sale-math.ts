// The till's arithmetic (issue 13): sale lines, discounts, tax, tenders, change and the cash drawer. Pure,
// integer minor units as BigInt throughout (a float never touches money); quantities are decimals with up to
// three places ("0.5" kg), held as thousandths. Rounding is half-up (away from zero for the positive amounts a
// till deals in), once per line. Safe in server and client components; tested in test/pos-sale-math.test.ts.

export type Tender = 'CASH' | 'CARD' | 'TRANSFER' | 'MOBILE_MONEY' | 'ON_ACCOUNT' | 'POINTS' | 'GIFT_CARD';
export const TENDERS: readonly Tender[] = ['CASH', 'CARD', 'TRANSFER', 'MOBILE_MONEY', 'ON_ACCOUNT', 'POINTS', 'GIFT_CARD'];

/** a / b rounded half-up, for a >= 0, b > 0. */
export function divHalfUp(a: bigint, b: bigint): bigint {
  if (b <= 0n) throw new RangeError('divisor must be positive');
  if (a < 0n) return -divHalfUp(-a, b);
  return (a * 2n + b) / (b * 2n);
}

/** A quantity as thousandths ("0.5" -> 500n), or null when it is not a positive decimal with at most 3 places. */
export function parseQuantity(text: string): bigint | null {
  const m = /^\s*(\d{1,6})(?:[.,](\d{1,3}))?\s*$/.exec(text);
  if (!m) return null;
  const milli = BigInt(m[1]) * 1000n + BigInt((m[2] ?? '').padEnd(3, '0') || '0');
  return milli > 0n ? milli : null;
}

/** Thousandths back to the shortest decimal ("0.5", "2"). */
export function formatQuantity(milli: bigint): string {
  const whole = milli / 1000n;
  const frac = (milli % 1000n).toString().padStart(3, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : whole.toString();
}

export interface LineInput extends TaxMode {
  /** Price of one unit as quoted for the POS channel (minor units), in the quote's tax mode. */
  unitPrice: bigint;
  /** Thousandths of a unit. */
  quantityMilli: bigint;
  /** The line's own discount (minor units, in the same tax mode as the price). */
  discount: bigint;
}

export interface TaxMode {
  /** Prices include VAT (the quote's taxInclusive). */
  taxInclusive: boolean;
  /** VAT in basis points (750 = 7.5%). */
  taxRateBps: number;
}

export interface LineTotals {
  /** unit × quantity, rounded half-up once. */
  gross: bigint;
  /** All the discount the line bears: its own plus its share of the order discount. */
  discount: bigint;
  /** The share of the order discount in `discount`. */
  orderDiscountShare: bigint;
  /** The coupon's share in `discount` (decision 0071). */
  couponShare: bigint;
  /** VAT in the line, rounded half-up once. */
  tax: bigint;
  /** What the customer pays for the line, VAT included. */
  total: bigint;
}

export interface SaleTotals {
  lines: LineTotals[];
  /** Σ gross: the lines at their prices, before discounts (in the prices' tax mode). */
  subtotal: bigint;
  /** Σ line discounts, the order discount included. */
  discount: bigint;
  /** The order-level discount alone (already spread over the lines). */
  orderDiscount: bigint;
  /** The coupon's discount alone (in `discount`; not the cashier's, so not against their limit). */
  couponDiscount: bigint;
  tax: bigint;
  /** Σ line totals: what the customer pays. */
  total: bigint;
}

export function lineGross(line: Pick<LineInput, 'unitPrice' | 'quantityMilli'>): bigint {
  return divHalfUp(line.unitPrice * line.quantityMilli, 1000n);
}

/** VAT in an amount after discounts: carved out of it (inclusive prices) or added to it (exclusive). */
export function taxOf(net: bigint, mode: TaxMode): bigint {
  const bps = BigInt(mode.taxRateBps);
  if (net <= 0n || bps <= 0n) return 0n;
  return mode.taxInclusive ? divHalfUp(net * bps, 10_000n + bps) : divHalfUp(net * bps, 10_000n);
}

/**
 * Spreads `amount` over `weights` in proportion, exactly (largest remainder: the shares add up to `amount`,
 * ties to the earlier line).
 */
export function allocate(amount: bigint, weights: bigint[]): bigint[] {
  const sum = weights.reduce((s, w) => s + (w > 0n ? w : 0n), 0n);
  if (amount <= 0n || sum <= 0n) return weights.map(() => 0n);
  const shares = weights.map((w) => (w > 0n ? (amount * w) / sum : 0n));
  const rest = weights.map((w, i) => ({ i, r: w > 0n ? (amount * w) % sum : -1n }));
  let left = amount - shares.reduce((s, x) => s + x, 0n);
  rest.sort((a, b) => (b.r > a.r ? 1 : b.r < a.r ? -1 : a.i - b.i));
  for (const { i } of rest) {
    if (left <= 0n) break;
    shares[i] += 1n;
    left -= 1n;
  }
  return shares;
}

/**
 * A sale's totals. A line's own discount is capped at its gross; the order discount at what the lines leave,
 * and is spread over them in proportion so that each line's VAT is worked out on what was really charged.
 * A coupon's shares (couponShares below, worked out on what the cashier's discounts leave) come off last.
 */
export function saleTotals(lines: LineInput[], orderDiscount: bigint, couponShares: bigint[] = []): SaleTotals {
  const gross = lines.map(lineGross);
  const own = lines.map((l, i) => clamp(l.discount, 0n, gross[i]));
  const afterOwn = gross.map((g, i) => g - own[i]);
  const cappedOrder = clamp(orderDiscount, 0n, afterOwn.reduce((s, x) => s + x, 0n));
  const shares = allocate(cappedOrder, afterOwn);
  const out = lines.map((_, i) => {
    const coupon = clamp(couponShares[i] ?? 0n, 0n, afterOwn[i] - shares[i]);
    const net = afterOwn[i] - shares[i] - coupon;
    const tax = taxOf(net, lines[i]);
    return { gross: gross[i], discount: own[i] + shares[i] + coupon, orderDiscountShare: shares[i], couponShare: coupon, tax, total: lines[i].taxInclusive ? net : net + tax };
  });
  const sum = (f: (l: LineTotals) => bigint) => out.reduce((s, l) => s + f(l), 0n);
  return { lines: out, subtotal: sum((l) => l.gross), discount: sum((l) => l.discount), orderDiscount: cappedOrder, couponDiscount: sum((l) => l.couponShare), tax: sum((l) => l.tax), total: sum((l) => l.total) };
}

/** A coupon's rules as the till's snapshot carries them (commerce's `posCoupons`; amounts in minor units). */
export interface CouponRule {
  kind: 'PERCENTAGE' | 'FIXED_AMOUNT' | 'FREE_SHIPPING';
  percentBps: number | null;
  amount: bigint | null;
  currency: string;
  minimumSpend: bigint | null;
  productIds: string[];
  categoryIds: string[];
  vendorIds: string[];
  startsAt: string | null;
  endsAt: string | null;
}

/** What a coupon looks at in a line: what it is, and its goods after the cashier's discounts (as prices are stated). */
export interface CouponLine {
  productId: string | null;
  categoryId: string | null;
  vendorId: string | null;
  stated: bigint;
}

export type CouponOutcome =
  | { ok: true; shares: bigint[]; discount: bigint }
  | { ok: false; reason: 'NOT_STARTED' | 'EXPIRED' | 'FREE_SHIPPING' | 'NOT_APPLICABLE' | 'MINIMUM_NOT_MET'; short?: bigint };

/**
 * A coupon's discount on a till's lines, as commerce works it out online (decision 0057): PERCENTAGE is
 * percentBps of the eligible lines' goods (half-up), FIXED_AMOUNT the amount up to them, shared over the
 * eligible lines in proportion with cumulative half-up shares (the parts add up exactly). The minimum spend
 * is on all the goods. A free-shipping coupon means nothing at a till. The pos subgraph's sale-math.ts has
 * the same function for the check at sync; test/pos-coupon-math.test.ts keeps the two equal.
 */
export function couponShares(rule: CouponRule, currency: string, lines: CouponLine[], at: Date): CouponOutcome {
  if (rule.startsAt && new Date(rule.startsAt) > at) return { ok: false, reason: 'NOT_STARTED' };
  if (rule.endsAt && new Date(rule.endsAt) <= at) return { ok: false, reason: 'EXPIRED' };
  if (rule.kind === 'FREE_SHIPPING') return { ok: false, reason: 'FREE_SHIPPING' };
  const everything = rule.productIds.length === 0 && rule.categoryIds.length === 0 && rule.vendorIds.length === 0;
  const eligible = lines.map(
    (l) =>
      everything ||
      (l.productId !== null && rule.productIds.includes(l.productId)) ||
      (l.categoryId !== null && rule.categoryIds.includes(l.categoryId)) ||
      (l.vendorId !== null && rule.vendorIds.includes(l.vendorId)),
  );
  if (!eligible.some(Boolean) || rule.currency !== currency) return { ok: false, reason: 'NOT_APPLICABLE' };
  const goods = lines.reduce((s, l) => s + l.stated, 0n);
  if (rule.minimumSpend !== null && goods < rule.minimumSpend) return { ok: false, reason: 'MINIMUM_NOT_MET', short: rule.minimumSpend - goods };
  const weights = lines.map((l, i) => (eligible[i] && l.stated > 0n ? l.stated : 0n));
  const base = weights.reduce((s, w) => s + w, 0n);
  const whole = rule.kind === 'PERCENTAGE' ? divHalfUp(base * BigInt(rule.percentBps ?? 0), 10_000n) : (rule.amount ?? 0n) < base ? (rule.amount ?? 0n) : base;
  return { ok: true, shares: shareOut(whole, weights), discount: whole };
}

/** Shares `whole` over `weights` in proportion, half-up, cumulatively (as commerce's coupons.ts shareOut). */
export function shareOut(whole: bigint, weights: bigint[]): bigint[] {
  const total = weights.reduce((s, w) => s + w, 0n);
  if (total === 0n) return weights.map(() => 0n);
  let before = 0n;
  let running = 0n;
  return weights.map((w) => {
    running += w;
    const upTo = running === total ? whole : divHalfUp(whole * running, total);
    const part = upTo - before;
    before = upTo;
    return part;
  });
}

/** SHA-256 (hex) of a coupon code as commerce keys it (trimmed, upper-case): the till keeps no plain codes. */
export async function couponCodeHash(code: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code.trim().toUpperCase()));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * A discount as typed: "10%" of `base` (rounded half-up) or an amount in major units ("500", "12.50"), in
 * minor units and capped at `base`; null when it is neither.
 */
export function discountFrom(text: string, base: bigint, toMinor: (major: string) => string | null): bigint | null {
  const t = text.trim();
  if (t === '') return 0n;
  const pct = /^(\d{1,3}(?:\.\d{1,2})?)\s*%$/.exec(t);
  let value: bigint;
  if (pct) {
    const [whole, frac = ''] = pct[1].split('.');
    const bps = BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0') || '0');
    if (bps > 10_000n) return null;
    value = divHalfUp(base * bps, 10_000n);
  } else {
    const minor = toMinor(t);
    if (minor === null) return null;
    value = BigInt(minor);
  }
  return value > base ? base : value;
}

/** The discount as a share of the subtotal, in basis points (rounded up, so a limit is never crept past). */
export function discountBps(discount: bigint, subtotal: bigint): number {
  if (discount <= 0n) return 0;
  if (subtotal <= 0n) return 10_000;
  return Number((discount * 10_000n + subtotal - 1n) / subtotal);
}

/** Whether a cashier with this limit needs a supervisor's PIN for the sale's discounts. */
export function needsApproval(totals: Pick<SaleTotals, 'discount' | 'subtotal'> & { couponDiscount?: bigint }, discountLimitBps: number): boolean {
  // A coupon's discount is the shop's offer, not the cashier's: it does not count against their limit.
  return discountBps(totals.discount - (totals.couponDiscount ?? 0n), totals.subtotal) > discountLimitBps;
}

export interface TenderLine {
  tender: Tender;
  amount: bigint;
  reference?: string;
}

export interface TenderState {
  /** Σ tenders. */
  paid: bigint;
  /** Still to pay (0 when covered). */
  due: bigint;
  /** Cash handed back: only cash may be over-tendered. */
  change: bigint;
  /** Whether the sale can be completed with these tenders. */
  complete: boolean;
  /** Why not, when not. */
  problem: null | 'DUE' | 'OVERPAID_NON_CASH' | 'REFERENCE_REQUIRED' | 'CUSTOMER_REQUIRED' | 'NOT_POSITIVE';
}

export const NEEDS_REFERENCE: ReadonlySet<Tender> = new Set(['CARD', 'TRANSFER', 'MOBILE_MONEY', 'POINTS', 'GIFT_CARD']);

/** Tenders against a total: change comes only out of cash; card, transfer, mobile money need a reference; on account a customer. */
export function tenderState(total: bigint, tenders: TenderLine[], hasCustomer: boolean): TenderState {
  const paid = tenders.reduce((s, t) => s + t.amount, 0n);
  const cash = tenders.filter((t) => t.tender === 'CASH').reduce((s, t) => s + t.amount, 0n);
  const nonCash = paid - cash;
  const due = paid >= total ? 0n : total - paid;
  const change = paid > total ? paid - total : 0n;
  let problem: TenderState['problem'] = null;
  if (tenders.some((t) => t.amount <= 0n)) problem = 'NOT_POSITIVE';
  else if (tenders.some((t) => NEEDS_REFERENCE.has(t.tender) && !t.reference?.trim())) problem = 'REFERENCE_REQUIRED';
  else if (tenders.some((t) => t.tender === 'ON_ACCOUNT') && !hasCustomer) problem = 'CUSTOMER_REQUIRED';
  else if (nonCash > total) problem = 'OVERPAID_NON_CASH';
  else if (change > cash) problem = 'OVERPAID_NON_CASH';
  else if (due > 0n) problem = 'DUE';
  return { paid, due, change: problem === 'OVERPAID_NON_CASH' ? 0n : change, complete: problem === null, problem };
}

/** What the cash drawer should hold: the events of one session, as the till queued them. */
export interface DrawerEvent {
  type: 'SESSION_OPENED' | 'CASH_MOVED' | 'SALE' | 'RETURN' | 'SESSION_CLOSED';
  openingFloat?: bigint;
  kind?: 'PAY_IN' | 'PAY_OUT';
  amount?: bigint;
  tenders?: { tender: Tender; amount: bigint }[];
  change?: bigint;
}

export interface DrawerSummary {
  openingFloat: bigint;
  cashSales: bigint;
  cashRefunds: bigint;
  payIns: bigint;
  payOuts: bigint;
  expected: bigint;
  salesCount: number;
  returnsCount: number;
  byTender: Record<Tender, bigint>;
}

export function drawer(events: DrawerEvent[]): DrawerSummary {
  const byTender = Object.fromEntries(TENDERS.map((t) => [t, 0n])) as Record<Tender, bigint>;
  const s = { openingFloat: 0n, cashSales: 0n, cashRefunds: 0n, payIns: 0n, payOuts: 0n, salesCount: 0, returnsCount: 0 };
  for (const e of events) {
    if (e.type === 'SESSION_OPENED') s.openingFloat = e.openingFloat ?? 0n;
    else if (e.type === 'CASH_MOVED') {
      if (e.kind === 'PAY_IN') s.payIns += e.amount ?? 0n;
      else s.payOuts += e.amount ?? 0n;
    } else if (e.type === 'SALE') {
      s.salesCount += 1;
      for (const t of e.tenders ?? []) byTender[t.tender] += t.amount;
      byTender.CASH -= e.change ?? 0n;
      s.cashSales += (e.tenders ?? []).filter((t) => t.tender === 'CASH').reduce((x, t) => x + t.amount, 0n) - (e.change ?? 0n);
    } else if (e.type === 'RETURN') {
      s.returnsCount += 1;
      for (const t of e.tenders ?? []) byTender[t.tender] -= t.amount;
      s.cashRefunds += (e.tenders ?? []).filter((t) => t.tender === 'CASH').reduce((x, t) => x + t.amount, 0n);
    }
  }
  return { ...s, byTender, expected: s.openingFloat + s.payIns - s.payOuts + s.cashSales - s.cashRefunds };
}

/** Counted minus expected: positive over, negative short. */
export const overShort = (counted: bigint, expected: bigint): bigint => counted - expected;

/** A receipt number: the device's prefix, a dash, the event's sequence in six digits (T01-000042). */
export function receiptNumber(prefix: string, sequence: number): string {
  return `${prefix}-${String(sequence).padStart(6, '0')}`;
}

/**
 * A refund for some units of a sold line: its total in proportion to the quantity, and the VAT in that, each
 * rounded half-up once; the whole line back gives exactly what was paid.
 */
export function refundOf(line: { quantityMilli: bigint; total: bigint; tax: bigint }, quantityMilli: bigint): { amount: bigint; tax: bigint } {
  const q = clamp(quantityMilli, 0n, line.quantityMilli);
  if (q === line.quantityMilli) return { amount: line.total, tax: line.tax };
  return { amount: divHalfUp(line.total * q, line.quantityMilli), tax: divHalfUp(line.tax * q, line.quantityMilli) };
}

type RefundableTender = { tender: Tender; amount: bigint; reference?: string | null };
/** Points and gift cards are given back to the hold that paid them (decision 0080): the refund names it. */
const byHold = (t: Tender) => t === 'POINTS' || t === 'GIFT_CARD';

/**
 * Spreads a refund over the original sale's tenders, on-account, card, points and gift cards first, cash last
 * (cash keeps the remainder), less what `earlier` returns of the sale already gave back by each. A points or
 * gift-card refund keeps its hold's id as reference, for commerce to give the balance back (decision 0084).
 */
export function refundTenders(refund: bigint, original: RefundableTender[], change: bigint, earlier: RefundableTender[] = []): RefundableTender[] {
  const net = original.map((t) => ({ ...t }));
  const cash = net.find((t) => t.tender === 'CASH');
  if (cash) cash.amount -= change;
  for (const e of earlier) {
    let back = e.amount;
    for (const t of net) {
      if (back <= 0n) break;
      if (t.tender !== e.tender || (byHold(t.tender) && t.reference !== e.reference)) continue;
      const take = t.amount < back ? t.amount : back;
      t.amount -= take;
      back -= take;
    }
  }
  const order = [...net].sort((a, b) => (a.tender === 'CASH' ? 1 : 0) - (b.tender === 'CASH' ? 1 : 0));
  let left = refund;
  const out: RefundableTender[] = [];
  for (const t of order) {
    if (left <= 0n) break;
    const take = t.amount < left ? t.amount : left;
    if (take > 0n) out.push(byHold(t.tender) ? { tender: t.tender, amount: take, reference: t.reference ?? null } : { tender: t.tender, amount: take });
    left -= take;
  }
  if (left > 0n) out.push({ tender: 'CASH', amount: left });
  return out;
}

function clamp(x: bigint, lo: bigint, hi: bigint): bigint {
  return x < lo ? lo : x > hi ? hi : x;
}
