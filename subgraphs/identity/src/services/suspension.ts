import { DomainError, ErrorCode, isUuid, recordEvent, TOPICS } from '@webwaka/kit';
import { recordAudit, requireTenant } from './audit';
import type { ServiceContext, Tx } from './context';
import { endSessions } from './sessions';
import { MAX_DEPTH } from './tenant-status';

// Suspending a business (issue 14, PF-1): an administrator closes a partner, client, store or marketplace
// beneath their own tenant — a reseller that stopped paying, a shop selling what it must not. Everything
// beneath it closes with it. Closed means: its sessions end at once (every gateway refuses their tokens),
// nobody signs in, renews or switches into it, its API keys stop working, and its public shop is gone
// (anonymous callers get TENANT_NOT_FOUND). Nothing is deleted: reinstating opens it again as it was.

/** `targetId` when it is strictly beneath the request's tenant; NOT_FOUND otherwise (another branch is not confirmed). */
async function beneathMe(ctx: ServiceContext, targetId: string): Promise<string> {
  const mine = requireTenant(ctx);
  if (isUuid(targetId) && targetId !== mine) {
    let next: string | null = targetId;
    for (let depth = 0; next && depth < MAX_DEPTH; depth++) {
      const row: { parentId: string | null } | null = await ctx.prisma.tenant.findUnique({ where: { id: next }, select: { parentId: true } });
      if (!row) break;
      if (row.parentId === mine) return targetId;
      next = row.parentId;
    }
  }
  throw new DomainError(ErrorCode.NOT_FOUND, 'No such business beneath yours', ['tenantId']);
}

/** The tenant and every tenant beneath it. */
async function withDescendants(tx: Tx, tenantId: string): Promise<string[]> {
  const all = [tenantId];
  let level = [tenantId];
  for (let depth = 0; level.length > 0 && depth < MAX_DEPTH; depth++) {
    level = (await tx.tenant.findMany({ where: { parentId: { in: level } }, select: { id: true } })).map((t) => t.id);
    all.push(...level);
  }
  return all;
}

export async function suspendTenant(ctx: ServiceContext, input: { tenantId: string; reason: string }) {
  const mine = requireTenant(ctx);
  const targetId = await beneathMe(ctx, input.tenantId);
  const reason = (input.reason ?? '').trim();
  if (reason.length < 3 || reason.length > 500) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Give a reason of 3 to 500 characters', ['reason']);
  const suspended = await ctx.prisma.$transaction(async (tx) => {
    // The conditional update is the lock: of two concurrent suspensions, one wins, the other is refused.
    const changed = await tx.tenant.updateMany({ where: { id: targetId, suspendedAt: null }, data: { suspendedAt: new Date(), suspendedReason: reason } });
    if (changed.count === 0) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'This business is already suspended', ['tenantId']);
    const closed = await withDescendants(tx, targetId);
    let sessions = 0;
    for (const tenantId of closed) sessions += (await endSessions(tx, { tenantId }, 'tenant_suspended')).length;
    // Gateways cache verified API keys for a while: announcing each key as revoked empties those caches and
    // closes the keys' sockets now; the keys stay valid and work again once the business is reinstated.
    const keys = await tx.apiKey.findMany({ where: { tenantId: { in: closed }, revokedAt: null }, select: { id: true, tenantId: true } });
    for (const key of keys) await recordEvent(tx, { tenantId: key.tenantId, topic: TOPICS.IDENTITY_API_KEY_REVOKED, payload: { apiKeyId: key.id } });
    const data = { reason, tenants: closed.length, sessionsEnded: sessions, apiKeys: keys.length };
    await recordAudit(tx, ctx, { tenantId: mine, type: 'tenant.suspended', subjectId: targetId, data });
    await recordAudit(tx, ctx, { tenantId: targetId, type: 'tenant.suspended', subjectId: targetId, data });
    return tx.tenant.findUniqueOrThrow({ where: { id: targetId } });
  });
  ctx.eventsRecorded();
  return suspended;
}

export async function reinstateTenant(ctx: ServiceContext, input: { tenantId: string }) {
  const mine = requireTenant(ctx);
  const targetId = await beneathMe(ctx, input.tenantId);
  const reinstated = await ctx.prisma.$transaction(async (tx) => {
    const changed = await tx.tenant.updateMany({ where: { id: targetId, suspendedAt: { not: null } }, data: { suspendedAt: null, suspendedReason: null } });
    if (changed.count === 0) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'This business is not suspended', ['tenantId']);
    await recordAudit(tx, ctx, { tenantId: mine, type: 'tenant.reinstated', subjectId: targetId });
    await recordAudit(tx, ctx, { tenantId: targetId, type: 'tenant.reinstated', subjectId: targetId });
    return tx.tenant.findUniqueOrThrow({ where: { id: targetId } });
  });
  ctx.eventsRecorded();
  return reinstated;
}
