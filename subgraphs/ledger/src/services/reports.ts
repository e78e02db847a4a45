/**
 * Trial balance of a book in one currency: per purpose, the debits and credits of the book's accounts, and
 * the counterpart lines the same entries have in other books (a partner's or the platform's share of this
 * book's sales, this book's share of another's). Every entry balances, so the grand totals are equal —
 * computed from the lines themselves, so a broken entry would show.
 */
import { isUuid, requireTenant } from '@webwaka/kit';
import { visibleAccountsWhere } from './access';
import { normalSide, PURPOSES, type Purpose, type Side } from './accounts';
import type { ServiceContext } from './context';
import { currencyOf } from './posting';

export interface TrialBalanceRow {
  purpose: Purpose;
  normalSide: Side;
  debits: bigint;
  credits: bigint;
  /** On the normal side. */
  balance: bigint;
}

export interface TrialBalance {
  currency: string;
  rows: TrialBalanceRow[];
  otherBooks: { debits: bigint; credits: bigint };
  totalDebits: bigint;
  totalCredits: bigint;
  balanced: boolean;
}

export async function trialBalance(ctx: ServiceContext, currencyInput: string): Promise<TrialBalance> {
  const tenantId = requireTenant(ctx);
  const currency = currencyOf(currencyInput);
  const sums = await ctx.prisma.$queryRaw<{ inBook: boolean; purpose: Purpose; debits: string; credits: string }[]>`
    SELECT (l."bookTenantId" = ${tenantId}::uuid) AS "inBook", a."purpose"::text AS purpose,
           sum(CASE WHEN l."side" = 'DEBIT' THEN l."amount" ELSE 0 END)::text AS debits,
           sum(CASE WHEN l."side" = 'CREDIT' THEN l."amount" ELSE 0 END)::text AS credits
      FROM "ledger"."JournalLine" l JOIN "ledger"."LedgerAccount" a ON a."id" = l."accountId"
     WHERE l."currency" = ${currency}
       AND l."entryId" IN (SELECT "entryId" FROM "ledger"."JournalLine" WHERE "bookTenantId" = ${tenantId}::uuid AND "currency" = ${currency})
     GROUP BY 1, 2`;
  const rows: TrialBalanceRow[] = [];
  const otherBooks = { debits: 0n, credits: 0n };
  for (const purpose of PURPOSES) {
    const s = sums.find((r) => r.inBook && r.purpose === purpose);
    if (!s) continue;
    const debits = BigInt(s.debits);
    const credits = BigInt(s.credits);
    const side = normalSide(purpose);
    rows.push({ purpose, normalSide: side, debits, credits, balance: side === 'DEBIT' ? debits - credits : credits - debits });
  }
  for (const s of sums.filter((r) => !r.inBook)) {
    otherBooks.debits += BigInt(s.debits);
    otherBooks.credits += BigInt(s.credits);
  }
  const totalDebits = rows.reduce((n, r) => n + r.debits, otherBooks.debits);
  const totalCredits = rows.reduce((n, r) => n + r.credits, otherBooks.credits);
  return { currency, rows, otherBooks, totalDebits, totalCredits, balanced: totalDebits === totalCredits };
}

/**
 * The currencies a report is printed in: those of the accounts the caller may read in this book (the whole
 * book for its readers, their own for a vendor's user), or of one vendor's accounts; NGN first, then by code.
 * A book with no accounts yet reports in NGN. The PDF copies and the CSV exports both ask this, so a book
 * in naira and cedis gets both currencies' figures in each (decision 0088, amended).
 */
export async function reportCurrencies(ctx: ServiceContext, args: { vendorId?: string | null } = {}): Promise<string[]> {
  const tenantId = requireTenant(ctx);
  const vendorId = args.vendorId?.toLowerCase() ?? null;
  if (vendorId !== null && !isUuid(vendorId)) return ['NGN'];
  const rows = await ctx.prisma.ledgerAccount.findMany({
    where: { AND: [await visibleAccountsWhere(ctx), { tenantId }, vendorId ? { ownerType: 'VENDOR', ownerId: vendorId } : {}] },
    distinct: ['currency'],
    select: { currency: true },
  });
  const codes = rows.map((r) => r.currency).sort((a, b) => (a === 'NGN' ? -1 : b === 'NGN' ? 1 : a.localeCompare(b)));
  return codes.length ? codes : ['NGN'];
}
