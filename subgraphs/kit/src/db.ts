import path from 'node:path';
import fs from 'node:fs';
import pg, { type PoolConfig } from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';
import { SpanKind, activeSpanContext, config, inSpan, metrics, tracingEnabled } from '@webwaka/protocol';
import { DatabaseUnreadableError, lockDataDir, unreadableMessage, writeBackup, type Backup, type DataDirLock } from './data-dir';

export { PrismaClient };
export { Prisma } from './generated/prisma/client';

/**
 * Where the data lives. Embedded (default): PGlite — Postgres compiled to WASM — in this process, served
 * over the Postgres wire protocol on a loopback port by pglite-socket, so every caller (Prisma, the
 * migration engine, tests) talks to it with the same `pg` driver it uses for a PostgreSQL server
 * (decision 0002). Server: DATABASE_URL=postgres://...
 */
export interface Database {
  kind: 'embedded' | 'server';
  /** Discrete pg fields: adapter-pg's shadow-database handling needs them rather than a connection string. */
  poolConfig: PoolConfig;
  url: string;
  /** Embedded on disk only: writes a restorable copy to <dataDir>/backups (decision 0020). */
  backup?(reason: string): Promise<Backup>;
  close(): Promise<void>;
}

/**
 * PGlite is one Postgres session. pglite-socket multiplexes client connections onto it message by
 * message, keeping a transaction's messages together but not the Parse/Bind/Execute sequence of separate
 * statements: two connections querying at once can run each other's unnamed statements. So each process
 * opens exactly one connection (a pool of 1, queries queue in pg), which is also all the parallelism a
 * single-threaded PGlite has to give.
 */
const EMBEDDED_MAX_CONNECTIONS = 8;
export const EMBEDDED_POOL_SIZE = 1;

export async function openDatabase(opts: { url?: string; dataDir?: string | 'memory' } = {}): Promise<Database> {
  const url = opts.url ?? (opts.dataDir ? undefined : config.databaseUrl);
  if (url) {
    return { kind: 'server', url, poolConfig: poolConfigFromUrl(url), close: async () => {} };
  }
  return openEmbedded(opts.dataDir ?? config.dataDir);
}

/**
 * On disk, the folder is locked first (a second process would corrupt it) and the database is checked
 * before anyone is served: one that does not open is a `DatabaseUnreadableError` saying how to restore,
 * never PGlite's bare `RuntimeError: Aborted()` (decision 0020).
 */
export async function openEmbedded(dataDir: string | 'memory'): Promise<Database> {
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  let dir: string | undefined;
  let lock: DataDirLock | undefined;
  if (dataDir !== 'memory') {
    lock = lockDataDir(dataDir);
    dir = path.resolve(dataDir, 'pglite');
    fs.mkdirSync(dir, { recursive: true });
  }
  let pglite: InstanceType<typeof PGlite>;
  try {
    pglite = await PGlite.create(dir);
    await pglite.query('SELECT count(*) FROM pg_catalog.pg_class');
  } catch (e) {
    lock?.release();
    if (dataDir === 'memory') throw e;
    throw new DatabaseUnreadableError(unreadableMessage(dataDir, e), { cause: e });
  }
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: EMBEDDED_MAX_CONNECTIONS });
  await server.start();
  const [host, port] = server.getServerConn().split(':');
  const poolConfig: PoolConfig = { host, port: Number(port), user: 'postgres', password: 'postgres', database: 'postgres', max: EMBEDDED_POOL_SIZE };
  return {
    kind: 'embedded',
    poolConfig,
    url: `postgres://postgres:postgres@${host}:${port}/postgres`,
    ...(dataDir !== 'memory' ? { backup: (reason: string) => writeBackup(pglite, dataDir, reason) } : {}),
    async close() {
      try {
        await server.stop();
        await pglite.close();
      } finally {
        lock?.release();
      }
    },
  };
}

export function poolConfigFromUrl(url: string): PoolConfig {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: u.pathname.replace(/^\//, '') || 'postgres',
    max: Number(u.searchParams.get('connection_limit') ?? 10),
  };
}

export function createPrismaClient(db: Pick<Database, 'kind' | 'poolConfig'>, poolMax?: number): PrismaClient {
  const max = db.kind === 'embedded' ? EMBEDDED_POOL_SIZE : (poolMax ?? db.poolConfig.max);
  // Our own pool, so its use can be measured (decision 0070); the adapter still ends it on $disconnect.
  const pool = new pg.Pool({ ...db.poolConfig, max });
  trackPool(pool);
  const adapter = new PrismaPg(pool, { disposeExternalPool: true });
  // Interactive transactions queue for a connection (embedded: the only one) under bursts; Prisma's 2 s
  // default wait would turn a busy moment into "Unable to start a transaction". Wait longer; a
  // transaction itself still has to finish within `timeout`.
  const client = new PrismaClient({ adapter, transactionOptions: { maxWait: 30_000, timeout: 15_000 } });
  // Only a traced process pays for the query extension (decision 0072).
  return tracingEnabled() ? withQuerySpans(client) : client;
}

/**
 * A span for every query of a traced unit (a request, an outbox delivery): the model and operation
 * (`Order.create`, `$queryRaw`), never the arguments or SQL values. Queries outside any trace (pollers,
 * sweepers, the dispatcher's lease) are not traced: they would be a root trace every half second.
 * The extended client is the same client to every caller (delegates, $transaction, raw queries).
 */
export function withQuerySpans(client: PrismaClient): PrismaClient {
  return client.$extends({
    name: 'webwaka-query-spans',
    query: {
      async $allOperations({ model, operation, args, query }) {
        if (!activeSpanContext()) return query(args);
        const name = model ? `${model}.${operation}` : operation;
        const attributes = { 'db.system.name': 'postgresql', 'db.operation.name': operation, ...(model ? { 'db.collection.name': model } : {}) };
        return inSpan('db', `prisma ${name}`, { kind: SpanKind.CLIENT, attributes }, () => query(args));
      },
    },
  }) as unknown as PrismaClient;
}

/** This process's open pools (one per Prisma client), summed in the metrics when scraped; an ended one drops out. */
const pools = new Set<pg.Pool>();
const poolConnections = metrics.gauge('webwaka_db_pool_connections', "Open connections of this process's PostgreSQL pools, by state (idle, busy).");
const poolMax = metrics.gauge('webwaka_db_pool_max_connections', "The most connections this process's PostgreSQL pools may open.");
const poolWaiting = metrics.gauge('webwaka_db_pool_waiting_requests', "Queries waiting for a connection of this process's pools (above 0 for long: the pool is too small or the database too slow).");

function livePools(): pg.Pool[] {
  for (const p of pools) if (p.ended) pools.delete(p);
  return [...pools];
}
const sumOverPools = (f: (p: pg.Pool) => number) => livePools().reduce((a, p) => a + f(p), 0);

function trackPool(pool: pg.Pool) {
  pools.add(pool);
  poolConnections.collect('pg', () => [
    { labels: { state: 'idle' }, value: sumOverPools((p) => p.idleCount) },
    { labels: { state: 'busy' }, value: sumOverPools((p) => p.totalCount - p.idleCount) },
  ]);
  poolMax.collect('pg', () => [{ labels: {}, value: sumOverPools((p) => p.options.max ?? 10) }]);
  poolWaiting.collect('pg', () => [{ labels: {}, value: sumOverPools((p) => p.waitingCount) }]);
}

/**
 * Prisma's unique-constraint violation (P2002), optionally on a given field. Through driver adapters the
 * constraint arrives as its index name (`User_email_key`) or as a field list, depending on the driver.
 */
export function isUniqueViolation(e: unknown, field?: string): boolean {
  const err = e as {
    code?: string;
    meta?: { target?: string[] | string; driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } } };
  };
  if (err?.code !== 'P2002') return false;
  if (!field) return true;
  const constraint = err.meta?.driverAdapterError?.cause?.constraint;
  const target = err.meta?.target;
  const names = [...(Array.isArray(target) ? target : target ? [target] : []), ...(constraint?.fields ?? [])].map((f) => f.replace(/"/g, ''));
  return names.includes(field) || !!constraint?.index?.includes(`_${field}_`);
}
