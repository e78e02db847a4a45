import {
  ADMIN_ROLES,
  AppError,
  DomainError,
  ErrorCode,
  config,
  decryptSecret,
  safeEqual,
  encryptSecret,
  generateTotpSecret,
  otpauthUrl,
  sha256Hex,
  uuidv7,
  matchTotpStep,
} from '@webwaka/kit';
import { createHmac, randomBytes, randomInt } from 'node:crypto';
import { beginAttempt } from './throttle';
import { recordAudit } from './audit';
import type { ServiceContext, Tx } from './context';
import { upgradeSession, type Session } from './sessions';

const BACKUP_CODE_COUNT = 10;

export function requireUser(ctx: ServiceContext): { userId: string; tenantId: string } {
  if (!ctx.actor.userId || !ctx.tenantId) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this');
  return { userId: ctx.actor.userId, tenantId: ctx.tenantId };
}

const newBackupCode = () => {
  const digits = Array.from({ length: 10 }, () => randomInt(0, 10)).join('');
  return `${digits.slice(0, 5)}-${digits.slice(5)}`;
};
/**
 * Backup codes are stored as `h1$<salt>$<HMAC-SHA256(pepper, salt ‖ SHA-256(digits))>`: a per-code salt,
 * and a pepper derived from DATA_ENCRYPTION_KEY that never sits in the database, so a stolen table cannot
 * be brute-forced over the 10^10 possible codes. The inner SHA-256 is what the first version stored, so
 * those rows are upgraded in place without knowing the codes (upgradeLegacyBackupCodes).
 */
const BACKUP_HASH_PREFIX = 'h1$';
const backupPepper = () => createHmac('sha256', config.dataKey).update('webwaka/backup-codes/v1').digest();
const legacyBackupHash = (code: string) => sha256Hex(code.replace(/\D/g, ''));
const pepperedHash = (salt: string, inner: string) => createHmac('sha256', backupPepper()).update(`${salt}$${inner}`).digest('base64url');
const sealBackupHash = (inner: string) => {
  const salt = randomBytes(16).toString('base64url');
  return `${BACKUP_HASH_PREFIX}${salt}$${pepperedHash(salt, inner)}`;
};
export const hashBackupCode = (code: string) => sealBackupHash(legacyBackupHash(code));

/** Whether `code` is the one stored as `stored` (the current format, or a not yet upgraded plain SHA-256). */
function backupCodeMatches(stored: string, code: string): boolean {
  const inner = legacyBackupHash(code);
  if (!stored.startsWith(BACKUP_HASH_PREFIX)) return safeEqual(stored, inner);
  const [salt, mac] = stored.slice(BACKUP_HASH_PREFIX.length).split('$');
  return !!salt && !!mac && safeEqual(mac, pepperedHash(salt, inner));
}

/**
 * Re-seals backup codes stored by the first version (unsalted SHA-256) in the current format; run at
 * start-up, idempotent. Returns how many rows changed.
 */
export async function upgradeLegacyBackupCodes(prisma: Pick<Tx, 'backupCode'>): Promise<number> {
  const legacy = await prisma.backupCode.findMany({ where: { NOT: { codeHash: { startsWith: BACKUP_HASH_PREFIX } } }, select: { id: true, codeHash: true } });
  for (const row of legacy) {
    await prisma.backupCode.updateMany({ where: { id: row.id, codeHash: row.codeHash }, data: { codeHash: sealBackupHash(row.codeHash) } });
  }
  return legacy.length;
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
  return { secret, otpauthUrl: otpauthUrl(secret, user.email) };
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

/** New backup codes for the user (the old ones stop working), stored hashed; the plain codes are shown once. */
export async function replaceBackupCodes(tx: Pick<Tx, 'backupCode'>, userId: string): Promise<string[]> {
  const codes = Array.from({ length: BACKUP_CODE_COUNT }, newBackupCode);
  await tx.backupCode.deleteMany({ where: { userId } });
  await tx.backupCode.createMany({ data: codes.map((c) => ({ id: uuidv7(), userId, codeHash: hashBackupCode(c) })) });
  return codes;
}

/** Turns two-factor off (needs a current code). Holders of admin roles cannot: it is required for them. */
export async function disableTwoFactor(ctx: ServiceContext, code: string): Promise<void> {
  const { userId, tenantId } = requireUser(ctx);
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { id: userId } });
  if (!user.twoFactorEnabledAt) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Two-factor authentication is not on');
  const adminships = await ctx.prisma.membership.count({ where: { userId, role: { in: [...ADMIN_ROLES] } } });
  if (adminships > 0) throw new DomainError(ErrorCode.FORBIDDEN, 'Administrators must keep two-factor authentication on');
  // Code guessing with a stolen session is throttled like sign-in (decision 0023).
  const attempt = await beginAttempt(ctx, user.email);
  if (!(await verifySecondFactor(ctx.prisma, user, code))) throw new DomainError(ErrorCode.TWO_FACTOR_INVALID, 'That code is not valid', ['code']);
  await ctx.prisma.$transaction(async (tx) => {
    await attempt.succeeded(tx);
    await tx.user.update({ where: { id: userId }, data: { twoFactorEnabledAt: null, totpSecretEnc: null, totpLastStep: null } });
    await tx.backupCode.deleteMany({ where: { userId } });
    await recordAudit(tx, ctx, { tenantId, type: 'two_factor.disabled', subjectId: userId });
  });
  ctx.eventsRecorded();
}

/**
 * A TOTP code not used before, or an unused backup code. Both are spent atomically, so of two concurrent
 * sign-ins with the same code exactly one succeeds.
 */
export async function verifySecondFactor(db: Pick<Tx, 'backupCode' | 'user'>, user: { id: string; totpSecretEnc: string | null }, code: string): Promise<'totp' | 'backup' | null> {
  const trimmed = (code ?? '').trim();
  const step = user.totpSecretEnc ? matchTotpStep(decryptSecret(user.totpSecretEnc), trimmed) : null;
  if (step !== null) {
    const spent = await db.user.updateMany({
      where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step },
    });
    return spent.count === 1 ? 'totp' : null;
  }
  if (/^\d{5}-?\d{5}$/.test(trimmed)) {
    // Salted hashes cannot be looked up by value: compare against the user's unused codes (ten at most).
    const unused = await db.backupCode.findMany({ where: { userId: user.id, usedAt: null }, select: { id: true, codeHash: true } });
    const match = unused.find((c) => backupCodeMatches(c.codeHash, trimmed));
    if (match) {
      const spent = await db.backupCode.updateMany({ where: { id: match.id, usedAt: null }, data: { usedAt: new Date() } });
      if (spent.count === 1) return 'backup';
    }
  }
  return null;
}
