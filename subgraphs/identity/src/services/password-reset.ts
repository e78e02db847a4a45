import { DomainError, ErrorCode, assertStrongPassword, hashPassword } from '@webwaka/kit';
import { recordAudit, requireTenant } from './audit';
import { accountLink, countMessageRequest, mintAccountToken, openAccountToken, requestMessage, sealLink, spendAccountToken, type AccountSurface } from './account-tokens';
import type { ServiceContext } from './context';
import { endSessions, normalizeEmail } from './sessions';
import { assertOpen } from './tenant-status';

// Password reset by e-mail (issue 15, decision 0056): "forgot password?" on a shop's or the back office's
// sign-in page. The answer never says whether the address has an account here; a link is mailed only when
// it does. The link works once, for 30 minutes, and using it ends every session of the account.

/** How long a reset link works. */
export const PASSWORD_RESET_TTL_MS = 30 * 60_000;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const SHOP_KINDS = new Set(['STORE', 'MARKETPLACE']);

/**
 * Asks for a reset link for `email` at the request's tenant. Throttled per address and per client address
 * (TOO_MANY_ATTEMPTS alike for known and unknown addresses). When the address belongs to an account that
 * may sign in here (a shop: anyone; elsewhere: a member), a token is made and the `account.password_reset`
 * message requested in one transaction; otherwise only the audit log records the request. Either way the
 * caller learns nothing.
 */
export async function requestPasswordReset(ctx: ServiceContext, input: { email: string; from?: AccountSurface | null }): Promise<void> {
  const tenantId = requireTenant(ctx);
  const email = normalizeEmail(input.email ?? '');
  if (!EMAIL_RE.test(email) || email.length > 254) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Enter a valid e-mail address', ['email']);
  await assertOpen(ctx.prisma, tenantId, 'email');
  await countMessageRequest(ctx, 'PASSWORD_RESET', email);
  const tenant = await ctx.prisma.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { slug: true, name: true, kind: true } });
  const user = await ctx.prisma.user.findUnique({ where: { email }, select: { id: true, name: true, deletionRequestedAt: true, memberships: { where: { tenantId }, select: { id: true } } } });
  const eligible = !!user && !user.deletionRequestedAt && (SHOP_KINDS.has(tenant.kind) || user.memberships.length > 0);
  await ctx.prisma.$transaction(async (tx) => {
    if (!eligible) {
      // Nobody to write to; the administrators see that someone asked (no account id: it may be no member).
      await recordAudit(tx, ctx, { tenantId, type: 'user.password_reset_requested', subjectId: null, actorUserId: null, data: { sent: false } });
      return;
    }
    const { id, token } = await mintAccountToken(tx, { userId: user.id, tenantId, email, purpose: 'PASSWORD_RESET', ttlMs: PASSWORD_RESET_TTL_MS });
    await requestMessage(tx, {
      key: `account.password_reset:${id}`,
      tenantId,
      template: 'account.password_reset',
      to: { email, name: user.name, userId: user.id },
      channels: ['EMAIL'],
      variables: { name: user.name, storeName: tenant.name, expiresInMinutes: String(PASSWORD_RESET_TTL_MS / 60_000) },
      secretSealed: sealLink(accountLink(tenant, input.from ?? 'SHOP', '/reset-password', token)),
    });
    await recordAudit(tx, ctx, { tenantId, type: 'user.password_reset_requested', subjectId: user.id, actorUserId: null, data: { sent: true, tokenId: id } });
  });
  ctx.eventsRecorded();
}

/**
 * Sets a new password with a reset link's token: TOKEN_INVALID / TOKEN_USED / TOKEN_EXPIRED for a bad
 * link, WEAK_PASSWORD (field `newPassword`) for a weak password. The token and any other open reset link
 * of the account are spent, every session of the account ends (in every tenant), the account's sign-in
 * throttle is cleared, and the address counts as verified (the link reached it). Returns the address to
 * sign in with.
 */
export async function resetPassword(ctx: ServiceContext, input: { token: string; newPassword: string }): Promise<{ email: string; sessionsEnded: number }> {
  requireTenant(ctx);
  const row = await openAccountToken(ctx, input.token, 'PASSWORD_RESET');
  try {
    assertStrongPassword(input.newPassword, row.user.email ?? undefined);
  } catch (e) {
    if (e instanceof DomainError) throw new DomainError(e.code as ErrorCode, e.message, ['newPassword']);
    throw e;
  }
  const passwordHash = await hashPassword(input.newPassword);
  const sessionsEnded = await ctx.prisma.$transaction(async (tx) => {
    await spendAccountToken(tx, row);
    const sameAddress = row.user.email === row.email;
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash, ...(sameAddress && !row.user.emailVerifiedAt ? { emailVerifiedAt: new Date() } : {}) } });
    await tx.signInThrottle.updateMany({ where: { key: `acct:${row.user.email}` }, data: { failures: 0, lockedUntil: null } });
    const ended = await endSessions(tx, { userId: row.userId }, 'password_reset');
    await recordAudit(tx, ctx, { tenantId: row.tenantId, type: 'user.password_reset', subjectId: row.userId, actorUserId: row.userId, data: { tokenId: row.id, sessionsEnded: ended.length } });
    return ended.length;
  });
  ctx.eventsRecorded();
  return { email: row.user.email ?? row.email, sessionsEnded };
}
