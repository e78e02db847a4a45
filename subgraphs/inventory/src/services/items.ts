import { DomainError, ErrorCode, isUuid, logger, type OutboxEventRecord, type PrismaClient } from '@webwaka/kit';
import type { Tx } from './context';

/** How operations name a variant: by id or by SKU (either one; both only if they name the same variant). */
export interface VariantRef {
  variantId?: string | null;
  sku?: string | null;
}

type Db = Pick<Tx, 'inventoryItem'>;

/**
 * The tenant's inventory item for a variant reference. Unknown, foreign and malformed ids are NOT_FOUND;
 * an unknown SKU is UNKNOWN_SKU. `path` prefixes the error field (e.g. ['movements', '3']). With
 * `vendorOwnerUserId` (a vendor acting, services/access.ts) another vendor's variant is unknown too.
 */
export async function resolveItem(db: Db, tenantId: string, ref: VariantRef, path: string[] = [], vendorOwnerUserId: string | null = null) {
  const variantId = ref.variantId ?? null;
  const sku = ref.sku?.trim() || null;
  if (!variantId && !sku) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Name the variant by variantId or sku', [...path, 'variantId']);
  const own = vendorOwnerUserId ? { vendorOwnerUserId } : {};
  if (variantId) {
    const item = isUuid(variantId) ? await db.inventoryItem.findFirst({ where: { variantId, tenantId, ...own } }) : null;
    if (!item) throw new DomainError(ErrorCode.NOT_FOUND, 'No such variant', [...path, 'variantId']);
    if (sku && item.sku !== sku) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'variantId and sku name different variants', [...path, 'sku']);
    return item;
  }
  const item = await db.inventoryItem.findUnique({ where: { tenantId_sku: { tenantId, sku: sku! } } });
  if (!item || (vendorOwnerUserId && item.vendorOwnerUserId !== vendorOwnerUserId)) throw new DomainError(ErrorCode.UNKNOWN_SKU, `Unknown SKU ${sku}`, [...path, 'sku']);
  return item;
}

export interface VariantUpserted {
  variantId: string;
  tenantId: string;
  productId: string;
  sku: string;
  /** Who sells the variant (absent in events recorded before catalog carried it: the item keeps what it had). */
  vendorId?: string | null;
  vendorOwnerUserId?: string | null;
}

/**
 * Keeps the InventoryItem projection in step with catalog (idempotent: replays and re-deliveries leave
 * the same row). A SKU can move between variants (A renamed away, B renamed to A's old SKU); if B's event
 * arrives before A's, A still holds the SKU here, so A is parked under a placeholder until its own event
 * lands. Catalog guarantees uniqueness on its side; this only absorbs event order.
 */
export async function upsertInventoryItem(prisma: PrismaClient, e: VariantUpserted): Promise<void> {
  if (!isUuid(e.variantId) || !isUuid(e.tenantId) || !isUuid(e.productId) || typeof e.sku !== 'string' || !e.sku.trim()) {
    logger.warn('inventory: ignored malformed catalog.variant.upserted event', { payload: e });
    return;
  }
  const sku = e.sku.trim();
  const vendor =
    e.vendorId !== undefined && (e.vendorId === null || isUuid(e.vendorId))
      ? { vendorId: e.vendorId, vendorOwnerUserId: e.vendorOwnerUserId && isUuid(e.vendorOwnerUserId) ? e.vendorOwnerUserId : null }
      : {};
  await prisma.$transaction(async (tx) => {
    const existing = await tx.inventoryItem.findUnique({ where: { variantId: e.variantId } });
    if (existing && existing.tenantId !== e.tenantId) {
      logger.error('inventory: variant event names another tenant than its item; ignored', { variantId: e.variantId });
      return;
    }
    const sameVendor = !('vendorId' in vendor) || (existing?.vendorId === vendor.vendorId && existing?.vendorOwnerUserId === vendor.vendorOwnerUserId);
    if (existing && existing.sku === sku && existing.productId === e.productId && sameVendor) return;
    const holder = await tx.inventoryItem.findUnique({ where: { tenantId_sku: { tenantId: e.tenantId, sku } } });
    if (holder && holder.variantId !== e.variantId) {
      await tx.inventoryItem.update({ where: { variantId: holder.variantId }, data: { sku: `${holder.sku}#moved:${holder.variantId}` } });
    }
    await tx.inventoryItem.upsert({
      where: { variantId: e.variantId },
      create: { variantId: e.variantId, tenantId: e.tenantId, productId: e.productId, sku, ...vendor },
      update: { sku, productId: e.productId, ...vendor },
    });
  });
}

/** The outbox handler for CATALOG_VARIANT_UPSERTED. */
export const onVariantUpserted = (prisma: PrismaClient) => (event: OutboxEventRecord) =>
  upsertInventoryItem(prisma, { ...(event.payload as VariantUpserted), tenantId: event.payload?.tenantId ?? event.tenantId });
