/**
 * What a till keeps on the device to work offline (its catalogue comes from catalog and inventory through
 * the same key): itself, the shop's cashiers with their PINs' hashes, the receipt settings, the session it
 * has open, and the sequence to continue from — so a till whose storage was wiped does not reuse numbers.
 */
import { DomainError, ErrorCode } from '@webwaka/kit';
import type { ServiceContext } from './context';
import { customerPoints, shopCustomer } from './peers';
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

/**
 * A known customer for the calling till to attach to a sale (or sell to on account), by exact e-mail or by
 * phone (decision 0080), a CUSTOMER of the shop, with their points when the shop runs a programme; or null.
 * Online only; the till keeps the ones it found for offline sales.
 */
export async function findCustomer(ctx: ServiceContext, by: { email?: string | null; phone?: string | null }) {
  const device = await requireDevice(ctx);
  const address = (by.email ?? '').trim().toLowerCase();
  const phone = (by.phone ?? '').trim();
  if (!address === !phone) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Give an e-mail address or a phone number', ['email']);
  if (address && (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) || address.length > 254)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'That is not an e-mail address', ['email']);
  if (phone && !/^\+?[\d\s\-.()]{7,24}$/.test(phone)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Enter a phone number, such as 0803 123 4567 or +234 803 123 4567', ['phone']);
  const customer = await shopCustomer(ctx, device.tenantId, address ? { email: address } : { phone });
  if (!customer) return null;
  const points = await customerPoints(ctx, device.tenantId, customer.id);
  return { ...customer, points: points.enabled ? points : null };
}
