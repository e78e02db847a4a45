import { ADMIN_ROLES, createBuilder, type RoleName } from '@webwaka/kit';

/** Inventory's one schema builder. */
export const builder = createBuilder();

/** Who may read stock: the tenant's people who run it, and integrators with inventory:read. */
export const STOCK_READERS = { roles: [...ADMIN_ROLES, 'STAFF', 'VENDOR', 'AGENT'] as RoleName[], apiScope: 'inventory:read' };
/** Who may move stock: administrators, staff, and integrators with inventory:write. */
export const STOCK_WRITERS = { roles: [...ADMIN_ROLES, 'STAFF'] as RoleName[], apiScope: 'inventory:write' };

export const LocationKindEnum = builder.enumType('LocationKind', { values: ['WAREHOUSE', 'SHOP', 'POS_TILL', 'VEHICLE'] as const });

builder.queryType({});
builder.mutationType({});
