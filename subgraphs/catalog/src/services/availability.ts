/**
 * Catalog's projection of sellable stock (VariantAvailability), fed by inventory's outbox topic
 * `inventory.availability.changed` { tenantId, variantId, productId, available }. Catalog is that topic's
 * only consumer. Search filters "in stock" on it without reaching into inventory's tables.
 */
import { isUuid, logger, type AvailabilityChangedPayload, type OutboxEventRecord, type PrismaClient } from '@webwaka/kit';

/**
 * Applies one event. Idempotent (a redelivery writes the same row) and order-safe: the row remembers the
 * time of the event it came from, and an older event delivered late (a retry after a newer one) changes
 * nothing. A malformed event is logged and dropped: retrying it could never succeed.
 */
export async function applyAvailabilityChanged(prisma: PrismaClient, event: Pick<OutboxEventRecord, 'id' | 'tenantId' | 'payload' | 'createdAt'>): Promise<void> {
  const p = (event.payload ?? {}) as Partial<AvailabilityChangedPayload>;
  if (!isUuid(p.variantId) || !isUuid(p.productId) || !Number.isInteger(p.available) || (p.tenantId !== undefined && p.tenantId !== event.tenantId)) {
    logger.warn('catalog: dropped malformed availability event', { eventId: event.id });
    return;
  }
  const at = new Date(event.createdAt);
  await prisma.$executeRaw`
    INSERT INTO "catalog"."VariantAvailability" ("variantId", "tenantId", "productId", "available", "updatedAt")
    VALUES (${p.variantId}::uuid, ${event.tenantId}::uuid, ${p.productId}::uuid, ${p.available}, ${at})
    ON CONFLICT ("variantId") DO UPDATE
      SET "available" = EXCLUDED."available", "productId" = EXCLUDED."productId", "updatedAt" = EXCLUDED."updatedAt"
      WHERE "VariantAvailability"."tenantId" = EXCLUDED."tenantId" AND "VariantAvailability"."updatedAt" <= EXCLUDED."updatedAt"`;
}
