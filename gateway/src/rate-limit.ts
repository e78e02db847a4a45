import type Redis from 'ioredis';
import type { Actor } from '@webwaka/protocol';

/**
 * Token-bucket rate limits per caller (API key, user, else IP): `burst` requests at once, refilled at
 * `perSecond`. In memory per gateway replica by default; with Redis, one bucket shared by all replicas
 * (an atomic Lua script), so adding replicas does not multiply anyone's allowance.
 */
export interface RateLimiter {
  /** Takes a token; returns 0 when allowed, else the seconds to wait before retrying. */
  take(key: string): Promise<number>;
}

/** Whose bucket a request takes from: the API key, else the user, else the client IP. */
export const callerKey = (actor: Actor, ip: string | null | undefined) =>
  actor.apiKeyId ? `key:${actor.apiKeyId}` : actor.userId ? `user:${actor.userId}` : `ip:${ip}`;

export interface RateLimitConfig {
  perSecond: number;
  burst: number;
}

export const rateLimitConfig = (): RateLimitConfig => ({
  perSecond: Number(process.env.RATE_LIMIT_PER_SECOND ?? 50),
  burst: Number(process.env.RATE_LIMIT_BURST ?? 200),
});

export class MemoryRateLimiter implements RateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private cfg: RateLimitConfig) {}
  async take(key: string): Promise<number> {
    const now = Date.now() / 1000;
    const b = this.buckets.get(key) ?? { tokens: this.cfg.burst, at: now };
    b.tokens = Math.min(this.cfg.burst, b.tokens + (now - b.at) * this.cfg.perSecond);
    b.at = now;
    if (this.buckets.size > 100_000) this.buckets.clear(); // bound memory under a flood of distinct keys
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - b.tokens) / this.cfg.perSecond);
  }
}

const TAKE_SCRIPT = `
local b = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local rate, burst, now = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local tokens = tonumber(b[1]) or burst
local at = tonumber(b[2]) or now
tokens = math.min(burst, tokens + (now - at) * rate)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) / rate) end
redis.call('HSET', KEYS[1], 'tokens', tokens, 'at', now)
redis.call('EXPIRE', KEYS[1], math.ceil(burst / rate) + 1)
return wait`;

export class RedisRateLimiter implements RateLimiter {
  constructor(private redis: Redis, private cfg: RateLimitConfig) {}
  async take(key: string): Promise<number> {
    const wait = await this.redis.eval(TAKE_SCRIPT, 1, `ratelimit:${key}`, this.cfg.perSecond, this.cfg.burst, Date.now() / 1000);
    return Number(wait);
  }
}
