// Black-box attacks on what the edge believes (issue 10, items 2, 3, 8 and 12; decision 0021): forwarded
// headers from whoever connects, page-cache keys, client addresses, payment return URLs and the sandbox
// page's webhook target. The embedded stack with the storefront, attacked over HTTP as an outsider would.
import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { config } from '@webwaka/kit';
import { DEFAULT_RATE_LIMITS } from '../../gateway/src/rate-limit';
import { startGateway } from '../../gateway/src/server';
import { seedCommerce } from '../../prisma/seed/commerce';
import { startStorefront, type RunningStorefront } from '../../scripts/storefront';
import { checkout, checkoutInput, guestCart, makeProduct, waitFor } from '../../subgraphs/commerce/test/support';
import { clientIpProof } from '../../storefront/lib/client-ip';
import { payload } from '../support/callers';
import { gql } from '../support/graphql';
import { startStack, type TestStack } from '../support/stack';

const STORE_DOMAIN = 'ade-edge.example.ng';
const MARKET_DOMAIN = 'naija-edge.example.ng';

let s: TestStack;
/** The storefront as `npm start` runs it: nobody's forwarded headers are believed. */
let storefront: string;
/** A second storefront behind a (pretend) TLS proxy on loopback: TRUSTED_PROXIES=loopback. */
let proxied: RunningStorefront;

beforeAll(async () => {
  s = await startStack({ storefront: true });
  storefront = s.storefrontUrl!;
  await seedCommerce(s.stack.prisma);
  await s.stack.prisma.tenant.update({ where: { slug: 'ade-fashion' }, data: { customDomain: STORE_DOMAIN } });
  await s.stack.prisma.tenant.update({ where: { slug: 'naija-market' }, data: { customDomain: MARKET_DOMAIN } });
  proxied = await startStorefront({ gatewayUrl: s.gatewayUrl, env: { TRUSTED_PROXIES: 'loopback' } });
}, 240_000);
afterAll(async () => {
  await proxied?.stop();
  await s?.stop();
});

interface Page {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** GET through node:http, so Host and the forwarded headers are whatever the attacker writes. */
function get(base: string, path: string, headers: Record<string, string> = {}): Promise<Page> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(path, base), { method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const STORE_NAME = 'Ade Fashion House';
const MARKET_NAME = 'Naija Market';

describe('page cache across tenants (item 2)', () => {
  it('a request naming one tenant’s domain in Host and another’s in X-Forwarded-Host does not poison the other’s page', async () => {
    // The attacker asks for the marketplace's home page, claiming the store's domain as the forwarded host.
    const poisoned = await get(storefront, '/', { host: MARKET_DOMAIN, 'x-forwarded-host': STORE_DOMAIN, 'x-forwarded-proto': 'http' });
    expect(poisoned.status).toBe(200);
    // The store's visitor, moments later (within the cache's freshness), gets the store.
    const visitor = await get(storefront, '/', { host: STORE_DOMAIN });
    expect(visitor.status).toBe(200);
    expect(visitor.body).toContain(STORE_NAME);
    expect(visitor.body).not.toContain(MARKET_NAME);
    // And canonical links on the store's pages name the store's domain, not one a client wrote.
    const spoofed = await get(storefront, '/', { host: STORE_DOMAIN, 'x-forwarded-host': 'evil.example' });
    expect(spoofed.body).not.toContain('evil.example');
  });

  it('behind a trusted proxy, its X-Forwarded-Host is the one host value: tenant and cache key agree', async () => {
    const viaProxy = await get(proxied.url, '/', { host: 'internal-lb:8080', 'x-forwarded-host': MARKET_DOMAIN, 'x-forwarded-proto': 'https' });
    expect(viaProxy.status).toBe(200);
    expect(viaProxy.body).toContain(MARKET_NAME);
    const storeVisitor = await get(proxied.url, '/', { host: 'internal-lb:8080', 'x-forwarded-host': STORE_DOMAIN, 'x-forwarded-proto': 'https' });
    expect(storeVisitor.body).toContain(STORE_NAME);
    expect(storeVisitor.body).not.toContain(MARKET_NAME);
  });
});

describe('custom domains behind a TLS proxy (item 3)', () => {
  it('X-Forwarded-Proto: https on a custom domain renders the page (it answered 500)', async () => {
    for (const path of ['/', '/robots.txt']) {
      const page = await get(proxied.url, path, { host: MARKET_DOMAIN, 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.10' });
      expect([path, page.status]).toEqual([path, 200]);
    }
    const home = await get(proxied.url, '/', { host: MARKET_DOMAIN, 'x-forwarded-proto': 'https' });
    expect(home.body).toContain(`https://${MARKET_DOMAIN}`);
    // From a client no proxy vouches for, the claim is ignored rather than failing.
    expect((await get(storefront, '/', { host: MARKET_DOMAIN, 'x-forwarded-proto': 'https' })).status).toBe(200);
  });
});

describe('client addresses (item 8)', () => {
  const LOGIN = 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken } userErrors { code } } }';
  const login = (headers: Record<string, string>) =>
    gql(s.gatewayUrl, LOGIN, { i: { tenantSlug: 'ade-fashion', email: 'customer@webwaka.test', password: s.demo.password } }, headers);
  const lastLoginIp = async () => {
    const user = await s.stack.prisma.user.findUniqueOrThrow({ where: { email: 'customer@webwaka.test' } });
    const e = await s.stack.prisma.auditEvent.findFirstOrThrow({ where: { actorUserId: user.id, type: 'session.login_succeeded' }, orderBy: { id: 'desc' } });
    return e.ip;
  };

  it('the audit log records the caller’s real address, not the X-Forwarded-For it wrote', async () => {
    payload(await login({ 'x-forwarded-for': '198.51.100.77' }), 'login');
    expect(await lastLoginIp()).toBe('127.0.0.1');
    // A made-up storefront proof is no better.
    payload(await login({ 'x-webwaka-client-ip': `198.51.100.77;${Math.floor(Date.now() / 1000)};${'ab'.repeat(32)}` }), 'login');
    expect(await lastLoginIp()).toBe('127.0.0.1');
  });

  it('through the storefront, a referral touch records the socket’s address; behind a trusted proxy, the address it forwarded', async () => {
    const touchIp = async (base: string, visitor: string, headers: Record<string, string>) => {
      await get(base, '/s/ade-fashion?ref=MUSA-ADE', { cookie: `ww_vid=${visitor}`, ...headers });
      const touch = await waitFor(() => s.stack.prisma.referralTouch.findFirst({ where: { visitorId: visitor } }));
      return touch?.ip;
    };
    expect(await touchIp(storefront, 'c0ffee00-0000-4000-8000-000000000001', { 'x-forwarded-for': '198.51.100.88' })).toBe('127.0.0.1');
    expect(await touchIp(proxied.url, 'c0ffee00-0000-4000-8000-000000000002', { 'x-forwarded-for': '6.6.6.6, 198.51.100.88' })).toBe('198.51.100.88');
  });

  it('rate limits count the caller, whatever X-Forwarded-For it rotates through, and cannot be spent on another address', async () => {
    const victim = '203.0.113.50';
    // A gateway whose signed-out buckets hold 200 tokens and refill 1 a second (a request here costs 2), so
    // the loop below empties the caller's on any machine; the stack's gateway keeps its own buckets.
    const gw = await startGateway({ pubsub: s.stack.pubsub, subgraphUrls: s.stack.subgraphs, rateLimit: { ...DEFAULT_RATE_LIMITS, anonymous: { perSecond: 1, burst: 200 } } });
    try {
      let limitedAfter = 0;
      // Every request claims a different, never repeated address: each used to get a fresh bucket.
      for (let i = 0; i < 3_000 && limitedAfter === 0; i += 1) {
        const r = await gql(gw.url, '{ __typename }', {}, { 'x-forwarded-for': `198.51.${Math.floor(i / 250)}.${i % 250}` });
        if (r.status === 429) limitedAfter = i + 1;
      }
      expect(limitedAfter).toBeGreaterThan(0);
      // Claiming to be the victim is charged to the caller's own (empty) bucket: a burst of 150 such claims,
      // which the victim's full bucket would all let through, meets 429s...
      const claims = await Promise.all(Array.from({ length: 150 }, () => gql(gw.url, '{ __typename }', {}, { 'x-forwarded-for': victim })));
      expect(claims.some((r) => r.status === 429)).toBe(true);
      // ...and the victim (here proven the way the storefront proves its shoppers) was never charged.
      const proof = clientIpProof(victim, Date.now(), config.storefrontSecret)!;
      expect((await gql(gw.url, '{ __typename }', {}, { 'x-webwaka-client-ip': proof })).status).toBe(200);
    } finally {
      await gw.close();
    }
  });
});

describe('payments (item 12)', () => {
  it('checkout refuses a return URL off the tenant’s own storefront', async () => {
    const store = (await s.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).id;
    const p = await makeProduct(s.stack.prisma, store, { price: 100_000n, stock: 5 });
    const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
    const r = await checkout(s, 'ade-fashion', checkoutInput(token, { returnUrl: 'https://evil.example/checkout/return' }));
    expect(r.data?.checkout?.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['returnUrl'] })]);
    const ok = payload(await checkout(s, 'ade-fashion', checkoutInput(token, { returnUrl: `https://${STORE_DOMAIN}/checkout/return` })), 'checkout');
    expect(ok.order.status).toBe('PENDING_PAYMENT');
  });

  it('the sandbox page delivers its webhook to the gateway itself, not to the Host the request named', async () => {
    const caught: string[] = [];
    const catcher = createServer((req, res) => {
      caught.push(`${req.method} ${req.url}`);
      res.end('ok');
    });
    await new Promise<void>((r) => catcher.listen(0, '127.0.0.1', r));
    try {
      const store = (await s.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).id;
      const p = await makeProduct(s.stack.prisma, store, { price: 100_000n, stock: 5 });
      const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
      const placed = payload(await checkout(s, 'ade-fashion', checkoutInput(token)), 'checkout');
      const page = new URL(placed.payment.authorizationUrl, s.gatewayUrl);
      const res = await new Promise<number>((resolve, reject) => {
        const req = request(page, { method: 'POST', headers: { host: `127.0.0.1:${(catcher.address() as AddressInfo).port}`, 'content-type': 'application/x-www-form-urlencoded' } }, (r) => {
          r.resume();
          r.on('end', () => resolve(r.statusCode ?? 0));
        });
        req.on('error', reject);
        req.end('decision=pay');
      });
      expect(res).toBeLessThan(400);
      expect(caught).toEqual([]);
      // Delivered to the gateway, so the order is paid at once (not left for the reconciler).
      const order = await waitFor(async () => (await s.stack.prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).status === 'PAID', 5_000);
      expect(order).toBe(true);
    } finally {
      await new Promise<void>((r) => catcher.close(() => r()));
    }
  });
});
