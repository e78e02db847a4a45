// Tenant kinds as the storefront serves them. No Next request APIs here, so proxy.ts can use it.

/** `s` = single-vendor store, `m` = marketplace: the first path segment of every storefront URL. */
export type StorefrontKind = 's' | 'm';

/** Whether a path segment is one of the storefront kinds (the `[kind]` of app/[kind]/[slug]). */
export function isStorefrontKind(segment: string): segment is StorefrontKind {
  return segment === 's' || segment === 'm';
}

/** The path segment a tenant kind is served under, or null when the tenant has no storefront. */
export function storefrontKindOf(tenant: { kind: string }): StorefrontKind | null {
  switch (tenant.kind) {
    case 'STORE':
      return 's';
    case 'MARKETPLACE':
      return 'm';
    default:
      return null;
  }
}
