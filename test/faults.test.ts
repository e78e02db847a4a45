/**
 * Faults that must not take the API down (issue 18, decision 0068), on the distributed topology: PostgreSQL,
 * a Redis of the test's own, every subgraph in its own process and one gateway.
 *
 * - Redis stopped: anonymous catalogue reads and signed-in queries still answer, /readyz says degraded
 *   (HTTP 200), a session ended meanwhile is refused (the database says so, not the unheard announcement),
 *   and an event published meanwhile reaches a subscriber once Redis is back; then Redis returns on the same
 *   port and everything is shared again, the subscription resumed through it.
 * - A subgraph killed: its part of a query is null with SERVICE_UNAVAILABLE, the rest answers, and no error
 *   names an address, a port or a stack; then it is started again by its supervisor and answers again.
 */
import { totpAt } from '@webwaka/kit';
import { SUBGRAPHS } from '../gateway/src/subgraphs';
import { startDistributed, type RunningDistributed } from '../scripts/distributed';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../prisma/seed';
import { bearer, gql } from './support/graphql';
import { describeIfService, freePort, startPostgres, startRedis } from './support/services';
import { settle, subscribe } from './support/subscribe';
import { waitFor } from './support/wait';

jest.setTimeout(150_000);

type Ready = { status: string; redis?: string; subgraphs: Record<string, string>; unready?: string[] };

describeIfService(['postgresql', 'redis'], 'faults (distributed topology: Redis stopped, a subgraph killed)', () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let topo: RunningDistributed;
  let url: string;
  const ports: Record<string, number> = {};

  beforeAll(async () => {
    [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
    for (const s of SUBGRAPHS) ports[s.name] = await freePort();
    topo = await startDistributed({
      databaseUrl: pg.url,
      redisUrl: redis.url,
      subgraphPorts: ports,
      gatewayPorts: [await freePort()],
      demoProducts: 5,
      env: { LOG_LEVEL: 'warn', SUBGRAPH_TIMEOUT_MS: '5000' },
    });
    url = topo.gatewayUrls[0];
  });
  afterAll(async () => {
    await topo?.stop();
    await redis?.stop();
    await pg?.stop();
  });

  const readyz = async (): Promise<{ code: number; body: Ready }> => {
    const r = await fetch(url.replace(/\/graphql$/, '/readyz'));
    return { code: r.status, body: (await r.json()) as Ready };
  };
  const catalogue = () => gql(url, '{ products(first: 2) { edges { node { id title } } } }', {}, { 'x-tenant': 'ade-fashion', 'cache-control': 'no-cache' });
  const login = async (email: string, totp?: string) => {
    const r = await gql(url, 'mutation($i: LoginInput!) { login(input: $i) { session { accessToken refreshToken } userErrors { code } } }', {
      i: { tenantSlug: 'ade-fashion', email, password: DEMO_PASSWORD, ...(totp ? { totpCode: totp } : {}) },
    });
    expect(r.data?.login.userErrors).toEqual([]);
    return r.data!.login.session as { accessToken: string; refreshToken: string };
  };
  const failLogin = (requestId: string) =>
    gql(url, 'mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }', { i: { tenantSlug: 'ade-fashion', email: 'customer@webwaka.test', password: 'not-the-password-at-all' } }, { 'x-request-id': requestId });

  it('serves on without Redis, refuses a session ended meanwhile, and catches up when it returns', async () => {
    const admin = await login('client@webwaka.test', totpAt(DEMO_TOTP_SECRET));
    const kept = await login('customer@webwaka.test');
    const ended = await login('customer@webwaka.test');
    expect(await readyz()).toEqual({ code: 200, body: expect.objectContaining({ status: 'ready', redis: 'ready' }) });

    const sub = subscribe<{ auditEvents: { type: string; requestId: string | null } }>(url.replace(/^http/, 'ws'), 'subscription { auditEvents { type requestId } }', { authorization: `Bearer ${admin.accessToken}` });
    try {
      await settle(500);
      await redis.stop();
      await waitFor(async () => (await readyz()).body.status === 'degraded', 15_000);
      const degraded = await readyz();
      expect(degraded.code).toBe(200);
      expect(degraded.body.redis).toMatch(/^unavailable/);

      // Anonymous and signed-in calls answer; the rate limit is this gateway's own meanwhile.
      const anonymous = await catalogue();
      expect(anonymous.status).toBe(200);
      expect(anonymous.data.products.edges.length).toBeGreaterThan(0);
      const me = await gql(url, '{ me { email } }', {}, bearer(kept.accessToken));
      expect(me.data).toEqual({ me: { email: 'customer@webwaka.test' } });

      // A session ended while the announcement cannot travel: the gateway asks the database instead.
      const out = await gql(url, 'mutation($t: String!) { logout(refreshToken: $t) { ok } }', { t: ended.refreshToken }, bearer(ended.accessToken));
      expect(out.data).toEqual({ logout: { ok: true } });
      const refused = await gql(url, '{ me { email } }', {}, bearer(ended.accessToken));
      expect(refused.status).toBe(401);
      expect(refused.errors?.[0].extensions?.code).toBe('TOKEN_INVALID');

      // An audit event recorded during the outage is kept by identity and sent once Redis is back.
      expect((await failLogin('fault-during-outage-1')).data.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');

      redis = await startRedis({ port: redis.port });
      await waitFor(async () => (await readyz()).body.status === 'ready', 30_000);
      expect((await readyz()).body.redis).toBe('ready');
      await sub.next((e) => e.auditEvents.requestId === 'fault-during-outage-1', 20_000);
      // The subscription was resumed through Redis: an event from identity's process reaches it.
      await failLogin('fault-after-outage-01');
      await sub.next((e) => e.auditEvents.requestId === 'fault-after-outage-01', 15_000);

      expect((await catalogue()).data.products.edges.length).toBeGreaterThan(0);
      expect((await gql(url, '{ me { email } }', {}, bearer(kept.accessToken))).data).toEqual({ me: { email: 'customer@webwaka.test' } });
      expect((await gql(url, '{ me { email } }', {}, bearer(ended.accessToken))).status).toBe(401);
    } finally {
      await sub.close();
    }
  });

  it('answers the rest of a query when one subgraph is dead, with a stable code and no address, until it is back', async () => {
    const inventory = topo.processes[SUBGRAPHS.findIndex((s) => s.name === 'inventory')];
    inventory.kill('SIGKILL');
    await new Promise((r) => inventory.once('exit', r));
    const r = await gql(url, '{ products(first: 2) { edges { node { id title variants { id availableForSale } } } } }', {}, { 'x-tenant': 'ade-fashion', 'cache-control': 'no-cache' });
    expect(r.status).toBe(200);
    // The catalogue answers; inventory's fields are null.
    const nodes = r.data.products.edges.map((e: { node: any }) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) {
      expect(n.title).toEqual(expect.any(String));
      for (const v of n.variants) expect(v.availableForSale).toBeNull();
    }
    expect(r.errors?.length).toBeGreaterThan(0);
    for (const e of r.errors!) expect(e.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const text = JSON.stringify(r.errors);
    for (const leak of ['127.0.0.1', 'localhost', String(ports.inventory), 'http:', 'ECONNREFUSED', 'stacktrace', '    at ']) expect(text).not.toContain(leak);
    expect(r.headers.get('x-request-id')).toEqual(expect.any(String));

    // A root field of the dead subgraph beside another's: that one null with the code, the other answers.
    const mixed = await gql(url, '{ tenantBySlug(slug: "ade-fashion") { name } stockLevel(id: "00000000-0000-7000-8000-000000000000") { id } }', {}, { 'x-tenant': 'ade-fashion' });
    expect(mixed.data).toEqual({ tenantBySlug: { name: expect.any(String) }, stockLevel: null });
    expect(mixed.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(JSON.stringify(mixed.errors)).not.toContain(String(ports.inventory));
    // /readyz names the dead one unreachable, without its address, and stays 200: the gateway still serves (decision 0073).
    const ready = await readyz();
    expect(ready.code).toBe(200);
    expect(ready.body).toMatchObject({ status: 'degraded', unready: ['inventory'] });
    expect(ready.body.subgraphs.inventory).toMatch(/^unreachable/);
    expect(JSON.stringify(ready.body)).not.toContain(String(ports.inventory));

    // Supervised: the dead subgraph is started again (scripts/distributed.ts), and its fields answer again.
    expect(await waitFor(async () => (await readyz()).body.status === 'ready', 90_000)).toBe(true);
    expect(topo.processes[SUBGRAPHS.findIndex((s) => s.name === 'inventory')].pid).not.toBe(inventory.pid);
    const again = await gql(url, '{ products(first: 2) { edges { node { variants { availableForSale } } } } }', {}, { 'x-tenant': 'ade-fashion', 'cache-control': 'no-cache' });
    expect(again.errors).toBeUndefined();
    expect(again.data.products.edges[0].node.variants[0].availableForSale).toEqual(expect.any(Boolean));
  });
});
