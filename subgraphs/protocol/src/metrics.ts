/**
 * Prometheus metrics (issue 18, decision 0070): counters and histograms kept in this process, written in the
 * text exposition format 0.0.4 on an internal listener (`METRICS_PORT`, default 9464, on `METRICS_HOST`,
 * default 127.0.0.1; `METRICS_PORT=0` turns it off), never on a public port.
 *
 * The hot path only increments a counter or observes a histogram (a map lookup and a few additions).
 * Anything that needs a query (outbox lag, queue depths) is a gauge whose collector runs when scraped, with
 * a timeout. Labels must stay few-valued: a service, an operation type, an outcome, a subgraph, a route;
 * never a tenant, a user or a client's operation name.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';

export type Labels = Record<string, string>;

/** Seconds: from 5 ms (a cached read) to 10 s (a slow checkout); the +Inf bucket catches the rest. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** How long one scrape-time collector (a database query) may take before its values are left out. */
const COLLECT_TIMEOUT_MS = 2_000;

const keyOf = (labels: Labels) => JSON.stringify(labels);
const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const escapeHelp = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
const formatLabels = (labels: Labels) => {
  const parts = Object.entries(labels).map(([k, v]) => `${k}="${escapeLabel(v)}"`);
  return parts.length ? `{${parts.join(',')}}` : '';
};
const formatValue = (v: number) => (v === Infinity ? '+Inf' : v === -Infinity ? '-Inf' : Number.isNaN(v) ? 'NaN' : String(v));

interface Family {
  name: string;
  help: string;
  type: 'counter' | 'gauge' | 'histogram';
  lines(): Promise<string[]> | string[];
}

export class Counter {
  private readonly values = new Map<string, { labels: Labels; value: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels: Labels = {}, by = 1): void {
    const key = keyOf(labels);
    const entry = this.values.get(key);
    if (entry) entry.value += by;
    else this.values.set(key, { labels, value: by });
  }
  lines(): string[] {
    return [...this.values.values()].map((e) => `${this.name}${formatLabels(e.labels)} ${formatValue(e.value)}`);
  }
}

export class Histogram {
  private readonly values = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: number[] = LATENCY_BUCKETS,
  ) {}
  observe(labels: Labels, value: number): void {
    const key = keyOf(labels);
    let entry = this.values.get(key);
    if (!entry) this.values.set(key, (entry = { labels, counts: new Array(this.buckets.length).fill(0), sum: 0, count: 0 }));
    // Counted in its own bucket only; the exposition makes them cumulative.
    const i = this.buckets.findIndex((b) => value <= b);
    if (i >= 0) entry.counts[i]++;
    entry.sum += value;
    entry.count++;
  }
  /** Observes the seconds since `startedMs` (a performance.now() reading). */
  observeSince(labels: Labels, startedMs: number): void {
    this.observe(labels, (performance.now() - startedMs) / 1000);
  }
  lines(): string[] {
    const out: string[] = [];
    for (const e of this.values.values()) {
      let cumulative = 0;
      this.buckets.forEach((b, i) => {
        cumulative += e.counts[i];
        out.push(`${this.name}_bucket${formatLabels({ ...e.labels, le: formatValue(b) })} ${cumulative}`);
      });
      out.push(`${this.name}_bucket${formatLabels({ ...e.labels, le: '+Inf' })} ${e.count}`);
      out.push(`${this.name}_sum${formatLabels(e.labels)} ${formatValue(e.sum)}`);
      out.push(`${this.name}_count${formatLabels(e.labels)} ${e.count}`);
    }
    return out;
  }
}

export type GaugeSample = { labels: Labels; value: number };
export type GaugeCollector = () => Promise<GaugeSample[]> | GaugeSample[];

/**
 * A value read when scraped. Several parts of one process may each add a collector under its own key
 * (every subgraph of the embedded process its outbox); adding one under a key already held replaces it.
 */
export class Gauge {
  private readonly collectors = new Map<string, GaugeCollector>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  collect(key: string, collector: GaugeCollector): void {
    this.collectors.set(key, collector);
  }
  remove(key: string): void {
    this.collectors.delete(key);
  }
  async lines(): Promise<string[]> {
    const results = await Promise.all([...this.collectors.values()].map((c) => withTimeout(Promise.resolve().then(c), COLLECT_TIMEOUT_MS).catch(() => null)));
    return results.flatMap((samples) => (samples ?? []).map((s) => `${this.name}${formatLabels(s.labels)} ${formatValue(s.value)}`));
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([p, new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), ms).unref()))]).finally(() => clearTimeout(timer));
}

/** The metrics of one process. Asking twice for a name gives the same metric (every subgraph of the embedded process shares them). */
export class MetricsRegistry {
  private readonly families = new Map<string, Family>();

  counter(name: string, help: string): Counter {
    return this.family(name, 'counter', () => new Counter(name, help));
  }
  histogram(name: string, help: string, buckets?: number[]): Histogram {
    return this.family(name, 'histogram', () => new Histogram(name, help, buckets));
  }
  gauge(name: string, help: string): Gauge {
    return this.family(name, 'gauge', () => new Gauge(name, help));
  }

  private family<T extends Counter | Histogram | Gauge>(name: string, type: Family['type'], make: () => T): T {
    const existing = this.families.get(name);
    if (existing) {
      if (existing.type !== type) throw new Error(`metric ${name} is already a ${existing.type}`);
      return existing as unknown as T;
    }
    const metric = make();
    this.families.set(name, Object.assign(metric, { type }) as unknown as Family);
    return metric;
  }

  /** The exposition text: `# HELP` and `# TYPE` for every family, then its samples. */
  async render(): Promise<string> {
    const out: string[] = [];
    for (const f of this.families.values()) {
      const lines = await f.lines();
      out.push(`# HELP ${f.name} ${escapeHelp(f.help)}`, `# TYPE ${f.name} ${f.type}`, ...lines);
    }
    return out.join('\n') + '\n';
  }
}

export const metrics = new MetricsRegistry();

/** Requests by service, route kind (graphql, health, or one of ROUTE_KINDS, else other) and status class. */
export const httpRequests = metrics.counter('webwaka_http_requests_total', 'HTTP requests answered, by service, route kind and status class.');
export const httpDuration = metrics.histogram('webwaka_http_request_duration_seconds', 'Time to answer an HTTP request, by service and route kind.');
/** GraphQL operations by service, operation type (query, mutation, subscription) and outcome (ok, error). */
export const graphqlOperations = metrics.counter(
  'webwaka_graphql_operations_total',
  'GraphQL operations executed, by service, operation type, outcome (ok, error) and operation (a trusted document\'s name, else "other").',
);
export const graphqlDuration = metrics.histogram('webwaka_graphql_operation_duration_seconds', 'Time to execute a GraphQL operation, by service and operation type.');

/** The first segment of the paths served beside /graphql (gateway: webhooks, sandbox payment page, photos, delivery reports; subgraphs: internal). */
const ROUTE_KINDS = new Set(['internal', 'webhooks', 'pay', 'media', 'returns', 'delivery-reports']);

/** The route kind of a path: a handful of values whatever the client sends. */
export function routeKind(path: string): string {
  if (path === '/graphql') return 'graphql';
  if (path === '/healthz' || path === '/readyz') return 'health';
  const first = path.split('/')[1];
  return ROUTE_KINDS.has(first) ? first : 'other';
}
export const statusClass = (status: number) => `${Math.floor(status / 100)}xx`;

let processMetricsRegistered = false;
/** Resident memory, heap, uptime and event-loop lag of this process. */
function registerProcessMetrics() {
  if (processMetricsRegistered) return;
  processMetricsRegistered = true;
  const loop = monitorEventLoopDelay({ resolution: 20 });
  loop.enable();
  metrics.gauge('process_resident_memory_bytes', 'Resident memory size in bytes.').collect('process', () => [{ labels: {}, value: process.memoryUsage.rss() }]);
  metrics.gauge('nodejs_heap_used_bytes', 'V8 heap in use, in bytes.').collect('process', () => [{ labels: {}, value: process.memoryUsage().heapUsed }]);
  metrics.gauge('process_uptime_seconds', 'Seconds since this process started.').collect('process', () => [{ labels: {}, value: process.uptime() }]);
  metrics.gauge('nodejs_eventloop_lag_seconds', 'Event-loop delay since the previous scrape: mean and 99th percentile.').collect('process', () => {
    const samples = [
      { labels: { quantile: 'mean' }, value: (Number.isNaN(loop.mean) ? 0 : loop.mean) / 1e9 },
      { labels: { quantile: '0.99' }, value: loop.percentile(99) / 1e9 },
    ];
    loop.reset();
    return samples;
  });
}

export interface MetricsServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Where the internal listener goes: METRICS_PORT (default 9464; 0 = none) on METRICS_HOST (default 127.0.0.1). */
export function metricsListenOptions(env: NodeJS.ProcessEnv = process.env): { port: number; host: string } | null {
  const port = Number(env.METRICS_PORT ?? 9464);
  if (!Number.isInteger(port) || port <= 0) return null;
  return { port, host: env.METRICS_HOST || '127.0.0.1' };
}

/** Serves GET /metrics on its own listener (port 0: any free port, for tests). Everything else is 404. */
export async function startMetricsServer(opts: { port: number; host?: string; registry?: MetricsRegistry }): Promise<MetricsServer> {
  registerProcessMetrics();
  const registry = opts.registry ?? metrics;
  const server = http.createServer((req, res) => {
    if ((req.url ?? '/').split('?')[0] !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    registry.render().then(
      (text) => res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' }).end(req.method === 'HEAD' ? undefined : text),
      (e) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`metrics failed: ${String(e)}\n`),
    );
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/metrics`,
    close: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  };
}

/**
 * The process's metrics listener from the environment, started once whatever number of services the
 * process hosts; null when METRICS_PORT=0. A worker of a cluster adds its worker id to the port (each
 * replica is scraped on its own port). A port already taken is logged by the caller, not fatal.
 */
let started: Promise<MetricsServer | null> | null = null;
export function serveProcessMetrics(env: NodeJS.ProcessEnv = process.env, workerId = 0): Promise<MetricsServer | null> {
  const listen = metricsListenOptions(env);
  if (!listen) return Promise.resolve(null);
  return (started ??= startMetricsServer({ port: listen.port + workerId, host: listen.host }));
}
