// Black-box attacks on what issue 10's broken-flow fixes added (decision 0027), over HTTP through the
// gateway like an outsider with a stolen session or a leaked token:
// - moving someone's two-factor to the attacker's phone needs the password and a current code: a stolen
//   access token alone gets nowhere, and a reset token works only for the user who started the reset;
// - refund previews are for those who may refund: a guest or a customer learns nothing of an order's money.
import { hashPassword, totpAt, uuidv7 } from '@webwaka/kit';
import { bearer, gql } from '../support/graphql';
import { startStack, type TestStack } from '../support/stack';
import { createUser } from '../support/callers';

let s: TestStack;
let shopId: string;
let passwordHash: string;
const PASSWORD = 'Suya-and-chips-2026';
const LOGIN = 'mutation($i: LoginInput!) { login(input: $i) { session { accessToken } userErrors { code } } }';
const RESET = 'mutation($p: String!, $c: String!) { beginTwoFactorReset(password: $p, code: $c) { secret resetToken userErrors { code } } }';
const CONFIRM = 'mutation($t: String!, $c: String!) { confirmTwoFactorReset(resetToken: $t, code: $c) { backupCodes userErrors { code } } }';

beforeAll(async () => {
  s = await startStack();
  shopId = (await s.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).id;
  passwordHash = await hashPassword(PASSWORD);
}, 180_000);
afterAll(async () => {
  await s?.stop();
});

/** An administrator of the shop with two-factor on, signed in; returns their headers and secret. */
async function administrator() {
  const email = `admin-${uuidv7()}@victim.test`;
  const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
  await createUser(s.stack.prisma, { email, passwordHash, totpSecret: secret, memberships: [{ tenantId: shopId, role: 'CLIENT_ADMIN' }] });
  const session = (await gql(s.gatewayUrl, LOGIN, { i: { tenantSlug: 'ade-fashion', email, password: PASSWORD, totpCode: totpAt(secret) } })).data.login.session;
  return { email, secret, headers: bearer(session.accessToken) };
}

test('a stolen session cannot move two-factor to another phone without the password and a code', async () => {
  const victim = await administrator();
  const before = await s.stack.prisma.user.findUniqueOrThrow({ where: { email: victim.email } });
  for (const [password, code, expected] of [
    ['guess-1', '000000', 'INVALID_CREDENTIALS'],
    ['', '', 'INVALID_CREDENTIALS'],
    [PASSWORD, '', 'TWO_FACTOR_INVALID'],
    [PASSWORD, '00000-00000', 'TWO_FACTOR_INVALID'],
  ]) {
    const r = (await gql(s.gatewayUrl, RESET, { p: password, c: code }, victim.headers)).data?.beginTwoFactorReset;
    // Throttling (decision 0023) may answer first; either way no secret and no token come back.
    expect([expected, 'TOO_MANY_ATTEMPTS']).toContain(r?.userErrors[0]?.code);
    expect(r?.secret ?? null).toBeNull();
    expect(r?.resetToken ?? null).toBeNull();
  }
  // Guessing on is braked like sign-in (decision 0023): the pair/account lock answers before any check.
  const codes: string[] = [];
  for (let i = 0; i < 8; i++) codes.push((await gql(s.gatewayUrl, RESET, { p: `guess-${i}`, c: '000000' }, victim.headers)).data?.beginTwoFactorReset.userErrors[0]?.code);
  expect(codes).toContain('TOO_MANY_ATTEMPTS');
  // Without a session at all: refused outright.
  const anon = await gql(s.gatewayUrl, RESET, { p: PASSWORD, c: '000000' }, { 'x-tenant': 'ade-fashion' });
  expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const after = await s.stack.prisma.user.findUniqueOrThrow({ where: { email: victim.email } });
  expect(after.totpSecretEnc).toBe(before.totpSecretEnc);
});

test("a leaked reset token is useless in the attacker's own session, and a made-up one is refused", async () => {
  const victim = await administrator();
  const attacker = await administrator();
  const begun = (await gql(s.gatewayUrl, RESET, { p: PASSWORD, c: totpAt(victim.secret, Date.now() + 30_000) }, victim.headers)).data.beginTwoFactorReset;
  expect(begun.resetToken).toBeTruthy();
  const stolen = (await gql(s.gatewayUrl, CONFIRM, { t: begun.resetToken, c: totpAt(begun.secret) }, attacker.headers)).data.confirmTwoFactorReset;
  expect(stolen.userErrors[0].code).toBe('TOKEN_INVALID');
  expect(stolen.backupCodes).toBeNull();
  const forged = (await gql(s.gatewayUrl, CONFIRM, { t: 'v1.AAAA.BBBB.CCCC', c: '123456' }, attacker.headers)).data.confirmTwoFactorReset;
  expect(forged.userErrors[0].code).toBe('TOKEN_INVALID');
  // The attacker's own factor is unchanged and so is the victim's.
  const victimRow = await s.stack.prisma.user.findUniqueOrThrow({ where: { email: victim.email } });
  expect(victimRow.twoFactorEnabledAt).not.toBeNull();
});

test('refund previews tell a guest or a customer nothing about an order', async () => {
  const order = await s.stack.prisma.order.findFirst({ where: { tenantId: shopId } });
  const PREVIEW = 'query($i: RefundOrderInput!) { refundPreview(input: $i) { amount { amount } } }';
  const orderId = order?.id ?? uuidv7();
  const guest = await gql(s.gatewayUrl, PREVIEW, { i: { orderId } }, { 'x-tenant': 'ade-fashion' });
  expect(guest.data?.refundPreview ?? null).toBeNull();
  expect(guest.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const customer = (await gql(s.gatewayUrl, LOGIN, { i: { tenantSlug: 'ade-fashion', email: s.demo.customerEmail, password: s.demo.customerPassword } })).data.login.session;
  const asCustomer = await gql(s.gatewayUrl, PREVIEW, { i: { orderId } }, bearer(customer.accessToken));
  expect(asCustomer.data?.refundPreview ?? null).toBeNull();
  expect(asCustomer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
