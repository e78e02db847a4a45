/**
 * `npm run bench [-- --duration 10 --warmup 3 --only name,name --connections 1,50 --checkouts 500 --pos-sales 10000]`: named load scenarios against the embedded stack
 * (catalogue reads, `checkout`, `pos-sync`, `storefront` page TTFB and the till's JavaScript, `seats`), each
 * printed as one JSON line (req/s, latency p50/p95/p99 in ms, errors). The stack runs in a child process;
 * autocannon drives it over keep-alive HTTP from this one. Rate limits are lifted for the run.
 * `npm run profile` (bench/profile.ts) runs the same scenarios with the stack under the CPU profiler.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ACTOR_HEADER, anonymousActor, config, signActorHeader, totpAt, ensureSecrets, useEphemeralSecrets } from '../subgraphs/kit/src';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../prisma/seed';
import { checkoutScenario } from './checkout';
import { posSyncScenario, tillJavaScript } from './pos';
import { holdContention, seatEventLatency } from './seats';
import { pageTtfb } from './storefront';
import { startStorefront } from '../scripts/storefront';
import { SUBGRAPHS } from '../gateway/src/subgraphs';
import { processTreeCpuMs } from './cpu';

const ROOT = path.resolve(__dirname, '..');
// Secrets for the bench's stack (a child process, which inherits them): an existing BENCH_DATA_DIR's own,
// else random ones for the throwaway database (decision 0020).
if (process.env.BENCH_DATA_DIR) ensureSecrets(process.env.BENCH_DATA_DIR);
else useEphemeralSecrets();

interface Scenario {
  name: string;
  connections: number;
  url: string;
  body: string;
  /** Computed right before the scenario runs (signed actor headers are valid for 2 minutes). */
  headers: Record<string, string> | (() => Record<string, string>);
}

export interface BenchStack {
  gateway: string;
  subgraphs: Record<string, string>;
  /** Sends one line to the stack process and resolves with its one-line JSON answer (see bench/stack.ts). */
  command(line: string): Promise<any>;
  stop(): void;
  /** The stack's process, whose tree's CPU time each scenario reports (absent for a --target stack). */
  pid?: number;
}

export async function startStack(topology: 'single' | 'cluster' = 'single'): Promise<BenchStack> {
  const child = spawn(process.execPath, [require.resolve('tsx/cli', { paths: [ROOT] }), path.join(__dirname, 'stack.ts')], {
    cwd: ROOT,
    // One machine plays every client: per-address limits (rate, sockets, subscriptions, orders awaiting
    // payment, seats held) are lifted.
    env: { ...process.env, BENCH_TOPOLOGY: topology, LOG_LEVEL: 'silent', RATE_LIMIT_PER_SECOND: '1000000', RATE_LIMIT_BURST: '1000000', WS_MAX_SOCKETS_PER_IP: '1000000', WS_MAX_SUBSCRIPTIONS_PER_CALLER: '1000000', CHECKOUT_MAX_PENDING_ORDERS_PER_IP: '0', TRANSPORT_HOLD_MAX_SEATS: '0', TRANSPORT_HOLD_MAX_SEATS_PER_WINDOW: '0' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  // The stack's stdout is one JSON line with its URLs, then one JSON line per command answered, in order
  // (anything else a library prints there is passed through).
  const answers: ((line: string) => void)[] = [];
  readline.createInterface({ input: child.stdout! }).on('line', (line) => (line.startsWith('{') && answers.length ? answers.shift()!(line) : console.error(line)));
  const next = () => new Promise<string>((resolve) => answers.push(resolve));
  const urls = JSON.parse(await next());
  return {
    ...urls,
    async command(line: string) {
      const answer = next();
      child.stdin!.write(line + '\n');
      return JSON.parse(await answer);
    },
    stop: () => child.kill('SIGTERM'),
    pid: child.pid,
  };
}

async function gql(url: string, query: string, variables = {}, headers: Record<string, string> = {}) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await r.json()) as any;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);

/** One scenario; latencies are collected per response so p50/p95/p99 are exact, not histogram buckets. */
function run(s: Scenario & { headers: Record<string, string> }, duration: number): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    const instance = autocannon(
      { url: s.url, method: 'POST', connections: s.connections, duration, body: s.body, headers: { 'content-type': 'application/json', ...s.headers } },
      (err: Error | null, r: any) => {
        if (err) return reject(err);
        latencies.sort((x, y) => x - y);
        const round = (x: number) => Math.round(x * 10) / 10;
        resolve({
          scenario: s.name,
          connections: s.connections,
          reqPerSec: Math.round(r.requests.average),
          p50ms: round(percentile(latencies, 50)),
          p95ms: round(percentile(latencies, 95)),
          p99ms: round(percentile(latencies, 99)),
          errors: r.errors + r.timeouts + r.non2xx,
          total: r.requests.total,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  });
}

export interface BenchOptions {
  /** Scenario names are kept when they contain one of these (all when absent). */
  only?: string[];
  /** Keeps only the autocannon scenarios at these connection counts (all when absent). */
  connections?: number[];
  durationS: number;
  /** Seconds of the same load before each autocannon scenario is measured (JIT, pools, caches warm; default 3). */
  warmupS?: number;
  checkouts: number;
  /** Sales in the point of sale's offline backlog (pos-sync). */
  posSales: number;
}

/** Wraps each measured scenario (by name); `npm run profile` profiles the stack around it. */
export type Around = <T>(name: string, measure: () => Promise<T>) => Promise<T>;

/** Runs the selected scenarios against a started stack, printing one JSON line per result. */
export async function runBench(stack: BenchStack, opts: BenchOptions, around: Around = (_name, measure) => measure()): Promise<void> {
  const wanted = opts.only;
  const login = await gql(stack.gateway, 'mutation($i: LoginInput!) { login(input: $i) { session { accessToken } } }', {
    i: { tenantSlug: 'ade-fashion', email: 'client@webwaka.test', password: DEMO_PASSWORD, totpCode: totpAt(DEMO_TOTP_SECRET) },
  });
  const token = login.data.login.session.accessToken;
  const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
  const tenantQuery = body('{ currentTenant { id name slug primaryColor } }');
  const membersQuery = body('{ me { name } members(first: 20) { edges { node { role user { name email } } } } }');
  const market = await gql(stack.gateway, '{ tenantBySlug(slug: "naija-market") { id } }');
  const fashion = await gql(stack.gateway, '{ tenantBySlug(slug: "ade-fashion") { id } }');
  // Direct subgraph calls carry the signature the gateway would add: bound to the subgraph and the body,
  // valid for 30 seconds (decision 0023).
  const signedFor = (tenantId: string, audience: string, body: string) => () => ({ [ACTOR_HEADER]: signActorHeader(anonymousActor(tenantId), 'bench', config.gatewaySecret, { audience, body }) });

  // The storefront's product list: 20 products with vendor, variants, NGN prices (catalog) and
  // availability (inventory) — two subgraphs through the gateway.
  const VARIANT_CATALOG = 'id sku title price(context: { currency: "NGN", channel: MVM }) { unit { amount currency formatted } compareAt { amount } }';
  const listQuery = body(`query ProductList { products(first: 20) { edges { node { id title slug vendor { name } variants { ${VARIANT_CATALOG} availableForSale } availableForSale } } } }`);
  // The same without the inventory fields, to compare the gateway with the catalog subgraph alone.
  const listCatalogOnly = body(`query ProductListCatalog { products(first: 20) { edges { node { id title slug vendor { name } variants { ${VARIANT_CATALOG} } } } } }`);
  const searchQuery = body('query Search($q: String!) { searchProducts(query: $q, first: 20) { totalCount edges { node { id title slug variants { id price(context: { currency: "NGN", channel: MVM }) { unit { formatted } } } } } facets { categories { id name count } } } }', { q: 'ankara dress' });
  const someSlug = (await gql(stack.gateway, '{ products(first: 1) { edges { node { slug } } } }', {}, { 'x-tenant': 'naija-market' })).data.products.edges[0].node.slug;
  const pageQuery = body(`query Page($slug: String!) { product(slug: $slug) { id title description seoTitle seoDescription vendor { name } category { name } media { url alt } variants { ${VARIANT_CATALOG} availableForSale } availableForSale } }`, { slug: someSlug });

  const anon = { 'x-tenant': 'naija-market' };
  const cold = { ...anon, 'cache-control': 'no-cache' };
  const scenarios: Scenario[] = [];
  for (const c of [1, 50]) {
    scenarios.push({ name: 'tenant-profile:gateway', connections: c, url: stack.gateway, body: tenantQuery, headers: { 'x-tenant': 'ade-fashion', 'cache-control': 'no-cache' } });
    scenarios.push({ name: 'tenant-profile:identity-direct', connections: c, url: stack.subgraphs.identity, body: tenantQuery, headers: signedFor(fashion.data.tenantBySlug.id, 'identity', tenantQuery) });
    scenarios.push({ name: 'admin-members:gateway', connections: c, url: stack.gateway, body: membersQuery, headers: { authorization: `Bearer ${token}` } });
  }
  for (const c of [1, 50, 500]) {
    scenarios.push({ name: 'product-list:gateway:cached', connections: c, url: stack.gateway, body: listQuery, headers: anon });
    scenarios.push({ name: 'product-list:gateway:uncached', connections: c, url: stack.gateway, body: listQuery, headers: cold });
    scenarios.push({ name: 'product-list-catalog-only:gateway:uncached', connections: c, url: stack.gateway, body: listCatalogOnly, headers: cold });
    scenarios.push({ name: 'product-list-catalog-only:catalog-direct', connections: c, url: stack.subgraphs.catalog, body: listCatalogOnly, headers: signedFor(market.data.tenantBySlug.id, 'catalog', listCatalogOnly) });
  }
  // One hop's floor and one entity fetch as the gateway sends it for the list's availability: where a
  // subgraph call's CPU goes when the query itself is trivial.
  const listed = (await gql(stack.gateway, '{ products(first: 20) { edges { node { id variants { id } } } } }', {}, anon)).data.products.edges;
  const listedProducts = listed.map((e: { node: { id: string } }) => e.node.id);
  const variantReps = listed.flatMap((e: { node: { variants: { id: string }[] } }) => e.node.variants.map((v) => ({ __typename: 'ProductVariant', id: v.id })));
  const entitiesQuery = body('query($r: [_Any!]!) { _entities(representations: $r) { ... on ProductVariant { availableForSale } } }', { r: variantReps });
  const typenameQuery = body('{ __typename }');
  scenarios.push({ name: 'subgraph-floor:inventory-direct', connections: 50, url: stack.subgraphs.inventory, body: typenameQuery, headers: signedFor(market.data.tenantBySlug.id, 'inventory', typenameQuery) });
  scenarios.push({ name: 'variant-availability:inventory-direct', connections: 50, url: stack.subgraphs.inventory, body: entitiesQuery, headers: signedFor(market.data.tenantBySlug.id, 'inventory', entitiesQuery) });
  const productEntitiesQuery = body('query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { availableForSale } } }', { r: listedProducts.map((id: string) => ({ __typename: 'Product', id })) });
  scenarios.push({ name: 'product-availability:inventory-direct', connections: 50, url: stack.subgraphs.inventory, body: productEntitiesQuery, headers: signedFor(market.data.tenantBySlug.id, 'inventory', productEntitiesQuery) });
  scenarios.push({ name: 'product-search:gateway:cached', connections: 50, url: stack.gateway, body: searchQuery, headers: anon });
  scenarios.push({ name: 'product-search:gateway:uncached', connections: 50, url: stack.gateway, body: searchQuery, headers: cold });
  scenarios.push({ name: 'product-page:gateway:cached', connections: 50, url: stack.gateway, body: pageQuery, headers: anon });
  scenarios.push({ name: 'product-page:gateway:uncached', connections: 50, url: stack.gateway, body: pageQuery, headers: cold });
  const selected = scenarios.filter((x) => x.url && (!wanted || wanted.some((w) => x.name.includes(w))) && (!opts.connections || opts.connections.includes(x.connections)));
  for (const scenario of selected) {
    const s = { ...scenario, headers: typeof scenario.headers === 'function' ? scenario.headers() : scenario.headers };
    // A GraphQL error is HTTP 200: check each scenario answers with data before measuring it.
    const probe = await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json', ...s.headers }, body: s.body });
    const answer = (await probe.json()) as { data?: unknown; errors?: unknown };
    if (!probe.ok || answer.errors || !answer.data) throw new Error(`${s.name} does not answer cleanly: ${probe.status} ${JSON.stringify(answer).slice(0, 400)}`);
    // Steady state, not the first seconds: without this the first scenario of a run paid for the JIT and the
    // connection pools (the uncached list measured 76 req/s first in a run and 91 later in the same run).
    if ((opts.warmupS ?? 3) > 0) await run(s, opts.warmupS ?? 3);
    const cpuBefore = stack.pid ? processTreeCpuMs(stack.pid) : null;
    const result = await around(`${s.name}@${s.connections}`, () => run(s, opts.durationS));
    const cpuAfter = stack.pid ? processTreeCpuMs(stack.pid) : null;
    // CPU per request across the whole stack (gateway, subgraphs, database): stable when the machine is busy.
    const n = Number(result.total);
    const perRequest = (ms: number) => Math.round((ms / n) * 10) / 10;
    const cpu =
      cpuBefore && cpuAfter && n > 0
        ? {
            cpuMsPerRequest: perRequest(cpuAfter.totalMs - cpuBefore.totalMs),
            cpuMsPerRequestBy: Object.fromEntries(Object.entries(cpuAfter.byProgram).map(([program, ms]) => [program, perRequest(ms - (cpuBefore.byProgram[program] ?? 0))])),
          }
        : {};
    console.log(JSON.stringify({ ...result, ...cpu, date: new Date().toISOString() }));
  }
  if (!wanted || wanted.some((w) => 'checkout'.includes(w))) {
    const lines = await around('checkout', () => checkoutScenario({ gateway: stack.gateway, gql, adminToken: token, tenantSlug: 'ade-fashion', count: opts.checkouts, concurrency: 50 }));
    for (const line of lines) {
      console.log(JSON.stringify({ ...line, date: new Date().toISOString() }));
    }
  }
  if (!wanted || wanted.some((w) => 'pos-sync'.includes(w))) {
    const lines = await around('pos-sync', () => posSyncScenario({ gateway: stack.gateway, gql, adminToken: token, tenantSlug: 'ade-fashion', sales: opts.posSales, tills: 5 }));
    for (const line of lines) console.log(JSON.stringify({ ...line, date: new Date().toISOString() }));
  }
  if (!wanted || wanted.some((w) => 'storefront'.includes(w))) {
    const storefront = await startStorefront({ gatewayUrl: stack.gateway });
    try {
      const slugs: string[] = (await gql(stack.gateway, '{ products(first: 100) { edges { node { slug } } } }', {}, { 'x-tenant': 'ade-fashion' })).data.products.edges.map((e: any) => e.node.slug);
      const category = (await gql(stack.gateway, '{ categories { slug } }', {}, { 'x-tenant': 'ade-fashion' })).data.categories[0].slug;
      const customer = await gql(stack.gateway, 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken } } }', { i: { tenantSlug: 'ade-fashion', email: 'customer@webwaka.test', password: DEMO_PASSWORD } });
      const signedIn = { cookie: `ww_at_ade-fashion=${customer.data.login.session.accessToken}` };
      const productUrl = (slug: string) => `${storefront.url}/s/ade-fashion/p/${slug}`;
      const scenarios = [
        { name: 'product', urls: [productUrl(slugs[0])] },
        { name: 'category', urls: [`${storefront.url}/s/ade-fashion/c/${category}`] },
        // 100 different products in turn: most requests in the first seconds miss the page cache.
        { name: 'product-100-pages', urls: slugs.map(productUrl), warm: false },
        // A signed-in shopper's pages are rendered for each request (the cost the page cache saves).
        { name: 'product-signed-in', urls: [productUrl(slugs[0])], headers: signedIn },
      ];
      console.log(JSON.stringify({ ...(await tillJavaScript(storefront.url, 'ade-fashion')), date: new Date().toISOString() }));
      for (const { name, urls, headers, warm = true } of scenarios) {
        // Warm-up: first renders compile and fill caches (not for the scenario about cold pages).
        await pageTtfb({ name, urls: warm ? urls : [productUrl(slugs[0])], concurrency: 20, durationS: 3, headers });
        console.log(JSON.stringify({ ...(await around(`storefront:${name}`, () => pageTtfb({ name, urls, concurrency: 20, durationS: opts.durationS, headers }))), date: new Date().toISOString() }));
      }
    } finally {
      await storefront.stop();
    }
  }
  if (!wanted || wanted.some((w) => 'seats'.includes(w))) {
    const wsUrl = stack.gateway.replace(/^http/, 'ws');
    for (const subscribers of [100, 1000]) console.log(JSON.stringify({ ...(await around(`seat-events@${subscribers}`, () => seatEventLatency({ gatewayUrl: stack.gateway, wsUrl, subscribers, rounds: 20 }))), date: new Date().toISOString() }));
    console.log(JSON.stringify({ ...(await around('hold-contention', () => holdContention({ gatewayUrl: stack.gateway, clients: 200, seats: 20, durationS: opts.durationS }))), date: new Date().toISOString() }));
  }
}

/**
 * A stack started elsewhere (`--target <gateway url>`: a distributed deployment, or `npm start`), measured
 * the same way. Direct-to-subgraph scenarios need `<NAME>_URL` for the subgraphs and the installation's
 * GATEWAY_SECRET in the environment; the stack must run with its rate limits lifted for one client machine
 * (see startStack's environment).
 */
function targetStack(gateway: string): BenchStack {
  const subgraphs = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, process.env[`${name.toUpperCase()}_URL`] ?? '']));
  return {
    gateway,
    subgraphs,
    command: async () => ({ ok: false, error: 'a --target stack is not profiled from here' }),
    stop: () => {},
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '10' },
      warmup: { type: 'string', default: '3' },
      only: { type: 'string' },
      connections: { type: 'string' },
      checkouts: { type: 'string', default: '500' },
      'pos-sales': { type: 'string', default: '10000' },
      // single: every part in one process on in-memory PGlite (how tests run it); cluster: `npm start`'s
      // embedded default (PostgreSQL, one worker per core; decision 0041).
      topology: { type: 'string', default: 'cluster' },
      target: { type: 'string' },
    },
  });
  if (values.topology !== 'single' && values.topology !== 'cluster') throw new Error('--topology is single or cluster');
  const stack = values.target ? targetStack(values.target) : await startStack(values.topology);
  try {
    await runBench(stack, { only: values.only?.split(','), connections: values.connections?.split(',').map(Number), durationS: Number(values.duration), warmupS: Number(values.warmup), checkouts: Number(values.checkouts), posSales: Number(values['pos-sales']) });
  } finally {
    stack.stop();
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
