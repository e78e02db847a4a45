/**
 * Offline reconciliation: a till or a van records movements while disconnected and sends them later, as
 * often as it needs to. Each movement carries a client id; the journal's unique (tenantId, clientId)
 * makes it count once however many times, and from however many devices, it arrives. A sale happened
 * whatever the server's count says: it is applied up to the available stock (never below zero), and the
 * shortfall is recorded as a StockConflict plus a CONFLICT alert for someone to look at — never dropped.
 */
import { anonymousActor, DomainError, ErrorCode, isUniqueViolation, logger, uuidv7, type MovementsRequestedPayload, type OutboxEventRecord } from '@webwaka/kit';
import { TX_OPTIONS, type ServiceContext } from './context';
import { resolveItem, type VariantRef } from './items';
import { changeLevel, ensureLevel, expireAtLevel, lockLevels, StockChanges } from './levels';
import { findLocation, requireTenant } from './locations';
import { warmLinks } from './low-stock-messages';
import { checkQuantity, checkReference, journal, type MovementReason } from './stock';

export const MAX_BATCH = 500;
/** Device clocks drift; a movement dated further ahead than this is a broken clock, not a sale. */
const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

const OFFLINE_REASONS: Partial<Record<MovementReason, 'any' | 'positive' | 'negative'>> = { SALE: 'negative', RETURN: 'positive', RECEIPT: 'positive', ADJUSTMENT: 'any', CORRECTION: 'any' };

export interface OfflineMovement extends VariantRef {
  clientId: string;
  deviceId?: string | null;
  locationId: string;
  /** Signed: negative takes stock out (a sale), positive puts it in. */
  quantity: number;
  reason: MovementReason;
  occurredAt: Date;
  reference?: string | null;
}

export type OfflineStatus = 'APPLIED' | 'DUPLICATE' | 'CONFLICT';

type Movement = Awaited<ReturnType<typeof journal>>;
type Conflict = Awaited<ReturnType<ServiceContext['prisma']['stockConflict']['create']>>;

export interface OfflineResult {
  clientId: string;
  /** APPLIED in full; CONFLICT applied in part (see shortfall); DUPLICATE: already applied by an earlier call, with that call's outcome. */
  status: OfflineStatus;
  /** The signed quantity that changed the stock. */
  appliedQuantity: number;
  shortfall: number;
  movement: Movement;
  conflict: Conflict | null;
}

/**
 * Applies a batch in order. The whole batch is validated first (unknown SKUs, foreign locations, bad
 * quantities refuse it with nothing written); then each movement is its own transaction, so a retry
 * after a dropped connection completes what is missing and reports the rest as DUPLICATE.
 */
export async function applyStockMovements(ctx: ServiceContext, movements: OfflineMovement[]): Promise<OfflineResult[]> {
  const tenantId = requireTenant(ctx);
  if (!Array.isArray(movements) || movements.length < 1 || movements.length > MAX_BATCH) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `A batch holds 1 to ${MAX_BATCH} movements`, ['movements']);
  }
  const prepared = [];
  const locations = new Map<string, Awaited<ReturnType<typeof findLocation>>>();
  for (const [i, m] of movements.entries()) {
    const path = ['movements', String(i)];
    const clientId = m.clientId?.trim() ?? '';
    if (clientId.length < 1 || clientId.length > 100) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'clientId must be 1 to 100 characters', [...path, 'clientId']);
    const deviceId = m.deviceId?.trim() || null;
    if (deviceId && deviceId.length > 100) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'deviceId must be at most 100 characters', [...path, 'deviceId']);
    const quantity = checkQuantity(m.quantity, [...path, 'quantity'], { signed: true });
    const sign = OFFLINE_REASONS[m.reason];
    if (!sign) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Offline movements take reason ${Object.keys(OFFLINE_REASONS).join(', ')}`, [...path, 'reason']);
    if ((sign === 'positive' && quantity < 0) || (sign === 'negative' && quantity > 0)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `A ${m.reason} movement must be ${sign}`, [...path, 'quantity']);
    }
    const occurredAt = m.occurredAt instanceof Date ? m.occurredAt : new Date(NaN);
    if (Number.isNaN(occurredAt.getTime()) || occurredAt.getTime() > Date.now() + MAX_CLOCK_SKEW_MS) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'occurredAt must be a valid time, not in the future', [...path, 'occurredAt']);
    }
    const reference = checkReference(m.reference, [...path, 'reference']);
    const item = await resolveItem(ctx.prisma, tenantId, m, path);
    // A closed location still records what happened there (stock counted out of a closed shop).
    let location = locations.get(m.locationId);
    if (!location) locations.set(m.locationId, (location = await findLocation(ctx.prisma, tenantId, m.locationId, [...path, 'locationId'])));
    prepared.push({ clientId, deviceId, quantity, reason: m.reason, occurredAt, reference, variantId: item.variantId, locationId: location.id });
  }

  const results: OfflineResult[] = [];
  for (const m of prepared) results.push(await applyOne(ctx, tenantId, m));
  return results;
}

type Prepared = { clientId: string; deviceId: string | null; quantity: number; reason: MovementReason; occurredAt: Date; reference: string | null; variantId: string; locationId: string };

async function applyOne(ctx: ServiceContext, tenantId: string, m: Prepared): Promise<OfflineResult> {
  const earlier = await duplicate(ctx, tenantId, m.clientId);
  if (earlier) return earlier;
  try {
    await warmLinks(ctx, tenantId);
    const result = await ctx.prisma.$transaction(async (tx) => {
      const changes = new StockChanges(tenantId);
      const levelId = await ensureLevel(tx, tenantId, m.variantId, m.locationId);
      await lockLevels(tx, [levelId]);
      // Overdue reservations hold no stock: settle them before measuring what a sale can take.
      await expireAtLevel(tx, tenantId, m.variantId, m.locationId, changes);
      const [level] = await lockLevels(tx, [levelId]);
      const applied = m.quantity > 0 ? m.quantity : -Math.min(-m.quantity, Math.max(0, level.onHand - level.reserved));
      if (applied !== 0) await changeLevel(tx, changes, levelId, applied, 0);
      // Written even when nothing could be applied: it is the record that this clientId was processed.
      const movement = await journal(tx, ctx, { tenantId, variantId: m.variantId, locationId: m.locationId, quantity: applied, reason: m.reason, clientId: m.clientId, deviceId: m.deviceId, occurredAt: m.occurredAt, reference: m.reference });
      const shortfall = Math.abs(m.quantity - applied);
      let conflict: Conflict | null = null;
      if (shortfall > 0) {
        conflict = await tx.stockConflict.create({
          data: { id: uuidv7(), tenantId, variantId: m.variantId, locationId: m.locationId, clientId: m.clientId, requested: m.quantity, applied, shortfall },
        });
        await tx.stockAlert.create({
          data: {
            id: uuidv7(),
            tenantId,
            variantId: m.variantId,
            locationId: m.locationId,
            kind: 'CONFLICT',
            available: level.onHand - level.reserved + applied,
            threshold: null,
            message: `Offline ${m.reason.toLowerCase()} ${m.clientId}${m.deviceId ? ` from ${m.deviceId}` : ''} of ${-m.quantity} exceeded the available stock by ${shortfall}`,
          },
        });
      }
      await changes.record(tx);
      return { clientId: m.clientId, status: (shortfall > 0 ? 'CONFLICT' : 'APPLIED') as OfflineStatus, appliedQuantity: applied, shortfall, movement, conflict };
    }, TX_OPTIONS);
    ctx.eventsRecorded();
    return result;
  } catch (e) {
    // Another batch carrying the same clientId committed it first.
    if (isUniqueViolation(e)) {
      const other = await duplicate(ctx, tenantId, m.clientId);
      if (other) return other;
    }
    throw e;
  }
}

async function duplicate(ctx: ServiceContext, tenantId: string, clientId: string): Promise<OfflineResult | null> {
  const movement = await ctx.prisma.stockMovement.findUnique({ where: { tenantId_clientId: { tenantId, clientId } } });
  if (!movement) return null;
  const conflict = await ctx.prisma.stockConflict.findFirst({ where: { tenantId, clientId } });
  return { clientId, status: 'DUPLICATE', appliedQuantity: movement.quantity, shortfall: conflict?.shortfall ?? 0, movement, conflict };
}

/**
 * `inventory.movements.requested` (a till's sale or restocked return, from pos; decision 0052): applied
 * like an offline batch, once per clientId, a shortfall recorded as a conflict and an alert. A movement
 * that can never apply (a variant inventory does not know) is logged and skipped, not retried forever.
 */
export function onMovementsRequested(prisma: ServiceContext['prisma'], nudge: () => void) {
  return async (event: OutboxEventRecord) => {
    const { movements } = event.payload as MovementsRequestedPayload;
    const ctx: ServiceContext = { prisma, actor: { ...anonymousActor(event.tenantId), kind: 'service', scopes: ['inventory:write'] }, tenantId: event.tenantId, requestId: `movements-${event.id}`, ip: null, eventsRecorded: nudge };
    for (const m of movements) {
      try {
        await applyStockMovements(ctx, [{ ...m, occurredAt: new Date(m.occurredAt) }]);
      } catch (e) {
        if (!(e instanceof DomainError)) throw e;
        logger.warn('inventory: a requested movement cannot be applied', { eventId: event.id, clientId: m.clientId, reason: e.message });
      }
    }
  };
}
