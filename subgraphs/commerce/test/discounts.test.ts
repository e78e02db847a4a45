/**
 * Coupon rules as tables (decision 0057), without a database: which coupons a code finds usable now, how a
 * discount is shared out over the eligible lines (exactly, never below zero), and each refusal's stable
 * code on the couponCode field.
 */
import { allocate, shareOut, usableCoupon, type Coupon, type CouponLine } from '../src/services/coupons';
import { discountsFor } from '../src/services/discounts';

const T = '0193a000-0000-7000-8000-000000000003';
const P1 = '0193a000-0000-7000-8000-0000000000a1';
const P2 = '0193a000-0000-7000-8000-0000000000a2';
const CAT = '0193a000-0000-7000-8000-0000000000c1';
const V2 = '0193a000-0000-7000-8000-0000000000f2';
const NOW = new Date('2026-12-07T12:00:00Z');

const coupon = (over: Partial<Coupon> = {}): Coupon => ({
  id: '0193a000-0000-7000-8000-0000000000e1',
  tenantId: T,
  code: 'Save10',
  codeKey: 'SAVE10',
  description: null,
  kind: 'PERCENTAGE',
  percentBps: 1000,
  amount: null,
  currency: 'NGN',
  minimumSpend: null,
  usageLimit: null,
  perCustomerLimit: null,
  used: 0,
  startsAt: null,
  endsAt: null,
  active: true,
  productIds: [],
  categoryIds: [],
  vendorIds: [],
  fundedBy: null,
  ownerVendorId: null,
  createdAt: NOW,
  updatedAt: NOW,
  ...over,
});

/** A fake of the two tables the step reads: the tenant's coupons by code, and redemptions counted. */
const db = (coupons: Coupon[], redemptions = 0) =>
  ({
    coupon: { findUnique: async ({ where }: any) => coupons.find((c) => c.tenantId === where.tenantId_codeKey.tenantId && c.codeKey === where.tenantId_codeKey.codeKey) ?? null },
    couponRedemption: { count: async () => redemptions },
    promotion: { findMany: async () => [] },
  }) as any;

const line = (stated: bigint, over: Partial<CouponLine> = {}): CouponLine => ({ productId: P1, categoryId: null, vendorId: null, stated, ...over });

describe('which code is usable now', () => {
  const table: [string, Coupon[], string, string | null][] = [
    ['the code in another case', [coupon()], 'save10', null],
    ['spaces around it', [coupon()], '  SAVE10 ', null],
    ['no such code', [coupon()], 'SAVE20', 'COUPON_INVALID'],
    ['another tenant’s code', [coupon({ tenantId: '0193a000-0000-7000-8000-000000000009' })], 'SAVE10', 'COUPON_INVALID'],
    ['switched off', [coupon({ active: false })], 'SAVE10', 'COUPON_INVALID'],
    ['not a code at all', [coupon()], 'x', 'COUPON_INVALID'],
    ['not started', [coupon({ startsAt: new Date('2026-12-08T00:00:00Z') })], 'SAVE10', 'COUPON_EXPIRED'],
    ['ended', [coupon({ endsAt: new Date('2026-12-07T12:00:00Z') })], 'SAVE10', 'COUPON_EXPIRED'],
    ['inside its window', [coupon({ startsAt: new Date('2026-12-01T00:00:00Z'), endsAt: new Date('2026-12-31T00:00:00Z') })], 'SAVE10', null],
    ['used up', [coupon({ usageLimit: 50, used: 50 })], 'SAVE10', 'COUPON_USED_UP'],
    ['one use left', [coupon({ usageLimit: 50, used: 49 })], 'SAVE10', null],
  ];
  it.each(table)('%s', async (_label, coupons, code, error) => {
    const found = usableCoupon(db(coupons), T, code, NOW);
    if (error) await expect(found).rejects.toMatchObject({ code: error, field: ['couponCode'] });
    else await expect(found).resolves.toMatchObject({ codeKey: 'SAVE10' });
  });

  it('no code: no discount; a customer past their own limit: COUPON_USED_UP', async () => {
    const request = (couponCode: string | null) => ({ tenantId: T, couponCode, currency: 'NGN', customer: { userId: null, email: 'ada@example.com' }, lines: [line(100_000n)] });
    await expect(discountsFor(db([]), request(null))).resolves.toMatchObject({ coupon: null, lineDiscounts: [0n], freeShipping: false });
    await expect(discountsFor(db([coupon({ perCustomerLimit: 1, endsAt: new Date('2099-01-01') })], 1), request('SAVE10'))).rejects.toMatchObject({ code: 'COUPON_USED_UP', field: ['couponCode'] });
    await expect(discountsFor(db([coupon({ perCustomerLimit: 2, endsAt: new Date('2099-01-01') })], 1), request('SAVE10'))).resolves.toMatchObject({ lineDiscounts: [10_000n] });
  });
});

describe('what comes off which line', () => {
  const table: [string, Partial<Coupon>, CouponLine[], bigint[] | string, boolean?][] = [
    ['10% of everything, shared in proportion', {}, [line(100_000n), line(300_000n, { productId: P2 })], [10_000n, 30_000n]],
    ['10% rounds half-up on the whole, parts add up', {}, [line(333n), line(333n), line(334n)], [33n, 34n, 33n]],
    ['100% takes every eligible line to zero, never below', { percentBps: 10_000 }, [line(5_000n), line(7n)], [5_000n, 7n]],
    ['a listed product only', { productIds: [P2] }, [line(100_000n), line(300_000n, { productId: P2 })], [0n, 30_000n]],
    ['a listed category only', { categoryIds: [CAT] }, [line(100_000n, { categoryId: CAT }), line(300_000n, { productId: P2 })], [10_000n, 0n]],
    ['a listed vendor only', { vendorIds: [V2] }, [line(100_000n), line(300_000n, { vendorId: V2 })], [0n, 30_000n]],
    ['any of product, category or vendor', { productIds: [P1], vendorIds: [V2] }, [line(100_000n), line(300_000n, { productId: P2, vendorId: V2 })], [10_000n, 30_000n]],
    ['a fixed ₦500 shared over two lines', { kind: 'FIXED_AMOUNT', percentBps: null, amount: 50_000n }, [line(100_000n), line(300_000n, { productId: P2 })], [12_500n, 37_500n]],
    ['a fixed amount above the eligible total stops at it', { kind: 'FIXED_AMOUNT', percentBps: null, amount: 500_000n, productIds: [P1] }, [line(100_000n), line(300_000n, { productId: P2 })], [100_000n, 0n]],
    ['free shipping: nothing off the goods', { kind: 'FREE_SHIPPING', percentBps: null }, [line(100_000n)], [0n], true],
    ['minimum spend reached (goods of the whole cart)', { minimumSpend: 400_000n, productIds: [P2] }, [line(100_000n), line(300_000n, { productId: P2 })], [0n, 30_000n]],
    ['minimum spend not reached', { minimumSpend: 400_001n }, [line(100_000n), line(300_000n, { productId: P2 })], 'COUPON_MINIMUM_NOT_MET'],
    ['nothing it applies to', { productIds: [P2] }, [line(100_000n)], 'COUPON_NOT_APPLICABLE'],
    ['a coupon of another currency', { currency: 'USD', kind: 'FIXED_AMOUNT', percentBps: null, amount: 500n }, [line(100_000n)], 'COUPON_NOT_APPLICABLE'],
  ];
  it.each(table)('%s', (_label, over, lines, expected, freeShipping = false) => {
    const c = coupon(over);
    if (typeof expected === 'string') {
      expect(() => allocate(c, 'NGN', lines)).toThrow(expect.objectContaining({ code: expected, field: ['couponCode'] }));
      return;
    }
    const a = allocate(c, 'NGN', lines);
    expect(a.lineDiscounts).toEqual(expected);
    expect(a.freeShipping).toBe(freeShipping);
    a.lineDiscounts.forEach((d, i) => expect(d >= 0n && d <= lines[i].stated).toBe(true));
  });

  it('shareOut: parts always add up to the whole and follow the weights', () => {
    for (const [whole, weights] of [
      [1n, [1n, 1n, 1n]],
      [100n, [3n, 3n, 3n]],
      [99_999n, [1n, 2n, 3n, 4n, 5n]],
      [0n, [10n, 20n]],
      [7n, [0n, 5n, 0n]],
    ] as [bigint, bigint[]][]) {
      const parts = shareOut(whole, weights);
      expect(parts.reduce((a, b) => a + b, 0n)).toBe(whole);
      parts.forEach((p, i) => weights[i] === 0n && expect(p).toBe(0n));
    }
    expect(shareOut(5n, [0n, 0n])).toEqual([0n, 0n]);
  });
});
