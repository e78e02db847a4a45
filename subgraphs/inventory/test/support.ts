/**
 * Helpers for inventory's tests: service contexts for calling services directly, items and locations
 * created straight in the database (catalog's mutations are not needed), callers signed in through the
 * gateway, and readers for the outbox events inventory records.
 */
import { randomUUID } from 'node:crypto';
import { anonymousActor, TOPICS, uuidv7, type Actor, type PrismaClient, type RoleName } from '@webwaka/kit';
import type { ServiceContext } from '../src/services/context';
import { signIn, apiKey, payload, tenantId, userErrorCodes } from '../../../test/support/callers';

// Shared callers (test/support/callers.ts), re-exported so this capability's tests import from one place.
export { signIn, apiKey, payload, tenantId, userErrorCodes };

/** A service context acting as a staff member of the tenant (or as the given actor). */
export function serviceContext(prisma: PrismaClient, tenant: string, actor: Partial<Actor> = {}): ServiceContext {
  return {
    prisma,
    tenantId: tenant,
    actor: { ...anonymousActor(tenant), kind: 'user', userId: uuidv7(), roles: ['STAFF'] as RoleName[], ...actor } as Actor,
    requestId: `test-${uuidv7()}`,
    ip: null,
    // The stack's dispatcher polls; nothing to wake from here.
    eventsRecorded: () => {},
  };
}

/** An inventory item as catalog's event would leave it (a fresh variant of a fresh or given product). */
export async function createItem(prisma: PrismaClient, tenant: string, opts: { sku?: string; productId?: string; vendorOwnerUserId?: string } = {}) {
  return prisma.inventoryItem.create({
    data: {
      variantId: uuidv7(),
      tenantId: tenant,
      productId: opts.productId ?? uuidv7(),
      sku: opts.sku ?? `T-${randomUUID().slice(0, 8).toUpperCase()}`,
      ...(opts.vendorOwnerUserId ? { vendorId: uuidv7(), vendorOwnerUserId: opts.vendorOwnerUserId } : {}),
    },
  });
}

export async function createLocation(prisma: PrismaClient, tenant: string, opts: { code?: string; active?: boolean } = {}) {
  return prisma.location.create({
    data: { id: uuidv7(), tenantId: tenant, code: opts.code ?? `L-${randomUUID().slice(0, 8).toUpperCase()}`, name: 'Test location', kind: 'WAREHOUSE', active: opts.active ?? true },
  });
}

/** The availability events recorded for a variant, oldest first. */
export async function availabilityEvents(prisma: PrismaClient, variantId: string): Promise<{ tenantId: string; variantId: string; productId: string; available: number }[]> {
  const rows = await prisma.outboxEvent.findMany({ where: { topic: TOPICS.INVENTORY_AVAILABILITY_CHANGED }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return rows.map((r) => r.payload as any).filter((p) => p.variantId === variantId);
}

/** Stock-changed events naming a level. */
export async function stockChangedEvents(prisma: PrismaClient, levelId: string) {
  const rows = await prisma.outboxEvent.findMany({ where: { topic: TOPICS.INVENTORY_STOCK_CHANGED }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return rows.filter((r) => ((r.payload as any).stockLevelIds as string[]).includes(levelId));
}

/**
 * Everything inventory stores about a tenant, for "nothing was written" checks (ordered, comparable).
 * Outbox events included.
 */
export async function tenantState(prisma: PrismaClient, tenant: string) {
  const where = { tenantId: tenant };
  const byId = { orderBy: { id: 'asc' as const } };
  return {
    locations: await prisma.location.findMany({ where, ...byId }),
    items: await prisma.inventoryItem.findMany({ where, orderBy: { variantId: 'asc' } }),
    levels: await prisma.stockLevel.findMany({ where, ...byId }),
    allocations: await prisma.channelAllocation.findMany({ where, ...byId }),
    policies: await prisma.channelPolicy.findMany({ where, orderBy: { channel: 'asc' } }),
    movements: await prisma.stockMovement.count({ where }),
    reservations: await prisma.reservation.findMany({ where, ...byId }),
    transfers: await prisma.transfer.count({ where }),
    conflicts: await prisma.stockConflict.findMany({ where, ...byId }),
    alerts: await prisma.stockAlert.findMany({ where, ...byId }),
    events: await prisma.outboxEvent.count({ where: { ...where, topic: { startsWith: 'inventory.' } } }),
  };
}
