/**
 * The account e-mails a person depends on, end to end in the embedded default: identity asks, notifications
 * sends over real SMTP, the local mail sink receives, and the link in the received mail does what it says.
 * A password reset reaches only its owner's mailbox and works once; a new customer's verification link
 * verifies their address. Nothing but the mail itself carries the link.
 */
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { payload, userErrorCodes } from '../../../test/support/callers';
import { waitFor } from '../../../test/support/wait';

const SHOP = 'ade-fashion';
const SHOPPER = { 'x-tenant': SHOP };
let s: TestStack;

beforeAll(async () => {
  s = await startStack({ demoProducts: 5 });
}, 180_000);
afterAll(() => s?.stop());

/** The newest mail the sink received for an address, once it arrives. */
const mailTo = (to: string, subject: RegExp) =>
  waitFor(async () => (await s.stack.prisma.sandboxMessage.findMany({ where: { to, channel: 'EMAIL' }, orderBy: { receivedAt: 'desc' } })).find((m) => subject.test(m.subject ?? '')) ?? null, 20_000);
const linkIn = (text: string, path: string) => new URL(new RegExp(`https?://\\S+${path}\\?token=[\\w-]+`).exec(text)![0]);

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { session { accessToken } userErrors { code } } }`;

it('a forgotten password is reset from the link the mail sink received, once', async () => {
  payload(await gql(s.gatewayUrl, `mutation { requestPasswordReset(email: "customer@webwaka.test") { ok userErrors { code } } }`, {}, SHOPPER), 'requestPasswordReset');
  const mail = (await mailTo('customer@webwaka.test', /Reset your/))!;
  expect(mail.subject).toBe('Reset your Ade Fashion House password');
  expect(mail.html).toContain('Ade Fashion House');
  const link = linkIn(mail.text, '/reset-password');
  const token = link.searchParams.get('token')!;
  // The delivery log an administrator reads does not hold it.
  const logged = await s.stack.prisma.message.findFirstOrThrow({ where: { recipient: 'customer@webwaka.test', template: 'account.password_reset' } });
  expect(logged.body).not.toContain(token);
  expect(logged.secretSealed).toBeNull();

  const reset = `mutation ($token: String!) { resetPassword(token: $token, newPassword: "Mangoes-at-dawn-2026") { userErrors { code } } }`;
  expect(userErrorCodes(await gql(s.gatewayUrl, reset, { token }, SHOPPER), 'resetPassword')).toEqual([]);
  expect(userErrorCodes(await gql(s.gatewayUrl, reset, { token }, SHOPPER), 'resetPassword')).toEqual(['TOKEN_USED']);
  const signedIn = await gql(s.gatewayUrl, LOGIN, { input: { tenantSlug: SHOP, email: 'customer@webwaka.test', password: 'Mangoes-at-dawn-2026' } });
  expect(signedIn.data!.login.session.accessToken).toBeTruthy();
});

it('an address with no account gets no mail, and the answer is the same', async () => {
  const r = await gql(s.gatewayUrl, `mutation { requestPasswordReset(email: "nobody-here@example.ng") { ok userErrors { code } } }`, {}, SHOPPER);
  expect(r.data!.requestPasswordReset).toEqual({ ok: true, userErrors: [] });
  await new Promise((res) => setTimeout(res, 2000));
  expect(await s.stack.prisma.sandboxMessage.count({ where: { to: 'nobody-here@example.ng' } })).toBe(0);
});

it('a new customer verifies their address from the mail they receive', async () => {
  const email = 'new-shopper@example.ng';
  payload(await gql(s.gatewayUrl, `mutation ($input: SignUpInput!) { signUp(input: $input) { userErrors { code } } }`, { input: { tenantSlug: SHOP, email, password: 'Pepper-soup-weekend-7', name: 'Ify' } }), 'signUp');
  const mail = (await mailTo(email, /Confirm your e-mail/))!;
  const token = linkIn(mail.text, '/verify-email').searchParams.get('token')!;
  const verified = payload(await gql(s.gatewayUrl, `mutation ($token: String!) { verifyEmail(token: $token) { email userErrors { code } } }`, { token }, SHOPPER), 'verifyEmail');
  expect(verified.email).toBe(email);
  expect((await s.stack.prisma.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).not.toBeNull();
});
