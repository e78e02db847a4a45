/**
 * Password reset, e-mail verification and e-mailed invitations (issue 15, decision 0056), end to end through
 * the gateway: identity records a `notifications.message.requested` event in the same transaction as the
 * token, with the link sealed; the test opens the seal (decryptSecret) and follows the link as the person
 * would. A link works once, within its time, at its own tenant only; asking for a reset never tells whether
 * an address has an account; requests are throttled per address and per client address; a reset ends
 * every session of the account.
 */
import { anonymousActor, decryptSecret, hashPassword, sha256Hex, TOPICS, uuidv7, type Actor, type MessageRequestedPayload, type PrismaClient } from '@webwaka/kit';
import { bearer, gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import type { ServiceContext } from '../src/services/context';
import { requestPasswordReset } from '../src/services/password-reset';
import { waitFor } from '../../../test/support/wait';
import { createUser, login, loginRaw, ok, okPayload } from './support';

const REQUEST = 'mutation ($email: String!, $from: AccountSurface) { requestPasswordReset(email: $email, from: $from) { ok userErrors { code field } } }';
const RESET = 'mutation ($token: String!, $p: String!) { resetPassword(token: $token, newPassword: $p) { email sessionsEnded userErrors { code field } } }';
const VERIFY = 'mutation ($token: String!) { verifyEmail(token: $token) { email userErrors { code field } } }';
const RESEND = 'mutation { resendEmailVerification { sent userErrors { code field } } }';
const REFRESH = 'mutation ($t: String!) { refreshSession(refreshToken: $t) { session { accessToken } userErrors { code } } }';
const SIGN_UP = 'mutation ($input: SignUpInput!) { signUp(input: $input) { userErrors { code } } }';
const ME = 'query { me { email emailVerified } }';
const INVITE = 'mutation ($email: String!) { inviteMember(email: $email, role: STAFF) { token invitation { id } userErrors { code } } }';

let s: TestStack;
let prisma: PrismaClient;
let fashionId: string;
const PASSWORD = 'Jollof-rice-on-sunday-9';
const NEW_PASSWORD = 'Suya-by-the-roadside-42';

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  fashionId = (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).id;
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

let n = 0;
const address = () => `links${++n}.${Date.now()}@example.ng`;
const at = (tenant: string) => ({ 'x-tenant': tenant });
const codes = (p: { userErrors: { code: string }[] }) => p.userErrors.map((e) => e.code);
const customer = async (email = address()) => {
  await createUser(prisma, { email, name: 'Chioma Eze', passwordHash: await hashPassword(PASSWORD), memberships: [{ tenantId: fashionId, role: 'CUSTOMER' }] });
  return email;
};
const ask = async (email: string, tenant = 'ade-fashion', from?: string) => ok(await gql(s.gatewayUrl, REQUEST, { email, from }, at(tenant))).requestPasswordReset;
const reset = async (token: string, p = NEW_PASSWORD, tenant = 'ade-fashion') => ok(await gql(s.gatewayUrl, RESET, { token, p }, at(tenant))).resetPassword;
const verify = async (token: string, tenant = 'ade-fashion') => ok(await gql(s.gatewayUrl, VERIFY, { token }, at(tenant))).verifyEmail;

/** The message requests recorded for an address and template, oldest first. */
async function messages(email: string, template: string): Promise<MessageRequestedPayload[]> {
  const rows = await prisma.outboxEvent.findMany({ where: { topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED, payload: { path: ['to', 'email'], equals: email } }, orderBy: { id: 'asc' } });
  return rows.map((r) => r.payload as unknown as MessageRequestedPayload).filter((p) => p.template === template);
}

/** The link of the newest message: its sealed secret opened, as the recipient's mail would show it. */
async function linkOf(email: string, template: string): Promise<URL> {
  const all = await messages(email, template);
  expect(all.length).toBeGreaterThan(0);
  return new URL(decryptSecret(all[all.length - 1].secretSealed!));
}

describe('password reset', () => {
  it('mails a single-use link, sets the password with it, and ends every session of the account', async () => {
    const email = await customer();
    const one = await login(s.gatewayUrl, 'ade-fashion', email, PASSWORD);
    const two = await login(s.gatewayUrl, 'naija-market', email, PASSWORD);
    expect(await ask(email)).toEqual({ ok: true, userErrors: [] });

    // The request: one message, in the shop's name, the link sealed; only the token's hash is stored.
    const [message] = await messages(email, 'account.password_reset');
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    expect(message).toMatchObject({ tenantId: fashionId, template: 'account.password_reset', to: { email, name: 'Chioma Eze', userId: user.id }, variables: { name: 'Chioma Eze', storeName: 'Ade Fashion House', expiresInMinutes: '30' } });
    expect(message.key).toMatch(/^account\.password_reset:/);
    const link = await linkOf(email, 'account.password_reset');
    expect(`${link.origin}${link.pathname}`).toBe('http://localhost:3000/s/ade-fashion/reset-password');
    const token = link.searchParams.get('token')!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const row = await prisma.accountToken.findUniqueOrThrow({ where: { tokenHash: sha256Hex(token) } });
    expect(row).toMatchObject({ userId: user.id, tenantId: fashionId, purpose: 'PASSWORD_RESET', usedAt: null });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(30 * 60_000);
    const stored = JSON.stringify(await prisma.outboxEvent.findMany({ where: { topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED } }));
    expect(stored).not.toContain(token);

    // The password rules apply; a weak password spends nothing.
    expect((await reset(token, 'password')).userErrors).toEqual([{ code: 'WEAK_PASSWORD', field: ['newPassword'] }]);
    expect(await reset(token)).toEqual({ email, sessionsEnded: 2, userErrors: [] });
    expect(codes(await reset(token, 'Another-strong-password-1'))).toEqual(['TOKEN_USED']);

    // Both sessions ended (their refresh tokens no longer work); the old password no longer signs in.
    for (const session of [one, two]) {
      expect(codes(ok(await gql(s.gatewayUrl, REFRESH, { t: session.refreshToken })).refreshSession)).toEqual(['TOKEN_INVALID']);
    }
    expect(ok(await loginRaw(s.gatewayUrl, { tenantSlug: 'ade-fashion', email, password: PASSWORD })).login.userErrors.map((e: any) => e.code)).toEqual(['INVALID_CREDENTIALS']);
    const fresh = await login(s.gatewayUrl, 'ade-fashion', email, NEW_PASSWORD);
    // The link reached the address: it counts as verified.
    expect(ok(await gql(s.gatewayUrl, ME, {}, bearer(fresh.accessToken))).me).toEqual({ email, emailVerified: true });

    const audit = await prisma.auditEvent.findMany({ where: { tenantId: fashionId, subjectId: user.id, type: { startsWith: 'user.password_reset' } }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => [a.type, a.data])).toEqual([
      ['user.password_reset_requested', { sent: true, tokenId: row.id }],
      ['user.password_reset', { tokenId: row.id, sessionsEnded: 2 }],
    ]);
  });

  it('reaches the mailbox: notifications delivers the e-mail through the local SMTP sink, and its link works', async () => {
    const email = await customer();
    expect(await ask(email)).toEqual({ ok: true, userErrors: [] });
    const mail = await waitFor(async () => (await prisma.sandboxMessage.findMany({ where: { to: email } }))[0] ?? null, 30_000);
    expect(mail).toBeTruthy();
    const link = /http:\/\/localhost:3000\/s\/ade-fashion\/reset-password\?token=([A-Za-z0-9_-]{43})/.exec(mail!.text);
    expect(link).not.toBeNull();
    expect(await reset(link![1])).toEqual({ email, sessionsEnded: 0, userErrors: [] });
  });

  it('answers the same for an address without an account, and mails nothing', async () => {
    const ghost = `ghost-${uuidv7()}@example.ng`;
    expect(await ask(ghost)).toEqual({ ok: true, userErrors: [] });
    expect(await messages(ghost, 'account.password_reset')).toEqual([]);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { tenantId: fashionId, type: 'user.password_reset_requested' }, orderBy: { id: 'desc' } });
    expect({ subjectId: audit.subjectId, data: audit.data }).toEqual({ subjectId: null, data: { sent: false } });
    // A back office's people are its members: a shop's customer asking at the partner is not written to.
    const email = await customer();
    expect(await ask(email, 'lagos-digital', 'BACK_OFFICE')).toEqual({ ok: true, userErrors: [] });
    expect(await messages(email, 'account.password_reset')).toEqual([]);
    expect(codes(await ask('not-an-address'))).toEqual(['BAD_USER_INPUT']);
  });

  it("links a shop's staff to the back office when they ask there", async () => {
    expect(await ask('staff@webwaka.test', 'ade-fashion', 'BACK_OFFICE')).toEqual({ ok: true, userErrors: [] });
    const link = await linkOf('staff@webwaka.test', 'account.password_reset');
    expect(link.pathname).toBe('/admin/ade-fashion/reset-password');
  });

  it('refuses expired, unknown and other tenants\' links with stable codes', async () => {
    const email = await customer();
    await ask(email);
    const token = (await linkOf(email, 'account.password_reset')).searchParams.get('token')!;
    // Another tenant (the same person, the same token): not valid there, and not spent.
    expect(codes(await reset(token, NEW_PASSWORD, 'naija-market'))).toEqual(['TOKEN_INVALID']);
    expect(codes(await reset('a'.repeat(43)))).toEqual(['TOKEN_INVALID']);
    expect(codes(await reset('short'))).toEqual(['TOKEN_INVALID']);
    await prisma.accountToken.update({ where: { tokenHash: sha256Hex(token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(codes(await reset(token))).toEqual(['TOKEN_EXPIRED']);
    // A verification link is not a reset link.
    await ask(email);
    const second = (await linkOf(email, 'account.password_reset')).searchParams.get('token')!;
    expect(codes(await verify(second))).toEqual(['TOKEN_INVALID']);
    // Using the newest link spends the older ones too.
    await ask(email);
    const third = (await linkOf(email, 'account.password_reset')).searchParams.get('token')!;
    expect((await reset(third)).userErrors).toEqual([]);
    expect(codes(await reset(second))).toEqual(['TOKEN_USED']);
  });

  it('is throttled per address and per client address, alike for known and unknown addresses, without locking sign-in', async () => {
    const ctx = (ip: string): ServiceContext => ({ prisma, tenantId: fashionId, actor: anonymousActor(fashionId) as Actor, requestId: `test-${uuidv7()}`, ip, eventsRecorded: () => {} });
    const outcome = (ip: string, email: string) => requestPasswordReset(ctx(ip), { email }).then(() => 'OK', (e) => e.code as string);
    const known = await customer();
    const unknown = `ghost-${uuidv7()}@example.ng`;
    for (const email of [known, unknown]) {
      const results: string[] = [];
      for (let i = 0; i < 6; i++) results.push(await outcome('198.51.100.7', email));
      expect(results).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'TOO_MANY_ATTEMPTS']);
    }
    // Five messages at most for the known address; its sign-in is not held back.
    expect(await messages(known, 'account.password_reset')).toHaveLength(5);
    expect((await login(s.gatewayUrl, 'ade-fashion', known, PASSWORD)).accessToken).toBeTruthy();
    // One client address asking for many addresses is held after 50.
    const many: string[] = [];
    for (let i = 0; i < 51; i++) many.push(await outcome('198.51.100.8', `spray-${i}-${uuidv7()}@example.ng`));
    expect(many.filter((r) => r === 'OK')).toHaveLength(50);
    expect(many[50]).toBe('TOO_MANY_ATTEMPTS');
  });
});

describe('e-mail verification', () => {
  it('is mailed at sign-up, verifies once, and can be asked for again while signed in', async () => {
    const email = address();
    expect(ok(await gql(s.gatewayUrl, SIGN_UP, { input: { tenantSlug: 'ade-fashion', email, password: PASSWORD, name: 'Tunde Bakare' } }, at('ade-fashion'))).signUp.userErrors).toEqual([]);
    const [message] = await messages(email, 'account.email_verification');
    expect(message).toMatchObject({ tenantId: fashionId, to: { email, name: 'Tunde Bakare' }, variables: { name: 'Tunde Bakare', storeName: 'Ade Fashion House' } });
    const first = await linkOf(email, 'account.email_verification');
    expect(first.pathname).toBe('/s/ade-fashion/verify-email');

    // Signing in does not wait for it.
    const session = await login(s.gatewayUrl, 'ade-fashion', email, PASSWORD);
    expect(ok(await gql(s.gatewayUrl, ME, {}, bearer(session.accessToken))).me).toEqual({ email, emailVerified: false });

    // A new link; the first is still good until one is used (then both are spent).
    expect(okPayload(await gql(s.gatewayUrl, RESEND, {}, bearer(session.accessToken)), 'resendEmailVerification').sent).toBe(true);
    expect(await messages(email, 'account.email_verification')).toHaveLength(2);
    const second = await linkOf(email, 'account.email_verification');
    // Another tenant's page cannot use it.
    expect(codes(await verify(second.searchParams.get('token')!, 'naija-market'))).toEqual(['TOKEN_INVALID']);
    expect(await verify(second.searchParams.get('token')!)).toEqual({ email, userErrors: [] });
    expect(codes(await verify(second.searchParams.get('token')!))).toEqual(['TOKEN_USED']);
    expect(codes(await verify(first.searchParams.get('token')!))).toEqual(['TOKEN_USED']);
    expect(ok(await gql(s.gatewayUrl, ME, {}, bearer(session.accessToken))).me).toEqual({ email, emailVerified: true });
    // Verified: nothing more is sent.
    expect(okPayload(await gql(s.gatewayUrl, RESEND, {}, bearer(session.accessToken)), 'resendEmailVerification').sent).toBe(false);
    expect(await messages(email, 'account.email_verification')).toHaveLength(2);
    const user = await prisma.user.findUniqueOrThrow({ where: { email } });
    const audit = await prisma.auditEvent.findMany({ where: { subjectId: user.id, type: { startsWith: 'user.email_verifi' } }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.type)).toEqual(['user.email_verification_sent', 'user.email_verified']);
  });

  it('expires after 24 hours; resending is throttled; anonymous callers cannot resend', async () => {
    const email = address();
    await gql(s.gatewayUrl, SIGN_UP, { input: { tenantSlug: 'ade-fashion', email, password: PASSWORD, name: 'Ngozi' } }, at('ade-fashion'));
    const token = (await linkOf(email, 'account.email_verification')).searchParams.get('token')!;
    const row = await prisma.accountToken.findUniqueOrThrow({ where: { tokenHash: sha256Hex(token) } });
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(24 * 3600_000);
    await prisma.accountToken.update({ where: { id: row.id }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(codes(await verify(token))).toEqual(['TOKEN_EXPIRED']);

    const session = await login(s.gatewayUrl, 'ade-fashion', email, PASSWORD);
    const sent: string[] = [];
    for (let i = 0; i < 6; i++) {
      const p = ok(await gql(s.gatewayUrl, RESEND, {}, bearer(session.accessToken))).resendEmailVerification;
      sent.push(p.userErrors[0]?.code ?? String(p.sent));
    }
    expect(sent).toEqual(['true', 'true', 'true', 'true', 'true', 'TOO_MANY_ATTEMPTS']);
    expect((await gql(s.gatewayUrl, RESEND, {}, at('ade-fashion'))).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

it('an invitation is mailed with its accept link, which the back office also shows once', async () => {
  const admin = await login(s.gatewayUrl, 'ade-fashion', 'client@webwaka.test', s.demo.password, s.demo.totpSecret, prisma);
  const email = address();
  const { token, invitation } = okPayload(await gql(s.gatewayUrl, INVITE, { email }, bearer(admin.accessToken)), 'inviteMember');
  const [message] = await messages(email, 'invitation.sent');
  expect(message).toMatchObject({ key: `invitation.sent:${invitation.id}`, tenantId: fashionId, to: { email }, variables: { storeName: 'Ade Fashion House', role: 'staff', expiresInDays: '7' } });
  expect(message.variables.inviterName).toBeTruthy();
  expect(decryptSecret(message.secretSealed!)).toBe(`http://localhost:3000/admin/ade-fashion/invite/${token}`);
  expect(JSON.stringify(message)).not.toContain(token);
});
