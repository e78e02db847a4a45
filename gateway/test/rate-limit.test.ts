/**
 * Rate limits as plain services (decision 0039): the bucket rule, what each request is charged, whose bucket
 * it is charged to, and the allowances' sizing — many shoppers behind one carrier-grade NAT address browse
 * without a refusal, one client hammering is refused. Every limiter scenario runs against the in-memory
 * limiter and, when redis-server is installed, against the Redis one (its Lua script), with the same clock.
 */
import fs from 'node:fs';
import { buildSchema, getOperationAST, parse } from 'graphql';
import { anonymousActor, type Actor } from '@webwaka/protocol';
import { enforceLimits } from '../src/limits';
import {
  ADMISSION_TOKENS,
  DEFAULT_RATE_LIMITS,
  MemoryRateLimiter,
  RedisRateLimiter,
  callerBucket,
  rateLimitConfig,
  replicaShare,
  spendFrom,
  type Bucket,
  type Clock,
  type RateLimitConfig,
  type RateLimiter,
} from '../src/rate-limit';
import { ACCOUNT_MUTATIONS, RequestCharges, rootFields, tokensFor, type OperationKind } from '../src/request-charges';
import { API_SCHEMA_FILE } from '../src/supergraph';
import { describeIfService } from '../../test/support/services';
import { privateRedis } from './private-redis';

const schema = buildSchema(fs.readFileSync(API_SCHEMA_FILE, 'utf8'));
const costOfQuery = (query: string, variables = {}) => enforceLimits(schema, parse(query), variables);

const user = (userId: string): Actor => ({ ...anonymousActor('t1'), kind: 'user', userId, roles: ['CUSTOMER'] });
const apiKey = (apiKeyId: string): Actor => ({ ...anonymousActor('t1'), kind: 'apiKey', apiKeyId, scopes: ['catalog:read'] });

describe('the bucket rule (spendFrom)', () => {
  const allowance = { perSecond: 10, burst: 100 };

  it('starts full, spends, and refills with time up to the burst', () => {
    let { state, wait } = spendFrom(undefined, allowance, 1000, 30, 1);
    expect([state.tokens, wait]).toEqual([70, 0]);
    ({ state } = spendFrom(state, allowance, 1002, 0, 0));
    expect(state.tokens).toBe(90);
    ({ state } = spendFrom(state, allowance, 2000, 0, 0));
    expect(state.tokens).toBe(100);
  });

  it('spends past what it holds (debt) when it holds what is required, and refuses when it does not', () => {
    let { state, wait } = spendFrom({ tokens: 5, at: 1000 }, allowance, 1000, 25, 0);
    expect([state.tokens, wait]).toEqual([-20, 0]);
    // In debt by 20: the next request waits until the bucket holds the door's charge again, 2.1 s → 3 s.
    ({ state, wait } = spendFrom(state, allowance, 1000, ADMISSION_TOKENS, ADMISSION_TOKENS));
    expect([state.tokens, wait]).toEqual([-20, 3]);
  });

  it('never refills backwards when another replica’s clock is behind', () => {
    const { state } = spendFrom({ tokens: 50, at: 1000 }, allowance, 990, 0, 0);
    expect(state.tokens).toBe(50);
  });
});

describe('what a request costs (tokensFor)', () => {
  const cfg = DEFAULT_RATE_LIMITS;

  it('charges a query the door’s token plus its cost estimate, so a costly one pays more', () => {
    const cheap = costOfQuery('{ tenantBySlug(slug: "ade-fashion") { id name } }');
    const costly = costOfQuery('{ products(first: 100) { edges { node { id title slug variants { id sku title prices { id } } } } } }');
    expect(tokensFor('query', cheap, cfg)).toBe(ADMISSION_TOKENS + 1);
    expect(tokensFor('query', costly, cfg)).toBe(ADMISSION_TOKENS + Math.ceil(costly / cfg.costPerToken));
    expect(tokensFor('query', costly, cfg)).toBeGreaterThan(10 * tokensFor('query', cheap, cfg));
  });

  it('charges a mutation at least mutationTokens', () => {
    expect(tokensFor('mutation', 41, cfg)).toBe(cfg.mutationTokens);
    expect(tokensFor('mutation', 5_000, cfg)).toBe(ADMISSION_TOKENS + 10);
    expect(tokensFor('subscription', 41, cfg)).toBe(ADMISSION_TOKENS + 1);
  });
});

describe('whose bucket', () => {
  const cfg = DEFAULT_RATE_LIMITS;
  it('keys an API key by key, a signed-in user by user, and only signed-out callers by address', () => {
    expect(callerBucket(apiKey('k1'), '198.51.100.7', cfg)).toEqual({ key: 'key:k1', allowance: cfg.apiKey });
    expect(callerBucket(user('u1'), '198.51.100.7', cfg)).toEqual({ key: 'user:u1', allowance: cfg.user });
    expect(callerBucket(anonymousActor('t1'), '198.51.100.7', cfg)).toEqual({ key: 'ip:198.51.100.7', allowance: cfg.anonymous });
  });
});

describe('configuration', () => {
  it('reads one allowance’s variables, else the variables for all, else the defaults', () => {
    const cfg = rateLimitConfig({ RATE_LIMIT_BURST: '50', RATE_LIMIT_USER_BURST: '7', RATE_LIMIT_ANONYMOUS_PER_SECOND: '3', RATE_LIMIT_COST_PER_TOKEN: '250' });
    expect(cfg.user).toEqual({ perSecond: DEFAULT_RATE_LIMITS.user.perSecond, burst: 7 });
    expect(cfg.anonymous).toEqual({ perSecond: 3, burst: 50 });
    expect(cfg.account).toEqual({ perSecond: DEFAULT_RATE_LIMITS.account.perSecond, burst: 50 });
    expect(cfg.costPerToken).toBe(250);
    expect(rateLimitConfig({})).toEqual(DEFAULT_RATE_LIMITS);
    expect(() => rateLimitConfig({ RATE_LIMIT_BURST: 'lots' })).toThrow(/RATE_LIMIT_BURST/);
  });

  it('gives each of N in-memory replicas (the embedded workers) a share, so together they allow what was configured', () => {
    const share = replicaShare(DEFAULT_RATE_LIMITS, 2);
    for (const cls of ['anonymous', 'user', 'apiKey', 'account'] as const) {
      expect(share[cls].perSecond * 2).toBe(DEFAULT_RATE_LIMITS[cls].perSecond);
      expect(share[cls].burst * 2).toBe(DEFAULT_RATE_LIMITS[cls].burst);
    }
    expect(share.costPerToken).toBe(DEFAULT_RATE_LIMITS.costPerToken);
    expect(replicaShare(DEFAULT_RATE_LIMITS, 1)).toBe(DEFAULT_RATE_LIMITS);
  });
});

describe('account mutations', () => {
  it('are found through aliases and fragments', () => {
    const document = parse('mutation { a: login(input: $i) { __typename } ...F logout(refreshToken: "x") { ok } } fragment F on Mutation { signUp(input: $j) { __typename } b: login(input: $i) { __typename } }');
    const names = rootFields(getOperationAST(document)!, document);
    expect(names.filter((n) => ACCOUNT_MUTATIONS.has(n))).toEqual(['login', 'signUp', 'login']);
  });
});

// ---------------------------------------------------------------------------------------------------
// The same scenarios against each limiter.

/** A storefront page as the gateway sees it, signed out: the documents it asks for, in order. */
const CARD = 'id title slug availableForSale vendor { name } variants { id price(context: { currency: "NGN", channel: SVM }) { unit { formatted } } }';
const PAGES: Record<string, { kind: OperationKind; cost: number }[]> = {};
function pages() {
  if (Object.keys(PAGES).length > 0) return PAGES;
  const shell = [costOfQuery('{ tenantBySlug(slug: "ade-fashion") { id name } }'), costOfQuery('{ categories { id name slug children { id name slug } } }')];
  const page = (...costs: number[]) => [...shell, ...costs].map((cost) => ({ kind: 'query' as const, cost }));
  PAGES.home = page(costOfQuery(`{ products(first: 24) { edges { node { ${CARD} } } } }`));
  PAGES.product = page(costOfQuery('query ($s: String!) { product(slug: $s) { id title description vendor { name } category { name } media { url alt } variants { id sku title availableForSale } } }'));
  PAGES.search = page(costOfQuery(`query ($q: String!) { searchProducts(query: $q, first: 24) { totalCount edges { node { ${CARD} } } } }`));
  PAGES.addToCart = [...page(), { kind: 'mutation', cost: costOfQuery('mutation ($c: ID!) { addCartLine(cartId: $c, variantId: $c, quantity: 1) { __typename } }') }];
  return PAGES;
}

type LimiterFactory = (clock: Clock) => Promise<RateLimiter>;

function limiterScenarios(name: string, makeLimiter: () => LimiterFactory) {
  describe(`charging with the ${name} limiter`, () => {
    let now = 0;
    let charges: RequestCharges;
    const start = async (config: RateLimitConfig = DEFAULT_RATE_LIMITS) => {
      now = Date.UTC(2026, 0, 1) + Math.floor(Math.random() * 1e9); // fresh buckets in a shared Redis too
      charges = new RequestCharges(await makeLimiter()(() => now), config);
    };
    const advance = (seconds: number) => (now += seconds * 1000);
    /** One request through the door, then (not a cache hit) the rest of its price; its wait, 0 when served. */
    const request = async (bucket: Bucket, op: { kind: OperationKind; cost: number }, cacheHit = false) => {
      const wait = await charges.admit(bucket);
      if (wait > 0 || cacheHit) return wait;
      return charges.chargeRest(bucket, op.kind, op.cost);
    };
    const small = (config: Partial<RateLimitConfig>): RateLimitConfig => ({ ...DEFAULT_RATE_LIMITS, ...config });

    it('lets a cheap query through many more times than a costly one', async () => {
      await start(small({ anonymous: { perSecond: 1, burst: 100 } }));
      const served = async (ip: string, cost: number) => {
        const bucket = charges.bucketOf(anonymousActor('t1'), ip);
        let n = 0;
        while ((await request(bucket, { kind: 'query', cost })) === 0) n++;
        return n;
      };
      expect(await served('192.0.2.1', 40)).toBe(50); // 1 + 1 tokens each
      // 1 + 10 tokens each: nine leave 1 token, which admits a tenth that takes the bucket 10 into debt.
      expect(await served('192.0.2.2', 5_000)).toBe(10);
    });

    it('charges response-cache hits the door’s token only', async () => {
      await start(small({ anonymous: { perSecond: 1, burst: 100 } }));
      const bucket = charges.bucketOf(anonymousActor('t1'), '192.0.2.3');
      expect(await request(bucket, { kind: 'query', cost: 5_000 })).toBe(0);
      for (let i = 0; i < 89; i++) expect(await request(bucket, { kind: 'query', cost: 5_000 }, true)).toBe(0);
      expect(await request(bucket, { kind: 'query', cost: 5_000 }, true)).toBeGreaterThan(0);
    });

    it('lets an expensive query through behind a stream of cheap ones, and makes the next request wait out the debt', async () => {
      await start(small({ anonymous: { perSecond: 10, burst: 100 } }));
      const bucket = charges.bucketOf(anonymousActor('t1'), '192.0.2.4');
      for (let i = 0; i < 49; i++) expect(await request(bucket, { kind: 'query', cost: 40 })).toBe(0); // 2 tokens left
      expect(await request(bucket, { kind: 'query', cost: 20_000 })).toBe(0); // 41 tokens: 39 in debt
      expect(await charges.admit(bucket)).toBe(4); // (1 + 39) / 10 per second
      advance(4);
      expect(await request(bucket, { kind: 'query', cost: 40 })).toBe(0);
    });

    it('runs at most one costly request past the bucket when many are admitted at once', async () => {
      await start(small({ anonymous: { perSecond: 1, burst: 100 } }));
      const bucket = charges.bucketOf(anonymousActor('t1'), '192.0.2.5');
      const admitted = await Promise.all(Array.from({ length: 60 }, () => charges.admit(bucket)));
      expect(admitted.every((wait) => wait === 0)).toBe(true); // 40 left
      const rest = [];
      for (let i = 0; i < 60; i++) rest.push(await charges.chargeRest(bucket, 'query', 10_000)); // 20 more each
      // 40 → 20 → 0 → -20: the third found the bucket empty but not in debt; everyone after is refused.
      expect(rest.filter((wait) => wait === 0)).toHaveLength(3);
      expect(rest.filter((wait) => wait > 0)).toHaveLength(57);
    });

    it('keeps a signed-in user and an API key off the address’s bucket', async () => {
      await start(small({ anonymous: { perSecond: 1, burst: 20 }, user: { perSecond: 1, burst: 20 }, apiKey: { perSecond: 1, burst: 20 } }));
      const ip = '192.0.2.6';
      for (const actor of [user('u-hammer'), apiKey('k-hammer')]) {
        const bucket = charges.bucketOf(actor, ip);
        let served = 0;
        while ((await request(bucket, { kind: 'query', cost: 40 })) === 0) served++;
        expect(served).toBe(10);
      }
      expect(await request(charges.bucketOf(anonymousActor('t1'), ip), { kind: 'query', cost: 40 })).toBe(0);
    });

    it('limits account mutations per address', async () => {
      await start(small({ account: { perSecond: 1, burst: 3 } }));
      expect(await charges.chargeAccount('192.0.2.7', 2)).toBe(0);
      expect(await charges.chargeAccount('192.0.2.7', 2)).toBe(1); // one left: two are refused, nothing spent
      expect(await charges.chargeAccount('192.0.2.7', 1)).toBe(0);
      expect(await charges.chargeAccount('192.0.2.8', 1)).toBe(0);
    });

    it('serves 200 shoppers behind one address browsing every 10 s without a refusal, all cold (no cache)', async () => {
      await start();
      const bucket = charges.bucketOf(anonymousActor('t1'), '192.0.2.9');
      const journey = ['home', 'search', 'product', 'product', 'addToCart', 'search', 'product', 'home'];
      const shoppers = 200;
      let refused = 0;
      let requests = 0;
      // Ten simulated minutes; shopper i opens a page every 10 s, staggered over those 10 s.
      for (let step = 0; step < 60; step++) {
        for (let i = 0; i < shoppers; i++) {
          advance(10 / shoppers);
          for (const op of pages()[journey[(step + i) % journey.length]]) {
            requests++;
            if ((await request(bucket, op)) > 0) refused++;
          }
        }
      }
      expect(requests).toBe(60 * shoppers * 3);
      expect(refused).toBe(0);
    });

    it('refuses one client on that address hammering costly searches', async () => {
      await start();
      const bucket = charges.bucketOf(anonymousActor('t1'), '192.0.2.10');
      let refused = 0;
      for (let i = 0; i < 2_000; i++) {
        advance(0.002); // 500 requests a second
        if ((await request(bucket, { kind: 'query', cost: 20_000 })) > 0) refused++;
      }
      expect(refused).toBeGreaterThan(1_500);
    });
  });
}

limiterScenarios('in-memory', () => async (clock) => new MemoryRateLimiter(clock));

describeIfService(['redis'], 'Redis rate limits', () => {
  const redis = privateRedis();
  limiterScenarios('Redis', () => async (clock) => new RedisRateLimiter(redis.client(), clock));

  it('keeps one bucket for every replica', async () => {
    const now = Date.UTC(2026, 0, 2);
    const replicas = [new RedisRateLimiter(redis.client(), () => now), new RedisRateLimiter(redis.client(), () => now)];
    const bucket = { key: 'ip:198.51.100.1', allowance: { perSecond: 1, burst: 10 } };
    const waits = [];
    for (let i = 0; i < 12; i++) waits.push(await replicas[i % 2].spend(bucket, 1, 1));
    expect(waits.filter((w) => w === 0)).toHaveLength(10);
  });
});
