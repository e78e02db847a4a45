import { logger, type PrismaClient } from '@webwaka/kit';

/**
 * Planner statistics for catalog's tables. On a PostgreSQL server autovacuum keeps them current; embedded
 * PGlite runs no background workers, so after a bulk load (the demo seed, an import) the planner believes
 * the tables are nearly empty and picks nested-loop plans that scan whole tables per row — measured on
 * 2,000 demo products: a price-sorted search took 11 s instead of 27 ms. This analyses the catalog tables
 * whose rows changed beyond autovacuum's own default rule (50 rows + 10%) since their last analysis, and
 * non-empty tables never analysed, so it is a no-op wherever autovacuum already did the work. Returns the
 * tables analysed.
 */
export async function refreshCatalogStatistics(prisma: PrismaClient): Promise<string[]> {
  const stale = await prisma.$queryRaw<{ relname: string }[]>`
    SELECT relname::text AS relname FROM pg_stat_user_tables
    WHERE schemaname = 'catalog'
      AND (n_mod_since_analyze > 50 + 0.1 * n_live_tup OR (n_live_tup > 0 AND last_analyze IS NULL AND last_autoanalyze IS NULL))
    ORDER BY relname`;
  // Table names come from the system catalogue, not from input; quoted as identifiers all the same.
  for (const { relname } of stale) await prisma.$executeRawUnsafe(`ANALYZE "catalog"."${relname.replace(/"/g, '""')}"`);
  if (stale.length) logger.debug('catalog: refreshed planner statistics', { tables: stale });
  return stale.map((r) => r.relname);
}
