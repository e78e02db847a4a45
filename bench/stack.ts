/** Runs the embedded stack for the bench in its own process (so load generation does not share its CPU)
 * and prints one JSON line with its URLs. Fresh in-memory database unless BENCH_DATA_DIR is set. */
import { startEmbedded } from '../scripts/embedded';

startEmbedded({ dataDir: process.env.BENCH_DATA_DIR ?? 'memory' }).then((s) => {
  process.stdout.write(JSON.stringify({ gateway: s.gateway.url, subgraphs: s.subgraphs }) + '\n');
  process.on('SIGTERM', () => s.close().then(() => process.exit(0)));
});
