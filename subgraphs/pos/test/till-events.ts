/**
 * Events as a till makes them (numbered 1, 2, 3..., each with its UUIDv7, sales priced with the arithmetic
 * the server checks), for the pos tests and the bench (bench/pos.ts). Pure: no database, no network.
 */
import { uuidv7 } from '@webwaka/kit';
import type { Tender } from '../src/services/events';
import { lineTotals } from '../src/services/sale-math';

/** A variant of the shop with its POS price, as the till reads it. */
export interface Priced {
  variantId: string;
  sku: string;
  title: string;
  unitPrice: bigint;
  taxInclusive: boolean;
  taxRateBps: number;
}

/** A till's event sequence: numbers events 1, 2, 3... and makes their ids. */
export class TillEvents {
  sequence = 0;
  constructor(public currency = 'NGN') {}

  private next(type: string, sessionId: string, cashierId: string | null, extra: object, occurredAt = new Date()) {
    return { clientId: uuidv7(), sequence: ++this.sequence, type, occurredAt: occurredAt.toISOString(), cashierId, sessionId, ...extra };
  }

  open(sessionId: string, cashierId: string, openingFloat: bigint) {
    return this.next('SESSION_OPENED', sessionId, cashierId, { currency: this.currency, openingFloat: openingFloat.toString() });
  }
  cash(sessionId: string, cashierId: string, kind: 'PAY_IN' | 'PAY_OUT', amount: bigint, reason: string) {
    return this.next('CASH_MOVED', sessionId, cashierId, { cashMovement: { kind, amount: amount.toString(), reason } });
  }
  close(sessionId: string, cashierId: string, countedCash: bigint) {
    return this.next('SESSION_CLOSED', sessionId, cashierId, { countedCash: countedCash.toString() });
  }

  /** A sale priced as the till prices it; `pay` splits the total over tenders (cash may be more: change). */
  sale(
    sessionId: string,
    cashierId: string,
    lines: { item: Priced; quantity: number; discount?: bigint }[],
    pay: (total: bigint) => { tender: Tender; amount: bigint; reference?: string }[],
    extra: { approvedById?: string; customerUserId?: string } = {},
    /** A coupon the till applied: its id and each line's share (on top of the line's own discount). */
    coupon?: { couponId: string; shares: bigint[] },
  ) {
    const { taxInclusive, taxRateBps } = lines[0].item;
    const built = lines.map(({ item, quantity, discount: own = 0n }, i) => {
      const couponDiscount = coupon?.shares[i] ?? 0n;
      const discount = own + couponDiscount;
      const t = lineTotals({ unitPrice: item.unitPrice, quantity, discount }, taxInclusive, taxRateBps);
      return { variantId: item.variantId, sku: item.sku, title: item.title, quantity, unitPrice: item.unitPrice, discount, tax: t.tax, total: t.total, ...(coupon ? { couponDiscount } : {}) };
    });
    const total = built.reduce((a, l) => a + l.total, 0n);
    const tax = built.reduce((a, l) => a + l.tax, 0n);
    const tenders = pay(total);
    const paid = tenders.reduce((a, t) => a + t.amount, 0n);
    const str = (l: (typeof built)[number]) => ({
      ...l,
      unitPrice: l.unitPrice.toString(),
      discount: l.discount.toString(),
      tax: l.tax.toString(),
      total: l.total.toString(),
      ...('couponDiscount' in l ? { couponDiscount: String(l.couponDiscount) } : {}),
    });
    return {
      event: this.next('SALE', sessionId, cashierId, {
        currency: this.currency,
        sale: {
          receiptCode: receiptCode(),
          taxInclusive,
          taxRateBps,
          lines: built.map(str),
          discount: built.reduce((a, l) => a + l.discount, 0n).toString(),
          subtotal: (total - tax).toString(),
          tax: tax.toString(),
          total: total.toString(),
          tenders: tenders.map((t) => ({ ...t, amount: t.amount.toString() })),
          change: (paid - total).toString(),
          ...extra,
          ...(coupon ? { couponId: coupon.couponId, couponDiscount: coupon.shares.reduce((a, x) => a + x, 0n).toString() } : {}),
        },
      }),
      total,
      tax,
      cashIn: tenders.filter((t) => t.tender === 'CASH').reduce((a, t) => a + t.amount, 0n) - (paid - total),
    };
  }

  return(sessionId: string, cashierId: string, sale: { clientId: string }, lines: { item: Priced; quantity: number; amount: bigint; tax: bigint; restock: boolean }[], tender: Tender, approvedById?: string) {
    const total = lines.reduce((a, l) => a + l.amount, 0n);
    return this.next('RETURN', sessionId, cashierId, {
      currency: this.currency,
      return: {
        receiptCode: receiptCode(),
        returnOfSaleId: sale.clientId,
        lines: lines.map((l) => ({ variantId: l.item.variantId, sku: l.item.sku, title: l.item.title, quantity: l.quantity, amount: l.amount.toString(), tax: l.tax.toString(), restock: l.restock })),
        tenders: [{ tender, amount: total.toString() }],
        approvedById,
      },
    });
  }
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const receiptCode = () => Array.from({ length: 10 }, () => B32[Math.floor(Math.random() * 32)]).join('');

