import { randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { DomainError, ErrorCode } from '@webwaka/protocol';

const scrypt = promisify(scryptCb) as (pw: string, salt: Buffer, len: number, opts: object) => Promise<Buffer>;

/**
 * Passwords are hashed with scrypt (memory-hard, in node:crypto): N=2^15, r=8 uses 32 MiB per hash, which
 * makes GPU guessing costly while a login stays well under 100 ms here. Parameters are stored with the
 * hash so they can be raised later without breaking existing accounts.
 */
const N = 2 ** 15;
const R = 8;
const P = 1;
const KEYLEN = 32;
const MAXMEM = 64 * 1024 * 1024;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scrypt(password.normalize('NFKC'), salt, KEYLEN, { N, r: R, p: P, maxmem: MAXMEM });
  return `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [alg, n, r, p, salt, hash] = stored.split('$');
  if (alg !== 'scrypt') return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(password.normalize('NFKC'), Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: MAXMEM,
  });
  return timingSafeEqual(actual, expected);
}

/** A hash of a random password, compared against when the e-mail is unknown so timing does not reveal it. */
let dummyHash: Promise<string> | undefined;
export const dummyPasswordHash = () => (dummyHash ??= hashPassword(randomBytes(16).toString('hex')));

const COMMON = new Set(['password', 'password1', 'password123', '12345678', '123456789', '1234567890', 'qwertyuiop', 'iloveyou', 'webwaka123', 'letmein123', 'naija12345']);

/** NIST 800-63B style: length first (at least 10), no well-known passwords, no e-mail inside. */
export function assertStrongPassword(password: string, email?: string): void {
  const weak = (msg: string) => new DomainError(ErrorCode.WEAK_PASSWORD, msg, ['password']);
  if (typeof password !== 'string' || password.length < 10) throw weak('Password must be at least 10 characters long');
  if (password.length > 256) throw weak('Password must be at most 256 characters long');
  if (COMMON.has(password.toLowerCase())) throw weak('Password is too common');
  if (/^(.)\1+$/.test(password)) throw weak('Password must not repeat one character');
  const local = email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && password.toLowerCase().includes(local)) throw weak('Password must not contain your e-mail name');
}
