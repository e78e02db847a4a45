import Redis from 'ioredis';
import { Client, Pool } from 'pg';
import { logger } from './logger';
import { watchRedis, type RedisHealth } from './redis-health';

/**
 * Topic-based publish/subscribe for realtime fan-out. In-memory when everything runs in one process; Redis
 * when REDIS_URL is set, so an event published by any subgraph replica reaches subscribers on every gateway
 * replica; else PostgreSQL's LISTEN/NOTIFY when PUBSUB_DATABASE_URL is set (the embedded default's worker
 * processes, decision 0041). Delivery is best-effort: realtime makes pages live but correctness never
 * depends on it.
 */
export interface PubSub {
  publish(topic: string, payload: unknown): Promise<void>;
  /** Calls `onMessage` for each payload on the topic until the returned function is called. */
  subscribe(topic: string, onMessage: (payload: any) => void): Promise<() => void>;
  close(): Promise<void>;
  /** With Redis: whether its connection is up (decision 0068); without, absent. */
  readonly redis?: RedisHealth;
}

class LocalPubSub implements PubSub {
  private topics = new Map<string, Set<(p: unknown) => void>>();
  async publish(topic: string, payload: unknown) {
    for (const fn of this.topics.get(topic) ?? []) queueMicrotask(() => fn(payload));
  }
  async subscribe(topic: string, onMessage: (p: any) => void) {
    let set = this.topics.get(topic);
    if (!set) this.topics.set(topic, (set = new Set()));
    set.add(onMessage);
    return () => {
      set!.delete(onMessage);
      if (set!.size === 0) this.topics.delete(topic);
    };
  }
  async close() {
    this.topics.clear();
  }
}

/** How long after Redis returns a process sends what it published meanwhile: time for every other process to resubscribe. */
const CATCH_UP_DELAY_MS = 3_000;
/** Events published while Redis is away, kept for it per process; the oldest go first beyond this. */
const CATCH_UP_MAX = 10_000;

/**
 * Redis pub/sub, with a fallback while Redis is away (decision 0068): publishing never waits for it nor
 * fails because of it. An event published then is delivered to this process's own subscribers at once and
 * kept; once Redis is back (and the other processes have had time to resubscribe, which ioredis does by
 * itself) the kept events are published to everyone else. The subscribing connection's state is `redis`.
 */
class RedisPubSub implements PubSub {
  private pub: Redis;
  private sub: Redis;
  private local = new LocalPubSub();
  private counts = new Map<string, number>();
  private kept: { topic: string; raw: string }[] = [];
  /** Kept events published on Redis after being delivered here: their echo is not delivered again. */
  private echoes = new Map<string, number>();
  private catchUp: NodeJS.Timeout | undefined;
  readonly redis: RedisHealth;
  constructor(url: string) {
    // No offline queue for publishing: a command while Redis is away fails at once (and is kept, above).
    // A command timeout for a Redis that stops answering without closing the connection.
    this.pub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: false, commandTimeout: 1_000 });
    // Subscriptions made while Redis is away wait in the queue; ioredis resubscribes to the rest on reconnecting.
    this.sub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: null });
    this.sub.on('message', (topic: string, raw: string) => {
      const echo = `${topic}\n${raw}`;
      const n = this.echoes.get(echo);
      if (n) {
        if (n > 1) this.echoes.set(echo, n - 1);
        else this.echoes.delete(echo);
        return;
      }
      try {
        void this.local.publish(topic, JSON.parse(raw));
      } catch (e) {
        logger.warn('pubsub: dropped malformed message', { topic, error: String(e) });
      }
    });
    // Outages are logged once each by the health watch; the errors of each reconnection attempt are not.
    this.pub.on('error', () => {});
    this.redis = watchRedis(this.sub, 'pubsub');
    this.pub.on('ready', () => {
      if (!this.kept.length) return;
      clearTimeout(this.catchUp);
      this.catchUp = setTimeout(() => void this.sendKept(), CATCH_UP_DELAY_MS);
      this.catchUp.unref();
    });
  }
  private async sendKept() {
    const kept = this.kept;
    this.kept = [];
    for (const [i, { topic, raw }] of kept.entries()) {
      const echo = `${topic}\n${raw}`;
      if (this.counts.has(topic)) this.echoes.set(echo, (this.echoes.get(echo) ?? 0) + 1);
      try {
        await this.pub.publish(topic, raw);
      } catch {
        // Gone again: keep the rest for the next return.
        if (this.counts.has(topic)) this.echoes.delete(echo);
        this.kept = [...kept.slice(i), ...this.kept].slice(-CATCH_UP_MAX);
        return;
      }
    }
    logger.info('pubsub: sent the events published while redis was away', { events: kept.length });
    // An echo that never came back (this process had unsubscribed meanwhile) is forgotten.
    setTimeout(() => this.echoes.clear(), 30_000).unref();
  }
  async publish(topic: string, payload: unknown) {
    const raw = JSON.stringify(payload);
    if (this.pub.status === 'ready') {
      try {
        await this.pub.publish(topic, raw);
        return;
      } catch {
        // Lost meanwhile: as below.
      }
    }
    void this.local.publish(topic, payload);
    this.kept.push({ topic, raw });
    if (this.kept.length > CATCH_UP_MAX) this.kept.shift();
  }
  async subscribe(topic: string, onMessage: (p: any) => void) {
    const n = this.counts.get(topic) ?? 0;
    this.counts.set(topic, n + 1);
    if (n === 0) await this.subscribed(this.sub.subscribe(topic), topic);
    const off = await this.local.subscribe(topic, onMessage);
    return () => {
      off();
      const left = (this.counts.get(topic) ?? 1) - 1;
      if (left <= 0) {
        this.counts.delete(topic);
        void this.sub.unsubscribe(topic).catch(() => {});
      } else this.counts.set(topic, left);
    };
  }
  /**
   * Waits for Redis to confirm a subscription when it is there (so an event published right after is
   * heard), or is connecting for the first time; never while it is away: the subscription waits in the
   * queue and local events reach it meanwhile.
   */
  private async subscribed(done: Promise<unknown>, topic: string) {
    done.catch((e) => logger.warn('pubsub: subscribe failed', { topic, error: String(e) }));
    if (this.redis.up) return void (await done.catch(() => {}));
    if (this.sub.status === 'reconnecting') return;
    await new Promise<void>((resolve) => {
      const stop = () => {
        this.sub.off('error', stop);
        this.sub.off('close', stop);
        resolve();
      };
      this.sub.once('error', stop);
      this.sub.once('close', stop);
      done.then(stop, stop);
    });
  }
  async close() {
    clearTimeout(this.catchUp);
    await Promise.allSettled([this.pub.quit(), this.sub.quit()]);
  }
}

/**
 * LISTEN/NOTIFY: every process listens on one channel and filters by topic locally (topics are not valid
 * channel names, and a handful of processes make the fan-out cheap). A process hears its own notifications
 * through its listener, which is the only way it delivers them, so an event reaches each subscriber once.
 * NOTIFY payloads are limited to 8,000 bytes; events carry ids, and a larger one is dropped with a warning.
 */
export const PG_PUBSUB_CHANNEL = 'webwaka_pubsub';
const PG_NOTIFY_MAX_BYTES = 7_900;

class PostgresPubSub implements PubSub {
  private pool: Pool;
  private listener: Client | null = null;
  private local = new LocalPubSub();
  private closed = false;
  private listening: Promise<void>;
  constructor(private url: string) {
    this.pool = new Pool({ connectionString: url, max: 2 });
    this.pool.on('error', (e) => logger.warn('pubsub: postgres error', { error: String(e) }));
    this.listening = this.listen();
  }
  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.url });
    client.on('notification', (n) => {
      try {
        const { topic, payload } = JSON.parse(n.payload ?? '');
        void this.local.publish(topic, payload);
      } catch (e) {
        logger.warn('pubsub: dropped malformed message', { error: String(e) });
      }
    });
    // A lost listener reconnects; events published meanwhile are missed, which realtime tolerates (pages
    // poll as well).
    const reconnect = (e?: unknown) => {
      if (this.closed || this.listener !== client) return;
      this.listener = null;
      logger.warn('pubsub: postgres listener lost; reconnecting', { error: String(e ?? 'ended') });
      setTimeout(() => void this.listen().catch(reconnect), 1000).unref();
    };
    client.on('error', reconnect);
    client.on('end', () => reconnect());
    this.listener = client;
    await client.connect();
    await client.query(`LISTEN ${PG_PUBSUB_CHANNEL}`);
  }
  async publish(topic: string, payload: unknown) {
    const message = JSON.stringify({ topic, payload });
    if (Buffer.byteLength(message) > PG_NOTIFY_MAX_BYTES) {
      logger.warn('pubsub: event too large for NOTIFY; dropped', { topic, bytes: Buffer.byteLength(message) });
      return;
    }
    await this.pool.query('SELECT pg_notify($1, $2)', [PG_PUBSUB_CHANNEL, message]);
  }
  async subscribe(topic: string, onMessage: (p: any) => void) {
    // Subscribers wait for the first LISTEN, so an event published right after subscribing is heard.
    await this.listening;
    return this.local.subscribe(topic, onMessage);
  }
  async close() {
    this.closed = true;
    const listener = this.listener;
    this.listener = null;
    await Promise.allSettled([listener?.end(), this.pool.end()]);
    await this.local.close();
  }
}

export function createPubSub(redisUrl = process.env.REDIS_URL, databaseUrl = process.env.PUBSUB_DATABASE_URL): PubSub {
  if (redisUrl) return new RedisPubSub(redisUrl);
  return databaseUrl ? new PostgresPubSub(databaseUrl) : new LocalPubSub();
}

/** Adapts a pubsub topic to the async iterator graphql-ws subscriptions consume; cleans up on return(). */
export function topicIterator<T>(pubsub: PubSub, topic: string): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let wake: ((r: IteratorResult<T>) => void) | null = null;
  let done = false;
  const ready = pubsub.subscribe(topic, (payload: T) => {
    if (wake) {
      const w = wake;
      wake = null;
      w({ value: payload, done: false });
    } else queue.push(payload);
  });
  const finish = async (): Promise<IteratorResult<T>> => {
    done = true;
    (await ready)();
    if (wake) wake({ value: undefined, done: true });
    return { value: undefined, done: true };
  };
  return {
    async next() {
      await ready;
      if (queue.length) return { value: queue.shift()!, done: false };
      if (done) return { value: undefined, done: true };
      return new Promise((resolve) => (wake = resolve));
    },
    return: finish,
    throw: async (e) => {
      await finish();
      throw e;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
