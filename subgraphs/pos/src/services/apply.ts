/**
 * What each till event does once it is its turn (sync.ts applies a device's events in its sequence order,
 * inside the batch's transaction). Nothing here refuses a sale: a disagreement is written down as a
 * PosConflict for a manager, and the sale stands as the customer paid it. The rest of the platform hears
 * through the outbox, in the same transaction: commerce makes the order (`pos.sale.recorded`), inventory
 * moves the stock (`inventory.movements.requested`), the ledger posts the money (`ledger.posting.requested`).
 */
import { recordEvents, TOPICS, uuidv7, type EventToRecord, type PosSaleRecordedPayload, type Prisma } from '@webwaka/kit';
import type { Tx } from './context';
import { HOLD_TENDERS, type PosEventInput, type ReturnInput, type SaleInput, type TenderInput } from './events';
import type { HoldCapture } from './holds';
import type { QuotedLine } from './peers';
import { cashPosting, closePosting, returnPosting, salePosting } from './postings';
import { couponShares, discountBps, lineTotals, type CouponRule } from './sale-math';
import { reportJson, zReport, type ZSale } from './z-report';

type Device = { id: string; tenantId: string; number: number; locationId: string };
type ConflictKind = 'PRICE_CHANGED' | 'DISCOUNT_OVER_LIMIT' | 'UNAPPROVED_RETURN' | 'ARITHMETIC' | 'UNKNOWN_REFERENCE' | 'SEQUENCE_REUSED' | 'COUPON_MISMATCH' | 'HOLD_REFUSED';

type Session = NonNullable<Awaited<ReturnType<Tx['tillSession']['findFirst']>>>;
type Cashier = { id: string; role: string; discountLimitBps: number; active: boolean };

export interface ApplyContext {
  tx: Tx;
  device: Device;
  /** Today's POS prices of the variants sold (by id), as catalog quoted them before the transaction. */
  quotes: Map<string, QuotedLine>;
  /** The rules of the coupons the batch's sales name, by id (commerce's, read before the transaction); another shop's are absent. */
  coupons: Map<string, CouponRule>;
  /** What commerce answered when asked to capture each hold the batch's sales tender, by hold id (decision 0080). */
  holds: Map<string, HoldCapture>;
  /** The shop's cashiers (read once per batch). */
  cashiers: Map<string, Cashier>;
  /** Sessions read or opened in this batch. */
  sessions: Map<string, Session | null>;
  /**
   * Rows and events written in bulk when the batch ends (or before a step that reads them): a batch of 100
   * sales is a handful of statements rather than six per sale (decision 0040).
   */
  pending: { sales: Prisma.PosSaleCreateManyInput[]; conflicts: Prisma.PosConflictCreateManyInput[]; events: EventToRecord[] };
}

export async function newApplyContext(tx: Tx, device: Device, quotes: Map<string, QuotedLine>, coupons: Map<string, CouponRule> = new Map(), holds: Map<string, HoldCapture> = new Map()): Promise<ApplyContext> {
  const cashiers = await tx.posCashier.findMany({ where: { tenantId: device.tenantId }, select: { id: true, role: true, discountLimitBps: true, active: true } });
  return { tx, device, quotes, coupons, holds, cashiers: new Map(cashiers.map((c) => [c.id, c])), sessions: new Map(), pending: { sales: [], conflicts: [], events: [] } };
}

/** Writes what the batch has buffered, in the order it was made. */
export async function flush(a: ApplyContext): Promise<void> {
  const { sales, conflicts, events } = a.pending;
  if (sales.length) await a.tx.posSale.createMany({ data: sales });
  if (conflicts.length) await a.tx.posConflict.createMany({ data: conflicts });
  await recordEvents(a.tx, events);
  a.pending = { sales: [], conflicts: [], events: [] };
}

async function sessionOf(a: ApplyContext, id: string): Promise<Session | null> {
  if (!a.sessions.has(id)) a.sessions.set(id, await a.tx.tillSession.findFirst({ where: { id, tenantId: a.device.tenantId, deviceId: a.device.id } }));
  return a.sessions.get(id)!;
}

const supervisor = (a: ApplyContext, id: string | null | undefined) => {
  const c = id ? a.cashiers.get(id) : undefined;
  return c && c.role === 'SUPERVISOR' && c.active ? c : null;
};

export const receiptNumber = (device: { number: number }, sequence: number) => `T${String(device.number).padStart(2, '0')}-${String(sequence).padStart(6, '0')}`;

function conflict(a: ApplyContext, eventId: string, kind: ConflictKind, message: string, saleId: string | null = null) {
  a.pending.conflicts.push({ id: uuidv7(), tenantId: a.device.tenantId, deviceId: a.device.id, eventId, saleId, kind, message });
}

function requestPosting(a: ApplyContext, payload: ReturnType<typeof salePosting>) {
  if (payload) a.pending.events.push({ tenantId: a.device.tenantId, topic: TOPICS.LEDGER_POSTING_REQUESTED, payload });
}

/** Applies one stored event. `sequence` is the one it holds (the claimed one when it was reused). */
export async function applyEvent(a: ApplyContext, stored: { id: string; sequence: number }, e: PosEventInput): Promise<void> {
  const common = { tenantId: a.device.tenantId, deviceId: a.device.id, currency: e.currency ?? 'NGN', occurredAt: e.occurredAt };
  const session = await sessionOf(a, e.sessionId);
  const cashier = e.cashierId ? (a.cashiers.get(e.cashierId) ?? null) : null;
  if (e.cashierId && !cashier) conflict(a, stored.id, 'UNKNOWN_REFERENCE', `Cashier ${e.cashierId} is not one of this shop's cashiers`);

  switch (e.type) {
    case 'SESSION_OPENED': {
      if (session) return conflict(a, stored.id, 'UNKNOWN_REFERENCE', `Session ${e.sessionId} was already opened`);
      const number = (await a.tx.tillSession.count({ where: { deviceId: a.device.id } })) + 1;
      const opened = await a.tx.tillSession.create({
        data: { id: e.sessionId, tenantId: a.device.tenantId, deviceId: a.device.id, number, currency: e.currency!, openedById: cashier?.id ?? null, openedAt: e.occurredAt, openingFloat: e.openingFloat! },
      });
      a.sessions.set(opened.id, opened);
      return requestPosting(a, cashPosting(common, { key: `pos:float:${e.sessionId}`, kind: 'FLOAT', amount: e.openingFloat!, reason: 'opening float', referenceId: e.sessionId }));
    }
    case 'CASH_MOVED': {
      const m = e.cashMovement!;
      if (!session) conflict(a, stored.id, 'UNKNOWN_REFERENCE', `A ${m.kind} for session ${e.sessionId}, which this till never opened`);
      await a.tx.posCashMovement.create({ data: { id: e.clientId, tenantId: a.device.tenantId, sessionId: e.sessionId, cashierId: cashier?.id ?? null, kind: m.kind, amount: m.amount, reason: m.reason, at: e.occurredAt } });
      return requestPosting(a, cashPosting({ ...common, currency: session?.currency ?? common.currency }, { key: `pos:cash:${e.clientId}`, kind: m.kind, amount: m.amount, reason: m.reason, referenceId: e.clientId }));
    }
    case 'SALE':
      if (!session) conflict(a, stored.id, 'UNKNOWN_REFERENCE', `A sale in session ${e.sessionId}, which this till never opened`);
      return applySale(a, stored, e, e.sale!, cashier);
    case 'RETURN':
      // A return reads the sale it returns and the returns before it: they must be written first.
      await flush(a);
      if (!session) conflict(a, stored.id, 'UNKNOWN_REFERENCE', `A return in session ${e.sessionId}, which this till never opened`);
      return applyReturn(a, stored, e, e.return!);
    case 'SESSION_CLOSED': {
      if (!session) return conflict(a, stored.id, 'UNKNOWN_REFERENCE', `Closing session ${e.sessionId}, which this till never opened`);
      if (session.status === 'CLOSED') return conflict(a, stored.id, 'UNKNOWN_REFERENCE', `Session ${session.number} was already closed`);
      await flush(a);
      const [sales, movements] = await Promise.all([
        a.tx.posSale.findMany({ where: { sessionId: session.id, tenantId: a.device.tenantId }, select: { kind: true, total: true, discount: true, tax: true, change: true, tenders: true } }),
        a.tx.posCashMovement.findMany({ where: { sessionId: session.id, tenantId: a.device.tenantId }, select: { kind: true, amount: true } }),
      ]);
      const report = zReport({ openingFloat: session.openingFloat, countedCash: e.countedCash! }, sales.map(zSale), movements);
      a.sessions.set(session.id, { ...session, status: 'CLOSED' });
      await a.tx.tillSession.update({
        where: { id: session.id },
        data: { status: 'CLOSED', closedAt: e.occurredAt, closedById: cashier?.id ?? null, countedCash: e.countedCash!, expectedCash: report.expectedCash, report: reportJson(report) },
      });
      return requestPosting(a, closePosting({ ...common, currency: session.currency }, { sessionId: session.id, number: session.number, expectedCash: report.expectedCash, countedCash: e.countedCash! }));
    }
  }
}

export const zSale = (s: { kind: 'SALE' | 'RETURN'; total: bigint; discount: bigint; tax: bigint; change: bigint; tenders: unknown }): ZSale => ({
  ...s,
  tenders: (s.tenders as { tender: ZSale['tenders'][number]['tender']; amount: string; reference: string | null }[]).map((t) => ({ ...t, amount: BigInt(t.amount) })),
});

const tendersJson = (tenders: SaleInput['tenders'], refused: Set<TenderInput> = new Set()) =>
  tenders.map((t) => ({ tender: t.tender, amount: t.amount.toString(), reference: t.reference ?? null, ...(refused.has(t) ? { refused: true } : {}) }));

/** A tender as commerce hears it: a hold's id with the points or gift card it spent. */
const payloadTender = (t: TenderInput) => ({ tender: t.tender, amount: t.amount.toString(), ...(HOLD_TENDERS.includes(t.tender) ? { holdId: t.reference ?? null } : {}) });

/**
 * A sale's points and gift-card tenders (decision 0080): each must name a hold commerce captured for this
 * sale at this sync. One it did not (expired before the sale was synced, voided, another sale's or amount)
 * is a HOLD_REFUSED conflict: the sale stands, nothing was spent, and the entry leaves it out (so the gap
 * shows in CASH_OVER_SHORT for a manager to collect or write off).
 */
function refusedHolds(a: ApplyContext, eventId: string, number: string, saleId: string, s: SaleInput): Set<TenderInput> {
  const refused = new Set<TenderInput>();
  for (const t of s.tenders.filter((x) => HOLD_TENDERS.includes(x.tender))) {
    const outcome = a.holds.get(t.reference ?? '');
    if (outcome?.captured && outcome.saleId === saleId) continue;
    refused.add(t);
    conflict(a, eventId, 'HOLD_REFUSED', `Receipt ${number}: ${t.tender === 'POINTS' ? 'points' : 'gift card'} ${t.amount} (hold ${t.reference}) not spent: ${outcome && !outcome.captured ? outcome.reason : 'not captured'}`, saleId);
  }
  return refused;
}

async function applySale(a: ApplyContext, stored: { id: string; sequence: number }, e: PosEventInput, s: SaleInput, cashier: Cashier | null) {
  const { device } = a;
  const saleId = e.clientId;
  const number = receiptNumber(device, stored.sequence);
  // The till's arithmetic, checked again: the sale stands as charged; a mismatch is for a manager to see.
  const problems: string[] = [];
  const gross = s.lines.reduce((sum, l) => sum + l.unitPrice * BigInt(l.quantity), 0n);
  s.lines.forEach((l, i) => {
    const expected = lineTotals(l, s.taxInclusive, s.taxRateBps);
    if (expected.tax !== l.tax || expected.total !== l.total) problems.push(`line ${i + 1}: tax ${l.tax} and total ${l.total}, expected ${expected.tax} and ${expected.total}`);
  });
  const sum = (f: (l: SaleInput['lines'][number]) => bigint) => s.lines.reduce((acc, l) => acc + f(l), 0n);
  if (sum((l) => l.total) !== s.total) problems.push(`lines add up to ${sum((l) => l.total)}, the sale says ${s.total}`);
  if (sum((l) => l.tax) !== s.tax) problems.push(`line taxes add up to ${sum((l) => l.tax)}, the sale says ${s.tax}`);
  if (sum((l) => l.discount) !== s.discount) problems.push(`line discounts add up to ${sum((l) => l.discount)}, the sale says ${s.discount}`);
  if (s.total - s.tax !== s.subtotal) problems.push(`subtotal ${s.subtotal} is not the total less tax`);
  const paid = s.tenders.reduce((acc, t) => acc + t.amount, 0n);
  const cash = s.tenders.filter((t) => t.tender === 'CASH').reduce((acc, t) => acc + t.amount, 0n);
  if (paid - s.change !== s.total) problems.push(`tenders ${paid} less change ${s.change} is not the total ${s.total}`);
  if (s.change > cash) problems.push(`change ${s.change} is more than the cash given ${cash}`);
  if (s.tenders.some((t) => t.tender === 'ON_ACCOUNT') && !s.customerUserId) problems.push('sold on account without a customer');

  // Prices: what the catalogue's POS price list says now against what was charged.
  let priceDifference = 0n;
  const enriched = s.lines.map((l) => {
    const q = a.quotes.get(l.variantId);
    if (q?.sellable && q.unit !== null) priceDifference += (BigInt(q.unit) - l.unitPrice) * BigInt(l.quantity);
    return { ...l, productId: q?.productId ?? null, vendorId: q?.vendorId ?? null, vendorName: q?.vendorName ?? null, catalogUnitPrice: q?.unit ?? null };
  });

  const coupon = checkCoupon(a, stored.id, number, saleId, e, s, enriched);
  const refused = refusedHolds(a, stored.id, number, saleId, s);
  const spent = s.tenders.filter((t) => !refused.has(t));

  a.pending.sales.push({
      id: saleId,
      tenantId: device.tenantId,
      deviceId: device.id,
      sessionId: e.sessionId,
      cashierId: cashier?.id ?? null,
      approvedById: s.approvedById ?? null,
      kind: 'SALE',
      receiptNumber: number,
      receiptCode: s.receiptCode,
      customerUserId: s.customerUserId ?? null,
      currency: e.currency!,
      lines: enriched.map((l) => ({ ...l, unitPrice: l.unitPrice.toString(), discount: l.discount.toString(), tax: l.tax.toString(), total: l.total.toString(), couponDiscount: (l.couponDiscount ?? 0n).toString() })),
      subtotal: s.subtotal,
      discount: s.discount,
      tax: s.tax,
      total: s.total,
      tenders: tendersJson(s.tenders, refused),
      change: s.change,
      priceDifference: priceDifference === 0n ? null : priceDifference,
      occurredAt: e.occurredAt,
  });
  if (problems.length) conflict(a, stored.id, 'ARITHMETIC', `Receipt ${number}: ${problems.join('; ')}`, saleId);
  if (priceDifference !== 0n) conflict(a, stored.id, 'PRICE_CHANGED', `Receipt ${number} was charged ${-priceDifference > 0n ? 'more' : 'less'} than today's POS prices by ${priceDifference < 0n ? -priceDifference : priceDifference} (minor units)`, saleId);
  // The coupon's part of the discount is the shop's offer, not the cashier's: it is not held against their limit.
  const given = discountBps(gross, s.discount - (coupon ? (s.couponDiscount ?? 0n) : 0n));
  if (given > (cashier?.discountLimitBps ?? 0)) {
    if (!supervisor(a, s.approvedById)) conflict(a, stored.id, 'DISCOUNT_OVER_LIMIT', `Receipt ${number}: a ${given / 100}% discount above the cashier's ${(cashier?.discountLimitBps ?? 0) / 100}% with no supervisor's approval`, saleId);
  }

  const payload: PosSaleRecordedPayload = {
    saleId,
    kind: 'SALE',
    returnOfSaleId: null,
    receiptNumber: number,
    deviceId: device.id,
    locationId: device.locationId,
    customerUserId: s.customerUserId ?? null,
    currency: e.currency!,
    taxInclusive: s.taxInclusive,
    taxRateBps: s.taxRateBps,
    occurredAt: e.occurredAt.toISOString(),
    lines: enriched.map((l) => ({ variantId: l.variantId, productId: l.productId, vendorId: l.vendorId, vendorName: l.vendorName, sku: l.sku, title: l.title, quantity: l.quantity, unitPrice: l.unitPrice.toString(), subtotal: (l.total - l.tax).toString(), tax: l.tax.toString() })),
    subtotal: s.subtotal.toString(),
    discount: s.discount.toString(),
    tax: s.tax.toString(),
    total: s.total.toString(),
    tenders: spent.map(payloadTender),
    coupon: coupon ? { couponId: coupon, discount: (s.couponDiscount ?? 0n).toString() } : null,
  };
  a.pending.events.push({ tenantId: device.tenantId, topic: TOPICS.POS_SALE_RECORDED, payload });
  a.pending.events.push({
    tenantId: device.tenantId,
    topic: TOPICS.INVENTORY_MOVEMENTS_REQUESTED,
    payload: {
      movements: s.lines.map((l, i) => ({ clientId: `pos:${saleId}:${i}`, deviceId: device.id, variantId: l.variantId, locationId: device.locationId, quantity: -l.quantity, reason: 'SALE', occurredAt: e.occurredAt.toISOString(), reference: number })),
    },
  });
  requestPosting(a, salePosting({ tenantId: device.tenantId, deviceId: device.id, currency: e.currency!, occurredAt: e.occurredAt }, { saleId, receiptNumber: number, tenders: spent, change: s.change, total: s.total, tax: s.tax, customerUserId: s.customerUserId ?? null }));
}

/**
 * A sale's coupon checked against the coupon's rules at the time of the sale (decision 0071): the coupon's
 * id when the till applied it as the rules give, else null and a COUPON_MISMATCH conflict (a coupon that is
 * not the shop's, or shares that differ: a forged or broken till). The sale stands either way; only a
 * checked coupon's use is counted by commerce.
 */
function checkCoupon(
  a: ApplyContext,
  eventId: string,
  number: string,
  saleId: string,
  e: PosEventInput,
  s: SaleInput,
  lines: { productId: string | null; vendorId: string | null; variantId: string; unitPrice: bigint; quantity: number; discount: bigint; couponDiscount?: bigint }[],
): string | null {
  const claimed = s.lines.map((l) => l.couponDiscount ?? 0n);
  const claimedTotal = claimed.reduce((x, y) => x + y, 0n);
  if (!s.couponId) {
    if (claimedTotal > 0n || (s.couponDiscount ?? 0n) > 0n) conflict(a, eventId, 'COUPON_MISMATCH', `Receipt ${number} takes a coupon discount without naming a coupon`, saleId);
    return null;
  }
  const rule = a.coupons.get(s.couponId);
  if (!rule) {
    conflict(a, eventId, 'COUPON_MISMATCH', `Receipt ${number} names a coupon this shop does not have (${s.couponId})`, saleId);
    return null;
  }
  const basis = lines.map((l) => ({
    productId: l.productId,
    categoryId: a.quotes.get(l.variantId)?.categoryId ?? null,
    vendorId: l.vendorId,
    stated: l.unitPrice * BigInt(l.quantity) - (l.discount - (l.couponDiscount ?? 0n)),
  }));
  const expected = couponShares(rule, e.currency!, basis, e.occurredAt);
  if (!expected.ok) {
    conflict(a, eventId, 'COUPON_MISMATCH', `Receipt ${number}: the coupon did not apply to this sale (${expected.reason})`, saleId);
    return null;
  }
  if (claimedTotal !== (s.couponDiscount ?? 0n) || expected.shares.some((x, i) => x !== claimed[i])) {
    conflict(a, eventId, 'COUPON_MISMATCH', `Receipt ${number}: the coupon took off ${s.couponDiscount ?? 0n}, its rules give ${expected.discount} (minor units)`, saleId);
    return null;
  }
  return s.couponId;
}

async function applyReturn(a: ApplyContext, stored: { id: string; sequence: number }, e: PosEventInput, r: ReturnInput) {
  const { device } = a;
  const saleId = e.clientId;
  const number = receiptNumber(device, stored.sequence);
  const original = await a.tx.posSale.findFirst({ where: { id: r.returnOfSaleId, tenantId: device.tenantId, kind: 'SALE' } });
  const total = r.lines.reduce((acc, l) => acc + l.amount, 0n);
  const tax = r.lines.reduce((acc, l) => acc + l.tax, 0n);
  const refunded = r.tenders.reduce((acc, t) => acc + t.amount, 0n);

  // Written now: a later return of the same sale in this batch counts it.
  await a.tx.posSale.create({
    data: {
      id: saleId,
      tenantId: device.tenantId,
      deviceId: device.id,
      sessionId: e.sessionId,
      cashierId: e.cashierId ?? null,
      approvedById: r.approvedById ?? null,
      kind: 'RETURN',
      receiptNumber: number,
      receiptCode: r.receiptCode,
      returnOfId: original?.id ?? null,
      customerUserId: original?.customerUserId ?? null,
      currency: e.currency!,
      lines: r.lines.map((l) => ({ ...l, amount: l.amount.toString(), tax: l.tax.toString() })),
      subtotal: total - tax,
      discount: 0n,
      tax,
      total,
      tenders: tendersJson(r.tenders),
      occurredAt: e.occurredAt,
    },
  });
  if (!original) conflict(a, stored.id, 'UNKNOWN_REFERENCE', `Return ${number} names a sale this shop has no record of (${r.returnOfSaleId})`, saleId);
  if (refunded !== total) conflict(a, stored.id, 'ARITHMETIC', `Return ${number}: refunded ${refunded}, the lines add up to ${total}`, saleId);
  if (!supervisor(a, r.approvedById)) conflict(a, stored.id, 'UNAPPROVED_RETURN', `Return ${number} has no supervisor's approval`, saleId);
  const refused = await refusedHoldRefunds(a, stored.id, number, saleId, original, r);
  const given = r.tenders.filter((t) => !refused.has(t));
  if (original) {
    // More back than was sold (across every return of the sale) is recorded, not refused: the money left the drawer.
    const sold = new Map<string, number>();
    for (const l of original.lines as { variantId: string; quantity: number }[]) sold.set(l.variantId, (sold.get(l.variantId) ?? 0) + l.quantity);
    const earlier = await a.tx.posSale.findMany({ where: { returnOfId: original.id, tenantId: device.tenantId, kind: 'RETURN' }, select: { lines: true } });
    const back = new Map<string, number>();
    for (const ret of earlier) for (const l of ret.lines as { variantId: string; quantity: number }[]) back.set(l.variantId, (back.get(l.variantId) ?? 0) + l.quantity);
    const over = [...back.entries()].filter(([v, q]) => q > (sold.get(v) ?? 0));
    if (over.length) conflict(a, stored.id, 'ARITHMETIC', `Return ${number} brings back more than receipt ${original.receiptNumber} sold`, saleId);
  }

  const payload: PosSaleRecordedPayload = {
    saleId,
    kind: 'RETURN',
    returnOfSaleId: original?.id ?? null,
    receiptNumber: number,
    deviceId: device.id,
    locationId: device.locationId,
    customerUserId: original?.customerUserId ?? null,
    currency: e.currency!,
    taxInclusive: false,
    taxRateBps: 0,
    occurredAt: e.occurredAt.toISOString(),
    lines: r.lines.map((l) => ({ variantId: l.variantId, productId: null, vendorId: null, vendorName: null, sku: l.sku, title: l.title, quantity: l.quantity, unitPrice: '0', subtotal: (l.amount - l.tax).toString(), tax: l.tax.toString() })),
    subtotal: (total - tax).toString(),
    discount: '0',
    tax: tax.toString(),
    total: total.toString(),
    tenders: given.map(payloadTender),
  };
  a.pending.events.push({ tenantId: device.tenantId, topic: TOPICS.POS_SALE_RECORDED, payload });
  const restocked = r.lines.map((l, i) => ({ l, i })).filter(({ l }) => l.restock);
  if (restocked.length) {
    a.pending.events.push({
      tenantId: device.tenantId,
      topic: TOPICS.INVENTORY_MOVEMENTS_REQUESTED,
      payload: { movements: restocked.map(({ l, i }) => ({ clientId: `pos:${saleId}:${i}`, deviceId: device.id, variantId: l.variantId, locationId: device.locationId, quantity: l.quantity, reason: 'RETURN', occurredAt: e.occurredAt.toISOString(), reference: number })) },
    });
  }
  requestPosting(a, returnPosting({ tenantId: device.tenantId, deviceId: device.id, currency: e.currency!, occurredAt: e.occurredAt }, { saleId, receiptNumber: number, tenders: given, total, tax, customerUserId: original?.customerUserId ?? null }));
}

type StoredTender = { tender: string; amount: string; reference: string | null; refused?: boolean };

/**
 * A return's points and gift-card refunds (decision 0080) go back to the holds the sale spent: each must name
 * a hold the original sale captured, for no more than it has left after earlier returns. Others are a
 * HOLD_REFUSED conflict and are left out of the entry and of what commerce gives back.
 */
async function refusedHoldRefunds(a: ApplyContext, eventId: string, number: string, saleId: string, original: { id: string; tenders: unknown } | null, r: ReturnInput): Promise<Set<TenderInput>> {
  const refused = new Set<TenderInput>();
  const wanted = r.tenders.filter((t) => HOLD_TENDERS.includes(t.tender));
  if (!wanted.length) return refused;
  const room = new Map<string, bigint>();
  for (const t of (original?.tenders ?? []) as StoredTender[]) if (HOLD_TENDERS.includes(t.tender as TenderInput['tender']) && !t.refused && t.reference) room.set(`${t.tender}:${t.reference}`, BigInt(t.amount));
  const earlier = original ? await a.tx.posSale.findMany({ where: { returnOfId: original.id, tenantId: a.device.tenantId, kind: 'RETURN', id: { not: saleId } }, select: { tenders: true } }) : [];
  for (const ret of earlier) for (const t of ret.tenders as StoredTender[]) if (!t.refused && room.has(`${t.tender}:${t.reference}`)) room.set(`${t.tender}:${t.reference}`, room.get(`${t.tender}:${t.reference}`)! - BigInt(t.amount));
  for (const t of wanted) {
    const key = `${t.tender}:${t.reference}`;
    const left = room.get(key);
    if (left !== undefined && t.amount <= left) {
      room.set(key, left - t.amount);
      continue;
    }
    refused.add(t);
    conflict(a, eventId, 'HOLD_REFUSED', `Return ${number}: ${t.amount} back to ${t.tender === 'POINTS' ? 'points' : 'a gift card'} (hold ${t.reference}) is not what the sale spent from it`, saleId);
  }
  if (refused.size) await a.tx.posSale.update({ where: { id: saleId }, data: { tenders: tendersJson(r.tenders, refused) } });
  return refused;
}
