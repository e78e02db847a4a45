/**
 * A subgraph drains when it stops (decision 0073): its readiness says `shutting_down` at once, new
 * connections are refused once the listener closes, the request in flight still completes (with
 * `Connection: close`), and only then is its outbox dispatcher stopped.
 */
import http from 'node:http';
import { anonymousActor, config, createBuilder, signedCallHeaders, startSubgraph, type OutboxDispatcher, type PrismaClient, type PubSub } from '../src';

const TENANT = '0190f5d2-0000-7000-8000-000000000001';

/** A POST of one GraphQL document, signed as the gateway signs, on a connection of its own. */
function post(url: string, query: string): Promise<{ status: number; connection: string | undefined; body: any }> {
  const body = JSON.stringify({ query });
  const headers = { 'content-type': 'application/json', ...signedCallHeaders(anonymousActor(TENANT), 'shutdown-test', config.gatewaySecret, { audience: 'inventory', body }) };
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers, agent: false }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

const readyz = async (url: string) => {
  const r = await fetch(url.replace(/\/graphql$/, '/readyz'));
  return { status: r.status, body: await r.json() };
};

test('a stopping subgraph answers not-ready, refuses new connections, finishes the request in flight, then stops its dispatcher', async () => {
  let entered!: () => void;
  const inResolver = new Promise<void>((r) => (entered = r));
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const builder = createBuilder();
  builder.queryType({});
  builder.queryField('slow', (t) =>
    t.string({
      resolve: async () => {
        entered();
        await gate;
        return 'finished';
      },
    }),
  );
  const order: string[] = [];
  const dispatcher = { nudge: () => undefined, stop: async () => void order.push('dispatcher stopped') } as unknown as OutboxDispatcher;
  const prisma = { $queryRaw: async () => [{ '?column?': 1 }] } as unknown as PrismaClient;
  const previousDelay = process.env.SHUTDOWN_DELAY_MS;
  process.env.SHUTDOWN_DELAY_MS = '400';
  const running = await startSubgraph({ name: 'inventory', schema: builder.toSchema(), prisma, pubsub: {} as PubSub, dispatcher });
  try {
    expect(await readyz(running.url)).toEqual({ status: 200, body: { status: 'ready', service: 'inventory' } });

    const inFlight = post(running.url, '{ slow }');
    await inResolver;
    const closed = running.close().then(() => order.push('closed'));

    // Not ready at once, while still accepting (SHUTDOWN_DELAY_MS) so a probing balancer can see it.
    expect(await readyz(running.url)).toEqual({ status: 503, body: { status: 'shutting_down', service: 'inventory' } });
    // Then the listener closes: a new connection is refused.
    await expect(new Promise((resolve, reject) => setTimeout(() => fetch(running.url.replace(/\/graphql$/, '/healthz')).then(resolve, reject), 600))).rejects.toMatchObject({
      cause: { code: 'ECONNREFUSED' },
    });
    expect(order).toEqual([]);

    order.push('request released');
    release();
    const answer = await inFlight;
    expect(answer).toEqual({ status: 200, connection: 'close', body: { data: { slow: 'finished' } } });
    await closed;
    expect(order).toEqual(['request released', 'dispatcher stopped', 'closed']);
  } finally {
    release();
    if (previousDelay === undefined) delete process.env.SHUTDOWN_DELAY_MS;
    else process.env.SHUTDOWN_DELAY_MS = previousDelay;
    await running.close();
  }
});
