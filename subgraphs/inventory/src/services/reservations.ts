/**
 * Reservations hold stock for a cart or checkout until it is sold (commit), given back (release) or
 * forgotten (expiry). Where a reservation draws from depends on its channel's mode: the shared pool
 * (StockLevel.reserved) for SHARED channels, the channel's ChannelAllocation otherwise. Mode changes
 * require the channel to hold nothing, so a reservation's source never changes while it is ACTIVE.
 */
import { DomainError, ErrorCode, Prisma, isUniqueViolation, isUuid, uuidv7 } from '@webwaka/kit';
import type { ServiceContext, Tx } from './context';
import { resolveItem, type VariantRef } from './items';
import { SALES_CHANNELS, changeLevel, channelModes, ensureAllocation, ensureLevel, lockChannelMode, lockLevels, moveAllocation, type Channel } from './levels';
import { findLocation, requireTenant } from './locations';
import { checkQuantity, checkReference, insufficient, journal, retryAfterExpiry, stockTransaction } from './stock';

/** A reservation lives from 30 seconds (a quick re-check) to one day (a checkout awaiting a bank transfer). */
export const MIN_TTL_SECONDS = 30;
export const MAX_TTL_SECONDS = 24 * 60 * 60;

type ReservationRow = Awaited<ReturnType<Tx['reservation']['findUniqueOrThrow']>>;

/** What a reader sees: an ACTIVE reservation past its expiry is EXPIRED already, swept or not. */
export const effectiveStatus = (r: Pick<ReservationRow, 'status' | 'expiresAt'>) => (r.status === 'ACTIVE' && r.expiresAt.getTime() <= Date.now() ? 'EXPIRED' : r.status);

export function checkChannel(channel: string, field = ['channel']): Channel {
  if (!(SALES_CHANNELS as readonly string[]).includes(channel)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Channel must be one of ${SALES_CHANNELS.join(', ')}`, field);
  return channel as Channel;
}

export interface ReserveInput extends VariantRef {
  quantity: number;
  channel: Channel;
  locationId?: string | null;
  ttlSeconds: number;
  reference?: string | null;
  idempotencyKey?: string | null;
}

/**
 * Holds `quantity` of a variant for `ttlSeconds` at one location (the given one, or the one with the most
 * available stock for the channel). INSUFFICIENT_STOCK when no location has enough. Never oversells: the
 * hold is one conditional UPDATE (see levels.ts). An idempotency key makes a retried request return the
 * reservation the first one made.
 */
export async function reserveStock(ctx: ServiceContext, input: ReserveInput) {
  const tenantId = requireTenant(ctx);
  const quantity = checkQuantity(input.quantity, ['quantity']);
  const channel = checkChannel(input.channel);
  const ttl = input.ttlSeconds;
  if (!Number.isInteger(ttl) || ttl < MIN_TTL_SECONDS || ttl > MAX_TTL_SECONDS) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `ttlSeconds must be from ${MIN_TTL_SECONDS} to ${MAX_TTL_SECONDS}`, ['ttlSeconds']);
  }
  const reference = checkReference(input.reference);
  const key = input.idempotencyKey?.trim() || null;
  if (key && key.length > 200) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'idempotencyKey must be at most 200 characters', ['idempotencyKey']);
  const item = await resolveItem(ctx.prisma, tenantId, input);
  const location = input.locationId ? await findLocation(ctx.prisma, tenantId, input.locationId, ['locationId'], { active: true }) : null;

  const replay = async () => {
    const existing = key ? await ctx.prisma.reservation.findUnique({ where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: key } } }) : null;
    if (!existing) return null;
    const same = existing.variantId === item.variantId && existing.quantity === quantity && existing.channel === channel && (!location || existing.locationId === location.id);
    if (!same) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This idempotencyKey was used for a different reservation', ['idempotencyKey']);
    return existing;
  };
  const earlier = await replay();
  if (earlier) return earlier;

  const attempt = () =>
    stockTransaction(ctx, tenantId, async (tx, changes) => {
      const mode = await lockChannelMode(tx, tenantId, channel);
      let locationId: string | null = null;
      if (mode === 'SHARED') {
        const candidates = location ? [await ensureLevel(tx, tenantId, item.variantId, location.id)] : await sharedCandidates(tx, tenantId, item.variantId, quantity);
        for (const id of candidates) {
          const row = await changeLevel(tx, changes, id, 0, quantity);
          if (row) {
            locationId = row.locationId;
            // Both the given location (findLocation, active: true) and the candidates are active ones.
            changes.locationActive(locationId);
            break;
          }
        }
      } else {
        const candidates = location ? [await ensureAllocation(tx, tenantId, item.variantId, location.id, channel)] : await allocationCandidates(tx, tenantId, item.variantId, channel, quantity);
        for (const id of candidates) {
          const row = await moveAllocation(tx, id, 0, quantity);
          if (row) {
            locationId = row.locationId;
            break;
          }
        }
      }
      if (!locationId) {
        throw insufficient(mode === 'SHARED' ? `Not enough stock available to reserve ${quantity}` : `Not enough stock allocated to ${channel} to reserve ${quantity}`);
      }
      return tx.reservation.create({
        data: {
          id: uuidv7(),
          tenantId,
          variantId: item.variantId,
          locationId,
          channel,
          quantity,
          reference,
          idempotencyKey: key,
          expiresAt: new Date(Date.now() + ttl * 1000),
        },
      });
    });

  try {
    return await retryAfterExpiry(ctx, { tenantId, variantId: item.variantId, locationId: location?.id }, attempt);
  } catch (e) {
    // The same key raced in from a retry: the other request made the reservation.
    if (key && isUniqueViolation(e)) {
      const existing = await replay();
      if (existing) return existing;
    }
    throw e;
  }
}

/** The tenant's levels of a variant at active locations with enough raw stock, fullest first. */
async function sharedCandidates(tx: Tx, tenantId: string, variantId: string, quantity: number): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT sl."id" FROM "inventory"."StockLevel" sl JOIN "inventory"."Location" l ON l."id" = sl."locationId"
    WHERE sl."tenantId" = ${tenantId}::uuid AND sl."variantId" = ${variantId}::uuid AND l."active"
      AND sl."onHand" - sl."reserved" >= ${quantity}::int
    ORDER BY sl."onHand" - sl."reserved" DESC, sl."id" LIMIT 20`;
  return rows.map((r) => r.id);
}

async function allocationCandidates(tx: Tx, tenantId: string, variantId: string, channel: Channel, quantity: number): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT ca."id" FROM "inventory"."ChannelAllocation" ca JOIN "inventory"."Location" l ON l."id" = ca."locationId"
    WHERE ca."tenantId" = ${tenantId}::uuid AND ca."variantId" = ${variantId}::uuid AND ca."channel" = ${channel}::"inventory"."StockChannel"
      AND l."active" AND ca."quantity" - ca."reserved" >= ${quantity}::int
    ORDER BY ca."quantity" - ca."reserved" DESC, ca."id" LIMIT 20`;
  return rows.map((r) => r.id);
}

async function findReservation(ctx: ServiceContext, tenantId: string, id: string) {
  const r = isUuid(id) ? await ctx.prisma.reservation.findFirst({ where: { id, tenantId } }) : null;
  if (!r) throw new DomainError(ErrorCode.NOT_FOUND, 'No such reservation', ['id']);
  return r;
}

function refuseInactive(r: ReservationRow, action: 'commit' | 'release'): never {
  const status = effectiveStatus(r);
  if (status === 'EXPIRED') throw new DomainError(ErrorCode.RESERVATION_EXPIRED, 'The reservation has expired; reserve again', ['id']);
  throw new DomainError(ErrorCode.BAD_USER_INPUT, `Cannot ${action} a ${status.toLowerCase()} reservation`, ['id']);
}

/**
 * Locks what a reservation draws from (its level, then its allocation: the one lock order) and returns
 * the channel's mode and the ids.
 */
async function lockSource(tx: Tx, r: ReservationRow) {
  const mode = (await channelModes(tx, r.tenantId))[r.channel as Channel];
  const levelId = await ensureLevel(tx, r.tenantId, r.variantId, r.locationId);
  await lockLevels(tx, [levelId]);
  const allocationId = mode === 'SHARED' ? null : await ensureAllocation(tx, r.tenantId, r.variantId, r.locationId, r.channel as Channel);
  if (allocationId) await tx.$queryRaw`SELECT 1 FROM "inventory"."ChannelAllocation" WHERE "id" = ${allocationId}::uuid FOR UPDATE`;
  return { mode, levelId, allocationId };
}

/** Compare-and-set on the reservation's status: null if another request changed it first. */
async function transition(tx: Tx, id: string, to: 'COMMITTED' | 'RELEASED', opts: { unexpired: boolean }) {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "inventory"."Reservation"
    SET "status" = (CASE WHEN ${to} = 'RELEASED' AND "expiresAt" <= now() THEN 'EXPIRED' ELSE ${to} END)::"inventory"."ReservationStatus", "updatedAt" = now()
    WHERE "id" = ${id}::uuid AND "status" = 'ACTIVE' ${opts.unexpired ? Prisma.sql`AND "expiresAt" > now()` : Prisma.empty}
    RETURNING "id"`;
  return rows.length ? tx.reservation.findUniqueOrThrow({ where: { id } }) : null;
}

/** The sale happened: the held stock leaves (onHand and reserved both drop), journalled as SALE. Idempotent. */
export async function commitReservation(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  const r = await findReservation(ctx, tenantId, id);
  if (r.status === 'COMMITTED') return r;
  if (effectiveStatus(r) !== 'ACTIVE') refuseInactive(r, 'commit');
  const committed = await stockTransaction(ctx, tenantId, async (tx, changes) => {
    const { mode, levelId, allocationId } = await lockSource(tx, r);
    const done = await transition(tx, r.id, 'COMMITTED', { unexpired: true });
    if (!done) return null;
    const q = r.quantity;
    // The held units leave: from the level's reserved stock (an allocation is reserved there too) and
    // from the allocation; a channel with its own counts never touches the level.
    if (mode !== 'INDEPENDENT' && !(await changeLevel(tx, changes, levelId, -q, -q))) throw new Error(`inventory: level ${levelId} does not hold reservation ${r.id}`);
    if (allocationId && !(await moveAllocation(tx, allocationId, -q, -q))) throw new Error(`inventory: allocation ${allocationId} does not hold reservation ${r.id}`);
    if (mode !== 'INDEPENDENT') {
      await journal(tx, ctx, { tenantId, variantId: r.variantId, locationId: r.locationId, quantity: -q, reason: 'SALE', channel: r.channel as Channel, reference: r.reference ?? `reservation:${r.id}` });
    }
    return done;
  });
  if (committed) return committed;
  // Another request moved it first: committed is fine (idempotent), anything else is refused.
  const now = await findReservation(ctx, tenantId, id);
  if (now.status === 'COMMITTED') return now;
  refuseInactive(now, 'commit');
}

/** The cart or checkout gave the stock back. Idempotent; an overdue reservation ends EXPIRED. */
export async function releaseReservation(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  const r = await findReservation(ctx, tenantId, id);
  if (r.status === 'RELEASED' || r.status === 'EXPIRED') return r;
  if (r.status === 'COMMITTED') refuseInactive(r, 'release');
  const released = await stockTransaction(ctx, tenantId, async (tx, changes) => {
    const { mode, levelId, allocationId } = await lockSource(tx, r);
    const done = await transition(tx, r.id, 'RELEASED', { unexpired: false });
    if (!done) return null;
    if (mode === 'SHARED' && !(await changeLevel(tx, changes, levelId, 0, -r.quantity))) throw new Error(`inventory: level ${levelId} does not hold reservation ${r.id}`);
    if (allocationId && !(await moveAllocation(tx, allocationId, 0, -r.quantity))) throw new Error(`inventory: allocation ${allocationId} does not hold reservation ${r.id}`);
    return done;
  });
  if (released) return released;
  const now = await findReservation(ctx, tenantId, id);
  if (now.status === 'COMMITTED') refuseInactive(now, 'release');
  return now;
}
