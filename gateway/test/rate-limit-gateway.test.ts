/**
 * Rate limits through the gateway over HTTP (decision 0039): requests are charged by their cost, response-
 * cache hits pay the door's token only, many signed-out shoppers behind one address browse at a realistic
 * pace without a refusal, a signed-in user has a bucket of their own, account mutations are limited per
 * address, and with Redis two gateways share one bucket. The gateways here are started with their own
 * allowances and, but for one, a clock the test moves: no test waits for a bucket to refill.
 */
import fs from 'node:fs';
import { buildSchema, parse } from 'graphql';
import { costOf } from '../src/limits';
import { DEFAULT_RATE_LIMITS, MemoryRateLimiter, RedisRateLimiter, type RateLimitConfig, type RateLimiter } from '../src/rate-limit';
import { tokensFor } from '../src/request-charges';
import { startGateway, type RunningGateway } from '../src/server';
import { API_SCHEMA_FILE } from '../src/supergraph';
import { signIn } from '../../test/support/callers';
import { errorCode, gql, type GqlResult } from '../../test/support/graphql';
import { describeIfService } from '../../test/support/services';
import { startStack, type TestStack } from '../../test/support/stack';
import { privateRedis } from './private-redis';

const SHOP = { 'x-tenant': 'ade-fashion' };
const CHEAP = '{ tenantBySlug(slug: "ade-fashion") { id } }';
const COSTLY = '{ products(first: 100) { edges { node { id title slug variants { id sku title } } } } }';
const CARD = 'id title slug availableForSale vendor { name } variants { id sku availableForSale }';
const SHELL = ['{ tenantBySlug(slug: "ade-fashion") { id name } }', '{ categories { id name slug children { id name slug } } }'];

let s: TestStack;
let now = Date.UTC(2026, 0, 1);
const clock = () => now;
const gateways: RunningGateway[] = [];

beforeAll(async () => {
  s = await startStack();
});
afterAll(async () => {
  for (const gw of gateways) await gw.close();
  await s?.stop();
});

async function gateway(rateLimit: Partial<RateLimitConfig>, opts: { cacheTtlMs?: number; rateLimiter?: RateLimiter; redisUrl?: string } = {}) {
  const gw = await startGateway({
    pubsub: s.stack.pubsub,
    subgraphUrls: s.stack.subgraphs,
    rateLimit: { ...DEFAULT_RATE_LIMITS, ...rateLimit },
    rateLimiter: opts.rateLimiter ?? (opts.redisUrl ? undefined : new MemoryRateLimiter(clock)),
    redisUrl: opts.redisUrl,
    responseCache: { ttlMs: opts.cacheTtlMs ?? 0, maxEntries: 10_000 },
  });
  gateways.push(gw);
  return gw;
}

const refusedProperly = (r: GqlResult) => r.status === 429 && errorCode(r) === 'RATE_LIMITED' && Number(r.headers.get('retry-after')) >= 1;

/** Sends the query until refused; how many were served. The refusal must be the 429 contract. */
async function servedUntilRefused(url: string, query: string, headers: Record<string, string> = SHOP): Promise<number> {
  for (let served = 0; served < 1_000; served++) {
    const r = await gql(url, query, {}, headers);
    if (r.status === 429) {
      expect(refusedProperly(r)).toBe(true);
      return served;
    }
    expect(r.errors).toBeUndefined();
  }
  throw new Error('never refused');
}

const schema = buildSchema(fs.readFileSync(API_SCHEMA_FILE, 'utf8'));
/** A query's price in tokens under the default rules. */
const priceOf = (query: string) => tokensFor('query', costOf(schema, parse(query), {}), DEFAULT_RATE_LIMITS);
/**
 * How many requests of one price a bucket of `tokens` serves when it does not refill: while it holds the
 * door's token, each is let in, the last one into debt.
 */
const servedFromFullBucket = (tokens: number, price: number) => Math.floor((tokens - 1) / price) + 1;

describe('charging by cost', () => {
  it('serves a cheap query many more times than a costly one from the same allowance', async () => {
    const gw = await gateway({ anonymous: { perSecond: 1, burst: 100 } });
    const [cheapPrice, costlyPrice] = [priceOf(CHEAP), priceOf(COSTLY)];
    expect(costlyPrice).toBeGreaterThan(4 * cheapPrice);
    expect(await servedUntilRefused(gw.url, CHEAP)).toBe(servedFromFullBucket(100, cheapPrice));
    now += 1_000_000; // full again
    expect(await servedUntilRefused(gw.url, COSTLY)).toBe(servedFromFullBucket(100, costlyPrice));
  });

  it('charges response-cache hits the door’s token only', async () => {
    const gw = await gateway({ anonymous: { perSecond: 1, burst: 100 } }, { cacheTtlMs: 600_000 });
    const costlyPrice = priceOf(COSTLY);
    const first = await gql(gw.url, COSTLY, {}, SHOP);
    expect(first.headers.get('x-cache')).toBe('MISS');
    let hits = 0;
    for (;;) {
      const r = await gql(gw.url, COSTLY, {}, SHOP);
      if (r.status === 429) break;
      expect(r.headers.get('x-cache')).toBe('HIT');
      hits++;
    }
    expect(hits).toBe(100 - costlyPrice);
    expect(hits).toBeGreaterThan(5 * servedFromFullBucket(100, costlyPrice));
  });
});

describe('carrier-grade NAT', () => {
  it('serves 200 signed-out shoppers behind one address, a page each every 10 s, without a refusal', async () => {
    const gw = await gateway({}, { cacheTtlMs: 10_000 });
    const slugs = (await gql(s.gatewayUrl, '{ products(first: 60) { edges { node { slug } } } }', {}, SHOP)).data.products.edges.map((e: any) => e.node.slug);
    const terms = ['ankara', 'dress', 'shirt', 'bag', 'shoe', 'gele', 'agbada', 'kaftan', 'lace', 'aso oke', 'cap', 'wrapper', 'beads', 'sandals', 'adire', 'buba', 'iro', 'sokoto', 'dashiki', 'boubou'];
    const page = (n: number): [string, Record<string, unknown>][] => {
      const shell = SHELL.map((q): [string, Record<string, unknown>] => [q, {}]);
      if (n % 3 === 0) return [...shell, [`{ products(first: 24) { edges { node { ${CARD} } } } }`, {}]];
      if (n % 3 === 1) return [...shell, ['query ($s: String!) { product(slug: $s) { id title description variants { id sku title } } }', { s: slugs[(n * 7) % slugs.length] }]];
      return [...shell, [`query ($q: String!) { searchProducts(query: $q, first: 24) { totalCount edges { node { ${CARD} } } } }`, { q: terms[(n * 11) % terms.length] }]];
    };
    const shoppers = 200;
    const seconds = 30;
    const statuses = new Map<number, number>();
    let requests = 0;
    for (let n = 0; n < (shoppers * seconds) / 10; n++) {
      now += (10 / shoppers) * 1000;
      const results = await Promise.all(page(n).map(([q, v]) => gql(gw.url, q, v, SHOP)));
      for (const r of results) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      requests += results.length;
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: requests });
    // More than the former limit (one token a request, 50 a second after a burst of 200) would have let through.
    expect(requests).toBeGreaterThan(200 + 50 * seconds);
  });
});

describe('signed-in callers', () => {
  it('have a bucket of their own: one user hammering leaves the address’s bucket alone', async () => {
    const gw = await gateway({ anonymous: { perSecond: 1, burst: 10 }, user: { perSecond: 1, burst: 10 } });
    const customer = await signIn(s, 'ade-fashion', 'customer');
    expect(await servedUntilRefused(gw.url, '{ me { id } }', { ...SHOP, ...customer })).toBeGreaterThan(0);
    expect(await servedUntilRefused(gw.url, CHEAP)).toBe(servedFromFullBucket(10, priceOf(CHEAP)));
  });
});

describe('account mutations', () => {
  it('are limited per address, after the door, with the same 429 contract', async () => {
    const gw = await gateway({ account: { perSecond: 1, burst: 2 } });
    const login = 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken } userErrors { code } } }';
    const input = { i: { tenantSlug: 'ade-fashion', email: 'nobody-here@example.test', password: 'not-the-password' } };
    const first = await gql(gw.url, login, input, SHOP);
    expect(first.status).toBe(200);
    expect(first.data.login.session).toBeNull();
    const aliased = await gql(gw.url, 'mutation ($i: LoginInput!) { a: login(input: $i) { session { accessToken } } b: login(input: $i) { session { accessToken } } }', input, SHOP);
    expect(refusedProperly(aliased)).toBe(true);
    // A cheap query from the same address is still served: the account bucket is its own.
    expect((await gql(gw.url, CHEAP, {}, SHOP)).status).toBe(200);
  });
});

describeIfService(['redis'], 'with Redis', () => {
  const redis = privateRedis();

  it('two gateways charge one bucket, by cost, and hits the door’s token only', async () => {
    const limiterOfOwn = () => new RedisRateLimiter(redis.client(), clock);
    const allowance = { anonymous: { perSecond: 1, burst: 100 } };
    const [a, b] = [await gateway(allowance, { rateLimiter: limiterOfOwn(), cacheTtlMs: 600_000 }), await gateway(allowance, { rateLimiter: limiterOfOwn() })];
    now += 1_000_000;
    const costlyPrice = priceOf(COSTLY);
    // b has no cache: each costly query there is charged in full; a's second one is a hit.
    expect((await gql(b.url, COSTLY, {}, SHOP)).status).toBe(200);
    expect((await gql(a.url, COSTLY, {}, SHOP)).status).toBe(200);
    expect((await gql(a.url, COSTLY, {}, SHOP)).headers.get('x-cache')).toBe('HIT');
    const left = 100 - 2 * costlyPrice - 1;
    const cheapPrice = priceOf(CHEAP);
    let served = 0;
    for (let i = 0; ; i++) {
      // no-cache: a runs it too (and refreshes its cache), so both charge the full price.
      const r = await gql([a, b][i % 2].url, CHEAP, {}, { ...SHOP, 'cache-control': 'no-cache' });
      if (r.status === 429) break;
      served++;
    }
    expect(served).toBe(servedFromFullBucket(left, cheapPrice));
  });

  it('starts with redisUrl alone and refuses past the burst', async () => {
    await redis.client().flushall(); // the buckets above were kept on the test's clock, this gateway keeps real time
    const gw = await gateway({ anonymous: { perSecond: 0.001, burst: 6 } }, { redisUrl: redis.url() });
    expect(await servedUntilRefused(gw.url, CHEAP)).toBe(3);
  });
});

