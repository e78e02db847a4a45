import { DomainError, ErrorCode, Prisma, requireTenant } from '@webwaka/kit';
import type { ServiceContext } from './context';
import { expiredSql } from './levels';

// The stock report (issue 14, CB-2): units on hand, reserved and available now, per location or per
// product, aggregated in the database over every stock level of the tenant. Units only: the model holds
// no unit cost (catalog has selling prices, not what the stock cost), so a stock VALUE needs a cost field
// first (docs/decisions/0051-stock-report-units.md).

export type StockGrouping = 'LOCATION' | 'PRODUCT';

/** Most rows one report returns (products beyond it are left out, most units first). */
export const MAX_STOCK_ROWS = 1000;

export interface StockRow {
  key: string;
  label: string;
  /** The product (PRODUCT rows), for its title through the gateway. */
  productId: string | null;
  /** Variants with units on hand. */
  variants: number;
  onHand: number;
  reserved: number;
  available: number;
}

type Raw = { key: string; label: string | null; variants: bigint; onHand: bigint | null; reserved: bigint | null };

export async function stockReport(ctx: Pick<ServiceContext, 'prisma' | 'tenantId' | 'actor'>, groupBy: StockGrouping): Promise<StockRow[]> {
  const tenantId = requireTenant(ctx);
  // What reads call reserved: reservations that have expired are already given back (levels.ts).
  const levels = Prisma.sql`(SELECT s."id", s."variantId", s."locationId", s."onHand", GREATEST(s."reserved" - ${expiredSql('s')}, 0) AS held
    FROM "inventory"."StockLevel" s WHERE s."tenantId" = ${tenantId}::uuid)`;
  let rows: Raw[];
  switch (groupBy) {
    case 'LOCATION':
      // Every location of the tenant, an empty one too (it reads 0, not missing).
      rows = await ctx.prisma.$queryRaw<Raw[]>`
        SELECT l."id"::text AS key, l."name" AS label, COUNT(s."id") FILTER (WHERE s."onHand" > 0) AS variants,
               COALESCE(SUM(s."onHand"), 0)::bigint AS "onHand", COALESCE(SUM(s.held), 0)::bigint AS reserved
        FROM "inventory"."Location" l LEFT JOIN ${levels} s ON s."locationId" = l."id"
        WHERE l."tenantId" = ${tenantId}::uuid
        GROUP BY l."id", l."name" ORDER BY l."name", l."id" LIMIT ${MAX_STOCK_ROWS}`;
      break;
    case 'PRODUCT':
      rows = await ctx.prisma.$queryRaw<Raw[]>`
        SELECT i."productId"::text AS key, MIN(i."sku") AS label, COUNT(DISTINCT s."variantId") FILTER (WHERE s."onHand" > 0) AS variants,
               SUM(s."onHand")::bigint AS "onHand", SUM(s.held)::bigint AS reserved
        FROM ${levels} s JOIN "inventory"."InventoryItem" i ON i."variantId" = s."variantId"
        WHERE i."tenantId" = ${tenantId}::uuid
        GROUP BY i."productId" ORDER BY 4 DESC, 1 LIMIT ${MAX_STOCK_ROWS}`;
      break;
    default:
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Unknown grouping', ['groupBy']);
  }
  return rows.map((r) => {
    const onHand = Number(r.onHand ?? 0);
    const held = Number(r.reserved ?? 0);
    return { key: r.key, label: r.label ?? r.key, productId: groupBy === 'PRODUCT' ? r.key : null, variants: Number(r.variants), onHand, reserved: held, available: onHand - held };
  });
}
