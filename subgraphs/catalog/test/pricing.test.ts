/**
 * The pricing engine's rules as a table: each case is the variant's price rows, the lists, the tax
 * settings and the context, with the quote (or no-price result) it must give. The precedence rules are
 * documented at the top of services/pricing.ts.
 */
import { divRoundHalfUp, price, type PriceContext, type PriceListRow, type PriceResult, type PriceRow, type PricingSettings } from '../src/services/pricing';

const T1 = new Date('2026-06-01T00:00:00.000Z');
const T2 = new Date('2026-06-08T00:00:00.000Z');
const DURING = new Date('2026-06-04T12:00:00.000Z');
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

let seq = 0;
/** A price row for variant V (ids sort in creation order, like UUIDv7). */
const row = (amount: bigint | number, extra: Partial<PriceRow> = {}): PriceRow => ({
  id: `p${String(++seq).padStart(4, '0')}`,
  variantId: 'V',
  priceListId: null,
  currency: 'NGN',
  amount: BigInt(amount),
  minQuantity: 1,
  startsAt: null,
  endsAt: null,
  ...extra,
});
const list = (id: string, extra: Partial<PriceListRow> = {}): PriceListRow => ({
  id,
  channel: null,
  customerGroup: null,
  currency: 'NGN',
  priority: 0,
  startsAt: null,
  endsAt: null,
  ...extra,
});
const inList = (l: PriceListRow, amount: number, minQuantity = 1) => row(amount, { priceListId: l.id, currency: l.currency, minQuantity });
const sale = (amount: number, startsAt: Date | null = T1, endsAt: Date | null = T2, minQuantity = 1) => row(amount, { startsAt, endsAt, minQuantity });

const VAT_INCL: PricingSettings = { taxRateBps: 750, pricesIncludeTax: true };
const VAT_EXCL: PricingSettings = { taxRateBps: 750, pricesIncludeTax: false };

const POS = list('l-pos', { channel: 'POS' });
const MVM_MARKUP = list('l-mvm', { channel: 'MVM' });
const EVERY_CHANNEL = list('l-all');
const WHOLESALE = list('l-wholesale', { customerGroup: 'WHOLESALE' });
const POS_WHOLESALE = list('l-pos-wholesale', { channel: 'POS', customerGroup: 'WHOLESALE' });
const HIGH = list('l-high', { priority: 10 });
const LOW = list('l-low', { priority: 0 });
const TIE_A = list('l-tie-a', { priority: 5 });
const TIE_B = list('l-tie-b', { priority: 5 });
const WEEK_LIST = list('l-week', { startsAt: T1, endsAt: T2 });
const USD_LIST = list('l-usd', { currency: 'USD' });
const ALL_LISTS = [POS, MVM_MARKUP, EVERY_CHANNEL, WHOLESALE, POS_WHOLESALE, HIGH, LOW, TIE_A, TIE_B, WEEK_LIST, USD_LIST];

const BASE = row(10_000);
const TIER_10 = row(9_000, { minQuantity: 10 });
const TIER_50 = row(8_000, { minQuantity: 50 });

/** A quote flattened to strings for comparison; a no-price result as its reason. */
function flat(r: PriceResult) {
  if (r.kind === 'NO_PRICE') return { noPrice: r.reason, currency: r.currency };
  return {
    source: r.source,
    unit: r.unit.amount.toString(),
    compareAt: r.compareAt?.amount.toString() ?? null,
    subtotal: r.subtotal.amount.toString(),
    tax: r.tax.amount.toString(),
    incl: r.totalInclTax.amount.toString(),
    excl: r.totalExclTax.amount.toString(),
    list: r.priceListId,
    currency: r.unit.currency,
    taxInclusive: r.taxInclusive,
    taxRateBps: r.taxRateBps,
  };
}

interface Case {
  name: string;
  rows: PriceRow[];
  ctx?: Partial<PriceContext>;
  settings?: PricingSettings;
  expected: Partial<ReturnType<typeof flat>>;
}

const cases: Case[] = [
  // Base price and the default tax (7.5% inclusive): 10000 × 750 / 10750 = 697.67 → 698.
  { name: 'base only', rows: [BASE], expected: { source: 'BASE', unit: '10000', compareAt: null, subtotal: '10000', tax: '698', incl: '10000', excl: '9302', list: null, taxInclusive: true, taxRateBps: 750 } },
  { name: 'base, quantity 3 (tax on the line: 30000 × 750 / 10750 = 2093.02)', rows: [BASE], ctx: { quantity: 3 }, expected: { source: 'BASE', unit: '10000', subtotal: '30000', tax: '2093', excl: '27907' } },

  // Channels.
  { name: 'POS list in the POS channel', rows: [BASE, inList(POS, 9_000)], ctx: { channel: 'POS' }, expected: { source: 'PRICE_LIST', unit: '9000', compareAt: '10000', list: 'l-pos' } },
  { name: 'POS list ignored in SVM', rows: [BASE, inList(POS, 9_000)], ctx: { channel: 'SVM' }, expected: { source: 'BASE', unit: '10000', list: null } },
  { name: 'POS list ignored in MVM', rows: [BASE, inList(POS, 9_000)], ctx: { channel: 'MVM' }, expected: { source: 'BASE', unit: '10000' } },
  { name: 'MVM list may mark up (no compareAt)', rows: [BASE, inList(MVM_MARKUP, 11_000)], ctx: { channel: 'MVM' }, expected: { source: 'PRICE_LIST', unit: '11000', compareAt: null, list: 'l-mvm' } },
  ...(['SVM', 'MVM', 'POS'] as const).map((channel) => ({
    name: `list without a channel applies in ${channel}`,
    rows: [BASE, inList(EVERY_CHANNEL, 9_500)],
    ctx: { channel },
    expected: { source: 'PRICE_LIST' as const, unit: '9500', list: 'l-all' },
  })),

  // Customer groups.
  { name: 'group list ignored without a group', rows: [BASE, inList(WHOLESALE, 8_000)], expected: { source: 'BASE', unit: '10000' } },
  { name: 'group list for its group', rows: [BASE, inList(WHOLESALE, 8_000)], ctx: { customerGroup: 'WHOLESALE' }, expected: { source: 'PRICE_LIST', unit: '8000', compareAt: '10000', list: 'l-wholesale' } },
  { name: 'group list ignored for another group', rows: [BASE, inList(WHOLESALE, 8_000)], ctx: { customerGroup: 'RETAIL' }, expected: { source: 'BASE', unit: '10000' } },
  { name: 'group match is exact (case-sensitive)', rows: [BASE, inList(WHOLESALE, 8_000)], ctx: { customerGroup: 'wholesale' }, expected: { source: 'BASE' } },
  { name: 'everyone-list applies to a group member', rows: [BASE, inList(EVERY_CHANNEL, 9_500)], ctx: { customerGroup: 'WHOLESALE' }, expected: { source: 'PRICE_LIST', unit: '9500' } },
  { name: 'channel + group list: both match', rows: [BASE, inList(POS_WHOLESALE, 7_000)], ctx: { channel: 'POS', customerGroup: 'WHOLESALE' }, expected: { source: 'PRICE_LIST', unit: '7000', list: 'l-pos-wholesale' } },
  { name: 'channel + group list: wrong channel', rows: [BASE, inList(POS_WHOLESALE, 7_000)], ctx: { channel: 'SVM', customerGroup: 'WHOLESALE' }, expected: { source: 'BASE' } },

  // Sale window [T1, T2): start inclusive, end exclusive.
  { name: 'sale: 1 ms before it starts', rows: [BASE, sale(7_500)], ctx: { at: ms(T1, -1) }, expected: { source: 'BASE', unit: '10000', compareAt: null } },
  { name: 'sale: at its start (inclusive)', rows: [BASE, sale(7_500)], ctx: { at: T1 }, expected: { source: 'SALE', unit: '7500', compareAt: '10000', list: null } },
  { name: 'sale: 1 ms before its end', rows: [BASE, sale(7_500)], ctx: { at: ms(T2, -1) }, expected: { source: 'SALE', unit: '7500' } },
  { name: 'sale: at its end (exclusive)', rows: [BASE, sale(7_500)], ctx: { at: T2 }, expected: { source: 'BASE', unit: '10000' } },
  { name: 'sale with an open start', rows: [BASE, sale(7_500, null, T2)], ctx: { at: new Date('2020-01-01T00:00:00Z') }, expected: { source: 'SALE', unit: '7500' } },
  { name: 'sale with an open end', rows: [BASE, sale(7_500, T1, null)], ctx: { at: new Date('2099-01-01T00:00:00Z') }, expected: { source: 'SALE', unit: '7500' } },
  { name: 'sale not lower than base is ignored', rows: [BASE, sale(12_000)], expected: { source: 'BASE', unit: '10000' } },
  { name: 'sale equal to base is ignored', rows: [BASE, sale(10_000)], expected: { source: 'BASE', unit: '10000', compareAt: null } },
  { name: 'sale without a base price', rows: [sale(7_500)], expected: { source: 'SALE', unit: '7500', compareAt: null } },
  { name: 'sale without a base price, after the window', rows: [sale(7_500)], ctx: { at: T2 }, expected: { noPrice: 'NOT_APPLICABLE', currency: 'NGN' } },
  { name: 'overlapping sales: the lowest', rows: [BASE, sale(8_000), sale(7_000), sale(9_000)], expected: { source: 'SALE', unit: '7000', compareAt: '10000' } },
  { name: 'sale beats a list: compareAt is the list price', rows: [BASE, inList(POS, 8_000), sale(7_500)], ctx: { channel: 'POS' }, expected: { source: 'SALE', unit: '7500', compareAt: '8000', list: null } },
  { name: 'list beats a sale', rows: [BASE, inList(POS, 8_000), sale(8_500)], ctx: { channel: 'POS' }, expected: { source: 'PRICE_LIST', unit: '8000', compareAt: '10000', list: 'l-pos' } },
  { name: 'sale undercuts a markup list', rows: [BASE, inList(MVM_MARKUP, 11_000), sale(9_000)], ctx: { channel: 'MVM' }, expected: { source: 'SALE', unit: '9000', compareAt: '11000' } },

  // Quantity tiers on the base ladder: 1 → 10000, 10 → 9000, 50 → 8000.
  { name: 'tiers: quantity 1', rows: [BASE, TIER_10, TIER_50], ctx: { quantity: 1 }, expected: { source: 'BASE', unit: '10000', subtotal: '10000' } },
  { name: 'tiers: quantity 9 (just below)', rows: [BASE, TIER_10, TIER_50], ctx: { quantity: 9 }, expected: { source: 'BASE', unit: '10000', subtotal: '90000' } },
  { name: 'tiers: quantity 10 (at the boundary)', rows: [BASE, TIER_10, TIER_50], ctx: { quantity: 10 }, expected: { source: 'TIER', unit: '9000', compareAt: null, subtotal: '90000' } },
  { name: 'tiers: quantity 49', rows: [BASE, TIER_10, TIER_50], ctx: { quantity: 49 }, expected: { source: 'TIER', unit: '9000', subtotal: '441000' } },
  { name: 'tiers: quantity 50', rows: [BASE, TIER_10, TIER_50], ctx: { quantity: 50 }, expected: { source: 'TIER', unit: '8000', subtotal: '400000' } },
  { name: 'only a tier above the quantity', rows: [TIER_10], ctx: { quantity: 5 }, expected: { noPrice: 'NOT_APPLICABLE' } },
  { name: 'tier beats a sale at volume', rows: [BASE, TIER_10, sale(9_500)], ctx: { quantity: 10 }, expected: { source: 'TIER', unit: '9000', compareAt: null } },
  { name: 'sale beats base below the tier', rows: [BASE, TIER_10, sale(9_500)], ctx: { quantity: 9 }, expected: { source: 'SALE', unit: '9500', compareAt: '10000' } },
  { name: 'list tiers: below', rows: [BASE, inList(POS, 9_000), inList(POS, 8_500, 5)], ctx: { channel: 'POS', quantity: 4 }, expected: { source: 'PRICE_LIST', unit: '9000' } },
  { name: 'list tiers: at the boundary', rows: [BASE, inList(POS, 9_000), inList(POS, 8_500, 5)], ctx: { channel: 'POS', quantity: 5 }, expected: { source: 'PRICE_LIST', unit: '8500', compareAt: '10000', subtotal: '42500' } },
  {
    name: 'a list replaces the base ladder (even above a base tier)',
    rows: [BASE, row(8_000, { minQuantity: 5 }), inList(POS, 8_500, 5)],
    ctx: { channel: 'POS', quantity: 5 },
    expected: { source: 'PRICE_LIST', unit: '8500', compareAt: null },
  },
  { name: 'a list whose only tier is above the quantity does not apply', rows: [BASE, inList(POS, 8_500, 10)], ctx: { channel: 'POS', quantity: 5 }, expected: { source: 'BASE', unit: '10000' } },

  // Several lists: priority first, then the lower price, then the lower id.
  { name: 'higher priority wins over a cheaper list', rows: [BASE, inList(HIGH, 9_500), inList(LOW, 8_000)], expected: { source: 'PRICE_LIST', unit: '9500', list: 'l-high' } },
  { name: 'priority tie: the lower price', rows: [BASE, inList(TIE_A, 9_000), inList(TIE_B, 8_800)], expected: { unit: '8800', list: 'l-tie-b' } },
  { name: 'priority tie, same price: the lower list id', rows: [BASE, inList(TIE_B, 9_000), inList(TIE_A, 9_000)], expected: { unit: '9000', list: 'l-tie-a' } },
  { name: 'priority tie decided on each list\'s tier at the quantity', rows: [BASE, inList(TIE_A, 9_000), inList(TIE_A, 7_000, 10), inList(TIE_B, 8_000)], ctx: { quantity: 10 }, expected: { unit: '7000', list: 'l-tie-a' } },
  { name: 'time-bounded list: before', rows: [BASE, inList(WEEK_LIST, 9_000)], ctx: { at: ms(T1, -1) }, expected: { source: 'BASE' } },
  { name: 'time-bounded list: at its start', rows: [BASE, inList(WEEK_LIST, 9_000)], ctx: { at: T1 }, expected: { source: 'PRICE_LIST', list: 'l-week' } },
  { name: 'time-bounded list: at its end', rows: [BASE, inList(WEEK_LIST, 9_000)], ctx: { at: T2 }, expected: { source: 'BASE' } },
  { name: 'row whose list is unknown never applies', rows: [BASE, row(1, { priceListId: 'l-missing' })], expected: { source: 'BASE', unit: '10000' } },
  { name: 'duplicate base rows: the lower amount', rows: [row(10_000), row(9_990)], expected: { source: 'BASE', unit: '9990' } },

  // Currency.
  { name: 'no price in the currency', rows: [BASE, inList(POS, 9_000)], ctx: { currency: 'USD' }, expected: { noPrice: 'NO_PRICE_IN_CURRENCY', currency: 'USD' } },
  { name: 'no rows at all', rows: [], expected: { noPrice: 'NO_PRICE_IN_CURRENCY' } },
  { name: 'each currency prices separately', rows: [BASE, row(700, { currency: 'USD' })], ctx: { currency: 'USD' }, expected: { source: 'BASE', unit: '700', currency: 'USD' } },
  { name: 'USD list for a USD context', rows: [row(700, { currency: 'USD' }), inList(USD_LIST, 650)], ctx: { currency: 'USD' }, expected: { source: 'PRICE_LIST', unit: '650', list: 'l-usd' } },
  { name: 'USD list ignored for NGN', rows: [BASE, inList(USD_LIST, 650)], expected: { source: 'BASE', unit: '10000', currency: 'NGN' } },

  // Tax: inclusive vs exclusive, rounding half-up once per line.
  { name: 'inclusive 7.5%: exact', rows: [row(10_750)], settings: VAT_INCL, expected: { tax: '750', incl: '10750', excl: '10000' } },
  { name: 'exclusive 7.5%: exact', rows: [row(10_000)], settings: VAT_EXCL, expected: { tax: '750', incl: '10750', excl: '10000', taxInclusive: false } },
  { name: 'exclusive 7.5%: 20 × 0.075 = 1.5 → 2', rows: [row(20)], settings: VAT_EXCL, expected: { tax: '2', incl: '22', excl: '20' } },
  { name: 'exclusive 7.5%: 60 × 0.075 = 4.5 → 5 (half-up, not half-even)', rows: [row(60)], settings: VAT_EXCL, expected: { tax: '5', incl: '65' } },
  { name: 'exclusive 7.5%: 33 × 0.075 = 2.475 → 2', rows: [row(33)], settings: VAT_EXCL, expected: { tax: '2' } },
  { name: 'exclusive 7.5%: rounded once per line (20 × 3: 4.5 → 5, not 3 × 2)', rows: [row(20)], ctx: { quantity: 3 }, settings: VAT_EXCL, expected: { subtotal: '60', tax: '5', incl: '65' } },
  { name: 'inclusive 7.5%: 21 → 1.465 → 1', rows: [row(21)], settings: VAT_INCL, expected: { tax: '1', excl: '20' } },
  { name: 'inclusive 7.5%: 22 → 1.535 → 2', rows: [row(22)], settings: VAT_INCL, expected: { tax: '2', excl: '20' } },
  { name: 'inclusive 7.5%: 7 → 0.488 → 0', rows: [row(7)], settings: VAT_INCL, expected: { tax: '0', excl: '7' } },
  { name: 'inclusive 20%: 3 × 2000 / 12000 = 0.5 → 1', rows: [row(3)], settings: { taxRateBps: 2000, pricesIncludeTax: true }, expected: { tax: '1', excl: '2', incl: '3' } },
  { name: 'inclusive 20%: once per line (3 × 5 = 15 → 2.5 → 3)', rows: [row(3)], ctx: { quantity: 5 }, settings: { taxRateBps: 2000, pricesIncludeTax: true }, expected: { subtotal: '15', tax: '3', excl: '12' } },
  { name: 'zero tax, inclusive', rows: [row(10_000)], settings: { taxRateBps: 0, pricesIncludeTax: true }, expected: { tax: '0', incl: '10000', excl: '10000', taxRateBps: 0 } },
  { name: 'zero tax, exclusive', rows: [row(10_000)], settings: { taxRateBps: 0, pricesIncludeTax: false }, expected: { tax: '0', incl: '10000', excl: '10000' } },
  { name: 'zero price', rows: [row(0)], expected: { source: 'BASE', unit: '0', tax: '0', incl: '0', excl: '0' } },

  // Beyond 2^53: (2^53 + 1) × 3 stays exact.
  {
    name: 'large amount, inclusive',
    rows: [row(9_007_199_254_740_993n)],
    ctx: { quantity: 3 },
    settings: VAT_INCL,
    expected: { unit: '9007199254740993', subtotal: '27021597764222979', tax: '1885227750992301', excl: '25136370013230678', incl: '27021597764222979' },
  },
  {
    name: 'large amount, exclusive',
    rows: [row(9_007_199_254_740_993n)],
    ctx: { quantity: 3 },
    settings: VAT_EXCL,
    expected: { subtotal: '27021597764222979', tax: '2026619832316723', incl: '29048217596539702', excl: '27021597764222979' },
  },
];

const baseCtx: PriceContext = { currency: 'NGN', channel: 'SVM', customerGroup: null, quantity: 1, at: DURING };

describe('price(): precedence, windows, tiers, tax', () => {
  it.each(cases)('$name', ({ rows, ctx, settings, expected }) => {
    const result = price(rows, ALL_LISTS, settings ?? VAT_INCL, { ...baseCtx, ...ctx });
    expect(flat(result)).toMatchObject(expected);
  });

  it.each(cases)('does not depend on row or list order: $name', ({ rows, ctx, settings }) => {
    const c = { ...baseCtx, ...ctx };
    const s = settings ?? VAT_INCL;
    expect(flat(price([...rows].reverse(), [...ALL_LISTS].reverse(), s, c))).toEqual(flat(price(rows, ALL_LISTS, s, c)));
  });

  it('the quote names the row that set the price', () => {
    const s = sale(7_500);
    const r = price([BASE, s], [], VAT_INCL, baseCtx);
    expect(r.kind === 'QUOTE' && r.priceId).toBe(s.id);
  });

  it('refuses a quantity below 1, a fractional quantity and an out-of-range tax rate', () => {
    expect(() => price([BASE], [], VAT_INCL, { ...baseCtx, quantity: 0 })).toThrow(RangeError);
    expect(() => price([BASE], [], VAT_INCL, { ...baseCtx, quantity: 1.5 })).toThrow(RangeError);
    expect(() => price([BASE], [], { taxRateBps: 10_001, pricesIncludeTax: true }, baseCtx)).toThrow(RangeError);
    expect(() => price([BASE], [], { taxRateBps: 7.5, pricesIncludeTax: true }, baseCtx)).toThrow(RangeError);
  });
});

describe('divRoundHalfUp', () => {
  it.each([
    [0n, 1n, 0n],
    [1n, 2n, 1n],
    [3n, 2n, 2n],
    [5n, 2n, 3n],
    [4n, 3n, 1n],
    [5n, 3n, 2n],
    [2n ** 64n + 1n, 2n, 2n ** 63n + 1n],
  ])('%s / %s = %s', (n, d, q) => expect(divRoundHalfUp(n, d)).toBe(q));

  it('refuses negative numerators and non-positive divisors', () => {
    expect(() => divRoundHalfUp(-1n, 2n)).toThrow(RangeError);
    expect(() => divRoundHalfUp(1n, 0n)).toThrow(RangeError);
  });
});
