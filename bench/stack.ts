/** Runs the embedded stack for the bench in its own process (so load generation does not share its CPU)
 * and prints one JSON line with its URLs. Fresh in-memory database with BENCH_PRODUCTS demo products
 * (10,000 by default) unless BENCH_DATA_DIR points at an existing one. */
import { startEmbedded } from '../scripts/embedded';

startEmbedded({ dataDir: process.env.BENCH_DATA_DIR ?? 'memory', demoProducts: Number(process.env.BENCH_PRODUCTS ?? 10_000) }).then((s) => {
  process.stdout.write(JSON.stringify({ gateway: s.gateway.url, subgraphs: s.subgraphs }) + '\n');
  process.on('SIGTERM', () => s.close().finally(() => process.exit(0)));
});
