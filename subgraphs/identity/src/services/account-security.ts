import { ADMIN_ROLES, DomainError, ErrorCode, assertStrongPassword, dummyPasswordHash, hashPassword, verifyPassword, type RoleName } from '@webwaka/kit';
import { recordAudit } from './audit';
import type { ServiceContext } from './context';
import { endSessions } from './sessions';
import { accountKey, beginAttempt } from './throttle';
import { requireUser } from './two-factor';

// Account security for everyone (issue 14): the signed-in user's own sessions, ending one of them, and a
// password change. Each acts on the caller's own account only; nothing here takes another user's id.

/** One signed-in session (a refresh-token family) of the caller, as the account page lists it. */
export interface MySession {
  id: string;
  tenantId: string;
  startedAt: Date;
  lastActiveAt: Date;
  expiresAt: Date;
  twoFactorVerified: boolean;
  current: boolean;
}

/** The caller's live sessions in every tenant, most recently active first. */
export async function mySessions(ctx: ServiceContext): Promise<MySession[]> {
  const { userId } = requireUser(ctx);
  const now = new Date();
  const rows = await ctx.prisma.refreshToken.findMany({
    where: { userId, revokedAt: null },
    select: { familyId: true, tenantId: true, createdAt: true, expiresAt: true, rotatedAt: true, mfa: true },
    orderBy: { createdAt: 'asc' },
  });
  const byFamily = new Map<string, MySession>();
  for (const row of rows) {
    const seen = byFamily.get(row.familyId);
    const lastActiveAt = row.rotatedAt && row.rotatedAt > row.createdAt ? row.rotatedAt : row.createdAt;
    if (!seen) {
      byFamily.set(row.familyId, { id: row.familyId, tenantId: row.tenantId, startedAt: row.createdAt, lastActiveAt, expiresAt: row.expiresAt, twoFactorVerified: row.mfa, current: row.familyId === ctx.actor.sessionId });
    } else {
      if (lastActiveAt > seen.lastActiveAt) seen.lastActiveAt = lastActiveAt;
      if (row.expiresAt > seen.expiresAt) seen.expiresAt = row.expiresAt;
      seen.twoFactorVerified = row.mfa;
    }
  }
  return [...byFamily.values()].filter((s) => s.expiresAt > now).sort((a, b) => b.lastActiveAt.getTime() - a.lastActiveAt.getTime());
}

/** Ends one of the caller's own sessions (a lost phone, a shared computer). NOT_FOUND for anyone else's. */
export async function endMySession(ctx: ServiceContext, sessionId: string): Promise<void> {
  const { userId, tenantId } = requireUser(ctx);
  const ended = await ctx.prisma.$transaction(async (tx) => {
    const ids = await endSessions(tx, { userId, familyId: sessionId }, 'ended_by_user');
    if (ids.length === 0) return false;
    await recordAudit(tx, ctx, { tenantId, type: 'session.logged_out', subjectId: userId, data: { sessionId, fromSession: ctx.actor.sessionId ?? null } });
    return true;
  });
  if (!ended) throw new DomainError(ErrorCode.NOT_FOUND, 'No such session of yours', ['sessionId']);
  ctx.eventsRecorded();
}

/**
 * Changes the caller's password: the current one first (throttled like a sign-in, so a stolen session
 * cannot guess it), then the new one must be strong and different. Every other session ends, in every
 * tenant, since whoever knew the old password may be signed in elsewhere; this one stays.
 */
export async function changePassword(ctx: ServiceContext, input: { currentPassword: string; newPassword: string }): Promise<{ sessionsEnded: number }> {
  const { userId, tenantId } = requireUser(ctx);
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  const attempt = await beginAttempt(ctx, accountKey(user));
  // A phone-only customer has no password (decision 0062): nothing matches.
  if (!(await verifyPassword(input.currentPassword ?? '', user.passwordHash ?? (await dummyPasswordHash())))) throw new DomainError(ErrorCode.INVALID_CREDENTIALS, 'Wrong current password', ['currentPassword']);
  if (input.newPassword === input.currentPassword) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Choose a password different from the current one', ['newPassword']);
  try {
    assertStrongPassword(input.newPassword, user.email ?? undefined);
  } catch (e) {
    if (e instanceof DomainError) throw new DomainError(e.code as ErrorCode, e.message, ['newPassword']);
    throw e;
  }
  const passwordHash = await hashPassword(input.newPassword);
  const ended = await ctx.prisma.$transaction(async (tx) => {
    await attempt.succeeded(tx);
    await tx.user.update({ where: { id: userId }, data: { passwordHash } });
    const families = await tx.refreshToken.findMany({ where: { userId, revokedAt: null, familyId: { not: ctx.actor.sessionId ?? '' } }, distinct: ['familyId'], select: { familyId: true } });
    let count = 0;
    for (const f of families) count += (await endSessions(tx, { userId, familyId: f.familyId }, 'password_changed')).length;
    await recordAudit(tx, ctx, { tenantId, type: 'user.password_changed', subjectId: userId, data: { sessionsEnded: count } });
    return count;
  });
  ctx.eventsRecorded();
  return { sessionsEnded: ended };
}

/**
 * The tenants where the caller is the only holder of an administrator role they hold: closing the account
 * would leave those businesses with nobody to run them, so it is refused until someone else has the role.
 */
export async function lastAdministratorOf(ctx: Pick<ServiceContext, 'prisma'>, userId: string): Promise<string[]> {
  const mine = await ctx.prisma.membership.findMany({ where: { userId, role: { in: [...ADMIN_ROLES] as RoleName[] } }, select: { tenantId: true, role: true, tenant: { select: { name: true } } } });
  const alone: string[] = [];
  for (const m of mine) {
    const others = await ctx.prisma.membership.count({ where: { tenantId: m.tenantId, role: m.role, userId: { not: userId }, user: { deletionRequestedAt: null } } });
    if (others === 0) alone.push(m.tenant.name);
  }
  return [...new Set(alone)];
}
