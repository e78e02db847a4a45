import 'server-only';
import { headers } from 'next/headers';
import { BASE_HEADER, baseFromHeader } from './host';
import type { StorefrontKind } from './tenant';

/**
 * Where a tenant's pages live for this request: `/s/<slug>` (or `/m/<slug>`) on the platform's own host,
 * or the root on the tenant's custom domain. proxy.ts decides and passes it in BASE_HEADER (always
 * overwriting whatever the browser sent).
 */
export async function storeBase(kind: StorefrontKind, slug: string): Promise<string> {
  return baseFromHeader((await headers()).get(BASE_HEADER)) ?? `/${kind}/${encodeURIComponent(slug)}`;
}

/**
 * The public origin for absolute URLs (canonical links, sitemaps, JSON-LD): STOREFRONT_PUBLIC_URL when
 * set (recommended in production: it does not trust the Host header), else the request's host and scheme.
 * On a custom domain the origin is that domain.
 */
export async function publicOrigin(): Promise<string> {
  const h = await headers();
  // x-forwarded-host first: Next may hand a rewritten request to itself with its own address as Host.
  const customDomain = baseFromHeader(h.get(BASE_HEADER)) === '' ? (h.get('x-forwarded-host') ?? h.get('host')) : null;
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() || 'http';
  if (customDomain) return `${proto}://${customDomain}`;
  const configured = process.env.STOREFRONT_PUBLIC_URL?.replace(/\/+$/, '');
  if (configured) return configured;
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  return `${proto}://${host}`;
}

/** Absolute URL of a storefront path. */
export async function absoluteUrl(path: string): Promise<string> {
  return `${await publicOrigin()}${path}`;
}
