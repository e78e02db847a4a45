import 'server-only';
import type { AdminProductRowFragment, ProductStatus } from '../../gql/graphql';
import { AdminProductListQuery, AdminProductSearchQuery } from './product-operations';
import { adminQuery } from './session';

export const PAGE_SIZE = 20;
/** Search pages scanned per request when a status filter narrows search results. */
const MAX_SCAN_PAGES = 4;
const SCAN_PAGE = 50;

export interface ProductPage {
  rows: AdminProductRowFragment[];
  /** Cursor of the next page, or null on the last page. */
  next: string | null;
}

/**
 * A page of the back office's product list. Without words: `products` (filters by status itself).
 * With words: full-text search, which covers every status for the back office; a status filter then keeps
 * matching rows while walking search pages in order, and the next page starts after the last row looked at,
 * so pages neither skip nor repeat products.
 */
export async function productPage(slug: string, opts: { query: string; status: ProductStatus | null; vendorId: string | null; after: string | null }): Promise<ProductPage> {
  if (!opts.query) {
    const { products } = await adminQuery(slug, AdminProductListQuery, { status: opts.status, vendorId: opts.vendorId, after: opts.after, first: PAGE_SIZE });
    return { rows: products.edges.map((e) => e.node), next: products.pageInfo.hasNextPage ? (products.pageInfo.endCursor ?? null) : null };
  }
  const filters = opts.vendorId ? { vendorId: opts.vendorId } : undefined;
  if (!opts.status) {
    const { searchProducts } = await adminQuery(slug, AdminProductSearchQuery, { query: opts.query, filters, after: opts.after, first: PAGE_SIZE });
    return { rows: searchProducts.edges.map((e) => e.node), next: searchProducts.pageInfo.hasNextPage ? (searchProducts.pageInfo.endCursor ?? null) : null };
  }
  const rows: AdminProductRowFragment[] = [];
  let after = opts.after;
  for (let page = 0; page < MAX_SCAN_PAGES; page++) {
    const { searchProducts } = await adminQuery(slug, AdminProductSearchQuery, { query: opts.query, filters, after, first: SCAN_PAGE });
    for (const edge of searchProducts.edges) {
      after = edge.cursor;
      if (edge.node.status === opts.status) rows.push(edge.node);
      if (rows.length === PAGE_SIZE) {
        const lastOfPage = edge === searchProducts.edges[searchProducts.edges.length - 1];
        return { rows, next: lastOfPage && !searchProducts.pageInfo.hasNextPage ? null : after };
      }
    }
    if (!searchProducts.pageInfo.hasNextPage) return { rows, next: null };
  }
  return { rows, next: after };
}
