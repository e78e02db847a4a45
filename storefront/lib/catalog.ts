import 'server-only';
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { cache } from 'react';
import type { PriceContextInput, ProductSearchFilters, ProductSort, SitemapProductsQuery as SitemapProductsQueryResult } from '../gql/graphql';
import { gatewayQuery } from './gateway';
import {
  CategoryTreeQuery,
  ProductPageQuery,
  ProductSearchQuery,
  SitemapProductsQuery,
  StoreHomeQuery,
  VendorListQuery,
  VendorProfileQuery,
} from './operations';
import { isUuid } from './listing';
import { forwardedFor } from './request';
import type { StorefrontKind, Tenant } from './tenant';

// Catalogue reads. They are public and the same for every shopper, so they are always sent anonymously:
// the gateway serves them from its per-tenant anonymous cache, and a signed-in member of staff never sees
// drafts or back-office data in the shop window. Anything about the signed-in user (session.ts, and the
// cart and orders later) carries the user's token and is never shared.

/** Products per listing page: a multiple of 2 and 3, so the grid fills on phones and desktops. */
export const PAGE_SIZE = 24;
const HOME_SIZE = 12;
const SITEMAP_PAGE = 100;

async function publicQuery<TData, TVariables>(tenant: string, document: DocumentTypeDecoration<TData, TVariables>, variables: TVariables): Promise<TData> {
  return gatewayQuery(document, variables, { tenant, forwardedFor: await forwardedFor() });
}

/** Prices as this storefront sells: the tenant's currency, on the store's or marketplace's channel. */
export function priceContext(kind: StorefrontKind, tenant: Pick<Tenant, 'currency'>): PriceContextInput {
  return { currency: tenant.currency, channel: kind === 's' ? 'SVM' : 'MVM', quantity: 1 };
}

export type CategoryNode = { id: string; name: string; slug: string; children?: CategoryNode[] };

/** The tenant's category tree (three levels), once per request: the header menu and pages share it. */
export const getCategoryTree = cache(async (slug: string): Promise<CategoryNode[]> => {
  const data = await publicQuery(slug, CategoryTreeQuery, {});
  return data.categories;
});

/** A category and its ancestors (root first), found in the tree. */
export function findCategoryPath(tree: CategoryNode[], slug: string): CategoryNode[] | null {
  for (const node of tree) {
    if (node.slug === slug) return [node];
    const below = node.children ? findCategoryPath(node.children, slug) : null;
    if (below) return [node, ...below];
  }
  return null;
}

export function getHome(kind: StorefrontKind, tenant: Tenant) {
  return publicQuery(tenant.slug, StoreHomeQuery, { priceContext: priceContext(kind, tenant), first: HOME_SIZE, marketplace: kind === 'm' });
}

export interface ListingQuery {
  query?: string | null;
  filters: ProductSearchFilters;
  sort?: ProductSort | null;
  after?: string | null;
}

export function searchListing(kind: StorefrontKind, tenant: Tenant, listing: ListingQuery) {
  return publicQuery(tenant.slug, ProductSearchQuery, {
    query: listing.query || null,
    filters: listing.filters,
    sort: listing.sort ?? null,
    currency: tenant.currency,
    after: listing.after ?? null,
    first: PAGE_SIZE,
    priceContext: priceContext(kind, tenant),
  });
}

export const getProduct = cache(async (kind: StorefrontKind, tenant: Tenant, slug: string) => {
  const data = await publicQuery(tenant.slug, ProductPageQuery, { slug, priceContext: priceContext(kind, tenant) });
  // Anonymous reads only see ACTIVE products; the check stays in case that rule ever widens.
  return data.product && data.product.status === 'ACTIVE' ? data.product : null;
});

export const getVendor = cache(async (tenantSlug: string, vendorId: string) => {
  if (!isUuid(vendorId)) return null;
  const data = await publicQuery(tenantSlug, VendorProfileQuery, { id: vendorId });
  return data.vendor && data.vendor.status === 'APPROVED' ? data.vendor : null;
});

export function listVendors(tenantSlug: string, after: string | null) {
  return publicQuery(tenantSlug, VendorListQuery, { first: 48, after });
}

/**
 * Product slugs for the sitemap, newest first, at most `limit` (SITEMAP_MAX_PRODUCTS, default 5,000: one
 * sitemap file stays far below the protocol's 50,000 URLs and the storefront's work bounded).
 */
export async function sitemapProducts(tenantSlug: string): Promise<{ slug: string; updatedAt: string }[]> {
  const configured = Number(process.env.SITEMAP_MAX_PRODUCTS);
  const limit = Number.isFinite(configured) && configured > 0 ? configured : 5_000;
  const products: { slug: string; updatedAt: string }[] = [];
  let after: string | null = null;
  while (products.length < limit) {
    const data: SitemapProductsQueryResult = await publicQuery(tenantSlug, SitemapProductsQuery, { first: Math.min(SITEMAP_PAGE, limit - products.length), after });
    products.push(...data.products.edges.map((e) => e.node));
    if (!data.products.pageInfo.hasNextPage) break;
    after = data.products.pageInfo.endCursor;
  }
  return products;
}
