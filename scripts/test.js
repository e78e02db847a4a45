#!/usr/bin/env node
// `npm test`: one jest run over the whole monorepo (projects in jest.config.js). Extra arguments go to
// jest, e.g. `npm test -- --selectProjects system` or `npm test -- subgraphs/kit`.
//
// Environment:
//   TEST_RUN_IN_BAND=1      run every suite in this process (--runInBand) instead of 2 workers
//   LOG_LEVEL               defaults to `silent`
//   CI=true                 tests that need an absent service fail instead of being skipped
//   WEBWAKA_ASSUME_ABSENT   e.g. `postgresql,redis,chromium` or `all`: treat those services as absent
//                           (see test/support/services.ts, whose detection this mirrors)
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const jestBin = path.join(root, 'node_modules', 'jest', 'bin', 'jest.js');

// --- service detection (kept in step with test/support/services.ts) ---------------------------------
function assumedAbsent(name) {
  const names = (process.env.WEBWAKA_ASSUME_ABSENT || '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  if (names.includes('all')) return true;
  if (name === 'postgresql' && (names.includes('postgres') || names.includes('pg'))) return true;
  if (name === 'redis' && names.includes('redis-server')) return true;
  return names.includes(name);
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(command) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (dir && isExecutable(path.join(dir, command))) return path.join(dir, command);
  }
  return null;
}

const hasPgTools = (dir) => ['initdb', 'pg_ctl', 'postgres'].every((t) => isExecutable(path.join(dir, t)));

function findPostgresBin() {
  if (assumedAbsent('postgresql')) return null;
  let versions = [];
  try {
    versions = fs.readdirSync('/usr/lib/postgresql').sort((a, b) => parseFloat(b) - parseFloat(a));
  } catch {
    // not a Debian layout
  }
  for (const version of versions) {
    const dir = path.join('/usr/lib/postgresql', version, 'bin');
    if (hasPgTools(dir)) return dir;
  }
  const initdb = onPath('initdb');
  if (initdb) {
    const dir = path.dirname(fs.realpathSync(initdb));
    if (hasPgTools(dir)) return dir;
  }
  return null;
}

const services = [
  { name: 'PostgreSQL', where: findPostgresBin() },
  { name: 'Redis', where: assumedAbsent('redis') ? null : onPath('redis-server') },
  { name: 'Chromium', where: !assumedAbsent('chromium') && isExecutable('/usr/bin/chromium') ? '/usr/bin/chromium' : null },
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
