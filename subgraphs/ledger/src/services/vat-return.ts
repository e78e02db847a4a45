/**
 * The VAT return of a period (decision 0077): output VAT from the invoices issued in it, less the VAT given
 * back by its credit notes, per currency and VAT rate, with the net sales it was charged on. The invoices are
 * the legal record of a sale's VAT (the ledger's TAX_PAYABLE account holds the same amounts, but not the rate).
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

export async function vatReturn(ctx: ServiceContext, period: { from: Date; to: Date }): Promise<VatReturnRow[]> {
  const tenantId = requireTenant(ctx);
  const { from, to } = period;
  if (!(to > from)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The period must end after it starts', ['to']);
  if (to.getTime() - from.getTime() > MAX_DAYS * 86_400_000) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A period spans at most three years', ['to']);
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
