/**
 * Profit and loss of a period, from the journal (issue 16, decision 0082): the movements of the book's
 * own accounts in one currency, by the entries' dates (occurredAt in [from, to)).
 *  - Sales: the tenant's SALES_REVENUE (till and ticket sales less returns and ticket commissions) and what
 *    its OWN vendors (a store is its own vendor: catalog's vendor with no owner user) were credited on
 *    their payables by paid orders, less refunds and commissions; both excluding VAT.
 *  - Commission earned: CLIENT_REVENUE and PLATFORM_REVENUE (a marketplace's or the platform's share).
 *  - Discounts: DISCOUNT_EXPENSE (coupons, gift cards and points it funded).
 *  - Cash over / short: CASH_OVER_SHORT (credit is over).
 *  - Expenses: OPERATING_EXPENSE by the approved expenses' categories.
 * Net profit = sales + commission - discounts + cash over/short - expenses. Other vendors' payables are
 * theirs, not the tenant's income, and are left out (their statements show them).
 */
import { requireTenant } from '@webwaka/kit';
import { askCatalogAboutVendors } from './access';
import type { ServiceContext } from './context';
import { currencyOf } from './posting';
import { checkPeriod } from './vat-return';

export interface ProfitAndLoss {
  currency: string;
  sales: bigint;
  commission: bigint;
  revenue: bigint;
  discounts: bigint;
  cashOverShort: bigint;
  expenses: { category: string; amount: bigint }[];
  totalExpenses: bigint;
  netProfit: bigint;
}

/** Which of the book's vendors are the tenant's own (catalog: a vendor with no owner user). */
export type OwnVendors = (ctx: ServiceContext, tenantId: string, vendorIds: string[]) => Promise<Set<string>>;

export const ownVendorsFromCatalog: OwnVendors = async (ctx, tenantId, vendorIds) => {
  const found = await askCatalogAboutVendors<{ id: string; ownerUserId: string | null }>(ctx, tenantId, vendorIds, 'id ownerUserId');
  return new Set([...found.values()].filter((v) => v && !v.ownerUserId).map((v) => v!.id));
};

const OWN_SALE_KINDS = ['ORDER_PAID', 'REFUND', 'COMMISSION', 'COMMISSION_CLAWBACK', 'REVERSAL', 'ADJUSTMENT'];

export async function profitAndLoss(ctx: ServiceContext, args: { from: Date; to: Date; currency: string }, ownVendors: OwnVendors = ownVendorsFromCatalog): Promise<ProfitAndLoss> {
  const tenantId = requireTenant(ctx);
  checkPeriod(args);
  const currency = currencyOf(args.currency);
  const { from, to } = args;
  // Net credits (credit - debit) per account purpose, owner and entry kind, of the book's lines in the period.
  const sums = await ctx.prisma.$queryRaw<{ purpose: string; ownerType: string; ownerId: string; kind: string; net: string }[]>`
    SELECT a."purpose"::text AS purpose, a."ownerType"::text AS "ownerType", a."ownerId"::text AS "ownerId", e."kind"::text AS kind,
           sum(CASE WHEN l."side" = 'CREDIT' THEN l."amount" ELSE -l."amount" END)::text AS net
      FROM "ledger"."JournalLine" l
      JOIN "ledger"."LedgerAccount" a ON a."id" = l."accountId"
      JOIN "ledger"."JournalEntry" e ON e."id" = l."entryId"
     WHERE l."bookTenantId" = ${tenantId}::uuid AND l."currency" = ${currency}
       AND e."occurredAt" >= ${from} AND e."occurredAt" < ${to}
       AND a."purpose"::text IN ('SALES_REVENUE', 'VENDOR_PAYABLE', 'CLIENT_REVENUE', 'PLATFORM_REVENUE', 'DISCOUNT_EXPENSE', 'CASH_OVER_SHORT')
     GROUP BY 1, 2, 3, 4`;
  const vendorIds = [...new Set(sums.filter((s) => s.purpose === 'VENDOR_PAYABLE' && s.ownerType === 'VENDOR').map((s) => s.ownerId))];
  const own = vendorIds.length ? await ownVendors(ctx, tenantId, vendorIds) : new Set<string>();
  let sales = 0n;
  let commission = 0n;
  let discounts = 0n;
  let cashOverShort = 0n;
  for (const s of sums) {
    const net = BigInt(s.net);
    if (s.purpose === 'SALES_REVENUE') sales += net;
    else if (s.purpose === 'VENDOR_PAYABLE' && own.has(s.ownerId) && OWN_SALE_KINDS.includes(s.kind)) sales += net;
    else if (s.purpose === 'CLIENT_REVENUE' || s.purpose === 'PLATFORM_REVENUE') commission += net;
    else if (s.purpose === 'DISCOUNT_EXPENSE') discounts -= net;
    else if (s.purpose === 'CASH_OVER_SHORT') cashOverShort += net;
  }
  // Expenses by category: the OPERATING_EXPENSE lines of the period, named by the expense each posted.
  const byCategory = await ctx.prisma.$queryRaw<{ category: string; amount: string }[]>`
    SELECT coalesce(x."category", 'OTHER') AS category, sum(CASE WHEN l."side" = 'DEBIT' THEN l."amount" ELSE -l."amount" END)::text AS amount
      FROM "ledger"."JournalLine" l
      JOIN "ledger"."LedgerAccount" a ON a."id" = l."accountId"
      JOIN "ledger"."JournalEntry" e ON e."id" = l."entryId"
      LEFT JOIN "ledger"."Expense" x ON e."referenceType" = 'Expense' AND x."id"::text = e."referenceId" AND x."tenantId" = e."tenantId"
     WHERE l."bookTenantId" = ${tenantId}::uuid AND l."currency" = ${currency} AND a."purpose"::text = 'OPERATING_EXPENSE'
       AND e."occurredAt" >= ${from} AND e."occurredAt" < ${to}
     GROUP BY 1 ORDER BY 1`;
  const expenses = byCategory.map((r) => ({ category: r.category, amount: BigInt(r.amount) })).filter((r) => r.amount !== 0n);
  const totalExpenses = expenses.reduce((n, r) => n + r.amount, 0n);
  const revenue = sales + commission;
  return { currency, sales, commission, revenue, discounts, cashOverShort, expenses, totalExpenses, netProfit: revenue - discounts + cashOverShort - totalExpenses };
}
