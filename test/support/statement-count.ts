/**
 * Counts the SQL statements the subgraphs send for a request: the round trips to the database, which is
 * what Prisma's per-statement cost and the single embedded connection scale with (docs/benchmarks.md,
 * "SQL statements per request"). A count does not depend on how busy the machine is, so a test can assert
 * it.
 *
 * Nothing in the product code takes part: while a counter is installed, this process's `pg` client counts
 * each statement it sends (BEGIN, COMMIT and SET included: they are round trips too), and each subgraph's
 * HTTP server runs its requests in an AsyncLocalStorage context naming the subgraph and the request id the
 * gateway forwarded (`x-request-id`). A statement belongs to a request when it was issued in that context.
 * Outbox dispatch runs outside any request context (it is nudged from a request, but the events' handlers
 * are the events' work, not the request's), and so do background jobs: neither is counted.
 * Embedded stacks only (the subgraphs run in this process); one counter at a time.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { OutboxDispatcher } from '../../subgraphs/kit/src';
import type { EmbeddedStack } from './boot';
import { gql, type GqlResult } from './graphql';

export interface CountedStatement {
  subgraph: string;
  requestId: string | null;
  sql: string;
}

export interface StatementCount {
  total: number;
  /** Per subgraph, only those that issued any; keys in the order the statements came. */
  bySubgraph: Record<string, number>;
  statements: CountedStatement[];
  /** HTTP calls each subgraph served for it (from the gateway or a peer). */
  calls: Record<string, number>;
}

export interface StatementCounter {
  /** Sends one GraphQL request through the gateway and counts the statements issued for it (peers included). */
  request<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<{ result: GqlResult<T>; count: StatementCount }>;
  uninstall(): void;
}

interface RequestContext {
  subgraph: string;
  requestId: string | null;
}

type Untyped = (this: unknown, ...args: unknown[]) => unknown;

/** After the response, statements of the request still in flight or issued on the next turns are waited for. */
const SETTLE_MS = 50;

const perSubgraph = (items: { subgraph: string }[]) => {
  const counts: Record<string, number> = {};
  for (const i of items) counts[i.subgraph] = (counts[i.subgraph] ?? 0) + 1;
  return counts;
};
const tally = (statements: CountedStatement[], calls: RequestContext[]): StatementCount => ({ total: statements.length, bySubgraph: perSubgraph(statements), statements, calls: perSubgraph(calls) });

export function installStatementCounter(stack: Pick<EmbeddedStack, 'gateway' | 'subgraphs'>): StatementCounter {
  const context = new AsyncLocalStorage<RequestContext>();
  const subgraphByPort = new Map(Object.entries(stack.subgraphs).map(([name, url]) => [Number(new URL(url).port), name]));
  const recorded: CountedStatement[] = [];
  const served: RequestContext[] = [];
  let inFlight = 0;

  const serverEmit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    const address = event === 'request' ? this.address() : null;
    const subgraph = address && typeof address === 'object' ? subgraphByPort.get(address.port) : undefined;
    const emit = () => serverEmit.apply(this, [event, ...args] as Parameters<typeof serverEmit>);
    if (!subgraph) return emit();
    const header = (args[0] as http.IncomingMessage).headers['x-request-id'];
    const call = { subgraph, requestId: typeof header === 'string' ? header : null };
    served.push(call);
    return context.run(call, emit);
  } as typeof serverEmit;

  // The adapter queries through the pool, which hands the statement to a client once one is free: the
  // context is taken where the pool was asked (a queued statement runs in whoever released the client).
  const poolQuery = pg.Pool.prototype.query as unknown as Untyped;
  const askedIn = new WeakMap<object, RequestContext | undefined>();
  (pg.Pool.prototype as unknown as { query: Untyped }).query = function (this: unknown, ...args: unknown[]) {
    if (args[0] && typeof args[0] === 'object') askedIn.set(args[0], context.getStore());
    return poolQuery.apply(this, args);
  };
  const clientQuery = pg.Client.prototype.query as unknown as Untyped;
  (pg.Client.prototype as unknown as { query: Untyped }).query = function (this: unknown, ...args: unknown[]) {
    const [config] = args;
    const from = config && typeof config === 'object' && askedIn.has(config) ? askedIn.get(config) : context.getStore();
    if (!from) return clientQuery.apply(this, args);
    const sql = typeof config === 'string' ? config : String((config as { text?: string } | null)?.text ?? '');
    recorded.push({ subgraph: from.subgraph, requestId: from.requestId, sql });
    inFlight += 1;
    const done = () => (inFlight -= 1);
    const callback = args[args.length - 1];
    if (typeof callback === 'function') {
      args[args.length - 1] = (...results: unknown[]) => {
        done();
        return callback(...results);
      };
      return clientQuery.apply(this, args);
    }
    const result = clientQuery.apply(this, args) as Promise<unknown>;
    result.then(done, done);
    return result;
  };

  // The dispatcher is nudged inside the request that recorded events; its deliveries are not that request's.
  const nudge = OutboxDispatcher.prototype.nudge;
  OutboxDispatcher.prototype.nudge = function (this: OutboxDispatcher) {
    return context.exit(() => nudge.call(this));
  };

  const settle = async () => {
    do await new Promise((r) => setTimeout(r, SETTLE_MS));
    while (inFlight > 0);
  };

  return {
    async request(query, variables = {}, headers = {}) {
      const requestId = `statement-count-${randomUUID()}`;
      const from = recorded.length;
      const callsFrom = served.length;
      const result = await gql(stack.gateway.url, query, variables, { 'cache-control': 'no-cache', ...headers, 'x-request-id': requestId });
      await settle();
      const ours = <T extends { requestId: string | null }>(items: T[]) => items.filter((i) => i.requestId === requestId);
      return { result, count: tally(ours(recorded.slice(from)), ours(served.slice(callsFrom))) };
    },
    uninstall() {
      http.Server.prototype.emit = serverEmit;
      (pg.Pool.prototype as unknown as { query: Untyped }).query = poolQuery;
      (pg.Client.prototype as unknown as { query: Untyped }).query = clientQuery;
      OutboxDispatcher.prototype.nudge = nudge;
    },
  };
}

/** One line per subgraph and the statements themselves, for a failing assertion's message or the docs. */
export const describeCount = (count: StatementCount): string =>
  [`${count.total} statements: ${JSON.stringify(count.bySubgraph)} in calls ${JSON.stringify(count.calls)}`, ...count.statements.map((s) => `  ${s.subgraph}: ${s.sql.replace(/\s+/g, ' ').slice(0, 200)}`)].join('\n');
