import { ADMIN_ROLES, createBuilder, type RoleName } from '@webwaka/kit';

/** Inventory's one schema builder. */
export const builder = createBuilder();

/** Who may read stock: the tenant's people who run it, and integrators with inventory:read. The gateway's `inventoryChanged` feed applies the same rule. */
export const STOCK_READERS = { roles: [...ADMIN_ROLES, 'STAFF', 'VENDOR', 'AGENT'] as RoleName[], apiScope: 'inventory:read' };
/** Who may move stock: administrators, staff, and integrators with inventory:write. */
export const STOCK_WRITERS = { roles: [...ADMIN_ROLES, 'STAFF'] as RoleName[], apiScope: 'inventory:write' };
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
