/**
 * `npm start`: the embedded topology. First run creates the database under .data/, migrates and seeds it,
 * and builds the storefront; later runs reuse both. Prints the URLs and the demo sign-ins.
 */
import { ConfigurationError, DEV_DEFAULT_SECRETS, DataDirLockedError, DatabaseUnreadableError, config, ensureSecrets, logger, metricsListenOptions, serveProcessMetrics, stopOnSignals } from '../subgraphs/kit/src';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_USERS } from '../prisma/seed';
import { SUBGRAPHS } from '../gateway/src/subgraphs';
import { startEmbedded } from './embedded';
import { embeddedEngine, startEmbeddedCluster } from './embedded-cluster';
import { startStorefront, storefrontBuildIsStale } from './storefront';

async function main() {
  const started = performance.now();
  process.env.NEXT_TELEMETRY_DISABLED = '1';
  const gatewayPort = Number(process.env.GATEWAY_PORT ?? 4000);
  const storefrontPort = Number(process.env.STOREFRONT_PORT ?? 3000);
  // Secrets from the environment, else <dataDir>/secrets.json, generated on first run (decision 0020).
  const secrets = ensureSecrets(config.dataDir);
  // Where browsers reach the gateway (the sandbox payment page, its webhooks, the storefront's links to
  // it); set PUBLIC_GATEWAY_URL when that is not this machine's localhost (decision 0021).
  process.env.PUBLIC_GATEWAY_URL ||= process.env.PUBLIC_API_URL || `http://localhost:${gatewayPort}`;
  const common = {
    dataDir: config.dataDir,
    databaseUrl: process.env.DATABASE_URL,
    gatewayPort,
    // Each subgraph on its default port (4001, 4002, ...) unless <NAME>_PORT says otherwise.
    subgraphPorts: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, Number(process.env[`${s.name.toUpperCase()}_PORT`] ?? s.defaultPort)])),
    redisUrl: process.env.REDIS_URL,
    // DEMO_PRODUCTS: how many demo products the first start seeds (default 1,000).
    demoProducts: process.env.DEMO_PRODUCTS ? Number(process.env.DEMO_PRODUCTS) : undefined,
    // A database from before generated secrets has its sealed secrets under the public development key.
    resealFromDataKey: secrets.generated.includes('DATA_ENCRYPTION_KEY') ? DEV_DEFAULT_SECRETS.DATA_ENCRYPTION_KEY : undefined,
  };
  // PostgreSQL and a worker per core unless this folder holds a PGlite database or EMBEDDED_DATABASE=pglite
  // says otherwise (decision 0041).
  const engine = embeddedEngine(config.dataDir);
  const stack =
    engine === 'pglite'
      ? await startEmbedded(common).then((s) => ({ ...s, gatewayUrl: s.gateway.url, workers: 1 }))
      : await startEmbeddedCluster(common);
  const apiPort = new URL(stack.gatewayUrl).port;
  // Metrics of the one process (PGlite); the cluster's workers each serve their own (decision 0070).
  const metricsServer =
    engine === 'pglite'
      ? await serveProcessMetrics().catch((e) => {
          logger.error('metrics listener failed; serving without it', { error: String(e) });
          return null;
        })
      : null;
  const backendMs = Math.round(performance.now() - started);
  let storefront: Awaited<ReturnType<typeof startStorefront>> | null = null;
  if (process.env.START_STOREFRONT !== '0') {
    if (storefrontBuildIsStale()) console.log('Building the storefront (first run, or its sources changed)...');
    storefront = await startStorefront({ gatewayUrl: `http://127.0.0.1:${apiPort}/graphql`, port: storefrontPort });
  }
  const totalMs = Math.round(performance.now() - started);
  const database = process.env.DATABASE_URL ? 'PostgreSQL at DATABASE_URL' : engine === 'pglite' ? `PGlite in ${config.dataDir}/pglite` : `PostgreSQL in ${config.dataDir}/postgres`;
  const processes = stack.workers === 1 ? 'one process' : `${stack.workers} worker processes`;

  console.log(`
WebWaka is running (embedded topology: ${database}, ${processes}).${engine === 'pglite' && !process.env.EMBEDDED_DATABASE ? `
  This data folder holds a PGlite database from an earlier version, which runs on one core. To use every
  core, stop WebWaka and run "npm run db:move-to-postgres" (it keeps a copy and the old folder).` : ''}
  Storefront   ${storefront ? `http://localhost:${storefrontPort}  (store: /s/ade-fashion, marketplace: /m/naija-market, bus trips: /s/abc-transport/trips, till: /pos/ade-fashion)` : 'not started (START_STOREFRONT=0)'}
  Back office  ${storefront ? `http://localhost:${storefrontPort}/admin` : 'not started'}
  Mailbox      ${process.env.SMTP_URL || process.env.MESSAGE_SANDBOX === '0' ? 'mail goes to SMTP_URL' : `${storefront ? `http://localhost:${storefrontPort}/admin/webwaka/mailbox` : 'the back office'} (as superadmin): mail goes to a local SMTP sink on 127.0.0.1:${process.env.SANDBOX_SMTP_PORT ?? 2525}, SMS and WhatsApp to local sandboxes`}
  GraphQL API  http://localhost:${apiPort}/graphql  (subscriptions: ws://localhost:${apiPort}/graphql)
  Subgraphs    ${Object.entries(stack.subgraphs).map(([n, u]) => `${n} ${u}`).join(', ')}
  Metrics      ${metricsWhere(metricsServer?.url, stack.workers)}
  Started in   ${(totalMs / 1000).toFixed(1)} s (backend ${(backendMs / 1000).toFixed(1)} s)${stack.appliedMigrations.length ? `; applied ${stack.appliedMigrations.length} migration(s)` : ''}${stack.seeded?.created ? '; seeded demo data' : ''}${stack.seeded?.productsAdded ? ` (${stack.seeded.productsAdded} products)` : ''}

Demo sign-ins (password ${DEMO_PASSWORD} for all):
${DEMO_USERS.map((u) => `  ${u.email.padEnd(26)} ${u.roles.map(([t, r]) => `${r}@${t}`).join(', ')}`).join('\n')}
Administrators use two-factor: add the secret ${DEMO_TOTP_SECRET} to an authenticator app.
Press Ctrl+C to stop.`);

  stopOnSignals(async () => {
    await storefront?.stop();
    await stack.close();
    await metricsServer?.close();
  });
}

/** Where Prometheus reads this start's metrics: the one process's listener, or one port per cluster worker. */
function metricsWhere(url: string | undefined, workers: number): string {
  const listen = metricsListenOptions();
  if (!listen) return 'off (METRICS_PORT=0)';
  if (workers === 1) return url ?? 'not served (see the log)';
  return `http://${listen.host}:${listen.port}/metrics to :${listen.port + workers - 1} (one port per worker)`;
}

main().catch((e) => {
  // Refusals that say what to do are printed as they are; anything else is a bug, logged with its stack.
  if (e instanceof DataDirLockedError || e instanceof DatabaseUnreadableError || e instanceof ConfigurationError) console.error(`WebWaka did not start: ${e.message}`);
  else logger.error('start failed', { error: String(e), stack: e?.stack });
  process.exit(1);
});
