// The tenant tree as the back office shows it. Pure, shared by pages and actions; mirrors identity's
// CHILD_KINDS (subgraphs/identity/src/services/tenants.ts), which decides every creation.

export type TenantKind = 'PLATFORM' | 'PARTNER' | 'CLIENT' | 'STORE' | 'MARKETPLACE';

const CHILD_KINDS: Record<TenantKind, TenantKind[]> = {
  PLATFORM: ['PARTNER'],
  PARTNER: ['CLIENT'],
  CLIENT: ['STORE', 'MARKETPLACE'],
  STORE: [],
  MARKETPLACE: [],
};

/** The kinds of tenant that may be created beneath a tenant of `kind` (none: a shop has no businesses below it). */
export function childKinds(kind: string): TenantKind[] {
  return CHILD_KINDS[kind as TenantKind] ?? [];
}

/** `#RRGGBB`, the only colour form identity keeps. */
export const COLOUR_PATTERN = /^#[0-9a-fA-F]{6}$/;
/** Identity's slug rule: 1-48 lower-case letters, digits or dashes, not starting or ending with a dash. */
export const TENANT_SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;
