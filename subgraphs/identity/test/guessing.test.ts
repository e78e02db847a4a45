/**
 * Guessing brakes and backup-code storage, called as services (decision 0023): the lock schedule, the
 * per (account, address), per account and per address counters, an address the account is known at not
 * being locked out by an attacker elsewhere, the second-factor step not counting, and backup codes stored
 * salted and peppered (with the first version's unsalted hashes re-sealed and still accepted).
 */
import { anonymousActor, hashPassword, sha256Hex, totpAt, uuidv7, type Actor, type PrismaClient } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import type { ServiceContext } from '../src/services/context';
import { login } from '../src/services/sessions';
import { lockSeconds, THROTTLE } from '../src/services/throttle';
import { hashBackupCode, upgradeLegacyBackupCodes, verifySecondFactor } from '../src/services/second-factor';
import { disableTwoFactor } from '../src/services/two-factor';
import { createUser } from './support';

let s: TestStack;
let prisma: PrismaClient;
let passwordHash: string;
let shop: string;
const PASSWORD = 'Right-password-2026';

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  passwordHash = await hashPassword(PASSWORD);
  shop = (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).id;
});
afterAll(async () => {
  await s?.stop();
});

const ctxFrom = (ip: string | null, actor: Partial<Actor> = {}): ServiceContext => ({
  prisma,
  tenantId: shop,
  actor: { ...anonymousActor(shop), ...actor } as Actor,
  requestId: `test-${uuidv7()}`,
  ip,
  eventsRecorded: () => {},
});
const customer = (totpSecret?: string) => createUser(prisma, { email: `guess-${uuidv7()}@example.ng`, passwordHash, totpSecret, memberships: [{ tenantId: shop, role: 'CUSTOMER' }] });
/** The login's outcome as a code: OK, or the DomainError's code. */
const attempt = (ip: string | null, email: string, password = PASSWORD, totpCode?: string) =>
  login(ctxFrom(ip), { tenantSlug: 'ade-fashion', email, password, totpCode }).then(
    () => 'OK',
    (e) => (e.code as string) ?? String(e),
  );
const wrong = (ip: string, email: string, times: number) => Array.from({ length: times }).reduce<Promise<string[]>>(async (acc, _x, i) => [...(await acc), await attempt(ip, email, `Wrong-${i}-password`)], Promise.resolve([]));
let n = 0;
const address = () => `198.51.100.${++n}`;

describe('the lock schedule', () => {
  it('starts at the threshold, doubles, and is capped at a few minutes', () => {
    expect(lockSeconds('pair', THROTTLE.pair.threshold - 1)).toBeNull();
    expect([5, 6, 7, 8].map((f) => lockSeconds('pair', f))).toEqual([5, 10, 20, 40]);
    expect(lockSeconds('pair', 50)).toBe(THROTTLE.capSeconds);
    expect(THROTTLE.capSeconds).toBeLessThanOrEqual(5 * 60);
    expect(lockSeconds('acct', 9)).toBeNull();
    expect(lockSeconds('ip', 49)).toBeNull();
  });
});

describe('counters', () => {
  it('per (account, address): five misses lock this address out of this account, not others', async () => {
    const { email } = await customer();
    const ip = address();
    expect(await wrong(ip, email, 6)).toEqual([...Array(5).fill('INVALID_CREDENTIALS'), 'TOO_MANY_ATTEMPTS']);
    expect(await attempt(ip, email)).toBe('TOO_MANY_ATTEMPTS');
    // Another address is not held by this pair's lock (the account-wide counter is at 5 of 10).
    expect(await attempt(address(), email)).toBe('OK');
  });

  it('per account: misses spread over many addresses lock the account for new addresses', async () => {
    const { email } = await customer();
    for (let i = 0; i < 3; i++) await wrong(address(), email, 4);
    expect(await attempt(address(), email)).toBe('TOO_MANY_ATTEMPTS');
  });

  it('an address the account signed in from before is not locked out by an attacker elsewhere', async () => {
    const { email } = await customer();
    const home = address();
    expect(await attempt(home, email)).toBe('OK');
    for (let i = 0; i < 4; i++) await wrong(address(), email, 5);
    expect(await attempt(address(), email)).toBe('TOO_MANY_ATTEMPTS');
    expect(await attempt(home, email)).toBe('OK');
    // ...though guessing from that address is still held by its own counter.
    expect(await wrong(home, email, 6)).toContain('TOO_MANY_ATTEMPTS');
  });

  it('per address: one address guessing many accounts is held after 50 misses', async () => {
    const ip = address();
    for (let i = 0; i < THROTTLE.ip.threshold; i++) expect(await attempt(ip, `nobody-${i}-${uuidv7()}@example.ng`, 'Any-password-1')).toBe('INVALID_CREDENTIALS');
    const { email } = await customer();
    expect(await attempt(ip, email)).toBe('TOO_MANY_ATTEMPTS');
    expect(await attempt(address(), email)).toBe('OK');
  });

  it('a success clears the account counters; "enter your code" does not count at all', async () => {
    const secret = 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU';
    const { email } = await customer(secret);
    const ip = address();
    expect(await wrong(ip, email, 4)).toEqual(Array(4).fill('INVALID_CREDENTIALS'));
    for (let i = 0; i < 10; i++) expect(await attempt(ip, email)).toBe('TWO_FACTOR_REQUIRED');
    expect(await attempt(ip, email, PASSWORD, totpAt(secret))).toBe('OK');
    expect(await wrong(ip, email, 4)).toEqual(Array(4).fill('INVALID_CREDENTIALS'));
  });

  it('turning two-factor off with guessed codes (a stolen session) is throttled too', async () => {
    const secret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
    const { id } = await customer(secret);
    const ctx = { ...ctxFrom(address(), { kind: 'user', userId: id, roles: ['CUSTOMER'] }) };
    const codes: string[] = [];
    for (let i = 0; i < 7; i++) codes.push(await disableTwoFactor(ctx, String(100000 + i)).then(() => 'OK', (e) => e.code));
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('TWO_FACTOR_INVALID'));
    expect(codes.at(-1)).toBe('TOO_MANY_ATTEMPTS');
  });
});

describe('backup codes at rest', () => {
  it('are salted and peppered: not the SHA-256 of the code, and the same code hashes differently each time', () => {
    const a = hashBackupCode('12345-67890');
    expect(a).toMatch(/^h1\$[\w-]+\$[\w-]+$/);
    expect(a).not.toContain(sha256Hex('1234567890'));
    expect(hashBackupCode('12345-67890')).not.toBe(a);
  });

  it('are accepted once each, and the first version’s unsalted ones are re-sealed and still accepted', async () => {
    const user = await customer('MFRGGZDFMZTWQ2LKMFRGGZDFMZTWQ2LK');
    const full = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
    await prisma.backupCode.createMany({
      data: [
        { id: uuidv7(), userId: user.id, codeHash: hashBackupCode('11111-22222') },
        { id: uuidv7(), userId: user.id, codeHash: sha256Hex('3333344444') },
        { id: uuidv7(), userId: user.id, codeHash: sha256Hex('5555566666') },
      ],
    });
    expect(await verifySecondFactor(prisma, full, '11111-22222')).toBe('backup');
    expect(await verifySecondFactor(prisma, full, '11111-22222')).toBeNull();
    expect(await verifySecondFactor(prisma, full, '33333-44444')).toBe('backup');
    expect(await upgradeLegacyBackupCodes(prisma)).toBeGreaterThanOrEqual(2);
    const rows = await prisma.backupCode.findMany({ where: { userId: user.id } });
    expect(rows.every((r) => r.codeHash.startsWith('h1$'))).toBe(true);
    expect(await upgradeLegacyBackupCodes(prisma)).toBe(0);
    expect(await verifySecondFactor(prisma, full, '5555566666')).toBe('backup');
    expect(await verifySecondFactor(prisma, full, '55555-66666')).toBeNull();
  });
});
