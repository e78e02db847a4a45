// The till's arithmetic (storefront/lib/pos/sale-math.ts, issue 13) as table tests: lines with decimal
// quantities, half-up rounding once per line, line and order discounts (spread exactly), VAT inclusive and
// exclusive, the discount limit, tenders and change, the cash drawer (float, pay-ins, pay-outs, cash sales
// after change, refunds, counted cash), receipt numbers, refunds and the device's ids.
import { receiptCode, uuidv7 } from '../storefront/lib/pos/ids';
import {
  allocate,
  discountBps,
  discountFrom,
  divHalfUp,
  drawer,
  formatQuantity,
  needsApproval,
  overShort,
  parseQuantity,
  receiptNumber,
  refundOf,
  refundTenders,
  saleTotals,
  taxOf,
  tenderState,
  type DrawerEvent,
} from '../storefront/lib/pos/sale-math';

const INCL = { taxInclusive: true, taxRateBps: 750 };
const EXCL = { taxInclusive: false, taxRateBps: 750 };

test.each([
  [5n, 2n, 3n],
  [3n, 2n, 2n],
  [1n, 3n, 0n],
  [2n, 3n, 1n],
  [0n, 7n, 0n],
  [-5n, 2n, -3n],
])('divHalfUp(%s, %s) = %s', (a, b, q) => expect(divHalfUp(a, b)).toBe(q));

test.each([
  ['1', 1000n],
  ['0.5', 500n],
  ['0,25', 250n],
  ['2.125', 2125n],
  ['10', 10000n],
  ['0', null],
  ['1.2345', null],
  ['-1', null],
  ['abc', null],
  ['', null],
])('parseQuantity(%j) = %s', (text, milli) => expect(parseQuantity(text)).toBe(milli));

test.each([
  [1000n, '1'],
  [500n, '0.5'],
  [2125n, '2.125'],
  [1500n, '1.5'],
])('formatQuantity(%s) = %s', (milli, text) => expect(formatQuantity(milli)).toBe(text));

test.each([
  // net, mode, tax: inclusive carves 7.5/107.5 out; exclusive adds 7.5%
  [107_500n, INCL, 7_500n],
  [100_000n, EXCL, 7_500n],
  [1n, EXCL, 0n],
  [7n, EXCL, 1n], // 0.525 -> 1 (half-up)
  [20n, EXCL, 2n], // 1.5 -> 2
  [43n, INCL, 3n], // 43*750/10750 = 3.0 -> 3
  [0n, INCL, 0n],
  [100n, { taxInclusive: true, taxRateBps: 0 }, 0n],
])('taxOf(%s, %j) = %s', (net, mode, tax) => expect(taxOf(net, mode)).toBe(tax));

test.each([
  [10n, [1n, 1n, 1n], [4n, 3n, 3n]],
  [100n, [50n, 30n, 20n], [50n, 30n, 20n]],
  [7n, [0n, 10n], [0n, 7n]],
  [0n, [5n, 5n], [0n, 0n]],
  [1n, [3n, 3n], [1n, 0n]],
])('allocate(%s, %j) = %j and adds up', (amount, weights, shares) => {
  const got = allocate(amount, weights);
  expect(got).toEqual(shares);
  expect(got.reduce((s, x) => s + x, 0n)).toBe(amount);
});

describe('saleTotals', () => {
  test.each([
    {
      name: 'one inclusive line, no discount',
      lines: [{ unitPrice: 1_075_000n, quantityMilli: 1000n, discount: 0n, ...INCL }],
      order: 0n,
      want: { subtotal: 1_075_000n, discount: 0n, tax: 75_000n, total: 1_075_000n },
    },
    {
      name: 'exclusive line, quantity 3',
      lines: [{ unitPrice: 100_000n, quantityMilli: 3000n, discount: 0n, ...EXCL }],
      order: 0n,
      want: { subtotal: 300_000n, discount: 0n, tax: 22_500n, total: 322_500n },
    },
    {
      name: 'weighed item: 0.5 kg at 1,999 rounds the line half-up once',
      lines: [{ unitPrice: 1_999n, quantityMilli: 500n, discount: 0n, ...INCL }],
      order: 0n,
      want: { subtotal: 1_000n, discount: 0n, tax: 70n, total: 1_000n },
    },
    {
      name: 'line discount then order discount spread over the lines',
      lines: [
        { unitPrice: 50_000n, quantityMilli: 2000n, discount: 10_000n, ...INCL },
        { unitPrice: 30_000n, quantityMilli: 1000n, discount: 0n, ...INCL },
      ],
      order: 12_000n,
      want: { subtotal: 130_000n, discount: 22_000n, tax: 7_535n, total: 108_000n },
    },
    {
      name: 'a discount bigger than the line is capped at the line',
      lines: [{ unitPrice: 1_000n, quantityMilli: 1000n, discount: 5_000n, ...EXCL }],
      order: 10n,
      want: { subtotal: 1_000n, discount: 1_000n, tax: 0n, total: 0n },
    },
    {
      name: 'exclusive lines with an order discount: tax per line after discount (3 × 22.5 rounds to 69, not 67.5 to 68)',
      lines: [
        { unitPrice: 333n, quantityMilli: 1000n, discount: 0n, ...EXCL },
        { unitPrice: 333n, quantityMilli: 1000n, discount: 0n, ...EXCL },
        { unitPrice: 334n, quantityMilli: 1000n, discount: 0n, ...EXCL },
      ],
      order: 100n,
      want: { subtotal: 1_000n, discount: 100n, tax: 69n, total: 969n },
    },
  ])('$name', ({ lines, order, want }) => {
    const t = saleTotals(lines, order);
    expect({ subtotal: t.subtotal, discount: t.discount, tax: t.tax, total: t.total }).toEqual(want);
    expect(t.lines.reduce((s, l) => s + l.total, 0n)).toBe(t.total);
    expect(t.lines.reduce((s, l) => s + l.orderDiscountShare, 0n)).toBe(t.orderDiscount);
    for (const [i, l] of t.lines.entries()) expect(l.total).toBe(lines[i].taxInclusive ? l.gross - l.discount : l.gross - l.discount + l.tax);
  });
});

const toMinor = (major: string) => (/^\d+(\.\d{1,2})?$/.test(major) ? (BigInt(major.split('.')[0]) * 100n + BigInt((major.split('.')[1] ?? '').padEnd(2, '0') || '0')).toString() : null);
test.each([
  ['', 10_000n, 0n],
  ['10%', 10_000n, 1_000n],
  ['12.5%', 999n, 125n],
  ['50', 10_000n, 5_000n],
  ['500', 10_000n, 10_000n],
  ['150%', 10_000n, null],
  ['x', 10_000n, null],
])('discountFrom(%j, %s) = %s', (text, base, want) => expect(discountFrom(text, base, toMinor)).toBe(want));

test.each([
  [0n, 1000n, 0, 0, false],
  [100n, 1000n, 1000, 1000, false],
  [101n, 1000n, 1010, 1000, true],
  [1n, 3n, 3334, 5000, false],
  [1n, 0n, 10000, 9999, true],
])('discount %s of %s is %s bps; over a %s bps limit: %s', (discount, subtotal, bps, limit, over) => {
  expect(discountBps(discount, subtotal)).toBe(bps);
  expect(needsApproval({ discount, subtotal }, limit)).toBe(over);
});

describe('tenderState', () => {
  test.each([
    { name: 'exact cash', total: 1000n, tenders: [{ tender: 'CASH' as const, amount: 1000n }], want: { due: 0n, change: 0n, problem: null } },
    { name: 'cash with change', total: 1250n, tenders: [{ tender: 'CASH' as const, amount: 2000n }], want: { due: 0n, change: 750n, problem: null } },
    { name: 'short', total: 1250n, tenders: [{ tender: 'CASH' as const, amount: 1000n }], want: { due: 250n, change: 0n, problem: 'DUE' } },
    { name: 'split transfer + cash with change', total: 5000n, tenders: [{ tender: 'TRANSFER' as const, amount: 3000n, reference: 'TRF1' }, { tender: 'CASH' as const, amount: 2500n }], want: { due: 0n, change: 500n, problem: null } },
    { name: 'card over the total', total: 5000n, tenders: [{ tender: 'CARD' as const, amount: 6000n, reference: 'A1' }], want: { due: 0n, change: 0n, problem: 'OVERPAID_NON_CASH' } },
    { name: 'change larger than the cash', total: 5000n, tenders: [{ tender: 'CARD' as const, amount: 4000n, reference: 'A1' }, { tender: 'CASH' as const, amount: 500n }, { tender: 'MOBILE_MONEY' as const, amount: 1500n, reference: 'M' }], want: { due: 0n, change: 0n, problem: 'OVERPAID_NON_CASH' } },
    { name: 'transfer without reference', total: 5000n, tenders: [{ tender: 'TRANSFER' as const, amount: 5000n }], want: { due: 0n, change: 0n, problem: 'REFERENCE_REQUIRED' } },
    { name: 'on account without customer', total: 5000n, tenders: [{ tender: 'ON_ACCOUNT' as const, amount: 5000n }], want: { due: 0n, change: 0n, problem: 'CUSTOMER_REQUIRED' } },
  ])('$name', ({ total, tenders, want }) => {
    const s = tenderState(total, tenders, false);
    expect({ due: s.due, change: s.change, problem: s.problem }).toEqual(want);
    expect(s.complete).toBe(want.problem === null);
  });
});

describe('drawer (session arithmetic)', () => {
  const sale = (tenders: [string, bigint][], change = 0n): DrawerEvent => ({ type: 'SALE', tenders: tenders.map(([tender, amount]) => ({ tender: tender as 'CASH', amount })), change });
  test.each([
    { name: 'float only', events: [{ type: 'SESSION_OPENED', openingFloat: 500_000n }] as DrawerEvent[], expected: 500_000n, counted: 500_000n, diff: 0n },
    {
      name: 'float, cash sale with change, transfer sale, pay-in, pay-out, cash refund',
      events: [
        { type: 'SESSION_OPENED', openingFloat: 500_000n },
        sale([['CASH', 20_000n]], 2_500n),
        sale([['TRANSFER', 40_000n]]),
        sale([['TRANSFER', 10_000n], ['CASH', 5_000n]]),
        { type: 'CASH_MOVED', kind: 'PAY_IN', amount: 100_000n },
        { type: 'CASH_MOVED', kind: 'PAY_OUT', amount: 30_000n },
        { type: 'RETURN', tenders: [{ tender: 'CASH', amount: 4_000n }] },
      ] as DrawerEvent[],
      expected: 500_000n + 17_500n + 5_000n + 100_000n - 30_000n - 4_000n,
      counted: 588_000n,
      diff: -500n,
    },
    { name: 'over', events: [{ type: 'SESSION_OPENED', openingFloat: 0n }, sale([['CASH', 1_000n]])] as DrawerEvent[], expected: 1_000n, counted: 1_200n, diff: 200n },
  ])('$name', ({ events, expected, counted, diff }) => {
    const d = drawer(events);
    expect(d.expected).toBe(expected);
    expect(overShort(counted, d.expected)).toBe(diff);
  });

  test('counts sales and returns, and totals by tender net of change', () => {
    const d = drawer([{ type: 'SESSION_OPENED', openingFloat: 0n }, sale([['CASH', 2_000n]], 500n), sale([['CARD', 3_000n]]), { type: 'RETURN', tenders: [{ tender: 'CARD', amount: 1_000n }] }]);
    expect(d.salesCount).toBe(2);
    expect(d.returnsCount).toBe(1);
    expect(d.byTender.CASH).toBe(1_500n);
    expect(d.byTender.CARD).toBe(2_000n);
  });
});

test.each([
  ['T01', 42, 'T01-000042'],
  ['T01', 1, 'T01-000001'],
  ['LAG2', 1234567, 'LAG2-1234567'],
])('receiptNumber(%s, %s) = %s', (prefix, seq, want) => expect(receiptNumber(prefix, seq)).toBe(want));

test.each([
  [{ quantityMilli: 3000n, total: 1000n, tax: 70n }, 3000n, { amount: 1000n, tax: 70n }],
  [{ quantityMilli: 3000n, total: 1000n, tax: 70n }, 1000n, { amount: 333n, tax: 23n }],
  [{ quantityMilli: 3000n, total: 1000n, tax: 70n }, 2000n, { amount: 667n, tax: 47n }],
  [{ quantityMilli: 500n, total: 999n, tax: 70n }, 900n, { amount: 999n, tax: 70n }],
])('refundOf(%j, %s) = %j', (line, q, want) => expect(refundOf(line, q)).toEqual(want));

test.each([
  { refund: 1000n, original: [{ tender: 'CASH' as const, amount: 2000n }], change: 500n, want: [{ tender: 'CASH', amount: 1000n }] },
  { refund: 4000n, original: [{ tender: 'CASH' as const, amount: 2000n }, { tender: 'TRANSFER' as const, amount: 3000n }], change: 0n, want: [{ tender: 'TRANSFER', amount: 3000n }, { tender: 'CASH', amount: 1000n }] },
  { refund: 2000n, original: [{ tender: 'CARD' as const, amount: 5000n }], change: 0n, want: [{ tender: 'CARD', amount: 2000n }] },
])('refundTenders($refund) goes back by the original tender', ({ refund, original, change, want }) => expect(refundTenders(refund, original, change)).toEqual(want));

test('refundTenders gives points and gift cards back to their holds, less what earlier returns gave (decision 0084)', () => {
  const original = [
    { tender: 'POINTS' as const, amount: 2000n, reference: 'hold-points' },
    { tender: 'GIFT_CARD' as const, amount: 3000n, reference: 'hold-card' },
    { tender: 'CASH' as const, amount: 6000n },
  ];
  const first = refundTenders(4000n, original, 1000n);
  expect(first).toEqual([
    { tender: 'POINTS', amount: 2000n, reference: 'hold-points' },
    { tender: 'GIFT_CARD', amount: 2000n, reference: 'hold-card' },
  ]);
  // The rest of the sale back: the card has 1000 left to get back, cash the remainder; points nothing more.
  expect(refundTenders(6000n, original, 1000n, first)).toEqual([
    { tender: 'GIFT_CARD', amount: 1000n, reference: 'hold-card' },
    { tender: 'CASH', amount: 5000n },
  ]);
  // Earlier cash and card refunds count too: nothing is refunded twice by the same tender.
  expect(refundTenders(1000n, [{ tender: 'CARD', amount: 3000n }, { tender: 'CASH', amount: 2000n }], 0n, [{ tender: 'CARD', amount: 2500n }])).toEqual([
    { tender: 'CARD', amount: 500n },
    { tender: 'CASH', amount: 500n },
  ]);
});

test('uuidv7: version 7, variant 10, time-ordered', () => {
  const a = uuidv7(1_700_000_000_000);
  const b = uuidv7(1_700_000_000_001);
  expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  expect(a < b).toBe(true);
  expect(a.slice(0, 13)).toBe('018bcfe5-6800');
});

test('receiptCode: 10 characters of RFC 4648 base32', () => {
  for (let i = 0; i < 50; i++) expect(receiptCode()).toMatch(/^[A-Z2-7]{10}$/);
  expect(receiptCode(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 31, 32]))).toBe('ABCDEFGH7A');
});
