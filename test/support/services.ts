// Helpers for tests that need real external services: PostgreSQL, Redis and Chromium from Debian
// (DESIGN.md, "Toolchain facts"). Each test starts its own private instance on 127.0.0.1 and a free
// port, in a temp directory of its own, so suites can run in parallel and never touch a system service.
//
// Absent services: outside CI a test that needs one is skipped with a one-line reason; under CI
// (`CI=true`) a skip is a failure, so the helpers throw instead.
//
// `WEBWAKA_ASSUME_ABSENT=postgresql,redis,chromium` (or `all`) makes the detection functions report
// those services as absent even when installed, to exercise the skip path.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { Redis } from 'ioredis';

const execFileAsync = promisify(execFile);

import type { ServiceName } from './detect-services';

export type { ServiceName };

export interface RunningService {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A private PostgreSQL that a fault test can also take away and bring back (issue 18). */
export interface RunningPostgres extends RunningService {
  /** Stops the server as a crash would (`pg_ctl stop -m immediate`), keeping its data directory and port. */
  crash(): Promise<void>;
  /** Starts the crashed server again on the same data directory and port (it recovers from its WAL). */
  restart(): Promise<void>;
}

import { CHROMIUM_PATH, assumedAbsent, findPostgresBin, findRedisServer, hasChromium } from './detect-services';

export { CHROMIUM_PATH, findPostgresBin, findRedisServer, hasChromium };

// ---------------------------------------------------------------------------------------------------
// Detection (shared with scripts/test.js)

export function hasPostgres(): boolean {
  return findPostgresBin() !== null;
}

export function hasRedis(): boolean {
  return findRedisServer() !== null;
}

export function isAvailable(name: ServiceName): boolean {
  switch (name) {
    case 'postgresql':
      return hasPostgres();
    case 'redis':
      return hasRedis();
    case 'chromium':
      return hasChromium();
  }
}

const MISSING: Record<ServiceName, string> = {
  postgresql: 'PostgreSQL not installed (no initdb/pg_ctl under /usr/lib/postgresql/*/bin)',
  redis: 'redis-server not installed',
  chromium: `chromium not installed (${CHROMIUM_PATH})`,
};

const APT_PACKAGE: Record<ServiceName, string> = {
  postgresql: 'postgresql',
  redis: 'redis-server',
  chromium: 'chromium',
};

function absentReason(name: ServiceName): string {
  return process.env.WEBWAKA_ASSUME_ABSENT && assumedAbsent(name)
    ? `${MISSING[name]} [WEBWAKA_ASSUME_ABSENT]`
    : MISSING[name];
}

const isCI = () => process.env.CI === 'true';

function ciError(names: ServiceName[]): Error {
  const reasons = names.map(absentReason).join('; ');
  const packages = names.map((n) => APT_PACKAGE[n]).join(' ');
  return new Error(
    `${reasons}: required when CI=true (a skipped test under CI is a failure). ` +
      `Install with: apt-get install -y ${packages}`,
  );
}

/**
 * Decide whether a test needing `name` runs. Available → 'run'. Absent under CI → throws.
 * Absent otherwise → prints a one-line reason to stderr and returns 'skip'.
 */
export function requireService(name: ServiceName, available: boolean): 'run' | 'skip' {
  if (available) return 'run';
  if (isCI()) throw ciError([name]);
  process.stderr.write(`skipping tests that need ${name}: ${absentReason(name)}\n`);
  return 'skip';
}

/**
 * `describe` when every named service is installed, otherwise `describe.skip` with the reason in
 * the title (e.g. "Redis pub/sub [skipped: redis-server not installed]"). Under CI an absent service
 * throws, which fails the test file.
 */
export function describeIfService(names: ServiceName[], title: string, fn: () => void): void {
  const absent = names.filter((name) => !isAvailable(name));
  if (absent.length === 0) {
    describe(title, fn);
    return;
  }
  if (isCI()) throw ciError(absent);
  for (const name of absent) requireService(name, false);
  describe.skip(`${title} [skipped: ${absent.map(absentReason).join('; ')}]`, fn);
}

// ---------------------------------------------------------------------------------------------------
// Ports and processes

/**
 * Ports for the processes a test starts on fixed ports, below Linux's ephemeral range (32768–60999).
 * The OS hands ephemeral ports to every `listen(0)` (each in-process test stack's subgraphs) and to every
 * outgoing connection's local end, on the whole machine. A port picked from that range was free a moment
 * ago only: while a fault test's subgraph restarts after SIGKILL, a suite running beside it could take the
 * port, and the restarted subgraph met EADDRINUSE, or another suite's pos answered on inventory's port (the
 * clean-clone CI of 7 December). Below the range only these helpers hand ports out: each jest worker picks
 * from its own slice, and a port is checked by binding it first.
 */
const FIXED_PORT_BASE = 20_000;
const PORTS_PER_WORKER = 1_500;
const handedOut = new Set<number>();

/** A TCP port free on 127.0.0.1, below the ephemeral range, not handed out before by this module. */
export async function freePort(): Promise<number> {
  const worker = Math.max(1, Number(process.env.JEST_WORKER_ID) || 1);
  const base = FIXED_PORT_BASE + ((worker - 1) % 8) * PORTS_PER_WORKER;
  for (let attempt = 0; attempt < 500; attempt++) {
    const port = base + Math.floor(Math.random() * PORTS_PER_WORKER);
    if (handedOut.has(port)) continue;
    // Taken before the check, so two calls at once never settle on the same port (kept when not bindable: in use).
    handedOut.add(port);
    if (await bindable(port)) return port;
  }
  throw new Error(`freePort: no free port in ${base}–${base + PORTS_PER_WORKER - 1}`);
}

function bindable(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Services a test forgot to stop die with the test process rather than outliving it.
const cleanups = new Set<() => void>();
let exitHookInstalled = false;
function onExit(cleanup: () => void): () => void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => {
      for (const fn of cleanups) {
        try {
          fn();
        } catch {
          // best effort
        }
      }
    });
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

const shellQuote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function postgresUser(): { uid: number; gid: number } {
  let passwd = '';
  try {
    passwd = fs.readFileSync('/etc/passwd', 'utf8');
  } catch {
    // fall through to the error below
  }
  for (const line of passwd.split('\n')) {
    const fields = line.split(':');
    if (fields[0] === 'postgres') return { uid: Number(fields[2]), gid: Number(fields[3]) };
  }
  throw new Error('startPostgres: running as root but there is no `postgres` user (apt-get install -y postgresql)');
}

/** Run a PostgreSQL tool; as root through `su postgres`, because initdb/pg_ctl refuse to run as root. */
async function runPgTool(binDir: string, tool: string, args: string[], cwd: string): Promise<void> {
  const file = path.join(binDir, tool);
  try {
    if (isRoot()) {
      const command = [file, ...args].map(shellQuote).join(' ');
      await execFileAsync('su', ['postgres', '-s', '/bin/sh', '-c', command], { cwd, timeout: 120_000 });
    } else {
      await execFileAsync(file, args, { cwd, timeout: 120_000 });
    }
  } catch (error) {
    const e = error as { stderr?: string; stdout?: string; message: string };
    const output = `${e.stderr ?? ''}${e.stdout ?? ''}`.trim();
    throw new Error(`${tool} ${args.join(' ')} failed: ${e.message}${output ? `\n${output}` : ''}`);
  }
}

function readTail(file: string, chars = 2000): string {
  try {
    return fs.readFileSync(file, 'utf8').slice(-chars);
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------------------------------------------
// PostgreSQL

async function waitForPostgres(url: string, timeoutMs: number, logFile: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('select 1');
      await client.end();
      return;
    } catch (error) {
      lastError = error;
      await client.end().catch(() => {});
      await sleep(100);
    }
  }
  throw new Error(`PostgreSQL at ${url} did not accept connections: ${String(lastError)}\n${readTail(logFile)}`);
}

/**
 * A private PostgreSQL cluster: initdb into a fresh temp directory (owned by `postgres` when running as
 * root), trust auth, 127.0.0.1 on a free port, unix socket in the temp directory, max_connections=200,
 * fsync off. stop() shuts it down immediately and removes the directory.
 */
export async function startPostgres(): Promise<RunningPostgres> {
  const binDir = findPostgresBin();
  if (!binDir) throw new Error(`startPostgres: ${absentReason('postgresql')}`);

  // /tmp is world-traversable, which the postgres user needs when we are root.
  const base = isRoot() ? '/tmp' : os.tmpdir();
  const dir = fs.mkdtempSync(path.join(base, 'webwaka-pg-'));
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'postgres.log');
  if (isRoot()) {
    const { uid, gid } = postgresUser();
    fs.chownSync(dir, uid, gid);
  }

  let running = false;
  const removeDir = () => fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
  const killPostmaster = () => {
    // SIGQUIT to the postmaster is an immediate shutdown, the same as `pg_ctl stop -m immediate`.
    const pid = Number(readTail(path.join(dataDir, 'postmaster.pid'), 100000).split('\n')[0]);
    if (pid > 0) process.kill(pid, 'SIGQUIT');
  };
  const forget = onExit(() => {
    if (running) killPostmaster();
    removeDir();
  });

  try {
    await runPgTool(
      binDir,
      'initdb',
      ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync'],
      dir,
    );
    const baseConf = fs.readFileSync(path.join(dataDir, 'postgresql.conf'), 'utf8');

    // The port is free when picked but may be taken before the server binds it: retry on a new one.
    let lastError: unknown;
    for (let attempt = 0; attempt < 3; attempt++) {
      const port = await freePort();
      fs.writeFileSync(
        path.join(dataDir, 'postgresql.conf'),
        baseConf +
          [
            '',
            '# test/support/services.ts',
            `listen_addresses = '127.0.0.1'`,
            `port = ${port}`,
            `unix_socket_directories = '${dir}'`,
            'max_connections = 200',
            'fsync = off',
            'synchronous_commit = off',
            'full_page_writes = off',
            '',
          ].join('\n'),
      );
      try {
        await runPgTool(binDir, 'pg_ctl', ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60'], dir);
        running = true;
        const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
        await waitForPostgres(url, 30_000, logFile);
        let stopped: Promise<void> | undefined;
        const stop = () =>
          (stopped ??= (async () => {
            try {
              await runPgTool(binDir, 'pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w'], dir);
            } catch {
              try {
                killPostmaster();
              } catch {
                // already gone
              }
            }
            running = false;
            forget();
            removeDir();
          })());
        const crash = async () => {
          await runPgTool(binDir, 'pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w'], dir);
          running = false;
        };
        const restart = async () => {
          await runPgTool(binDir, 'pg_ctl', ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60'], dir);
          running = true;
          await waitForPostgres(url, 30_000, logFile);
        };
        return { url, port, stop, crash, restart };
      } catch (error) {
        lastError = new Error(`${(error as Error).message}\n${readTail(logFile)}`);
        if (running) {
          await runPgTool(binDir, 'pg_ctl', ['stop', '-D', dataDir, '-m', 'immediate', '-w'], dir).catch(() => {});
          running = false;
        }
      }
    }
    throw lastError;
  } catch (error) {
    if (running) {
      try {
        killPostmaster();
      } catch {
        // already gone
      }
    }
    forget();
    removeDir();
    throw error;
  }
}

// ---------------------------------------------------------------------------------------------------
// Redis

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

async function waitForRedis(port: number, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`redis-server exited (${child.exitCode ?? child.signalCode})`);
    }
    // Probe the port with a bare socket first: an ioredis client whose connection is refused leaves
    // its connect-timeout timer behind, which keeps the test process alive.
    if (!(await canConnect(port))) {
      await sleep(50);
      continue;
    }
    const client = new Redis({
      host: '127.0.0.1',
      port,
      lazyConnect: true,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
      enableOfflineQueue: false,
      connectTimeout: 2000,
    });
    client.on('error', () => {});
    try {
      await client.connect();
      const reply = await client.ping();
      client.disconnect();
      if (reply === 'PONG') return;
    } catch (error) {
      lastError = error;
      client.disconnect();
    }
    await sleep(50);
  }
  throw new Error(`redis-server on port ${port} did not answer PING: ${String(lastError)}`);
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * A private redis-server on 127.0.0.1 and a free port, with persistence off; stop() kills it. `port`: that
 * one instead (a test bringing back a Redis it stopped, at the address its clients reconnect to).
 */
export async function startRedis(opts: { port?: number } = {}): Promise<RunningService> {
  const server = findRedisServer();
  if (!server) throw new Error(`startRedis: ${absentReason('redis')}`);

  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = opts.port ?? (await freePort());
    const child = spawn(
      server,
      [
        '--port', String(port),
        '--bind', '127.0.0.1',
        '--save', '',
        '--appendonly', 'no',
        '--daemonize', 'no',
        '--dir', os.tmpdir(),
        '--loglevel', 'warning',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const collect = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    };
    child.stdout!.on('data', collect);
    child.stderr!.on('data', collect);
    child.on('error', (error) => collect(Buffer.from(String(error))));
    const forget = onExit(() => child.kill('SIGKILL'));

    try {
      await waitForRedis(port, child, 20_000);
    } catch (error) {
      lastError = new Error(`${(error as Error).message}\n${output}`);
      child.kill('SIGKILL');
      await waitForExit(child, 5000);
      forget();
      continue;
    }

    let stopped: Promise<void> | undefined;
    const stop = () =>
      (stopped ??= (async () => {
        child.kill('SIGTERM');
        if (!(await waitForExit(child, 5000))) {
          child.kill('SIGKILL');
          await waitForExit(child, 5000);
        }
        forget();
      })());
    return { url: `redis://127.0.0.1:${port}`, port, stop };
  }
  throw lastError;
}
