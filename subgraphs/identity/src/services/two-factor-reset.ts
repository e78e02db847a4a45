/**
 * Re-enrolling two-factor authentication (a new phone, a lost authenticator signed in with a backup code):
 * the user proves who they are again with the password and a current code or backup code, gets a new
 * secret, and the new secret replaces the old one only when a code from it is confirmed. Until then the old
 * secret keeps working, so an abandoned reset never leaves an account (an administrator's above all)
 * without its second factor, and a stolen session alone cannot move the second factor to another phone.
 *
 * The new secret waits in a reset token, not in the database (decision 0027): the token is the secret and
 * the user id sealed with AES-256-GCM under the data key, valid for RESET_TOKEN_TTL_MS, so it cannot be
 * read, forged or used by another user, and nothing half-done stays behind.
 */
import { DomainError, ErrorCode, decryptSecret, dummyPasswordHash, encryptSecret, generateTotpSecret, matchTotpStep, otpauthUrl, verifyPassword } from '@webwaka/kit';
import { recordAudit } from './audit';
import type { ServiceContext } from './context';
import { upgradeSession, type Session } from './sessions';
import { accountKey, beginAttempt } from './throttle';
import { replaceBackupCodes, verifySecondFactor } from './second-factor';
import { requireUser } from './two-factor';

/** How long the user has between starting a reset and confirming a code from the new secret. */
export const RESET_TOKEN_TTL_MS = 15 * 60_000;

const PURPOSE = 'two-factor-reset';

interface ResetClaims {
  purpose: typeof PURPOSE;
  userId: string;
  secret: string;
  expiresAt: number;
}

/** Step 1: password and a current code (or a backup code, which is spent) → a new secret and its reset token. */
export async function beginTwoFactorReset(ctx: ServiceContext, input: { password: string; code: string }): Promise<{ secret: string; otpauthUrl: string; resetToken: string }> {
  const { userId, tenantId } = requireUser(ctx);
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (!user.twoFactorEnabledAt) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Two-factor authentication is not on: set it up instead', ['code']);
  const fail = async (code: ErrorCode, message: string, field: string) => {
    await ctx.prisma.$transaction((tx) => recordAudit(tx, ctx, { tenantId, type: 'two_factor.reset_failed', subjectId: userId, data: { reason: field } }));
    ctx.eventsRecorded();
    return new DomainError(code, message, [field]);
  };
  // Password and code guessing with a stolen session is throttled like sign-in (decision 0023).
  const attempt = await beginAttempt(ctx, accountKey(user));
  if (!(await verifyPassword(input.password ?? '', user.passwordHash ?? (await dummyPasswordHash())))) throw await fail(ErrorCode.INVALID_CREDENTIALS, 'Wrong password', 'password');
  if (!(await verifySecondFactor(ctx.prisma, user, input.code ?? ''))) throw await fail(ErrorCode.TWO_FACTOR_INVALID, 'That code is not valid', 'code');
  const secret = generateTotpSecret();
  const claims: ResetClaims = { purpose: PURPOSE, userId, secret, expiresAt: Date.now() + RESET_TOKEN_TTL_MS };
  await ctx.prisma.$transaction(async (tx) => {
    await attempt.succeeded(tx);
    await recordAudit(tx, ctx, { tenantId, type: 'two_factor.reset_started', subjectId: userId });
  });
  ctx.eventsRecorded();
  return { secret, otpauthUrl: otpauthUrl(secret, accountKey(user)), resetToken: encryptSecret(JSON.stringify(claims)) };
}

function openResetToken(token: string, userId: string): ResetClaims {
  let claims: ResetClaims | null = null;
  try {
    claims = JSON.parse(decryptSecret(token ?? '')) as ResetClaims;
  } catch {
    claims = null;
  }
  if (!claims || claims.purpose !== PURPOSE || claims.userId !== userId || typeof claims.secret !== 'string') {
    throw new DomainError(ErrorCode.TOKEN_INVALID, 'Start the reset again', ['resetToken']);
  }
  if (!(claims.expiresAt > Date.now())) throw new DomainError(ErrorCode.TOKEN_EXPIRED, 'The reset took too long; start it again', ['resetToken']);
  return claims;
}

/**
 * Step 2: a code from the new secret. The new secret replaces the old one, new backup codes replace the old
 * ones (shown once), and the session is re-issued with the second factor verified.
 */
export async function confirmTwoFactorReset(ctx: ServiceContext, input: { resetToken: string; code: string }): Promise<{ backupCodes: string[]; session: Session }> {
  const { userId, tenantId } = requireUser(ctx);
  const claims = openResetToken(input.resetToken, userId);
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, phone: true } });
  const attempt = await beginAttempt(ctx, accountKey(user));
  const step = matchTotpStep(claims.secret, (input.code ?? '').trim());
  if (step === null) throw new DomainError(ErrorCode.TWO_FACTOR_INVALID, 'That code is not valid', ['code']);
  let backupCodes: string[] = [];
  const session = await ctx.prisma.$transaction(async (tx) => {
    await attempt.succeeded(tx);
    // Still on (it could have been turned off meanwhile, which only a code could do): never turned on here.
    const updated = await tx.user.updateMany({
      where: { id: userId, twoFactorEnabledAt: { not: null } },
      data: { totpSecretEnc: encryptSecret(claims.secret), totpLastStep: step, twoFactorEnabledAt: new Date() },
    });
    if (updated.count !== 1) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Two-factor authentication is not on: set it up instead', ['resetToken']);
    backupCodes = await replaceBackupCodes(tx, userId);
    await recordAudit(tx, ctx, { tenantId, type: 'two_factor.reset', subjectId: userId });
    return upgradeSession(tx, userId, tenantId, ctx.actor.sessionId);
  });
  ctx.eventsRecorded();
  return { backupCodes, session };
}
