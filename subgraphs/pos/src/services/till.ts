/**
 * What a till keeps on the device to work offline (its catalogue comes from catalog and inventory through
 * the same key): itself, the shop's cashiers with their PINs' hashes, the receipt settings, the session it
 * has open, and the sequence to continue from — so a till whose storage was wiped does not reuse numbers.
 */
import type { ServiceContext } from './context';
import { requireDevice } from './devices';
import { posSettings } from './settings';

export async function tillSnapshot(ctx: ServiceContext) {
  const device = await requireDevice(ctx);
  const [cashiers, settings, openSession, highest] = await Promise.all([
    ctx.prisma.posCashier.findMany({ where: { tenantId: device.tenantId, active: true }, orderBy: { name: 'asc' } }),
    posSettings(ctx.prisma, device.tenantId),
    ctx.prisma.tillSession.findFirst({ where: { deviceId: device.id, status: 'OPEN' }, orderBy: { openedAt: 'desc' } }),
    ctx.prisma.posEvent.aggregate({ where: { deviceId: device.id }, _max: { claimedSequence: true } }),
  ]);
  await ctx.prisma.posDevice.update({ where: { id: device.id }, data: { lastSeenAt: new Date() } });
  return { device, cashiers, settings, openSession, nextSequence: Math.max(device.lastSequence, highest._max.claimedSequence ?? 0) + 1 };
}
