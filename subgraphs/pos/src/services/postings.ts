/**
 * The ledger entries a till's events ask for (decision 0052), built as plain data: each a balanced
 * `ledger.posting.requested` whose idempotency key is the event's, so a redelivery posts nothing twice.
 * - The drawer is an account of its own: CASH_HELD owned by the TILL (the device), in the shop's book.
 * - A sale: DEBIT what came in by tender (cash net of change into the drawer; card, transfer and mobile
 *   money into the shop's PAYMENT_CLEARING; on account into the customer's ACCOUNTS_RECEIVABLE), CREDIT
 *   SALES_REVENUE (the total less tax) and TAX_PAYABLE. Tenders that do not add up to the total leave the
 *   difference in CASH_OVER_SHORT, so the entry balances and the gap is visible.
 * - Points and gift cards (decision 0080) debit the shop's LOYALTY_LIABILITY and GIFT_CARD_LIABILITY, as
 *   online redemption does; a hold pos could not capture is left out, so its amount shows in CASH_OVER_SHORT.
 * - A return is the mirror for what was refunded.
 * - Float, pay-ins and pay-outs move cash between the drawer and the shop's own CASH_HELD (the safe).
 * - Closing posts the count: the drawer is emptied into the safe, and the difference from what was
 *   expected goes to CASH_OVER_SHORT. After close the drawer's account is back to zero.
 */
import type { PostingLine, PostingRequestPayload } from '@webwaka/kit';
import type { TenderInput } from './events';

type Account = PostingLine['account'];

const tenant = (tenantId: string, purpose: Account['purpose']): Account => ({ tenantId, ownerType: 'TENANT', ownerId: tenantId, purpose });
export const drawer = (tenantId: string, deviceId: string): Account => ({ tenantId, ownerType: 'TILL', ownerId: deviceId, purpose: 'CASH_HELD' });

function tenderAccount(tenantId: string, deviceId: string, tender: TenderInput['tender'], customerUserId: string | null): Account {
  if (tender === 'CASH') return drawer(tenantId, deviceId);
  // Points and gift cards spent through a hold: the same liabilities online redemption debits (decision 0080).
  if (tender === 'POINTS') return tenant(tenantId, 'LOYALTY_LIABILITY');
  if (tender === 'GIFT_CARD') return tenant(tenantId, 'GIFT_CARD_LIABILITY');
  if (tender === 'ON_ACCOUNT') return customerUserId ? { tenantId, ownerType: 'CUSTOMER', ownerId: customerUserId, purpose: 'ACCOUNTS_RECEIVABLE' } : tenant(tenantId, 'ACCOUNTS_RECEIVABLE');
  return tenant(tenantId, 'PAYMENT_CLEARING');
}

/** Lines from signed amounts per account (positive: debit), zeros dropped, accounts in first-seen order. */
function linesOf(entries: [Account, bigint, string | null][]): PostingLine[] {
  const byKey = new Map<string, { account: Account; amount: bigint; memo: string | null }>();
  for (const [account, amount, memo] of entries) {
    const key = `${account.ownerType}|${account.ownerId}|${account.purpose}`;
    const held = byKey.get(key);
    if (held) held.amount += amount;
    else byKey.set(key, { account, amount, memo });
  }
  return [...byKey.values()]
    .filter((e) => e.amount !== 0n)
    .map((e) => ({ account: e.account, side: e.amount > 0n ? 'DEBIT' : 'CREDIT', amount: (e.amount > 0n ? e.amount : -e.amount).toString(), memo: e.memo }));
}

interface Common {
  tenantId: string;
  deviceId: string;
  currency: string;
  occurredAt: Date;
}

function request(c: Common, p: { key: string; kind: PostingRequestPayload['kind']; memo: string; reference: { type: string; id: string }; lines: PostingLine[] }): PostingRequestPayload | null {
  if (p.lines.length === 0) return null;
  return { idempotencyKey: p.key, kind: p.kind, currency: c.currency, memo: p.memo, reference: p.reference, occurredAt: c.occurredAt.toISOString(), lines: p.lines };
}

/** DEBIT tenders (signed by `sign`: 1 for a sale, -1 for a refund), CREDIT revenue and tax. */
function moneyLines(c: Common, t: { tenders: TenderInput[]; change: bigint; total: bigint; tax: bigint; customerUserId: string | null }, sign: 1n | -1n): PostingLine[] {
  const entries: [Account, bigint, string | null][] = [];
  for (const tender of t.tenders) entries.push([tenderAccount(c.tenantId, c.deviceId, tender.tender, t.customerUserId), sign * tender.amount, tender.reference ? `${tender.tender} ${tender.reference}` : tender.tender]);
  if (t.change > 0n) entries.push([drawer(c.tenantId, c.deviceId), -sign * t.change, 'change']);
  const received = t.tenders.reduce((a, x) => a + x.amount, 0n) - t.change;
  entries.push([tenant(c.tenantId, 'SALES_REVENUE'), -sign * (t.total - t.tax), null]);
  entries.push([tenant(c.tenantId, 'TAX_PAYABLE'), -sign * t.tax, null]);
  entries.push([tenant(c.tenantId, 'CASH_OVER_SHORT'), -sign * (received - t.total), 'tenders did not match the total']);
  return linesOf(entries);
}

export function salePosting(c: Common, s: { saleId: string; receiptNumber: string; tenders: TenderInput[]; change: bigint; total: bigint; tax: bigint; customerUserId: string | null }) {
  return request(c, { key: `pos:sale:${s.saleId}`, kind: 'POS_SALE', memo: `Till sale ${s.receiptNumber}`, reference: { type: 'PosSale', id: s.saleId }, lines: moneyLines(c, s, 1n) });
}

export function returnPosting(c: Common, r: { saleId: string; receiptNumber: string; tenders: TenderInput[]; total: bigint; tax: bigint; customerUserId: string | null }) {
  return request(c, { key: `pos:return:${r.saleId}`, kind: 'POS_RETURN', memo: `Till return ${r.receiptNumber}`, reference: { type: 'PosSale', id: r.saleId }, lines: moneyLines(c, { ...r, change: 0n }, -1n) });
}

/** The opening float (into the drawer from the safe), a pay-in (the same) or a pay-out (out of the drawer). */
export function cashPosting(c: Common, m: { key: string; kind: 'FLOAT' | 'PAY_IN' | 'PAY_OUT'; amount: bigint; reason: string; referenceId: string }) {
  const into = m.kind === 'PAY_OUT' ? -m.amount : m.amount;
  const lines = linesOf([
    [drawer(c.tenantId, c.deviceId), into, m.reason],
    [tenant(c.tenantId, 'CASH_HELD'), -into, m.reason],
  ]);
  return request(c, { key: m.key, kind: 'TILL_CASH', memo: `${m.kind === 'FLOAT' ? 'Opening float' : m.kind === 'PAY_IN' ? 'Pay-in' : 'Pay-out'}: ${m.reason}`, reference: { type: m.kind === 'FLOAT' ? 'TillSession' : 'PosCashMovement', id: m.referenceId }, lines });
}

/** The count at close: the drawer emptied into the safe, the over or short recorded. */
export function closePosting(c: Common, s: { sessionId: string; number: number; expectedCash: bigint; countedCash: bigint }) {
  const lines = linesOf([
    [drawer(c.tenantId, c.deviceId), -s.expectedCash, 'drawer counted and emptied'],
    [tenant(c.tenantId, 'CASH_HELD'), s.countedCash, 'takings from the till'],
    [tenant(c.tenantId, 'CASH_OVER_SHORT'), s.expectedCash - s.countedCash, 'over (credit) or short (debit) at the count'],
  ]);
  return request(c, { key: `pos:close:${s.sessionId}`, kind: 'TILL_CASH', memo: `Till session ${s.number} closed`, reference: { type: 'TillSession', id: s.sessionId }, lines });
}
