/**
 * Where a payment page may send the shopper back to (decision 0021). Any https URL used to be accepted,
 * which made checkout an open redirect: a link that starts a real payment on a shop and lands the shopper,
 * after paying, on a look-alike page asking for their card again. A return URL must now be on the
 * tenant's own storefront:
 * - its custom domain (Tenant.customDomain, which identity sets only once the domain is the tenant's);
 * - the platform's public storefront: STOREFRONT_PUBLIC_URL's origin, and the host names in
 *   STOREFRONT_PLATFORM_HOSTS (the hosts that serve every tenant under /s/<slug> and /m/<slug>);
 * - outside production, loopback on any port (`npm start`, tests), as before.
 * https always; plain http only outside production.
 */
import { DomainError, ErrorCode, config } from '@webwaka/kit';
import type { ServiceContext } from './context';
import { sellingTenant } from './tenant';

const MAX_LENGTH = 500;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Host names (lower case) and origins of the platform's own storefront, from the environment. */
function platformStorefront(): { hosts: Set<string>; origins: Set<string> } {
  const hosts = new Set((process.env.STOREFRONT_PLATFORM_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean));
  const origins = new Set<string>();
  for (const u of (process.env.STOREFRONT_PUBLIC_URL ?? '').split(',')) {
    try {
      if (u.trim()) origins.add(new URL(u.trim()).origin);
    } catch {
      /* a malformed setting allows nothing */
    }
  }
  return { hosts, origins };
}

/** Whether `url` is one of the tenant's own storefront addresses (see above). Pure, for tests. */
export function isOwnStorefrontUrl(url: URL, customDomain: string | null, production = config.isProduction): boolean {
  if (url.username || url.password) return false;
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && !production)) return false;
  const host = url.hostname.toLowerCase();
  const { hosts, origins } = platformStorefront();
  if (origins.has(url.origin)) return true;
  if (!production && LOOPBACK.has(host)) return true;
  if (customDomain && host === customDomain.toLowerCase()) return true;
  return hosts.has(host);
}

/**
 * The return URL as given when it is the tenant's own (null when none was given); a BAD_USER_INPUT on
 * `field` otherwise. Checked at checkout, retryPayment and external orders, before anything is stored.
 */
export async function checkReturnUrl(ctx: Pick<ServiceContext, 'peers' | 'requestId'>, tenantId: string, value: string | null | undefined, field = ['returnUrl']): Promise<string | null> {
  const given = value?.trim() || null;
  if (!given) return null;
  let url: URL | null = null;
  try {
    url = given.length <= MAX_LENGTH && !/\s/.test(given) ? new URL(given) : null;
  } catch {
    url = null;
  }
  const tenant = url ? await sellingTenant(ctx, tenantId) : null;
  if (!url || !tenant || !isOwnStorefrontUrl(url, tenant.customDomain)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, "returnUrl must be a page of this shop's own storefront (its domain or the platform's)", field);
  }
  return given;
}
