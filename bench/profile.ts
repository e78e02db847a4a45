/**
 * `npm run profile -- <scenario> [--duration 10] [--connections 50] [--top 15] [--total 0] [--checkouts 500]`:
 * runs the bench scenarios whose names contain <scenario> (as `npm run bench -- --only`), with V8's CPU profiler on
 * the stack process (gateway, seven subgraphs and PGlite share its one thread) for exactly the measured
 * part of each, and prints the functions by self time and the areas (packages, subgraphs) they belong to;
 * `--total N` adds the N functions with the most total (inclusive) time.
 * Each .cpuprofile is kept under .profiles/ (open it in Chrome DevTools' Performance panel or in VS Code).
 */
import path from 'node:path';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { runBench, startStack } from './run';
import { formatReport, formatTotals, profileReport, type CpuProfile } from './profile-report';

const ROOT = path.resolve(__dirname, '..');

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { duration: { type: 'string', default: '10' }, warmup: { type: 'string', default: '3' }, connections: { type: 'string', default: '50' }, top: { type: 'string', default: '15' }, total: { type: 'string', default: '0' }, checkouts: { type: 'string', default: '500' }, 'pos-sales': { type: 'string', default: '10000' } },
  });
  if (!positionals.length) throw new Error('usage: npm run profile -- <scenario> [--duration 10] [--connections 50] [--top 15]');
  const dir = path.join(ROOT, '.profiles');
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const stack = await startStack();
  try {
    await runBench(stack, { only: positionals, connections: values.connections.split(',').map(Number), durationS: Number(values.duration), warmupS: Number(values.warmup), checkouts: Number(values.checkouts), posSales: Number(values['pos-sales']) }, async (name, measure) => {
      await stack.command('profile-start');
      let result;
      try {
        result = await measure();
      } finally {
        const file = path.join(dir, `${stamp}-${name.replace(/[^\w.@-]+/g, '_')}.cpuprofile`);
        const answer = await stack.command(`profile-stop ${file}`);
        if (!answer.ok) throw new Error(`profiling ${name}: ${answer.error}`);
        const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
        console.log(`\n## ${name}\n${path.relative(process.cwd(), file)}\n\n${formatReport(profileReport(profile, ROOT), Number(values.top))}\n`);
        if (Number(values.total) > 0) console.log(`${formatTotals(profile, ROOT, Number(values.total))}\n`);
      }
      return result;
    });
  } finally {
    stack.stop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
