/**
 * The gateway's contract over real HTTP: GraphQL over HTTP (GET, graphql-response+json), health checks,
 * authentication failures, query limits and rate limits, and that subgraphs refuse calls that did not
 * come through it. Every refusal is a clear error with a stable code, and nothing is written.
 */
import { ACTOR_HEADER, anonymousActor, config, signActorHeader, signJwt } from '@webwaka/protocol';
import { request as httpRequest } from 'node:http';
import { startGateway } from '../src/server';
import { DEFAULT_RATE_LIMITS } from '../src/rate-limit';
import { SUBGRAPHS } from '../src/subgraphs';
import { startStack, type TestStack } from '../../test/support/stack';
import { bearer, errorCode, gql } from '../../test/support/graphql';

/** A GraphQL POST with its own Host header (fetch always sends the URL's host). */
function postWithHost(url: string, host: string, query: string): Promise<{ status: number; data: any }> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ query });
    const req = httpRequest(url, { method: 'POST', headers: { host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, data: JSON.parse(text).data }));
    });
    req.on('error', reject);
    req.end(body);
  });
}


let s: TestStack;
beforeAll(async () => {
  s = await startStack();
});
afterAll(async () => {
  await s?.stop();
});

const countRows = async () => ({
  users: await s.stack.prisma.user.count(),
  tenants: await s.stack.prisma.tenant.count(),
  memberships: await s.stack.prisma.membership.count(),
});

describe('GraphQL over HTTP', () => {
  it('answers GET queries with application/graphql-response+json when asked', async () => {
    const res = await fetch(`${s.gatewayUrl}?query=${encodeURIComponent('{ tenantBySlug(slug: "ade-fashion") { name } }')}`, {
      headers: { accept: 'application/graphql-response+json' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
    expect(await res.json()).toEqual({ data: { tenantBySlug: { name: 'Ade Fashion House' } } });
  });

  it('refuses mutations over GET', async () => {
    const res = await fetch(`${s.gatewayUrl}?query=${encodeURIComponent('mutation { logout(refreshToken: "x") { ok } }')}`);
    expect(res.status).toBe(405);
  });

  it('returns a request id and propagates the one given', async () => {
    const res = await fetch(`${s.gatewayUrl}?query=${encodeURIComponent('{ currentTenant { id } }')}`, { headers: { 'x-request-id': 'test-request-0001' } });
    expect(res.headers.get('x-request-id')).toBe('test-request-0001');
  });
});

describe('health', () => {
  it('/healthz and /readyz report the gateway and its subgraphs', async () => {
    const base = s.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', subgraphs: Object.fromEntries(SUBGRAPHS.map((g) => [g.name, 'ready'])) });
    expect(SUBGRAPHS.map((g) => g.name)).toEqual(['identity', 'catalog', 'inventory', 'commerce', 'ledger', 'mlas', 'transport', 'pos', 'notifications']);
  });
});

describe('subgraphs only trust the gateway', () => {
  const query = JSON.stringify({ query: '{ me { id email } }' });
  const post = (headers: Record<string, string>) =>
    fetch(s.stack.subgraphs.identity, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: query });

  it('answers 401 to a direct call without the signed actor header', async () => {
    const res = await post({});
    expect(res.status).toBe(401);
    expect((await res.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers 401 to a header signed with the wrong secret, or tampered with', async () => {
    const actor = { ...anonymousActor(), kind: 'user' as const, userId: s.demo.users.superadmin.id, roles: ['SUPER_ADMIN' as const], mfa: true };
    expect((await post({ [ACTOR_HEADER]: signActorHeader(actor, 'r1', 'not-the-secret', { audience: 'identity', body: query }) })).status).toBe(401);
    const good = signActorHeader(anonymousActor(), 'r2', config.gatewaySecret, { audience: 'identity', body: query });
    const [, sig] = good.split('.');
    const forgedBody = Buffer.from(JSON.stringify({ actor, rid: 'r2', ip: null, iat: Math.floor(Date.now() / 1000) })).toString('base64url');
    expect((await post({ [ACTOR_HEADER]: `${forgedBody}.${sig}` })).status).toBe(401);
  });

  it('answers 401 to a stale signed header (replay)', async () => {
    const old = signActorHeader(anonymousActor(), 'r3', config.gatewaySecret, { audience: 'identity', body: query, now: Date.now() - 10 * 60_000 });
    expect((await post({ [ACTOR_HEADER]: old })).status).toBe(401);
  });
});

describe('bad credentials are errors, never anonymous access', () => {
  const me = '{ me { id } }';
  it('malformed JWT', async () => {
    const r = await gql(s.gatewayUrl, me, {}, bearer('not.a.jwt'));
    expect(r.status).toBe(401);
    expect(errorCode(r)).toBe('TOKEN_INVALID');
  });
  it('JWT signed with another secret (forged)', async () => {
    const t = signJwt({ sub: s.demo.users.superadmin.id, tid: 'x', roles: ['SUPER_ADMIN'], mfa: true, sid: 'x' }, 'attacker-secret', 600);
    const r = await gql(s.gatewayUrl, me, {}, bearer(t));
    expect(r.status).toBe(401);
    expect(errorCode(r)).toBe('TOKEN_INVALID');
  });
  it('alg=none JWT', async () => {
    const b = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const t = `${b({ alg: 'none', typ: 'JWT' })}.${b({ sub: s.demo.users.superadmin.id, tid: 'x', roles: ['SUPER_ADMIN'], mfa: true, typ: 'access', exp: 9e9 })}.`;
    expect(errorCode(await gql(s.gatewayUrl, me, {}, bearer(t)))).toBe('TOKEN_INVALID');
  });
  it('expired JWT', async () => {
    const t = signJwt({ sub: s.demo.users.customer.id, tid: 'x', roles: [], mfa: false, sid: 'x' }, config.jwtSecret, 60, Date.now() - 3600_000);
    const r = await gql(s.gatewayUrl, me, {}, bearer(t));
    expect(r.status).toBe(401);
    expect(errorCode(r)).toBe('TOKEN_EXPIRED');
  });
  it('unknown API key', async () => {
    const r = await gql(s.gatewayUrl, me, {}, { 'x-api-key': 'ww_aaaaaaaaaa_' + 'A'.repeat(43) });
    expect(r.status).toBe(401);
    expect(errorCode(r)).toBe('UNAUTHENTICATED');
  });
  it('resolves an anonymous tenant from its custom domain (whitelabel), and ignores the platform host', async () => {
    const fashion = await s.stack.prisma.tenant.update({ where: { slug: 'ade-fashion' }, data: { customDomain: 'shop.adefashion.ng' } });
    const viaDomain = await postWithHost(s.gatewayUrl, 'shop.adefashion.ng', '{ currentTenant { id } }');
    expect(viaDomain.data.currentTenant).toEqual({ id: fashion.id });
    // A forwarded host counts only from a trusted proxy (TRUSTED_PROXIES, decision 0021), not from anyone.
    const forwarded = await gql(s.gatewayUrl, '{ currentTenant { id } }', {}, { 'x-forwarded-host': 'shop.adefashion.ng' });
    expect(forwarded.data.currentTenant).toBeNull();
    const platform = await gql(s.gatewayUrl, '{ currentTenant { id } }');
    expect(platform.data.currentTenant).toBeNull();
  });
  it('unknown tenant', async () => {
    const r = await gql(s.gatewayUrl, '{ currentTenant { id } }', {}, { 'x-tenant': 'no-such-shop' });
    expect(r.status).toBe(404);
    expect(errorCode(r)).toBe('TENANT_NOT_FOUND');
  });
});

describe('query limits', () => {
  const signUp = `mutation { signUp(input: { tenantSlug: "ade-fashion", email: "limits@example.ng", password: "correct horse battery", name: "L" }) { session { accessToken } } }`;

  it('refuses first > 100, literal or variable, before anything runs', async () => {
    const before = await countRows();
    const lit = await gql(s.gatewayUrl, '{ childTenants(first: 101) { edges { node { id } } } }');
    expect(errorCode(lit)).toBe('PAGE_SIZE_EXCEEDED');
    expect(lit.status).toBe(400);
    const viaVar = await gql(s.gatewayUrl, 'query($first: Int) { childTenants(first: $first) { edges { node { id } } } }', { first: 500 });
    expect(errorCode(viaVar)).toBe('PAGE_SIZE_EXCEEDED');
    expect(await countRows()).toEqual(before);
  });

  it('refuses a query deeper than the limit', async () => {
    let sel = 'id';
    for (let i = 0; i < 14; i++) sel = `memberships { user { ${sel} } }`;
    const r = await gql(s.gatewayUrl, `{ me { ${sel} } }`);
    expect(errorCode(r)).toBe('QUERY_TOO_DEEP');
  });

  it('refuses a query whose estimated cost is too high', async () => {
    // Each alias pages 100 memberships, each with up to 10 of the user's memberships: ~4,400 fields.
    const page = (i: number) => `m${i}: members(first: 100) { edges { node { user { memberships { tenant { name slug kind } } } } } }`;
    const r = await gql(s.gatewayUrl, `{ ${[1, 2, 3, 4, 5, 6].map(page).join(' ')} }`);
    expect(errorCode(r)).toBe('QUERY_TOO_COSTLY');
  });

  it('refuses an oversized body with 413, nothing written', async () => {
    const before = await countRows();
    const res = await fetch(s.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: signUp, variables: { pad: 'x'.repeat(200_000) } }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(await countRows()).toEqual(before);
  });
});

describe('a production-configured gateway', () => {
  let gw: Awaited<ReturnType<typeof startGateway>>;
  beforeAll(async () => {
    gw = await startGateway({ pubsub: s.stack.pubsub, subgraphUrls: s.stack.subgraphs, introspection: false, rateLimit: { ...DEFAULT_RATE_LIMITS, anonymous: { perSecond: 1, burst: 3 } } });
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('refuses introspection', async () => {
    const r = await gql(gw.url, '{ __schema { types { name } } }', {}, { 'x-forwarded-for': '203.0.113.9' });
    expect(r.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('rate-limits per caller with 429 and Retry-After', async () => {
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r = await gql(gw.url, '{ tenantBySlug(slug: "ade-fashion") { id } }');
      statuses.push(r.status);
      if (r.status === 429) {
        retryAfter = r.headers.get('retry-after');
        expect(errorCode(r)).toBe('RATE_LIMITED');
      }
    }
    expect(statuses.filter((x) => x === 200).length).toBeLessThanOrEqual(3);
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
  });
});
