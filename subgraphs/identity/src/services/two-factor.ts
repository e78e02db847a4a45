import { ADMIN_ROLES, AppError, DomainError, ErrorCode, decryptSecret, encryptSecret, generateTotpSecret, otpauthUrl, matchTotpStep } from '@webwaka/kit';
import { accountKey, beginAttempt } from './throttle';
import { recordAudit } from './audit';
import type { ServiceContext } from './context';
import { replaceBackupCodes, verifySecondFactor } from './second-factor';
import { upgradeSession, type Session } from './sessions';

export function requireUser(ctx: ServiceContext): { userId: string; tenantId: string } {
  if (!ctx.actor.userId || !ctx.tenantId) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
  return { userId: ctx.actor.userId, tenantId: ctx.tenantId };
}

/** Step 1: a new TOTP secret, stored encrypted and unconfirmed; shown to the user once as a URL/QR. */
export async function beginEnrollment(ctx: ServiceContext): Promise<{ secret: string; otpauthUrl: string }> {
  const { userId, tenantId } = requireUser(ctx);
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (user.twoFactorEnabledAt) throw new DomainError(ErrorCode.ALREADY_EXISTS, 'Two-factor authentication is already on');
  const secret = generateTotpSecret();
  await ctx.prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { totpSecretEnc: encryptSecret(secret) } });
    await recordAudit(tx, ctx, { tenantId, type: 'two_factor.enrollment_started', subjectId: userId });
  });
  ctx.eventsRecorded();
  return { secret, otpauthUrl: otpauthUrl(secret, accountKey(user)) };
}

/**
 * Step 2: the user proves the app works by entering a code. Two-factor is then on, backup codes are issued
 * (shown once, stored hashed), and the current session is re-issued with the second factor satisfied.
 */
export async function confirmEnrollment(ctx: ServiceContext, code: string): Promise<{ backupCodes: string[]; session: Session }> {
  const { userId, tenantId } = requireUser(ctx);
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (user.twoFactorEnabledAt) throw new DomainError(ErrorCode.ALREADY_EXISTS, 'Two-factor authentication is already on');
  if (!user.totpSecretEnc) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Start enrolment first', ['code']);
  const step = matchTotpStep(decryptSecret(user.totpSecretEnc), code ?? '');
  if (step === null) throw new DomainError(ErrorCode.TWO_FACTOR_INVALID, 'That code is not valid', ['code']);
  let backupCodes: string[] = [];
  const session = await ctx.prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { twoFactorEnabledAt: new Date(), totpLastStep: step } });
    backupCodes = await replaceBackupCodes(tx, userId);
    await recordAudit(tx, ctx, { tenantId, type: 'two_factor.enabled', subjectId: userId });
    return upgradeSession(tx, userId, tenantId, ctx.actor.sessionId);
  });
  ctx.eventsRecorded();
  return { backupCodes, session };
}

/** Turns two-factor off (needs a current code). Holders of admin roles cannot: it is required for them. */
export async function disableTwoFactor(ctx: ServiceContext, code: string): Promise<void> {
  const { userId, tenantId } = requireUser(ctx);
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (!user.twoFactorEnabledAt) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Two-factor authentication is not on');
  const adminships = await ctx.prisma.membership.count({ where: { userId, role: { in: [...ADMIN_ROLES] } } });
  if (adminships > 0) throw new DomainError(ErrorCode.FORBIDDEN, 'Administrators must keep two-factor authentication on');
  // Code guessing with a stolen session is throttled like sign-in (decision 0023).
  const attempt = await beginAttempt(ctx, accountKey(user));
  if (!(await verifySecondFactor(ctx.prisma, user, code))) throw new DomainError(ErrorCode.TWO_FACTOR_INVALID, 'That code is not valid', ['code']);
  await ctx.prisma.$transaction(async (tx) => {
    await attempt.succeeded(tx);
    await tx.user.update({ where: { id: userId }, data: { twoFactorEnabledAt: null, totpSecretEnc: null, totpLastStep: null } });
    await tx.backupCode.deleteMany({ where: { userId } });
    await recordAudit(tx, ctx, { tenantId, type: 'two_factor.disabled', subjectId: userId });
  });
  ctx.eventsRecorded();
}
