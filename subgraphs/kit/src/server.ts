import cluster from 'node:cluster';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GraphQLSchema } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import {
  ACTOR_HEADER,
  annotateOperation,
  annotateRequest,
  config,
  createLogger,
  ErrorCode,
  logger as defaultLogger,
  graphqlDuration,
  graphqlOperations,
  HttpDrain,
  httpDuration,
  httpRequests,
  metrics,
  routeKind,
  serveProcessMetrics,
  statusClass,
  stopOnSignals,
  traceHttpRequest,
  verifyActorHeader,
  type Logger,
  type PubSub,
  type VerifiedCall,
} from '@webwaka/protocol';
import { getOperationAST } from 'graphql';
import type { RequestContext } from './context';
import type { PrismaClient } from './db';
import { isDatabaseUnavailable } from './db-errors';
import type { OutboxDispatcher } from './outbox';
import { Peers } from './peers';

/** A JSON endpoint beside /graphql, for gateway-to-subgraph calls (same signed-header rule). */
export type InternalRoute = (body: any, call: VerifiedCall) => Promise<unknown>;

export interface SubgraphOptions {
  name: string;
  schema: GraphQLSchema;
  prisma: PrismaClient;
  pubsub: PubSub;
  dispatcher?: OutboxDispatcher;
  internalRoutes?: Record<string, InternalRoute>;
  /** Body limits of internal routes that take more than 1 MB (catalog's media uploads), by route name. */
  internalBodyLimits?: Record<string, number>;
  /** Where the other subgraphs are; by default `<NAME>_URL` or their default ports. */
  peers?: Peers;
}

/** What every subgraph package exports as `start`: the embedded and distributed topologies call it alike. */
export interface StartSubgraphOptions {
  prisma: PrismaClient;
  pubsub: PubSub;
  port?: number;
  host?: string;
  /** Background jobs (purges, sweepers); on by default. */
  jobs?: boolean;
  /** Where the other subgraphs are (embedded stacks fill it as they start them). */
  peers?: Peers;
}
export type StartSubgraph = (opts: StartSubgraphOptions) => Promise<RunningSubgraph>;

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  server: http.Server;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 1024 * 1024;
/** GraphQL calls come from the gateway (client bodies are capped there) or peers; entity batches can be large. */
const MAX_GRAPHQL_BODY_BYTES = 16 * 1024 * 1024;

/**
 * Serves one subgraph over HTTP: /graphql (graphql-yoga), /healthz, /readyz and /internal/* routes.
 * Every GraphQL and internal call must carry the gateway's signed actor header, or it gets 401: the
 * gateway is the only way in.
 */
export function createSubgraphHandler(opts: SubgraphOptions, draining: () => boolean = () => false) {
  const log = createLogger({ service: opts.name });
  const peers = opts.peers ?? new Peers();
  const yoga = createYoga<{ call: VerifiedCall }>({
    schema: opts.schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: false,
    maskedErrors: { maskError: maskUnexpected(log, opts.name) },
    plugins: [requestLogPlugin(log, opts.name)],
    context: ({ call }): RequestContext => ({
      actor: call.actor,
      tenantId: call.actor.tenantId,
      requestId: call.requestId,
      ip: call.ip,
      log: log.child({ requestId: call.requestId }),
      prisma: opts.prisma,
      pubsub: opts.pubsub,
      peers,
      eventsRecorded: () => opts.dispatcher?.nudge(),
    }),
  });

  if (opts.dispatcher) {
    collectOutboxMetrics(opts.name, opts.dispatcher);
    opts.dispatcher.service ??= opts.name;
  }

  // Each request in a server span continuing the caller's trace (decision 0072); with tracing off, just handled.
  return (req: http.IncomingMessage, res: http.ServerResponse) => traceHttpRequest(opts.name, req, res, { requestId: null, edge: false }, () => handle(req, res));

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const path = (req.url ?? '/').split('?')[0];
    countRequest(opts.name, path, res);
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok', service: opts.name });
    if (path === '/readyz') {
      // Stopping: balancers must stop sending here even though requests in flight still finish (decision 0073).
      if (draining()) return sendJson(res, 503, { status: 'shutting_down', service: opts.name });
      try {
        await opts.prisma.$queryRaw`SELECT 1`;
        return sendJson(res, 200, { status: 'ready', service: opts.name });
      } catch (e) {
        // What is wrong, not the error's text (it names the database's address).
        log.warn('not ready: the database did not answer', { error: String(e) });
        return sendJson(res, 503, { status: 'unavailable', service: opts.name, database: isDatabaseUnavailable(e) ? 'unavailable' : 'failing' });
      }
    }
    // The signature covers this subgraph's name and the exact body bytes (decision 0023), so the body is
    // read before anything else and handed to yoga as read.
    const internal = path.startsWith('/internal/');
    // Nothing else is served here (metrics are on their own internal listener, decision 0070).
    if (!internal && path !== '/graphql') return sendJson(res, 404, { error: 'not found' });
    let raw: Buffer;
    try {
      raw = await readBody(req, internal ? (opts.internalBodyLimits?.[path.slice('/internal/'.length)] ?? MAX_BODY_BYTES) : MAX_GRAPHQL_BODY_BYTES);
    } catch {
      return sendJson(res, 413, { errors: [{ message: 'Request body too large', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    }
    const call = verifyActorHeader(req.headers[ACTOR_HEADER] as string | undefined, config.gatewaySecret, { audience: opts.name, body: raw });
    if (!call) {
      log.warn('refused call without a valid gateway signature', { path, ip: req.socket.remoteAddress });
      return sendJson(res, 401, { errors: [{ message: 'Calls must come through the gateway', extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    annotateRequest({ requestId: call.requestId, tenant: call.actor.tenantId });
    if (internal) {
      const route = opts.internalRoutes?.[path.slice('/internal/'.length)];
      if (!route || req.method !== 'POST') return sendJson(res, 404, { error: 'not found' });
      try {
        return sendJson(res, 200, await route(raw.length ? JSON.parse(raw.toString('utf8')) : {}, call));
      } catch (e) {
        log.error('internal route failed', { path, requestId: call.requestId, error: String(e) });
        return sendJson(res, 500, { error: 'internal error' });
      }
    }
    // whatwg-node takes a Uint8Array `body` on the request as the body (the stream is already consumed).
    if (raw.length) (req as http.IncomingMessage & { body?: Uint8Array }).body = raw;
    return yoga.handle(req, res, { call });
  }
}

export async function startSubgraph(opts: SubgraphOptions & { port?: number; host?: string }): Promise<RunningSubgraph> {
  const server = http.createServer();
  const drain = new HttpDrain(server);
  server.on('request', createSubgraphHandler(opts, () => drain.draining));
  // Keep connections from the gateway open longer than its agent's idle timeout, so reuse never races a close.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    name: opts.name,
    port,
    url: `http://127.0.0.1:${port}/graphql`,
    server,
    // Requests in flight finish (up to SHUTDOWN_GRACE_MS), then the dispatcher stops after its current event
    // and hands back the leases of the rest, so another replica delivers them at once (decision 0073).
    close: async () => {
      const { graceful, cut } = await drain.drain();
      if (!graceful) defaultLogger.warn(`${opts.name}: requests still in flight at the end of the shutdown grace period were cut`, { cut });
      await opts.dispatcher?.stop();
    },
  };
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: http.IncomingMessage, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of req) {
    size += (c as Buffer).length;
    if (size > max) throw new Error('body too large');
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Errors with a code are part of the contract and pass through; a database that cannot be reached is
 * SERVICE_UNAVAILABLE (retry shortly, issue 18); anything else is logged and masked.
 */
function maskUnexpected(log: Logger, service: string) {
  return (error: unknown, message: string) => {
    const original = (error as { originalError?: unknown }).originalError ?? error;
    const code = (original as { extensions?: { code?: string } }).extensions?.code ?? (error as { extensions?: { code?: string } }).extensions?.code;
    if (code) return error as Error;
    const { GraphQLError } = require('graphql') as typeof import('graphql');
    if (isDatabaseUnavailable(original)) {
      log.error('database unavailable', { error: String(original) });
      return new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, { extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, service } });
    }
    log.error('unexpected resolver error', { error: String(original), stack: (original as Error)?.stack });
    return new GraphQLError(message, { extensions: { code: 'INTERNAL' } });
  };
}
const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable; try again shortly';

function requestLogPlugin(log: Logger, service: string): Plugin<{ call: VerifiedCall }> {
  return {
    onExecute({ args }) {
      const started = performance.now();
      const ctx = args.contextValue as unknown as RequestContext;
      // The gateway's query plans name these operations after the client's: not a label (decision 0070), nor a span name (0072).
      const type = getOperationAST(args.document, args.operationName)?.operation ?? 'unknown';
      annotateOperation(type, null);
      return {
        onExecuteDone({ result }) {
          log.debug('graphql', { requestId: ctx.requestId, operation: args.operationName ?? null, ms: Math.round(performance.now() - started) });
          const outcome = 'errors' in result && result.errors?.length ? 'error' : 'ok';
          graphqlOperations.inc({ service, type, outcome, operation: 'other' });
          graphqlDuration.observeSince({ service, type }, started);
        },
      };
    },
  };
}

/** Counts the request and its time when answered (metrics, decision 0070). */
function countRequest(service: string, path: string, res: http.ServerResponse) {
  const started = performance.now();
  const route = routeKind(path);
  res.once('finish', () => {
    httpRequests.inc({ service, route, status: statusClass(res.statusCode) });
    httpDuration.observeSince({ service, route }, started);
  });
}

const outboxPending = metrics.gauge('webwaka_outbox_pending_events', 'Outbox events not yet delivered, by the service whose dispatcher delivers them.');
const outboxLag = metrics.gauge('webwaka_outbox_lag_seconds', 'Age of the oldest outbox event not yet delivered (0 when none), by service.');
const outboxFailed = metrics.gauge('webwaka_outbox_failed_events', 'Outbox events given up on after their last attempt, by service.');

/** The outbox backlog of this subgraph's dispatcher, read when scraped: one query shared by the three gauges. */
function collectOutboxMetrics(service: string, dispatcher: OutboxDispatcher) {
  let reading: { at: number; backlog: ReturnType<OutboxDispatcher['backlog']> } | null = null;
  const backlog = () => {
    if (!reading || performance.now() - reading.at > 1000) reading = { at: performance.now(), backlog: dispatcher.backlog() };
    return reading.backlog;
  };
  outboxPending.collect(service, async () => [{ labels: { service }, value: (await backlog()).pending }]);
  outboxLag.collect(service, async () => [{ labels: { service }, value: (await backlog()).oldestAgeSeconds }]);
  outboxFailed.collect(service, async () => [{ labels: { service }, value: (await backlog()).failed }]);
}

/**
 * Runs one subgraph as its own process (distributed topology): PORT, HOST, DATABASE_URL, REDIS_URL.
 * Each subgraph's `src/main.ts` is one call to this. `<NAME>_REPLICAS=N` (e.g. CATALOG_REPLICAS=4) runs N
 * replicas that share PORT through Node's cluster module (the OS spreads connections over them, so the
 * gateway needs no balancer); a replica that dies is restarted. Replicas are safe to run side by side:
 * outbox batches are leased and periodic sweeps are single idempotent statements.
 */
export function runSubgraphProcess(name: string, start: StartSubgraph, defaultPort: number): void {
  const replicas = Math.max(1, Number(process.env[`${name.toUpperCase()}_REPLICAS`] ?? 1) || 1);
  if (replicas > 1 && cluster.isPrimary) return superviseReplicas(name, replicas);
  (async () => {
    // Refuse before opening anything when a secret is missing or a public default (decision 0020).
    (await import('@webwaka/protocol')).assertSecretsConfigured();
    const { createPrismaClient, openDatabase } = await import('./db');
    const { createPubSub } = await import('@webwaka/protocol');
    const db = await openDatabase();
    const prisma = createPrismaClient(db);
    const pubsub = createPubSub();
    const sub = await start({ prisma, pubsub, port: Number(process.env.PORT ?? defaultPort), host: process.env.HOST ?? '127.0.0.1' });
    defaultLogger.info(`${name} subgraph listening`, { url: sub.url });
    // Prometheus metrics on an internal port (decision 0070); replica N of a replicated subgraph on METRICS_PORT + N.
    const metricsServer = await serveProcessMetrics(process.env, Number(process.env.WEBWAKA_REPLICA_SLOT ?? 0)).catch((e) => {
      defaultLogger.error(`${name}: metrics listener failed; serving without it`, { error: String(e) });
      return null;
    });
    if (metricsServer) defaultLogger.info(`${name} metrics`, { url: metricsServer.url });
    stopOnSignals(async () => {
      await sub.close();
      await metricsServer?.close();
      await pubsub.close();
      await prisma.$disconnect();
      await db.close();
    });
  })().catch((e) => {
    defaultLogger.error(`${name} failed to start`, { error: String(e), stack: e?.stack });
    process.exit(1);
  });
}

/** The primary of a replicated subgraph: forks the replicas, restarts one that dies (with back-off), stops them on a signal. */
function superviseReplicas(name: string, replicas: number) {
  let stopping = false;
  // A replica's slot (0..N-1) stays with its restarts: it places the replica's metrics listener.
  const fork = (restarts: number, slot: number) => {
    const worker = cluster.fork({ WEBWAKA_REPLICA_SLOT: String(slot) });
    const startedAt = Date.now();
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      // Back-off as the embedded cluster's (issue 18): 1 s, doubling to 30 s; one that ran a minute starts the count again.
      const next = Date.now() - startedAt > 60_000 ? 0 : restarts + 1;
      const delayMs = Math.min(30_000, 1000 * 2 ** Math.max(0, next - 1));
      defaultLogger.error(`${name} replica exited; starting another`, { code, signal, delayMs });
      setTimeout(() => !stopping && fork(next, slot), delayMs).unref();
    });
  };
  for (let i = 0; i < replicas; i++) fork(0, i);
  defaultLogger.info(`${name} subgraph: ${replicas} replicas`);
  stopOnSignals(async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead());
    await Promise.all(workers.map((w) => new Promise<void>((resolve) => (w!.once('exit', () => resolve()), w!.process.kill('SIGTERM')))));
  });
}
