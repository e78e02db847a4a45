/**
 * Money is an integer amount of minor units (kobo for NGN, cents for USD) plus an ISO 4217 currency.
 * Never floats. Arithmetic refuses to mix currencies.
 */
export interface Money {
  amount: bigint;
  currency: string;
}

const CURRENCY_RE = /^[A-Z]{3}$/;

export function money(amount: bigint | number | string, currency: string): Money {
  if (!CURRENCY_RE.test(currency)) throw new RangeError(`Not an ISO 4217 currency code: ${currency}`);
  if (typeof amount === 'number' && !Number.isSafeInteger(amount)) throw new RangeError(`Money amounts are integers of minor units, got ${amount}`);
  return { amount: BigInt(amount), currency };
}

function same(a: Money, b: Money) {
  if (a.currency !== b.currency) throw new RangeError(`Cannot combine ${a.currency} and ${b.currency}`);
}

export const addMoney = (a: Money, b: Money): Money => (same(a, b), { amount: a.amount + b.amount, currency: a.currency });
export const subtractMoney = (a: Money, b: Money): Money => (same(a, b), { amount: a.amount - b.amount, currency: a.currency });

/** Minor units per major unit for a currency (2 for NGN/USD, 0 for JPY/XOF...), from Intl. */
export function minorDigits(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Display form, e.g. ₦12,500.00 in the given locale (en-NG by default). */
export function formatMoney(m: Money, locale = 'en-NG'): string {
  const digits = minorDigits(m.currency);
  const scale = 10n ** BigInt(digits);
  const negative = m.amount < 0n;
  const abs = negative ? -m.amount : m.amount;
  // Format the integer and fraction parts separately so amounts beyond 2^53 stay exact.
  const major = abs / scale;
  const minor = abs % scale;
  const fmt = new Intl.NumberFormat(locale, { style: 'currency', currency: m.currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  const parts = fmt.formatToParts(0);
  const text = parts
    .map((p) => (p.type === 'integer' ? major.toLocaleString(locale) : p.type === 'fraction' ? minor.toString().padStart(digits, '0') : p.value))
    .join('');
  return negative ? `-${text}` : text;
}
