import { ADMIN_ROLES, createBuilder, type RoleName } from '@webwaka/kit';

/** Inventory's one schema builder. */
export const builder = createBuilder();

/**
 * Who may read stock: the tenant's people who run it, vendors (their own variants only:
 * services/access.ts), and integrators with inventory:read. Agents see none. The gateway's
 * `inventoryChanged` feed applies the same rule, event by event, through the `stockLevel` query.
 */
export const STOCK_READERS = { roles: [...ADMIN_ROLES, 'STAFF', 'VENDOR'] as RoleName[], apiScope: 'inventory:read' };
/** Who reads the stock report (the tenant's whole stock at once): managers and integrators with inventory:read; no vendor. */
export const STOCK_REPORT_READERS = { roles: [...ADMIN_ROLES, 'STAFF'] as RoleName[], apiScope: 'inventory:read' };
/** Who may move stock: administrators, staff, and integrators with inventory:write. */
export const STOCK_WRITERS = { roles: [...ADMIN_ROLES, 'STAFF'] as RoleName[], apiScope: 'inventory:write' };
/** Who may receive and count stock: the writers, and vendors for their own variants (services/access.ts). */
export const STOCK_KEEPERS = { roles: [...ADMIN_ROLES, 'STAFF', 'VENDOR'] as RoleName[], apiScope: 'inventory:write' };
/** Who may change how channels draw stock (a business setting): administrators, and integrators with inventory:write. */
export const STOCK_ADMINS = { roles: [...ADMIN_ROLES] as RoleName[], apiScope: 'inventory:write' };

export const LocationKindEnum = builder.enumType('LocationKind', { values: ['WAREHOUSE', 'SHOP', 'POS_TILL', 'VEHICLE'] as const });
export const MovementReasonEnum = builder.enumType('MovementReason', {
  description: 'Why stock moved: every journal entry carries one.',
  values: ['RECEIPT', 'SALE', 'RETURN', 'ADJUSTMENT', 'TRANSFER_OUT', 'TRANSFER_IN', 'CORRECTION'] as const,
});
export const ReservationStatusEnum = builder.enumType('ReservationStatus', { values: ['ACTIVE', 'COMMITTED', 'RELEASED', 'EXPIRED'] as const });
export const StockChannelEnum = builder.enumType('StockChannel', {
  description: 'A sales channel as inventory sees it: single-vendor store, marketplace, point of sale.',
  values: ['SVM', 'MVM', 'POS'] as const,
});
export const ChannelModeEnum = builder.enumType('ChannelMode', {
  description: 'How a channel draws stock: the shared pool, allocations dedicated to it, or counts of its own.',
  values: ['SHARED', 'ALLOCATED', 'INDEPENDENT'] as const,
});
export const AlertKindEnum = builder.enumType('StockAlertKind', { values: ['LOW_STOCK', 'CONFLICT'] as const });
export const ConflictStatusEnum = builder.enumType('StockConflictStatus', { values: ['OPEN', 'RESOLVED'] as const });

builder.queryType({});
builder.mutationType({});
