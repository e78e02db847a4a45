/**
 * `tenantAncestry`: the request's tenant and its ancestors up to the platform, for other subgraphs (MLAS
 * finds the partner and the platform above a store with it). Only service actors with identity:read reach
 * it; it is @inaccessible, so the public API through the gateway does not have it.
 */
import { callPeer, Peers } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { T } from '../../../test/support/demo';

let s: TestStack;
let peers: Peers;
const QUERY = '{ tenantAncestry { id kind slug } }';

beforeAll(async () => {
  s = await startStack({ demoProducts: 0 });
  peers = new Peers({ ...s.stack.subgraphs });
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const ask = (tenantId: string, scopes = ['identity:read']) => callPeer(peers, 'identity', QUERY, {}, { tenantId, service: 'test', scopes });

it('walks from the tenant up to the platform, nearest first', async () => {
  expect((await ask(T(4))).tenantAncestry).toEqual([
    { id: T(4), kind: 'STORE', slug: 'ade-fashion' },
    { id: T(3), kind: 'CLIENT', slug: 'ade-ventures' },
    { id: T(2), kind: 'PARTNER', slug: 'lagos-digital' },
    { id: T(1), kind: 'PLATFORM', slug: 'webwaka' },
  ]);
  expect((await ask(T(1))).tenantAncestry).toEqual([{ id: T(1), kind: 'PLATFORM', slug: 'webwaka' }]);
});

it('is refused to a service actor without identity:read', async () => {
  await expect(ask(T(4), ['mlas:read'])).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
});

it('is not part of the public API', async () => {
  const r = await gql(s.gatewayUrl, QUERY, {}, { 'x-tenant': 'ade-fashion' });
  expect(r.data).toBeNull();
  expect(r.errors?.[0]?.message).toMatch(/tenantAncestry/);
});
