import type Redis from 'ioredis';
import type { RedisHealth } from '@webwaka/protocol';
import { MemoryRateLimiter, RedisRateLimiter, type Bucket, type Clock, type RateLimiter } from './rate-limit';

/**
 * The shared buckets in Redis while it is up; this replica's own buckets in memory while it is not
 * (decision 0068), so a Redis outage never refuses a request. Each replica then grants a caller the whole
 * allowance, so N replicas let through up to N times as much for as long as the outage lasts; buckets
 * start full on either side of a transition (the memory ones are forgotten once Redis is back, so the next
 * outage starts afresh too). A command that fails mid-way (the connection lost under it) is retried in
 * memory rather than refused.
 */
export class FallbackRateLimiter implements RateLimiter {
  private readonly shared: RedisRateLimiter;
  private local: MemoryRateLimiter;
  constructor(
    redis: Redis,
    private readonly health: RedisHealth,
    private readonly clock: Clock = Date.now,
  ) {
    this.shared = new RedisRateLimiter(redis, clock);
    this.local = new MemoryRateLimiter(clock);
    health.onChange((up) => {
      if (up) this.local = new MemoryRateLimiter(clock);
    });
  }
  async spend(bucket: Bucket, tokens: number, mustHold: number): Promise<number> {
    if (this.health.up) {
      try {
        return await this.shared.spend(bucket, tokens, mustHold);
      } catch {
        // Lost under the command: the health watch logs the outage; this request is charged locally.
      }
    }
    return this.local.spend(bucket, tokens, mustHold);
  }
}
