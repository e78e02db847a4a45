import { AppError, DomainError, ErrorCode, Prisma, requireTenant } from '@webwaka/kit';
import type { ServiceContext } from './context';

// Sales figures for the dashboard and the reports page (issue 14, CB-2): aggregates in the database over
// every paid order of the period, never a sample of the latest orders. An order counts in the period its
// payment landed in (paidAt), whatever happened to it since; refunds are reported beside it, not netted out
// of it, so a period's figures do not change when an old order is refunded.

export type SalesGrouping = 'DAY' | 'PRODUCT' | 'VENDOR' | 'CHANNEL';

/** Longest period one report covers: three years of days is still a small answer. */
const MAX_PERIOD_DAYS = 3 * 366;
/** Most rows one report returns (products and vendors beyond it are left out, biggest first). */
export const MAX_REPORT_ROWS = 1000;

export interface SalesPeriod {
  from: Date;
  to: Date;
  /** IANA zone the days are counted in (the tenant's; Africa/Lagos by default). */
  timeZone: string;
}

export interface SalesRow {
  key: string;
  label: string;
  currency: string;
  orders: number;
  units: number;
  /** Goods, shipping and tax as charged (minor units); for PRODUCT rows, the lines' goods and tax. */
  revenue: bigint;
  tax: bigint;
  refunded: bigint;
  /** Commission the marketplace keeps (VENDOR rows; 0 elsewhere). */
  commission: bigint;
}

export interface SalesSummary {
  currency: string;
  orders: number;
  revenue: bigint;
  tax: bigint;
  refunded: bigint;
  averageOrderValue: bigint;
}

export function checkPeriod(input: { from: Date; to: Date; timeZone?: string | null }): SalesPeriod {
  const timeZone = input.timeZone || 'Africa/Lagos';
  if (!Intl.supportedValuesOf('timeZone').includes(timeZone) && timeZone !== 'UTC') throw new AppError(ErrorCode.BAD_USER_INPUT, 'Unknown time zone');
  if (!(input.from instanceof Date) || !(input.to instanceof Date) || Number.isNaN(+input.from) || Number.isNaN(+input.to) || input.to <= input.from) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, 'The period must end after it starts');
  }
  if (+input.to - +input.from > MAX_PERIOD_DAYS * 86_400_000) throw new AppError(ErrorCode.BAD_USER_INPUT, `A report covers at most ${MAX_PERIOD_DAYS} days`);
  return { from: input.from, to: input.to, timeZone };
}

/** Paid orders of the tenant in the period (the filter every report shares). */
const paidIn = (tenantId: string, p: SalesPeriod) => Prisma.sql`o."tenantId" = ${tenantId}::uuid AND o."paidAt" >= ${p.from} AND o."paidAt" < ${p.to}`;

/** Where an order came from: a ticket sale (transport lines), else the web shop (SVM) or the marketplace (MVM). */
const CHANNEL = Prisma.sql`CASE WHEN EXISTS (SELECT 1 FROM "commerce"."OrderLine" t WHERE t."orderId" = o."id" AND t."source" = 'TRANSPORT') THEN 'TICKETS' ELSE o."channel"::text END`;

type Raw = { key: string | null; label: string | null; currency: string; orders: bigint; units: bigint | null; revenue: bigint | null; tax: bigint | null; refunded: bigint | null; commission: bigint | null };

export async function salesReport(ctx: Pick<ServiceContext, 'prisma' | 'tenantId' | 'actor'>, period: SalesPeriod, groupBy: SalesGrouping): Promise<SalesRow[]> {
  const tenantId = requireTenant(ctx);
  const where = paidIn(tenantId, period);
  const units = Prisma.sql`(SELECT COALESCE(SUM(l."quantity"), 0) FROM "commerce"."OrderLine" l WHERE l."orderId" = o."id")`;
  let rows: Raw[];
  switch (groupBy) {
    case 'DAY':
      rows = await ctx.prisma.$queryRaw<Raw[]>`
        SELECT to_char((o."paidAt" AT TIME ZONE ${period.timeZone})::date, 'YYYY-MM-DD') AS key, NULL AS label, o."currency",
               COUNT(*) AS orders, SUM(${units})::bigint AS units, SUM(o."total")::bigint AS revenue, SUM(o."tax")::bigint AS tax,
               SUM(o."refundedTotal")::bigint AS refunded, 0::bigint AS commission
        FROM "commerce"."Order" o WHERE ${where}
        GROUP BY 1, o."currency" ORDER BY 1, o."currency" LIMIT ${MAX_REPORT_ROWS}`;
      break;
    case 'CHANNEL':
      rows = await ctx.prisma.$queryRaw<Raw[]>`
        SELECT ${CHANNEL} AS key, NULL AS label, o."currency",
               COUNT(*) AS orders, SUM(${units})::bigint AS units, SUM(o."total")::bigint AS revenue, SUM(o."tax")::bigint AS tax,
               SUM(o."refundedTotal")::bigint AS refunded, 0::bigint AS commission
        FROM "commerce"."Order" o WHERE ${where}
        GROUP BY 1, o."currency" ORDER BY revenue DESC LIMIT ${MAX_REPORT_ROWS}`;
      break;
    case 'PRODUCT':
      // Lines keep their title and SKU as sold, so a product renamed or deleted since still reads right.
      rows = await ctx.prisma.$queryRaw<Raw[]>`
        SELECT COALESCE(l."productId"::text, l."sku") AS key, MAX(l."title") AS label, o."currency",
               COUNT(DISTINCT o."id") AS orders, SUM(l."quantity")::bigint AS units, SUM(l."subtotal" + l."tax")::bigint AS revenue,
               SUM(l."tax")::bigint AS tax, 0::bigint AS refunded, 0::bigint AS commission
        FROM "commerce"."OrderLine" l JOIN "commerce"."Order" o ON o."id" = l."orderId"
        WHERE ${where}
        GROUP BY 1, o."currency" ORDER BY revenue DESC, key LIMIT ${MAX_REPORT_ROWS}`;
      break;
    case 'VENDOR':
      rows = await ctx.prisma.$queryRaw<Raw[]>`
        SELECT v."vendorId"::text AS key, MAX(v."vendorName") AS label, o."currency",
               COUNT(DISTINCT o."id") AS orders,
               SUM((SELECT COALESCE(SUM(l."quantity"), 0) FROM "commerce"."OrderLine" l WHERE l."vendorOrderId" = v."id"))::bigint AS units,
               SUM(v."subtotal" + v."shipping" + v."tax")::bigint AS revenue, SUM(v."tax")::bigint AS tax, 0::bigint AS refunded,
               SUM(v."commission")::bigint AS commission
        FROM "commerce"."VendorOrder" v JOIN "commerce"."Order" o ON o."id" = v."orderId"
        WHERE ${where}
        GROUP BY 1, o."currency" ORDER BY revenue DESC, key LIMIT ${MAX_REPORT_ROWS}`;
      break;
    default:
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Unknown grouping', ['groupBy']);
  }
  return rows.map((r) => ({
    key: r.key ?? '',
    label: r.label ?? r.key ?? '',
    currency: r.currency,
    orders: Number(r.orders),
    units: Number(r.units ?? 0),
    revenue: r.revenue ?? 0n,
    tax: r.tax ?? 0n,
    refunded: r.refunded ?? 0n,
    commission: r.commission ?? 0n,
  }));
}

/** The period's totals per currency: orders, revenue, tax, refunds and the average order value. */
export async function salesSummary(ctx: Pick<ServiceContext, 'prisma' | 'tenantId' | 'actor'>, period: SalesPeriod): Promise<SalesSummary[]> {
  const tenantId = requireTenant(ctx);
  const rows = await ctx.prisma.$queryRaw<{ currency: string; orders: bigint; revenue: bigint; tax: bigint; refunded: bigint }[]>`
    SELECT o."currency", COUNT(*) AS orders, SUM(o."total")::bigint AS revenue, SUM(o."tax")::bigint AS tax, SUM(o."refundedTotal")::bigint AS refunded
    FROM "commerce"."Order" o WHERE ${paidIn(tenantId, period)}
    GROUP BY o."currency" ORDER BY o."currency"`;
  return rows.map((r) => ({
    currency: r.currency,
    orders: Number(r.orders),
    revenue: r.revenue,
    tax: r.tax,
    refunded: r.refunded,
    // Rounded half up to the minor unit: an average is a figure to read, not an amount to post.
    averageOrderValue: r.orders > 0n ? (r.revenue * 2n + r.orders) / (2n * r.orders) : 0n,
  }));
}
