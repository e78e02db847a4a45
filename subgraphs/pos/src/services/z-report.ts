/**
 * A till session's arithmetic (the Z-report): what was sold and refunded by tender, the cash the drawer
 * should hold — float + cash taken − change given − cash refunded + pay-ins − pay-outs — and, once
 * counted, how far over or short it is. A pure function of the session's rows; table-tested.
 */
import { TENDERS, type Tender, type TenderInput } from './events';

export interface ZSale {
  kind: 'SALE' | 'RETURN';
  total: bigint;
  discount: bigint;
  tax: bigint;
  change: bigint;
  tenders: TenderInput[];
}
export interface ZMovement {
  kind: string;
  amount: bigint;
}

export interface ZReport {
  salesCount: number;
  returnsCount: number;
  /** SALE totals, tax included, after discounts. */
  sales: bigint;
  discounts: bigint;
  /** Tax on sales less tax refunded. */
  tax: bigint;
  refunds: bigint;
  netSales: bigint;
  /** Net per tender: taken (cash net of change) less refunded. */
  byTender: { tender: Tender; amount: bigint; count: number }[];
  payIns: bigint;
  payOuts: bigint;
  openingFloat: bigint;
  expectedCash: bigint;
  countedCash: bigint | null;
  overShort: bigint | null;
}

export function zReport(session: { openingFloat: bigint; countedCash: bigint | null }, sales: ZSale[], movements: ZMovement[]): ZReport {
  const byTender = new Map<Tender, { amount: bigint; count: number }>(TENDERS.map((t) => [t, { amount: 0n, count: 0 }]));
  let salesTotal = 0n,
    discounts = 0n,
    tax = 0n,
    refunds = 0n,
    salesCount = 0,
    returnsCount = 0;
  for (const s of sales) {
    const sign = s.kind === 'SALE' ? 1n : -1n;
    if (s.kind === 'SALE') {
      salesCount += 1;
      salesTotal += s.total;
      discounts += s.discount;
    } else {
      returnsCount += 1;
      refunds += s.total;
    }
    tax += sign * s.tax;
    for (const t of s.tenders) {
      const row = byTender.get(t.tender)!;
      row.amount += sign * t.amount;
      row.count += 1;
    }
    if (s.change > 0n) byTender.get('CASH')!.amount -= sign * s.change;
  }
  const payIns = movements.filter((m) => m.kind === 'PAY_IN').reduce((a, m) => a + m.amount, 0n);
  const payOuts = movements.filter((m) => m.kind === 'PAY_OUT').reduce((a, m) => a + m.amount, 0n);
  const expectedCash = session.openingFloat + byTender.get('CASH')!.amount + payIns - payOuts;
  return {
    salesCount,
    returnsCount,
    sales: salesTotal,
    discounts,
    tax,
    refunds,
    netSales: salesTotal - refunds,
    byTender: [...byTender.entries()].filter(([, v]) => v.count > 0).map(([tender, v]) => ({ tender, ...v })),
    payIns,
    payOuts,
    openingFloat: session.openingFloat,
    expectedCash,
    countedCash: session.countedCash,
    overShort: session.countedCash === null ? null : session.countedCash - expectedCash,
  };
}

/** As stored on the session at close (JSON: amounts as strings). */
export const reportJson = (r: ZReport): object => JSON.parse(JSON.stringify(r, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
