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

// Intl.NumberFormat objects are costly to build (a profile of the catalog subgraph under a product list put
// a fifth of its busy time in building them per call), so each currency's digits and each (locale,
// currency) formatter are built once and kept. The sets are small: a few currencies and locales.
const digitsByCurrency = new Map<string, number>();
const formatByLocaleCurrency = new Map<string, { template: Intl.NumberFormatPart[]; integers: Intl.NumberFormat; digits: number }>();

/** Minor units per major unit for a currency (2 for NGN/USD, 0 for JPY/XOF...), from Intl. */
export function minorDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

function formatFor(locale: string, currency: string) {
  const key = `${locale}|${currency}`;
  let f = formatByLocaleCurrency.get(key);
  if (!f) {
    const digits = minorDigits(currency);
    const template = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).formatToParts(0);
    // What bigint.toLocaleString(locale) does, built once: grouped integers, no fraction.
    f = { template, integers: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }), digits };
    formatByLocaleCurrency.set(key, f);
  }
  return f;
}

/** Display form, e.g. ₦12,500.00 in the given locale (en-NG by default). */
export function formatMoney(m: Money, locale = 'en-NG'): string {
  const { template, integers, digits } = formatFor(locale, m.currency);
  const scale = 10n ** BigInt(digits);
  const negative = m.amount < 0n;
  const abs = negative ? -m.amount : m.amount;
  // Format the integer and fraction parts separately so amounts beyond 2^53 stay exact.
  const major = abs / scale;
  const minor = abs % scale;
  const text = template
    .map((p) => (p.type === 'integer' ? integers.format(major) : p.type === 'fraction' ? minor.toString().padStart(digits, '0') : p.value))
    .join('');
  return negative ? `-${text}` : text;
}
