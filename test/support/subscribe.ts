/** graphql-ws test client: subscribe and collect events, or capture the error a refusal produces. */
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface Subscription<T> {
  events: T[];
  errors: unknown[];
  /** Resolves with the first event matching `pred`. */
  next(pred?: (e: T) => boolean, timeoutMs?: number): Promise<T>;
  /** Resolves with the close code once the server closes the socket (4403 when credentials are revoked). */
  closed(timeoutMs?: number): Promise<number>;
  close(): Promise<void>;
}

export function subscribe<T = any>(wsUrl: string, query: string, connectionParams: Record<string, string>, variables?: Record<string, unknown>): Subscription<T> {
  const errors: unknown[] = [];
  let closeCode: number | null = null;
  const onClose: ((code: number) => void)[] = [];
  const client: Client = createClient({
    url: wsUrl,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    lazy: false,
    onNonLazyError: (e) => errors.push(e),
    on: { closed: (e) => ((closeCode ??= (e as { code: number }).code), onClose.forEach((f) => f(closeCode!))) },
  });
  const events: T[] = [];
  const waiters: { pred: (e: T) => boolean; resolve: (e: T) => void }[] = [];
  client.subscribe<T>(
    { query, variables },
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
    closed(timeoutMs = 10_000) {
      if (closeCode !== null) return Promise.resolve(closeCode);
      return new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`socket still open after ${timeoutMs} ms`)), timeoutMs);
        onClose.push((code) => (clearTimeout(timer), resolve(code)));
      });
    },
    close: () => client.dispose() as Promise<void>,
  };
}

/** Waits until the server has registered the subscription (graphql-ws gives no ack per subscription). */
export const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

/**
 * Repeats `act` until the subscription delivers a matching event: on a busy machine the subscription may
 * still be starting when the first event is published.
 */
export async function nextAfter<T>(sub: Subscription<T>, act: () => Promise<unknown>, pred?: (e: T) => boolean, tries = 10): Promise<T> {
  for (let i = 1; ; i++) {
    await act();
    try {
      return await sub.next(pred, 1500);
    } catch (e) {
      if (i >= tries) throw e;
    }
  }
}

/** A raw graphql-transport-ws client: sends exactly what a test says, and records every message and the close code. */
export async function rawSocket(wsUrl: string, connectionParams: Record<string, string>) {
  const ws = new WebSocket(wsUrl, 'graphql-transport-ws');
  const messages: any[] = [];
  const closed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));
  ws.on('message', (data) => messages.push(JSON.parse(String(data))));
  ws.on('error', () => {});
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', (code) => reject(new Error(`closed with ${code} before opening`)));
  });
  const until = async (pred: () => boolean, timeoutMs = 10_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!pred()) {
      if (Date.now() > deadline) throw new Error(`timed out; messages: ${JSON.stringify(messages.slice(-5))}`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  return {
    ws,
    messages,
    closed,
    until,
    async init() {
      ws.send(JSON.stringify({ type: 'connection_init', payload: connectionParams }));
      await until(() => messages.some((m) => m.type === 'connection_ack'));
    },
    subscribe(id: string, query: string) {
      ws.send(JSON.stringify({ id, type: 'subscribe', payload: { query } }));
    },
    /** The error codes the server sent for subscription `id`, refusals and failed results alike (empty while none came). */
    errorsOf(id: string): string[] {
      const errors = messages.filter((m) => m.id === id).flatMap((m) => (m.type === 'error' ? m.payload : m.type === 'next' ? (m.payload.errors ?? []) : []));
      return errors.map((e: any) => e.extensions?.code);
    },
    close() {
      ws.close();
      return closed;
    },
  };
}
