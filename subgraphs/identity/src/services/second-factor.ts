// The second factor itself: checking and spending a TOTP or backup code, and keeping backup codes. Below
// both sign-in (sessions.ts) and enrolment (two-factor.ts), which use it; it knows nothing of sessions.
import { config, decryptSecret, matchTotpStep, safeEqual, sha256Hex, uuidv7 } from '@webwaka/kit';
import { createHmac, randomBytes, randomInt } from 'node:crypto';
import type { Tx } from './context';

const BACKUP_CODE_COUNT = 10;

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

/** New backup codes for the user (the old ones stop working), stored hashed; the plain codes are shown once. */
export async function replaceBackupCodes(tx: Pick<Tx, 'backupCode'>, userId: string): Promise<string[]> {
  const codes = Array.from({ length: BACKUP_CODE_COUNT }, newBackupCode);
  await tx.backupCode.deleteMany({ where: { userId } });
  await tx.backupCode.createMany({ data: codes.map((c) => ({ id: uuidv7(), userId, codeHash: hashBackupCode(c) })) });
  return codes;
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
