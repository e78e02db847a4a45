/**
 * Sign-in with a one-time code by SMS for phone-only customers (issue 15, decision 0062), end to end in the
 * embedded default: identity asks notifications for the text, the SMS sandbox records it, and the code in
 * the recorded message signs the person in as the shop's customer (making the account on first use). A
 * code works once, for 10 minutes, for 5 wrong tries, at its own shop only; asking never tells whether a
 * number has an account; staff cannot sign in this way and two-factor is not bypassed.
 */
import { anonymousActor, callPeer, generateTotpSecret, Peers, TOPICS, totpAt, uuidv7, type Actor, type MessageRequestedPayload, type PrismaClient } from '@webwaka/kit';
import { bearer, gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { waitFor } from '../../../test/support/wait';
import type { ServiceContext } from '../src/services/context';
import { customerForPhone, normalizePhone, requestSignInCode, signInWithCode } from '../src/services/phone-sign-in';
import { createUser, ok } from './support';
import { hashPassword } from '@webwaka/kit';

const REQUEST = 'mutation ($t: String!, $p: String!) { requestSignInCode(tenantSlug: $t, phone: $p) { phone userErrors { code field } } }';
const SIGN_IN =
  'mutation ($input: SignInWithCodeInput!) { signInWithCode(input: $input) { session { accessToken roles twoFactorVerified user { id email phone name } tenant { slug } } userErrors { code field } } }';
const ME = 'query { me { id email phone name } }';

let s: TestStack;
let prisma: PrismaClient;
let fashionId: string;

beforeAll(async () => {
  s = await startStack();
  prisma = s.stack.prisma;
  fashionId = (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).id;
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

let n = 0;
/** A fresh Nigerian mobile number: the local form (0803…) and its E.164 (+234803…). */
const number = () => {
  const rest = `803${String(Date.now() % 1e5).padStart(5, '0')}${String(++n).padStart(2, '0')}`;
  return { local: `0${rest}`, e164: `+234${rest}` };
};
const codes = (p: { userErrors: { code: string }[] }) => p.userErrors.map((e) => e.code);
const ask = async (phone: string, tenant = 'ade-fashion') => ok(await gql(s.gatewayUrl, REQUEST, { t: tenant, p: phone }, { 'x-tenant': tenant })).requestSignInCode;
const signIn = async (input: { phone: string; code: string; tenantSlug?: string; totpCode?: string; name?: string }) =>
  ok(await gql(s.gatewayUrl, SIGN_IN, { input: { tenantSlug: 'ade-fashion', ...input } }, { 'x-tenant': input.tenantSlug ?? 'ade-fashion' })).signInWithCode;

/** The newest sign-in code the SMS sandbox received for a number (as the person's phone shows it). */
async function textedCode(e164: string, after = new Date(0), shop = 'Ade Fashion House'): Promise<string> {
  const sms = await waitFor(
    async () => (await prisma.sandboxMessage.findMany({ where: { to: e164, channel: 'SMS', receivedAt: { gt: after } }, orderBy: { receivedAt: 'desc' } }))[0] ?? null,
    20_000,
  );
  expect(sms!.text).toContain(`is your ${shop} sign-in code`);
  return /\b(\d{6})\b/.exec(sms!.text)![1];
}

/** The message requests identity recorded for a number. */
async function requests(e164: string): Promise<MessageRequestedPayload[]> {
  const rows = await prisma.outboxEvent.findMany({ where: { topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED, payload: { path: ['to', 'phone'], equals: e164 } } });
  return rows.map((r) => r.payload as unknown as MessageRequestedPayload);
}

const ctx = (ip: string): ServiceContext => ({ prisma, tenantId: fashionId, actor: anonymousActor(fashionId) as Actor, requestId: `test-${uuidv7()}`, ip, eventsRecorded: () => {} });
const outcome = (p: Promise<unknown>) => p.then(() => 'OK', (e) => e.code as string);

describe('phone numbers', () => {
  it('reads Nigerian numbers dialled at home, with the country code or in E.164 as one number', () => {
    for (const typed of ['0803 123 4567', '08031234567', '2348031234567', '+234 803 123 4567', '+234-803-123-4567', '(0803) 123-4567']) {
      expect(normalizePhone(typed)).toBe('+2348031234567');
    }
    expect(normalizePhone('+447911123456')).toBe('+447911123456');
    for (const bad of ['', '12345', '0803123456', '+23480312345678', '0603 123 4567', 'not a phone', '+0123456789']) expect(normalizePhone(bad)).toBeNull();
  });
});

describe('sign-in with a texted code', () => {
  it('texts a code; the code signs a new number in as the shop\'s customer, once', async () => {
    const phone = number();
    expect(await ask(phone.local)).toEqual({ phone: phone.e164, userErrors: [] });
    // Only the HMAC is stored; the outbox holds the code sealed, never in clear.
    const [request] = await requests(phone.e164);
    expect(request).toMatchObject({ template: 'account.sign_in_code', channels: ['SMS'], to: { phone: phone.e164 }, variables: { expiresInMinutes: '10' } });
    const code = await textedCode(phone.e164);
    expect(JSON.stringify(request)).not.toContain(code);
    const row = await prisma.signInCode.findFirstOrThrow({ where: { phone: phone.e164 } });
    expect(row.codeHash).not.toContain(code);

    const signedIn = await signIn({ phone: `234${phone.local.slice(1)}`, code, name: 'Bisi Adeyemi' });
    expect(codes(signedIn)).toEqual([]);
    expect(signedIn.session).toMatchObject({ roles: ['CUSTOMER'], twoFactorVerified: false, tenant: { slug: 'ade-fashion' }, user: { email: null, phone: phone.e164, name: 'Bisi Adeyemi' } });
    expect(ok(await gql(s.gatewayUrl, ME, {}, { ...bearer(signedIn.session.accessToken), 'x-tenant': 'ade-fashion' })).me).toMatchObject({ phone: phone.e164, email: null });
    const user = await prisma.user.findUniqueOrThrow({ where: { phone: phone.e164 }, include: { memberships: true } });
    expect(user.passwordHash).toBeNull();
    expect(user.memberships.map((m) => [m.tenantId, m.role])).toEqual([[fashionId, 'CUSTOMER']]);

    // Used once; a new code signs the same account in again.
    expect(codes(await signIn({ phone: phone.e164, code }))).toEqual(['TOKEN_USED']);
    const before = new Date();
    await ask(phone.e164);
    const again = await signIn({ phone: phone.e164, code: await textedCode(phone.e164, before) });
    expect(again.session.user.id).toBe(user.id);
    expect(await prisma.user.count({ where: { phone: phone.e164 } })).toBe(1);
  }, 60_000);

  it('answers alike for a new number, a customer\'s and a staff member\'s, and texts no code to staff', async () => {
    const fresh = number();
    const customer = number();
    const staff = number();
    await createUser(prisma, { email: `c-${uuidv7()}@example.ng`, passwordHash: await hashPassword('Jollof-rice-on-sunday-9'), memberships: [{ tenantId: fashionId, role: 'CUSTOMER' }] }).then((u) =>
      prisma.user.update({ where: { id: u.id }, data: { phone: customer.e164 } }),
    );
    await createUser(prisma, { email: `s-${uuidv7()}@example.ng`, passwordHash: await hashPassword('Jollof-rice-on-sunday-9'), memberships: [{ tenantId: fashionId, role: 'STAFF' }] }).then((u) =>
      prisma.user.update({ where: { id: u.id }, data: { phone: staff.e164 } }),
    );
    const answers = [await ask(fresh.local), await ask(customer.local), await ask(staff.local)];
    expect(answers).toEqual([fresh, customer, staff].map((p) => ({ phone: p.e164, userErrors: [] })));
    expect((await requests(fresh.e164)).length).toBe(1);
    expect((await requests(customer.e164)).length).toBe(1);
    expect(await requests(staff.e164)).toEqual([]);
    expect(await prisma.signInCode.count({ where: { phone: staff.e164 } })).toBe(0);
    await textedCode(customer.e164);
    expect(await prisma.sandboxMessage.count({ where: { to: staff.e164 } })).toBe(0);
  }, 60_000);

  it('refuses a right code to someone who became staff meanwhile, and texts staff no more codes', async () => {
    const phone = number();
    await ask(phone.e164);
    const first = await signIn({ phone: phone.e164, code: await textedCode(phone.e164) });
    const before = new Date();
    await ask(phone.e164);
    const code = await textedCode(phone.e164, before);
    await prisma.membership.create({ data: { id: uuidv7(), userId: first.session.user.id, tenantId: fashionId, role: 'STAFF' } });
    expect(codes(await signIn({ phone: phone.e164, code }))).toEqual(['FORBIDDEN']);
    const asked = await prisma.signInCode.count({ where: { phone: phone.e164 } });
    expect(await ask(phone.e164)).toEqual({ phone: phone.e164, userErrors: [] });
    expect(await prisma.signInCode.count({ where: { phone: phone.e164 } })).toBe(asked);
  }, 60_000);

  it('a wrong code, an expired code and a replaced code are refused', async () => {
    const phone = number();
    await ask(phone.e164);
    const code = await textedCode(phone.e164);
    const wrongCode = code === '000000' ? '000001' : '000000';
    expect(codes(await signIn({ phone: phone.e164, code: wrongCode }))).toEqual(['INVALID_CREDENTIALS']);
    expect(codes(await signIn({ phone: phone.e164, code: 'abc' }))).toEqual(['BAD_USER_INPUT']);

    // Expired: ten minutes later the right code is no good.
    await prisma.signInCode.updateMany({ where: { phone: phone.e164 }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(codes(await signIn({ phone: phone.e164, code }))).toEqual(['TOKEN_EXPIRED']);

    // A new code replaces the old: only the newest counts.
    const t0 = new Date();
    await ask(phone.e164);
    const second = await textedCode(phone.e164, t0);
    const t1 = new Date();
    await ask(phone.e164);
    const third = await textedCode(phone.e164, t1);
    // The replaced code counts as a wrong try of the newest one (1 of 5).
    expect(codes(await signIn({ phone: phone.e164, code: second === third ? wrongCode : second }))).toEqual(['INVALID_CREDENTIALS']);

    // Three more wrong tries from other addresses (4 of 5) leave the newest code good.
    const other = third === '000000' ? '000001' : '000000';
    for (let i = 0; i < 3; i++) {
      expect(await outcome(signInWithCode(ctx(`198.51.100.${i + 1}`), { tenantSlug: 'ade-fashion', phone: phone.e164, code: other }))).toBe('INVALID_CREDENTIALS');
    }
    expect(await outcome(signInWithCode(ctx('198.51.100.9'), { tenantSlug: 'ade-fashion', phone: phone.e164, code: third }))).toBe('OK');
  }, 90_000);

  it('five wrong tries of one code spend it: the right code is refused after', async () => {
    const phone = number();
    await requestSignInCode(ctx('203.0.113.1'), { tenantSlug: 'ade-fashion', phone: phone.e164 });
    const code = await textedCode(phone.e164);
    const other = code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i++) {
      expect(await outcome(signInWithCode(ctx(`203.0.113.${10 + i}`), { tenantSlug: 'ade-fashion', phone: phone.e164, code: other }))).toBe('INVALID_CREDENTIALS');
    }
    expect(await outcome(signInWithCode(ctx('203.0.113.20'), { tenantSlug: 'ade-fashion', phone: phone.e164, code }))).toBe('TOO_MANY_ATTEMPTS');
    expect((await prisma.signInCode.findFirstOrThrow({ where: { phone: phone.e164 } })).failures).toBe(5);
    expect(await prisma.user.count({ where: { phone: phone.e164 } })).toBe(0);
  }, 60_000);

  it('is throttled per number and per address, alike for every number', async () => {
    const phone = number();
    const results: string[] = [];
    for (let i = 0; i < 6; i++) results.push(await outcome(requestSignInCode(ctx('192.0.2.7'), { tenantSlug: 'ade-fashion', phone: phone.e164 })));
    expect(results).toEqual(['OK', 'OK', 'OK', 'OK', 'OK', 'TOO_MANY_ATTEMPTS']);
    // Guessing codes from one address stops at the sign-in brake, even with the right code next.
    const guessed = number();
    await requestSignInCode(ctx('192.0.2.8'), { tenantSlug: 'ade-fashion', phone: guessed.e164 });
    const code = await textedCode(guessed.e164);
    const other = code === '000000' ? '000001' : '000000';
    const tries: string[] = [];
    for (let i = 0; i < 5; i++) tries.push(await outcome(signInWithCode(ctx('192.0.2.8'), { tenantSlug: 'ade-fashion', phone: guessed.e164, code: other })));
    expect(tries).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    expect(await outcome(signInWithCode(ctx('192.0.2.8'), { tenantSlug: 'ade-fashion', phone: guessed.e164, code: other }))).toBe('TOO_MANY_ATTEMPTS');
  }, 60_000);

  it("another shop cannot use a shop's code, and the code stays good at its own", async () => {
    const phone = number();
    await ask(phone.e164, 'ade-fashion');
    const code = await textedCode(phone.e164);
    expect(codes(await signIn({ phone: phone.e164, code, tenantSlug: 'naija-market' }))).toEqual(['INVALID_CREDENTIALS']);
    const signedIn = await signIn({ phone: phone.e164, code, tenantSlug: 'ade-fashion' });
    expect(signedIn.session.tenant.slug).toBe('ade-fashion');
    // Only a shop has customers who sign in this way.
    expect(codes(await ask(phone.e164, 'webwaka'))).toEqual(['FORBIDDEN']);
  }, 60_000);

  it('does not bypass two-factor authentication', async () => {
    const phone = number();
    const secret = generateTotpSecret();
    const u = await createUser(prisma, { email: `tf-${uuidv7()}@example.ng`, passwordHash: await hashPassword('Jollof-rice-on-sunday-9'), totpSecret: secret, memberships: [{ tenantId: fashionId, role: 'CUSTOMER' }] });
    await prisma.user.update({ where: { id: u.id }, data: { phone: phone.e164 } });
    await ask(phone.e164);
    const code = await textedCode(phone.e164);
    expect(codes(await signIn({ phone: phone.e164, code }))).toEqual(['TWO_FACTOR_REQUIRED']);
    expect(codes(await signIn({ phone: phone.e164, code, totpCode: '000000' === totpAt(secret) ? '111111' : '000000' }))).toEqual(['TWO_FACTOR_INVALID']);
    const signedIn = await signIn({ phone: phone.e164, code, totpCode: totpAt(secret) });
    expect(codes(signedIn)).toEqual([]);
    expect(signedIn.session).toMatchObject({ twoFactorVerified: true, user: { id: u.id } });
  }, 60_000);
});

describe('closing a phone-only account with a texted code (decision 0079)', () => {
  const ACCOUNT_CODE = 'mutation { requestAccountCode { sentTo userErrors { code field } } }';
  const CLOSE = 'mutation ($password: String, $code: String) { requestAccountDeletion(password: $password, code: $code) { purgeAfter userErrors { code field } } }';
  const as = (token: string) => ({ ...bearer(token), 'x-tenant': 'ade-fashion' });

  it('texts a code to the account\'s own number, and only the right fresh code closes the account', async () => {
    const phone = number();
    await ask(phone.e164);
    const { session } = await signIn({ phone: phone.e164, code: await textedCode(phone.e164) });
    const close = async (vars: { password?: string; code?: string }) => ok(await gql(s.gatewayUrl, CLOSE, vars, as(session.accessToken))).requestAccountDeletion;

    // Nothing to give: no password, no code.
    expect(codes(await close({}))).toEqual(['BAD_USER_INPUT']);
    const before = new Date();
    expect(ok(await gql(s.gatewayUrl, ACCOUNT_CODE, {}, as(session.accessToken))).requestAccountCode).toEqual({ sentTo: `••• ${phone.e164.slice(-4)}`, userErrors: [] });
    const code = await textedCode(phone.e164, before);
    const wrongGuess = code === '000000' ? '111111' : '000000';
    expect(codes(await close({ code: wrongGuess }))).toEqual(['INVALID_CREDENTIALS']);
    // A password given for an account that has none proves nothing.
    expect(codes(await close({ password: 'Jollof-rice-on-sunday-9' }))).toEqual(['BAD_USER_INPUT']);
    expect(await prisma.user.findUniqueOrThrow({ where: { phone: phone.e164 } })).toMatchObject({ deletionRequestedAt: null });

    const closed = await close({ code });
    expect(codes(closed)).toEqual([]);
    expect(new Date(closed.purgeAfter).getTime()).toBeGreaterThan(Date.now());
    expect((await prisma.user.findUniqueOrThrow({ where: { phone: phone.e164 } })).deletionRequestedAt).not.toBeNull();
    // Every session ended; the code is spent and the account cannot sign in with a new one.
    expect((await gql(s.gatewayUrl, ME, {}, as(session.accessToken))).errors?.[0]?.extensions?.code).toBe('TOKEN_INVALID');
    expect(await prisma.signInCode.count({ where: { phone: phone.e164, usedAt: null, expiresAt: { gt: new Date() } } })).toBe(0);
  }, 60_000);

  it('a code from another shop does not confirm, an account with a password still needs it, and a guest cannot ask', async () => {
    const phone = number();
    await ask(phone.e164, 'ade-fashion');
    const { session } = await signIn({ phone: phone.e164, code: await textedCode(phone.e164) });
    const before = new Date();
    await ask(phone.e164, 'naija-market');
    const otherShops = await textedCode(phone.e164, before, 'Naija Market');
    // Only this shop's latest code counts, and that one already signed the person in.
    expect(codes(ok(await gql(s.gatewayUrl, CLOSE, { code: otherShops }, as(session.accessToken))).requestAccountDeletion)).toEqual(['TOKEN_USED']);
    expect((await prisma.user.findUniqueOrThrow({ where: { phone: phone.e164 } })).deletionRequestedAt).toBeNull();

    const withPassword = number();
    const email = `pw-${uuidv7()}@example.ng`;
    await createUser(prisma, { email, passwordHash: await hashPassword('Jollof-rice-on-sunday-9'), memberships: [{ tenantId: fashionId, role: 'CUSTOMER' }] }).then((u) =>
      prisma.user.update({ where: { id: u.id }, data: { phone: withPassword.e164 } }),
    );
    await ask(withPassword.e164);
    const pwSession = await signIn({ phone: withPassword.e164, code: await textedCode(withPassword.e164) });
    const before2 = new Date();
    ok(await gql(s.gatewayUrl, ACCOUNT_CODE, {}, as(pwSession.session.accessToken)));
    const code = await textedCode(withPassword.e164, before2);
    expect(codes(ok(await gql(s.gatewayUrl, CLOSE, { code }, as(pwSession.session.accessToken))).requestAccountDeletion)).toEqual(['INVALID_CREDENTIALS']);

    const guest = await gql(s.gatewayUrl, ACCOUNT_CODE, {}, { 'x-tenant': 'ade-fashion' });
    expect(guest.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  }, 60_000);
});

describe("a WhatsApp customer's account, for commerce only (decision 0081)", () => {
  const peer = (tenantId: string, phone: string, scopes = ['identity:phone-customers']) =>
    callPeer<{ customerForPhone: { id: string; created: boolean } | null }>(
      new Peers({ ...s.stack.subgraphs }),
      'identity',
      'mutation ($phone: String!, $name: String) { customerForPhone(phone: $phone, name: $name) { id created } }',
      { phone, name: 'Ngozi' },
      { tenantId, service: 'commerce', scopes },
    ).then((d) => d.customerForPhone);
  let marketId: string;
  beforeAll(async () => {
    marketId = (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'naija-market' } })).id;
  });

  it('finds or makes the number\'s account at the calling shop only, once however many ask at the same time', async () => {
    const phone = number();
    const answers = await Promise.all(Array.from({ length: 6 }, () => peer(fashionId, phone.local)));
    const ids = new Set(answers.map((a) => a!.id));
    expect(ids.size).toBe(1);
    expect(answers.filter((a) => a!.created).length).toBe(1);
    const user = await prisma.user.findUniqueOrThrow({ where: { phone: phone.e164 }, include: { memberships: true } });
    expect({ id: user.id, name: user.name, email: user.email, passwordHash: user.passwordHash, memberships: user.memberships.map((m) => [m.tenantId, m.role]) }).toEqual({
      id: [...ids][0],
      name: 'Ngozi',
      email: null,
      passwordHash: null,
      memberships: [[fashionId, 'CUSTOMER']],
    });
    // Another shop asking for the same number: the same person becomes its customer too, nothing more.
    expect(await peer(marketId, phone.e164)).toEqual({ id: user.id, created: false });
    expect((await prisma.membership.findMany({ where: { userId: user.id } })).map((m) => [m.tenantId, m.role]).sort()).toEqual([[fashionId, 'CUSTOMER'], [marketId, 'CUSTOMER']].sort());
    // Another number is another account.
    const other = number();
    expect((await peer(fashionId, other.e164))!.id).not.toBe(user.id);
    // It signs nobody in: no session, no sign-in code.
    expect(await prisma.refreshToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await prisma.signInCode.count({ where: { phone: phone.e164 } })).toBe(0);
  });

  it("gives no account of staff or of an account being closed, and refuses callers without the scope", async () => {
    const staff = number();
    const closing = number();
    await createUser(prisma, { email: `st-${uuidv7()}@example.ng`, passwordHash: 'not-a-hash', memberships: [{ tenantId: fashionId, role: 'STAFF' }] }).then((u) => prisma.user.update({ where: { id: u.id }, data: { phone: staff.e164 } }));
    await createUser(prisma, { email: `cl-${uuidv7()}@example.ng`, passwordHash: 'not-a-hash', memberships: [{ tenantId: fashionId, role: 'CUSTOMER' }] }).then((u) =>
      prisma.user.update({ where: { id: u.id }, data: { phone: closing.e164, deletionRequestedAt: new Date() } }),
    );
    expect(await peer(fashionId, staff.e164)).toBeNull();
    expect(await peer(marketId, closing.e164)).toBeNull();
    expect(await prisma.membership.count({ where: { user: { phone: { in: [staff.e164, closing.e164] } }, tenantId: marketId } })).toBe(0);
    await expect(peer(fashionId, number().e164, ['identity:customers'])).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await expect(customerForPhone({ ...ctx('10.9.9.9'), tenantId: fashionId }, { phone: 'not a phone' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
