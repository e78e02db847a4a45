import { gatewayRequest } from './gateway';
import { TenantByDomainQuery } from './operations';
import type { StorefrontKind } from './tenant-kind';
import { storefrontKindOf } from './tenant-kind';

export interface DomainTenant {
  slug: string;
  kind: StorefrontKind;
}

// A custom domain's tenant changes rarely (like the gateway's own tenant cache, a change shows within a
// minute), and every page request on the domain needs it before anything else: keep answers briefly,
// unknown domains included. Gateway failures are not kept.
const TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;
const known = new Map<string, { value: DomainTenant | null; expires: number }>();

async function lookUp(domain: string, forwardedFor: string | null): Promise<DomainTenant | null> {
  const result = await gatewayRequest(TenantByDomainQuery, { domain }, { tenant: '', forwardedFor });
  if (!result.data) throw new Error(`tenantByDomain failed: ${result.errors.map((e) => e.message).join('; ')}`);
  const tenant = result.data.tenantByDomain;
  const kind = tenant ? storefrontKindOf(tenant) : null;
  return tenant && kind ? { slug: tenant.slug, kind } : null;
}

/**
 * The storefront served on a custom domain, or null when the domain belongs to no store or marketplace. A
 * lookup is charged to the rate limit of the visitor whose request needed it (`forwardedFor`).
 */
export async function tenantForDomain(domain: string, forwardedFor: string | null = null): Promise<DomainTenant | null> {
  const now = Date.now();
  const hit = known.get(domain);
  if (hit && hit.expires > now) return hit.value;
  const value = await lookUp(domain, forwardedFor);
  if (known.size >= MAX_ENTRIES) known.clear();
  known.set(domain, { value, expires: now + TTL_MS });
  return value;
}
