/**
 * `npm run bench [-- --duration 10 --only name]`: named load scenarios against the embedded stack, each
 * printed as one JSON line (req/s, latency p50/p95/p99 in ms, errors). The stack runs in a child process;
 * autocannon drives it over keep-alive HTTP from this one. Rate limits are lifted for the run.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { ACTOR_HEADER, anonymousActor, config, signActorHeader, totpAt } from '../subgraphs/kit/src';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET } from '../prisma/seed';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' }, only: { type: 'string' } } });
const ROOT = path.resolve(__dirname, '..');

interface Scenario {
  name: string;
  connections: number;
  url: string;
  body: string;
  headers: Record<string, string>;
}

async function startStack(): Promise<{ gateway: string; subgraphs: Record<string, string>; stop(): void }> {
  const child = spawn(process.execPath, [require.resolve('tsx/cli', { paths: [ROOT] }), path.join(__dirname, 'stack.ts')], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'silent', RATE_LIMIT_PER_SECOND: '1000000', RATE_LIMIT_BURST: '1000000' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve) => readline.createInterface({ input: child.stdout! }).once('line', resolve));
  return { ...JSON.parse(line), stop: () => child.kill('SIGTERM') };
}

async function gql(url: string, query: string, variables = {}, headers: Record<string, string> = {}) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return (await r.json()) as any;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);

/** One scenario; latencies are collected per response so p50/p95/p99 are exact, not histogram buckets. */
function run(s: Scenario, duration: number): Promise<Record<string, unknown>> {
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

async function main() {
  const stack = await startStack();
  try {
    const login = await gql(stack.gateway, 'mutation($i: LoginInput!) { login(input: $i) { session { accessToken } } }', {
      i: { tenantSlug: 'ade-fashion', email: 'client@webwaka.test', password: DEMO_PASSWORD, totpCode: totpAt(DEMO_TOTP_SECRET) },
    });
    const token = login.data.login.session.accessToken;
    const tenantQuery = JSON.stringify({ query: '{ currentTenant { id name slug primaryColor } }' });
    const membersQuery = JSON.stringify({ query: '{ me { name } members(first: 20) { edges { node { role user { name email } } } } }' });
    // Direct calls need the gateway's signature; a header lives 2 minutes, longer than any scenario here.
    const fashion = await gql(stack.gateway, '{ tenantBySlug(slug: "ade-fashion") { id } }');
    const directHeader = () => ({ [ACTOR_HEADER]: signActorHeader(anonymousActor(fashion.data.tenantBySlug.id), 'bench', config.gatewaySecret) });
    const scenarios: Scenario[] = [];
    for (const c of [1, 50]) {
      scenarios.push({ name: 'tenant-profile:gateway', connections: c, url: stack.gateway, body: tenantQuery, headers: { 'x-tenant': 'ade-fashion' } });
      scenarios.push({ name: 'tenant-profile:identity-direct', connections: c, url: stack.subgraphs.identity, body: tenantQuery, headers: directHeader() });
      scenarios.push({ name: 'admin-members:gateway', connections: c, url: stack.gateway, body: membersQuery, headers: { authorization: `Bearer ${token}` } });
    }
    for (const s of scenarios.filter((x) => !values.only || x.name.includes(values.only))) {
      console.log(JSON.stringify({ ...(await run(s, Number(values.duration))), date: new Date().toISOString() }));
    }
  } finally {
    stack.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
