/**
 * PDF copies of the ledger's reports (issue 16, decision 0088): the VAT return, profit and loss, the
 * balance by account (trial balance) and a vendor's statement. Each is drawn from the very result its
 * screen and CSV show (the same service call, never a second computation), under a header naming the
 * tenant (its invoice settings' legal name and TIN), the period, the currency and when it was generated,
 * with "Page n of m" on every page. A4 portrait, 10-11 pt label/amount rows: legible on a phone.
 * Without a currency, each report prints every currency the book (or the vendor) has, one table each —
 * the currencies the CSV exports ask too (`reportCurrencies`), so a PDF and its CSV agree (0088, amended).
 */
import { DomainError, ErrorCode, requireTenant } from '@webwaka/kit';
import { askCatalogAboutVendors } from './access';
import type { ServiceContext } from './context';
import { formatAmount } from './invoice-pdf';
import { invoiceSettings } from './invoices';
import { A4, fit, PdfDocument } from './pdf';
import { profitAndLoss, type ProfitAndLoss } from './profit-and-loss';
import { reportCurrencies, trialBalance, type TrialBalance } from './reports';
import { currencyOf } from './posting';
import { checkPeriod, dayIn, vatReturn, vatReturnTotals, type VatReturnRow, type VatReturnTotal } from './vat-return';
import { vendorStatement, type VendorStatement } from './vendor-statement';

const MARGIN = 48;
const BOTTOM = 64;

export interface ReportHeader {
  title: string;
  tenantName: string;
  taxId: string;
  /** "2026-03-01 to 2026-03-31", or "As of ..." for a balance. */
  period: string;
  currency: string;
  generatedAt: string;
  subtitle?: string;
}

/** A table: the first column is a label, the others right-aligned amounts or counts. */
export interface ReportTable {
  heading?: string;
  columns: string[];
  rows: { cells: string[]; bold?: boolean }[];
}

/** YYYY-MM-DD of an instant in `zone`. */

/** A period [from, to) as the days it covers in `zone` (to is exclusive, so its last day is the one before). */
export const periodLabel = (from: Date, to: Date, zone: string) => `${dayIn(from, zone)} to ${dayIn(new Date(to.getTime() - 1), zone)}`;

export function stampIn(d: Date, zone: string): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
  return `${dayIn(d, zone)} ${time} (${zone})`;
}

/** SALES_REVENUE -> "Sales revenue". */
export const humanize = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');

export function renderReportPdf(header: ReportHeader, tables: ReportTable[]): Buffer {
  const pdf = new PdfDocument({ title: `${header.title} ${header.period}` });
  const right = A4.width - MARGIN;
  let y = A4.height - MARGIN - 10;

  pdf.text(MARGIN, y, header.title, { size: 18, font: 'bold' });
  y -= 22;
  pdf.text(MARGIN, y, fit(header.tenantName || 'Legal name not set (Settings > Invoices)', right - MARGIN, 12, 'bold'), { size: 12, font: 'bold' });
  y -= 15;
  const facts = [header.subtitle ?? '', `TIN: ${header.taxId || 'not set'}`, `Period: ${header.period}`, `Currency: ${header.currency}`, `Generated: ${header.generatedAt}`].filter(Boolean);
  for (const f of facts) {
    pdf.text(MARGIN, y, fit(f, right - MARGIN, 10, 'regular'), { size: 10 });
    y -= 13;
  }
  y -= 6;

  for (const table of tables) {
    const amountCols = table.columns.length - 1;
    // Amount columns share the right part of the page; the label gets the rest (at least 40%).
    const colWidth = Math.min(110, ((right - MARGIN) * 0.6) / Math.max(1, amountCols));
    const size = amountCols > 2 ? 9 : 11;
    const colRight = (i: number) => right - (amountCols - 1 - i) * colWidth;
    const labelWidth = right - MARGIN - amountCols * colWidth - 6;
    const head = () => {
      if (table.heading) {
        y -= 6;
        pdf.text(MARGIN, y, table.heading, { size: 12, font: 'bold' });
        y -= 16;
      }
      pdf.text(MARGIN, y, fit(table.columns[0], labelWidth, size - 1, 'bold'), { size: size - 1, font: 'bold' });
      table.columns.slice(1).forEach((c, i) => pdf.text(colRight(i), y, c, { size: size - 1, font: 'bold', align: 'right' }));
      y -= 5;
      pdf.line(MARGIN, y, right, y);
      y -= size + 4;
    };
    if (y < BOTTOM + 60) {
      pdf.addPage();
      y = A4.height - MARGIN;
    }
    head();
    for (const row of table.rows) {
      if (y < BOTTOM) {
        pdf.addPage();
        y = A4.height - MARGIN;
        head();
      }
      const font = row.bold ? 'bold' : 'regular';
      pdf.text(MARGIN, y, fit(row.cells[0], labelWidth, size, font), { size, font });
      row.cells.slice(1).forEach((c, i) => pdf.text(colRight(i), y, c, { size, font, align: 'right' }));
      y -= size + 5;
    }
    y -= 10;
  }

  const pages = pdf.pageCount;
  for (let i = 0; i < pages; i++) {
    pdf.onPage(i);
    pdf.text(MARGIN, BOTTOM - 34, fit([header.title, header.tenantName, header.period].filter(Boolean).join(', '), 380, 8, 'regular'), { size: 8 });
    pdf.text(right, BOTTOM - 34, `Page ${i + 1} of ${pages}`, { size: 8, align: 'right' });
  }
  return pdf.toBuffer();
}

/** An amount without its currency code (the table's header names it): "-7.50". */
const plain = (amount: bigint, currency: string) => (amount < 0n ? '-' : '') + formatAmount(amount < 0n ? -amount : amount, currency).slice(currency.length + 1);

export function vatReturnTables(rows: VatReturnRow[], totals: VatReturnTotal[]): ReportTable[] {
  const tables: ReportTable[] = [
    {
      heading: 'Totals: output VAT less input VAT',
      columns: ['Currency', 'Output VAT', 'Expenses', 'Input VAT', 'VAT payable'],
      rows: totals.length
        ? totals.map((t) => ({ cells: [t.currency, plain(t.outputVat, t.currency), String(t.expenses), plain(t.inputVat, t.currency), plain(t.vatPayable, t.currency)], bold: true }))
        : [{ cells: ['No invoices, credit notes or approved expenses in the period', '', '', '', ''] }],
    },
  ];
  for (const r of rows) {
    const m = (a: bigint) => formatAmount(a, r.currency);
    tables.push({
      heading: `${r.currency} at ${r.taxRateBps / 100}% VAT`,
      columns: ['Line', 'Amount'],
      rows: [
        { cells: ['Invoices', String(r.invoices)] },
        { cells: ['Credit notes', String(r.creditNotes)] },
        { cells: ['Sales (net)', m(r.salesNet)] },
        { cells: ['VAT on sales', m(r.salesVat)] },
        { cells: ['Credited (net)', m(r.creditedNet)] },
        { cells: ['VAT credited', m(r.creditedVat)] },
        { cells: ['Net sales', m(r.netSales)] },
        { cells: ['Output VAT', m(r.outputVat)], bold: true },
      ],
    });
  }
  return tables;
}

export function profitAndLossTables(p: ProfitAndLoss, heading?: string): ReportTable[] {
  const m = (a: bigint) => formatAmount(a, p.currency);
  return [
    {
      heading,
      columns: ['Line (excluding VAT)', 'Amount'],
      rows: [
        { cells: ['Sales', m(p.sales)] },
        { cells: ['Commission earned', m(p.commission)] },
        { cells: ['Revenue', m(p.revenue)], bold: true },
        { cells: ['Discounts funded', m(p.discounts)] },
        { cells: ['Cash over / short', m(p.cashOverShort)] },
        ...p.expenses.map((e) => ({ cells: [`Expenses: ${humanize(e.category)}`, m(e.amount)] })),
        { cells: ['Total expenses', m(p.totalExpenses)], bold: true },
        { cells: ['Net profit', m(p.netProfit)], bold: true },
      ],
    },
  ];
}

export function vendorStatementTables(s: VendorStatement, heading?: string): ReportTable[] {
  const m = (a: bigint) => formatAmount(a, s.currency);
  return [
    {
      heading,
      columns: ['Line', 'Amount'],
      rows: [
        { cells: ['Opening balance', m(s.opening)], bold: true },
        { cells: ['Sales', m(s.sales)] },
        { cells: ['Less refunds', m(s.refunds)] },
        { cells: ['Less commission', m(s.commission)] },
        { cells: ['Less payouts', m(s.payouts)] },
        { cells: ['Adjustments', m(s.adjustments)] },
        { cells: ['Closing balance', m(s.closing)], bold: true },
      ],
    },
  ];
}

export function trialBalanceTables(tb: TrialBalance, heading?: string): ReportTable[] {
  const p = (a: bigint) => plain(a, tb.currency);
  const rows = tb.rows.map((r) => ({ cells: [humanize(r.purpose), p(r.debits), p(r.credits), p(r.balance)] }));
  if (tb.otherBooks.debits !== 0n || tb.otherBooks.credits !== 0n) rows.push({ cells: ['Other books (same entries)', p(tb.otherBooks.debits), p(tb.otherBooks.credits), ''] });
  rows.push({ cells: ['Totals', p(tb.totalDebits), p(tb.totalCredits), ''], bold: true } as (typeof rows)[number]);
  return [{ heading, columns: ['Account', 'Debits', 'Credits', 'Balance'], rows }];
}

export const LEDGER_REPORT_PDFS = ['VAT_RETURN', 'PROFIT_AND_LOSS', 'TRIAL_BALANCE'] as const;
export type LedgerReportPdfKind = (typeof LEDGER_REPORT_PDFS)[number];

export interface ReportPdf {
  filename: string;
  content: Buffer;
}

export interface ReportPdfArgs {
  from?: Date | null;
  to?: Date | null;
  /** One currency; none: every currency the book (the vendor) has, one table each. */
  currency?: string | null;
  timeZone?: string | null;
  /** The moment printed as "Generated" (tests pin it). */
  now?: Date;
}

function zoneOf(timeZone: string | null | undefined): string {
  const zone = timeZone || 'Africa/Lagos';
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Unknown time zone', ['timeZone']);
  }
  return zone;
}

function periodOf(args: ReportPdfArgs): { from: Date; to: Date } {
  if (!args.from || !args.to) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This report needs a period (from and to)', [args.from ? 'to' : 'from']);
  const period = { from: args.from, to: args.to };
  checkPeriod(period);
  return period;
}

async function headerFor(ctx: ServiceContext, title: string, period: string, currency: string, args: ReportPdfArgs, zone: string): Promise<ReportHeader> {
  const settings = await invoiceSettings(ctx);
  return { title, tenantName: settings.legalName, taxId: settings.taxId, period, currency, generatedAt: stampIn(args.now ?? new Date(), zone) };
}

/** The currencies to print: the one asked for, or all the caller's report would have (the CSV's list). */
async function currenciesOf(ctx: ServiceContext, args: ReportPdfArgs, vendorId?: string): Promise<string[]> {
  return args.currency ? [currencyOf(args.currency)] : reportCurrencies(ctx, { vendorId });
}

/** A table's heading names its currency when the report has several. */
const headingFor = (currency: string, all: string[]) => (all.length > 1 ? `In ${currency}` : undefined);

/** A book report as PDF, from the same service call its screen makes; the caller's scope is the schema's (the book's readers). */
export async function ledgerReportPdf(ctx: ServiceContext, report: LedgerReportPdfKind, args: ReportPdfArgs): Promise<ReportPdf> {
  requireTenant(ctx);
  const zone = zoneOf(args.timeZone);
  if (report === 'TRIAL_BALANCE') {
    const currencies = await currenciesOf(ctx, args);
    const books = await Promise.all(currencies.map((c) => trialBalance(ctx, c)));
    const now = args.now ?? new Date();
    const header = await headerFor(ctx, 'Balance by account', `As of ${stampIn(now, zone)}`, currencies.join(', '), { ...args, now }, zone);
    return { filename: `balance-by-account-${dayIn(now, zone)}.pdf`, content: renderReportPdf(header, books.flatMap((tb) => trialBalanceTables(tb, headingFor(tb.currency, currencies)))) };
  }
  const period = periodOf(args);
  const label = periodLabel(period.from, period.to, zone);
  const [first, last] = [dayIn(period.from, zone), dayIn(new Date(period.to.getTime() - 1), zone)];
  if (report === 'VAT_RETURN') {
    const [rows, totals] = await Promise.all([vatReturn(ctx, period), vatReturnTotals(ctx, period, zone)]);
    const currencies = [...new Set(totals.map((t) => t.currency))].join(', ') || args.currency || 'NGN';
    const header = await headerFor(ctx, 'VAT return', label, currencies, args, zone);
    return { filename: `vat-return-${first}-to-${last}.pdf`, content: renderReportPdf(header, vatReturnTables(rows, totals)) };
  }
  const currencies = await currenciesOf(ctx, args);
  const each = await Promise.all(currencies.map((currency) => profitAndLoss(ctx, { ...period, currency })));
  const header = await headerFor(ctx, 'Profit and loss', label, currencies.join(', '), args, zone);
  return { filename: `profit-and-loss-${first}-to-${last}.pdf`, content: renderReportPdf(header, each.flatMap((p) => profitAndLossTables(p, headingFor(p.currency, currencies)))) };
}

/**
 * A vendor's statement as PDF: vendorStatement decides who may read it (the book's readers, the vendor's own
 * user; NOT_FOUND for anyone else), then the vendor's name is asked of catalog (its id if catalog is away).
 */
export async function vendorStatementPdf(ctx: ServiceContext, args: ReportPdfArgs & { vendorId: string }): Promise<ReportPdf> {
  const tenantId = requireTenant(ctx);
  const zone = zoneOf(args.timeZone);
  const period = periodOf(args);
  const currencies = await currenciesOf(ctx, args, args.vendorId);
  const each = await Promise.all(currencies.map((currency) => vendorStatement(ctx, { vendorId: args.vendorId, currency, ...period })));
  const s = each[0]!;
  const vendor = await askCatalogAboutVendors<{ name: string }>(ctx, tenantId, [s.vendorId], 'name')
    .then((m) => m.get(s.vendorId)?.name ?? null)
    .catch(() => null);
  const header = await headerFor(ctx, 'Vendor statement', periodLabel(period.from, period.to, zone), currencies.join(', '), args, zone);
  header.subtitle = `Vendor: ${vendor ?? s.vendorId}`;
  const [first, last] = [dayIn(period.from, zone), dayIn(new Date(period.to.getTime() - 1), zone)];
  return { filename: `vendor-statement-${first}-to-${last}.pdf`, content: renderReportPdf(header, each.flatMap((v) => vendorStatementTables(v, headingFor(v.currency, currencies)))) };
}
