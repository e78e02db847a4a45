import { DomainError, ErrorCode, Prisma } from '@webwaka/kit';
import type { ServiceContext, Tx } from './context';

/**
 * Guessing brakes for passwords and second-factor codes (decision 0023). State lives in identity's
 * database, so every gateway replica and identity process sees the same counters in both topologies.
 *
 * Three counters per attempt:
 * - `pair:<email>|<ip>` — this address guessing this account: locks after PAIR.threshold misses;
 * - `acct:<email>` — the account from anywhere (guessing spread over many addresses);
 * - `ip:<ip>` — this address across accounts (credential stuffing).
 * Keys use the e-mail as typed (normalised), so unknown and known e-mails are throttled alike and the
 * throttle does not reveal which accounts exist.
 *
 * An attempt is counted before the password is checked (so a burst of parallel guesses cannot all slip
 * in before the first miss is written) and given back when it succeeds or stops at "enter your code".
 * Once a counter reaches its threshold, each further miss locks the key for base·2^(misses−threshold)
 * seconds, capped at CAP_SECONDS; attempts while locked are refused without checking anything.
 *
 * So that an attacker cannot keep a real user out for long: locks are capped, and an address the
 * account has signed in from before (`knownGoodAt` on its pair row) is held only by its own pair counter,
 * not by the account-wide or per-address ones an attacker elsewhere can drive.
 */
export const THROTTLE = {
  pair: { threshold: 5 },
  acct: { threshold: 10 },
  ip: { threshold: 50 },
  baseSeconds: 5,
  capSeconds: 5 * 60,
  /** Misses older than this (since the key's last attempt) are forgotten. */
  windowSeconds: 15 * 60,
} as const;

type Kind = 'pair' | 'acct' | 'ip';

export class TooManyAttempts extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(ErrorCode.TOO_MANY_ATTEMPTS, `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, ['password']);
  }
}

export interface Attempt {
  /** The keys this attempt counted against. */
  keys: string[];
  /** The attempt succeeded: clears the account's counters and remembers this address as good for it. */
  succeeded(tx: Tx): Promise<void>;
  /** The attempt proved nothing either way (the password was right; a code is needed next): un-count it. */
  giveBack(): Promise<void>;
}

/**
 * The name an account's sign-in counters are kept under: its e-mail, or for a phone-only customer
 * (decision 0062) its phone number.
 */
export const accountKey = (user: { id: string; email: string | null; phone?: string | null }) => user.email ?? user.phone ?? user.id;

const kindOf = (key: string) => key.slice(0, key.indexOf(':')) as Kind;

export function throttleKeys(email: string, ip: string | null) {
  return { pair: `pair:${email}|${ip ?? '-'}`, acct: `acct:${email}`, ip: ip ? `ip:${ip}` : null };
}

/** Lock length after `failures` misses on a key of `kind`, or null when still under the threshold. */
export function lockSeconds(kind: Kind, failures: number): number | null {
  const over = failures - THROTTLE[kind].threshold;
  if (over < 0) return null;
  return Math.min(THROTTLE.capSeconds, THROTTLE.baseSeconds * 2 ** Math.min(over, 30));
}

/**
 * Counts one sign-in attempt for `email` from `ip`, or throws TooManyAttempts (nothing counted, nothing
 * checked) while any of its keys is locked.
 */
export async function beginAttempt(ctx: Pick<ServiceContext, 'prisma' | 'ip'>, email: string, now = new Date()): Promise<Attempt> {
  const k = throttleKeys(email, ctx.ip);
  const outcome = await ctx.prisma.$transaction(async (tx) => {
    const all = [k.pair, k.acct, ...(k.ip ? [k.ip] : [])];
    await tx.signInThrottle.createMany({ data: all.map((key) => ({ key, lastAttemptAt: now })), skipDuplicates: true });
    // Row locks: concurrent attempts on the same keys count one after the other.
    const rows = await tx.$queryRaw<{ key: string; failures: number; lockedUntil: Date | null; lastAttemptAt: Date; knownGoodAt: Date | null }[]>`
      SELECT "key", "failures", "lockedUntil", "lastAttemptAt", "knownGoodAt" FROM "identity"."SignInThrottle"
      WHERE "key" IN (${Prisma.join(all)}) ORDER BY "key" FOR UPDATE`;
    const knownGood = rows.some((r) => r.key === k.pair && r.knownGoodAt);
    // From an address the account is known at, only this address's own guesses count.
    const counted = rows.filter((r) => !knownGood || r.key === k.pair);
    const until = Math.max(0, ...counted.map((r) => r.lockedUntil?.getTime() ?? 0));
    if (until > now.getTime()) return { until, counted: [] as string[] };
    for (const r of counted) {
      const failures = now.getTime() - r.lastAttemptAt.getTime() > THROTTLE.windowSeconds * 1000 ? 1 : r.failures + 1;
      const lock = lockSeconds(kindOf(r.key), failures);
      await tx.signInThrottle.update({
        where: { key: r.key },
        data: { failures, lastAttemptAt: now, lockedUntil: lock === null ? null : new Date(now.getTime() + lock * 1000) },
      });
    }
    return { until: 0, counted: counted.map((r) => r.key) };
  });
  if (outcome.until) throw new TooManyAttempts(Math.max(1, Math.ceil((outcome.until - now.getTime()) / 1000)));
  const keys = outcome.counted;
  return {
    keys,
    async succeeded(tx) {
      await tx.signInThrottle.updateMany({ where: { key: { in: [k.pair, k.acct] } }, data: { failures: 0, lockedUntil: null } });
      await tx.signInThrottle.update({ where: { key: k.pair }, data: { knownGoodAt: new Date() } });
      if (k.ip && keys.includes(k.ip)) await giveBackKeys(tx, [k.ip]);
    },
    async giveBack() {
      await ctx.prisma.$transaction((tx) => giveBackKeys(tx, keys));
    },
  };
}

/** Un-counts one attempt on each key, lifting a lock that only that attempt had set. */
async function giveBackKeys(tx: Tx, keys: string[]) {
  for (const key of keys) {
    await tx.$executeRaw`
      UPDATE "identity"."SignInThrottle" SET "failures" = GREATEST("failures" - 1, 0),
        "lockedUntil" = CASE WHEN "failures" - 1 >= ${THROTTLE[kindOf(key)].threshold} THEN "lockedUntil" ELSE NULL END
      WHERE "key" = ${key}`;
  }
}
