import 'server-only';
import type { ReturnLineRecord, SaleLineRecord, TillEvent } from './till';

// The till keeps its events in its own shape (lib/pos/till.ts) so that a shell cached by the service worker
// keeps working across deployments; the sync route maps them onto the gateway's PosEventInput here.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MINOR = /^\d{1,15}$/;

/** Whether a posted value looks like a till event at all (the gateway checks the rest, field by field). */
export function isTillEvent(v: unknown): v is TillEvent {
  const e = v as TillEvent;
  return !!e && typeof e === 'object' && typeof e.clientId === 'string' && UUID.test(e.clientId) && Number.isInteger(e.sequence) && typeof e.type === 'string' && typeof e.occurredAt === 'string' && typeof e.sessionId === 'string';
}

const amount = (v: string | undefined) => (v !== undefined && MINOR.test(v) ? v : '0');
/** The API takes whole quantities for now (PosSaleLineInput.quantity: Int). */
const quantity = (q: string) => Number(q);
const tenders = (e: TillEvent) => (e.tenders ?? []).map((t) => ({ tender: t.tender, amount: amount(t.amount), reference: t.reference ?? null }));

export function toPosEventInput(e: TillEvent) {
  const base = { clientId: e.clientId, sequence: e.sequence, type: e.type, occurredAt: e.occurredAt, cashierId: e.cashierId || null, sessionId: e.sessionId };
  switch (e.type) {
    case 'SESSION_OPENED':
      return { ...base, currency: e.currency, openingFloat: amount(e.openingFloat) };
    case 'CASH_MOVED':
      return { ...base, cashMovement: { kind: e.kind!, amount: amount(e.amount), reason: e.reason ?? '' } };
    case 'SESSION_CLOSED':
      return { ...base, countedCash: amount(e.countedCash) };
    case 'SALE':
      return {
        ...base,
        currency: e.currency,
        sale: {
          receiptCode: e.receiptCode ?? '',
          taxInclusive: !!e.taxInclusive,
          taxRateBps: e.taxRateBps ?? 0,
          lines: ((e.lines ?? []) as SaleLineRecord[]).map((l) => ({ variantId: l.variantId, sku: l.sku, title: l.title, quantity: quantity(l.quantity), unitPrice: amount(l.unitPrice), discount: amount(l.discount), tax: amount(l.tax), total: amount(l.total), couponDiscount: amount(l.couponDiscount) })),
          discount: amount(e.discount),
          // The API's subtotal is the total less tax (what commerce's order checks), whatever the till kept.
          subtotal: (BigInt(amount(e.total)) - BigInt(amount(e.tax))).toString(),
          tax: amount(e.tax),
          total: amount(e.total),
          tenders: tenders(e),
          change: amount(e.change),
          customerUserId: e.customerUserId ?? null,
          approvedById: e.approvedBy ?? null,
          couponId: e.couponId && UUID.test(e.couponId) ? e.couponId : null,
          couponDiscount: amount(e.couponDiscount),
        },
      };
    case 'RETURN':
      return {
        ...base,
        currency: e.currency,
        return: {
          receiptCode: e.receiptCode ?? '',
          returnOfSaleId: e.returnOfSaleId ?? '',
          lines: ((e.lines ?? []) as ReturnLineRecord[]).map((l) => ({ variantId: l.variantId, sku: l.sku, title: l.title, quantity: quantity(l.quantity), amount: amount(l.amount), tax: amount(l.tax), restock: l.restock })),
          tenders: tenders(e),
          approvedById: e.approvedBy ?? null,
        },
      };
  }
}
