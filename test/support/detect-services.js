// Detection of the optional test services (PostgreSQL, Redis, Chromium), shared by scripts/test.js (plain
// Node, before jest) and test/support/services.ts. `WEBWAKA_ASSUME_ABSENT=postgresql,redis,chromium` (or
// `all`) reports those services as absent even when installed, to exercise the skip path.
const fs = require('node:fs');
const path = require('node:path');

const CHROMIUM_PATH = '/usr/bin/chromium';

function assumedAbsent(name) {
  const names = (process.env.WEBWAKA_ASSUME_ABSENT || '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
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

const hasPgTools = (dir) => ['initdb', 'pg_ctl', 'postgres'].every((tool) => isExecutable(path.join(dir, tool)));

/** The directory holding initdb, pg_ctl and postgres (e.g. /usr/lib/postgresql/15/bin), or null. */
function findPostgresBin() {
  if (assumedAbsent('postgresql')) return null;
  // Debian keeps the server binaries off PATH, one directory per major version: take the newest.
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
  // Elsewhere (or symlinked into PATH): follow initdb to its real directory.
  const initdb = onPath('initdb');
  if (initdb) {
    const dir = path.dirname(fs.realpathSync(initdb));
    if (hasPgTools(dir)) return dir;
  }
  return null;
}

const findRedisServer = () => (assumedAbsent('redis') ? null : onPath('redis-server'));
const hasChromium = () => !assumedAbsent('chromium') && isExecutable(CHROMIUM_PATH);

module.exports = { CHROMIUM_PATH, assumedAbsent, findPostgresBin, findRedisServer, hasChromium };
