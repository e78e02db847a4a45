/**
 * Integer money arithmetic for commerce: half-up rounding (deterministic, never floats) and shares that
 * add up exactly to their whole (cumulative allocation), so a refund taken in several parts never returns
 * more, or less, than the whole.
 */

/** n / d rounded half-up, for n ≥ 0 and d > 0. */
export function divRoundHalfUp(n: bigint, d: bigint): bigint {
  if (n < 0n || d <= 0n) throw new RangeError('divRoundHalfUp expects n >= 0 and d > 0');
  return (2n * n + d) / (2n * d);
}

/** amount × bps / 10,000, half-up. */
export const applyBps = (amount: bigint, bps: number): bigint => divRoundHalfUp(amount * BigInt(bps), 10_000n);

/**
 * The tax inside (inclusive) or on top of (exclusive) an amount, half-up, as catalog's pricing engine
 * computes it per line (services/pricing.ts there).
 */
export function taxOf(amount: bigint, bps: number, inclusive: boolean): { tax: bigint; exclTax: bigint } {
  if (inclusive) {
    const tax = divRoundHalfUp(amount * BigInt(bps), 10_000n + BigInt(bps));
    return { tax, exclTax: amount - tax };
  }
  return { tax: applyBps(amount, bps), exclTax: amount };
}

/**
 * The part of `whole` that belongs to `taken` units out of `of`, half-up, such that the parts of any
 * sequence of takings sum to exactly `whole` once all `of` units are taken: the share of a new taking is
 * cumulative(after) − cumulative(before).
 */
export function shareOf(whole: bigint, before: number, taking: number, of: number): bigint {
  if (of <= 0 || before < 0 || taking < 0 || before + taking > of) throw new RangeError('shareOf: units out of range');
  const cumulative = (k: number) => (k === of ? whole : divRoundHalfUp(whole * BigInt(k), BigInt(of)));
  return cumulative(before + taking) - cumulative(before);
}

export const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);
