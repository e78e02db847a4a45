/**
 * The gateway drains when it stops and stays ready while it can serve (decision 0073), against a fake set of
 * subgraphs (one HTTP server answering their readiness, identity's tenant lookup and GraphQL calls):
 *
 * - stopping: readiness says `shutting_down` (503) at once, new connections are refused once the listener
 *   closes, a query in flight still completes with 200 and `Connection: close`, and websockets are closed
 *   with 1012, on which a graphql-ws client configured as the storefront's seat map reconnects (here to a
 *   new gateway on the same port);
 * - readiness: a subgraph that does not answer makes it `degraded` with HTTP 200 naming that subgraph;
 *   none answering makes it 503 `unavailable`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createPubSub } from '@webwaka/protocol';
import { startGateway, type RunningGateway } from '../src/server';
import { SUBGRAPHS } from '../src/subgraphs';

const TENANT = '0190f5d2-0000-7000-8000-000000000001';

/** Every subgraph at `http://127.0.0.1:<port>/<name>/graphql`; `tenantBySlug` answers when the test says. */
async function fakeSubgraphs() {
  let entered!: () => void;
  const slowEntered = new Promise<void>((r) => (entered = r));
  let release!: () => void;
  const slowReleased = new Promise<void>((r) => (release = r));
  const probes: string[] = [];
  const state = { ready: true };
  const server = http.createServer(async (req, res) => {
    let body = '';
    for await (const c of req) body += c;
    const send = (value: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    if (req.url!.endsWith('/readyz')) return state.ready ? send({ status: 'ready' }) : res.writeHead(503).end();
    if (req.url === '/identity/internal/resolve-tenant') return send({ tenantId: TENANT });
    const { query } = JSON.parse(body) as { query: string };
    if (query.includes('tenantBySlug')) {
      entered();
      await slowReleased;
      return send({ data: { tenantBySlug: { name: 'Slow shop' } } });
    }
    probes.push(query);
    return send({ data: { probe: null } });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    urls: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, `http://127.0.0.1:${port}/${s.name}/graphql`])),
    slowEntered,
    release,
    probes,
    state,
    close: () => (server.closeAllConnections(), new Promise<void>((r) => server.close(() => r()))),
  };
}

/** A closed port: nothing answers there. */
async function deadUrl(): Promise<string> {
  const s = http.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return `http://127.0.0.1:${port}/graphql`;
}

const readyz = async (gw: RunningGateway) => {
  const r = await fetch(gw.url.replace(/\/graphql$/, '/readyz'));
  return { status: r.status, body: (await r.json()) as { status: string; unready?: string[]; subgraphs?: Record<string, string> } };
};

/** One query on a connection of its own, with the response's Connection header. */
function post(url: string, query: string): Promise<{ status: number; connection: string | undefined; body: any }> {
  const body = JSON.stringify({ query });
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tenant': 'shop' }, agent: false }, (res) => {
      let text = '';
      res.on('data', (c) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, connection: res.headers.connection, body: JSON.parse(text) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let fake: Awaited<ReturnType<typeof fakeSubgraphs>>;
let dead: string;
/** The gateway the first test's client reconnects to, with notifications dead: the second test reads its readiness. */
let replacement: RunningGateway | null = null;
beforeAll(async () => {
  fake = await fakeSubgraphs();
  dead = await deadUrl();
});
afterAll(async () => {
  fake.release();
  await replacement?.close();
  await fake.close();
});

test('a stopping gateway answers not-ready, refuses new connections, finishes the query in flight, and tells sockets to reconnect', async () => {
  const previousDelay = process.env.SHUTDOWN_DELAY_MS;
  process.env.SHUTDOWN_DELAY_MS = '400';
  const gw = await startGateway({ pubsub: createPubSub('', ''), subgraphUrls: fake.urls });
  const port = gw.port;
  // As the storefront's seat map configures it (components/transport/SeatMap.tsx), with a short wait.
  const closes: number[] = [];
  let connected = 0;
  const client = createClient({
    url: gw.wsUrl,
    webSocketImpl: WebSocket,
    connectionParams: { tenant: 'shop' },
    lazy: false,
    retryAttempts: Number.MAX_SAFE_INTEGER,
    shouldRetry: () => true,
    retryWait: () => new Promise((r) => setTimeout(r, 200)),
    on: { connected: () => void connected++, closed: (e) => void closes.push((e as { code: number }).code) },
  });
  try {
    expect(await readyz(gw)).toMatchObject({ status: 200, body: { status: 'ready' } });
    const stop = client.subscribe({ query: 'subscription { inventoryChanged { id } }' }, { next: () => undefined, error: () => undefined, complete: () => undefined });
    // Subscribed: the gateway asked the subgraph whether this caller may (its hydration probe).
    await waitUntil(() => fake.probes.length === 1);
    expect(connected).toBe(1);

    const inFlight = post(gw.url, '{ tenantBySlug(slug: "shop") { name } }');
    await fake.slowEntered;
    const closing = gw.close();

    expect(await readyz(gw)).toEqual({ status: 503, body: { status: 'shutting_down' } });
    await expect(new Promise((resolve, reject) => setTimeout(() => fetch(gw.url.replace(/\/graphql$/, '/healthz')).then(resolve, reject), 600))).rejects.toMatchObject({
      cause: { code: 'ECONNREFUSED' },
    });
    // Once the listener is closed, the socket is told the server restarts.
    await waitUntil(() => closes.length > 0);
    expect(closes[0]).toBe(1012);

    fake.release();
    expect(await inFlight).toEqual({ status: 200, connection: 'close', body: { data: { tenantBySlug: { name: 'Slow shop' } } } });
    await closing;

    // The client keeps trying, and reconnects (and resubscribes) when a gateway answers there again.
    replacement = await startGateway({ pubsub: createPubSub('', ''), subgraphUrls: { ...fake.urls, notifications: dead }, port });
    await waitUntil(() => connected === 2, 10_000);
    await waitUntil(() => fake.probes.length === 2);
    stop();
  } finally {
    fake.release();
    await client.dispose();
    if (previousDelay === undefined) delete process.env.SHUTDOWN_DELAY_MS;
    else process.env.SHUTDOWN_DELAY_MS = previousDelay;
    await gw.close();
  }
});

test('readiness stays 200 and says degraded, naming the subgraph, when one does not answer; 503 when none does', async () => {
  const gw = (replacement ??= await startGateway({ pubsub: createPubSub('', ''), subgraphUrls: { ...fake.urls, notifications: dead } }));
  const degraded = await readyz(gw);
  expect(degraded.status).toBe(200);
  expect(degraded.body).toMatchObject({ status: 'degraded', unready: ['notifications'], subgraphs: { notifications: 'unreachable (ECONNREFUSED)', catalog: 'ready' } });
  expect(JSON.stringify(degraded.body)).not.toContain(new URL(dead).port);
  // The others answer 503 too (their database is away, say): nothing can be served.
  fake.state.ready = false;
  try {
    const down = await readyz(gw);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'unavailable', subgraphs: { notifications: 'unreachable (ECONNREFUSED)', catalog: 'status 503' } });
    expect(down.body.unready).toHaveLength(SUBGRAPHS.length);
  } finally {
    fake.state.ready = true;
  }
});

async function waitUntil(cond: () => boolean, timeoutMs = 5_000) {
  const until = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}
