/**
 * Accounts and sessions through the gateway: sign-up, login, refresh-token rotation with reuse detection,
 * logout and logout everywhere, two-factor enrolment and enforcement, API keys, GDPR export and erasure.
 */
import { totpAt } from '@webwaka/kit';
import { purgeDeletedAccounts } from '../src/services/privacy';
import { forgetUsedTotpCodes, startStack, type TestStack } from '../../../test/support/stack';
import { bearer, errorCode, gql } from '../../../test/support/graphql';

let s: TestStack;
beforeAll(async () => {
  s = await startStack();
});
afterAll(async () => {
  await s?.stop();
});

const SESSION = 'session { accessToken refreshToken roles twoFactorVerified twoFactorEnrollmentRequired user { id email name } }';
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { ${SESSION} userErrors { code field message } } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { ${SESSION} userErrors { code field message } } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { ${SESSION} userErrors { code message } } }`;

let n = 0;
const freshEmail = () => `shopper${++n}.${Date.now()}@example.ng`;
const PASSWORD = 'Jollof-rice-2026!';

/** Signs up, then (sign-up never answers with a session, decision 0023) signs in with the same password. */
async function signUp(email = freshEmail(), password = PASSWORD, tenantSlug = 'ade-fashion') {
  const r = await gql(s.gatewayUrl, SIGN_UP, { input: { tenantSlug, email, password, name: 'Amaka Obi' } });
  if (r.data?.signUp?.userErrors?.length) return { r, session: undefined, email };
  const signedIn = await gql(s.gatewayUrl, LOGIN, { input: { tenantSlug, email, password } });
  return { r, session: signedIn.data?.login?.session, email };
}
const login = (input: Record<string, unknown>) => gql(s.gatewayUrl, LOGIN, { input: { tenantSlug: 'ade-fashion', password: PASSWORD, ...input } });
const refresh = (t: string) => gql(s.gatewayUrl, REFRESH, { t });
const counts = async () => ({ users: await s.stack.prisma.user.count(), memberships: await s.stack.prisma.membership.count(), tokens: await s.stack.prisma.refreshToken.count() });

describe('sign-up', () => {
  it('creates a customer account at the store and signs it in', async () => {
    const { r, session, email } = await signUp();
    expect(r.data.signUp.userErrors).toEqual([]);
    expect(session.roles).toEqual(['CUSTOMER']);
    expect(session.user.email).toBe(email);
    const me = await gql(s.gatewayUrl, '{ me { email memberships { role tenant { slug } } } }', {}, bearer(session.accessToken));
    expect(me.data.me).toEqual({ email, memberships: [{ role: 'CUSTOMER', tenant: { slug: 'ade-fashion' } }] });
  });

  it('answers a taken e-mail (any case) exactly like a free one, creates and signs in nothing, and records the attempt', async () => {
    const { email, session } = await signUp();
    const fresh = await gql(s.gatewayUrl, SIGN_UP, { input: { tenantSlug: 'ade-fashion', email: freshEmail(), password: 'Another-pass-2026', name: 'Eve' } });
    const before = await counts();
    const taken = await gql(s.gatewayUrl, SIGN_UP, { input: { tenantSlug: 'ade-fashion', email: email.toUpperCase(), password: 'Another-pass-2026', name: 'Eve' } });
    expect(taken.data).toEqual(fresh.data);
    expect(taken.data.signUp).toEqual({ session: null, userErrors: [] });
    expect(await counts()).toEqual(before);
    // Nothing changed for the owner: the old password still works, the new one does not.
    expect((await login({ email, password: 'Another-pass-2026' })).data.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    const events = await s.stack.prisma.auditEvent.findMany({ where: { subjectId: session.user.id, type: 'user.sign_up_existing_email' } });
    expect(events).toHaveLength(1);
  });

  it.each([
    ['short', 'Abc-12'],
    ['common', 'password123'],
    ['one repeated character', 'aaaaaaaaaaaa'],
  ])('refuses a weak password (%s) and writes nothing', async (_why, password) => {
    const before = await counts();
    const { r } = await signUp(freshEmail(), password);
    expect(r.data.signUp.userErrors[0]).toMatchObject({ code: 'WEAK_PASSWORD', field: ['password'] });
    expect(await counts()).toEqual(before);
  });

  it('refuses a malformed e-mail and an unknown store', async () => {
    expect((await signUp('not-an-email')).r.data.signUp.userErrors[0].code).toBe('BAD_USER_INPUT');
    expect((await signUp(freshEmail(), PASSWORD, 'no-such-store')).r.data.signUp.userErrors[0].code).toBe('TENANT_NOT_FOUND');
  });

  it('does not open accounts at a partner or the platform', async () => {
    expect((await signUp(freshEmail(), PASSWORD, 'lagos-digital')).r.data.signUp.userErrors[0].code).toBe('FORBIDDEN');
  });
});

describe('login', () => {
  it('signs in with the right password and refuses a wrong one without saying which part was wrong', async () => {
    const { email } = await signUp();
    const ok = await login({ email });
    expect(ok.data.login.session.user.email).toBe(email);
    const wrong = await login({ email, password: 'Not-the-password-1' });
    const unknown = await login({ email: freshEmail() });
    expect(wrong.data.login.userErrors[0]).toMatchObject({ code: 'INVALID_CREDENTIALS' });
    expect(unknown.data.login.userErrors[0]).toEqual(wrong.data.login.userErrors[0]);
  });

  it('records failed logins in the audit log', async () => {
    const { email, session } = await signUp();
    await login({ email, password: 'Not-the-password-2' });
    const events = await s.stack.prisma.auditEvent.findMany({ where: { subjectId: session.user.id, type: 'session.login_failed' } });
    expect(events).toHaveLength(1);
    expect(events[0].data).toEqual({ reason: 'bad_password' });
  });

  it('makes a user a customer of another shop on first sign-in there', async () => {
    const { email } = await signUp();
    const r = await gql(s.gatewayUrl, LOGIN, { input: { tenantSlug: 'naija-market', email, password: PASSWORD } });
    expect(r.data.login.session.roles).toEqual(['CUSTOMER']);
  });

  it('refuses sign-in at an organisation where the user is not a member', async () => {
    const { email } = await signUp();
    const r = await gql(s.gatewayUrl, LOGIN, { input: { tenantSlug: 'ade-ventures', email, password: PASSWORD } });
    expect(r.data.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
  });
});

describe('refresh tokens', () => {
  it('rotates: each refresh spends the token and returns a new pair', async () => {
    const { session } = await signUp();
    const r1 = await refresh(session.refreshToken);
    const s1 = r1.data.refreshSession.session;
    expect(s1.refreshToken).not.toBe(session.refreshToken);
    expect(s1.accessToken).not.toBe(session.accessToken);
    const r2 = await refresh(s1.refreshToken);
    expect(r2.data.refreshSession.userErrors).toEqual([]);
  });

  it('detects reuse of a spent token and ends the whole session', async () => {
    const { session } = await signUp();
    const next = (await refresh(session.refreshToken)).data.refreshSession.session;
    const reuse = await refresh(session.refreshToken);
    expect(reuse.data.refreshSession.userErrors[0].code).toBe('TOKEN_REUSED');
    // The thief's stolen token is dead, and so is the token the legitimate holder rotated to.
    expect((await refresh(next.refreshToken)).data.refreshSession.userErrors[0].code).toBe('TOKEN_INVALID');
    const audit = await s.stack.prisma.auditEvent.count({ where: { subjectId: session.user.id, type: 'session.refresh_token_reused' } });
    expect(audit).toBe(1);
  });

  it('lets exactly one of two concurrent refreshes with the same token win', async () => {
    const { session } = await signUp();
    const results = await Promise.all([refresh(session.refreshToken), refresh(session.refreshToken)]);
    const winners = results.filter((r) => r.data.refreshSession.session);
    expect(winners).toHaveLength(1);
  });

  it('refuses unknown and expired tokens', async () => {
    expect((await refresh('rt_nonsense')).data.refreshSession.userErrors[0].code).toBe('TOKEN_INVALID');
    const { session } = await signUp();
    await s.stack.prisma.refreshToken.updateMany({ where: { userId: session.user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await refresh(session.refreshToken)).data.refreshSession.userErrors[0].code).toBe('TOKEN_EXPIRED');
  });
});

describe('logout', () => {
  it('ends the session: its refresh token stops working', async () => {
    const { session } = await signUp();
    const out = await gql(s.gatewayUrl, 'mutation($t: String!) { logout(refreshToken: $t) { ok } }', { t: session.refreshToken });
    expect(out.data.logout.ok).toBe(true);
    expect((await refresh(session.refreshToken)).data.refreshSession.userErrors[0].code).toBe('TOKEN_INVALID');
    // The access token of the ended session is refused as soon as the outbox announces it, not at expiry.
    await waitFor(async () => errorCode(await gql(s.gatewayUrl, '{ me { id } }', {}, bearer(session.accessToken))) === 'TOKEN_INVALID');
  });

  it('logoutEverywhere ends every session of the user', async () => {
    const { session, email } = await signUp();
    const other = (await login({ email })).data.login.session;
    const third = (await gql(s.gatewayUrl, LOGIN, { input: { tenantSlug: 'naija-market', email, password: PASSWORD } })).data.login.session;
    const r = await gql(s.gatewayUrl, 'mutation { logoutEverywhere { sessionsEnded } }', {}, bearer(session.accessToken));
    expect(r.data.logoutEverywhere.sessionsEnded).toBe(3);
    for (const t of [session.refreshToken, other.refreshToken, third.refreshToken]) {
      expect((await refresh(t)).data.refreshSession.userErrors[0].code).toBe('TOKEN_INVALID');
    }
  });

  it('logoutEverywhere needs a signed-in user', async () => {
    const r = await gql(s.gatewayUrl, 'mutation { logoutEverywhere { sessionsEnded } }', {}, { 'x-tenant': 'ade-fashion' });
    expect(errorCode(r)).toBe('UNAUTHENTICATED');
  });
});

describe('two-factor authentication', () => {
  const BEGIN = 'mutation { beginTwoFactorEnrollment { secret otpauthUrl userErrors { code } } }';
  const CONFIRM = `mutation($c: String!) { confirmTwoFactorEnrollment(code: $c) { backupCodes ${SESSION} userErrors { code } } }`;

  async function enrolledUser() {
    const { session, email } = await signUp();
    const begin = await gql(s.gatewayUrl, BEGIN, {}, bearer(session.accessToken));
    const { secret, otpauthUrl } = begin.data.beginTwoFactorEnrollment;
    expect(otpauthUrl).toContain(`secret=${secret}`);
    const confirmedAt = Date.now();
    const confirmCode = totpAt(secret, confirmedAt);
    const confirmed = await gql(s.gatewayUrl, CONFIRM, { c: confirmCode }, bearer(session.accessToken));
    return { email, secret, confirmCode, confirmedAt, confirmed: confirmed.data.confirmTwoFactorEnrollment, firstSession: session };
  }

  it('enrols with a confirmation code and returns ten single-use backup codes and a verified session', async () => {
    const { confirmed, firstSession } = await enrolledUser();
    expect(confirmed.userErrors).toEqual([]);
    expect(confirmed.backupCodes).toHaveLength(10);
    expect(new Set(confirmed.backupCodes).size).toBe(10);
    expect(confirmed.session.twoFactorVerified).toBe(true);
    // The pre-enrolment session was replaced.
    expect((await refresh(firstSession.refreshToken)).data.refreshSession.userErrors[0].code).toBe('TOKEN_INVALID');
  });

  it('refuses a wrong confirmation code and stays off', async () => {
    const { session } = await signUp();
    const { secret } = (await gql(s.gatewayUrl, BEGIN, {}, bearer(session.accessToken))).data.beginTwoFactorEnrollment;
    const wrong = (Number(totpAt(secret)) + 1) % 1_000_000;
    const r = await gql(s.gatewayUrl, CONFIRM, { c: String(wrong).padStart(6, '0') }, bearer(session.accessToken));
    expect(r.data.confirmTwoFactorEnrollment.userErrors[0].code).toBe('TWO_FACTOR_INVALID');
    expect((await s.stack.prisma.user.findUniqueOrThrow({ where: { id: session.user.id } })).twoFactorEnabledAt).toBeNull();
  });

  it('then requires a code at login: missing → TWO_FACTOR_REQUIRED, wrong → TWO_FACTOR_INVALID, right → verified', async () => {
    const { email, secret, confirmCode, confirmedAt } = await enrolledUser();
    expect((await login({ email })).data.login.userErrors[0].code).toBe('TWO_FACTOR_REQUIRED');
    expect((await login({ email, totpCode: '000000' === totpAt(secret) ? '111111' : '000000' })).data.login.userErrors[0].code).toBe('TWO_FACTOR_INVALID');
    // Codes are single-use: the one that confirmed enrolment is refused; the next time step's is accepted.
    expect((await login({ email, totpCode: confirmCode })).data.login.userErrors[0].code).toBe('TWO_FACTOR_INVALID');
    const next = totpAt(secret, confirmedAt + 30_000);
    const ok = await login({ email, totpCode: next });
    expect(ok.data.login.session.twoFactorVerified).toBe(true);
    // ...once.
    expect((await login({ email, totpCode: next })).data.login.userErrors[0].code).toBe('TWO_FACTOR_INVALID');
  });

  it('accepts each backup code exactly once', async () => {
    const { email, confirmed } = await enrolledUser();
    const code = confirmed.backupCodes[3];
    expect((await login({ email, totpCode: code })).data.login.session.twoFactorVerified).toBe(true);
    expect((await login({ email, totpCode: code })).data.login.userErrors[0].code).toBe('TWO_FACTOR_INVALID');
  });

  it('is required for admin roles: admin operations wait until the session has passed two-factor', async () => {
    const { session, email } = await signUp();
    const tenant = await s.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } });
    await s.stack.prisma.membership.create({ data: { id: '0193a000-0000-7000-b000-000000000001', userId: session.user.id, tenantId: tenant.id, role: 'CLIENT_ADMIN' } });
    const adminSession = (await login({ email })).data.login.session;
    expect(adminSession.twoFactorEnrollmentRequired).toBe(true);
    const denied = await gql(s.gatewayUrl, '{ members { edges { node { id } } } }', {}, bearer(adminSession.accessToken));
    expect(errorCode(denied)).toBe('TWO_FACTOR_REQUIRED');
    const { secret } = (await gql(s.gatewayUrl, BEGIN, {}, bearer(adminSession.accessToken))).data.beginTwoFactorEnrollment;
    const upgraded = (await gql(s.gatewayUrl, CONFIRM, { c: totpAt(secret) }, bearer(adminSession.accessToken))).data.confirmTwoFactorEnrollment.session;
    expect(upgraded.twoFactorEnrollmentRequired).toBe(false);
    const allowed = await gql(s.gatewayUrl, '{ members { edges { node { id } } } }', {}, bearer(upgraded.accessToken));
    expect(allowed.errors).toBeUndefined();
    // And an administrator cannot switch it off again.
    const off = await gql(s.gatewayUrl, 'mutation($c: String!) { disableTwoFactor(code: $c) { ok userErrors { code } } }', { c: totpAt(secret, Date.now() + 30_000) }, bearer(upgraded.accessToken));
    expect(off.data.disableTwoFactor.userErrors[0].code).toBe('FORBIDDEN');
  });

  it('a customer can switch it off with a valid code', async () => {
    const { confirmed, secret, email } = await enrolledUser();
    const off = await gql(s.gatewayUrl, 'mutation($c: String!) { disableTwoFactor(code: $c) { ok userErrors { code } } }', { c: totpAt(secret, Date.now() + 30_000) }, bearer(confirmed.session.accessToken));
    expect(off.data.disableTwoFactor.ok).toBe(true);
    expect((await login({ email })).data.login.session.twoFactorVerified).toBe(false);
  });
});

describe('API keys', () => {
  async function adminToken() {
    await forgetUsedTotpCodes(s.stack.prisma);
    const r = await gql(s.gatewayUrl, LOGIN, { input: { tenantSlug: 'ade-fashion', email: 'client@webwaka.test', password: s.demo.password, totpCode: totpAt(s.demo.totpSecret) } });
    return r.data.login.session.accessToken as string;
  }
  const CREATE = 'mutation($name: String!, $scopes: [String!]!) { createApiKey(name: $name, scopes: $scopes) { key apiKey { id prefix scopes lastUsedAt } userErrors { code field } } }';

  it('is shown once, stored hashed, scoped, records last use, and stops working when revoked', async () => {
    const token = await adminToken();
    const created = (await gql(s.gatewayUrl, CREATE, { name: 'ERP sync', scopes: ['audit:read'] }, bearer(token))).data.createApiKey;
    expect(created.key).toMatch(/^ww_[a-z2-7]{10}_[A-Za-z0-9_-]{43}$/);
    const row = await s.stack.prisma.apiKey.findUniqueOrThrow({ where: { id: created.apiKey.id } });
    expect(JSON.stringify(row)).not.toContain(created.key.split('_').pop());
    // Never readable again.
    const listed = await gql(s.gatewayUrl, '{ apiKeys { edges { node { id prefix } } } }', {}, bearer(token));
    expect(JSON.stringify(listed.data)).not.toContain(created.key);

    const asKey = { 'x-api-key': created.key };
    const audit = await gql(s.gatewayUrl, '{ currentTenant { slug } auditEvents(first: 5) { edges { node { type } } } }', {}, asKey);
    expect(audit.errors).toBeUndefined();
    expect(audit.data.currentTenant.slug).toBe('ade-fashion');
    expect((await s.stack.prisma.apiKey.findUniqueOrThrow({ where: { id: created.apiKey.id } })).lastUsedAt).not.toBeNull();
    // Scoped: audit:read does not include identity:read.
    expect(errorCode(await gql(s.gatewayUrl, '{ members { edges { node { id } } } }', {}, asKey))).toBe('FORBIDDEN');

    const revoked = await gql(s.gatewayUrl, 'mutation($id: ID!) { revokeApiKey(id: $id) { apiKey { revokedAt } userErrors { code } } }', { id: created.apiKey.id }, bearer(token));
    expect(revoked.data.revokeApiKey.apiKey.revokedAt).not.toBeNull();
    // The gateway forgets the key as soon as identity's outbox announces the revocation.
    await waitFor(async () => (await gql(s.gatewayUrl, '{ currentTenant { slug } }', {}, asKey)).status === 401);
  });

  it('refuses unknown scopes and empty names, writing nothing', async () => {
    const token = await adminToken();
    const before = await s.stack.prisma.apiKey.count();
    const r1 = await gql(s.gatewayUrl, CREATE, { name: 'x', scopes: ['root'] }, bearer(token));
    expect(r1.data.createApiKey.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['scopes'] });
    const r2 = await gql(s.gatewayUrl, CREATE, { name: '  ', scopes: ['audit:read'] }, bearer(token));
    expect(r2.data.createApiKey.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['name'] });
    expect(await s.stack.prisma.apiKey.count()).toBe(before);
  });
});

describe('GDPR', () => {
  it('exports the user’s data as JSON without secrets', async () => {
    const { session, email } = await signUp();
    const r = await gql(s.gatewayUrl, '{ exportMyData }', {}, bearer(session.accessToken));
    const data = r.data.exportMyData;
    expect(data.profile).toMatchObject({ email, name: 'Amaka Obi' });
    expect(data.memberships).toEqual([expect.objectContaining({ role: 'CUSTOMER', tenant: expect.objectContaining({ slug: 'ade-fashion' }) })]);
    expect(data.securityEvents.map((e: { type: string }) => e.type)).toContain('user.signed_up');
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/scrypt\$|passwordHash|tokenHash|totpSecret/);
  });

  it('erasure needs the password, closes the account at once and purges it after the grace period', async () => {
    const { session, email } = await signUp();
    const DELETE = 'mutation($p: String!) { requestAccountDeletion(password: $p) { purgeAfter userErrors { code } } }';
    expect((await gql(s.gatewayUrl, DELETE, { p: 'wrong-password-99' }, bearer(session.accessToken))).data.requestAccountDeletion.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    const ok = await gql(s.gatewayUrl, DELETE, { p: PASSWORD }, bearer(session.accessToken));
    const purgeAfter = new Date(ok.data.requestAccountDeletion.purgeAfter);
    expect(purgeAfter.getTime()).toBeGreaterThan(Date.now() + 29 * 86_400_000);
    expect((await login({ email })).data.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    expect((await refresh(session.refreshToken)).data.refreshSession.userErrors[0].code).toBe('TOKEN_INVALID');

    expect(await purgeDeletedAccounts(s.stack.prisma, new Date(purgeAfter.getTime() - 1000))).not.toContain(session.user.id);
    expect(await purgeDeletedAccounts(s.stack.prisma, new Date(purgeAfter.getTime() + 1000))).toContain(session.user.id);
    expect(await s.stack.prisma.user.findUnique({ where: { id: session.user.id } })).toBeNull();
    expect(await s.stack.prisma.membership.count({ where: { userId: session.user.id } })).toBe(0);
    expect(await s.stack.prisma.auditEvent.count({ where: { subjectId: session.user.id, type: 'privacy.account_purged' } })).toBe(1);
  });
});

describe('audit log', () => {
  it('is append-only in the database itself', async () => {
    const e = await s.stack.prisma.auditEvent.findFirstOrThrow();
    await expect(s.stack.prisma.auditEvent.update({ where: { id: e.id }, data: { type: 'tampered' } })).rejects.toThrow(/append-only/);
    await expect(s.stack.prisma.auditEvent.delete({ where: { id: e.id } })).rejects.toThrow(/append-only/);
  });
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 5000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not met in time');
}
