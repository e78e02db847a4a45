/**
 * What managers read: tills with their backlog and last contact, sessions with their Z-reports, sales,
 * conflicts; and the public receipt behind a short link. Every read is in the caller's tenant.
 */
import { DomainError, ErrorCode, isUuid, requireTenant } from '@webwaka/kit';
import type { ServiceContext } from './context';

type Ctx = Pick<ServiceContext, 'prisma' | 'tenantId'>;

export async function listDevices(ctx: Ctx) {
  const tenantId = requireTenant(ctx);
  return ctx.prisma.posDevice.findMany({ where: { tenantId }, orderBy: { number: 'asc' } });
}

/** Events a till sent that wait for an earlier one (a gap in its sequence), per device. */
export async function backlogs(ctx: Ctx, deviceIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await ctx.prisma.posEvent.groupBy({ by: ['deviceId'], where: { deviceId: { in: [...deviceIds] }, appliedAt: null }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.deviceId, r._count._all]));
}

export async function openConflictCounts(ctx: Ctx, deviceIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await ctx.prisma.posConflict.groupBy({ by: ['deviceId'], where: { deviceId: { in: [...deviceIds] }, resolvedAt: null }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.deviceId, r._count._all]));
}

export async function salesCounts(ctx: Ctx, deviceIds: readonly string[]): Promise<Map<string, number>> {
  const rows = await ctx.prisma.posSale.groupBy({ by: ['deviceId'], where: { deviceId: { in: [...deviceIds] }, kind: 'SALE' }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.deviceId, r._count._all]));
}

export async function findSession(ctx: Ctx, id: string) {
  const tenantId = requireTenant(ctx);
  const session = isUuid(id) ? await ctx.prisma.tillSession.findFirst({ where: { id, tenantId } }) : null;
  if (!session) throw new DomainError(ErrorCode.NOT_FOUND, 'No such till session', ['id']);
  return session;
}

export async function resolveConflict(ctx: ServiceContext, id: string, note: string) {
  const tenantId = requireTenant(ctx);
  const text = (note ?? '').trim();
  if (text.length < 1 || text.length > 500) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Say what was done, in 1 to 500 characters', ['note']);
  const conflict = isUuid(id) ? await ctx.prisma.posConflict.findFirst({ where: { id, tenantId } }) : null;
  if (!conflict) throw new DomainError(ErrorCode.NOT_FOUND, 'No such conflict', ['id']);
  if (conflict.resolvedAt) return conflict;
  return ctx.prisma.posConflict.update({ where: { id }, data: { resolvedAt: new Date(), resolvedById: ctx.actor.userId, resolution: text } });
}

/** A receipt by its short link's code (anyone holding the link; the code is 50 random bits). */
export async function receiptByCode(ctx: Ctx, code: string) {
  const tenantId = requireTenant(ctx);
  if (!/^[A-Z2-7]{10}$/.test(code ?? '')) return null;
  return ctx.prisma.posSale.findFirst({ where: { tenantId, receiptCode: code } });
}
