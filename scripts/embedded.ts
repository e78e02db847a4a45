/**
 * The embedded topology in one process: database (PGlite under .data/, or DATABASE_URL), migrations,
 * demo data on first run, every subgraph on its own port (real HTTP federation) and the gateway.
 * Used by `npm start` and by tests that need the whole graph.
 */
import {
  Peers,
  assertSecretsConfigured,
  createPrismaClient,
  createPubSub,
  openDatabase,
  resealSecrets,
  scheduleBackups,
  type Database,
  type PrismaClient,
  type PubSub,
} from '../subgraphs/kit/src';
import type { RunningSubgraph, StartSubgraph } from '../subgraphs/kit/src';
import { startIdentity } from '../subgraphs/identity/src/server';
import { startCatalog } from '../subgraphs/catalog/src/server';
import { startInventory } from '../subgraphs/inventory/src/server';
import { startCommerce } from '../subgraphs/commerce/src/server';
import { startLedger } from '../subgraphs/ledger/src/server';
import { startMlas } from '../subgraphs/mlas/src/server';
import { startTransport } from '../subgraphs/transport/src/server';
import { startPos } from '../subgraphs/pos/src/server';
import { startNotifications } from '../subgraphs/notifications/src/server';
import { SUBGRAPHS } from '../gateway/src/subgraphs';
import { startGateway, type RunningGateway } from '../gateway/src/server';
import { responseCacheOptions } from '../gateway/src/response-cache';
import type { RateLimitConfig } from '../gateway/src/rate-limit';
import { deployMigrations } from '../prisma/migrator';
import { seedDemo } from '../prisma/seed';

/** How each subgraph of the gateway's registry is started in-process. */
const STARTERS: Record<string, StartSubgraph> = {
  identity: startIdentity,
  catalog: startCatalog,
  inventory: startInventory,
  commerce: startCommerce,
  ledger: startLedger,
  mlas: startMlas,
  transport: startTransport,
  pos: startPos,
  notifications: startNotifications,
};

export interface EmbeddedStack {
  db: Database;
  prisma: PrismaClient;
  pubsub: PubSub;
  gateway: RunningGateway;
  subgraphs: Record<string, string>;
  appliedMigrations: string[];
  /** Demo data added at this start (nothing on later starts). */
  seeded: { created: boolean; productsAdded: number } | null;
  close(): Promise<void>;
}

export async function startEmbedded(
  opts: {
    dataDir?: string | 'memory';
    databaseUrl?: string;
    gatewayPort?: number;
    subgraphPorts?: Record<string, number>;
    seed?: boolean;
    /** false: the database is already migrated (a worker of the embedded cluster, whose primary did it). */
    migrate?: boolean;
    demoProducts?: number;
    redisUrl?: string;
    /** Pubsub over PostgreSQL LISTEN/NOTIFY on this database (the embedded cluster's workers), when no Redis. */
    pubsubDatabaseUrl?: string;
    /** The gateway's rate-limit allowances (default: from the environment). */
    rateLimit?: RateLimitConfig;
    /** Gateway response cache TTL (ms); 0 turns it off. Default: RESPONSE_CACHE_TTL_MS or 10 s. */
    responseCacheTtlMs?: number;
    /**
     * How long one internal call may take: the gateway's to a subgraph (otherwise SUBGRAPH_TIMEOUT_MS, 60 s)
     * and a subgraph's to another (otherwise 15 s). Tests on a shared machine give more (test/support/stack.ts).
     */
    callTimeoutMs?: number;
    /** The data key sealed secrets may still be under (a DATA_ENCRYPTION_KEY generated at this start). */
    resealFromDataKey?: string;
  } = {},
): Promise<EmbeddedStack> {
  // Before anything opens: a process with a public default secret outside tests refuses (decision 0020).
  assertSecretsConfigured();
  const db = await openDatabase({ url: opts.databaseUrl, dataDir: opts.databaseUrl ? undefined : opts.dataDir });
  const appliedMigrations = opts.migrate === false ? [] : await deployMigrations(db);
  const prisma = createPrismaClient(db);
  if (opts.resealFromDataKey) await resealSecrets(prisma, opts.resealFromDataKey);
  const seeded = opts.seed === false ? null : await seedDemo(prisma, { products: opts.demoProducts });
  const pubsub = createPubSub(opts.redisUrl, opts.pubsubDatabaseUrl);
  const running: RunningSubgraph[] = [];
  // Filled as each subgraph comes up on its port, so subgraphs that call others find them.
  const peers = new Peers({}, opts.callTimeoutMs);
  for (const { name } of SUBGRAPHS) {
    const sub = await STARTERS[name]({ prisma, pubsub, peers, port: opts.subgraphPorts?.[name] ?? 0 });
    peers.known[name] = sub.url;
    running.push(sub);
  }
  const subgraphs = Object.fromEntries(running.map((r) => [r.name, r.url]));
  const gateway = await startGateway({
    port: opts.gatewayPort ?? 0,
    pubsub,
    subgraphUrls: subgraphs,
    redisUrl: opts.redisUrl,
    ...(opts.rateLimit ? { rateLimit: opts.rateLimit } : {}),
    ...(opts.callTimeoutMs !== undefined ? { subgraphTimeoutMs: opts.callTimeoutMs } : {}),
    ...(opts.responseCacheTtlMs !== undefined ? { responseCache: { ...responseCacheOptions(), ttlMs: opts.responseCacheTtlMs } } : {}),
  });
  const backups = db.backup && opts.dataDir && opts.dataDir !== 'memory' ? scheduleBackups(db, opts.dataDir) : null;
  return {
    db,
    prisma,
    pubsub,
    gateway,
    subgraphs,
    appliedMigrations,
    seeded,
    async close() {
      await backups?.stop();
      await gateway.close();
      for (const r of running) await r.close();
      await pubsub.close();
      await prisma.$disconnect();
      await db.close();
    },
  };
}
