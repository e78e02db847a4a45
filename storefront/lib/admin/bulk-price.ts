// Bulk price changes: a percentage in basis points applied to kobo amounts, rounded half-up to the kobo,
// deterministically (BigInt only). Pure; shared by the actions and the progress component.

/** The most a bulk change may raise (+500%) or lower (-90%) prices, to catch typos like 1000 for 10. */
export const MAX_INCREASE_BPS = 50_000;
export const MAX_DECREASE_BPS = -9_000;
/** Variants per server action call: small enough to show steady progress, large enough to be quick. */
export const CHUNK_SIZE = 20;
/** Variants in one plan at most (one bulk change; do more in turns). */
export const MAX_PLAN_VARIANTS = 5_000;

/** "10", "+2.5", "-5" (percent, up to two decimals) → basis points; null when malformed or out of range. */
export function parsePercent(input: string): number | null {
  const match = /^([+-]?)(\d{1,3})(?:\.(\d{1,2}))?$/.exec(input.trim().replace(/%$/, '').trim());
  if (!match) return null;
  const bps = (Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'))) * (match[1] === '-' ? -1 : 1);
  if (bps === 0 || bps > MAX_INCREASE_BPS || bps < MAX_DECREASE_BPS) return null;
  return bps;
}

/** amount × (1 + bps/10000), half-up to the minor unit. Amounts are non-negative kobo strings. */
export function applyPercent(amount: string, bps: number): string {
  const scaled = BigInt(amount) * BigInt(10_000 + bps);
  return ((scaled + 5_000n) / 10_000n).toString();
}

/** One variant to reprice: its base price when the plan was made, so a second run is recognised. */
export interface BulkPriceItem {
  productId: string;
  variantId: string;
  sku: string;
  from: string;
}

export type BulkPriceResult =
  | { variantId: string; sku: string; status: 'done' | 'already'; to: string }
  | { variantId: string; sku: string; status: 'changed' | 'failed'; message: string };

export type BulkPricePlan =
  | { ok: true; items: BulkPriceItem[]; products: number; withoutPrice: number; truncated: boolean }
  | { ok: false; message: string };
