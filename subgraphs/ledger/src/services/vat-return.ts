/**
 * The VAT return of a period (decision 0077): output VAT from the invoices issued in it, less the VAT given
 * back by its credit notes, per currency and VAT rate, with the net sales it was charged on. The invoices are
 * the legal record of a sale's VAT (the ledger's TAX_PAYABLE account holds the same amounts, but not the rate).
 * The totals per currency (decision 0082) take off the input VAT of the expenses approved for the period
 * (by the day they were spent): what is payable is output VAT minus input VAT (negative: a refund due).
 */
import { DomainError, ErrorCode, requireTenant } from '@webwaka/kit';
import type { ServiceContext } from './context';

export interface VatReturnRow {
  currency: string;
  taxRateBps: number;
  invoices: number;
  creditNotes: number;
  salesNet: bigint;
  salesVat: bigint;
  creditedNet: bigint;
  creditedVat: bigint;
  /** salesNet - creditedNet */
  netSales: bigint;
  /** salesVat - creditedVat: what is owed for the period at this rate. */
  outputVat: bigint;
}

const MAX_DAYS = 3 * 366;

export function checkPeriod(period: { from: Date; to: Date }): void {
  const { from, to } = period;
  if (!(to > from)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The period must end after it starts', ['to']);
  if (to.getTime() - from.getTime() > MAX_DAYS * 86_400_000) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A period spans at most three years', ['to']);
}

export async function vatReturn(ctx: ServiceContext, period: { from: Date; to: Date }): Promise<VatReturnRow[]> {
  const tenantId = requireTenant(ctx);
  const { from, to } = period;
  checkPeriod(period);
  const rows = await ctx.prisma.$queryRaw<{ currency: string; kind: 'INVOICE' | 'CREDIT_NOTE'; rate: number; documents: bigint; net: bigint; tax: bigint }[]>`
    SELECT i."currency", i."kind"::text AS "kind", (l->>'taxRateBps')::int AS "rate", COUNT(DISTINCT i."id") AS "documents",
           SUM((l->>'subtotal')::bigint)::bigint AS "net", SUM((l->>'tax')::bigint)::bigint AS "tax"
    FROM "ledger"."Invoice" i, jsonb_array_elements(i."lines") l
    WHERE i."tenantId" = ${tenantId}::uuid AND i."issuedAt" >= ${from} AND i."issuedAt" < ${to}
    GROUP BY 1, 2, 3`;
  const byKey = new Map<string, VatReturnRow>();
  for (const r of rows) {
    const key = `${r.currency}|${r.rate}`;
    const row = byKey.get(key) ?? { currency: r.currency.trim(), taxRateBps: r.rate, invoices: 0, creditNotes: 0, salesNet: 0n, salesVat: 0n, creditedNet: 0n, creditedVat: 0n, netSales: 0n, outputVat: 0n };
    if (r.kind === 'INVOICE') {
      row.invoices += Number(r.documents);
      row.salesNet += BigInt(r.net);
      row.salesVat += BigInt(r.tax);
    } else {
      row.creditNotes += Number(r.documents);
      row.creditedNet += BigInt(r.net);
      row.creditedVat += BigInt(r.tax);
    }
    row.netSales = row.salesNet - row.creditedNet;
    row.outputVat = row.salesVat - row.creditedVat;
    byKey.set(key, row);
  }
  return [...byKey.values()].sort((a, b) => a.currency.localeCompare(b.currency) || b.taxRateBps - a.taxRateBps);
}

export interface VatReturnTotal {
  currency: string;
  /** Output VAT of the period (all rates): invoices less credit notes. */
  outputVat: bigint;
  /** Approved expenses spent in the period, and the VAT paid on them. */
  expenses: number;
  inputVat: bigint;
  /** outputVat - inputVat: owed for the period (negative: to be refunded or carried forward). */
  vatPayable: bigint;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone. */
export const dayIn = (d: Date, zone: string) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);

/**
 * The days a period covers in a zone, as the UTC midnights a `@db.Date` column compares with: from the day
 * `from` falls on to the day of its last instant. An expense's `spentOn` is a calendar day, not an instant:
 * compared with the period's instants (Lagos midnights are 23:00 UTC the day before) the day before the
 * period would count and its last day would not (found in 0088's review).
 */
export function periodDays(period: { from: Date; to: Date }, zone: string): { first: Date; last: Date } {
  try {
    const first = new Date(`${dayIn(period.from, zone)}T00:00:00Z`);
    const last = new Date(`${dayIn(new Date(period.to.getTime() - 1), zone)}T00:00:00Z`);
    return { first, last };
  } catch {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Unknown time zone', ['timeZone']);
  }
}

/**
 * Output VAT less input VAT, per currency, for the period (decision 0082). Expenses count by the day they
 * were spent in `zone` (the reports' zone, Africa/Lagos by default).
 */
export async function vatReturnTotals(ctx: ServiceContext, period: { from: Date; to: Date }, zone = 'Africa/Lagos'): Promise<VatReturnTotal[]> {
  const tenantId = requireTenant(ctx);
  const rows = await vatReturn(ctx, period);
  const days = periodDays(period, zone);
  const input = await ctx.prisma.expense.groupBy({
    by: ['currency'],
    where: { tenantId, status: 'APPROVED', spentOn: { gte: days.first, lte: days.last } },
    _sum: { vatPaid: true },
    _count: { _all: true },
  });
  const totals = new Map<string, VatReturnTotal>();
  const of = (currency: string) => totals.get(currency) ?? totals.set(currency, { currency, outputVat: 0n, expenses: 0, inputVat: 0n, vatPayable: 0n }).get(currency)!;
  for (const r of rows) of(r.currency).outputVat += r.outputVat;
  for (const i of input) {
    const t = of(i.currency.trim());
    t.expenses += i._count._all;
    t.inputVat += i._sum.vatPaid ?? 0n;
  }
  for (const t of totals.values()) t.vatPayable = t.outputVat - t.inputVat;
  return [...totals.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}
