/** graphql-ws test client: subscribe and collect events, or capture the error a refusal produces. */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Subscription<T> {
  events: T[];
  errors: unknown[];
  /** Resolves with the first event matching `pred`. */
  next(pred?: (e: T) => boolean, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

export function subscribe<T = any>(wsUrl: string, query: string, connectionParams: Record<string, string>): Subscription<T> {
  const errors: unknown[] = [];
  const client: Client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: false, onNonLazyError: (e) => errors.push(e) });
  const events: T[] = [];
  const waiters: { pred: (e: T) => boolean; resolve: (e: T) => void }[] = [];
  client.subscribe<T>(
    { query },
    {
      next: (value) => {
        if (value.errors) errors.push(value.errors);
        const data = value.data as T;
        if (!data) return;
        events.push(data);
        for (const w of [...waiters]) if (w.pred(data)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(data);
        }
      },
      error: (e) => errors.push(e),
      complete: () => {},
    },
  );
  return {
    events,
    errors,
    next(pred = () => true, timeoutMs = 10_000) {
      const hit = events.find(pred);
      if (hit) return Promise.resolve(hit);
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no matching event within ${timeoutMs} ms; errors: ${JSON.stringify(errors)}`)), timeoutMs);
        waiters.push({ pred, resolve: (e) => (clearTimeout(timer), resolve(e)) });
      });
    },
    close: () => client.dispose() as Promise<void>,
  };
}

/** Waits until the server has registered the subscription (graphql-ws gives no ack per subscription). */
export const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));
