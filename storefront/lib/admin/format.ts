import { DISPLAY_LOCALE, formatMoney } from '../money';
import { hasMessage, t } from '../messages';

/** A message whose key is built from data (a role, a status): the key itself when the file lacks it. */
export function label(key: string): string {
  return hasMessage(key) ? t(key) : key;
}

/** "23 Nov 2026, 17:05" in the tenant's usual reading (Lagos time). */
export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(DISPLAY_LOCALE, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Africa/Lagos' }).format(new Date(iso));
}

export function formatNumber(n: number): string {
  return new Intl.NumberFormat(DISPLAY_LOCALE).format(n);
}

/** "+5" / "-3": a signed stock change. */
export function formatSigned(n: number): string {
  return n > 0 ? `+${formatNumber(n)}` : formatNumber(n);
}

/** Kobo → "₦12,500.00"; empty for no price. */
export function formatKobo(amount: string | null | undefined, currency = 'NGN'): string {
  return amount ? formatMoney({ amount, currency }) : '';
}

/** Kobo → "12500.00" for a naira input field. */
export function koboToNairaInput(amount: string | null | undefined): string {
  if (!amount) return '';
  const padded = amount.padStart(3, '0');
  return `${padded.slice(0, -2)}.${padded.slice(-2)}`;
}
