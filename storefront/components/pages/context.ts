import 'server-only';
import { notFound } from 'next/navigation';
import { GatewayGraphQLErrors } from '../../lib/gateway';
import { publicOrigin, storeBase } from '../../lib/site';
import { getStorefrontTenant, type StorefrontKind, type Tenant } from '../../lib/tenant';

export interface PageContext {
  kind: StorefrontKind;
  tenant: Tenant;
  /** Path prefix of the tenant's pages ('' on its custom domain). */
  base: string;
  /** Absolute URL of a path under the tenant's pages. */
  url(path: string): string;
}

/** The tenant of a storefront page and how to link within it; a 404 for unknown tenants. */
export async function pageContext(kind: StorefrontKind, slug: string): Promise<PageContext> {
  const [tenant, base, origin] = await Promise.all([getStorefrontTenant(kind, slug), storeBase(kind, slug), publicOrigin()]);
  if (!tenant) notFound();
  return { kind, tenant, base, url: (path) => origin + (base + path || '/') };
}

/** Metadata must not fail the page: an unknown tenant gets none (the page itself answers 404). */
export async function metadataContext(kind: StorefrontKind, slug: string): Promise<PageContext | null> {
  try {
    return await pageContext(kind, slug);
  } catch {
    return null;
  }
}

/** A GraphQL BAD_USER_INPUT (e.g. a tampered cursor in the URL) is a page that does not exist. */
export function notFoundOnBadInput(error: unknown): never {
  if (error instanceof GatewayGraphQLErrors && error.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT')) notFound();
  throw error;
}
