// Dates and times as travellers read them: departures in Lagos time (the operator's clock), whatever the
// device's time zone.
import { DISPLAY_LOCALE } from '../money';

const TIME_ZONE = 'Africa/Lagos';

export function formatDeparture(iso: string): string {
  return new Intl.DateTimeFormat(DISPLAY_LOCALE, { timeZone: TIME_ZONE, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export function formatTime(iso: string): string {
  return new Intl.DateTimeFormat(DISPLAY_LOCALE, { timeZone: TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** Today in Lagos as YYYY-MM-DD (the search form's default date). */
export function lagosToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** mm:ss of a countdown. */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}

/** A booking reference as people read it: ABCD-EFGH (the API keeps it without the dash). */
export function formatBookingReference(reference: string): string {
  return reference.length === 8 ? `${reference.slice(0, 4)}-${reference.slice(4)}` : reference;
}
