import { ADMIN_ROLES, createBuilder, type RoleName } from '@webwaka/kit';

/** Catalog's one schema builder. */
export const builder = createBuilder();

/** Tenant administrators (with the second factor). */
export const ADMINS: { roles: RoleName[] } = { roles: [...ADMIN_ROLES] };
/** Who may change the catalogue: administrators and staff, vendors (their own products), integrators. */
export const CATALOG_WRITERS = { roles: [...ADMIN_ROLES, 'STAFF', 'VENDOR'] as RoleName[], apiScope: 'catalog:write' };

builder.queryType({});
builder.mutationType({});
