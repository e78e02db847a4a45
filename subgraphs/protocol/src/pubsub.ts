import Redis from 'ioredis';
import { Client, Pool } from 'pg';
import { logger } from './logger';

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

class RedisPubSub implements PubSub {
  private pub: Redis;
  private sub: Redis;
  private local = new LocalPubSub();
  private counts = new Map<string, number>();
  constructor(url: string) {
    this.pub = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
    this.sub = new Redis(url, { lazyConnect: false });
    this.sub.on('message', (topic: string, raw: string) => {
      try {
        void this.local.publish(topic, JSON.parse(raw));
      } catch (e) {
        logger.warn('pubsub: dropped malformed message', { topic, error: String(e) });
      }
    });
    for (const c of [this.pub, this.sub]) c.on('error', (e) => logger.warn('pubsub: redis error', { error: String(e) }));
  }
  async publish(topic: string, payload: unknown) {
    await this.pub.publish(topic, JSON.stringify(payload));
  }
  async subscribe(topic: string, onMessage: (p: any) => void) {
    const n = this.counts.get(topic) ?? 0;
    this.counts.set(topic, n + 1);
    if (n === 0) await this.sub.subscribe(topic);
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
  async close() {
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
