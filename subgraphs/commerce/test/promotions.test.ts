/**
 * Automatic promotions as tables (decision 0061), without a database: buy X get Y (the cheapest units are
 * the free ones), spend N save M (below and at the threshold), bundle prices, the best promotion per line,
 * and the precedence: sale prices first (the lines come priced after them), then promotions, then a coupon
 * on what is left. Nothing goes below zero and the parts add up exactly. A marketplace vendor's own
 * promotions (decision 0067) count its lines only, compete with the marketplace's per line (never two line
 * promotions on one line) and are told apart for the ledger (`vendorLineDiscounts`).
 */
import { discountsFor } from '../src/services/discounts';
import { applyPromotions, promotionData, type Promotion, type PromotionLine } from '../src/services/promotions';
import type { Coupon } from '../src/services/coupons';

const T = '0193a000-0000-7000-8000-000000000003';
const P1 = '0193a000-0000-7000-8000-0000000000a1';
const P2 = '0193a000-0000-7000-8000-0000000000a2';
const VA = '0193a000-0000-7000-8000-0000000000b1';
const VB = '0193a000-0000-7000-8000-0000000000b2';
const VC = '0193a000-0000-7000-8000-0000000000b3';
const NOW = new Date('2026-12-07T12:00:00Z');

let n = 0;
const promo = (over: Partial<Promotion>): Promotion => ({
  id: `0193a000-0000-7000-8000-0000000001${String(++n).padStart(2, '0')}`,
  tenantId: T,
  vendorId: null,
  vendorOwnerUserId: null,
  name: 'Offer',
  kind: 'SPEND_SAVE',
  currency: 'NGN',
  buyQuantity: null,
  getQuantity: null,
  getPercentBps: null,
  threshold: null,
  amount: null,
  bundlePrice: null,
  productIds: [],
  variantIds: [],
  startsAt: null,
  endsAt: null,
  active: true,
  createdAt: NOW,
  updatedAt: NOW,
  ...over,
});

const b2g1 = (over: Partial<Promotion> = {}) => promo({ name: 'Buy 2 get 1 free', kind: 'BUY_X_GET_Y', buyQuantity: 2, getQuantity: 1, getPercentBps: 10_000, productIds: [P1], ...over });
const spend = (over: Partial<Promotion> = {}) => promo({ name: 'Spend ₦20,000 save ₦2,000', kind: 'SPEND_SAVE', threshold: 2_000_000n, amount: 200_000n, ...over });
const bundle = (over: Partial<Promotion> = {}) => promo({ name: 'Breakfast bundle', kind: 'BUNDLE_PRICE', bundlePrice: 500_000n, variantIds: [VA, VB], ...over });

const line = (stated: bigint, quantity: number, over: Partial<PromotionLine> = {}): PromotionLine => ({ variantId: VA, productId: P1, quantity, stated, ...over });

describe('buy X get Y', () => {
  it('gives the cheapest unit free', () => {
    // 2 × ₦3,000 and 1 × ₦1,000 of the same product: the ₦1,000 unit is the free one.
    const r = applyPromotions([b2g1()], 'NGN', [line(600_000n, 2, { variantId: VA }), line(100_000n, 1, { variantId: VB })]);
    expect(r.lineDiscounts).toEqual([0n, 100_000n]);
    expect(r.applied.map((a) => [a.promotion.name, a.amount])).toEqual([['Buy 2 get 1 free', 100_000n]]);
  });

  const table: [string, PromotionLine[], bigint[]][] = [
    ['two units: nothing free yet', [line(200_000n, 2)], [0n]],
    ['three units of one line: one free', [line(300_000n, 3)], [100_000n]],
    ['six units: two free', [line(600_000n, 6)], [200_000n]],
    ['seven units: still two free', [line(700_000n, 7)], [200_000n]],
    ['an unlisted product does not count', [line(200_000n, 2), line(100_000n, 1, { productId: P2, variantId: VC })], [0n, 0n]],
    ['the cheapest two of six across lines', [line(500_000n, 5, { variantId: VA }), line(50_000n, 1, { variantId: VB })], [100_000n, 50_000n]],
  ];
  it.each(table)('%s', (_name, lines, expected) => {
    expect(applyPromotions([b2g1()], 'NGN', lines).lineDiscounts).toEqual(expected);
  });

  it('takes getPercentBps off the units got (half price), listed by variant too', () => {
    const r = applyPromotions([b2g1({ getPercentBps: 5000, productIds: [], variantIds: [VA] })], 'NGN', [line(300_000n, 3)]);
    expect(r.lineDiscounts).toEqual([50_000n]);
  });
});

describe('spend N save M', () => {
  const table: [string, bigint, bigint][] = [
    ['below the threshold: nothing', 1_999_999n, 0n],
    ['at the threshold: ₦2,000 off', 2_000_000n, 200_000n],
    ['above it: ₦2,000 off', 3_500_000n, 200_000n],
  ];
  it.each(table)('%s', (_name, goods, off) => {
    const r = applyPromotions([spend()], 'NGN', [line(goods, 1)]);
    expect(r.lineDiscounts).toEqual([off]);
  });

  it('shares the saving over the lines in proportion, exactly', () => {
    const r = applyPromotions([spend()], 'NGN', [line(1_000_001n, 1), line(1_000_000n, 1, { variantId: VB }), line(333n, 1, { variantId: VC })]);
    expect(r.lineDiscounts.reduce((a, b) => a + b, 0n)).toBe(200_000n);
    r.lineDiscounts.forEach((d) => expect(d).toBeGreaterThanOrEqual(0n));
  });

  it('counts the goods after line promotions, and the biggest saving of several wins', () => {
    // ₦21,000 of goods; buy 2 get 1 free takes ₦7,000 off: ₦14,000 left is below ₦20,000.
    const lines = [line(2_100_000n, 3)];
    expect(applyPromotions([b2g1(), spend()], 'NGN', lines).lineDiscounts).toEqual([700_000n]);
    const small = spend({ name: 'Spend ₦10,000 save ₦500', threshold: 1_000_000n, amount: 50_000n });
    const r = applyPromotions([spend({ threshold: 500_000n }), small], 'NGN', [line(2_100_000n, 1)]);
    expect(r.applied.map((a) => a.amount)).toEqual([200_000n]);
  });

  it('ignores a promotion of another currency', () => {
    expect(applyPromotions([spend({ currency: 'USD' })], 'NGN', [line(3_000_000n, 1)]).applied).toEqual([]);
  });
});

describe('bundle price', () => {
  const lines = (qa: number, qb: number) => [line(300_000n * BigInt(qa), qa, { variantId: VA }), line(400_000n * BigInt(qb), qb, { variantId: VB })];
  const table: [string, PromotionLine[], bigint[]][] = [
    ['one of each: ₦7,000 for ₦5,000', lines(1, 1), [85_714n, 114_286n]],
    ['two sets', lines(2, 2), [171_429n, 228_571n]],
    ['one set and a spare', lines(2, 1), [85_714n, 114_286n]],
    ['half a bundle: nothing', [line(300_000n, 1, { variantId: VA })], [0n]],
  ];
  it.each(table)('%s', (_name, l, expected) => {
    const r = applyPromotions([bundle()], 'NGN', l);
    expect(r.lineDiscounts).toEqual(expected);
  });

  it('never raises a price: a bundle price above the parts does nothing', () => {
    expect(applyPromotions([bundle({ bundlePrice: 800_000n })], 'NGN', lines(1, 1)).applied).toEqual([]);
  });

  it('a line gets the promotion that saves the customer most', () => {
    // Buy 2 get 1 free on VA (3 × ₦3,000: ₦3,000 off) against the bundle (₦2,000 off one set).
    const l = [line(900_000n, 3, { variantId: VA }), line(400_000n, 1, { variantId: VB, productId: P2 })];
    const r = applyPromotions([bundle(), b2g1()], 'NGN', l);
    expect(r.applied.map((a) => a.promotion.name)).toEqual(['Buy 2 get 1 free']);
    expect(r.lineDiscounts).toEqual([300_000n, 0n]);
  });
});

describe('precedence: sale price, then promotions, then a coupon on what is left', () => {
  const coupon = (over: Partial<Coupon> = {}): Coupon => ({
    id: '0193a000-0000-7000-8000-0000000000e1', tenantId: T, code: 'SAVE10', codeKey: 'SAVE10', description: null, kind: 'PERCENTAGE', percentBps: 1000, amount: null, currency: 'NGN',
    minimumSpend: null, usageLimit: null, perCustomerLimit: null, used: 0, startsAt: null, endsAt: null, active: true, productIds: [], categoryIds: [], vendorIds: [], fundedBy: null, ownerVendorId: null, createdAt: NOW, updatedAt: NOW, ...over,
  });
  const db = (promotions: Promotion[], coupons: Coupon[] = []) =>
    ({
      promotion: { findMany: async () => promotions },
      coupon: { findUnique: async ({ where }: any) => coupons.find((c) => c.codeKey === where.tenantId_codeKey.codeKey) ?? null },
      couponRedemption: { count: async () => 0 },
    }) as any;
  const request = (couponCode: string | null, channel: 'SVM' | 'MVM' = 'SVM') => ({
    tenantId: T,
    couponCode,
    currency: 'NGN',
    channel,
    customer: { userId: null, email: null },
    // ₦25,000 listed, on sale at ₦21,000: catalog's quote (and so the line) is after the sale price.
    lines: [{ productId: P1, categoryId: null, vendorId: null, variantId: VA, quantity: 1, stated: 2_100_000n }],
  });

  it('a sale price counts toward the threshold as sold, not as listed', async () => {
    const a = await discountsFor(db([spend({ threshold: 2_200_000n })]), request(null));
    expect(a.lineDiscounts).toEqual([0n]);
    const b = await discountsFor(db([spend()]), request(null));
    expect(b.lineDiscounts).toEqual([200_000n]);
    expect(b.promotions.map((p) => p.promotion.name)).toEqual(['Spend ₦20,000 save ₦2,000']);
  });

  it('a coupon takes its percentage of what the promotion left', async () => {
    // ₦21,000 − ₦2,000 = ₦19,000; 10% of it is ₦1,900: ₦3,900 in all.
    const a = await discountsFor(db([spend()], [coupon()]), request('save10'));
    expect(a.lineDiscounts).toEqual([390_000n]);
    expect(a.coupon?.code).toBe('SAVE10');
  });

  it('a coupon’s minimum spend is checked on what is left', async () => {
    await expect(discountsFor(db([spend()], [coupon({ minimumSpend: 2_000_000n })]), request('SAVE10'))).rejects.toMatchObject({ code: 'COUPON_MINIMUM_NOT_MET' });
  });

  it('a fixed coupon never takes a line below zero', async () => {
    const a = await discountsFor(db([spend()], [coupon({ kind: 'FIXED_AMOUNT', percentBps: null, amount: 5_000_000n })]), request('SAVE10'));
    expect(a.lineDiscounts).toEqual([2_100_000n]);
  });

  it('in a marketplace, a coupon someone else funds does not combine with a promotion', async () => {
    await expect(discountsFor(db([spend()], [coupon({ fundedBy: 'VENDOR' })]), request('SAVE10', 'MVM'))).rejects.toMatchObject({ code: 'COUPON_NOT_APPLICABLE' });
    const a = await discountsFor(db([spend()], [coupon({ fundedBy: 'MARKETPLACE' })]), request('SAVE10', 'MVM'));
    expect(a.lineDiscounts).toEqual([390_000n]);
  });
});

describe('a marketplace vendor’s own promotions (decision 0067)', () => {
  const V1 = '0193a000-0000-7000-8000-0000000000c1';
  const V2 = '0193a000-0000-7000-8000-0000000000c2';
  const mine = (over: Partial<Promotion> = {}) => b2g1({ name: 'V1: buy 2 get 1 free', vendorId: V1, productIds: [], variantIds: [VA], ...over });

  it('counts its own vendor’s lines only', () => {
    // The same variant id under another vendor (as a rule sees lines): nothing for it.
    expect(applyPromotions([mine()], 'NGN', [line(300_000n, 3, { vendorId: V2 })]).lineDiscounts).toEqual([0n]);
    const r = applyPromotions([mine()], 'NGN', [line(300_000n, 3, { vendorId: V1 }), line(300_000n, 3, { vendorId: V2 })]);
    expect(r.lineDiscounts).toEqual([100_000n, 0n]);
    expect(r.applied).toEqual([expect.objectContaining({ vendorId: V1, amount: 100_000n })]);
  });

  it('competes with the marketplace’s on a line: the one saving the customer most, never both', () => {
    const market = b2g1({ name: 'Marketplace: buy 2 get 1 half off', getPercentBps: 5_000, productIds: [P1] });
    const l = [line(300_000n, 3, { vendorId: V1 })];
    expect(applyPromotions([market, mine()], 'NGN', l).applied.map((a) => [a.promotion.name, a.vendorId, a.amount])).toEqual([['V1: buy 2 get 1 free', V1, 100_000n]]);
    expect(applyPromotions([market, mine({ getPercentBps: 2_500 })], 'NGN', l).applied.map((a) => [a.promotion.name, a.vendorId, a.amount])).toEqual([['Marketplace: buy 2 get 1 half off', null, 50_000n]]);
  });

  it('a marketplace promotion covers several vendors’ lines in one order, shared over them', () => {
    const r = applyPromotions([spend(), mine()], 'NGN', [line(1_500_000n, 3, { vendorId: V1 }), line(1_000_000n, 1, { vendorId: V2, variantId: VB, productId: P2 })]);
    // V1's line: ₦5,000 off by its own offer; the spend-and-save on the ₦20,000 left: ₦2,000 over both lines by what is left.
    expect(r.applied.map((a) => [a.vendorId, a.amount, a.lineDiscounts])).toEqual([
      [V1, 500_000n, [500_000n, 0n]],
      [null, 200_000n, [100_000n, 100_000n]],
    ]);
  });

  it('a vendor’s spend-and-save counts its own goods only, and a line gets one spend-and-save at most', () => {
    const theirs = spend({ name: 'V2: spend ₦10,000 save ₦1,500', vendorId: V2, threshold: 1_000_000n, amount: 150_000n });
    const l = [line(1_500_000n, 1, { vendorId: V1 }), line(1_000_000n, 1, { vendorId: V2, variantId: VB, productId: P2 })];
    expect(applyPromotions([theirs], 'NGN', l).lineDiscounts).toEqual([0n, 150_000n]);
    // The marketplace's ₦2,000 over both lines saves more: it takes both, the vendor's none.
    expect(applyPromotions([theirs, spend()], 'NGN', l).applied.map((a) => a.promotion.name)).toEqual(['Spend ₦20,000 save ₦2,000']);
  });

  const db = (promotions: Promotion[], coupons: any[] = []) =>
    ({
      promotion: { findMany: async () => promotions },
      coupon: { findUnique: async ({ where }: any) => coupons.find((c) => c.codeKey === where.tenantId_codeKey.codeKey) ?? null },
      couponRedemption: { count: async () => 0 },
    }) as any;
  const coupon = (fundedBy: 'VENDOR' | 'PLATFORM' | 'MARKETPLACE') => ({
    id: '0193a000-0000-7000-8000-0000000000e2', tenantId: T, code: 'TEN', codeKey: 'TEN', description: null, kind: 'PERCENTAGE', percentBps: 1000, amount: null, currency: 'NGN',
    minimumSpend: null, usageLimit: null, perCustomerLimit: null, used: 0, startsAt: null, endsAt: null, active: true, productIds: [], categoryIds: [], vendorIds: [], fundedBy, ownerVendorId: null, createdAt: NOW, updatedAt: NOW,
  });
  const request = (couponCode: string | null) => ({
    tenantId: T, couponCode, currency: 'NGN', channel: 'MVM' as const, customer: { userId: null, email: null },
    lines: [
      { productId: P1, categoryId: null, vendorId: V1, variantId: VA, quantity: 3, stated: 300_000n },
      { productId: P2, categoryId: null, vendorId: V2, variantId: VB, quantity: 1, stated: 200_000n },
    ],
  });

  it('tells the vendor’s part apart and combines with any coupon (the vendor funds its part)', async () => {
    const a = await discountsFor(db([mine()]), request(null));
    expect(a).toMatchObject({ lineDiscounts: [100_000n, 0n], vendorLineDiscounts: [100_000n, 0n] });
    for (const fundedBy of ['VENDOR', 'PLATFORM', 'MARKETPLACE'] as const) {
      // 10% of what is left: ₦2,000 and ₦2,000.
      const b = await discountsFor(db([mine()], [coupon(fundedBy)]), request('TEN'));
      expect(b).toMatchObject({ lineDiscounts: [120_000n, 20_000n], vendorLineDiscounts: [100_000n, 0n] });
    }
  });

  it('in a store every promotion is the store’s: nothing is told apart', async () => {
    const a = await discountsFor(db([mine()]), { ...request(null), channel: 'SVM' });
    expect(a.vendorLineDiscounts).toEqual([0n, 0n]);
  });
});

describe('what an administrator may save', () => {
  const table: [string, Parameters<typeof promotionData>[0], string | null][] = [
    ['a spend-and-save', { name: 'Spend and save', kind: 'SPEND_SAVE', threshold: 2_000_000n, amount: 200_000n }, null],
    ['no name', { name: ' ', kind: 'SPEND_SAVE', threshold: 2_000_000n, amount: 200_000n }, 'name'],
    ['saving more than the threshold', { name: 'Too much', kind: 'SPEND_SAVE', threshold: 100n, amount: 200n }, 'amount'],
    ['buy X get Y with nothing listed', { name: 'B2G1', kind: 'BUY_X_GET_Y', buyQuantity: 2, getQuantity: 1 }, 'productIds'],
    ['buy X get Y of zero', { name: 'B0G1', kind: 'BUY_X_GET_Y', buyQuantity: 0, getQuantity: 1, productIds: [P1] }, 'buyQuantity'],
    ['a bundle of one', { name: 'Solo', kind: 'BUNDLE_PRICE', bundlePrice: 100n, variantIds: [VA] }, 'variantIds'],
    ['a window ending before it starts', { name: 'Window', kind: 'SPEND_SAVE', threshold: 2n, amount: 1n, startsAt: NOW, endsAt: new Date('2026-01-01') }, 'endsAt'],
  ];
  it.each(table)('%s', (_name, input, field) => {
    if (field === null) expect(promotionData(input, null, 'NGN')).toMatchObject({ currency: 'NGN', active: true, getPercentBps: null });
    else expect(() => promotionData(input, null, 'NGN')).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', field: [field] }));
  });
});
