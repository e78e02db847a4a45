/**
 * The pricing engine: pure functions over price rows, price lists and tax settings (no database access),
 * so every caller — product pages, carts, the POS, search's price filter — gets the same answer from the
 * same data, and the rules can be tested as a table.
 *
 * ## Which price applies (precedence)
 *
 * Inputs are the variant's `Price` rows, the tenant's `PriceList`s those rows refer to, and a context
 * { currency, channel, customerGroup?, quantity, at }.
 *
 * 1. A row is a candidate only if it is in the requested currency, active at `at`, and its minQuantity is
 *    at most the requested quantity. Windows (row and list alike) are half-open: active from `startsAt`
 *    inclusive until `endsAt` exclusive; a missing bound is unbounded.
 * 2. A list price row also needs its list to match: the list is in the same currency, active at `at`, its
 *    channel is null (all channels) or the requested channel, and its customerGroup is null (everyone) or
 *    exactly the requested group. A list with a customer group never matches a context without one.
 * 3. The regular price is:
 *    - if any matching list has a candidate row: the list with the highest priority; among lists of equal
 *      priority the one giving the lower unit price, then the lower list id (so ties are deterministic).
 *      Within the winning list, the row with the highest minQuantity (its own quantity tiers).
 *      Source PRICE_LIST. A list replaces the base ladder for the contexts it matches, so it may be
 *      higher than the base price (e.g. a marketplace list that carries the commission) or lower
 *      (wholesale).
 *    - otherwise the base ladder: rows without a list and without a window; the highest minQuantity
 *      wins (source TIER when that minQuantity is above 1, else BASE).
 *    Equal rows at the same minQuantity (duplicates) resolve to the lower amount.
 * 4. A sale is a row without a list that has a window. Among active sale rows the highest minQuantity
 *    wins, then the lowest amount. The sale applies when it is strictly lower than the regular price —
 *    for everyone, in every channel, whichever list set the regular price (a channel-specific promotion
 *    is a time-bounded price list instead), and alone when there is no regular price. Source SALE.
 * 5. compareAt is the price the sale or list beat: for SALE the regular price of step 3; for PRICE_LIST
 *    the base ladder's price at this quantity when the list price is strictly lower. Null otherwise
 *    (base price, volume tier, or a list that marks the base up).
 * 6. No candidate at all: `{ kind: 'NO_PRICE' }`, with reason NO_PRICE_IN_CURRENCY when the variant has no
 *    row in the currency, NOT_APPLICABLE when it has some but none applies (a sale outside its window
 *    with no base price, only tiers above the quantity, a list for another channel...).
 *
 * ## Tax
 *
 * Stored amounts are tax-inclusive or exclusive per the tenant's settings (`pricesIncludeTax`). Tax is
 * computed once per line, on unit × quantity, rounded half-up to the minor unit (never per unit, so a
 * line of ten does not accumulate ten roundings):
 * - inclusive: tax = round(subtotal × bps / (10000 + bps)); totalInclTax = subtotal; totalExclTax = subtotal − tax
 * - exclusive: tax = round(subtotal × bps / 10000); totalExclTax = subtotal; totalInclTax = subtotal + tax
 * All arithmetic is BigInt, so amounts beyond 2^53 stay exact.
 */
import type { Money } from '@webwaka/kit';
import type { SalesChannel } from '@webwaka/kit/src/generated/prisma/enums';

export type { SalesChannel };

/** The fields of a `Price` row the engine reads. */
export interface PriceRow {
  id: string;
  variantId: string;
  priceListId: string | null;
  currency: string;
  amount: bigint;
  minQuantity: number;
  startsAt: Date | null;
  endsAt: Date | null;
}

/** The fields of a `PriceList` row the engine reads. */
export interface PriceListRow {
  id: string;
  channel: SalesChannel | null;
  customerGroup: string | null;
  currency: string;
  priority: number;
  startsAt: Date | null;
  endsAt: Date | null;
}

export interface PricingSettings {
  /** VAT in basis points (750 = 7.5%). */
  taxRateBps: number;
  /** Whether stored amounts already include tax. */
  pricesIncludeTax: boolean;
}

export interface PriceContext {
  currency: string;
  channel: SalesChannel;
  customerGroup?: string | null;
  /** Units on the line, a whole number ≥ 1. */
  quantity: number;
  at: Date;
}

export type PriceSource = 'BASE' | 'SALE' | 'PRICE_LIST' | 'TIER';

export interface PriceQuote {
  kind: 'QUOTE';
  /** What one unit costs at this quantity (tax-inclusive or exclusive as `taxInclusive` says). */
  unit: Money;
  /** The regular unit price this one beats (sale or cheaper list), for strike-through display. */
  compareAt: Money | null;
  /** unit × quantity. */
  subtotal: Money;
  tax: Money;
  totalInclTax: Money;
  totalExclTax: Money;
  /** Whether `unit` and `subtotal` include tax. */
  taxInclusive: boolean;
  taxRateBps: number;
  source: PriceSource;
  /** The list that set the price (source PRICE_LIST). */
  priceListId: string | null;
  /** The price row that set the unit price. */
  priceId: string;
  quantity: number;
}

export interface NoPrice {
  kind: 'NO_PRICE';
  currency: string;
  reason: 'NO_PRICE_IN_CURRENCY' | 'NOT_APPLICABLE';
}

export type PriceResult = PriceQuote | NoPrice;

const BPS_SCALE = 10_000n;

/** Active at `at`: from startsAt inclusive to endsAt exclusive; a missing bound is open. */
export function isActive(w: { startsAt: Date | null; endsAt: Date | null }, at: Date): boolean {
  const t = at.getTime();
  return (w.startsAt === null || w.startsAt.getTime() <= t) && (w.endsAt === null || t < w.endsAt.getTime());
}

/** Whether a list applies to a context (currency, window, channel, customer group). */
export function listMatches(list: PriceListRow, ctx: PriceContext): boolean {
  return (
    list.currency === ctx.currency &&
    isActive(list, ctx.at) &&
    (list.channel === null || list.channel === ctx.channel) &&
    (list.customerGroup === null || list.customerGroup === (ctx.customerGroup ?? null))
  );
}

/** n / d rounded half-up, for n ≥ 0 and d > 0 (amounts and rates are never negative). */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  if (n < 0n || d <= 0n) throw new RangeError('divRoundHalfUp expects n >= 0 and d > 0');
  return (2n * n + d) / (2n * d);
}

/** The line's tax split, once per line, half-up to the minor unit. */
export function taxLine(subtotal: bigint, settings: PricingSettings): { tax: bigint; inclTax: bigint; exclTax: bigint } {
  const bps = BigInt(settings.taxRateBps);
  if (settings.pricesIncludeTax) {
    const tax = divRoundHalfUp(subtotal * bps, BPS_SCALE + bps);
    return { tax, inclTax: subtotal, exclTax: subtotal - tax };
  }
  const tax = divRoundHalfUp(subtotal * bps, BPS_SCALE);
  return { tax, inclTax: subtotal + tax, exclTax: subtotal };
}

/**
 * The best row of a ladder: the highest minQuantity, then the lowest amount, then the lowest id (so
 * duplicate rows never make the answer depend on row order).
 */
function topOfLadder(rows: PriceRow[]): PriceRow | null {
  let best: PriceRow | null = null;
  for (const r of rows) {
    if (
      !best ||
      r.minQuantity > best.minQuantity ||
      (r.minQuantity === best.minQuantity && (r.amount < best.amount || (r.amount === best.amount && r.id < best.id)))
    ) {
      best = r;
    }
  }
  return best;
}

function validate(settings: PricingSettings, ctx: PriceContext) {
  if (!Number.isSafeInteger(ctx.quantity) || ctx.quantity < 1) throw new RangeError(`quantity must be a whole number of at least 1, got ${ctx.quantity}`);
  if (!Number.isInteger(settings.taxRateBps) || settings.taxRateBps < 0 || settings.taxRateBps > 10_000) {
    throw new RangeError(`taxRateBps must be 0..10000, got ${settings.taxRateBps}`);
  }
  if (Number.isNaN(ctx.at.getTime())) throw new RangeError('at must be a valid date');
}

/**
 * Prices one variant in one context. `variantPrices` are that variant's rows (any currency); `lists` must
 * include every list those rows refer to (extra lists are ignored; a row whose list is missing never
 * applies).
 */
export function price(variantPrices: PriceRow[], lists: PriceListRow[], settings: PricingSettings, ctx: PriceContext): PriceResult {
  validate(settings, ctx);
  const inCurrency = variantPrices.filter((p) => p.currency === ctx.currency);
  if (inCurrency.length === 0) return { kind: 'NO_PRICE', currency: ctx.currency, reason: 'NO_PRICE_IN_CURRENCY' };

  const candidates = inCurrency.filter((p) => p.minQuantity <= ctx.quantity && isActive(p, ctx.at));
  const base = candidates.filter((p) => p.priceListId === null && p.startsAt === null && p.endsAt === null);
  const sales = candidates.filter((p) => p.priceListId === null && (p.startsAt !== null || p.endsAt !== null));
  const listById = new Map(lists.map((l) => [l.id, l]));

  // The winning list: highest priority, then the lower price its ladder gives, then the lower id.
  const listRows = new Map<string, PriceRow[]>();
  for (const p of candidates) {
    if (p.priceListId === null) continue;
    const list = listById.get(p.priceListId);
    if (!list || !listMatches(list, ctx)) continue;
    listRows.set(list.id, [...(listRows.get(list.id) ?? []), p]);
  }
  let listWinner: { list: PriceListRow; row: PriceRow } | null = null;
  for (const [id, rows] of listRows) {
    const list = listById.get(id)!;
    const row = topOfLadder(rows)!;
    if (
      !listWinner ||
      list.priority > listWinner.list.priority ||
      (list.priority === listWinner.list.priority && (row.amount < listWinner.row.amount || (row.amount === listWinner.row.amount && list.id < listWinner.list.id)))
    ) {
      listWinner = { list, row };
    }
  }

  const baseRow = topOfLadder(base);
  let chosen: PriceRow | null;
  let source: PriceSource;
  let compareAt: bigint | null = null;
  if (listWinner) {
    chosen = listWinner.row;
    source = 'PRICE_LIST';
    if (baseRow && chosen.amount < baseRow.amount) compareAt = baseRow.amount;
  } else {
    chosen = baseRow;
    source = baseRow && baseRow.minQuantity > 1 ? 'TIER' : 'BASE';
  }

  const sale = topOfLadder(sales);
  if (sale && (!chosen || sale.amount < chosen.amount)) {
    compareAt = chosen ? chosen.amount : null;
    chosen = sale;
    source = 'SALE';
  }
  if (!chosen) return { kind: 'NO_PRICE', currency: ctx.currency, reason: 'NOT_APPLICABLE' };

  const cur = ctx.currency;
  const subtotal = chosen.amount * BigInt(ctx.quantity);
  const { tax, inclTax, exclTax } = taxLine(subtotal, settings);
  const m = (amount: bigint): Money => ({ amount, currency: cur });
  return {
    kind: 'QUOTE',
    unit: m(chosen.amount),
    compareAt: compareAt === null ? null : m(compareAt),
    subtotal: m(subtotal),
    tax: m(tax),
    totalInclTax: m(inclTax),
    totalExclTax: m(exclTax),
    taxInclusive: settings.pricesIncludeTax,
    taxRateBps: settings.taxRateBps,
    source,
    priceListId: source === 'PRICE_LIST' ? listWinner!.list.id : null,
    priceId: chosen.id,
    quantity: ctx.quantity,
  };
}
