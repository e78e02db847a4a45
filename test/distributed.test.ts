/**
 * The distributed topology for real: a PostgreSQL server, Redis, identity in its own process and two
 * gateway replicas in theirs. A subscriber on replica 1 receives an audit event caused through replica 2,
 * and a key revoked through one replica stops working on the other (its open sockets there are closed).
 */
import { totpAt } from '@webwaka/kit';
import { SUBGRAPHS } from '../gateway/src/subgraphs';
import { startDistributed, type RunningDistributed } from '../scripts/distributed';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../prisma/seed';
import { bearer, gql } from './support/graphql';
import { describeIfService, freePort, startPostgres, startRedis } from './support/services';
import { settle, subscribe } from './support/subscribe';

jest.setTimeout(180_000);

describeIfService(['postgresql', 'redis'], 'distributed topology (PostgreSQL + Redis + separate processes + 2 gateway replicas)', () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let topo: RunningDistributed;

  beforeAll(async () => {
    [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
    topo = await startDistributed({
      databaseUrl: pg.url,
      redisUrl: redis.url,
      subgraphPorts: Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await freePort()]))),
      gatewayPorts: [await freePort(), await freePort()],
      demoProducts: 30,
      env: { LOG_LEVEL: 'warn' },
    });
  });
  afterAll(async () => {
    await topo?.stop();
    await redis?.stop();
    await pg?.stop();
  });

  // TOTP codes are single-use, so the administrator signs in once (through replica 2) and the token
  // works on both replicas.
  let adminToken: string;
  beforeAll(async () => {
    const r = await gql(topo.gatewayUrls[1], 'mutation($i: LoginInput!) { login(input: $i) { session { accessToken } userErrors { code } } }', {
      i: { tenantSlug: 'ade-fashion', email: 'client@webwaka.test', password: DEMO_PASSWORD, totpCode: totpAt(DEMO_TOTP_SECRET) },
    });
    adminToken = r.data.login.session.accessToken;
  });

  it('serves the same graph from both replicas', async () => {
    for (const url of topo.gatewayUrls) {
      const r = await gql(url, '{ tenantBySlug(slug: "naija-market") { name kind } }');
      expect(r.data).toEqual({ tenantBySlug: { name: 'Naija Market', kind: 'MARKETPLACE' } });
    }
  });

  it('delivers an audit event caused through replica 2 to a subscriber on replica 1', async () => {
    const [one, two] = topo.gatewayUrls;
    const token = adminToken;
    const sub = subscribe<{ auditEvents: { type: string; subjectId: string | null; data: any } }>(
      one.replace(/^http/, 'ws'),
      'subscription { auditEvents { type subjectId data } }',
      { authorization: `Bearer ${token}` },
    );
    try {
      await settle(500);
      const failed = await gql(two, 'mutation($i: LoginInput!) { login(input: $i) { userErrors { code } } }', {
        i: { tenantSlug: 'ade-fashion', email: 'customer@webwaka.test', password: 'not-the-password-at-all' },
      });
      expect(failed.data.login.userErrors[0].code).toBe('INVALID_CREDENTIALS');
      const event = await sub.next((e) => e.auditEvents.type === 'session.login_failed');
      expect(event.auditEvents.data).toEqual({ reason: 'bad_password' });
    } finally {
      await sub.close();
    }
  });

  it('forgets a revoked API key on every replica at once', async () => {
    const [one, two] = topo.gatewayUrls;
    const token = adminToken;
    const created = await gql(two, 'mutation { createApiKey(name: "pos sync", scopes: ["audit:read"]) { key apiKey { id } } }', {}, bearer(token));
    const { key, apiKey } = created.data.createApiKey;
    expect((await gql(one, '{ currentTenant { slug } }', {}, { 'x-api-key': key })).status).toBe(200);
    // A socket opened with the key on replica 1 is closed (4403) by the revocation through replica 2 (decision 0024).
    const sub = subscribe(one.replace(/^http/, 'ws'), 'subscription { auditEvents { id } }', { apiKey: key });
    await settle(500);
    await gql(two, 'mutation($id: ID!) { revokeApiKey(id: $id) { userErrors { code } } }', { id: apiKey.id }, bearer(token));
    expect(await sub.closed()).toBe(4403);
    await sub.close();
    const until = Date.now() + 5000;
    let status = 200;
    while (Date.now() < until && status !== 401) {
      status = (await gql(one, '{ currentTenant { slug } }', {}, { 'x-api-key': key })).status;
      await settle(50);
    }
    expect(status).toBe(401);
  });
});
