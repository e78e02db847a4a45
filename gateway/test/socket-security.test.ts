/**
 * Websockets follow the caller's credentials and have limits (decision 0024): a socket opened with an API
 * key, a session that logs out, or a member whose role is revoked is closed with 4403 at once, and an access
 * token issued before a role change is refused; messages, subscriptions per socket and per caller, sockets
 * per address, subscription documents and the subscribe rate are all bounded. Both pubsub topologies: in
 * memory, and Redis (when a redis-server is installed).
 */
import { DEFAULT_RATE_LIMITS } from '../src/rate-limit';
import { startGateway } from '../src/server';
import { apiKey, payload, signIn, totpCode } from '../../test/support/callers';
import { bearer, errorCode, gql } from '../../test/support/graphql';
import { describeIfService, startRedis } from '../../test/support/services';
import { forgetUsedTotpCodes, startStack, type TestStack } from '../../test/support/stack';
import { nextAfter, rawSocket, settle, subscribe } from '../../test/support/subscribe';

const AUDIT = 'subscription { auditEvents { id type } }';
const STOCK = 'subscription { inventoryChanged { id } }';

async function adminLogin(s: TestStack) {
  await forgetUsedTotpCodes(s.stack.prisma);
  const r = await gql(s.gatewayUrl, 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken refreshToken } userErrors { code } } }', {
    i: { tenantSlug: 'ade-fashion', email: 'client@webwaka.test', password: s.demo.password, totpCode: totpCode(s) },
  });
  return payload(r, 'login').session as { accessToken: string; refreshToken: string };
}

/** Polls `read` until it returns `want` (or 5 s pass); returns the last value read. */
async function eventually<T>(read: () => Promise<T>, want: T): Promise<T> {
  const deadline = Date.now() + 5000;
  let v = await read();
  while (v !== want && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 50));
    v = await read();
  }
  return v;
}

/** The roles an access token carries. */
const rolesOf = (headers: Record<string, string>) => [...JSON.parse(Buffer.from(headers.authorization.split('.')[1], 'base64url').toString()).roles].sort();

/** Causes an audit event at ade-fashion (an API key created by the administrator). */
const causeAuditEvent = async (s: TestStack, admin: Record<string, string>) => apiKey(s, admin, ['catalog:read'], 'audit trigger');

async function keyWithId(s: TestStack, admin: Record<string, string>, scopes: string[]) {
  const r = await gql(s.gatewayUrl, 'mutation ($s: [String!]!) { createApiKey(name: "socket test", scopes: $s) { key apiKey { id } userErrors { code } } }', { s: scopes }, admin);
  const p = payload(r, 'createApiKey');
  return { key: p.key as string, id: p.apiKey.id as string };
}

/** The revocation cases, run on each topology (`get` gives the stack and its administrator once booted). */
function revocationSuite(get: () => { s: TestStack; admin: Record<string, string> }) {
  it('closes an API key’s socket with 4403 when the key is revoked, and delivers nothing after', async () => {
    const { s, admin } = get();
    const { key, id } = await keyWithId(s, admin, ['audit:read']);
    const sub = subscribe<{ auditEvents: { id: string; type: string } }>(s.wsUrl, AUDIT, { apiKey: key });
    try {
      await nextAfter(sub, () => causeAuditEvent(s, admin), (e) => e.auditEvents.type === 'api_key.created');
      payload(await gql(s.gatewayUrl, 'mutation ($id: ID!) { revokeApiKey(id: $id) { apiKey { id } userErrors { code } } }', { id }, admin), 'revokeApiKey');
      expect(await sub.closed()).toBe(4403);
      const seen = sub.events.length;
      await causeAuditEvent(s, admin);
      await settle(800);
      expect(sub.events.length).toBe(seen);
      // A new socket with the revoked key is refused too.
      const again = subscribe(s.wsUrl, AUDIT, { apiKey: key });
      expect(await again.closed()).toBe(4403);
    } finally {
      await sub.close();
    }
  });

  it('closes a session’s socket with 4403 when it logs out', async () => {
    const { s, admin } = get();
    const session = await adminLogin(s);
    const sub = subscribe<{ auditEvents: { type: string } }>(s.wsUrl, AUDIT, { authorization: `Bearer ${session.accessToken}` });
    try {
      await nextAfter(sub, () => causeAuditEvent(s, admin), (e) => e.auditEvents.type === 'api_key.created');
      payload(await gql(s.gatewayUrl, 'mutation ($t: String!) { logout(refreshToken: $t) { ok userErrors { code } } }', { t: session.refreshToken }), 'logout');
      expect(await sub.closed()).toBe(4403);
    } finally {
      await sub.close();
    }
  });
}

describe('in-memory pubsub', () => {
  let s: TestStack;
  let admin: Record<string, string>;
  beforeAll(async () => {
    s = await startStack();
    admin = await signIn(s, 'ade-fashion', 'client');
  });
  afterAll(async () => {
    await s?.stop();
  });

  const staffMembership = async () => {
    const r = await gql(s.gatewayUrl, '{ members(first: 100) { edges { node { id role user { email } } } } }', {}, admin);
    return r.data.members.edges.map((e: any) => e.node).find((m: any) => m.user.email === 'staff@webwaka.test' && m.role === 'STAFF') as { id: string } | undefined;
  };
  const regrantStaff = async () => {
    if (!(await staffMembership())) payload(await gql(s.gatewayUrl, 'mutation { grantRole(email: "staff@webwaka.test", role: STAFF) { membership { id } userErrors { code } } }', {}, admin), 'grantRole');
  };

  it('revokeRole closes the member’s sockets with 4403 and refuses the access tokens issued before it', async () => {
    const staff = await signIn(s, 'ade-fashion', 'staff');
    expect((await gql(s.gatewayUrl, '{ stockLevels(first: 1) { edges { node { id } } } }', {}, staff)).errors).toBeUndefined();
    const sub = subscribe(s.wsUrl, STOCK, staff);
    try {
      await settle(500);
      expect(sub.errors).toEqual([]);
      const m = (await staffMembership())!;
      payload(await gql(s.gatewayUrl, 'mutation ($id: ID!) { revokeRole(membershipId: $id) { membership { id } userErrors { code } } }', { id: m.id }, admin), 'revokeRole');
      expect(await sub.closed()).toBe(4403);
      const stale = await gql(s.gatewayUrl, '{ stockLevels(first: 1) { edges { node { id } } } }', {}, staff);
      expect(stale.status).toBe(401);
      expect(errorCode(stale)).toBe('TOKEN_INVALID');
    } finally {
      await sub.close();
      await regrantStaff();
    }
  });

  it('grantRole ends the member’s sessions in that tenant, so the next sign-in carries the new role', async () => {
    const staff = await signIn(s, 'ade-fashion', 'staff');
    const elsewhere = await signIn(s, 'abc-transport', 'staff');
    payload(await gql(s.gatewayUrl, 'mutation { grantRole(email: "staff@webwaka.test", role: AGENT) { membership { id } userErrors { code } } }', {}, admin), 'grantRole');
    // The outbox announces the ended sessions to every gateway right after the commit.
    expect(await eventually(async () => errorCode(await gql(s.gatewayUrl, '{ me { id } }', {}, staff)), 'TOKEN_INVALID')).toBe('TOKEN_INVALID');
    // Another tenant's session of the same user is not affected.
    expect((await gql(s.gatewayUrl, '{ me { id } }', {}, elsewhere)).errors).toBeUndefined();
    const fresh = await signIn(s, 'ade-fashion', 'staff');
    expect(rolesOf(fresh)).toEqual(['AGENT', 'STAFF']);
  });

  it('re-checks the caller on every event: a key revoked without the announcement is caught once the key cache expires', async () => {
    const { key, id } = await keyWithId(s, admin, ['audit:read']);
    const sub = subscribe<{ auditEvents: { id: string; type: string } }>(s.wsUrl, AUDIT, { apiKey: key });
    try {
      await nextAfter(sub, () => causeAuditEvent(s, admin), (e) => e.auditEvents.type === 'api_key.created');
      // Revoked in the database only: no outbox event, so no gateway hears of it (a lost announcement).
      await s.stack.prisma.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
      await settle(31_000); // the gateway's API key cache keeps a verified key for 30 s
      const seen = sub.events.length;
      await causeAuditEvent(s, admin);
      expect(await sub.closed()).toBe(4403);
      await settle(500);
      expect(sub.events.length).toBe(seen);
    } finally {
      await sub.close();
    }
  }, 120_000);

  it('closes the socket with 1009 on a message over 64 KB (an 8 MB one included)', async () => {
    const sock = await rawSocket(s.wsUrl, { tenant: 'ade-fashion' });
    await sock.init();
    sock.ws.send(JSON.stringify({ id: 'big', type: 'subscribe', payload: { query: `subscription { inventoryChanged { id } } # ${'x'.repeat(8 * 1024 * 1024)}` } }));
    expect(await sock.closed).toBe(1009);
    // Just under the limit is still a message (refused for what it asks, not for its size).
    const ok = await rawSocket(s.wsUrl, { tenant: 'ade-fashion' });
    await ok.init();
    ok.subscribe('fits', `subscription { inventoryChanged { id } } # ${'x'.repeat(60 * 1024)}`);
    await ok.until(() => ok.errorsOf('fits').length > 0);
    expect(ok.errorsOf('fits')).toEqual(['UNAUTHENTICATED']);
    await ok.close();
  });

  it('refuses the 21st subscription on a socket and the 51st of one caller across sockets', async () => {
    const { key } = await keyWithId(s, admin, ['inventory:read']);
    const sockets = await Promise.all([0, 1, 2].map(() => rawSocket(s.wsUrl, { apiKey: key })));
    try {
      for (const sock of sockets) await sock.init();
      const [a, b, c] = sockets;
      for (let i = 1; i <= 21; i++) a.subscribe(`a${i}`, STOCK);
      await a.until(() => a.errorsOf('a21').length > 0);
      expect(a.errorsOf('a21')).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
      await settle(500);
      for (let i = 1; i <= 20; i++) expect(a.errorsOf(`a${i}`)).toEqual([]);
      for (let i = 1; i <= 20; i++) b.subscribe(`b${i}`, STOCK);
      for (let i = 1; i <= 10; i++) c.subscribe(`c${i}`, STOCK);
      await settle(1000);
      c.subscribe('c11', STOCK);
      await c.until(() => c.errorsOf('c11').length > 0);
      expect(c.errorsOf('c11')).toEqual(['TOO_MANY_SUBSCRIPTIONS']);
      expect([...Array(20)].flatMap((_, i) => b.errorsOf(`b${i + 1}`))).toEqual([]);
      // Ending one frees a place.
      a.ws.send(JSON.stringify({ id: 'a1', type: 'complete' }));
      await settle(200);
      c.subscribe('c12', STOCK);
      await settle(1000);
      expect(c.errorsOf('c12')).toEqual([]);
    } finally {
      await Promise.all(sockets.map((x) => x.close()));
    }
  });

  it('applies the query limits to subscription documents', async () => {
    const { key } = await keyWithId(s, admin, ['inventory:read']);
    const sock = await rawSocket(s.wsUrl, { apiKey: key });
    await sock.init();
    let deep = 'id';
    for (let i = 0; i < 6; i++) deep = `variants { product { ${deep} } }`;
    sock.subscribe('deep', `subscription { inventoryChanged { variant { product { ${deep} } } } }`);
    await sock.until(() => sock.errorsOf('deep').length > 0);
    expect(sock.errorsOf('deep')).toEqual(['QUERY_TOO_DEEP']);
    await sock.close();
  });

  it('closes sockets over 50 from one address with 4429', async () => {
    await settle(500); // sockets of earlier tests have closed
    // Each socket says connection_init at once (graphql-ws closes a silent one after 3 s anyway).
    const sockets = await Promise.all([...Array(50)].map(async () => {
      const sock = await rawSocket(s.wsUrl, { tenant: 'ade-fashion' });
      await sock.init();
      return sock;
    }));
    try {
      const extra = await rawSocket(s.wsUrl, { tenant: 'ade-fashion' });
      expect(await extra.closed).toBe(4429);
      // The first 50 still work.
      sockets[49].subscribe('still', STOCK);
      await sockets[49].until(() => sockets[49].errorsOf('still').length > 0);
      expect(sockets[49].errorsOf('still')).toEqual(['UNAUTHENTICATED']);
      // A closed one makes room again.
      await sockets[0].close();
      await settle(200);
      const next = await rawSocket(s.wsUrl, { tenant: 'ade-fashion' });
      await next.init();
      await next.close();
    } finally {
      await Promise.all(sockets.map((x) => x.close()));
    }
  });

  it('charges each subscribe against the caller’s rate limit', async () => {
    const { key } = await keyWithId(s, admin, ['inventory:read']);
    // A gateway whose keys hold 50 tokens and refill slowly, so the flood outruns the refill on any machine.
    const gw = await startGateway({ pubsub: s.stack.pubsub, subgraphUrls: s.stack.subgraphs, rateLimit: { ...DEFAULT_RATE_LIMITS, apiKey: { perSecond: 0.01, burst: 50 } } });
    try {
      const sock = await rawSocket(gw.wsUrl, { apiKey: key });
      await sock.init();
      // Refused subscriptions pay the door's token too (past the 20th they are refused as too many), so a
      // flood on one socket empties the key's bucket.
      for (let i = 1; i <= 60; i++) sock.subscribe(`f${i}`, STOCK);
      await sock.until(() => sock.messages.some((m) => m.type === 'error' && m.payload[0]?.extensions?.code === 'RATE_LIMITED'));
      const limited = sock.messages.find((m) => m.type === 'error' && m.payload[0]?.extensions?.code === 'RATE_LIMITED');
      expect(limited.payload[0].extensions.retryAfter).toBeGreaterThan(0);
      await sock.close();
    } finally {
      await gw.close();
    }
  });

  describe('revocations', () => revocationSuite(() => ({ s, admin })));
});

describeIfService(['redis'], 'Redis pubsub', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let s: TestStack;
  let admin: Record<string, string>;
  beforeAll(async () => {
    redis = await startRedis();
    s = await startStack({ redisUrl: redis.url });
    admin = await signIn(s, 'ade-fashion', 'client');
  });
  afterAll(async () => {
    await s?.stop();
    await redis?.stop();
  });
  revocationSuite(() => ({ s, admin }));
});
