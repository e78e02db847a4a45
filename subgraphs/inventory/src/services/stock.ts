import { DomainError, ErrorCode, isUuid, uuidv7 } from '@webwaka/kit';
import { TX_OPTIONS, type ServiceContext, type Tx } from './context';
import { vendorUserOf } from './access';
import { resolveItem, type VariantRef } from './items';
import { changeLevel, ensureLevel, expireReservations, lockLevels, lowStockAlert, StockChanges, type Channel } from './levels';
import { findLocation, requireTenant } from './locations';
import { warmLinks } from './low-stock-messages';

/** The largest quantity one operation may move (a typo guard; Int columns hold far more). */
export const MAX_QUANTITY = 1_000_000;

export type MovementReason = 'RECEIPT' | 'SALE' | 'RETURN' | 'ADJUSTMENT' | 'TRANSFER_OUT' | 'TRANSFER_IN' | 'CORRECTION';

export function checkQuantity(q: number, field: string[], opts: { signed?: boolean } = {}): number {
  const ok = Number.isInteger(q) && Math.abs(q) <= MAX_QUANTITY && (opts.signed ? q !== 0 : q > 0);
  if (!ok) throw new DomainError(ErrorCode.BAD_USER_INPUT, opts.signed ? `Quantity must be a non-zero whole number up to ±${MAX_QUANTITY}` : `Quantity must be a whole number from 1 to ${MAX_QUANTITY}`, field);
  return q;
}

export function checkReference(ref: string | null | undefined, field = ['reference']): string | null {
  const r = ref?.trim() || null;
  if (r && r.length > 200) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Reference must be at most 200 characters', field);
  return r;
}

export const insufficient = (message = 'Not enough stock available', field = ['quantity']) => new DomainError(ErrorCode.INSUFFICIENT_STOCK, message, field);

/**
 * Runs `fn` in one transaction with a change collector whose events and alerts are recorded in the same
 * transaction, then wakes the outbox dispatcher.
 */
export async function stockTransaction<T>(ctx: ServiceContext, tenantId: string, fn: (tx: Tx, changes: StockChanges) => Promise<T>): Promise<T> {
  await warmLinks(ctx, tenantId);
  const result = await ctx.prisma.$transaction(async (tx) => {
    const changes = new StockChanges(tenantId);
    const r = await fn(tx, changes);
    await changes.record(tx);
    return r;
  }, TX_OPTIONS);
  ctx.eventsRecorded();
  return result;
}

/**
 * Runs an operation that may find too little stock; if it does, and reservations in `scope` have expired
 * without being swept yet, expires them (they must never block stock) and runs it once more.
 */
export async function retryAfterExpiry<T>(ctx: ServiceContext, scope: Parameters<typeof expireReservations>[1], run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof DomainError && e.code === ErrorCode.INSUFFICIENT_STOCK && (await expireReservations(ctx.prisma, scope)) > 0) {
      const again = await run();
      ctx.eventsRecorded();
      return again;
    }
    throw e;
  }
}

export async function journal(
  tx: Tx,
  ctx: Pick<ServiceContext, 'actor'>,
  m: { tenantId: string; variantId: string; locationId: string; quantity: number; reason: MovementReason; channel?: Channel | null; reference?: string | null; clientId?: string | null; deviceId?: string | null; occurredAt?: Date },
) {
  return tx.stockMovement.create({
    data: {
      id: uuidv7(),
      tenantId: m.tenantId,
      variantId: m.variantId,
      locationId: m.locationId,
      quantity: m.quantity,
      reason: m.reason,
      channel: m.channel ?? null,
      reference: m.reference ?? null,
      clientId: m.clientId ?? null,
      deviceId: m.deviceId ?? null,
      actorUserId: ctx.actor.userId,
      ...(m.occurredAt ? { occurredAt: m.occurredAt } : {}),
    },
  });
}

/** Goods arrived at a location: onHand grows, journalled as RECEIPT. */
export async function receiveStock(ctx: ServiceContext, input: VariantRef & { locationId: string; quantity: number; reference?: string | null }) {
  const tenantId = requireTenant(ctx);
  const quantity = checkQuantity(input.quantity, ['quantity']);
  const reference = checkReference(input.reference);
  const item = await resolveItem(ctx.prisma, tenantId, input, [], vendorUserOf(ctx.actor));
  const location = await findLocation(ctx.prisma, tenantId, input.locationId, ['locationId'], { active: true });
  return stockTransaction(ctx, tenantId, async (tx, changes) => {
    const levelId = await ensureLevel(tx, tenantId, item.variantId, location.id);
    const level = (await changeLevel(tx, changes, levelId, quantity, 0))!;
    const movement = await journal(tx, ctx, { tenantId, variantId: item.variantId, locationId: location.id, quantity, reason: 'RECEIPT', reference });
    return { stockLevel: level, movement };
  });
}

/** Reasons a manual adjustment may give, with the sign each allows. */
const ADJUST_REASONS: Partial<Record<MovementReason, 'any' | 'positive' | 'negative'>> = { ADJUSTMENT: 'any', CORRECTION: 'any', RETURN: 'positive', SALE: 'negative' };

/**
 * A counted or corrected quantity: signed, with a reason code. Stock never goes below what is reserved
 * (let alone below zero): a decrease larger than the available stock is INSUFFICIENT_STOCK.
 */
export async function adjustStock(ctx: ServiceContext, input: VariantRef & { locationId: string; quantity: number; reason: MovementReason; reference?: string | null }) {
  const tenantId = requireTenant(ctx);
  const quantity = checkQuantity(input.quantity, ['quantity'], { signed: true });
  const sign = ADJUST_REASONS[input.reason];
  if (!sign) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Adjustments take reason ${Object.keys(ADJUST_REASONS).join(', ')} (receipts and transfers have their own operations)`, ['reason']);
  if ((sign === 'positive' && quantity < 0) || (sign === 'negative' && quantity > 0)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `A ${input.reason} adjustment must be ${sign}`, ['quantity']);
  }
  const reference = checkReference(input.reference);
  const item = await resolveItem(ctx.prisma, tenantId, input, [], vendorUserOf(ctx.actor));
  const location = await findLocation(ctx.prisma, tenantId, input.locationId, ['locationId']);
  return retryAfterExpiry(ctx, { tenantId, variantId: item.variantId, locationId: location.id }, () =>
    stockTransaction(ctx, tenantId, async (tx, changes) => {
      const levelId = await ensureLevel(tx, tenantId, item.variantId, location.id);
      const level = await changeLevel(tx, changes, levelId, quantity, 0);
      if (!level) throw insufficient(`Only the available stock can be adjusted away; ${-quantity} is more than is available`);
      const movement = await journal(tx, ctx, { tenantId, variantId: item.variantId, locationId: location.id, quantity, reason: input.reason, reference });
      return { stockLevel: level, movement };
    }),
  );
}

/** Moves stock between two of the tenant's locations in one transaction: TRANSFER_OUT, TRANSFER_IN and a Transfer row. */
export async function transferStock(ctx: ServiceContext, input: VariantRef & { fromLocationId: string; toLocationId: string; quantity: number; reference?: string | null }) {
  const tenantId = requireTenant(ctx);
  const quantity = checkQuantity(input.quantity, ['quantity']);
  const reference = checkReference(input.reference);
  const item = await resolveItem(ctx.prisma, tenantId, input, [], vendorUserOf(ctx.actor));
  const from = await findLocation(ctx.prisma, tenantId, input.fromLocationId, ['fromLocationId']);
  const to = await findLocation(ctx.prisma, tenantId, input.toLocationId, ['toLocationId'], { active: true });
  if (from.id === to.id) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A transfer needs two different locations', ['toLocationId']);
  return retryAfterExpiry(ctx, { tenantId, variantId: item.variantId, locationId: from.id }, () =>
    stockTransaction(ctx, tenantId, async (tx, changes) => {
      const fromId = await ensureLevel(tx, tenantId, item.variantId, from.id);
      const toId = await ensureLevel(tx, tenantId, item.variantId, to.id);
      // Both levels locked in id order first: two opposite transfers cannot deadlock.
      await lockLevels(tx, [fromId, toId]);
      const fromLevel = await changeLevel(tx, changes, fromId, -quantity, 0);
      if (!fromLevel) throw insufficient(`Not enough available stock at ${from.code} to transfer ${quantity}`);
      const toLevel = (await changeLevel(tx, changes, toId, quantity, 0))!;
      const transfer = await tx.transfer.create({
        data: { id: uuidv7(), tenantId, variantId: item.variantId, fromLocationId: from.id, toLocationId: to.id, quantity, reference, actorUserId: ctx.actor.userId },
      });
      const tag = `transfer:${transfer.id}`;
      await journal(tx, ctx, { tenantId, variantId: item.variantId, locationId: from.id, quantity: -quantity, reason: 'TRANSFER_OUT', reference: tag });
      await journal(tx, ctx, { tenantId, variantId: item.variantId, locationId: to.id, quantity, reason: 'TRANSFER_IN', reference: tag });
      return { transfer, from: fromLevel, to: toLevel };
    }),
  );
}

function checkThreshold(v: number | null | undefined, field: string, min: number): number | null {
  if (v === null || v === undefined) return null;
  if (!Number.isInteger(v) || v < min || v > MAX_QUANTITY) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must be a whole number from ${min} to ${MAX_QUANTITY}, or null`, [field]);
  return v;
}

/**
 * Low-stock threshold, reorder point and reorder quantity of a variant at a location (null clears).
 * Setting a threshold the stock is already at or below counts as a crossing: one LOW_STOCK alert.
 */
export async function setStockThresholds(
  ctx: ServiceContext,
  input: VariantRef & { locationId: string; lowStockThreshold?: number | null; reorderPoint?: number | null; reorderQuantity?: number | null },
) {
  const tenantId = requireTenant(ctx);
  const lowStockThreshold = checkThreshold(input.lowStockThreshold, 'lowStockThreshold', 0);
  const reorderPoint = checkThreshold(input.reorderPoint, 'reorderPoint', 0);
  const reorderQuantity = checkThreshold(input.reorderQuantity, 'reorderQuantity', 1);
  const item = await resolveItem(ctx.prisma, tenantId, input, [], vendorUserOf(ctx.actor));
  const location = await findLocation(ctx.prisma, tenantId, input.locationId, ['locationId']);
  return stockTransaction(ctx, tenantId, async (tx, changes) => {
    const levelId = await ensureLevel(tx, tenantId, item.variantId, location.id);
    const [before] = await lockLevels(tx, [levelId]);
    const level = await tx.stockLevel.update({ where: { id: levelId }, data: { lowStockThreshold, reorderPoint, reorderQuantity } });
    const available = before.onHand - before.reserved;
    const wasLow = before.lowStockThreshold !== null && available <= before.lowStockThreshold;
    if (lowStockThreshold !== null && available <= lowStockThreshold && !wasLow) await lowStockAlert(tx, level, available);
    changes.touch(levelId);
    return { stockLevel: level };
  });
}

export async function acknowledgeAlert(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  const alert = isUuid(id) ? await ctx.prisma.stockAlert.findFirst({ where: { id, tenantId } }) : null;
  if (!alert) throw new DomainError(ErrorCode.NOT_FOUND, 'No such alert', ['id']);
  if (alert.acknowledgedAt) return alert;
  // Conditional, so a concurrent acknowledgement keeps the first time.
  await ctx.prisma.stockAlert.updateMany({ where: { id, acknowledgedAt: null }, data: { acknowledgedAt: new Date() } });
  return ctx.prisma.stockAlert.findUniqueOrThrow({ where: { id } });
}

export async function resolveStockConflict(ctx: ServiceContext, input: { id: string; note?: string | null }) {
  const tenantId = requireTenant(ctx);
  const note = input.note?.trim() || null;
  if (note && note.length > 1000) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Note must be at most 1000 characters', ['note']);
  const conflict = isUuid(input.id) ? await ctx.prisma.stockConflict.findFirst({ where: { id: input.id, tenantId } }) : null;
  if (!conflict) throw new DomainError(ErrorCode.NOT_FOUND, 'No such conflict', ['id']);
  if (conflict.status === 'RESOLVED') return conflict;
  await ctx.prisma.stockConflict.updateMany({ where: { id: conflict.id, status: 'OPEN' }, data: { status: 'RESOLVED', resolvedAt: new Date(), note: note ?? conflict.note } });
  return ctx.prisma.stockConflict.findUniqueOrThrow({ where: { id: conflict.id } });
}
