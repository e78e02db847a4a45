// Start the Next.js storefront (npm start and system tests): build it once when the build is missing or older than
// its sources, then `next start` on a free port as a child process in its own process group.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { config } from '../subgraphs/protocol/src/config';
import { SECRET_NAMES } from '../subgraphs/protocol/src/config';

export const STOREFRONT_DIR = resolve(__dirname, '../storefront');

export interface StartStorefrontOptions {
  /** Gateway GraphQL endpoint the storefront talks to (GATEWAY_URL). */
  gatewayUrl: string;
  /** Port to listen on; a free one when omitted. */
  port?: number;
  /** Extra environment for the Next process (e.g. DEFAULT_TENANT_SLUG). */
  env?: Record<string, string>;
  /** Milliseconds to wait for the server to answer (default 60 s). */
  readyTimeoutMs?: number;
}

export interface RunningStorefront {
  url: string;
  stop(): Promise<void>;
}

const SOURCE_EXTENSIONS = /\.(tsx?|mts|css|json|graphql|mjs|cjs|js)$/;
const SKIP_DIRS = new Set(['node_modules', '.next', '.turbo']);

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(full));
    else if (SOURCE_EXTENSIONS.test(entry.name) && entry.name !== 'next-env.d.ts') {
      newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}

/** True when storefront/.next/BUILD_ID is missing or older than any storefront source file. */
export function storefrontBuildIsStale(): boolean {
  const buildId = join(STOREFRONT_DIR, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  return newestSourceMtime(STOREFRONT_DIR) > statSync(buildId).mtimeMs;
}

function nextBin(): string {
  return require.resolve('next/dist/bin/next', { paths: [STOREFRONT_DIR] });
}

/** Environment for Next child processes: jest's NODE_ENV=test would confuse `next build`/`next start`. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra };
  delete env.NODE_ENV;
  // The storefront is a client of the gateway: it holds none of the backend's secrets (decision 0020).
  for (const name of SECRET_NAMES) delete env[name];
  delete env.__NEXT_PRIVATE_ORIGIN;
  return env;
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`${args.slice(1).join(' ')} failed (${signal ?? `exit ${code}`}):\n${output}`));
    });
  });
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Cross-process lock so parallel jest workers do not run two `next build`s at once. */
async function withBuildLock<T>(fn: () => Promise<T>): Promise<T> {
  const lock = join(tmpdir(), `webwaka-storefront-build-${createHash('sha1').update(STOREFRONT_DIR).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(lock, 'utf8').trim() || '0');
      if (owner && !pidAlive(owner)) {
        try {
          unlinkSync(lock);
        } catch {
          /* someone else removed it */
        }
        continue;
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for storefront build lock ${lock}`);
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  try {
    return await fn();
  } finally {
    try {
      unlinkSync(lock);
    } catch {
      /* already gone */
    }
  }
}

let buildInProcess: Promise<void> | undefined;

/** Run `next build` when the existing build is missing or stale (at most once per process). */
export function ensureStorefrontBuilt(): Promise<void> {
  buildInProcess ??= withBuildLock(async () => {
    if (!storefrontBuildIsStale()) return;
    await run([nextBin(), 'build'], STOREFRONT_DIR, childEnv({}));
  }).catch((error) => {
    buildInProcess = undefined;
    throw error;
  });
  return buildInProcess;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePromise(port));
    });
  });
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    /* group already gone */
  }
}

/**
 * The key the storefront signs its shoppers' addresses with for the gateway (decision 0021): derived
 * from this installation's gateway secret unless STOREFRONT_SECRET is set. Without one the storefront
 * vouches for nobody, and the gateway sees the storefront's own address.
 */
function storefrontSecretEnv(): Record<string, string> {
  try {
    return { STOREFRONT_SECRET: config.storefrontSecret };
  } catch {
    return {};
  }
}

/**
 * Build if needed, then start `server.js` (`next start` behind the storefront's edge) against
 * `gatewayUrl`; resolves once the server answers HTTP.
 */
export async function startStorefront(options: StartStorefrontOptions): Promise<RunningStorefront> {
  await ensureStorefrontBuilt();
  const port = options.port ?? (await freePort());
  const host = '127.0.0.1';
  const url = `http://${host}:${port}`;
  const child = spawn(process.execPath, [join(STOREFRONT_DIR, 'server.js'), '-p', String(port), '-H', host], {
    cwd: STOREFRONT_DIR,
    // STOREFRONT_SELF_URL: the proxy renders pages for its page cache by asking this address (decision 0018).
    env: childEnv({ GATEWAY_URL: options.gatewayUrl, PORT: String(port), STOREFRONT_SELF_URL: url, ...storefrontSecretEnv(), ...options.env }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so stop() also ends anything next spawns
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
    if (process.env.STOREFRONT_LOG === '1') process.stderr.write(chunk);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  let exitedEarly = false;
  void exited.then(() => {
    exitedEarly = true;
  });

  // If the test process dies without calling stop(), do not leave the server running.
  const onExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', onExit);

  const stop = async () => {
    process.removeListener('exit', onExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  for (;;) {
    if (exitedEarly) throw new Error(`next start exited before answering (exit ${child.exitCode}):\n${output}`);
    try {
      // Any HTTP answer means the server is up; this path does not touch the gateway.
      const res = await fetch(`${url}/_next/static/__ready_probe__`, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
      await res.body?.cancel();
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`storefront did not answer on ${url} within ${options.readyTimeoutMs ?? 60_000} ms:\n${output}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { url, stop };
}
