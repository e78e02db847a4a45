import Redis from 'ioredis';
import { logger } from './logger';

/**
 * Topic-based publish/subscribe for realtime fan-out. In-memory when everything runs in one process; Redis
 * when REDIS_URL is set, so an event published by any subgraph replica reaches subscribers on every gateway
 * replica. Delivery is best-effort: realtime makes pages live but correctness never depends on it.
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

export function createPubSub(redisUrl = process.env.REDIS_URL): PubSub {
  return redisUrl ? new RedisPubSub(redisUrl) : new LocalPubSub();
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
