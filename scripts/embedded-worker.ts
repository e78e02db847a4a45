/**
 * One worker of the embedded cluster (scripts/embedded-cluster.ts): the whole graph in this process, on the
 * ports every worker shares, against the primary's already migrated database; pubsub over that database's
 * LISTEN/NOTIFY unless Redis is configured. Tells the primary when it listens.
 */
import { logger, stopOnSignals } from '../subgraphs/kit/src';
import { rateLimitConfig, replicaShare } from '../gateway/src/rate-limit';
import { startEmbedded } from './embedded';

const config = JSON.parse(process.env.WEBWAKA_WORKER_CONFIG ?? '{}') as {
  databaseUrl: string;
  gatewayPort: number;
  subgraphPorts: Record<string, number>;
  redisUrl?: string;
  workers: number;
};

startEmbedded({
  databaseUrl: config.databaseUrl,
  migrate: false,
  seed: false,
  gatewayPort: config.gatewayPort,
  subgraphPorts: config.subgraphPorts,
  redisUrl: config.redisUrl,
  pubsubDatabaseUrl: config.databaseUrl,
  // Without Redis each worker keeps its own buckets: each gets its share, so the sum is what was configured.
  rateLimit: config.redisUrl ? undefined : replicaShare(rateLimitConfig(), config.workers),
}).then(
  (stack) => {
    process.send!({ type: 'webwaka:ready', gateway: stack.gateway.url, subgraphs: stack.subgraphs });
    stopOnSignals(() => stack.close());
    // The primary is gone (killed without a chance to stop us): a worker on its own is no one's to run.
    process.on('disconnect', () => {
      logger.error('embedded worker: the primary process is gone; stopping');
      void stack.close().finally(() => process.exit(1));
    });
  },
  (e) => {
    logger.error('embedded worker failed to start', { error: String(e), stack: e?.stack });
    process.exit(1);
  },
);
