// Coupons at the till (decision 0071): the till's coupon arithmetic (storefront/lib/pos/sale-math.ts) and the
// pos subgraph's check at sync (subgraphs/pos/src/services/sale-math.ts) give the same shares for the same
// sale, as commerce's online allocation does; the coupon comes off after the cashier's discounts and is not
// held against the cashier's limit; a till finds a coupon by the hash of the code typed in any case.
import { createHash } from 'node:crypto';
import { couponShares as serverShares } from '../subgraphs/pos/src/services/sale-math';
import { allocate as onlineAllocate } from '../subgraphs/commerce/src/services/coupons';
import { couponByHash, totalsWithCoupon } from '../storefront/lib/pos/coupons';
import { couponCodeHash, couponShares, needsApproval, type CouponRule } from '../storefront/lib/pos/sale-math';
import type { TillCoupon } from '../storefront/lib/pos/till';

const AT = new Date('2026-12-07T12:00:00Z');
const rule = (r: Partial<CouponRule> = {}): CouponRule => ({ kind: 'PERCENTAGE', percentBps: 1000, amount: null, currency: 'NGN', minimumSpend: null, productIds: [], categoryIds: [], vendorIds: [], startsAt: null, endsAt: null, ...r });
const line = (stated: bigint, productId: string | null = 'p1', categoryId: string | null = null, vendorId: string | null = null) => ({ productId, categoryId, vendorId, stated });

test('the till and the server agree, and agree with checkout, on many sales', () => {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  for (let k = 0; k < 500; k++) {
    const lines = Array.from({ length: 1 + rnd(5) }, (_, i) => line(BigInt(1 + rnd(500_000)), `p${i}`, rnd(2) ? 'c1' : null));
    const r = rule(rnd(2) ? { kind: 'PERCENTAGE', percentBps: 1 + rnd(10_000) } : { kind: 'FIXED_AMOUNT', amount: BigInt(1 + rnd(900_000)) });
    if (rnd(3) === 0) r.categoryIds = ['c1'];
    const till = couponShares(r, 'NGN', lines, AT);
    expect(serverShares(r, 'NGN', lines, AT)).toEqual(till);
    if (till.ok) {
      const online = onlineAllocate({ ...r, code: 'X', percentBps: r.percentBps, amount: r.amount }, 'NGN', lines);
      expect(till.shares).toEqual(online.lineDiscounts);
      expect(till.shares.reduce((a, x) => a + x, 0n)).toBe(till.discount);
    }
  }
});

test.each([
  ['not started', rule({ startsAt: '2026-12-08T00:00:00Z' }), 'NOT_STARTED'],
  ['expired', rule({ endsAt: '2026-12-07T12:00:00Z' }), 'EXPIRED'],
  ['free shipping', rule({ kind: 'FREE_SHIPPING', percentBps: null }), 'FREE_SHIPPING'],
  ['other products', rule({ productIds: ['p9'] }), 'NOT_APPLICABLE'],
  ['other currency', rule({ currency: 'GHS' }), 'NOT_APPLICABLE'],
  ['minimum spend', rule({ minimumSpend: 50_000n }), 'MINIMUM_NOT_MET'],
] as const)('a coupon that does not apply says why: %s', (_name, r, reason) => {
  const out = couponShares(r, 'NGN', [line(30_000n)], AT);
  expect(out).toMatchObject({ ok: false, reason });
  expect(serverShares(r, 'NGN', [line(30_000n)], AT)).toEqual(out);
  if (reason === 'MINIMUM_NOT_MET') expect(out).toMatchObject({ short: 20_000n });
});

test('the coupon comes off after the cashier’s discounts, tax worked out on what is left, not against the cashier’s limit', () => {
  const INCL = { taxInclusive: true, taxRateBps: 750 };
  const lines = [
    { unitPrice: 10_000n, quantityMilli: 2000n, discount: 2_000n, ...INCL },
    { unitPrice: 5_000n, quantityMilli: 1000n, discount: 0n, ...INCL },
  ];
  const coupon: TillCoupon = { id: 'c', codeHash: 'h', kind: 'PERCENTAGE', percentBps: 1000, amount: null, currency: 'NGN', minimumSpend: null, productIds: ['p1'], categoryIds: [], vendorIds: [], startsAt: null, endsAt: null };
  const items = [{ productId: 'p1' }, { productId: 'p2' }];
  const { totals, outcome } = totalsWithCoupon(lines, items, 0n, coupon, 'NGN', AT);
  // 10% of line 1 after its own ₦20 off (18,000): 1,800; line 2 is not covered.
  expect(outcome).toMatchObject({ ok: true, discount: 1_800n });
  expect(totals.lines.map((l) => l.couponShare)).toEqual([1_800n, 0n]);
  expect(totals.couponDiscount).toBe(1_800n);
  expect(totals.discount).toBe(3_800n);
  expect(totals.total).toBe(25_000n - 3_800n);
  expect(totals.lines[0].tax).toBe((16_200n * 750n * 2n + 10_750n) / 21_500n);
  // The cashier gave 2,000 of 25,000 (8%): within a 10% limit whatever the coupon adds.
  expect(needsApproval(totals, 1000)).toBe(false);
  expect(needsApproval({ ...totals, couponDiscount: 0n }, 1000)).toBe(true);
  // Not applicable: the totals are the cashier's alone.
  const none = totalsWithCoupon(lines, [{ productId: 'p3' }, { productId: 'p4' }], 0n, coupon, 'NGN', AT);
  expect(none.outcome).toMatchObject({ ok: false, reason: 'NOT_APPLICABLE' });
  expect(none.totals.couponDiscount).toBe(0n);
});

test('the till finds a coupon by the SHA-256 of the code, in any case, as commerce hashes it', async () => {
  const hash = createHash('sha256').update('TILL10').digest('hex');
  expect(await couponCodeHash('  till10 ')).toBe(hash);
  const c = { id: 'x', codeHash: hash } as TillCoupon;
  expect(couponByHash([c], await couponCodeHash('Till10'))).toBe(c);
  expect(couponByHash([c], await couponCodeHash('TILL11'))).toBeNull();
  expect(couponByHash(undefined, hash)).toBeNull();
});
