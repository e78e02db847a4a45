/**
 * Calls between subgraphs: a `service` actor signed like the gateway's calls, holding only the scopes the
 * caller asked for; the callee's ordinary authorization applies; failures become stable error codes.
 */
import type { AddressInfo } from 'node:net';
import http from 'node:http';
import { AppError, ErrorCode, Peers, callPeer, createBuilder, startSubgraph, type PrismaClient, type PubSub, type RunningSubgraph } from '../src';

let running: RunningSubgraph;
let peers: Peers;

beforeAll(async () => {
  const builder = createBuilder();
  builder.queryType({});
  builder.queryField('whoAmI', (t) =>
    t.string({ authScopes: { apiScope: 'inventory:write' }, resolve: (_r, _a, ctx) => `${ctx.actor.kind}:${ctx.tenantId}:${ctx.actor.scopes.join(',')}` }),
  );
  const schema = builder.toSchema();
  // Neither is touched by this schema; the server only hands them to resolvers.
  running = await startSubgraph({ name: 'inventory', schema, prisma: {} as PrismaClient, pubsub: {} as PubSub });
  peers = new Peers({ inventory: running.url });
});
afterAll(() => running?.close());

const TENANT = '0190f5d2-0000-7000-8000-000000000001';

test('a service actor with the needed scope is served, in the tenant it acts for', async () => {
  const data = await callPeer<{ whoAmI: string }>(peers, 'inventory', '{ whoAmI }', {}, { tenantId: TENANT, service: 'commerce', scopes: ['inventory:write'] });
  expect(data.whoAmI).toBe(`service:${TENANT}:inventory:write`);
});

test('a service actor without the scope is refused by the callee with its own code', async () => {
  const call = callPeer(peers, 'inventory', '{ whoAmI }', {}, { tenantId: TENANT, service: 'commerce', scopes: ['inventory:read'] });
  await expect(call).rejects.toBeInstanceOf(AppError);
  await expect(call).rejects.toMatchObject({ extensions: { code: ErrorCode.FORBIDDEN } });
});

test('a subgraph that does not answer is PEER_UNAVAILABLE', async () => {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  await new Promise<void>((r) => server.close(() => r()));
  const gone = new Peers({ inventory: `http://127.0.0.1:${port}/graphql` });
  await expect(callPeer(gone, 'inventory', '{ whoAmI }', {}, { tenantId: TENANT, service: 'commerce', scopes: ['inventory:write'] })).rejects.toMatchObject({
    extensions: { code: ErrorCode.PEER_UNAVAILABLE },
  });
});

test('a peer is found where it was started, else through <NAME>_URL, else on its default port', () => {
  expect(new Peers({ ledger: 'http://10.0.0.9:1/graphql' }).url('ledger')).toBe('http://10.0.0.9:1/graphql');
  process.env.LEDGER_URL = 'http://ledger.internal/graphql';
  try {
    expect(new Peers().url('ledger')).toBe('http://ledger.internal/graphql');
  } finally {
    delete process.env.LEDGER_URL;
  }
  expect(new Peers().url('ledger')).toBe('http://127.0.0.1:4005/graphql');
});
