import 'server-only';
import { cache } from 'react';
import type { TenantBySlugQuery } from '../gql/graphql';
import { gatewayRequest, GatewayGraphQLErrors } from './gateway';
import { TenantBySlugQuery as TenantBySlugDocument } from './operations';
import { forwardedFor } from './request';
import { SLUG_PATTERN } from './slug';
import { storefrontKindOf, type StorefrontKind } from './tenant-kind';

export type Tenant = NonNullable<TenantBySlugQuery['tenantBySlug']>;

export { SLUG_PATTERN } from './slug';
export { storefrontKindOf, type StorefrontKind } from './tenant-kind';

/** Path of a tenant's home page on the platform host, e.g. `/s/ade-fashion`. */
export function tenantPath(kind: StorefrontKind, slug: string): string {
  return `/${kind}/${encodeURIComponent(slug)}`;
}

/**
 * The tenant for a slug, or null when the gateway does not know it. Deduplicated per request, so the
 * layout, the page and their metadata share one gateway call.
 */
export const getTenant = cache(async (slug: string): Promise<Tenant | null> => {
  if (!SLUG_PATTERN.test(slug)) return null;
  const result = await gatewayRequest(TenantBySlugDocument, { slug }, { tenant: slug, forwardedFor: await forwardedFor() });
  // The gateway resolves `x-tenant` before running the query, so an unknown slug is an error there.
  if (result.errors.some((e) => e.extensions?.code === 'TENANT_NOT_FOUND')) return null;
  if (result.errors.length > 0 || !result.data) throw new GatewayGraphQLErrors(result.errors);
  return result.data.tenantBySlug;
});

/** The tenant when it has a storefront of this kind; null (a 404) for unknown slugs and other kinds. */
export async function getStorefrontTenant(kind: StorefrontKind, slug: string): Promise<Tenant | null> {
  const tenant = await getTenant(slug);
  return tenant && storefrontKindOf(tenant) === kind ? tenant : null;
}

/** A CSS colour from the tenant's settings, only when it is a plain hex colour (no CSS injection). */
export function safeColor(color: string | null | undefined): string | null {
  return color && /^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/.test(color) ? color : null;
}

/** A logo or media URL only when it is http(s) or site-relative. */
export function safeImageUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.toString() : null;
  } catch {
    return null;
  }
}
