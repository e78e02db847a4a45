import 'server-only';
import type { AdminProductIdsQuery } from '../../gql/graphql';
import { AdminProductCountQuery, AdminProductIdsQuery as AdminProductIdsDocument } from './dashboard-operations';
import { adminQuery } from './session';

/** Pages of ids counted per status at most (100 each): beyond that the count reads "at least". */
const MAX_COUNT_PAGES = 20;

export interface ProductCounts {
  total: number;
  DRAFT: number;
  ACTIVE: number;
  ARCHIVED: number;
  /** False when a status had more products than were counted (then the figures are lower bounds). */
  exact: boolean;
}

async function countStatus(slug: string, status: 'DRAFT' | 'ARCHIVED', vendorId: string | null): Promise<{ count: number; exact: boolean }> {
  let count = 0;
  let after: string | null = null;
  for (let page = 0; page < MAX_COUNT_PAGES; page++) {
    const { products }: AdminProductIdsQuery = await adminQuery(slug, AdminProductIdsDocument, { status, vendorId, after });
    count += products.edges.length;
    if (!products.pageInfo.hasNextPage) return { count, exact: true };
    after = products.pageInfo.endCursor ?? null;
  }
  return { count, exact: false };
}

/**
 * Products by status, for the whole tenant (managers) or one vendor. The API counts everything in one
 * figure (searchProducts.totalCount, every status for the back office and a vendor's own); drafts and
 * archived products, usually few, are counted by paging their ids; active ones are the rest.
 */
export async function productCounts(slug: string, vendorId: string | null): Promise<ProductCounts> {
  const [total, drafts, archived] = await Promise.all([
    adminQuery(slug, AdminProductCountQuery, { vendorId }).then((d) => d.searchProducts.totalCount),
    countStatus(slug, 'DRAFT', vendorId),
    countStatus(slug, 'ARCHIVED', vendorId),
  ]);
  return {
    total,
    DRAFT: drafts.count,
    ARCHIVED: archived.count,
    ACTIVE: Math.max(0, total - drafts.count - archived.count),
    exact: drafts.exact && archived.exact,
  };
}
