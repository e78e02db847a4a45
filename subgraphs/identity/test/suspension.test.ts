/**
 * Suspending a business (issue 14, PF-1): a partner closes a client it onboarded, and everything beneath it
 * closes too. Sessions there end at once (their access tokens are refused, their refresh tokens too), nobody
 * signs in or switches in, API keys stop answering, and a shop's anonymous API and storefront answer as
 * unknown. Only an administrator above it can do it (never the business itself, a sibling or its staff);
 * reinstating opens it again as it was, the same keys and passwords working.
 */
import { hashPassword } from '@webwaka/kit';
import { bearer, gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { verifyApiKey } from '../src/services/api-keys';
import { openOrNull } from '../src/services/tenant-status';
import { createUser, login, ok, okPayload, type SessionInfo } from './support';

const CREATE = 'mutation ($input: CreateTenantInput!) { createTenant(input: $input) { tenant { id slug } userErrors { code } } }';
const SUSPEND = 'mutation ($id: ID!, $r: String!) { suspendTenant(tenantId: $id, reason: $r) { tenant { id suspendedAt } userErrors { code field } } }';
const REINSTATE = 'mutation ($id: ID!) { reinstateTenant(tenantId: $id) { tenant { id suspendedAt } userErrors { code } } }';
const KEY = 'mutation { createApiKey(name: "till sync", scopes: ["identity:read"]) { key userErrors { code } } }';
const WHO = '{ currentTenant { slug } }';
const PASSWORD = 'Chin-chin-for-the-road-5';

let s: TestStack;
let partner: SessionInfo;
const stamp = Date.now().toString(36);
const CLIENT = `susp-client-${stamp}`;
const SHOP = `susp-shop-${stamp}`;
const QUIET_SHOP = `susp-quiet-${stamp}`;
let clientId: string;
let apiKey: string;
let staffEmail: string;
let staff: SessionInfo;
let clientAdmin: SessionInfo;

const admin = (slug: string) => login(s.gatewayUrl, slug, 'partner@webwaka.test', s.demo.password, s.demo.totpSecret, s.stack.prisma);
const codes = (p: { userErrors: { code: string }[] }) => p.userErrors.map((e) => e.code);

beforeAll(async () => {
  s = await startStack();
  partner = await admin('lagos-digital');
  clientId = okPayload(await gql(s.gatewayUrl, CREATE, { input: { kind: 'CLIENT', slug: CLIENT, name: 'Suspended Traders' } }, bearer(partner.accessToken)), 'createTenant').tenant.id;
  clientAdmin = await admin(CLIENT);
  const shopId = okPayload(await gql(s.gatewayUrl, CREATE, { input: { kind: 'STORE', slug: SHOP, name: 'Suspended Shop' } }, bearer(clientAdmin.accessToken)), 'createTenant').tenant.id;
  okPayload(await gql(s.gatewayUrl, CREATE, { input: { kind: 'STORE', slug: QUIET_SHOP, name: 'Quiet Shop' } }, bearer(clientAdmin.accessToken)), 'createTenant');
  const shopAdmin = await admin(SHOP);
  apiKey = okPayload(await gql(s.gatewayUrl, KEY, {}, bearer(shopAdmin.accessToken)), 'createApiKey').key;
  staffEmail = `susp.staff.${stamp}@example.ng`;
  await createUser(s.stack.prisma, { email: staffEmail, passwordHash: await hashPassword(PASSWORD), memberships: [{ tenantId: shopId, role: 'STAFF' }] });
  staff = await login(s.gatewayUrl, SHOP, staffEmail, PASSWORD);
  expect(ok(await gql(s.gatewayUrl, WHO, {}, { 'x-api-key': apiKey })).currentTenant.slug).toBe(SHOP);
}, 180_000);
afterAll(async () => {
  await s?.stop();
});

it('only an administrator above it may suspend: not the business itself, its staff, nor another branch', async () => {
  // The client's own administrator: its own tenant and its parent are not beneath it.
  for (const id of [clientId, (await s.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: 'lagos-digital' } })).id]) {
    const r = (await gql(s.gatewayUrl, SUSPEND, { id, r: 'testing' }, bearer(clientAdmin.accessToken))).data.suspendTenant;
    expect(codes(r)).toEqual(['NOT_FOUND']);
  }
  // Another client's administrator (Ade Ventures' admin) cannot reach this branch either.
  const other = await login(s.gatewayUrl, 'ade-ventures', 'client@webwaka.test', s.demo.password, s.demo.totpSecret, s.stack.prisma);
  expect(codes((await gql(s.gatewayUrl, SUSPEND, { id: clientId, r: 'testing' }, bearer(other.accessToken))).data.suspendTenant)).toEqual(['NOT_FOUND']);
  expect((await gql(s.gatewayUrl, SUSPEND, { id: clientId, r: 'testing' }, bearer(staff.accessToken))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect((await s.stack.prisma.tenant.findUniqueOrThrow({ where: { id: clientId } })).suspendedAt).toBeNull();
});

it('suspending a client closes it and everything beneath it at once; reinstating opens it again', async () => {
  const noReason = (await gql(s.gatewayUrl, SUSPEND, { id: clientId, r: ' ' }, bearer(partner.accessToken))).data.suspendTenant;
  expect(noReason.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['reason'] }]);
  const done = okPayload(await gql(s.gatewayUrl, SUSPEND, { id: clientId, r: 'Unpaid reseller fees' }, bearer(partner.accessToken)), 'suspendTenant');
  expect(done.tenant.suspendedAt).toBeTruthy();
  const again = (await gql(s.gatewayUrl, SUSPEND, { id: clientId, r: 'Twice' }, bearer(partner.accessToken))).data.suspendTenant;
  expect(codes(again)).toEqual(['INVALID_TRANSITION']);

  // Sessions beneath it ended: the staff member's access token and refresh token are refused.
  expect((await gql(s.gatewayUrl, WHO, {}, bearer(staff.accessToken))).errors?.[0]?.extensions?.code).toBe('TOKEN_INVALID');
  const refresh = (await gql(s.gatewayUrl, 'mutation ($t: String!) { refreshSession(refreshToken: $t) { session { accessToken } userErrors { code } } }', { t: staff.refreshToken })).data.refreshSession;
  expect(refresh.session).toBeNull();
  // Nobody signs in, neither in the shop nor in the client; the answer says why.
  const LOGIN = 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken } userErrors { code message } } }';
  const shopLogin = (await gql(s.gatewayUrl, LOGIN, { i: { tenantSlug: SHOP, email: staffEmail, password: PASSWORD } })).data.login;
  expect(shopLogin.userErrors.map((e: any) => e.code)).toEqual(['TENANT_SUSPENDED']);
  expect(shopLogin.userErrors[0].message).toContain('Suspended Traders');
  await expect(admin(CLIENT)).rejects.toThrow(/TENANT_SUSPENDED/);
  // The partner cannot switch into it either.
  const sw = (await gql(s.gatewayUrl, 'mutation ($t: String!) { switchTenant(tenantSlug: $t) { session { accessToken } userErrors { code } } }', { t: SHOP }, bearer(partner.accessToken))).data.switchTenant;
  expect(codes(sw)).toEqual(['TENANT_SUSPENDED']);
  // The shop's API key stops (the revocation announcement empties the gateways' key cache at once).
  expect((await gql(s.gatewayUrl, WHO, {}, { 'x-api-key': apiKey })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  // A shop beneath it that no one has asked for lately is unknown to anonymous callers (its storefront is offline).
  expect((await gql(s.gatewayUrl, WHO, {}, { 'x-tenant': QUIET_SHOP })).errors?.[0]?.extensions?.code).toBe('TENANT_NOT_FOUND');
  // The partner still sees it in its tree, marked suspended; the audit log of both has the reason.
  const tree = ok(await gql(s.gatewayUrl, '{ childTenants(first: 100) { edges { node { id suspendedAt } } } }', {}, bearer(partner.accessToken))).childTenants.edges.map((e: any) => e.node);
  expect(tree.find((n: any) => n.id === clientId).suspendedAt).toBeTruthy();
  const audit = await s.stack.prisma.auditEvent.findMany({ where: { type: 'tenant.suspended', subjectId: clientId } });
  expect(audit).toHaveLength(2);
  expect((audit[0].data as any).reason).toBe('Unpaid reseller fees');

  expect(okPayload(await gql(s.gatewayUrl, REINSTATE, { id: clientId }, bearer(partner.accessToken)), 'reinstateTenant').tenant.suspendedAt).toBeNull();
  expect(codes((await gql(s.gatewayUrl, REINSTATE, { id: clientId }, bearer(partner.accessToken))).data.reinstateTenant)).toEqual(['INVALID_TRANSITION']);
  // Open again, as it was: the same password works at once; the same key is valid again in identity (a
  // gateway that cached its refusal takes it back within its key cache's 30 s, docs/api.md).
  expect((await login(s.gatewayUrl, SHOP, staffEmail, PASSWORD)).accessToken).toBeTruthy();
  expect(await openOrNull(s.stack.prisma, await verifyApiKey({ prisma: s.stack.prisma }, apiKey))).toMatchObject({ scopes: ['identity:read'] });
});
