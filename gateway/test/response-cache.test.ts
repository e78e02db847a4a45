/**
 * The anonymous response cache: hits for repeated anonymous queries of a tenant, never for signed-in
 * callers, per tenant, and dropped by any mutation of the tenant (on every replica, via the pubsub).
 */
import { CHANNELS } from '@webwaka/protocol';
import { startStack, type TestStack } from '../../test/support/stack';
import { bearer, gql } from '../../test/support/graphql';

let s: TestStack;
beforeAll(async () => {
  s = await startStack({ responseCache: true });
});
afterAll(async () => {
  await s?.stop();
});

const q = '{ currentTenant { name primaryColor } }';
const anon = (slug: string) => gql(s.gatewayUrl, q, {}, { 'x-tenant': slug });

it('serves repeated anonymous queries from the cache, per tenant', async () => {
  const first = await anon('ade-fashion');
  expect(first.headers.get('x-cache')).toBe('MISS');
  const second = await anon('ade-fashion');
  expect(second.headers.get('x-cache')).toBe('HIT');
  expect(second.data).toEqual(first.data);
  const bypass = await gql(s.gatewayUrl, q, {}, { 'x-tenant': 'ade-fashion', 'cache-control': 'no-cache' });
  expect(bypass.headers.get('x-cache')).toBe('MISS');
  const other = await anon('naija-market');
  expect(other.headers.get('x-cache')).toBe('MISS');
  expect(other.data.currentTenant.name).toBe('Naija Market');
});

it('never serves signed-in callers from it', async () => {
  const login = await gql(s.gatewayUrl, 'mutation($i: LoginInput!) { login(input: $i) { session { accessToken } } }', {
    i: { tenantSlug: 'ade-fashion', email: 'customer@webwaka.test', password: s.demo.password },
  });
  const token = login.data.login.session.accessToken;
  for (let i = 0; i < 2; i++) expect((await gql(s.gatewayUrl, q, {}, bearer(token))).headers.get('x-cache')).toBeNull();
});

it('drops a tenant’s entries when a mutation of that tenant goes through, and when a subgraph announces a change', async () => {
  await anon('ade-fashion');
  expect((await anon('ade-fashion')).headers.get('x-cache')).toBe('HIT');
  // Any mutation in the tenant (here a failed login, which still writes the audit log).
  await gql(s.gatewayUrl, 'mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }', {
    i: { tenantSlug: 'ade-fashion', email: 'nobody@example.ng', password: 'whatever-it-is-1' },
  }, { 'x-tenant': 'ade-fashion' });
  expect((await anon('ade-fashion')).headers.get('x-cache')).toBe('MISS');

  // A change the gateway did not see (a direct write), announced on the channel as a subgraph's outbox would.
  const tenant = await s.stack.prisma.tenant.update({ where: { slug: 'ade-fashion' }, data: { primaryColor: '#123456' } });
  expect((await anon('ade-fashion')).data.currentTenant.primaryColor).not.toBe('#123456'); // still cached
  await s.stack.pubsub.publish(CHANNELS.tenantDataChanged, { tenantId: tenant.id });
  await new Promise((r) => setTimeout(r, 20));
  const fresh = await anon('ade-fashion');
  expect(fresh.headers.get('x-cache')).toBe('MISS');
  expect(fresh.data.currentTenant.primaryColor).toBe('#123456');
});
