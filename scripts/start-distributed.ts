/**
 * `npm run start:distributed`: every subgraph and GATEWAY_REPLICAS gateways (default 2) as separate processes on
 * PostgreSQL (DATABASE_URL) and Redis (REDIS_URL). Gateways listen on GATEWAY_PORT, GATEWAY_PORT+1, ...;
 * put a load balancer in front of them. `<NAME>_REPLICAS` (e.g. CATALOG_REPLICAS=3) runs that many replicas
 * of a subgraph on its one port. Migrates and seeds on start.
 */
import { config, ensureSecrets, stopOnSignals } from '../subgraphs/kit/src';
import { SUBGRAPHS } from '../gateway/src/subgraphs';
import { startDistributed } from './distributed';

async function main() {
  const { DATABASE_URL, REDIS_URL } = process.env;
  if (!DATABASE_URL || !REDIS_URL) {
    console.error('Set DATABASE_URL=postgres://... and REDIS_URL=redis://... (see README "Distributed topology").');
    process.exit(2);
  }
  // Generated once into <dataDir>/secrets.json unless given in the environment, and passed down to every
  // process (decision 0020). Machines of one installation must share them: copy the file or set the env.
  ensureSecrets(config.dataDir);
  const replicas = Number(process.env.GATEWAY_REPLICAS ?? 2);
  const base = Number(process.env.GATEWAY_PORT ?? 4000);
  const running = await startDistributed({
    databaseUrl: DATABASE_URL,
    redisUrl: REDIS_URL,
    // Subgraphs on 4101, 4102, ... unless <NAME>_PORT says otherwise.
    subgraphPorts: Object.fromEntries(SUBGRAPHS.map((s, i) => [s.name, Number(process.env[`${s.name.toUpperCase()}_PORT`] ?? 4101 + i)])),
    gatewayPorts: Array.from({ length: replicas }, (_, i) => base + i),
    // Each process's Prometheus metrics on 127.0.0.1 from METRICS_PORT (9464) up, ten apart; 0 for none (decision 0070).
    metricsPort: Number(process.env.METRICS_PORT ?? 9464) || undefined,
  });
  console.log(
    `WebWaka distributed topology is running:\n${running.gatewayUrls.map((u, i) => `  gateway ${i + 1}  ${u}`).join('\n')}\n${Object.entries(running.subgraphUrls)
      .map(([n, u]) => `  ${n.padEnd(10)} ${u}`)
      .join('\n')}${Object.keys(running.metricsUrls).length ? `\nMetrics:\n${Object.entries(running.metricsUrls).map(([n, u]) => `  ${n.padEnd(10)} ${u}`).join('\n')}` : ''}`,
  );
  stopOnSignals(() => running.stop());
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
