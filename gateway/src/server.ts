import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import { GraphQLError } from 'graphql';
import Redis from 'ioredis';
import {
  ErrorCode,
  HttpDrain,
  REQUEST_ID_HEADER,
  annotateRequest,
  config,
  createLogger,
  traceHttpRequest,
  watchRedis,
  type PubSub,
} from '@webwaka/protocol';
import { createAuthenticator, newRequestId } from './auth';
import { clientIpOf, dropUntrustedForwarding, trustProxySetting } from './client-ip';
import { API_SCHEMA_FILE, SUPERGRAPH_FILE } from './supergraph';
import type { GatewayContext } from './context';
import { enforceLimits } from './limits';
import { MemoryRateLimiter, rateLimitConfig, type RateLimitConfig, type RateLimiter } from './rate-limit';
import { RATE_LIMITED_MESSAGE, RequestCharges } from './request-charges';
import { PersistedOperations } from './persisted-operations';
import { ResponseCache, responseCacheOptions, type ResponseCacheOptions } from './response-cache';
import { attachSubscriptions } from './subscriptions';
import { SubgraphDataSource, subgraphTimeoutMs } from './subgraph-data-source';
import { errorLogPlugin, formatClientError } from './client-errors';
import { FallbackRateLimiter } from './redis-fallback';
import { SUBGRAPHS, subgraphUrl } from './subgraphs';
import { mountMedia } from './media';
import { mountDeliveryReports } from './delivery-reports';
import { mountWhatsappWebhook } from './whatsapp-webhook';
import { mountWebhooks } from './webhooks';
import { countRequest, metricsPlugin } from './metrics';

const log = createLogger({ service: 'gateway' });
const MAX_BODY = process.env.GRAPHQL_MAX_BODY ?? '100kb';
/** How long a request waits for a rate-limit command before its bucket is this replica's own (decision 0068). */
const REDIS_COMMAND_TIMEOUT_MS = 1_000;

export interface GatewayOptions {
  port?: number;
  host?: string;
  pubsub: PubSub;
  /** Subgraph URLs by name (otherwise <NAME>_URL or the default port). */
  subgraphUrls?: Record<string, string>;
  redisUrl?: string;
  /** Allowances and charges; defaults from the RATE_LIMIT_* variables (rate-limit.ts, decision 0039). */
  rateLimit?: RateLimitConfig;
  /** Where the buckets are kept: defaults to Redis with redisUrl, else memory. Tests pass one with their own clock. */
  rateLimiter?: RateLimiter;
  /** Defaults to on, except when NODE_ENV=production. */
  introspection?: boolean;
  /** Defaults from RESPONSE_CACHE_TTL_MS (10 s; 0 turns the cache off). */
  responseCache?: ResponseCacheOptions;
  /** How long one subgraph call may take; defaults from SUBGRAPH_TIMEOUT_MS (subgraph-data-source.ts). */
  subgraphTimeoutMs?: number;
}

export interface RunningGateway {
  url: string;
  wsUrl: string;
  port: number;
  close(): Promise<void>;
}

const errorResponse = (res: Response, status: number, code: string, message: string, headers: Record<string, string> = {}) => {
  res.status(status).set(headers).json({ errors: [{ message, extensions: { code } }] });
};

/** Query limits before planning: nothing deeper, costlier or wider than allowed reaches a subgraph. */
const limitsPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request, contextValue }) {
        // Kept for the rate limit, which charges by it (request-charges.ts).
        contextValue.queryCost = enforceLimits(schema, document, request.variables ?? {});
      },
    };
  },
};

export async function startGateway(opts: GatewayOptions): Promise<RunningGateway> {
  const supergraphSdl = fs.readFileSync(SUPERGRAPH_FILE, 'utf8');
  const apiSchemaSdl = fs.readFileSync(API_SCHEMA_FILE, 'utf8');
  const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s.name, subgraphUrl(s.name, opts.subgraphUrls)]));
  const authenticate = createAuthenticator(urls.identity, opts.pubsub);
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => new SubgraphDataSource(name, urls[name], opts.subgraphTimeoutMs ?? subgraphTimeoutMs()),
  });

  const app = express();
  app.disable('x-powered-by');
  // X-Forwarded-* only from TRUSTED_PROXIES (default nobody); the storefront proves its shoppers'
  // addresses instead (client-ip.ts, decision 0021).
  app.set('trust proxy', trustProxySetting());
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  // Shutdown lets requests in flight finish (decision 0073); Apollo's own drain plugin is not used, as it
  // would drain only once the subscriptions, caches and authentication had already been closed under them.
  const drain = new HttpDrain(httpServer);

  const responseCache = new ResponseCache(opts.pubsub, opts.responseCache ?? responseCacheOptions());
  const persisted = new PersistedOperations();
  // Without Redis the buckets are this replica's own until it returns (redis-fallback.ts, decision 0068):
  // no offline queue and a command timeout (a Redis that stops answering without closing), so nothing waits for it.
  const redis = opts.redisUrl ? new Redis(opts.redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: false, commandTimeout: REDIS_COMMAND_TIMEOUT_MS }) : null;
  const redisHealth = redis ? watchRedis(redis, 'rate limits', log) : null;
  const charges = new RequestCharges(opts.rateLimiter ?? (redis && redisHealth ? new FallbackRateLimiter(redis, redisHealth) : new MemoryRateLimiter()), opts.rateLimit ?? rateLimitConfig());
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: opts.introspection ?? !config.isProduction,
    // The gateway authenticates with bearer tokens and API keys, never cookies, so cross-site requests
    // carry no ambient credentials; CSRF prevention would only block spec-compliant GET queries.
    csrfPrevention: false,
    includeStacktraceInErrorResponses: false,
    // The process's owner stops it (stopOnSignals → close()). Apollo's own SIGTERM/SIGINT handler (on outside
    // tests) stopped it first, so close() then failed on the closed websocket server and Ctrl+C on `npm start`
    // hung, never releasing the data folder's lock (decision 0020).
    stopOnTerminationSignals: false,
    // The storefront's trusted documents by hash, parsed and validated once at startup; no client registers
    // a hash (Apollo's automatic persisted queries off). persisted-operations.ts, decision 0038.
    persistedQueries: false,
    documentStore: persisted.documentStore,
    plugins: [persisted.plugin, limitsPlugin, responseCache.plugin(), charges.plugin(), errorLogPlugin, metricsPlugin],
    // A stable code and nothing of the inside (client-errors.ts, decision 0068).
    formatError: formatClientError,
  });
  await apollo.start();

  app.use((req: Request, res: Response, next: NextFunction) => {
    const requestId = newRequestId(req.headers[REQUEST_ID_HEADER]);
    res.locals.requestId = requestId;
    dropUntrustedForwarding(req);
    res.locals.clientIp = clientIpOf(req);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    const started = performance.now();
    res.on('finish', () => {
      countRequest(req.originalUrl.split('?')[0], res.statusCode, started);
      log.info('request', { requestId, method: req.method, path: req.originalUrl.split('?')[0], status: res.statusCode, ms: Math.round(performance.now() - started) });
    });
    // The rest of the request in a server span, a client's traceparent only linked (decision 0072); with tracing off, just next().
    traceHttpRequest('gateway', req, res, { requestId, edge: true }, next);
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  // Ready while it can serve something (decision 0073): some subgraphs or Redis away is `degraded` with HTTP
  // 200, so a dead subgraph does not take every replica out of the balancer; 503 only when none answers
  // (nor the database behind them), or when this replica is stopping.
  app.get('/readyz', async (_req, res) => {
    if (drain.draining) return res.status(503).json({ status: 'shutting_down' });
    const checks = await Promise.all(
      Object.entries(urls).map(async ([name, url]) => {
        try {
          const r = await fetch(url.replace(/\/graphql$/, '/readyz'), { signal: AbortSignal.timeout(2000) });
          if (r.ok) return [name, 'ready'] as const;
          // A subgraph says when it is its database that does not answer (kit's /readyz): the one fault that takes them all down.
          const body = (await r.json().catch(() => null)) as { database?: unknown } | null;
          return [name, typeof body?.database === 'string' ? `database ${body.database}` : `status ${r.status}`] as const;
        } catch (e) {
          // The cause's code, not its message: that names the address (decision 0068).
          const err = e as Error & { cause?: { code?: string } };
          return [name, `unreachable (${err.cause?.code ?? err.name})`] as const;
        }
      }),
    );
    const unready = checks.filter(([, s]) => s !== 'ready').map(([name]) => name);
    const subgraphs = Object.fromEntries(checks);
    // Without Redis the gateway serves on (decision 0068).
    const redisStates = [opts.pubsub.redis, redisHealth].filter((h) => !!h);
    const redis = redisStates.length ? (redisStates.find((h) => !h.up)?.describe() ?? 'ready') : undefined;
    const detail = { subgraphs, ...(unready.length ? { unready } : {}), ...(redis ? { redis } : {}) };
    if (unready.length === checks.length) return res.status(503).json({ status: 'unavailable', ...detail });
    res.status(200).json({ status: unready.length || (redis && redis !== 'ready') ? 'degraded' : 'ready', ...detail });
  });

  // Payment providers' webhooks and the sandbox payment page (not GraphQL; see webhooks.ts).
  const ownUrl = () => {
    const { port } = httpServer.address() as AddressInfo;
    const host = !opts.host || opts.host === '0.0.0.0' || opts.host === '::' ? '127.0.0.1' : opts.host;
    return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  };
  if (urls.commerce) mountWebhooks(app, { commerceUrl: urls.commerce, authenticate, ownUrl });
  // Messaging providers' delivery reports (to notifications; see delivery-reports.ts).
  if (urls.notifications) mountDeliveryReports(app, { notificationsUrl: urls.notifications });
  // WhatsApp customers' messages (to commerce's conversations; see whatsapp-webhook.ts).
  if (urls.commerce) mountWhatsappWebhook(app, { commerceUrl: urls.commerce, notificationsUrl: urls.notifications });
  // Product photos: uploads (to catalog) and their variants (from the media store); return photos (commerce's, private); see media.ts.
  if (urls.catalog) mountMedia(app, { catalogUrl: urls.catalog, commerceUrl: urls.commerce, ledgerUrl: urls.ledger, authenticate, charges });

  app.use('/graphql', async (req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'OPTIONS') return next();
    const requestId = res.locals.requestId as string;
    try {
      const auth = await authenticate(req.headers, requestId);
      annotateRequest({ tenant: auth.actor.tenantId });
      const ip = res.locals.clientIp as string | null;
      // The door's charge (request-charges.ts); the rest once the operation's cost is known. Signed-in
      // callers and keys have buckets of their own: the address's is for signed-out callers only.
      const rateLimitBucket = charges.bucketOf(auth.actor, ip);
      const wait = await charges.admit(rateLimitBucket);
      if (wait > 0) return errorResponse(res, 429, ErrorCode.RATE_LIMITED, RATE_LIMITED_MESSAGE, { 'retry-after': String(wait) });
      res.locals.ctx = { actor: auth.actor, requestId, ip, rateLimitBucket } satisfies GatewayContext;
      next();
    } catch (e) {
      if (e instanceof GraphQLError) {
        const code = String(e.extensions.code ?? ErrorCode.UNAUTHENTICATED);
        return errorResponse(res, code === ErrorCode.TENANT_NOT_FOUND ? 404 : 401, code, e.message);
      }
      log.error('authentication failed', { requestId, error: String(e) });
      return errorResponse(res, 503, ErrorCode.SERVICE_UNAVAILABLE, 'Authentication is unavailable; try again');
    }
  });

  app.use(
    '/graphql',
    express.json({ limit: MAX_BODY }),
    (err: { type?: string } | undefined, _req: Request, res: Response, next: NextFunction) => {
      if (err?.type === 'entity.too.large') return errorResponse(res, 413, ErrorCode.PAYLOAD_TOO_LARGE, `Request body exceeds ${MAX_BODY}`);
      if (err) return errorResponse(res, 400, ErrorCode.BAD_USER_INPUT, 'Request body is not valid JSON');
      next();
    },
    persisted.middleware(),
    expressMiddleware(apollo, { context: async ({ res }) => res.locals.ctx as GatewayContext }),
  );

  // An upgrade request never passes through Express, so it is given Express's request prototype (as
  // Express does to every request) for clientIpOf to read `req.ip` under the same `trust proxy` setting.
  const wsClientIp = (request: http.IncomingMessage) => clientIpOf(Object.setPrototypeOf(request, app.request) as Request);
  const subscriptions = attachSubscriptions({ httpServer, apollo, apiSchemaSdl, pubsub: opts.pubsub, authenticate, charges, clientIp: wsClientIp });

  await new Promise<void>((resolve) => httpServer.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  return {
    port,
    url: `http://localhost:${port}/graphql`,
    wsUrl: `ws://localhost:${port}/graphql`,
    // Not ready at once; requests in flight finish (SHUTDOWN_GRACE_MS); websockets are told to reconnect
    // (1012) once the listener is closed, so they reconnect to another replica; then what requests use.
    async close() {
      const { graceful, cut } = await drain.drain({ listenerClosed: () => subscriptions.close() });
      if (!graceful) log.warn('requests still in flight at the end of the shutdown grace period were cut', { cut });
      await authenticate.close();
      await responseCache.close();
      await apollo.stop();
      await redis?.quit().catch(() => {});
    },
  };
}

