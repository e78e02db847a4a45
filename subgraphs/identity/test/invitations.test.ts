/**
 * Invitations by e-mail (issue 14): an administrator invites an address to a role and gets a link, once;
 * the holder of the link joins with the existing account's password or opens an account. A link works once,
 * for 7 days, unless revoked or replaced; it never hands an existing account a role without its password;
 * one tenant's administrator can neither list nor revoke another's invitations; ranks hold (a client
 * administrator cannot invite a platform administrator); concurrent acceptances make one membership.
 */
import { hashPassword, sha256Hex } from '@webwaka/kit';
import { bearer, gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { createUser, login, ok, okPayload, type SessionInfo } from './support';

const INVITE = 'mutation ($email: String!, $role: Role!) { inviteMember(email: $email, role: $role) { token invitation { id email role state } userErrors { code field } } }';
const REVOKE = 'mutation ($id: ID!) { revokeInvitation(id: $id) { invitation { id state } userErrors { code } } }';
const PREVIEW = 'query ($token: String!) { invitationPreview(token: $token) { email role hasAccount tenant { slug } } }';
const ACCEPT = 'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { email tenant { slug } userErrors { code field } } }';
const LIST = 'query { invitations(first: 50) { edges { node { id email state } } } }';

let s: TestStack;
let fashion: SessionInfo;
let market: SessionInfo;
let fashionId: string;
const PASSWORD = 'Egusi-and-pounded-yam-7';

beforeAll(async () => {
  s = await startStack();
  fashion = await login(s.gatewayUrl, 'ade-fashion', 'client@webwaka.test', s.demo.password, s.demo.totpSecret, s.stack.prisma);
  market = await login(s.gatewayUrl, 'naija-market', 'client@webwaka.test', s.demo.password, s.demo.totpSecret, s.stack.prisma);
  fashionId = (await s.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).id;
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

let n = 0;
const address = () => `invitee${++n}.${Date.now()}@example.ng`;
const invite = async (session: SessionInfo, email: string, role = 'STAFF') => okPayload(await gql(s.gatewayUrl, INVITE, { email, role }, bearer(session.accessToken)), 'inviteMember');
const accept = async (input: Record<string, unknown>) => ok(await gql(s.gatewayUrl, ACCEPT, { input }, { 'x-tenant': 'ade-fashion' })).acceptInvitation;
const preview = async (token: string) => ok(await gql(s.gatewayUrl, PREVIEW, { token }, { 'x-tenant': 'ade-fashion' })).invitationPreview;
const rolesOf = async (email: string) =>
  (await s.stack.prisma.membership.findMany({ where: { user: { email }, tenantId: fashionId }, select: { role: true } })).map((m) => m.role);

it('a new address opens its account through the link, once; the token is stored only as its hash', async () => {
  const email = address();
  const { token, invitation } = await invite(fashion, email);
  expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  expect(invitation).toMatchObject({ email, role: 'STAFF', state: 'PENDING' });
  const row = await s.stack.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
  expect(row.tokenHash).toBe(sha256Hex(token));
  expect(JSON.stringify(row)).not.toContain(token);

  expect(await preview(token)).toEqual({ email, role: 'STAFF', hasAccount: false, tenant: { slug: 'ade-fashion' } });
  expect((await accept({ token, password: 'short' , name: 'Bisi' })).userErrors.map((e: any) => e.code)).toEqual(['WEAK_PASSWORD']);
  expect((await accept({ token, password: PASSWORD })).userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['name'] }]);
  expect(await accept({ token, password: PASSWORD, name: 'Bisi Ola' })).toEqual({ email, tenant: { slug: 'ade-fashion' }, userErrors: [] });
  expect(await rolesOf(email)).toEqual(['STAFF']);

  // Used: the link is dead, whoever tries it next.
  expect(await preview(token)).toBeNull();
  expect((await accept({ token, password: PASSWORD, name: 'Someone Else' })).userErrors.map((e: any) => e.code)).toEqual(['TOKEN_INVALID']);
  // The new member signs in with the password chosen.
  const session = await login(s.gatewayUrl, 'ade-fashion', email, PASSWORD);
  expect(session.accessToken).toBeTruthy();
  const audit = await s.stack.prisma.auditEvent.findMany({ where: { tenantId: fashionId, subjectId: { in: [invitation.id] } }, select: { type: true } });
  expect(audit.map((a) => a.type).sort()).toEqual(['invitation.accepted', 'invitation.created']);
});

it("an existing account joins only with its own password, counted like a sign-in", async () => {
  const email = address();
  await createUser(s.stack.prisma, { email, name: 'Existing', passwordHash: await hashPassword(PASSWORD) });
  const { token } = await invite(fashion, email, 'AGENT');
  expect((await preview(token)).hasAccount).toBe(true);
  const wrong = await accept({ token, password: 'not-the-password-at-all' });
  expect(wrong.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS', field: ['password'] }]);
  expect(await rolesOf(email)).toEqual([]);
  // A name is ignored for an existing account: nothing about it changes but its memberships.
  expect((await accept({ token, password: PASSWORD, name: 'Renamed By Link' })).userErrors).toEqual([]);
  expect(await rolesOf(email)).toEqual(['AGENT']);
  expect((await s.stack.prisma.user.findUniqueOrThrow({ where: { email } })).name).toBe('Existing');
});

it('revoked, replaced and expired links do not work; ranks and kinds hold; bad input is refused', async () => {
  const email = address();
  const first = await invite(fashion, email);
  const second = await invite(fashion, email, 'AGENT');
  expect(await preview(first.token)).toBeNull();
  expect((await preview(second.token)).role).toBe('AGENT');
  expect(okPayload(await gql(s.gatewayUrl, REVOKE, { id: second.invitation.id }, bearer(fashion.accessToken)), 'revokeInvitation').invitation.state).toBe('REVOKED');
  expect(await preview(second.token)).toBeNull();
  const again = await gql(s.gatewayUrl, REVOKE, { id: second.invitation.id }, bearer(fashion.accessToken));
  expect(again.data.revokeInvitation.userErrors.map((e: any) => e.code)).toEqual(['INVALID_TRANSITION']);

  const third = await invite(fashion, email);
  await s.stack.prisma.invitation.update({ where: { id: third.invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  expect(await preview(third.token)).toBeNull();
  expect((await accept({ token: third.token, password: PASSWORD, name: 'Late' })).userErrors.map((e: any) => e.code)).toEqual(['TOKEN_INVALID']);

  const codes = async (vars: Record<string, string>) =>
    (await gql(s.gatewayUrl, INVITE, vars, bearer(fashion.accessToken))).data.inviteMember.userErrors.map((e: any) => e.code);
  expect(await codes({ email: address(), role: 'SUPER_ADMIN' })).toEqual(['BAD_USER_INPUT']); // a shop has no platform administrators
  expect(await codes({ email: 'not-an-address', role: 'STAFF' })).toEqual(['BAD_USER_INPUT']);
  expect(await codes({ email: 'client@webwaka.test', role: 'CLIENT_ADMIN' })).toEqual(['ALREADY_EXISTS']);
  // Staff may not invite at all (identity's ADMINS).
  const staff = await login(s.gatewayUrl, 'ade-fashion', 'staff@webwaka.test', s.demo.password);
  expect((await gql(s.gatewayUrl, INVITE, { email: address(), role: 'STAFF' }, bearer(staff.accessToken))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it("one tenant's administrator neither lists nor revokes another's invitations, even holding roles in both", async () => {
  const { invitation, token } = await invite(fashion, address());
  const inMarket = ok(await gql(s.gatewayUrl, LIST, {}, bearer(market.accessToken))).invitations.edges.map((e: any) => e.node.id);
  expect(inMarket).not.toContain(invitation.id);
  const inFashion = ok(await gql(s.gatewayUrl, LIST, {}, bearer(fashion.accessToken))).invitations.edges.map((e: any) => e.node.id);
  expect(inFashion).toContain(invitation.id);
  // The same user, acting in the marketplace (and naming the shop in x-tenant): not found, still open.
  const r = await gql(s.gatewayUrl, REVOKE, { id: invitation.id }, { ...bearer(market.accessToken), 'x-tenant': 'ade-fashion' });
  expect(r.data.revokeInvitation.userErrors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
  expect((await preview(token)).tenant.slug).toBe('ade-fashion');
});

it('two acceptances of one link at once make one account and one membership', async () => {
  const email = address();
  const { token } = await invite(fashion, email);
  const results = await Promise.all([1, 2, 3].map(() => accept({ token, password: PASSWORD, name: 'Racer' })));
  const succeeded = results.filter((r) => r.userErrors.length === 0);
  expect(succeeded).toHaveLength(1);
  expect(await s.stack.prisma.user.count({ where: { email } })).toBe(1);
  expect(await rolesOf(email)).toEqual(['STAFF']);
});
