// Parsing what people type in the product forms into the API's inputs. Pure functions; messages from
// the message file. Prices are typed in naira and sent as kobo strings (no floats anywhere).
import { majorInputToMinor } from '../money';
import { t } from '../messages';

/** "size: M; colour: Indigo" (or one pair per line) → { size: "M", colour: "Indigo" }; null when malformed. */
export function parseOptions(input: string): Record<string, string> | null {
  const options: Record<string, string> = {};
  for (const part of input.split(/[;\n]/)) {
    const pair = part.trim();
    if (!pair) continue;
    const colon = pair.indexOf(':');
    if (colon < 1) return null;
    const name = pair.slice(0, colon).trim();
    const value = pair.slice(colon + 1).trim();
    if (!name || !value) return null;
    options[name] = value;
  }
  return options;
}

/** The options of a variant as the form shows them. */
export function formatOptions(options: unknown): string {
  if (!options || typeof options !== 'object') return '';
  return Object.entries(options as Record<string, unknown>)
    .map(([name, value]) => `${name}: ${String(value)}`)
    .join('; ');
}

export type PriceParse = { ok: true; kobo: string } | { ok: false; message: string };

/** A naira amount as typed ("12,500" or "12500.50") → kobo; empty → ok with '' (no price). */
export function parseNaira(input: string): PriceParse {
  const trimmed = input.trim();
  if (!trimmed) return { ok: true, kobo: '' };
  const kobo = majorInputToMinor(trimmed.replace(/^₦/, ''), 'NGN');
  return kobo === null ? { ok: false, message: t('admin.products.invalid.price') } : { ok: true, kobo };
}

/** Media URLs, one per line. */
export function parseLines(input: string): string[] {
  return input
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * The base price of a variant in a currency: the row with no price list, no time window and quantity 1
 * (sales, tiers and list prices are other rows).
 */
export function basePrice<P extends { priceListId: string | null; minQuantity: number; startsAt: string | null; endsAt: string | null; amount: { amount: string; currency: string } }>(
  prices: readonly P[] | null | undefined,
  currency = 'NGN',
): P | null {
  return prices?.find((p) => p.priceListId === null && p.minQuantity === 1 && p.startsAt === null && p.endsAt === null && p.amount.currency === currency) ?? null;
}

/** A packed weight typed in grams: blank is unknown (null); otherwise a whole number from 1 to 1,000,000 (catalog's bounds). */
export function parseWeight(input: string): { ok: true; grams: number | null } | { ok: false } {
  const s = input.trim().replace(/[\s,]/g, '');
  if (!s) return { ok: true, grams: null };
  const n = /^\d{1,7}$/.test(s) ? Number(s) : NaN;
  return n >= 1 && n <= 1_000_000 ? { ok: true, grams: n } : { ok: false };
}

/** A box size typed as "L x W x H" in millimetres: blank is unknown; each side 1 to 10,000. */
export function parseBoxSize(input: string): { ok: true; size: { lengthMm: number; widthMm: number; heightMm: number } | null } | { ok: false } {
  const s = input.trim();
  if (!s) return { ok: true, size: null };
  const m = /^(\d{1,5})\s*[x×*,]\s*(\d{1,5})\s*[x×*,]\s*(\d{1,5})$/i.exec(s);
  const sides = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [];
  if (sides.length !== 3 || sides.some((n) => n < 1 || n > 10_000)) return { ok: false };
  return { ok: true, size: { lengthMm: sides[0], widthMm: sides[1], heightMm: sides[2] } };
}

/** A variant's box size as the form shows it ("300 x 200 x 100"), blank when any side is unknown. */
export const formatBoxSize = (v: { lengthMm?: number | null; widthMm?: number | null; heightMm?: number | null }) => (v.lengthMm && v.widthMm && v.heightMm ? `${v.lengthMm} x ${v.widthMm} x ${v.heightMm}` : '');
