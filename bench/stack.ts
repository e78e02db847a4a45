/** Runs the embedded stack for the bench in its own process (so load generation does not share its CPU)
 * and prints one JSON line with its URLs. Fresh in-memory database with BENCH_PRODUCTS demo products
 * (10,000 by default) unless BENCH_DATA_DIR points at an existing one.
 *
 * Commands on stdin, one per line, each answered by one JSON line on stdout (for `npm run profile`):
 * `profile-start` starts V8's CPU profiler on this process (gateway, subgraphs and PGlite all run on its
 * main thread), `profile-stop <file>` stops it and writes the .cpuprofile there, with the positions of
 * the repo's TypeScript functions mapped back to their source (tsx compiles each file onto one line). */
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Session } from 'node:inspector';
import { findSourceMap } from 'node:module';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import { startEmbedded } from '../scripts/embedded';
import { startEmbeddedCluster } from '../scripts/embedded-cluster';
import { SUBGRAPHS } from '../gateway/src/subgraphs';

const session = new Session();
const post = (method: string, params?: object) =>
  new Promise<any>((resolve, reject) => session.post(method, params, (err, result) => (err ? reject(err) : resolve(result))));

async function command(line: string): Promise<object> {
  const [name, ...rest] = line.trim().split(' ');
  const arg = rest.join(' ');
  if (name === 'profile-start') {
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.start');
    return { ok: true };
  }
  if (name === 'profile-stop' && arg) {
    const { profile } = await post('Profiler.stop');
    session.disconnect();
    for (const { callFrame: f } of profile.nodes as { callFrame: { url: string; lineNumber: number; columnNumber: number } }[]) {
      if (!f.url.startsWith('file://') || f.url.includes('/node_modules/') || f.lineNumber < 0) continue;
      const entry = findSourceMap(fileURLToPath(f.url))?.findEntry(f.lineNumber, f.columnNumber);
      if (entry && 'originalLine' in entry) Object.assign(f, { lineNumber: entry.originalLine, columnNumber: entry.originalColumn });
    }
    fs.mkdirSync(path.dirname(arg), { recursive: true });
    fs.writeFileSync(arg, JSON.stringify(profile));
    return { ok: true, file: arg };
  }
  return { ok: false, error: `unknown command: ${line}` };
}

/** BENCH_TOPOLOGY=cluster: the embedded default of `npm start` (PostgreSQL + one worker per core, decision 0041)
 * on a fresh data folder; else (`single`) everything in this one process on in-memory PGlite, as tests run it. */
async function start(): Promise<{ gateway: string; subgraphs: Record<string, string>; close(): Promise<void> }> {
  const demoProducts = Number(process.env.BENCH_PRODUCTS ?? 10_000);
  if (process.env.BENCH_TOPOLOGY === 'cluster') {
    const dataDir = process.env.BENCH_DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), 'webwaka-bench-'));
    const c = await startEmbeddedCluster({ dataDir, gatewayPort: 0, subgraphPorts: Object.fromEntries(SUBGRAPHS.map((s) => [s.name, 0])), demoProducts });
    return {
      gateway: c.gatewayUrl,
      subgraphs: c.subgraphs,
      async close() {
        await c.close();
        if (!process.env.BENCH_DATA_DIR) fs.rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const s = await startEmbedded({ dataDir: process.env.BENCH_DATA_DIR ?? 'memory', demoProducts });
  return { gateway: s.gateway.url, subgraphs: s.subgraphs, close: () => s.close() };
}

start().then((s) => {
  process.stdout.write(JSON.stringify({ gateway: s.gateway, subgraphs: s.subgraphs }) + '\n');
  process.on('SIGTERM', () => s.close().finally(() => process.exit(0)));
  readline.createInterface({ input: process.stdin }).on('line', (line) =>
    command(line).then(
      (answer) => process.stdout.write(JSON.stringify(answer) + '\n'),
      (e) => process.stdout.write(JSON.stringify({ ok: false, error: String(e) }) + '\n'),
    ),
  );
});
