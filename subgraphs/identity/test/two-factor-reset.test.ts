/**
 * Moving two-factor authentication to a new authenticator (issue 10: an administrator who lost the phone
 * had no way back). beginTwoFactorReset needs the password and a current code or backup code;
 * confirmTwoFactorReset needs a code from the new secret. Until then the old secret keeps working; after,
 * only the new one and the new backup codes do. The reset token is sealed: not usable by anyone else, nor
 * after it expires, nor tampered with.
 */
import { hashPassword, totpAt } from '@webwaka/kit';
import { startStack, type TestStack } from '../../../test/support/stack';
import { bearer, gql } from '../../../test/support/graphql';
import { RESET_TOKEN_TTL_MS } from '../src/services/two-factor-reset';
import { createUser } from './support';

const PASSWORD = 'Jollof-rice-2026!';
let s: TestStack;
let passwordHash: string;
let shopId: string;
beforeAll(async () => {
  s = await startStack();
  passwordHash = await hashPassword(PASSWORD);
  shopId = (await s.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).id;
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const SESSION = 'session { accessToken refreshToken twoFactorVerified }';
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { ${SESSION} userErrors { code } } }`;
const BEGIN = 'mutation { beginTwoFactorEnrollment { secret userErrors { code } } }';
const CONFIRM = `mutation($c: String!) { confirmTwoFactorEnrollment(code: $c) { backupCodes ${SESSION} userErrors { code } } }`;
const RESET = 'mutation($p: String!, $c: String!) { beginTwoFactorReset(password: $p, code: $c) { secret otpauthUrl resetToken userErrors { code field } } }';
const RESET_CONFIRM = `mutation($t: String!, $c: String!) { confirmTwoFactorReset(resetToken: $t, code: $c) { backupCodes ${SESSION} userErrors { code field } } }`;

let n = 0;
/** A customer of the shop, signed in (without two-factor). */
async function customer() {
  const email = `reset${++n}.${Date.now()}@example.ng`;
  await createUser(s.stack.prisma, { email, passwordHash, memberships: [{ tenantId: shopId, role: 'CUSTOMER' }] });
  const session = (await gql(s.gatewayUrl, LOGIN, { input: { tenantSlug: 'ade-fashion', email, password: PASSWORD } })).data.login.session;
  return { email, session };
}

/** A customer with two-factor on; `now` is the time of the last code used. */
async function enrolled() {
  const { email, session: up } = await customer();
  const { secret } = (await gql(s.gatewayUrl, BEGIN, {}, bearer(up.accessToken))).data.beginTwoFactorEnrollment;
  const now = Date.now();
  const confirmed = (await gql(s.gatewayUrl, CONFIRM, { c: totpAt(secret, now) }, bearer(up.accessToken))).data.confirmTwoFactorEnrollment;
  return { email, secret, now, backupCodes: confirmed.backupCodes as string[], headers: bearer(confirmed.session.accessToken) };
}
const login = (email: string, totpCode: string) => gql(s.gatewayUrl, LOGIN, { input: { tenantSlug: 'ade-fashion', email, password: PASSWORD, totpCode } });

it('with the password and a backup code, moves two-factor to a new secret with new backup codes', async () => {
  const u = await enrolled();
  const wrongPassword = (await gql(s.gatewayUrl, RESET, { p: 'not-my-password', c: u.backupCodes[0] }, u.headers)).data.beginTwoFactorReset;
  expect(wrongPassword.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS', field: ['password'] }]);
  const wrongCode = (await gql(s.gatewayUrl, RESET, { p: PASSWORD, c: '12345-00000' }, u.headers)).data.beginTwoFactorReset;
  expect(wrongCode.userErrors).toEqual([{ code: 'TWO_FACTOR_INVALID', field: ['code'] }]);

  const begun = (await gql(s.gatewayUrl, RESET, { p: PASSWORD, c: u.backupCodes[0] }, u.headers)).data.beginTwoFactorReset;
  expect(begun.userErrors).toEqual([]);
  expect(begun.secret).not.toBe(u.secret);
  expect(begun.otpauthUrl).toContain(`secret=${begun.secret}`);
  expect(begun.resetToken).not.toContain(begun.secret);

  // Not confirmed yet: the old secret still signs in (the next time step: codes are single-use).
  expect((await login(u.email, totpAt(u.secret, u.now + 30_000))).data.login.session.twoFactorVerified).toBe(true);
  // A code from the old secret does not confirm the new one.
  const stale = (await gql(s.gatewayUrl, RESET_CONFIRM, { t: begun.resetToken, c: totpAt(u.secret, u.now + 60_000) }, u.headers)).data.confirmTwoFactorReset;
  expect(stale.userErrors[0].code).toBe('TWO_FACTOR_INVALID');

  const done = (await gql(s.gatewayUrl, RESET_CONFIRM, { t: begun.resetToken, c: totpAt(begun.secret) }, u.headers)).data.confirmTwoFactorReset;
  expect(done.userErrors).toEqual([]);
  expect(done.session.twoFactorVerified).toBe(true);
  expect(done.backupCodes).toHaveLength(10);
  expect(done.backupCodes).not.toContain(u.backupCodes[1]);

  // The old secret and the old backup codes are gone; the new ones work.
  expect((await login(u.email, totpAt(u.secret, Date.now() + 30_000))).data.login.userErrors[0].code).toBe('TWO_FACTOR_INVALID');
  expect((await login(u.email, u.backupCodes[1])).data.login.userErrors[0].code).toBe('TWO_FACTOR_INVALID');
  expect((await login(u.email, done.backupCodes[0])).data.login.session.twoFactorVerified).toBe(true);
  expect((await login(u.email, totpAt(begun.secret, Date.now() + 30_000))).data.login.session.twoFactorVerified).toBe(true);
});

it("a reset token works only for its own user, unaltered, and not after it expires", async () => {
  const a = await enrolled();
  const b = await enrolled();
  const begun = (await gql(s.gatewayUrl, RESET, { p: PASSWORD, c: a.backupCodes[0] }, a.headers)).data.beginTwoFactorReset;
  const code = totpAt(begun.secret);
  // Another signed-in user presenting it (a stolen token) is refused, and b's second factor is unchanged.
  expect((await gql(s.gatewayUrl, RESET_CONFIRM, { t: begun.resetToken, c: code }, b.headers)).data.confirmTwoFactorReset.userErrors[0].code).toBe('TOKEN_INVALID');
  expect((await login(b.email, b.backupCodes[0])).data.login.session.twoFactorVerified).toBe(true);
  // Tampered.
  const parts = begun.resetToken.split('.');
  parts[3] = parts[3].slice(0, -2) + (parts[3].endsWith('AA') ? 'BB' : 'AA');
  expect((await gql(s.gatewayUrl, RESET_CONFIRM, { t: parts.join('.'), c: code }, a.headers)).data.confirmTwoFactorReset.userErrors[0].code).toBe('TOKEN_INVALID');
  // Signed out.
  const anon = await gql(s.gatewayUrl, RESET_CONFIRM, { t: begun.resetToken, c: code }, { 'x-tenant': 'ade-fashion' });
  expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  // Expired.
  const realNow = Date.now;
  try {
    Date.now = () => realNow() + RESET_TOKEN_TTL_MS + 1000;
    const { confirmTwoFactorReset } = await import('../src/services/two-factor-reset');
    const user = await s.stack.prisma.user.findUniqueOrThrow({ where: { email: a.email } });
    const ctx = { prisma: s.stack.prisma, actor: { kind: 'user', userId: user.id, tenantId: null, roles: [], scopes: [], apiKeyId: null, sessionId: null, mfa: true }, tenantId: (await s.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).id, requestId: 'test', ip: null, eventsRecorded: () => {} } as never;
    await expect(confirmTwoFactorReset(ctx, { resetToken: begun.resetToken, code: totpAt(begun.secret, Date.now()) })).rejects.toMatchObject({ code: 'TOKEN_EXPIRED' });
  } finally {
    Date.now = realNow;
  }
});

it('is refused to a user without two-factor (they set it up instead)', async () => {
  const { session: up } = await customer();
  const r = (await gql(s.gatewayUrl, RESET, { p: PASSWORD, c: '123456' }, bearer(up.accessToken))).data.beginTwoFactorReset;
  expect(r.userErrors[0].code).toBe('BAD_USER_INPUT');
});
