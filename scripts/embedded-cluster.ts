/**
 * The embedded default on every core (decision 0041). The primary process starts PostgreSQL (the npm-shipped
 * server under <dataDir>/postgres, or DATABASE_URL), migrates and seeds it, and forks one worker per core.
 * Each worker runs the whole graph in-process (every subgraph on its port, and the gateway), exactly what
 * `startEmbedded` runs in tests; Node's cluster module shares each port across the workers, so requests to
 * the gateway and the gateway's requests to subgraphs are spread over every core. Workers share the
 * database, and pubsub between them goes over PostgreSQL LISTEN/NOTIFY (or Redis when REDIS_URL is set).
 * A worker that dies is restarted with back-off.
 */
import cluster, { type Worker } from 'node:cluster';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigurationError, createPrismaClient, hasEmbeddedPostgres, logger, resealSecrets, scheduleBackups, freeLoopbackPort, shutdownGraceMs, startEmbeddedPostgres, type Database } from '../subgraphs/kit/src';
import { deployMigrations } from '../prisma/migrator';
import { seedDemo } from '../prisma/seed';

export interface ClusterOptions {
  dataDir: string;
  /** An existing PostgreSQL server; else the embedded one under <dataDir>/postgres. */
  databaseUrl?: string;
  gatewayPort: number;
  subgraphPorts: Record<string, number>;
  /** Default: one per core (os.availableParallelism()). */
  workers?: number;
  redisUrl?: string;
  demoProducts?: number;
  resealFromDataKey?: string;
  /** Extra environment for the workers. */
  env?: Record<string, string>;
}

export interface RunningCluster {
  db: Database;
  workers: number;
  gatewayUrl: string;
  subgraphs: Record<string, string>;
  appliedMigrations: string[];
  seeded: { created: boolean; productsAdded: number } | null;
  close(): Promise<void>;
}

/** Told to the primary by a worker once its gateway and subgraphs listen. */
interface ReadyMessage {
  type: 'webwaka:ready';
  gateway: string;
  subgraphs: Record<string, string>;
}

/**
 * Which embedded database `npm start` runs: EMBEDDED_DATABASE (postgres | pglite) when set; else PGlite for a
 * folder that already holds a PGlite database and no PostgreSQL one (its data stays where it is), and
 * PostgreSQL otherwise. With DATABASE_URL the server given is used and this only picks the process layout.
 */
export function embeddedEngine(dataDir: string, env = process.env): 'postgres' | 'pglite' {
  const chosen = env.EMBEDDED_DATABASE;
  if (chosen === 'postgres' || chosen === 'pglite') return chosen;
  if (chosen) throw new ConfigurationError(`EMBEDDED_DATABASE is postgres or pglite, not ${chosen}.`);
  if (env.DATABASE_URL) return 'postgres';
  const hasPglite = fs.existsSync(path.join(dataDir, 'pglite', 'PG_VERSION'));
  return hasPglite && !hasEmbeddedPostgres(dataDir) ? 'pglite' : 'postgres';
}

/** WEBWAKA_WORKERS, else one per core. */
export const workerCount = () => Math.max(1, Number(process.env.WEBWAKA_WORKERS ?? 0) || os.availableParallelism());

export async function startEmbeddedCluster(opts: ClusterOptions): Promise<RunningCluster> {
  const began = performance.now();
  const phases: Record<string, number> = {};
  const phase = (name: string) => (phases[name] = Math.round(performance.now() - began));
  const db = opts.databaseUrl
    ? { kind: 'server' as const, url: opts.databaseUrl, poolConfig: {}, close: async () => {} }
    : await startEmbeddedPostgres(opts.dataDir);
  phase('databaseMs');
  const workers = opts.workers ?? workerCount();
  const live = new Set<Worker>();
  let stopping = false;
  try {
    // Workers cannot share a port 0 (each worker's listen(0) would get the same one): ports are fixed here.
    const gatewayPort = opts.gatewayPort || (await freeLoopbackPort());
    const subgraphPorts: Record<string, number> = {};
    for (const [name, port] of Object.entries(opts.subgraphPorts)) subgraphPorts[name] = port || (await freeLoopbackPort());
    const workerEnv = {
      ...opts.env,
      WEBWAKA_WORKER_CONFIG: JSON.stringify({ databaseUrl: db.url, gatewayPort, subgraphPorts, redisUrl: opts.redisUrl, workers }),
    };
    // WEBWAKA_WORKER_CPU_PROFILE=<dir>: each worker writes a V8 CPU profile there when it stops (`npm run profile`).
    const profileDir = process.env.WEBWAKA_WORKER_CPU_PROFILE;
    const execArgv = [...process.execArgv, ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
    cluster.setupPrimary({ exec: path.join(__dirname, 'embedded-worker.ts'), execArgv, silent: false });

    let ready: ReadyMessage | null = null;
    // Workers load their code while the database is migrated and seeded (most of a start's time is loading
    // code); each starts serving when told the database is ready, at once if it already is (a restart).
    let databaseReady = false;
    const loaded = new Set<Worker>();
    const go = (worker: Worker) => worker.send({ type: 'webwaka:go' });
    // A worker's slot (0..workers-1) stays with its restarts: its metrics listener is on METRICS_PORT + slot.
    const fork = (restarts: number, slot: number): Promise<ReadyMessage> =>
      new Promise((resolve, reject) => {
        const worker = cluster.fork({ ...workerEnv, WEBWAKA_REPLICA_SLOT: String(slot) });
        const startedAt = Date.now();
        live.add(worker);
        worker.on('message', (m: ReadyMessage | { type: 'webwaka:loaded' }) => {
          if (m?.type === 'webwaka:ready') resolve(m);
          // Asked for once the worker's code is loaded (a message sent earlier could arrive before it listens).
          if (m?.type === 'webwaka:loaded') {
            loaded.add(worker);
            if (databaseReady) go(worker);
          }
        });
        worker.on('exit', (code, signal) => {
          live.delete(worker);
          loaded.delete(worker);
          if (stopping) return;
          reject(new Error(`worker exited (${signal ?? code}) before it was ready`));
          if (!ready) return; // a start that fails is reported, not retried
          // Back-off: 1 s, doubling to 30 s; a worker that ran for a minute starts the count again.
          const next = Date.now() - startedAt > 60_000 ? 0 : restarts + 1;
          const delay = Math.min(30_000, 1000 * 2 ** Math.max(0, next - 1));
          logger.error('embedded cluster: a worker died; restarting it', { pid: worker.process.pid, code, signal, delayMs: delay });
          setTimeout(() => !stopping && void fork(next, slot).catch((e) => logger.error('embedded cluster: restart failed', { error: String(e) })), delay).unref();
        });
      });
    const forked = Array.from({ length: workers }, (_, slot) => fork(0, slot));
    // Until every worker is ready, a worker that dies fails the start (its rejection is read below).
    for (const f of forked) f.catch(() => {});

    const appliedMigrations = await deployMigrations(db);
    const prisma = createPrismaClient(db, 2);
    if (opts.resealFromDataKey) await resealSecrets(prisma, opts.resealFromDataKey);
    const seeded = await seedDemo(prisma, { products: opts.demoProducts });
    await prisma.$disconnect();
    phase('migrateAndSeedMs');
    databaseReady = true;
    for (const w of loaded) go(w);

    const answers = await Promise.all(forked);
    ready = answers[0];
    phase('workersMs');
    // Where a start's time goes (npm start's "Started in" is the sum, plus loading this code).
    logger.info('embedded cluster started', { workers, ...phases });
    const backups = db.backup ? scheduleBackups(db, opts.dataDir) : null;
    return {
      db,
      workers,
      gatewayUrl: ready.gateway,
      subgraphs: ready.subgraphs,
      appliedMigrations,
      seeded,
      async close() {
        stopping = true;
        await backups?.stop();
        // Workers drain (each closes its gateway and subgraphs on SIGTERM) before the database stops.
        await Promise.all(
          [...live].map(
            (w) =>
              new Promise<void>((resolve) => {
                if (w.isDead()) return resolve();
                w.once('exit', () => resolve());
                w.process.kill('SIGTERM');
                // The gateway's drain, then its subgraphs' (decision 0073), and a margin.
                setTimeout(() => w.process.kill('SIGKILL'), 2 * shutdownGraceMs() + 5000).unref();
              }),
          ),
        );
        await db.close();
      },
    };
  } catch (e) {
    stopping = true;
    for (const w of live) w.process.kill('SIGKILL');
    await db.close();
    throw e;
  }
}
