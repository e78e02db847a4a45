// The price screen's pure parts: what kind of price a row is, and the days typed in its forms as
// instants. No Next request APIs and no message file here (shared by the page and its actions).

export type PriceKind = 'base' | 'tier' | 'sale' | 'list';

/** A price row as catalog defines it: a list price, else a sale (a window), else base or quantity tier. */
export function priceKind(row: { priceListId: string | null; minQuantity: number; startsAt: string | null; endsAt: string | null }): PriceKind {
  if (row.priceListId) return 'list';
  if (row.startsAt || row.endsAt) return 'sale';
  return row.minQuantity > 1 ? 'tier' : 'base';
}

const DAY_MS = 86_400_000;

/**
 * The start of a day in Lagos (UTC+1 all year, no daylight saving) as an ISO instant, or null when `date`
 * is not a real YYYY-MM-DD day. `after` days later: 1 gives the (exclusive) end of a "last day".
 */
export function lagosDay(date: string, after = 0): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  // A day that does not exist (2027-02-30) rolls over in Date: compare it with what was typed.
  if (Number.isNaN(midnightUtc) || new Date(midnightUtc).toISOString().slice(0, 10) !== date) return null;
  return new Date(midnightUtc - 3_600_000 + after * DAY_MS).toISOString();
}

/** A whole number of units of at least 1 (and within GraphQL's Int), or null. */
export function parseUnits(input: string): number | null {
  if (!/^\d{1,9}$/.test(input.trim())) return null;
  const n = Number(input.trim());
  return n >= 1 ? n : null;
}

export const CHANNELS = ['SVM', 'MVM', 'POS'] as const;
export type Channel = (typeof CHANNELS)[number];

/** A percentage as typed ("7.5", "10 %") → basis points (750, 1000), 0 to 100 % with at most two decimals; or null. */
export function percentToBps(input: string): number | null {
  const match = /^(\d{1,3})(?:\.(\d{1,2}))?$/.exec(input.trim().replace(/%$/, '').trim());
  if (!match) return null;
  const bps = Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  return bps <= 10_000 ? bps : null;
}

/** Basis points as a percentage to read or edit: 750 → "7.5". */
export const bpsToPercent = (bps: number): string => String(bps / 100);
