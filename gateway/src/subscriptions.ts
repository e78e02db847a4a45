import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  buildSchema,
  createSourceEventStream,
  execute,
  parse,
  print,
  visit,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { CloseCode, type Context as SocketContext } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { AppError, CHANNELS, ErrorCode, logger, topicIterator, type Actor, type PubSub } from '@webwaka/protocol';
import { newRequestId, type Authenticate } from './auth';
import type { GatewayContext } from './context';
import { enforceLimits } from './limits';
import { callerKey } from './rate-limit';
import { RATE_LIMITED_MESSAGE, type RequestCharges } from './request-charges';

/**
 * Limits on websockets (docs/api.md, decision 0024). A message over `maxPayloadBytes` closes the socket
 * with 1009; a subscription over a cap is refused with TOO_MANY_SUBSCRIPTIONS; a socket over the per-IP cap
 * is closed with 4429. Read when the gateway starts.
 */
export const socketLimits = () => ({
  /** Largest message a client may send (a subscribe message carries a document, like a small POST body). */
  maxPayloadBytes: Number(process.env.WS_MAX_PAYLOAD_BYTES ?? 64 * 1024),
  maxSubscriptionsPerSocket: Number(process.env.WS_MAX_SUBSCRIPTIONS_PER_SOCKET ?? 20),
  /** Across all of a caller's sockets on this gateway (user, API key, else IP, as for rate limits). */
  maxSubscriptionsPerCaller: Number(process.env.WS_MAX_SUBSCRIPTIONS_PER_CALLER ?? 50),
  maxSocketsPerIp: Number(process.env.WS_MAX_SOCKETS_PER_IP ?? 50),
});
export type SocketLimits = ReturnType<typeof socketLimits>;

/** Close codes beyond graphql-ws's own: 4403 (CloseCode.Forbidden) is also used when the caller's credentials are revoked. */
export const TOO_MANY_SOCKETS = 4429;

/**
 * Subscriptions live in the gateway (Apollo Gateway does not federate them). Each root field listens on a
 * pubsub topic whose events carry only an id; every event is then hydrated by running the subscriber's
 * own selection as a query through the gateway, with the subscriber's identity — so events can carry
 * fields from any subgraph and are authorised exactly like queries.
 */
export const SUBSCRIPTION_SDL = `
type Subscription {
  """Live feed of the current tenant's security events (admins with two-factor, or an API key with audit:read)."""
  auditEvents: AuditEvent!

  """Live stock changes of the current tenant, one event per changed stock level (admins with two-factor, staff, or an API key with inventory:read; a vendor gets its own variants' levels only)."""
  inventoryChanged: StockLevel!

  """Live seat changes of a trip (HELD, RELEASED, SOLD, EXPIRED, ALLOTTED), for anyone who may read its seat map (public, with the tenant that sells the trip). Poll \`seatMap(tripId)\` when the socket is down."""
  seatMap(tripId: ID!): SeatEvent!

  """How many people are looking at a trip, pushed when the count changes (public, like \`tripPresence(tripId)\`)."""
  tripPresence(tripId: ID!): TripPresence!

  """Where the riders carrying an order are, pushed when one reports a position (whoever holds the order's tracking key, from \`riderTracking(orderId, cartToken)\`). Poll \`riderTracking(orderId, trackingKey)\` when the socket is down."""
  riderTracking(orderId: ID!, trackingKey: String!): RiderTracking!
}
`;

interface SubscriptionField {
  /** The pubsub channel to listen on, from the subscriber's tenant and the field's arguments. */
  channel(tenantId: string, args: Record<string, string>): string;
  /** The query field that loads one event by the id an event carries; the subscriber must be allowed to call it. */
  hydrateWith: string;
  /** That query's argument naming the event (`id` unless said otherwise). */
  hydrateArg?: string;
  /**
   * A query that authorises the subscriber for these arguments (run as the subscriber; its error, such as
   * NOT_FOUND for a trip the tenant does not sell, refuses the subscription). By default the hydration
   * query is asked for an id that does not exist.
   */
  probe?: (args: Record<string, string>) => { query: string; variables: Record<string, unknown> };
  /** The probe answers null (not an error) to a caller it does not serve: null refuses the subscription too. */
  probeNullRefuses?: boolean;
  /** Arguments of the subscription passed on to the hydration query as they are (name and GraphQL type). */
  passArgs?: { name: string; type: string }[];
}

const FIELDS: Record<string, SubscriptionField> = {
  // Identity's outbox handler publishes `{ id, type }` of each committed audit event.
  auditEvents: { channel: CHANNELS.audit, hydrateWith: 'auditEvent' },
  // Inventory's outbox handler publishes `{ id: stockLevelId }` after each committed change.
  inventoryChanged: { channel: CHANNELS.inventory, hydrateWith: 'stockLevel' },
  // Transport's outbox handler publishes `{ id: seatEventId }` on the trip's channel after each committed
  // seat change; the channel is per trip (operator and park viewers share it), so the probe — the seat map
  // query itself — decides whether this subscriber's tenant sells the trip.
  seatMap: {
    channel: (_tenantId, args) => CHANNELS.transportSeats(args.tripId),
    hydrateWith: 'seatEvent',
    probe: (args) => ({ query: 'query Authorize($tripId: ID!) { probe: seatMap(tripId: $tripId) { tripId } }', variables: { tripId: args.tripId } }),
  },
  // Transport publishes `{ id: tripId }` when a trip's viewer count changes.
  tripPresence: {
    channel: (_tenantId, args) => CHANNELS.transportPresence(args.tripId),
    hydrateWith: 'tripPresence',
    hydrateArg: 'tripId',
    probe: (args) => ({ query: 'query Authorize($tripId: ID!) { probe: tripPresence(tripId: $tripId) { tripId } }', variables: { tripId: args.tripId } }),
  },
  // Commerce publishes `{ id: orderId }` on the order's channel after a rider's position is committed
  // (decision 0089). The tracking key is the subscriber's proof, checked by the probe and by every hydration.
  riderTracking: {
    channel: (tenantId, args) => CHANNELS.riderTracking(tenantId, args.orderId),
    hydrateWith: 'riderTracking',
    hydrateArg: 'orderId',
    passArgs: [{ name: 'trackingKey', type: 'String!' }],
    probeNullRefuses: true,
    probe: (args) => ({
      query: 'query Authorize($orderId: ID!, $trackingKey: String!) { probe: riderTracking(orderId: $orderId, trackingKey: $trackingKey) { orderId } }',
      variables: { orderId: args.orderId, trackingKey: args.trackingKey },
    }),
  },
};

/** The close code that tells a client the server is restarting and to connect again (RFC 6455, 7.4.1). */
export const SERVICE_RESTART = 1012;
/** How long a stopping gateway waits for its websockets' clients to answer the close. */
const CLOSE_WAIT_MS = 2_000;

/** An id no row has: asking for it tells whether the caller may use the field, at the cost of one lookup. */
const NO_SUCH_ID = '00000000-0000-7000-8000-000000000000';

/**
 * Authorises a subscription exactly as its hydration query is authorised: by asking that query, as the
 * subscriber, for an id that does not exist. Allowed callers get null back; others get the query's own
 * error (UNAUTHENTICATED, FORBIDDEN, TWO_FACTOR_REQUIRED), so no rule is written twice.
 */
async function authorize(server: ApolloServer<GatewayContext>, field: SubscriptionField, args: Record<string, string>, ctx: WsContext) {
  if (!ctx.actor.tenantId) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Sign in, or name a tenant, to subscribe');
  const probe = field.probe?.(args) ?? { query: `query Authorize($id: ID!) { probe: ${field.hydrateWith}(${field.hydrateArg ?? 'id'}: $id) { __typename } }`, variables: { id: NO_SUCH_ID } };
  const res = await server.executeOperation(probe, { contextValue: { ...ctx, requestId: newRequestId() } });
  if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
  const error = res.body.singleResult.errors?.[0];
  if (error) throw new GraphQLError(error.message, { extensions: error.extensions });
  if (field.probeNullRefuses && !(res.body.singleResult.data as { probe?: unknown } | null)?.probe) throw new AppError(ErrorCode.NOT_FOUND, 'Nothing to follow here');
}

interface WsContext extends GatewayContext {
  expiresAt: number | null;
  /**
   * Asks again whether the caller's credentials still hold (cheap: the authenticator's caches, which
   * revocations and ended sessions evict at once); closes the socket with 4403 when they do not.
   */
  recheck(): Promise<void>;
}

/** The credentials a query would send as headers, from the connection_init payload. */
function credentials(connectionParams: unknown): Record<string, string | undefined> {
  const p = (connectionParams ?? {}) as Record<string, string | undefined>;
  const token = p.authorization ?? p.Authorization ?? (p.token ? `Bearer ${p.token}` : undefined);
  return { authorization: token, 'x-api-key': p.apiKey ?? p['x-api-key'], 'x-tenant': p.tenant ?? p['x-tenant'] };
}

/** Codes that mean the credentials themselves are no longer good (not that identity was briefly unreachable). */
const REVOKED_CODES = new Set<string>([ErrorCode.UNAUTHENTICATED, ErrorCode.TOKEN_INVALID, ErrorCode.TENANT_NOT_FOUND]);


/** Aliases are dropped from the hydration query because the event object is read by field name. */
function unaliased(set: SelectionSetNode): SelectionSetNode {
  return visit(set, { Field: (node) => (node.alias ? { ...node, alias: undefined } : undefined) });
}

/**
 * Hydrations shared by anonymous subscribers. An anonymous subscriber's answer depends only on its tenant
 * and its query, so when one event reaches many of them (a popular trip's seat map: every viewer) they
 * share one query instead of running one each. Keyed by the event object itself — pubsub hands the same
 * object to every local subscriber — so an answer is never reused for a later event.
 */
type SharedHydrations = WeakMap<object, Map<string, Promise<unknown>>>;

/**
 * The query that hydrates one subscription's events: the subscriber's selection under the field's
 * hydration query. Built once per subscription, not per event (printing it for every event of every
 * subscriber was a fifth of the gateway's busy time at 1,000 seat-map subscribers).
 */
function hydrationQuery(info: GraphQLResolveInfo, field: SubscriptionField): string {
  const fragments = Object.values(info.fragments).map(print).join('\n');
  const selection = print(unaliased(info.fieldNodes[0].selectionSet!));
  const passed = field.passArgs ?? [];
  const params = passed.map((p) => `, $${p.name}: ${p.type}`).join('');
  const args = passed.map((p) => `, ${p.name}: $${p.name}`).join('');
  return `query Hydrate($id: ID!${params}) { result: ${field.hydrateWith}(${field.hydrateArg ?? 'id'}: $id${args}) ${selection} }\n${fragments}`;
}

/** The subscription's own arguments that its hydration query takes too. */
const passedArgs = (field: SubscriptionField, args: Record<string, string>) => Object.fromEntries((field.passArgs ?? []).map((p) => [p.name, args[p.name]]));

async function hydrate(server: ApolloServer<GatewayContext>, query: string, event: { id: string }, ctx: WsContext, shared: SharedHydrations, passed: Record<string, string> = {}) {
  if (ctx.expiresAt && ctx.expiresAt * 1000 < Date.now()) throw new AppError(ErrorCode.TOKEN_EXPIRED, 'Access token expired; resubscribe with a fresh token');
  // Every event re-checks the caller: a key revoked or a session ended (logout, role change) since the
  // socket opened gets nothing more, even if the revocation's own announcement was missed.
  await ctx.recheck();
  if (ctx.actor.kind !== 'anonymous') return runHydration(server, query, event.id, ctx, passed);
  let forEvent = shared.get(event);
  if (!forEvent) shared.set(event, (forEvent = new Map()));
  const key = `${ctx.actor.tenantId}\n${query}\n${JSON.stringify(passed)}`;
  let answer = forEvent.get(key);
  if (!answer) forEvent.set(key, (answer = runHydration(server, query, event.id, ctx, passed)));
  return answer;
}

async function runHydration(server: ApolloServer<GatewayContext>, query: string, id: string, ctx: WsContext, passed: Record<string, string> = {}) {
  const res = await server.executeOperation({ query, variables: { ...passed, id } }, { contextValue: { ...ctx, requestId: newRequestId() } });
  if (res.body.kind !== 'single') throw new Error('unexpected incremental result');
  const { data, errors } = res.body.singleResult;
  if (errors?.length) throw new GraphQLError(errors[0].message, { extensions: errors[0].extensions });
  return (data as { result: unknown } | null)?.result ?? null;
}

type Hydrated = { value: unknown } | { error: unknown };

/**
 * The subscriber's events, hydrated: an event whose query answers null is one the subscriber may not see
 * (another vendor's stock level, decision 0026) or one that is gone, and is skipped without a word, so
 * the feed tells a subscriber nothing the query would not. A hydration error is passed on as that
 * event's error (e.g. TOKEN_EXPIRED), as before.
 */
function visibleEvents(events: AsyncIterableIterator<{ id: string }>, load: (event: { id: string }) => Promise<unknown>): AsyncIterableIterator<Hydrated> {
  return {
    async next(): Promise<IteratorResult<Hydrated>> {
      for (;;) {
        const r = await events.next();
        if (r.done) return { value: undefined, done: true };
        try {
          const value = await load(r.value);
          if (value !== null && value !== undefined) return { value: { value }, done: false };
        } catch (error) {
          return { value: { error }, done: false };
        }
      }
    },
    return: async () => {
      await events.return?.();
      return { value: undefined, done: true };
    },
    throw: async (e) => {
      await events.return?.();
      throw e;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/**
 * graphql-ws's `subscribe`: graphql-js's, except that subscribers whose events share one hydrated answer
 * (anonymous viewers of one trip in one tenant, see `hydrate`) and who sent the same document and variables
 * also share its execution. graphql-js would complete the same seat map once per subscriber: with 1,000
 * viewers that was the tail of an event's delivery. The subscription schema's fields below the root only
 * read properties, so the result depends on nothing but the answer, the document and the variables.
 * Everything else (a signed-in subscriber's own answer, errors) runs per subscriber as before.
 */
const sharedExecutions = new WeakMap<object, Map<string, ExecutionResult | Promise<ExecutionResult>>>();

async function subscribeSharingAnswers(args: ExecutionArgs) {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in source)) return source;
  const key = `${args.operationName ?? ''}\n${JSON.stringify(args.variableValues ?? {})}\n${print(args.document)}`;
  const run = (payload: Hydrated) => {
    const answer = 'value' in payload ? payload.value : null;
    if (!answer || typeof answer !== 'object') return execute({ ...args, rootValue: payload });
    let byDocument = sharedExecutions.get(answer);
    if (!byDocument) sharedExecutions.set(answer, (byDocument = new Map()));
    let result = byDocument.get(key);
    if (!result) byDocument.set(key, (result = execute({ ...args, rootValue: payload })));
    return result;
  };
  const events = source as AsyncIterableIterator<Hydrated>;
  const results: AsyncIterableIterator<ExecutionResult> = {
    async next() {
      const r = await events.next();
      return r.done ? { value: undefined, done: true } : { value: await run(r.value), done: false };
    },
    return: async () => {
      await events.return?.();
      return { value: undefined, done: true };
    },
    throw: async (e) => {
      await events.return?.();
      throw e;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return results;
}

/** graphql-ws gets a schema copy of its own (DESIGN.md), built from the API schema file, which scripts/compose.ts
 * writes with SUBSCRIPTION_SDL appended; query and mutation types are there for validation only. */
export function buildSubscriptionSchema(apiSchemaSdl: string): GraphQLSchema {
  return buildSchema(apiSchemaSdl);
}

/** The graphql-ws context of one socket; `ctx` is set once the connection is accepted. */
type Socket = SocketContext<Record<string, unknown>, { socket: WebSocket; request: IncomingMessage; ctx?: WsContext; caller?: string }>;

export function attachSubscriptions(opts: {
  httpServer: HttpServer;
  apollo: ApolloServer<GatewayContext>;
  apiSchemaSdl: string;
  pubsub: PubSub;
  authenticate: Authenticate;
  charges: RequestCharges;
  /** The client address of an upgrade request: the gateway's own derivation (client-ip.ts), as for HTTP. */
  clientIp?: (request: IncomingMessage) => string | null;
  limits?: SocketLimits;
}) {
  const limits = opts.limits ?? socketLimits();
  const socketIp = (request: IncomingMessage) => opts.clientIp?.(request) ?? request.socket.remoteAddress ?? 'unknown';
  const schema = buildSubscriptionSchema(opts.apiSchemaSdl);
  const subscriptionType = schema.getSubscriptionType()!;
  const shared: SharedHydrations = new WeakMap();
  for (const [name, field] of Object.entries(FIELDS)) {
    const f = subscriptionType.getFields()[name];
    f.subscribe = async (_root, args: Record<string, string>, ctx: WsContext, info) => {
      await authorize(opts.apollo, field, args, ctx);
      const query = hydrationQuery(info, field);
      const events = topicIterator<{ id: string }>(opts.pubsub, field.channel(ctx.actor.tenantId!, args));
      const passed = passedArgs(field, args);
      return visibleEvents(events, (event) => hydrate(opts.apollo, query, event, ctx, shared, passed));
    };
    f.resolve = (hydrated: Hydrated) => {
      if ('error' in hydrated) throw hydrated.error;
      return hydrated.value;
    };
  }
  // ws refuses a larger message itself: it closes the socket with 1009 before parsing anything.
  const wss = new WebSocketServer({ server: opts.httpServer, path: '/graphql', maxPayload: limits.maxPayloadBytes });

  // Sockets per client address, counted from the upgrade (before any message), so idle sockets count too.
  // Registered before graphql-ws's own listener, so an extra socket is closed before it is served.
  const socketsByIp = new Map<string, number>();
  wss.on('connection', (socket, request) => {
    const ip = socketIp(request);
    const n = (socketsByIp.get(ip) ?? 0) + 1;
    socketsByIp.set(ip, n);
    socket.once('close', () => {
      const left = (socketsByIp.get(ip) ?? 1) - 1;
      if (left > 0) socketsByIp.set(ip, left);
      else socketsByIp.delete(ip);
    });
    if (n > limits.maxSocketsPerIp) socket.close(TOO_MANY_SOCKETS, 'Too many sockets from this address');
  });

  // Accepted sockets by caller, to count a caller's subscriptions across its sockets and to find the
  // sockets of a revoked key or an ended session.
  const byCaller = new Map<string, Set<Socket>>();
  const forget = (c: Socket) => {
    const set = byCaller.get(c.extra.caller!);
    set?.delete(c);
    if (set?.size === 0) byCaller.delete(c.extra.caller!);
  };
  const forbid = (c: Socket, reason: string) => {
    if (c.extra.socket.readyState <= c.extra.socket.OPEN) c.extra.socket.close(CloseCode.Forbidden, reason);
  };
  const closeWhere = (pred: (a: Actor) => boolean, reason: string) => {
    for (const set of byCaller.values()) for (const c of set) if (pred(c.extra.ctx!.actor)) forbid(c, reason);
  };
  // The same announcements that make the authenticator forget a key or refuse a session's tokens (every
  // replica receives them through the pubsub) close the sockets opened with them.
  const unsubscribes = [
    opts.pubsub.subscribe(CHANNELS.apiKeyRevoked, ({ apiKeyId }: { apiKeyId: string }) => closeWhere((a) => a.apiKeyId === apiKeyId, 'API key revoked')),
    opts.pubsub.subscribe(CHANNELS.sessionsEnded, ({ sessionIds }: { sessionIds: string[] }) => {
      const ended = new Set(sessionIds);
      closeWhere((a) => !!a.sessionId && ended.has(a.sessionId), 'Session ended; sign in again');
    }),
  ];

  const cleanup = useServer<Record<string, unknown>, { socket: WebSocket; request: IncomingMessage; ctx?: WsContext; caller?: string }>(
    {
      schema,
      subscribe: subscribeSharingAnswers,
      onConnect: async (c) => {
        // The connection_init payload carries the credentials a query would send as headers.
        const headers = credentials(c.connectionParams);
        const requestId = newRequestId();
        try {
          const auth = await opts.authenticate(headers, requestId);
          const ip = socketIp(c.extra.request);
          c.extra.ctx = {
            actor: auth.actor,
            requestId,
            ip,
            expiresAt: auth.expiresAt,
            recheck: async () => {
              if (auth.actor.kind === 'anonymous') return; // nothing to revoke
              try {
                await opts.authenticate(headers, newRequestId());
              } catch (e) {
                const code = e instanceof GraphQLError ? String(e.extensions.code) : '';
                if (REVOKED_CODES.has(code)) forbid(c, code);
                throw e;
              }
            },
          };
          c.extra.caller = callerKey(auth.actor, ip);
          let set = byCaller.get(c.extra.caller);
          if (!set) byCaller.set(c.extra.caller, (set = new Set()));
          set.add(c);
          c.extra.socket.once('close', () => forget(c));
          return true;
        } catch (e) {
          logger.info('subscription connection refused', { requestId, error: String(e) });
          return false;
        }
      },
      context: (c) => c.extra.ctx!,
      onSubscribe: async (c, _id, payload) => {
        // The caps are counted before anything is awaited: graphql-ws has already entered this subscription
        // (and any sent just before it) in c.subscriptions, so a burst of subscribe messages cannot slip
        // past them while earlier ones are still being checked.
        let callerTotal = 0;
        for (const other of byCaller.get(c.extra.caller!) ?? []) callerTotal += Object.keys(other.subscriptions).length;
        const overCap =
          Object.keys(c.subscriptions).length > limits.maxSubscriptionsPerSocket
            ? `At most ${limits.maxSubscriptionsPerSocket} subscriptions per socket`
            : callerTotal > limits.maxSubscriptionsPerCaller
              ? `At most ${limits.maxSubscriptionsPerCaller} subscriptions at once per caller`
              : null;
        try {
          // Every subscribe pays the door's charge from the caller's bucket, refused ones included; one
          // that passes the caps and limits pays the rest of its document's price, as a query would.
          const bucket = opts.charges.bucketOf(c.extra.ctx!.actor, c.extra.ctx!.ip);
          const wait = await opts.charges.admit(bucket);
          if (wait > 0) throw new AppError(ErrorCode.RATE_LIMITED, RATE_LIMITED_MESSAGE, { retryAfter: wait });
          if (overCap) throw new AppError(ErrorCode.TOO_MANY_SUBSCRIPTIONS, overCap);
          // Same limits as HTTP queries.
          const cost = enforceLimits(schema, parse(payload.query), payload.variables ?? {});
          const rest = await opts.charges.chargeRest(bucket, 'subscription', cost);
          if (rest > 0) throw new AppError(ErrorCode.RATE_LIMITED, RATE_LIMITED_MESSAGE, { retryAfter: rest });
        } catch (e) {
          return [e instanceof GraphQLError ? e : new GraphQLError(String(e))];
        }
        return undefined;
      },
    },
    wss,
  );
  return {
    wss,
    /**
     * Tells every client to reconnect (1012 Service Restart: graphql-ws's client and the storefront's seat
     * map retry on it, landing on another replica; decision 0073), waits briefly for them to go, then stops.
     */
    close: async () => {
      for (const off of unsubscribes) (await off)();
      const sockets = [...wss.clients];
      const gone = Promise.all(sockets.map((socket) => (socket.readyState === socket.CLOSED ? null : new Promise((r) => socket.once('close', r)))));
      for (const socket of sockets) if (socket.readyState <= socket.OPEN) socket.close(SERVICE_RESTART, 'Server restarting; reconnect');
      await Promise.race([gone, new Promise((r) => setTimeout(r, CLOSE_WAIT_MS).unref())]);
      await cleanup.dispose();
      await new Promise<void>((r) => wss.close(() => r()));
    },
  };
}

