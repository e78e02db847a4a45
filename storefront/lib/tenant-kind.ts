// Tenant kinds as the storefront serves them. No Next request APIs here, so proxy.ts can use it.

/** `s` = single-vendor store, `m` = marketplace: the first path segment of every storefront URL. */
export type StorefrontKind = 's' | 'm';

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
