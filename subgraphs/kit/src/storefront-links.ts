/**
 * Absolute links to a tenant's storefront and back office, for the messages capabilities ask notifications
 * to send (an order's page, a ticket, the low-stock screen). The origin is the platform storefront's
 * public one (STOREFRONT_PUBLIC_URL, its first origin when it lists several; else STOREFRONT_URL; else the
 * local storefront), the tenant's path is its kind and slug as the storefront serves them (/s/<slug>,
 * /m/<slug>, /admin/<slug>). Identity owns slugs: they are asked for once a minute per tenant at most.
 * A link is a convenience in a message: when identity cannot be reached the links are null and the
 * message goes without them, rather than failing the change it reports.
 */
import { logger } from '@webwaka/protocol';
import { callPeer, type Peers } from './peers';

export interface TenantLinks {
  slug: string;
  name: string;
  /** `<origin>/<s|m>/<slug><path>`, or '' for a tenant without a storefront (a partner, the platform). */
  shop(path: string): string;
  /** `<origin>/admin/<slug><path>`. */
  admin(path: string): string;
}

/** The platform storefront's public origin, without a trailing slash. */
export function storefrontOrigin(env: NodeJS.ProcessEnv = process.env): string {
  const first = (env.STOREFRONT_PUBLIC_URL ?? '').split(',')[0]?.trim() || env.STOREFRONT_URL?.trim() || 'http://localhost:3000';
  return first.replace(/\/+$/, '');
}

/** The links of a tenant known by slug and kind (pure, for tests and callers that know them). */
export function linksOf(tenant: { slug: string; name: string; kind: string }): TenantLinks {
  const origin = storefrontOrigin();
  const base = tenant.kind === 'STORE' ? 's' : tenant.kind === 'MARKETPLACE' ? 'm' : null;
  const slug = encodeURIComponent(tenant.slug);
  return {
    slug: tenant.slug,
    name: tenant.name,
    shop: (path) => (base ? `${origin}/${base}/${slug}${path}` : ''),
    admin: (path) => `${origin}/admin/${slug}${path}`,
  };
}

const TTL_MS = 60_000;
const cache = new Map<string, { value: TenantLinks | null; expires: number }>();

/**
 * The tenant's links as last fetched by `tenantLinks` in this process (null when never, or not in the last
 * minute): for code inside a transaction, which must not call another subgraph, after the caller fetched
 * them before it.
 */
export function cachedTenantLinks(tenantId: string): TenantLinks | null {
  const hit = cache.get(tenantId);
  return hit && hit.expires > Date.now() ? hit.value : null;
}

/**
 * The tenant's links, or null when identity does not answer (the message then goes without links; the
 * miss is remembered for a minute too, so an unreachable identity does not slow every caller down).
 */
export async function tenantLinks(peers: Peers, tenantId: string, service: string, requestId?: string): Promise<TenantLinks | null> {
  const hit = cache.get(tenantId);
  if (hit && hit.expires > Date.now()) return hit.value;
  try {
    const data = await callPeer<{ currentTenant: { id: string; slug: string; name: string; kind: string } | null }>(
      peers,
      'identity',
      'query TenantLinks { currentTenant { id slug name kind } }',
      {},
      { tenantId, service, scopes: [], requestId, timeoutMs: 5_000 },
    );
    const value = data.currentTenant?.id === tenantId ? linksOf(data.currentTenant) : null;
    cache.set(tenantId, { value, expires: Date.now() + TTL_MS });
    return value;
  } catch (e) {
    logger.warn('storefront links: identity did not answer; messages go without links for a minute', { tenantId, error: String(e) });
    cache.set(tenantId, { value: null, expires: Date.now() + TTL_MS });
    return null;
  }
}
