// Which roles the members page offers: identity's rules (subgraphs/identity/src/services/members.ts), mirrored so
// the form never offers a role whose grant would be refused. The API still decides each request.

import type { Role, TenantKind } from '../../gql/graphql';

/** Most powerful first (the kit's ROLES order): an administrator manages only roles at or below their own. */
export const ROLE_ORDER: readonly Role[] = ['SUPER_ADMIN', 'PARTNER_ADMIN', 'CLIENT_ADMIN', 'VENDOR', 'AGENT', 'STAFF', 'RIDER', 'CUSTOMER'];

/** Which roles exist in which kind of tenant (identity's ROLES_BY_KIND). */
const ROLES_BY_KIND: Record<TenantKind, readonly Role[]> = {
  PLATFORM: ['SUPER_ADMIN', 'STAFF'],
  PARTNER: ['PARTNER_ADMIN', 'AGENT', 'STAFF'],
  CLIENT: ['CLIENT_ADMIN', 'STAFF'],
  STORE: ['CLIENT_ADMIN', 'VENDOR', 'AGENT', 'STAFF', 'RIDER', 'CUSTOMER'],
  MARKETPLACE: ['CLIENT_ADMIN', 'VENDOR', 'AGENT', 'STAFF', 'RIDER', 'CUSTOMER'],
};

const rank = (role: string) => {
  const i = ROLE_ORDER.indexOf(role as Role);
  return i < 0 ? ROLE_ORDER.length : i;
};

/** The roles of this kind of tenant that someone holding `own` may grant and revoke. */
export function manageableRoles(kind: TenantKind, own: readonly string[]): Role[] {
  const highest = Math.min(...own.map(rank));
  return ROLES_BY_KIND[kind].filter((role) => rank(role) >= highest);
}

/** Whether someone holding `own` may revoke a membership with `role`. */
export function mayManage(own: readonly string[], role: string): boolean {
  return Math.min(...own.map(rank)) <= rank(role);
}
