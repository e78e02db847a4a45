/** Runs a gateway replica as its own process (distributed topology): PORT, <SUBGRAPH>_URL, REDIS_URL. */
import { assertSecretsConfigured, createPubSub, logger, serveProcessMetrics, stopOnSignals } from '@webwaka/protocol';
import { startGateway } from './server';

async function main() {
  // Refuse before listening when a secret is missing or a public default (decision 0020).
  assertSecretsConfigured();
  const pubsub = createPubSub(process.env.REDIS_URL);
  const gw = await startGateway({ port: Number(process.env.PORT ?? 4000), host: process.env.HOST ?? '0.0.0.0', pubsub, redisUrl: process.env.REDIS_URL });
  logger.info('gateway listening', { url: gw.url });
  // Prometheus metrics on an internal port, never the public one (METRICS_PORT, METRICS_HOST; decision 0070).
  const metricsServer = await serveProcessMetrics().catch((e) => {
    logger.error('gateway: metrics listener failed; serving without it', { error: String(e) });
    return null;
  });
  if (metricsServer) logger.info('gateway metrics', { url: metricsServer.url });
  stopOnSignals(async () => {
    await gw.close();
    await metricsServer?.close();
    await pubsub.close();
  });
}

main().catch((e) => {
  logger.error('gateway failed to start', { error: String(e), stack: e?.stack });
  process.exit(1);
});
