import { hasMessage, t } from '../../lib/messages';

/** A shopper-facing message for an API error code (`shop.error.<CODE>`), or the general one. */
export function errorMessage(code: string | null | undefined): string {
  const key = `shop.error.${code}`;
  return hasMessage(key) ? t(key) : t('shop.error.UNKNOWN');
}

/** An order status in words (`shop.status.<STATUS>`). */
export function statusLabel(status: string): string {
  const key = `shop.status.${status}`;
  return hasMessage(key) ? t(key) : status;
}

/** Styling group of a status: still waiting for payment, stopped (cancelled, refunded), or moving on. */
export function statusTone(status: string): 'waiting' | 'stopped' | '' {
  if (status === 'PENDING_PAYMENT') return 'waiting';
  if (status === 'CANCELLED' || status === 'REFUNDED') return 'stopped';
  return '';
}

/** A query-string value (the first when repeated). */
export function param(value: string | string[] | undefined): string {
  return ((Array.isArray(value) ? value[0] : value) ?? '').trim();
}
