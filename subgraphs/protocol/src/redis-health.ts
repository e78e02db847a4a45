import type Redis from 'ioredis';
import { logger as defaultLogger, type Logger } from './logger';

/**
 * Whether one Redis connection can be used right now, for the code that falls back to local (per-process)
 * behaviour without it (decision 0068): pubsub, the gateway's rate limits and its authentication caches.
 * Nobody waits on a Redis that is down: ioredis reconnects by itself, and `up` says whether it has.
 *
 * Logged once per transition (the first error of an outage, then the return), never per request or per
 * reconnection attempt.
 */
export interface RedisHealth {
  /** The connection is ready for commands. */
  readonly up: boolean;
  /** When the connection was last lost (ms since epoch), or null if never. */
  readonly lostAt: number | null;
  /** When it last came back after a loss, or after a first connection that failed (ms since epoch); else null. */
  readonly recoveredAt: number | null;
  /** Called on each transition (true: back; false: lost). Returns the unsubscribe. */
  onChange(fn: (up: boolean) => void): () => void;
  /** What /readyz says about it: 'ready', or why not (no address, which clients must not learn). */
  describe(): string;
}

export function watchRedis(client: Redis, what: string, log: Logger = defaultLogger): RedisHealth {
  let up = client.status === 'ready';
  let everUp = up;
  /** Lost, or never reached at the start: what was announced meanwhile was not heard. */
  let missed = false;
  let lostAt: number | null = null;
  let recoveredAt: number | null = null;
  let lastError = '';
  let lastCode = '';
  let warnedAtStart = false;
  const listeners = new Set<(up: boolean) => void>();
  const set = (next: boolean) => {
    if (next === up) return;
    up = next;
    if (next) {
      if (missed) {
        recoveredAt = Date.now();
        log.info(`redis is back: ${what} shared again`, { redis: what });
      }
      missed = false;
      everUp = true;
    } else {
      lostAt = Date.now();
      missed = true;
      log.warn(`redis unavailable: ${what} local to this process until it returns`, { redis: what, error: lastError || undefined });
      warnedAtStart = true;
    }
    for (const fn of listeners) fn(next);
  };
  client.on('ready', () => set(true));
  client.on('error', (e: Error & { code?: string }) => {
    // Every reconnection attempt fails with an error: only the first of an outage is worth a line.
    lastError = String(e);
    lastCode = e.code ?? 'error';
    if (up && client.status !== 'ready') set(false);
    else if (!everUp && !warnedAtStart) {
      warnedAtStart = true;
      missed = true;
      lostAt = Date.now();
      log.warn(`redis unavailable: ${what} local to this process until it connects`, { redis: what, error: lastError });
    }
  });
  // A connection closed on purpose (quit(): the process stopping) ends without reconnecting: not an outage.
  // Its 'close' comes before the status says so, hence the deferred look.
  const lost = () => setImmediate(() => client.status !== 'end' && set(false));
  client.on('close', lost);
  client.on('reconnecting', lost);
  client.on('end', () => {
    up = false;
  });
  return {
    get up() {
      return up;
    },
    get lostAt() {
      return lostAt;
    },
    get recoveredAt() {
      return recoveredAt;
    },
    onChange(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
    describe: () => (up ? 'ready' : `unavailable${lastCode ? ` (${lastCode})` : ''}`),
  };
}
