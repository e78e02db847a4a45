/**
 * One worker of the embedded cluster (scripts/embedded-cluster.ts): the whole graph in this process, on the
 * ports every worker shares, against the primary's database; pubsub over that database's LISTEN/NOTIFY unless
 * Redis is configured. It loads its code while the primary migrates and seeds, starts when told the
 * database is ready, and tells the primary when it listens.
 */
import { logger, serveProcessMetrics, stopOnSignals } from '../subgraphs/kit/src';
import { rateLimitConfig, replicaShare } from '../gateway/src/rate-limit';
import { startEmbedded, type EmbeddedStack } from './embedded';

const config = JSON.parse(process.env.WEBWAKA_WORKER_CONFIG ?? '{}') as {
  databaseUrl: string;
  gatewayPort: number;
  subgraphPorts: Record<string, number>;
  redisUrl?: string;
  workers: number;
};

let stack: Promise<EmbeddedStack> | null = null;

function start() {
  stack = startEmbedded({
    databaseUrl: config.databaseUrl,
    migrate: false,
    seed: false,
    gatewayPort: config.gatewayPort,
    subgraphPorts: config.subgraphPorts,
    redisUrl: config.redisUrl,
    pubsubDatabaseUrl: config.databaseUrl,
    // Without Redis each worker keeps its own buckets: each gets its share, so the sum is what was configured.
    rateLimit: config.redisUrl ? undefined : replicaShare(rateLimitConfig(), config.workers),
  });
  stack.then(
    async (s) => {
      // This worker's metrics (every service in it) on METRICS_PORT + its slot (decision 0070).
      const metricsServer = await serveProcessMetrics(process.env, Number(process.env.WEBWAKA_REPLICA_SLOT ?? 0)).catch((e) => {
        logger.error('embedded worker: metrics listener failed; serving without it', { error: String(e) });
        return null;
      });
      process.send!({ type: 'webwaka:ready', gateway: s.gateway.url, subgraphs: s.subgraphs });
      stopOnSignals(async () => {
        await s.close();
        await metricsServer?.close();
      });
    },
    (e) => {
      logger.error('embedded worker failed to start', { error: String(e), stack: e?.stack });
      process.exit(1);
    },
  );
}

process.on('message', (m: { type?: string } | undefined) => {
  if (m?.type === 'webwaka:go' && !stack) start();
});
// Listening now: the primary answers with `go` once the database is ready.
process.send!({ type: 'webwaka:loaded' });

// The primary is gone (killed without a chance to stop us): a worker on its own is no one's to run.
process.on('disconnect', () => {
  logger.error('embedded worker: the primary process is gone; stopping');
  void (stack ?? Promise.reject())
    .then((s) => s.close())
    .catch(() => {})
    .finally(() => process.exit(1));
});
