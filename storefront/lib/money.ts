/** The locale money and numbers are shown in (Nigerian English: ₦12,500.00). */
export const DISPLAY_LOCALE = 'en-NG';

export interface MoneyValue {
  /** Integer minor units (kobo for NGN) as a decimal string, exactly as the API sends it. */
  amount: string;
  currency: string;
}

function fractionDigits(currency: string): number {
  return new Intl.NumberFormat(DISPLAY_LOCALE, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Minor units as an exact decimal string in major units ("1250050" NGN → "12500.50"), without going
 * through a float: BigInt arithmetic on the integer, then the decimal point placed by the currency's
 * number of minor digits.
 */
export function toMajorUnits(money: MoneyValue): string {
  const digits = fractionDigits(money.currency);
  const minor = BigInt(money.amount);
  const negative = minor < 0n;
  const abs = (negative ? -minor : minor).toString().padStart(digits + 1, '0');
  const whole = abs.slice(0, abs.length - digits);
  const fraction = digits > 0 ? `.${abs.slice(abs.length - digits)}` : '';
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/** The exact sum of amounts in one currency (BigInt on minor units), e.g. a vendor's part of an order. */
export function sumMoney(values: ReadonlyArray<MoneyValue>, currency: string): MoneyValue {
  return { amount: values.reduce((t, v) => t + BigInt(v.amount), 0n).toString(), currency };
}

/** For display: ₦12,500.00. Intl formats the decimal string exactly (no float rounding). */
export function formatMoney(money: MoneyValue): string {
  const format = new Intl.NumberFormat(DISPLAY_LOCALE, { style: 'currency', currency: money.currency });
  return format.format(toMajorUnits(money) as unknown as number);
}

/** A whole amount typed by a shopper in major units ("15000", "15,000") as minor units, or null. */
export function majorInputToMinor(input: string | null | undefined, currency: string): string | null {
  const cleaned = (input ?? '').replace(/[,\s]/g, '');
  if (!/^\d{1,12}(?:\.\d{1,2})?$/.test(cleaned)) return null;
  const digits = fractionDigits(currency);
  const [whole, fraction = ''] = cleaned.split('.');
  if (fraction.length > digits) return null;
  return (BigInt(whole) * 10n ** BigInt(digits) + BigInt(fraction.padEnd(digits, '0') || '0')).toString();
}

/** The lowest of some prices (all in one currency), or null when there are none. */
export function lowest(prices: ReadonlyArray<MoneyValue | null | undefined>): MoneyValue | null {
  let best: MoneyValue | null = null;
  for (const price of prices) {
    if (price && (!best || BigInt(price.amount) < BigInt(best.amount))) best = price;
  }
  return best;
}
