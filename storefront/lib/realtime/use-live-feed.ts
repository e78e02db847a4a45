'use client';

import { createClient } from 'graphql-ws';
import { useEffect, useRef, useState } from 'react';

export type Connection = 'connecting' | 'live' | 'polling';

/**
 * A live feed over the gateway's graphql-ws with a polling fallback (realtime class B/C: losing the socket
 * slows the page down, never breaks it). The socket retries forever; until it says it is connected, and
 * whenever it is closed, `refresh` runs every `pollMs`; on (re)connecting `refresh` catches up once.
 * `subscribe` receives the client and returns its subscriptions' unsubscribers.
 */
export function useLiveFeed(opts: {
  wsUrl: string;
  tenant: string;
  pollMs: number;
  refresh: () => Promise<void>;
  subscribe: (client: ReturnType<typeof createClient>, onError: () => void) => (() => void)[];
  /** Changes when the subscriptions must be made again (their variables). */
  key: string;
}): Connection {
  const { wsUrl, tenant, pollMs, refresh, subscribe, key } = opts;
  const [connection, setConnection] = useState<Connection>('connecting');
  const connectionRef = useRef<Connection>('connecting');
  const subscribeRef = useRef(subscribe);
  subscribeRef.current = subscribe;

  useEffect(() => {
    const setLive = (c: Connection) => {
      connectionRef.current = c;
      setConnection(c);
    };
    const client = createClient({
      url: wsUrl,
      connectionParams: { tenant },
      lazy: false,
      keepAlive: 15_000,
      retryAttempts: Number.MAX_SAFE_INTEGER,
      shouldRetry: () => true,
      retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(15_000, 1_000 * 2 ** retries))),
      on: {
        connected: () => {
          setLive('live');
          void refresh();
        },
        closed: () => setLive('polling'),
      },
    });
    const stops = subscribeRef.current(client, () => setLive('polling'));
    const firstPoll = setTimeout(() => connectionRef.current === 'connecting' && setLive('polling'), Math.min(pollMs, 5_000));
    return () => {
      clearTimeout(firstPoll);
      stops.forEach((stop) => stop());
      void client.dispose();
    };
  }, [wsUrl, tenant, pollMs, refresh, key]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (connectionRef.current !== 'live') void refresh();
    }, pollMs);
    return () => clearInterval(timer);
  }, [pollMs, refresh]);

  return connection;
}
