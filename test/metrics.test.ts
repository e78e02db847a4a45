/**
 * Prometheus metrics (issue 18, decision 0070): the embedded graph (gateway and every subgraph in this process)
 * answers a few requests, then the internal listener is scraped. The text must be valid exposition format
 * 0.0.4 (HELP and TYPE for every family, cumulative histogram buckets ending in +Inf equal to the count), the
 * counters must have moved by what was asked, and the public ports must not serve /metrics.
 */
import { metricsListenOptions, routeKind, startMetricsServer, type MetricsServer } from '@webwaka/protocol';
import { createHash } from 'node:crypto';
import { trustedDocuments } from '../gateway/src/persisted-operations';
import { SubgraphDataSource } from '../gateway/src/subgraph-data-source';
import { startStack, type TestStack } from './support/stack';
import { gql } from './support/graphql';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}
interface Exposition {
  types: Map<string, string>;
  helps: Set<string>;
  samples: Sample[];
}

/** Parses the text format, failing on any line that is not a comment or a well-formed sample. */
function parse(text: string): Exposition {
  const types = new Map<string, string>();
  const helps = new Set<string>();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    let m = /^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) .+$/.exec(line);
    if (m) {
      helps.add(m[1]);
      continue;
    }
    m = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (m) {
      types.set(m[1], m[2]);
      continue;
    }
    m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) throw new Error(`not a sample: ${line}`);
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[k] = v;
    const value = m[3] === '+Inf' ? Infinity : Number(m[3]);
    if (Number.isNaN(value)) throw new Error(`not a number: ${line}`);
    samples.push({ name: m[1], labels, value });
  }
  return { types, helps, samples };
}

const familyOf = (name: string, types: Map<string, string>) =>
  types.has(name) ? name : name.replace(/_(bucket|sum|count)$/, '');

/** The sum of a metric's samples whose labels include these. */
const total = (e: Exposition, name: string, labels: Record<string, string> = {}) =>
  e.samples.filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v)).reduce((a, s) => a + s.value, 0);

let s: TestStack;
let server: MetricsServer;
const scrape = async () => {
  const res = await fetch(server.url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  return parse(await res.text());
};

beforeAll(async () => {
  s = await startStack();
  server = await startMetricsServer({ port: 0 });
});
afterAll(async () => {
  await server?.close();
  await s?.stop();
});

describe('metrics', () => {
  it('counts requests, operations and subgraph calls, and writes valid exposition text', async () => {
    const before = await scrape();
    const products = '{ products(first: 2) { edges { node { id title } } } }';
    for (let i = 0; i < 3; i++) expect((await gql(s.gatewayUrl, products, {}, { 'x-tenant': 'ade-fashion' })).data.products.edges.length).toBeGreaterThan(0);
    expect((await gql(s.gatewayUrl, '{ noSuchField }', {}, { 'x-tenant': 'ade-fashion' })).errors?.length).toBeGreaterThan(0);
    const after = await scrape();

    // Every family has HELP and TYPE; every sample belongs to a declared family.
    for (const sample of after.samples) {
      const family = familyOf(sample.name, after.types);
      expect(after.types.has(family)).toBe(true);
      expect(after.helps.has(family)).toBe(true);
    }
    for (const name of after.types.keys()) expect(after.helps.has(name)).toBe(true);

    // Histograms: cumulative buckets, the last +Inf and equal to _count.
    for (const [family, type] of after.types) {
      if (type !== 'histogram') continue;
      const series = new Map<string, Sample[]>();
      for (const b of after.samples.filter((x) => x.name === `${family}_bucket`)) {
        const { le, ...rest } = b.labels;
        expect(le).toBeDefined();
        const key = JSON.stringify(rest);
        series.set(key, [...(series.get(key) ?? []), b]);
      }
      expect(series.size).toBeGreaterThan(0);
      for (const [key, buckets] of series) {
        const bounds = buckets.map((b) => (b.labels.le === '+Inf' ? Infinity : Number(b.labels.le)));
        expect(bounds[bounds.length - 1]).toBe(Infinity);
        for (let i = 1; i < buckets.length; i++) {
          expect(bounds[i]).toBeGreaterThan(bounds[i - 1]);
          expect(buckets[i].value).toBeGreaterThanOrEqual(buckets[i - 1].value);
        }
        const count = after.samples.find((x) => x.name === `${family}_count` && JSON.stringify(x.labels) === key);
        expect(count?.value).toBe(buckets[buckets.length - 1].value);
        expect(after.samples.some((x) => x.name === `${family}_sum` && JSON.stringify(x.labels) === key)).toBe(true);
      }
    }

    const moved = (name: string, labels: Record<string, string>) => total(after, name, labels) - total(before, name, labels);
    // The gateway: 4 GraphQL requests answered, 3 queries ok and one that did not validate.
    expect(moved('webwaka_http_requests_total', { service: 'gateway', route: 'graphql' })).toBeGreaterThanOrEqual(4);
    expect(moved('webwaka_graphql_operations_total', { service: 'gateway', type: 'query', outcome: 'ok' })).toBeGreaterThanOrEqual(3);
    expect(moved('webwaka_graphql_operations_total', { service: 'gateway', outcome: 'error' })).toBeGreaterThanOrEqual(1);
    expect(moved('webwaka_graphql_operation_duration_seconds_count', { service: 'gateway', type: 'query' })).toBeGreaterThanOrEqual(3);
    // A client's own operation name is never a label: only trusted documents' names are.
    expect(after.samples.filter((x) => x.name === 'webwaka_graphql_operations_total' && x.labels.service === 'gateway').every((x) => x.labels.operation !== undefined)).toBe(true);
    // The gateway called catalog, and catalog counted the operations it executed.
    expect(moved('webwaka_subgraph_fetch_duration_seconds_count', { subgraph: 'catalog' })).toBeGreaterThanOrEqual(3);
    expect(moved('webwaka_graphql_operations_total', { service: 'catalog', type: 'query', outcome: 'ok' })).toBeGreaterThanOrEqual(3);
    expect(moved('webwaka_http_requests_total', { service: 'catalog', route: 'graphql', status: '2xx' })).toBeGreaterThanOrEqual(3);

    // Outbox backlog, read when scraped, for the subgraphs with a dispatcher; process metrics.
    const outboxServices = after.samples.filter((x) => x.name === 'webwaka_outbox_lag_seconds').map((x) => x.labels.service);
    expect(outboxServices.length).toBeGreaterThan(0);
    for (const x of after.samples.filter((y) => y.name === 'webwaka_outbox_lag_seconds' || y.name === 'webwaka_outbox_pending_events')) expect(x.value).toBeGreaterThanOrEqual(0);
    // The notifications queue by status, every status present (0 when empty).
    expect(after.samples.filter((x) => x.name === 'webwaka_notifications_queue_messages').map((x) => x.labels.status).sort()).toEqual(['dead', 'failed', 'queued', 'sending']);
    // This process's database pools (embedded: one connection each), and nothing waiting now.
    expect(total(after, 'webwaka_db_pool_max_connections')).toBeGreaterThan(0);
    expect(total(after, 'webwaka_db_pool_connections')).toBeGreaterThan(0);
    expect(total(after, 'webwaka_db_pool_waiting_requests')).toBeGreaterThanOrEqual(0);
    expect(total(after, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(total(after, 'process_uptime_seconds')).toBeGreaterThan(0);
    expect(after.types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');
    // No tenant or user in any label.
    expect(after.samples.some((x) => Object.values(x.labels).some((v) => v.includes('ade-fashion')))).toBe(false);
  });

  it("names a trusted document's operation, and only that: a client's own name is 'other'", async () => {
    const text = [...trustedDocuments().values()].find((t) => t.startsWith('query TenantBySlug('))!;
    const hash = createHash('sha256').update(text).digest('hex');
    const before = await scrape();
    const res = await fetch(s.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ variables: { slug: 'ade-fashion' }, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    });
    expect(res.status).toBe(200);
    // The same name on a document of the client's own is not trusted.
    expect((await gql(s.gatewayUrl, 'query TenantBySlug { __typename }')).status).toBe(200);
    expect((await gql(s.gatewayUrl, 'query MyVeryOwnName { __typename }')).status).toBe(200);
    const after = await scrape();
    const named = (e: Exposition) => total(e, 'webwaka_graphql_operations_total', { service: 'gateway', operation: 'TenantBySlug' });
    expect(named(after) - named(before)).toBe(1);
    expect(after.samples.some((x) => x.labels.operation === 'MyVeryOwnName')).toBe(false);
  });

  it('counts a subgraph call that fails, by subgraph and reason', async () => {
    const before = await scrape();
    const dead = new SubgraphDataSource('inventory', 'http://127.0.0.1:1/graphql', 2000);
    await expect(dead.process({ request: { query: '{ __typename }' }, kind: 'HEALTH_CHECK' } as never)).rejects.toThrow();
    const after = await scrape();
    expect(total(after, 'webwaka_subgraph_fetch_errors_total', { subgraph: 'inventory', reason: 'unreachable' }) - total(before, 'webwaka_subgraph_fetch_errors_total', { subgraph: 'inventory', reason: 'unreachable' })).toBe(1);
  });

  it('is served on the internal listener only: the public ports do not answer /metrics', async () => {
    const gateway = await fetch(new URL('/metrics', s.gatewayUrl));
    expect(gateway.status).toBe(404);
    expect(await gateway.text()).not.toContain('# TYPE');
    const catalog = await fetch(new URL('/metrics', s.stack.subgraphs.catalog));
    expect(catalog.status).toBe(404);
    // The internal listener answers /metrics and nothing else.
    expect((await fetch(new URL('/graphql', server.url))).status).toBe(404);
  });

  it('listens on 127.0.0.1:9464 by default, elsewhere when told, and not at all with METRICS_PORT=0', () => {
    expect(metricsListenOptions({})).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(metricsListenOptions({ METRICS_PORT: '9100', METRICS_HOST: '0.0.0.0' })).toEqual({ port: 9100, host: '0.0.0.0' });
    expect(metricsListenOptions({ METRICS_PORT: '0' })).toBeNull();
  });

  it('labels a path by its kind, never by the path itself', () => {
    expect(['/graphql', '/readyz', '/webhooks/paystack/ade-fashion', '/pay/sandbox/ref', '/media/t/s/f.webp', '/internal/verify-api-key'].map(routeKind)).toEqual([
      'graphql',
      'health',
      'webhooks',
      'pay',
      'media',
      'internal',
    ]);
    for (const path of ['/', '/metrics', '/wp-admin/x.php', '/graphql/extra', `/${'a'.repeat(50)}`]) expect(routeKind(path)).toBe('other');
  });
});
