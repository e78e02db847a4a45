/**
 * Signals (decision 0073): the first SIGTERM or SIGINT starts the clean stop; a different signal while
 * stopping is ignored (Ctrl+C reaches a launcher's children just before the launcher's own SIGTERM, and they
 * must still drain); the same signal again exits at once.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';

const SCRIPT = `
  const { stopOnSignals } = require(${JSON.stringify(path.join(__dirname, '../src/shutdown.ts'))});
  // A stop that never finishes: only a forced exit ends this process.
  stopOnSignals(() => new Promise(() => console.log('stopping')));
  setInterval(() => undefined, 1000);
  console.log('ready');
`;

test('a different signal while stopping is ignored; the same one again exits at once', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', SCRIPT], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const printed = (text: string) =>
    new Promise<void>((resolve) => {
      const check = () => out.includes(text) && resolve();
      child.stdout!.on('data', (c) => ((out += c), check()));
      check();
    });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    await printed('ready');
    child.kill('SIGINT');
    await printed('stopping');
    child.kill('SIGTERM');
    const early = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 500))]);
    expect(early).toBe('still running');
    child.kill('SIGINT');
    expect(await exited).toBe(1);
  } finally {
    child.kill('SIGKILL');
  }
}, 30_000);
