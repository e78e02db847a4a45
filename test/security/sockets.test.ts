/**
 * Websockets attacked from outside (issue 10, items 5 and 6; decision 0024):
 *  - an integrator keeps a subscription open with an API key after the key was revoked; a user keeps one
 *    after logging out; a member keeps one (and keeps calling with the same access token) after an
 *    administrator took the role away: each socket is closed with 4403 and nothing more arrives; the old
 *    access token is refused;
 *  - one socket sends an 8 MB message, and opens subscription after subscription: the message closes the
 *    socket (1009), the 21st subscription is refused with TOO_MANY_SUBSCRIPTIONS.
 * Everything goes over HTTP and graphql-ws, as a client would.
 */
import { totpAt } from '@webwaka/kit';
import { apiKey, payload, signIn } from '../support/callers';
import { errorCode, gql } from '../support/graphql';
import { forgetUsedTotpCodes, startStack, type TestStack } from '../support/stack';
import { nextAfter, rawSocket, settle, subscribe } from '../support/subscribe';

let s: TestStack;
let admin: Record<string, string>;

beforeAll(async () => {
  s = await startStack();
  admin = await signIn(s, 'ade-fashion', 'client');
}, 180_000);
afterAll(async () => {
  await s?.stop();
});

const AUDIT = 'subscription { auditEvents { id type } }';
const STOCK = 'subscription { inventoryChanged { id } }';
/** Something the administrator does that lands in the audit feed. */
const auditSomething = () => apiKey(s, admin, ['catalog:read'], 'noise');

it('a revoked API key’s open subscription is closed (4403) and receives nothing more', async () => {
  const created = payload(
    await gql(s.gatewayUrl, 'mutation { createApiKey(name: "leaky integration", scopes: ["audit:read"]) { key apiKey { id } userErrors { code } } }', {}, admin),
    'createApiKey',
  );
  const sub = subscribe<{ auditEvents: { type: string } }>(s.wsUrl, AUDIT, { apiKey: created.key });
  try {
    await nextAfter(sub, auditSomething, (e) => e.auditEvents.type === 'api_key.created');
    payload(await gql(s.gatewayUrl, 'mutation ($id: ID!) { revokeApiKey(id: $id) { apiKey { revokedAt } userErrors { code } } }', { id: created.apiKey.id }, admin), 'revokeApiKey');
    expect(await sub.closed()).toBe(4403);
    const before = sub.events.length;
    for (let i = 0; i < 3; i++) await auditSomething();
    await settle(1000);
    expect(sub.events.length).toBe(before);
  } finally {
    await sub.close();
  }
});

it('a logged-out session’s open subscription is closed (4403)', async () => {
  await forgetUsedTotpCodes(s.stack.prisma);
  const login = payload(
    await gql(s.gatewayUrl, 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken refreshToken } userErrors { code } } }', {
      i: { tenantSlug: 'ade-fashion', email: 'client@webwaka.test', password: s.demo.password, totpCode: totpAt(s.demo.totpSecret) },
    }),
    'login',
  );
  const sub = subscribe<{ auditEvents: { type: string } }>(s.wsUrl, AUDIT, { authorization: `Bearer ${login.session.accessToken}` });
  try {
    await nextAfter(sub, auditSomething, (e) => e.auditEvents.type === 'api_key.created');
    payload(await gql(s.gatewayUrl, 'mutation ($t: String!) { logout(refreshToken: $t) { ok userErrors { code } } }', { t: login.session.refreshToken }), 'logout');
    expect(await sub.closed()).toBe(4403);
    const before = sub.events.length;
    await auditSomething();
    await settle(1000);
    expect(sub.events.length).toBe(before);
  } finally {
    await sub.close();
  }
});

it('after revokeRole, the member’s socket is closed (4403) and the access token issued before is refused', async () => {
  const staff = await signIn(s, 'ade-fashion', 'staff');
  const read = () => gql(s.gatewayUrl, '{ stockLevels(first: 1) { edges { node { id onHand } } } }', {}, staff);
  expect((await read()).errors).toBeUndefined();
  const sub = subscribe(s.wsUrl, STOCK, staff);
  try {
    await settle(500);
    expect(sub.errors).toEqual([]);
    const members = (await gql(s.gatewayUrl, '{ members(first: 100) { edges { node { id role user { email } } } } }', {}, admin)).data.members.edges.map((e: any) => e.node);
    const membership = members.find((m: any) => m.user.email === 'staff@webwaka.test' && m.role === 'STAFF');
    payload(await gql(s.gatewayUrl, 'mutation ($id: ID!) { revokeRole(membershipId: $id) { membership { id } userErrors { code } } }', { id: membership.id }, admin), 'revokeRole');
    expect(await sub.closed()).toBe(4403);
    const stale = await read();
    expect({ status: stale.status, code: errorCode(stale), data: stale.data }).toEqual({ status: 401, code: 'TOKEN_INVALID', data: null });
  } finally {
    await sub.close();
  }
});

it('an 8 MB message closes the socket (1009) before it is parsed', async () => {
  const sock = await rawSocket(s.wsUrl, { tenant: 'ade-fashion' });
  await sock.init();
  sock.ws.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: `subscription { seatMap(tripId: "x") { kind } } #${'A'.repeat(8 * 1024 * 1024)}` } }));
  expect(await sock.closed).toBe(1009);
});

it('the 21st subscription on one socket is refused (TOO_MANY_SUBSCRIPTIONS); the first 20 stand', async () => {
  const key = (await apiKey(s, admin, ['inventory:read'], 'greedy'))['x-api-key'];
  const sock = await rawSocket(s.wsUrl, { apiKey: key });
  try {
    await sock.init();
    for (let i = 1; i <= 25; i++) sock.subscribe(String(i), STOCK);
    await sock.until(() => sock.errorsOf('25').length > 0);
    await settle(500);
    const refused = Array.from({ length: 25 }, (_, i) => String(i + 1)).filter((id) => sock.errorsOf(id).length > 0);
    expect(refused).toEqual(['21', '22', '23', '24', '25']);
    expect(sock.errorsOf('21')).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
  } finally {
    await sock.close();
  }
});
