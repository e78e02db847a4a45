/**
 * The distributed topology: every subgraph and each gateway replica in its own process, PostgreSQL and
 * Redis. The same code as the embedded topology; only environment variables differ.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { assertSecretsConfigured, createPrismaClient, openDatabase, secretsEnv, shutdownGraceMs } from '../subgraphs/kit/src';
import { deployMigrations } from '../prisma/migrator';
import { seedDemo } from '../prisma/seed';
import { SUBGRAPHS } from '../gateway/src/subgraphs';

const ROOT = path.resolve(__dirname, '..');
// Node with tsx's loader, as `npm start` runs: no tsx process in between, which relays a signal to its child and
// SIGKILLs it when the child does not acknowledge within 30 ms (a busy machine), skipping every graceful stop.
const TS_NODE = ['--import', 'tsx'];

export interface DistributedOptions {
  databaseUrl: string;
  redisUrl: string;
  gatewayPorts: number[];
  /** Port per subgraph name (every subgraph of the gateway's registry). */
  subgraphPorts: Record<string, number>;
  /** Where the other processes reach a subgraph instead of its port, by name (a fault test's delay proxy in front of it). */
  reachSubgraphsAt?: Record<string, string>;
  seed?: boolean;
  demoProducts?: number;
  /** How long each process may take to answer /readyz after it is spawned (default 120 s: a busy 2-core test machine needs over 60). */
  readyTimeoutMs?: number;
  /** Extra environment for every service process. */
  env?: Record<string, string>;
  /**
   * Prometheus metrics (decision 0070): process i (the subgraphs in registry order, then the gateways) on
   * 127.0.0.1:metricsPort + 10·i, a replica of a replicated subgraph on + its slot. None when absent.
   */
  metricsPort?: number;
}

export interface RunningDistributed {
  gatewayUrls: string[];
  subgraphUrls: Record<string, string>;
  processes: ChildProcess[];
  /** Each process's metrics by name (a subgraph's name, `gateway:<port>`), replica 0's for a replicated subgraph. */
  metricsUrls: Record<string, string>;
  stop(): Promise<void>;
  /**
   * A crash of the whole installation (issue 18): every process SIGKILLed at once (nothing graceful runs, and
   * the supervisor starts none of them again meanwhile), then all started afresh on the same database and
   * Redis, without a seed; resolves when every one is ready again. (A replicated subgraph's replicas are its
   * primary's children and would outlive it: crash a topology without *_REPLICAS.)
   */
  crash(): Promise<void>;
}

function spawnService(name: string, entry: string, env: Record<string, string>): ChildProcess {
  const child = spawn(process.execPath, [...TS_NODE, path.join(ROOT, entry)], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    // 143: SIGTERM before the process had its handler installed, a stop someone asked for, not a crash.
    if (code && code !== 143) console.error(`${name} exited with code ${code}${signal ? ` (${signal})` : ''}`);
  });
  return child;
}

async function waitReady(url: string, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (r.ok) return;
      last = `status ${r.status}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} not ready after ${timeoutMs} ms (${last})`);
}

export async function startDistributed(opts: DistributedOptions): Promise<RunningDistributed> {
  // The caller's secrets (ensureSecrets, or a test's defaults) go to every process, which is what makes
  // them one installation (decision 0020).
  assertSecretsConfigured();
  const db = await openDatabase({ url: opts.databaseUrl });
  await deployMigrations(db);
  if (opts.seed !== false) {
    const prisma = createPrismaClient(db, 2);
    await seedDemo(prisma, { products: opts.demoProducts });
    await prisma.$disconnect();
  }
  await db.close();

  const common = { DATABASE_URL: opts.databaseUrl, REDIS_URL: opts.redisUrl, ...secretsEnv(), ...opts.env };
  const processes: ChildProcess[] = [];
  // Every process is supervised (issue 18): one that dies is started again in its place with back-off, 1 s
  // doubling to 30 s, the count starting again after a minute of running (as the embedded cluster's workers).
  // A crash() starts a new generation: restarts the old one scheduled are dropped.
  let stopping = false;
  let generation = 0;
  const supervise = (name: string, entry: string, env: Record<string, string>, slot = processes.length, restarts = 0) => {
    const child = spawnService(name, entry, env);
    const startedAt = Date.now();
    const born = generation;
    processes[slot] = child;
    child.on('exit', (code, signal) => {
      if (stopping || born !== generation) return;
      const next = Date.now() - startedAt > 60_000 ? 0 : restarts + 1;
      const delayMs = Math.min(30_000, 1000 * 2 ** Math.max(0, next - 1));
      console.error(`${name} stopped (${signal ?? code}); starting it again in ${delayMs} ms`);
      setTimeout(() => !stopping && born === generation && supervise(name, entry, env, slot, next), delayMs).unref();
    });
  };
  // Each process drains on SIGTERM (decision 0073): killed only if it outlives its grace period by 5 s.
  const killAfterMs = shutdownGraceMs({ ...process.env, ...opts.env }) + 5000;
  const terminate = (p: ChildProcess) =>
    new Promise<void>((resolve) => {
      if (p.exitCode !== null || p.signalCode) return resolve();
      p.once('exit', () => resolve());
      p.kill('SIGTERM');
      setTimeout(() => p.kill('SIGKILL'), killAfterMs).unref();
    });
  // Gateways first, so their requests in flight still find the subgraphs they call.
  const stop = async () => {
    stopping = true;
    await Promise.all(processes.slice(SUBGRAPHS.length).map(terminate));
    await Promise.all(processes.slice(0, SUBGRAPHS.length).map(terminate));
  };
  // A crash: SIGKILL, which nothing can catch, to every process at once.
  const killAll = () =>
    Promise.all(
      processes.map(
        (p) =>
          new Promise<void>((resolve) => {
            if (p.exitCode !== null || p.signalCode) return resolve();
            p.once('exit', () => resolve());
            p.kill('SIGKILL');
          }),
      ),
    );
  const subgraphUrls: Record<string, string> = Object.fromEntries(SUBGRAPHS.map(({ name }) => [name, `http://127.0.0.1:${opts.subgraphPorts[name]}/graphql`]));
  // Gateways and subgraphs alike find subgraphs through <NAME>_URL (subgraphs call a few peers directly).
  const urlEnv = Object.fromEntries(Object.entries({ ...subgraphUrls, ...opts.reachSubgraphsAt }).map(([name, url]) => [`${name.toUpperCase()}_URL`, url]));
  const metricsUrls: Record<string, string> = {};
  const metricsEnv = (name: string, i: number): Record<string, string> => {
    if (!opts.metricsPort) return { METRICS_PORT: '0' };
    const port = opts.metricsPort + 10 * i;
    metricsUrls[name] = `http://127.0.0.1:${port}/metrics`;
    return { METRICS_PORT: String(port), METRICS_HOST: '127.0.0.1' };
  };
  const launch = async () => {
    try {
      for (const [i, { name }] of SUBGRAPHS.entries()) {
        supervise(name, `subgraphs/${name}/src/main.ts`, { ...common, ...urlEnv, ...metricsEnv(name, i), PORT: String(opts.subgraphPorts[name]) });
      }
      await Promise.all(SUBGRAPHS.map(({ name }) => waitReady(`http://127.0.0.1:${opts.subgraphPorts[name]}/readyz`, opts.readyTimeoutMs)));
      for (const [i, port] of opts.gatewayPorts.entries()) {
        supervise(`gateway:${port}`, 'gateway/src/main.ts', { ...common, ...urlEnv, ...metricsEnv(`gateway:${port}`, SUBGRAPHS.length + i), PORT: String(port) });
      }
      await Promise.all(opts.gatewayPorts.map((p) => waitReady(`http://127.0.0.1:${p}/readyz`, opts.readyTimeoutMs)));
    } catch (e) {
      // A start that fails leaves nothing running (nor restarting) behind it.
      await stop();
      throw e;
    }
  };
  const crash = async () => {
    generation++;
    await killAll();
    processes.length = 0;
    await launch();
  };
  await launch();
  return {
    gatewayUrls: opts.gatewayPorts.map((p) => `http://127.0.0.1:${p}/graphql`),
    subgraphUrls,
    processes,
    metricsUrls,
    stop,
    crash,
  };
}
