/**
 * Account security for everyone (issue 14): your sessions in every tenant, signing one out, changing your
 * password (the others end, this one stays), and closing your account refused while you are the only
 * administrator of a business. Every operation acts on the caller's own account only.
 */
import { hashPassword } from '@webwaka/kit';
import { bearer, gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { createUser, login, ok, okPayload } from './support';

const SESSIONS = 'query { mySessions { id current twoFactorVerified tenant { slug } } }';
const END = 'mutation ($id: ID!) { endMySession(sessionId: $id) { ok userErrors { code field } } }';
const CHANGE = 'mutation ($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { sessionsEnded userErrors { code field } } }';
const REFRESH = 'mutation ($t: String!) { refreshSession(refreshToken: $t) { session { accessToken } userErrors { code } } }';
const DELETE = 'mutation ($p: String!) { requestAccountDeletion(password: $p) { purgeAfter userErrors { code message } } }';
const PASSWORD = 'Ofada-rice-and-stew-3';

let s: TestStack;
let shopId: string;
let marketId: string;
beforeAll(async () => {
  s = await startStack();
  shopId = (await s.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).id;
  marketId = (await s.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: 'naija-market' } })).id;
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

let n = 0;
async function member(role: 'STAFF' | 'CLIENT_ADMIN' = 'STAFF') {
  const email = `security${++n}.${Date.now()}@example.ng`;
  await createUser(s.stack.prisma, { email, passwordHash: await hashPassword(PASSWORD), memberships: [{ tenantId: shopId, role }, { tenantId: marketId, role: 'CUSTOMER' }] });
  return email;
}
const refreshes = async (refreshToken: string) => !!(await gql(s.gatewayUrl, REFRESH, { t: refreshToken })).data?.refreshSession?.session;

it('lists your sessions in every tenant and signs one out; another user cannot', async () => {
  const email = await member();
  const phone = await login(s.gatewayUrl, 'ade-fashion', email, PASSWORD);
  const laptop = await login(s.gatewayUrl, 'ade-fashion', email, PASSWORD);
  const shopping = await login(s.gatewayUrl, 'naija-market', email, PASSWORD);
  const list = ok(await gql(s.gatewayUrl, SESSIONS, {}, bearer(laptop.accessToken))).mySessions;
  expect(list).toHaveLength(3);
  expect(list.filter((x: any) => x.current)).toHaveLength(1);
  expect(list.map((x: any) => x.tenant.slug).sort()).toEqual(['ade-fashion', 'ade-fashion', 'naija-market']);

  // Someone else cannot end this user's session, whatever the id.
  const other = await login(s.gatewayUrl, 'ade-fashion', await member(), PASSWORD);
  const phoneId = list.find((x: any) => !x.current && x.tenant.slug === 'ade-fashion').id;
  const refusedCodes = (await gql(s.gatewayUrl, END, { id: phoneId }, bearer(other.accessToken))).data.endMySession.userErrors.map((e: any) => e.code);
  expect(refusedCodes).toEqual(['NOT_FOUND']);
  expect(await refreshes(phone.refreshToken)).toBe(true);

  // The owner signs the lost phone out: its refresh token and its access token stop working.
  const phoneNow = await login(s.gatewayUrl, 'ade-fashion', email, PASSWORD);
  const ids = ok(await gql(s.gatewayUrl, SESSIONS, {}, bearer(phoneNow.accessToken))).mySessions.filter((x: any) => x.current).map((x: any) => x.id);
  expect(okPayload(await gql(s.gatewayUrl, END, { id: ids[0] }, bearer(laptop.accessToken)), 'endMySession').ok).toBe(true);
  expect(await refreshes(phoneNow.refreshToken)).toBe(false);
  expect((await gql(s.gatewayUrl, SESSIONS, {}, bearer(phoneNow.accessToken))).errors?.[0]?.extensions?.code).toBe('TOKEN_INVALID');
  expect(ok(await gql(s.gatewayUrl, SESSIONS, {}, bearer(shopping.accessToken))).mySessions.map((x: any) => x.id)).not.toContain(ids[0]);
});

it('changes the password with the current one: the others end, this one stays; bad input is refused beside its field', async () => {
  const email = await member();
  const here = await login(s.gatewayUrl, 'ade-fashion', email, PASSWORD);
  const elsewhere = await login(s.gatewayUrl, 'naija-market', email, PASSWORD);
  const bystander = await login(s.gatewayUrl, 'ade-fashion', await member(), PASSWORD);
  const change = async (c: string, nw: string) => (await gql(s.gatewayUrl, CHANGE, { c, n: nw }, bearer(here.accessToken))).data.changePassword;

  expect((await change('wrong-current-password', 'Brand-new-password-9')).userErrors).toEqual([{ code: 'INVALID_CREDENTIALS', field: ['currentPassword'] }]);
  expect((await change(PASSWORD, 'short')).userErrors).toEqual([{ code: 'WEAK_PASSWORD', field: ['newPassword'] }]);
  expect((await change(PASSWORD, PASSWORD)).userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['newPassword'] }]);
  expect(await change(PASSWORD, 'Brand-new-password-9')).toEqual({ sessionsEnded: 1, userErrors: [] });

  expect(await refreshes(elsewhere.refreshToken)).toBe(false);
  expect(await refreshes(here.refreshToken)).toBe(true);
  expect(await refreshes(bystander.refreshToken)).toBe(true);
  await expect(login(s.gatewayUrl, 'ade-fashion', email, PASSWORD)).rejects.toThrow();
  expect((await login(s.gatewayUrl, 'ade-fashion', email, 'Brand-new-password-9')).accessToken).toBeTruthy();
  const user = await s.stack.prisma.user.findUniqueOrThrow({ where: { email } });
  expect(await s.stack.prisma.auditEvent.count({ where: { tenantId: shopId, type: 'user.password_changed', subjectId: user.id } })).toBe(1);
});

it("closing your account is refused while you are a business's only administrator, and allowed once you are not", async () => {
  const tenant = await s.stack.prisma.tenant.create({ data: { id: crypto.randomUUID(), kind: 'STORE', slug: `lonely-${Date.now()}`, name: 'Lonely Shop', parentId: (await s.stack.prisma.tenant.findUniqueOrThrow({ where: { id: shopId } })).parentId } });
  const email = `lonely${Date.now()}@example.ng`;
  await createUser(s.stack.prisma, { email, passwordHash: await hashPassword(PASSWORD), memberships: [{ tenantId: tenant.id, role: 'STAFF' }, { tenantId: shopId, role: 'STAFF' }] });
  const user = await s.stack.prisma.user.findUniqueOrThrow({ where: { email } });
  // Administrator of the lonely shop, alone (given directly: the test is about the rule, not the grant).
  await s.stack.prisma.membership.create({ data: { id: crypto.randomUUID(), userId: user.id, tenantId: tenant.id, role: 'CLIENT_ADMIN' } });
  const session = await login(s.gatewayUrl, 'ade-fashion', email, PASSWORD);
  const refused = (await gql(s.gatewayUrl, DELETE, { p: PASSWORD }, bearer(session.accessToken))).data.requestAccountDeletion;
  expect(refused.userErrors.map((e: any) => e.code)).toEqual(['FORBIDDEN']);
  expect(refused.userErrors[0].message).toContain('Lonely Shop');
  expect((await s.stack.prisma.user.findUniqueOrThrow({ where: { email } })).deletionRequestedAt).toBeNull();

  await createUser(s.stack.prisma, { email: `second${Date.now()}@example.ng`, passwordHash: await hashPassword(PASSWORD), memberships: [{ tenantId: tenant.id, role: 'CLIENT_ADMIN' }] });
  const allowed = (await gql(s.gatewayUrl, DELETE, { p: PASSWORD }, bearer(session.accessToken))).data.requestAccountDeletion;
  expect(allowed.userErrors).toEqual([]);
  expect((await s.stack.prisma.user.findUniqueOrThrow({ where: { email } })).deletionRequestedAt).not.toBeNull();
});
