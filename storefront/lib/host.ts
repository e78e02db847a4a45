// Host-based tenant resolution for custom domains (whitelabel partners). No Next request APIs here, so
// proxy.ts can use it.

/**
 * Request header proxy.ts sets for every storefront page: the path prefix of the tenant's pages, or `/`
 * on the tenant's custom domain (an empty header value would not survive the trip to the page).
 */
export const BASE_HEADER = 'x-ww-base';

/** The link prefix a BASE_HEADER value stands for ('' at the root of a custom domain); null when absent. */
export function baseFromHeader(value: string | null): string | null {
  if (value === null) return null;
  return value === '/' ? '' : value;
}

const BUILT_IN_PLATFORM_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** Host names that serve every tenant under /s/<slug> and /m/<slug> (STOREFRONT_PLATFORM_HOSTS adds more). */
export function isPlatformHost(hostname: string): boolean {
  const extra = (process.env.STOREFRONT_PLATFORM_HOSTS ?? '').split(',').map((h) => h.trim().toLowerCase());
  return BUILT_IN_PLATFORM_HOSTS.includes(hostname) || extra.includes(hostname);
}

/** `shop.example.ng:3000` → `shop.example.ng`; null for anything that is not a plain host name. */
export function hostnameOf(host: string | null): string | null {
  if (!host) return null;
  const name = host.trim().toLowerCase().replace(/:\d+$/, '');
  if (name.startsWith('[')) return name; // IPv6 literal
  return /^[a-z0-9.-]{1,253}$/.test(name) ? name : null;
}
