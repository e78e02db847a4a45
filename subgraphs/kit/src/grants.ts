/**
 * What a caller may reach in the request's tenant, written once for every capability (decision 0025).
 *
 * A user's rights are the UNION of what each of its roles grants, each role scoped as that role: a
 * CUSTOMER who is also an AGENT sees their own bookings as a customer plus the ones they sold as an
 * agent, never everyone's; an administrator's role counts only once the session passed the second factor
 * (without it, an ADMIN+CUSTOMER is a customer). Nothing may be decided from "this is the caller's only
 * role" (`roles.every(...)`, `roles.length === 1`): adding a role must never widen what another role sees.
 */
import { ADMIN_ROLES, type Actor } from '@webwaka/protocol';

export interface Grants {
  /** An administrator of the tenant whose session passed the second factor. */
  admin: boolean;
  /** STAFF of the tenant. */
  staff: boolean;
  /**
   * Reads (and, where the operation allows it, manages) every row of the tenant: an administrator with
   * the second factor, STAFF, or an API key / service holding one of the `tenantWideScopes` asked for.
   */
  tenantWide: boolean;
  /** The user the caller acts for in each own-rows role it holds (null when it does not hold that role). */
  customer: string | null;
  agent: string | null;
  vendor: string | null;
}

export function grantsOf(actor: Actor, tenantWideScopes: readonly string[] = []): Grants {
  if (actor.kind === 'apiKey' || actor.kind === 'service') {
    const tenantWide = tenantWideScopes.some((s) => actor.scopes.includes(s));
    return { admin: false, staff: false, tenantWide, customer: null, agent: null, vendor: null };
  }
  const user = actor.kind === 'user' && actor.userId ? actor.userId : null;
  const has = (r: Actor['roles'][number]) => !!user && actor.roles.includes(r);
  const admin = !!user && actor.mfa && actor.roles.some((r) => ADMIN_ROLES.includes(r));
  const staff = has('STAFF');
  return { admin, staff, tenantWide: admin || staff, customer: has('CUSTOMER') ? user : null, agent: has('AGENT') ? user : null, vendor: has('VENDOR') ? user : null };
}

export type OwnRole = 'customer' | 'agent' | 'vendor';

/**
 * The rows a caller owns through its roles, as an OR of `{ column: userId }` filters (one per role it
 * holds that the entity records), e.g. `ownRowFilters(g, { customer: 'customerUserId', agent: 'agentUserId' })`.
 * Empty: it owns none (combine with `NOTHING`).
 */
export function ownRowFilters(g: Grants, columns: Partial<Record<OwnRole, string>>): Record<string, string>[] {
  return (Object.entries(columns) as [OwnRole, string][]).flatMap(([role, column]) => (g[role] ? [{ [column]: g[role]! }] : []));
}

/** A Prisma filter matching no row (for callers who own none). */
export const NOTHING = { id: { in: [] as string[] } };

/** Tenant-wide: no extra filter; otherwise the caller's own rows (possibly none). */
export function scopedToGrants(g: Grants, columns: Partial<Record<OwnRole, string>>): Record<string, unknown> {
  if (g.tenantWide) return {};
  const own = ownRowFilters(g, columns);
  return own.length ? { OR: own } : NOTHING;
}
