/**
 * The till's arithmetic as tables (issue 13): line tax in both tax modes, spreading a sale-wide discount,
 * discount limits, the Z-report's expected cash and over/short, and every ledger entry a till asks for
 * balancing per currency. Pure functions: no database.
 */
import { applyBps, discountBps, inclusiveTax, lineTotals, spread } from '../src/services/sale-math';
import { zReport, type ZSale } from '../src/services/z-report';
import { cashPosting, closePosting, returnPosting, salePosting } from '../src/services/postings';

describe('line totals (VAT 7.5%, rounded half-up once per line)', () => {
  it.each([
    // unitPrice, qty, discount, inclusive, tax, total
    [100_000n, 1, 0n, false, 7_500n, 107_500n],
    [100_000n, 3, 10_000n, false, 21_750n, 311_750n],
    [333n, 1, 0n, false, 25n, 358n], // 24.975 -> 25
    [20n, 1, 0n, false, 2n, 22n], // 1.5 -> 2 (half up)
    [107_500n, 1, 0n, true, 7_500n, 107_500n],
    [1_000n, 1, 0n, true, 70n, 1_000n], // 69.767 -> 70
    [1_000n, 2, 1_000n, true, 70n, 1_000n],
    [0n, 5, 0n, true, 0n, 0n],
  ])('%s x %s less %s (inclusive %s): tax %s, total %s', (unitPrice, quantity, discount, inclusive, tax, total) => {
    expect(lineTotals({ unitPrice, quantity, discount }, inclusive, 750)).toEqual({ net: unitPrice * BigInt(quantity) - discount, tax, total });
  });

  it('applyBps and inclusiveTax round half up', () => {
    expect([applyBps(1n, 5000), applyBps(3n, 5000), applyBps(1n, 4999)]).toEqual([1n, 2n, 0n]);
    expect([inclusiveTax(21_500n, 750), inclusiveTax(0n, 750), inclusiveTax(100n, 0)]).toEqual([1_500n, 0n, 0n]);
  });
});

describe('a sale-wide discount spread over the lines (largest remainder)', () => {
  it.each([
    [100n, [1n, 1n, 1n], [34n, 33n, 33n]],
    [10n, [300n, 100n], [8n, 2n]],
    [1n, [5n, 5n], [1n, 0n]],
    [0n, [5n, 7n], [0n, 0n]],
    [7n, [0n, 0n], [0n, 0n]],
  ])('%s over %j: %j', (amount, weights, parts) => {
    expect(spread(amount, weights)).toEqual(parts);
    if (weights.some((w) => w > 0n)) expect(parts.reduce((a, b) => a + b, 0n)).toBe(amount);
  });
});

describe('discount in basis points, rounded up against the limit', () => {
  it.each([
    [10_000n, 1_000n, 1000],
    [10_000n, 1_001n, 1001],
    [3n, 1n, 3334],
    [10_000n, 0n, 0],
    [0n, 5n, 0],
  ])('%s gross, %s off: %s bps', (gross, discount, bps) => expect(discountBps(gross, discount)).toBe(bps));
});

const sale = (total: bigint, tenders: [ZSale['tenders'][number]['tender'], bigint][], change = 0n, tax = 0n, discount = 0n): ZSale => ({
  kind: 'SALE',
  total,
  tax,
  discount,
  change,
  tenders: tenders.map(([tender, amount]) => ({ tender, amount })),
});
const refund = (total: bigint, tender: ZSale['tenders'][number]['tender']): ZSale => ({ kind: 'RETURN', total, tax: 0n, discount: 0n, change: 0n, tenders: [{ tender, amount: total }] });

describe('till session arithmetic (the Z-report)', () => {
  it.each([
    {
      name: 'float only, counted exactly',
      float: 50_000n,
      sales: [],
      moves: [],
      counted: 50_000n,
      expected: 50_000n,
      overShort: 0n,
    },
    {
      name: 'cash with change, a card sale, counted short',
      float: 100_000n,
      sales: [sale(7_500n, [['CASH', 10_000n]], 2_500n), sale(20_000n, [['CARD', 20_000n]])],
      moves: [],
      counted: 107_000n,
      expected: 107_500n,
      overShort: -500n,
    },
    {
      name: 'split tender, a pay-in and a pay-out, counted over',
      float: 0n,
      sales: [sale(30_000n, [['CASH', 10_000n], ['TRANSFER', 20_000n]])],
      moves: [
        { kind: 'PAY_IN', amount: 5_000n },
        { kind: 'PAY_OUT', amount: 2_000n },
      ],
      counted: 13_100n,
      expected: 13_000n,
      overShort: 100n,
    },
    {
      name: 'a cash refund and a card refund',
      float: 10_000n,
      sales: [sale(8_000n, [['CASH', 8_000n]]), sale(4_000n, [['CARD', 4_000n]]), refund(3_000n, 'CASH'), refund(4_000n, 'CARD')],
      moves: [],
      counted: 15_000n,
      expected: 15_000n,
      overShort: 0n,
    },
  ])('$name', ({ float, sales, moves, counted, expected, overShort }) => {
    const r = zReport({ openingFloat: float, countedCash: counted }, sales, moves);
    expect([r.expectedCash, r.overShort]).toEqual([expected, overShort]);
    expect(r.netSales).toBe(r.sales - r.refunds);
  });

  it('totals by tender net of change and refunds, with counts', () => {
    const r = zReport({ openingFloat: 0n, countedCash: null }, [sale(7_500n, [['CASH', 10_000n]], 2_500n, 500n, 100n), sale(9_000n, [['CASH', 4_000n], ['MOBILE_MONEY', 5_000n]]), refund(1_000n, 'MOBILE_MONEY')], []);
    expect(r.byTender).toEqual([
      { tender: 'CASH', amount: 11_500n, count: 2 },
      { tender: 'MOBILE_MONEY', amount: 4_000n, count: 2 },
    ]);
    expect([r.salesCount, r.returnsCount, r.sales, r.refunds, r.discounts, r.tax, r.overShort]).toEqual([2, 1, 16_500n, 1_000n, 100n, 500n, null]);
  });
});

describe('every entry a till asks for balances', () => {
  const c = { tenantId: '00000000-0000-7000-8000-000000000001', deviceId: '00000000-0000-7000-8000-000000000002', currency: 'NGN', occurredAt: new Date('2026-12-07T10:00:00Z') };
  const balance = (p: { lines: { side: string; amount: string }[] } | null) => p!.lines.reduce((a, l) => a + (l.side === 'DEBIT' ? BigInt(l.amount) : -BigInt(l.amount)), 0n);
  const customer = '00000000-0000-7000-8000-000000000003';

  it.each([
    ['cash with change', [{ tender: 'CASH' as const, amount: 10_000n }], 2_500n, 7_500n, 523n, null],
    ['split card and transfer', [{ tender: 'CARD' as const, amount: 5_000n, reference: 'X' }, { tender: 'TRANSFER' as const, amount: 2_500n }], 0n, 7_500n, 523n, null],
    ['on account', [{ tender: 'ON_ACCOUNT' as const, amount: 7_500n }], 0n, 7_500n, 0n, customer],
    ['tenders short of the total (an ARITHMETIC conflict)', [{ tender: 'CASH' as const, amount: 7_000n }], 0n, 7_500n, 523n, null],
    ['change larger than cash given', [{ tender: 'CARD' as const, amount: 9_000n }, { tender: 'CASH' as const, amount: 100n }], 1_600n, 7_500n, 523n, null],
  ])('a sale: %s', (_name, tenders, change, total, tax, customerUserId) => {
    const p = salePosting(c, { saleId: 's', receiptNumber: 'T01-000001', tenders, change, total, tax, customerUserId });
    expect(balance(p)).toBe(0n);
    expect(p!.lines.every((l) => BigInt(l.amount) > 0n)).toBe(true);
  });

  it('a return, the float, a pay-out and the count', () => {
    expect(balance(returnPosting(c, { saleId: 'r', receiptNumber: 'T01-000002', tenders: [{ tender: 'CASH', amount: 3_000n }], total: 3_000n, tax: 209n, customerUserId: null }))).toBe(0n);
    expect(balance(cashPosting(c, { key: 'k', kind: 'FLOAT', amount: 50_000n, reason: 'float', referenceId: 's' }))).toBe(0n);
    expect(balance(cashPosting(c, { key: 'k', kind: 'PAY_OUT', amount: 1_000n, reason: 'fuel', referenceId: 'm' }))).toBe(0n);
    for (const counted of [9_000n, 10_000n, 11_000n]) expect(balance(closePosting(c, { sessionId: 's', number: 1, expectedCash: 10_000n, countedCash: counted }))).toBe(0n);
    expect(cashPosting(c, { key: 'k', kind: 'FLOAT', amount: 0n, reason: 'no float', referenceId: 's' })).toBeNull();
  });
});
