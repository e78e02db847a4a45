// The reports page's period and CSV (pure: pages, the CSV route and tests share it).

/** The reports the page offers (?report=): sales (commerce), stock (inventory), ticket sales per trip (transport), commissions (mlas), payouts, the VAT return, profit and loss and vendor statements (ledger). */
export const REPORT_KINDS = ['sales', 'stock', 'tickets', 'commissions', 'payouts', 'vat', 'pnl', 'vendors'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The section each report needs besides Reports: stock where the tenant keeps stock, tickets where it runs trips. */
const REPORT_SECTION: Record<ReportKind, string | null> = { sales: null, stock: 'inventory', tickets: 'transport', commissions: 'commissions', payouts: 'money', vat: 'money', pnl: 'money', vendors: 'money' };

/** The reports a viewer's sections open. */
export function reportKinds(sections: readonly string[]): ReportKind[] {
  return REPORT_KINDS.filter((k) => REPORT_SECTION[k] === null || sections.includes(REPORT_SECTION[k]));
}

/** The report asked for, when the viewer has it; sales otherwise (the page's first URLs had no ?report=). */
export function reportKind(param: string | undefined, kinds: readonly ReportKind[]): ReportKind {
  return (kinds as readonly string[]).includes(param ?? '') ? (param as ReportKind) : 'sales';
}

export const STOCK_GROUPINGS = ['LOCATION', 'PRODUCT'] as const;
export type StockGrouping = (typeof STOCK_GROUPINGS)[number];
export const stockGrouping = (by: string | undefined): StockGrouping => ((STOCK_GROUPINGS as readonly string[]).includes(by ?? '') ? (by as StockGrouping) : 'LOCATION');

export const GROUPINGS = ['DAY', 'PRODUCT', 'VENDOR', 'CHANNEL'] as const;
export type Grouping = (typeof GROUPINGS)[number];
const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const DEFAULT_DAYS = 30;

/** Milliseconds `zone` is ahead of UTC at `at`. */
function offsetAt(at: number, zone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  );
  return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - Math.floor(at / 1000) * 1000;
}

/** The instant a calendar day (YYYY-MM-DD) starts in `zone`. */
export function startOfDay(day: string, zone: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  return new Date(guess - offsetAt(guess - offsetAt(guess, zone), zone));
}

/** Today's date (YYYY-MM-DD) in `zone`. */
export function today(zone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export interface ReportPeriod {
  /** First day, inclusive (YYYY-MM-DD, in the tenant's zone). */
  from: string;
  /** Last day, inclusive. */
  to: string;
  groupBy: Grouping;
  /** The instants sent to the API: [start of `from`, start of the day after `to`). */
  fromInstant: string;
  toInstant: string;
}

/** The period asked for in the query string, or the last DEFAULT_DAYS days by day. */
export function reportPeriod(params: { from?: string; to?: string; by?: string }, zone: string, now = new Date()): ReportPeriod {
  const to = params.to && DATE.test(params.to) ? params.to : today(zone, now);
  let from = params.from && DATE.test(params.from) ? params.from : addDays(to, -(DEFAULT_DAYS - 1));
  if (from > to) from = to;
  const groupBy = (GROUPINGS as readonly string[]).includes(params.by ?? '') ? (params.by as Grouping) : 'DAY';
  return { from, to, groupBy, fromInstant: startOfDay(from, zone).toISOString(), toInstant: startOfDay(addDays(to, 1), zone).toISOString() };
}

/** Minor units as a plain decimal for spreadsheets (NGN and most currencies: 2 places). */
export function decimal(minor: string, places = 2): string {
  const n = BigInt(minor);
  const sign = n < 0n ? '-' : '';
  const abs = n < 0n ? -n : n;
  const unit = 10n ** BigInt(places);
  return `${sign}${abs / unit}.${(abs % unit).toString().padStart(places, '0')}`;
}

/**
 * One CSV cell: quoted when it holds a comma, quote or line break; text a spreadsheet would run as a
 * formula (starting = + - @, tab or CR) gets a leading apostrophe, so a product called "=HYPERLINK(...)"
 * stays text (CSV injection).
 */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csv(rows: (string | number)[][]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** The zone the back office counts days in (its dates are shown in it too: lib/admin/format.ts). */
export const REPORT_ZONE = 'Africa/Lagos';
