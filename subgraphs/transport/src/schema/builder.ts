import { ADMIN_ROLES, createBuilder, type RoleName } from '@webwaka/kit';

/** Transport's one schema builder. */
export const builder = createBuilder();

/**
 * Who runs the operator's network and sells at its window: administrators, staff (conductors and
 * ticket clerks), and integrators or services (commerce confirming a paid order) with transport:write.
 */
export const TRANSPORT_MANAGERS = { roles: [...ADMIN_ROLES, 'STAFF'] as RoleName[], apiScope: 'transport:write' };
/** Who reads bookings, tickets and agents' sales: administrators, staff, and keys with transport:read. */
export const TRANSPORT_READERS = { roles: [...ADMIN_ROLES, 'STAFF'] as RoleName[], apiScope: 'transport:read' };
/** Readers plus agents, who see their own allotments and sales only. */
export const AGENT_READERS = { roles: [...ADMIN_ROLES, 'STAFF', 'AGENT'] as RoleName[], apiScope: 'transport:read' };
/** Agents sell from their own allotments (their user id is the seller). */
export const AGENTS = { roles: ['AGENT'] as RoleName[] };
/** Business settings (which parks list the operator): administrators, keys with transport:write. */
export const TRANSPORT_ADMINS = { roles: [...ADMIN_ROLES] as RoleName[], apiScope: 'transport:write' };

export const SeatStateEnum = builder.enumType('SeatState', {
  description: 'What a seat is now: HELD only while its hold lasts (an overdue hold shows AVAILABLE); ALLOTTED: set aside for an agent.',
  values: ['AVAILABLE', 'HELD', 'SOLD', 'ALLOTTED'] as const,
});
export const SeatEventKindEnum = builder.enumType('SeatEventKind', { values: ['HELD', 'RELEASED', 'SOLD', 'EXPIRED', 'ALLOTTED'] as const });
export const SeatHoldStatusEnum = builder.enumType('SeatHoldStatus', {
  description: 'An ACTIVE hold past expiresAt reads EXPIRED: it holds nothing.',
  values: ['ACTIVE', 'RELEASED', 'EXPIRED', 'CONFIRMED'] as const,
});
export const SaleChannelEnum = builder.enumType('SaleChannel', {
  description: 'ONLINE: a paid order (or an integrator); WINDOW: sold by staff at the counter; AGENT: an agent at the park, paid in cash.',
  values: ['ONLINE', 'WINDOW', 'AGENT'] as const,
});
export const ParkListingStatusEnum = builder.enumType('ParkListingStatus', { values: ['PENDING', 'APPROVED', 'SUSPENDED'] as const });

builder.queryType({});
builder.mutationType({});

/** Queries run their service calls through kit's `asQuery` (a DomainError keeps its code). */
export { asQuery } from '@webwaka/kit';
