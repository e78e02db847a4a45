/**
 * Who sees which operators' trips. A tenant sees its own network; a motor park (a marketplace tenant)
 * also sees the trips of every operator it lists with an APPROVED ParkListing. Seats stay the
 * operator's rows whatever tenant sells them, so there is one seat inventory for everyone. Writes to the
 * network itself (parks, routes, vehicles, trips, allotments, boarding) are always the operator's own.
 */
import { DomainError, ErrorCode, isUuid, requireTenant } from '@webwaka/kit';
import type { Db, ServiceContext } from './context';

export { requireTenant };

/** The operators whose trips the tenant may show and sell: itself and the operators its park lists. */
export async function visibleOperators(db: Db, tenantId: string): Promise<string[]> {
  const listings = await db.parkListing.findMany({ where: { tenantId, status: 'APPROVED' }, select: { operatorTenantId: true } });
  return [tenantId, ...listings.map((l) => l.operatorTenantId)];
}

/** A trip the tenant may show and sell, or null (foreign, unlisted and malformed ids alike). */
export async function visibleTrip(db: Db, tenantId: string, tripId: string | null | undefined) {
  if (!isUuid(tripId)) return null;
  const trip = await db.trip.findUnique({ where: { id: tripId } });
  if (!trip) return null;
  if (trip.tenantId === tenantId) return trip;
  const listed = await db.parkListing.findFirst({ where: { tenantId, operatorTenantId: trip.tenantId, status: 'APPROVED' }, select: { id: true } });
  return listed ? trip : null;
}

/** visibleTrip for mutations: NOT_FOUND as a user error. */
export async function requireVisibleTrip(ctx: ServiceContext, tripId: string | null | undefined, field = ['tripId']) {
  const trip = await visibleTrip(ctx.prisma, requireTenant(ctx), tripId);
  if (!trip) throw new DomainError(ErrorCode.NOT_FOUND, 'No such trip', field);
  return trip;
}

/** A trip of the request's own tenant (operator-only operations), or NOT_FOUND. */
export async function requireOwnTrip(db: Db, tenantId: string, tripId: string | null | undefined, field = ['tripId']) {
  const trip = isUuid(tripId) ? await db.trip.findFirst({ where: { id: tripId, tenantId } }) : null;
  if (!trip) throw new DomainError(ErrorCode.NOT_FOUND, 'No such trip', field);
  return trip;
}
