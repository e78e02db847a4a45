/**
 * Channel sync, opt-in per tenant. Each sales channel (SVM storefront, MVM marketplace, POS) draws stock
 * in one of three modes:
 * - SHARED (default): from the shared pool, StockLevel (available = onHand - reserved).
 * - ALLOCATED: only from its ChannelAllocation rows. Allocating moves stock out of the shared pool (it
 *   counts as reserved in the StockLevel), so shared channels cannot sell it; selling it lowers onHand.
 * - INDEPENDENT: from counts of its own in ChannelAllocation, which never touch StockLevel (a shop that
 *   keeps its own books).
 * A channel changes mode only while it holds nothing (no ACTIVE reservations, empty allocations), so the
 * stock it holds is always accounted under the mode it was taken with.
 */
import { DomainError, ErrorCode } from '@webwaka/kit';
import { TX_OPTIONS, type ServiceContext } from './context';
import { resolveItem, type VariantRef } from './items';
import { changeLevel, channelModes, ensureAllocation, ensureLevel, expireReservations, lockChannelMode, lockLevels, moveAllocation, type Channel, type Mode } from './levels';
import { findLocation, requireTenant } from './locations';
import { checkChannel } from './reservations';
import { checkQuantity, insufficient, retryAfterExpiry, stockTransaction } from './stock';

const MODES: readonly Mode[] = ['SHARED', 'ALLOCATED', 'INDEPENDENT'];

export async function listChannelPolicies(ctx: ServiceContext) {
  const tenantId = requireTenant(ctx);
  const modes = await channelModes(ctx.prisma, tenantId);
  const rows = await ctx.prisma.channelPolicy.findMany({ where: { tenantId } });
  return (Object.keys(modes) as Channel[]).map((channel) => ({ channel, mode: modes[channel], updatedAt: rows.find((r) => r.channel === channel)?.updatedAt ?? null }));
}

export async function setChannelPolicy(ctx: ServiceContext, input: { channel: Channel; mode: Mode }) {
  const tenantId = requireTenant(ctx);
  const channel = checkChannel(input.channel);
  if (!MODES.includes(input.mode)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Mode must be one of ${MODES.join(', ')}`, ['mode']);
  // Overdue reservations are settled under the mode they were taken with, before it changes.
  await expireReservations(ctx.prisma, { tenantId, channel });
  const policy = await ctx.prisma.$transaction(async (tx) => {
    await tx.$executeRaw`INSERT INTO "inventory"."ChannelPolicy" ("tenantId", "channel", "mode", "updatedAt")
      VALUES (${tenantId}::uuid, ${channel}::"inventory"."StockChannel", 'SHARED', now()) ON CONFLICT DO NOTHING`;
    // Exclusive: waits for reservations being taken under the current mode (they hold it shared).
    const [current] = await tx.$queryRaw<{ mode: Mode }[]>`SELECT "mode"::text AS "mode" FROM "inventory"."ChannelPolicy"
      WHERE "tenantId" = ${tenantId}::uuid AND "channel" = ${channel}::"inventory"."StockChannel" FOR UPDATE`;
    if (current.mode !== input.mode) {
      const active = await tx.reservation.count({ where: { tenantId, channel, status: 'ACTIVE' } });
      const held = await tx.channelAllocation.count({ where: { tenantId, channel, OR: [{ quantity: { gt: 0 } }, { reserved: { gt: 0 } }] } });
      if (active || held) {
        throw new DomainError(
          ErrorCode.BAD_USER_INPUT,
          `${channel} still holds stock (${active} active reservation(s), ${held} non-empty allocation(s)); commit or release them and deallocate first`,
          ['channel'],
        );
      }
    }
    return tx.channelPolicy.update({ where: { tenantId_channel: { tenantId, channel } }, data: { mode: input.mode } });
  }, TX_OPTIONS);
  return policy;
}

interface AllocateInput extends VariantRef {
  channel: Channel;
  locationId: string;
  quantity: number;
}

async function prepare(ctx: ServiceContext, input: AllocateInput) {
  const tenantId = requireTenant(ctx);
  const channel = checkChannel(input.channel);
  const quantity = checkQuantity(input.quantity, ['quantity']);
  const item = await resolveItem(ctx.prisma, tenantId, input);
  return { tenantId, channel, quantity, item };
}

const notAllocating = (channel: Channel) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, `${channel} draws from the shared pool; set its mode to ALLOCATED or INDEPENDENT first`, ['channel']);

/**
 * ALLOCATED: moves `quantity` of the shared pool's available stock into the channel's allocation (it
 * becomes reserved in the level, out of reach of shared channels). INDEPENDENT: adds to the channel's
 * own count.
 */
export async function allocateStock(ctx: ServiceContext, input: AllocateInput) {
  const { tenantId, channel, quantity, item } = await prepare(ctx, input);
  const location = await findLocation(ctx.prisma, tenantId, input.locationId, ['locationId'], { active: true });
  return retryAfterExpiry(ctx, { tenantId, variantId: item.variantId, locationId: location.id }, () =>
    stockTransaction(ctx, tenantId, async (tx, changes) => {
      const mode = await lockChannelMode(tx, tenantId, channel);
      if (mode === 'SHARED') throw notAllocating(channel);
      if (mode === 'ALLOCATED') {
        const levelId = await ensureLevel(tx, tenantId, item.variantId, location.id);
        if (!(await changeLevel(tx, changes, levelId, 0, quantity))) throw insufficient(`Not enough available stock at ${location.code} to allocate ${quantity}`);
      }
      const allocationId = await ensureAllocation(tx, tenantId, item.variantId, location.id, channel);
      return { allocation: (await moveAllocation(tx, allocationId, quantity, 0))!, mode };
    }),
  );
}

/** The reverse: ALLOCATED gives unreserved allocated stock back to the shared pool; INDEPENDENT lowers its own count. */
export async function deallocateStock(ctx: ServiceContext, input: AllocateInput) {
  const { tenantId, channel, quantity, item } = await prepare(ctx, input);
  const location = await findLocation(ctx.prisma, tenantId, input.locationId, ['locationId']);
  return retryAfterExpiry(ctx, { tenantId, variantId: item.variantId, locationId: location.id, channel }, () =>
    stockTransaction(ctx, tenantId, async (tx, changes) => {
      const mode = await lockChannelMode(tx, tenantId, channel);
      if (mode === 'SHARED') throw notAllocating(channel);
      const levelId = await ensureLevel(tx, tenantId, item.variantId, location.id);
      await lockLevels(tx, [levelId]);
      const allocationId = await ensureAllocation(tx, tenantId, item.variantId, location.id, channel);
      const allocation = await moveAllocation(tx, allocationId, -quantity, 0);
      if (!allocation) throw insufficient(`${channel}'s unreserved allocation at ${location.code} is less than ${quantity}`);
      if (mode === 'ALLOCATED' && !(await changeLevel(tx, changes, levelId, 0, -quantity))) throw new Error(`inventory: level ${levelId} does not hold allocation ${allocationId}`);
      return { allocation, mode };
    }),
  );
}
