import type Redis from 'ioredis';
import type { Actor } from '@webwaka/protocol';

/**
 * Token buckets per caller (decision 0039): an API key's, a signed-in user's, or — for signed-out callers
 * only — the client address's. Each class has its own allowance: `burst` tokens when full, refilled at
 * `perSecond`. What a request costs in tokens is request-charges.ts's business; a bucket only spends.
 *
 * In memory per gateway replica by default; with Redis, one bucket shared by all replicas (an atomic Lua
 * script doing exactly what `spendFrom` does), so adding replicas does not multiply anyone's allowance.
 */
export interface Allowance {
  perSecond: number;
  burst: number;
}

export type CallerClass = 'anonymous' | 'user' | 'apiKey';
type AllowanceName = CallerClass | 'account';

export interface RateLimitConfig {
  /** Per client address, signed-out callers only: sized for a carrier-grade NAT address many shoppers share. */
  anonymous: Allowance;
  /** Per signed-in user, wherever they are. */
  user: Allowance;
  /** Per API key. */
  apiKey: Allowance;
  /**
   * Per client address, whoever calls: the account mutations guessers and mass sign-ups use (request-charges.ts
   * ACCOUNT_MUTATIONS), one token each, on top of the caller's own bucket.
   */
  account: Allowance;
  /** Query cost points (limits.ts's estimate) per token. */
  costPerToken: number;
  /** The least a mutation costs, in tokens: it writes, which its field count does not show. */
  mutationTokens: number;
}

/** A caller's bucket: where its tokens are kept and how fast they come back. */
export interface Bucket {
  key: string;
  allowance: Allowance;
}

/** Every request's charge at the door (request-charges.ts): a bucket must hold this much to let anything in. */
export const ADMISSION_TOKENS = 1;

export const DEFAULT_RATE_LIMITS: RateLimitConfig = {
  anonymous: { perSecond: 200, burst: 2_000 },
  user: { perSecond: 100, burst: 1_000 },
  apiKey: { perSecond: 200, burst: 2_000 },
  account: { perSecond: 5, burst: 200 },
  costPerToken: 500,
  mutationTokens: 4,
};

const ENV_PREFIX: Record<AllowanceName, string> = { anonymous: 'RATE_LIMIT_ANONYMOUS', user: 'RATE_LIMIT_USER', apiKey: 'RATE_LIMIT_API_KEY', account: 'RATE_LIMIT_ACCOUNT' };

const positive = (value: string | undefined, name: string): number | undefined => {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!(n > 0)) throw new Error(`${name} must be a positive number (got "${value}")`);
  return n;
};

/**
 * From the environment: `RATE_LIMIT_<NAME>_PER_SECOND` / `_BURST` for one allowance (ANONYMOUS, USER, API_KEY,
 * ACCOUNT), else `RATE_LIMIT_PER_SECOND` / `RATE_LIMIT_BURST` for all of them, else the defaults above.
 */
export function rateLimitConfig(env: NodeJS.ProcessEnv = process.env): RateLimitConfig {
  const allowance = (cls: AllowanceName): Allowance => {
    const prefix = ENV_PREFIX[cls];
    return {
      perSecond: positive(env[`${prefix}_PER_SECOND`], `${prefix}_PER_SECOND`) ?? positive(env.RATE_LIMIT_PER_SECOND, 'RATE_LIMIT_PER_SECOND') ?? DEFAULT_RATE_LIMITS[cls].perSecond,
      burst: positive(env[`${prefix}_BURST`], `${prefix}_BURST`) ?? positive(env.RATE_LIMIT_BURST, 'RATE_LIMIT_BURST') ?? DEFAULT_RATE_LIMITS[cls].burst,
    };
  };
  return {
    anonymous: allowance('anonymous'),
    user: allowance('user'),
    apiKey: allowance('apiKey'),
    account: allowance('account'),
    costPerToken: positive(env.RATE_LIMIT_COST_PER_TOKEN, 'RATE_LIMIT_COST_PER_TOKEN') ?? DEFAULT_RATE_LIMITS.costPerToken,
    mutationTokens: positive(env.RATE_LIMIT_MUTATION_TOKENS, 'RATE_LIMIT_MUTATION_TOKENS') ?? DEFAULT_RATE_LIMITS.mutationTokens,
  };
}

/**
 * One replica's share when replicas keep their buckets in memory (the embedded default's workers, decision
 * 0041: no Redis to share one bucket): each allowance divided among them, so the sum stays what was
 * configured. A caller whose connections all land on one replica gets that share, which errs on the strict
 * side.
 */
export function replicaShare(config: RateLimitConfig, replicas: number): RateLimitConfig {
  if (!(replicas > 1)) return config;
  const share = (a: Allowance): Allowance => ({ perSecond: a.perSecond / replicas, burst: Math.max(1, Math.ceil(a.burst / replicas)) });
  return { ...config, anonymous: share(config.anonymous), user: share(config.user), apiKey: share(config.apiKey), account: share(config.account) };
}

/** Whose bucket a request takes from: the API key, else the user, else the client IP. */
export const callerKey = (actor: Actor, ip: string | null | undefined) =>
  actor.apiKeyId ? `key:${actor.apiKeyId}` : actor.userId ? `user:${actor.userId}` : `ip:${ip}`;

export const callerClass = (actor: Actor): CallerClass => (actor.apiKeyId ? 'apiKey' : actor.userId ? 'user' : 'anonymous');

export const callerBucket = (actor: Actor, ip: string | null | undefined, config: RateLimitConfig): Bucket => ({
  key: callerKey(actor, ip),
  allowance: config[callerClass(actor)],
});

export interface BucketState {
  /** May be negative: a bucket in debt. */
  tokens: number;
  /** Seconds (Unix time) of the last spend. */
  at: number;
}

/**
 * The one rule every limiter applies: refill for the time since the last spend (never above `burst`);
 * then, if the bucket holds at least `mustHold`, spend `tokens` — more than it holds is allowed and leaves
 * it in debt, which the next request waits out. Otherwise spend nothing and say how many seconds until it
 * holds ADMISSION_TOKENS again (at least 1: Retry-After is whole seconds).
 */
export function spendFrom(state: BucketState | undefined, allowance: Allowance, nowSeconds: number, tokens: number, mustHold: number): { state: BucketState; wait: number } {
  const held = state ? Math.min(allowance.burst, state.tokens + Math.max(0, nowSeconds - state.at) * allowance.perSecond) : allowance.burst;
  if (held < mustHold) return { state: { tokens: held, at: nowSeconds }, wait: Math.max(1, Math.ceil((ADMISSION_TOKENS - held) / allowance.perSecond)) };
  return { state: { tokens: held - tokens, at: nowSeconds }, wait: 0 };
}

export interface RateLimiter {
  /** `spendFrom` on the bucket, atomically: 0 when spent, else the seconds to wait (nothing spent). */
  spend(bucket: Bucket, tokens: number, mustHold: number): Promise<number>;
}

/** Milliseconds since the epoch; tests pass their own. */
export type Clock = () => number;

export class MemoryRateLimiter implements RateLimiter {
  private buckets = new Map<string, BucketState>();
  constructor(private readonly clock: Clock = Date.now) {}
  async spend(bucket: Bucket, tokens: number, mustHold: number): Promise<number> {
    if (this.buckets.size > 100_000) this.buckets.clear(); // bound memory under a flood of distinct keys
    const { state, wait } = spendFrom(this.buckets.get(bucket.key), bucket.allowance, this.clock() / 1000, tokens, mustHold);
    this.buckets.set(bucket.key, state);
    return wait;
  }
}

// spendFrom in Lua. The key expires once the bucket would be full again, when forgetting it changes nothing.
const SPEND_SCRIPT = `
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local rate, burst, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local spend, must = tonumber(ARGV[4]), tonumber(ARGV[5])
local held = burst
if b[1] and b[2] then held = math.min(burst, tonumber(b[1]) + math.max(0, now - tonumber(b[2])) * rate) end
local wait = 0
if held < must then
  wait = math.max(1, math.ceil((${ADMISSION_TOKENS} - held) / rate))
else
  held = held - spend
end
redis.call('HSET', KEYS[1], 'tokens', held, 'at', now)
redis.call('EXPIRE', KEYS[1], math.ceil((burst - held) / rate) + 1)
return wait`;

type SpendCommand = (key: string, perSecond: number, burst: number, now: number, tokens: number, mustHold: number) => Promise<number>;

export class RedisRateLimiter implements RateLimiter {
  private readonly spendCommand: SpendCommand;
  constructor(
    redis: Redis,
    private readonly clock: Clock = Date.now,
  ) {
    // A defined command is sent by its SHA (EVALSHA), not as the whole script on every request.
    if (!('ratelimitSpend' in redis)) redis.defineCommand('ratelimitSpend', { numberOfKeys: 1, lua: SPEND_SCRIPT });
    this.spendCommand = (redis as unknown as { ratelimitSpend: SpendCommand }).ratelimitSpend.bind(redis);
  }
  async spend(bucket: Bucket, tokens: number, mustHold: number): Promise<number> {
    const { perSecond, burst } = bucket.allowance;
    return Number(await this.spendCommand(`ratelimit:${bucket.key}`, perSecond, burst, this.clock() / 1000, tokens, mustHold));
  }
}
