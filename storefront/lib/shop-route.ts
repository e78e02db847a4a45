import 'server-only';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isStorefrontKind, type StorefrontKind } from './tenant-kind';

// Stores (`/s/<slug>`) and marketplaces (`/m/<slug>`) are served by one route tree, app/[kind]/[slug]
// (decision 0037). Every page, layout and route handler there reads its kind from the path through these,
// so a first segment that is no storefront kind (`/x/<slug>/…`, or `/admin/<tenant>/cart`, which no
// back-office route matches) is a 404, as it was when the tree was written out twice under app/s and app/m.

/** The params Next hands a page, layout or route handler under app/[kind]/[slug]. */
export type ShopRouteParams<T = object> = Promise<{ kind: string; slug: string } & T>;
export type ShopSearchParams = Promise<Record<string, string | string[] | undefined>>;
type ShopRoute<T> = T & { kind: StorefrontKind; slug: string };

/** The route's params with its kind checked: `s` or `m`, else a 404. */
export async function shopParams<T>(params: ShopRouteParams<T>): Promise<ShopRoute<T>> {
  const route = await shopRoute(params);
  if (!route) notFound();
  return route;
}

/** The params of a page only marketplaces have (vendors, selling): a 404 under a store's `/s/`. */
export async function marketplaceParams<T>(params: ShopRouteParams<T>): Promise<ShopRoute<T>> {
  const route = await shopRoute(params);
  if (route?.kind !== 'm') notFound();
  return route;
}

/**
 * For generateMetadata: the page's metadata, none on a path that is no shop. Metadata never calls
 * notFound(): thrown there, the 404 page is no longer rendered on the server (the layout and the page
 * answer the 404).
 */
export async function shopMetadata<T>(params: ShopRouteParams<T>, metadata: (route: ShopRoute<T>) => Promise<Metadata>): Promise<Metadata> {
  const route = await shopRoute(params);
  return route ? metadata(route) : {};
}

/** shopMetadata for a marketplace-only page. */
export async function marketplaceMetadata<T>(params: ShopRouteParams<T>, metadata: (route: ShopRoute<T>) => Promise<Metadata>): Promise<Metadata> {
  const route = await shopRoute(params);
  return route?.kind === 'm' ? metadata(route) : {};
}

async function shopRoute<T>(params: ShopRouteParams<T>): Promise<ShopRoute<T> | null> {
  const resolved = await params;
  const { kind } = resolved;
  return isStorefrontKind(kind) ? { ...resolved, kind } : null;
}
