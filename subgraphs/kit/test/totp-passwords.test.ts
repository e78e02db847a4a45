/** Second factors and passwords: TOTP (RFC 6238 vectors) and scrypt hashes. */
import { assertStrongPassword, base32Encode, hashPassword, hotp, totpAt, verifyPassword, verifyTotp } from '../src';

describe('TOTP', () => {
  // RFC 6238 appendix B, SHA-1 secret "12345678901234567890"; 6-digit codes are the last six digits.
  const secret = base32Encode(Buffer.from('12345678901234567890'));
  it.each([
    [59, '287082'],
    [1111111109, '081804'],
    [1111111111, '050471'],
    [1234567890, '005924'],
    [2000000000, '279037'],
  ])('matches the RFC 6238 vector at t=%i', (t, code) => {
    expect(totpAt(secret, t * 1000)).toBe(code);
  });
  it('matches RFC 4226 HOTP vectors', () => {
    expect([0, 1, 2].map((c) => hotp(secret, c))).toEqual(['755224', '287082', '359152']);
  });
  it('accepts one step of drift either side, not two', () => {
    const t = 1_700_000_000_000;
    expect(verifyTotp(secret, totpAt(secret, t - 30_000), t)).toBe(true);
    expect(verifyTotp(secret, totpAt(secret, t + 30_000), t)).toBe(true);
    expect(verifyTotp(secret, totpAt(secret, t - 90_000), t)).toBe(false);
    expect(verifyTotp(secret, 'abcdef', t)).toBe(false);
  });
});

describe('passwords', () => {
  it('hashes with scrypt and verifies', async () => {
    const h = await hashPassword('Suya-and-zobo-2026');
    expect(h).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('Suya-and-zobo-2026', h)).toBe(true);
    expect(await verifyPassword('suya-and-zobo-2026', h)).toBe(false);
  });
  it.each(['short', 'password123', 'zzzzzzzzzzzz', 'amaka.obi-2026'])('refuses weak password %s', (pw) => {
    expect(() => assertStrongPassword(pw, 'amaka.obi@example.ng')).toThrow();
  });
});
