/**
 * Helpers of identity's whole-graph tests (authorization matrix, tenant isolation): the operations identity
 * owns in the API schema, paging through connections, and a small graphql-ws subscriber to the audit feed.
 * Signing in, creating users and reading results are the shared callers (test/support/callers.ts),
 * re-exported here so identity's tests import from one place.
 */
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { uuidv7 } from '@webwaka/kit';
import { gql, type GqlResult } from '../../../test/support/graphql';
import { API_SCHEMA_FILE, apiSchema, ownOperations } from '../../../test/support/operations';
import { createUser, login, loginRaw, ok, payload, SESSION_FIELDS, type SessionInfo } from '../../../test/support/callers';
import { schema as identitySchema } from '../src/schema';

export { createUser, login, loginRaw, ok, SESSION_FIELDS, type SessionInfo };
/** Asserts a mutation payload has no userErrors and returns it. */
export const okPayload = payload;
export { API_SCHEMA_FILE, apiSchema };

/** The operations identity owns: its subgraph's root fields and the gateway's `auditEvents` feed. */
export const apiOperations = (): string[] => ownOperations(identitySchema, { extra: ['Subscription.auditEvents'] });

export const AUTH_CODES = ['UNAUTHENTICATED', 'FORBIDDEN', 'TWO_FACTOR_REQUIRED'];

/** The first GraphQL error code of a result. */
export const gqlErrorCode = (r: GqlResult): string | undefined => r.errors?.[0]?.extensions?.code;

/** All nodes of a connection query, following `after` cursors. `select` is the node selection. */
export async function allNodes<T = any>(
  url: string,
  field: string,
  select: string,
  headers: Record<string, string>,
  args = '',
): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page++) {
    const r: GqlResult = await gql(url, `query Page($after: String) { ${field}(first: 100, after: $after${args ? `, ${args}` : ''}) { pageInfo { hasNextPage endCursor } edges { node { ${select} } } } }`, { after }, headers);
    const conn: any = ok<any>(r)[field];
    nodes.push(...conn.edges.map((e: { node: T }) => e.node));
    if (!conn.pageInfo.hasNextPage) return nodes;
    after = conn.pageInfo.endCursor;
  }
  throw new Error(`${field}: too many pages`);
}

export const AUDIT_SUBSCRIPTION = 'subscription Audit { auditEvents { id type subjectId data } }';

export interface Subscriber {
  /** Events received (the `auditEvents` payloads). */
  events: { id: string; type: string; subjectId: string | null; data: unknown }[];
  /** Errors received (GraphQL errors of the operation, or the close event of a refused connection). */
  errors: any[] | null;
  /** True once the operation completed or the connection failed. */
  ended: boolean;
  /** Resolves true as soon as `pred()` holds, or false after `ms`. */
  until(pred: () => boolean, ms: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Opens one graphql-ws subscription with the given connection_init payload. */
export function subscribe(wsUrl: string, connectionParams: Record<string, string>, query = AUDIT_SUBSCRIPTION): Subscriber {
  const client = createClient({ url: wsUrl, webSocketImpl: WebSocket, connectionParams, lazy: true, retryAttempts: 0, lazyCloseTimeout: 0 });
  const listeners = new Set<() => void>();
  const notify = () => [...listeners].forEach((l) => l());
  const sub: Subscriber = {
    events: [],
    errors: null,
    ended: false,
    until(pred, ms) {
      return new Promise((resolve) => {
        if (pred()) return resolve(true);
        const check = () => {
          if (!pred()) return;
          clearTimeout(timer);
          listeners.delete(check);
          resolve(true);
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          resolve(pred());
        }, ms);
        listeners.add(check);
      });
    },
    async close() {
      unsubscribe();
      await client.dispose();
    },
  };
  const unsubscribe = client.subscribe<{ auditEvents: Subscriber['events'][number] }>(
    { query },
    {
      next: (r) => {
        if (r.errors?.length) sub.errors = [...(sub.errors ?? []), ...r.errors];
        else if (r.data?.auditEvents) sub.events.push(r.data.auditEvents);
        notify();
      },
      error: (e) => {
        sub.errors = [...(sub.errors ?? []), ...(Array.isArray(e) ? e : [e])];
        sub.ended = true;
        notify();
      },
      complete: () => {
        sub.ended = true;
        notify();
      },
    },
  );
  return sub;
}

/** A failed sign-in at `tenantSlug` (unknown e-mail): records `session.login_failed` in that tenant. */
export const failedLogin = (url: string, tenantSlug: string) =>
  loginRaw(url, { tenantSlug, email: `ghost-${uuidv7()}@nowhere.test`, password: 'not-the-password-123' });

/**
 * Keeps causing an event (`trigger`) until the subscriber has received one matching `pred` (the
 * subscription may not be listening yet when the first event is published). Returns whether it did.
 */
export async function awaitLiveEvent(sub: Subscriber, trigger: () => Promise<unknown>, pred: (e: Subscriber['events'][number]) => boolean, ms = 15_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline && !sub.ended) {
    await trigger();
    if (await sub.until(() => sub.events.some(pred) || sub.ended, 1500)) break;
  }
  return sub.events.some(pred);
}
