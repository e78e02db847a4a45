#!/usr/bin/env node
// `npm test`: one jest run over the whole monorepo (projects in jest.config.js). Extra arguments go to
// jest, e.g. `npm test -- --selectProjects system` or `npm test -- subgraphs/kit`.
//
// Environment:
//   TEST_RUN_IN_BAND=1      run every suite in this process (--runInBand) instead of 2 workers
//   LOG_LEVEL               defaults to `silent`
//   CI=true                 tests that need an absent service fail instead of being skipped
//   WEBWAKA_ASSUME_ABSENT   e.g. `postgresql,redis,chromium` or `all`: treat those services as absent
//                           (detection in test/support/detect-services.js)
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const jestBin = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');

const { findPostgresBin, findRedisServer, hasChromium, CHROMIUM_PATH } = require('../test/support/detect-services.js');

const services = [
  { name: 'PostgreSQL', where: findPostgresBin() },
  { name: 'Redis', where: findRedisServer() },
  { name: 'Chromium', where: hasChromium() ? CHROMIUM_PATH : null },
];

// --- report ------------------------------------------------------------------------------------------
const ci = process.env.CI === 'true';
const absent = services.filter((s) => !s.where).map((s) => s.name);
console.log('Optional services for system tests:');
for (const s of services) console.log(`  ${s.name.padEnd(11)} ${s.where ? `present (${s.where})` : 'absent'}`);
if (process.env.WEBWAKA_ASSUME_ABSENT) console.log(`  (WEBWAKA_ASSUME_ABSENT=${process.env.WEBWAKA_ASSUME_ABSENT})`);
if (absent.length > 0) {
  if (ci) {
    console.log(`CI=true: tests needing ${absent.join(', ')} will FAIL (a skip under CI is a failure).`);
  } else {
    console.log(`Tests needing ${absent.join(', ')} will be reported as skipped (install: apt-get install -y postgresql redis-server chromium).`);
  }
}
console.log('');

// --- jest --------------------------------------------------------------------------------------------
const args = process.argv.slice(2);
const chooseWorkers = !args.some((a) => /^(-i|--runInBand|-w|--maxWorkers)(=|$)/.test(a) || /^-w\d/.test(a));
// --forceExit: PGlite's WASM runtime can leave a timer alive after close(), which would keep jest (and a CI
// job) waiting after every test has finished.
const jestArgs = [jestBin, '--ci', '--forceExit'];
if (chooseWorkers) jestArgs.push(process.env.TEST_RUN_IN_BAND === '1' ? '--runInBand' : '--maxWorkers=2');
jestArgs.push(...args);

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  TURBO_TELEMETRY_DISABLED: '1',
  LOG_LEVEL: process.env.LOG_LEVEL || 'silent',
  // PGlite and Prisma's WASM schema engine load parts of themselves with dynamic import(), which jest's
  // module sandbox only allows with this flag.
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules'].filter(Boolean).join(' '),
};

const child = spawn(process.execPath, jestArgs, { cwd: root, env, stdio: 'inherit' });
const forward = (signal) => () => child.kill(signal);
process.on('SIGINT', forward('SIGINT'));
process.on('SIGTERM', forward('SIGTERM'));
child.on('error', (error) => {
  console.error(`scripts/test.js: could not run jest: ${error.message}`);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  if (signal) {
    console.error(`scripts/test.js: jest was killed by ${signal}`);
    process.exit(1);
  }
  process.exit(code ?? 1);
});
