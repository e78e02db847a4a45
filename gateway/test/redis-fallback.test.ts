/**
 * Redis away (decision 0068), against a redis-server of the test's own that it stops and brings back on the
 * same port: pubsub and rate limits fall back to the process's own without waiting, and catch up after.
 * And what clients see of an error: a stable code, nothing of the inside.
 */
import { Redis } from 'ioredis';
import { createPubSub, watchRedis, type PubSub } from '@webwaka/protocol';
import { FallbackRateLimiter } from '../src/redis-fallback';
import { INTERNAL_MESSAGE, formatClientError } from '../src/client-errors';
import { describeIfService, startRedis } from '../../test/support/services';
import { waitFor } from '../../test/support/wait';

describe('formatClientError', () => {
  it('codes an unexpected error INTERNAL and drops a message naming an address', () => {
    expect(formatClientError({ message: 'request to http://127.0.0.1:4103/graphql failed, reason: connect ECONNREFUSED 127.0.0.1:4103' })).toEqual({
      message: INTERNAL_MESSAGE,
      extensions: { code: 'INTERNAL' },
    });
    expect(formatClientError({ message: 'Cannot reach inventory.internal:4103', extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } })).toEqual({
      message: INTERNAL_MESSAGE,
      extensions: { code: 'INTERNAL' },
    });
  });

  it('keeps a coded error and its message, without the inside’s extensions', () => {
    const e = { message: 'The inventory service did not answer', path: ['checkout'], extensions: { code: 'PEER_UNAVAILABLE', cause: 'connect ECONNREFUSED 127.0.0.1:4103', serviceName: 'commerce' } };
    expect(formatClientError(e)).toEqual({ message: e.message, path: ['checkout'], extensions: { code: 'PEER_UNAVAILABLE', serviceName: 'commerce' } });
    expect(formatClientError({ message: 'Boarded at 10:30 by agent 7', extensions: { code: 'ALREADY_BOARDED' } }).message).toBe('Boarded at 10:30 by agent 7');
  });
});

describeIfService(['redis'], 'without Redis for a while', () => {
  let server: Awaited<ReturnType<typeof startRedis>>;
  let a: PubSub;
  let b: PubSub;
  let client: Redis;
  beforeAll(async () => {
    server = await startRedis();
    a = createPubSub(server.url);
    b = createPubSub(server.url);
    client = new Redis(server.url, { maxRetriesPerRequest: 2, enableOfflineQueue: false });
    await waitFor(async () => a.redis!.up && b.redis!.up && client.status === 'ready');
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    client?.disconnect();
    await server?.stop();
  });

  it('publishes locally at once, sends what it kept once Redis is back, and resumes subscriptions', async () => {
    const heardByA: unknown[] = [];
    const heardByB: unknown[] = [];
    await a.subscribe('t', (p) => heardByA.push(p));
    await b.subscribe('t', (p) => heardByB.push(p));
    await a.publish('t', { n: 1 });
    expect(await waitFor(async () => heardByA.length === 1 && heardByB.length === 1)).toBe(true);

    await server.stop();
    await waitFor(async () => !a.redis!.up && !b.redis!.up);
    expect(a.redis!.describe()).toMatch(/^unavailable/);
    const started = Date.now();
    await a.publish('t', { n: 2 });
    // A subscription made meanwhile does not wait for Redis either.
    const heardLate: unknown[] = [];
    await b.subscribe('late', (p) => heardLate.push(p));
    expect(Date.now() - started).toBeLessThan(500);
    await waitFor(async () => heardByA.length === 2);
    expect(heardByA).toEqual([{ n: 1 }, { n: 2 }]);
    expect(heardByB).toEqual([{ n: 1 }]);

    server = await startRedis({ port: server.port });
    expect(await waitFor(async () => a.redis!.up && b.redis!.up, 15_000)).toBe(true);
    // The kept event reaches the other process, and not this one a second time.
    expect(await waitFor(async () => heardByB.length === 2, 10_000)).toBe(true);
    expect(heardByB).toEqual([{ n: 1 }, { n: 2 }]);
    await a.publish('t', { n: 3 });
    await a.publish('late', { n: 4 });
    expect(await waitFor(async () => heardByB.length === 3 && heardLate.length === 1, 5_000)).toBe(true);
    expect(heardByA).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('rate limits in memory while Redis is away, in Redis again once it is back', async () => {
    const health = watchRedis(client, 'rate limits');
    const now = Date.UTC(2026, 0, 1);
    const limiter = new FallbackRateLimiter(client, health, () => now);
    const bucket = { key: `fallback:${Math.random()}`, allowance: { perSecond: 1, burst: 2 } };
    expect(await limiter.spend(bucket, 2, 1)).toBe(0);
    expect(await limiter.spend(bucket, 1, 1)).toBe(1); // Redis's bucket is empty
    expect(await client.exists(`ratelimit:${bucket.key}`)).toBe(1);

    await server.stop();
    await waitFor(async () => !health.up);
    const started = Date.now();
    // This replica's own bucket: full, then spent, never an error.
    expect(await limiter.spend(bucket, 2, 1)).toBe(0);
    expect(await limiter.spend(bucket, 1, 1)).toBe(1);
    expect(Date.now() - started).toBeLessThan(500);

    server = await startRedis({ port: server.port });
    expect(await waitFor(async () => health.up, 15_000)).toBe(true);
    // Redis's bucket again (this one kept nothing: a fresh bucket, full).
    expect(await limiter.spend(bucket, 2, 1)).toBe(0);
    expect(await limiter.spend(bucket, 1, 1)).toBe(1);
    expect(await client.exists(`ratelimit:${bucket.key}`)).toBe(1);
  });
});
