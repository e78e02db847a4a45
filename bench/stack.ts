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
import { startEmbedded } from '../scripts/embedded';

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

startEmbedded({ dataDir: process.env.BENCH_DATA_DIR ?? 'memory', demoProducts: Number(process.env.BENCH_PRODUCTS ?? 10_000) }).then((s) => {
  process.stdout.write(JSON.stringify({ gateway: s.gateway.url, subgraphs: s.subgraphs }) + '\n');
  process.on('SIGTERM', () => s.close().finally(() => process.exit(0)));
  readline.createInterface({ input: process.stdin }).on('line', (line) =>
    command(line).then(
      (answer) => process.stdout.write(JSON.stringify(answer) + '\n'),
      (e) => process.stdout.write(JSON.stringify({ ok: false, error: String(e) }) + '\n'),
    ),
  );
});
