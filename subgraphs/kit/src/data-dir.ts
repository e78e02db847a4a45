/**
 * The embedded database's folder: one owner at a time, and restorable copies (decision 0020).
 *
 * PGlite is Postgres inside this process, without a postmaster to notice a second one: two processes that
 * open <dataDir>/pglite write over each other's files and leave it unreadable for good. So the data folder
 * is locked before PGlite opens it (`<dataDir>/webwaka.lock`, naming the owner), a lock whose process is
 * gone is taken over, and copies of the database (PGlite's `dumpDataDir` tarball) are written to
 * `<dataDir>/backups/` before migrations and on a schedule, for `npm run db:restore`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { logger } from '@webwaka/protocol';
import { isPostgresBackup, untarGz } from './postgres-backup';

export const LOCK_FILE = 'webwaka.lock';
export const BACKUPS_DIR = 'backups';
const BACKUP_SUFFIX = '.tar.gz';

/** How many copies are kept (newest first); older ones are deleted after each new copy. */
export const backupKeep = () => Math.max(1, Number(process.env.BACKUP_KEEP ?? 10));
/** A scheduled copy is made when the newest is older than this (and at this interval while running). */
export const backupIntervalMs = () => Number(process.env.BACKUP_INTERVAL_HOURS ?? 6) * 3600_000;

export class DataDirLockedError extends Error {
  readonly code = 'DATA_DIR_LOCKED';
}
export class DatabaseUnreadableError extends Error {
  readonly code = 'DATABASE_UNREADABLE';
}

interface LockInfo {
  pid: number;
  /** Linux: the process's start time in clock ticks since boot, so a reused pid is not mistaken for it. */
  procStart: string | null;
  startedAt: string;
  hostname: string;
  command: string;
}

export interface DataDirLock {
  file: string;
  release(): void;
}

/** Lock files this process holds: a second open of the same folder in one process is refused too. */
const held = new Set<string>();

function procStart(pid: number): string | null {
  try {
    // Field 22 of /proc/<pid>/stat; the command name (field 2) may contain spaces, so count after ')'.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function readLock(file: string): LockInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(file, 'utf8'));
    return typeof info?.pid === 'number' ? info : null;
  } catch {
    return null;
  }
}

function isRunning(info: LockInfo, file: string): boolean {
  if (info.pid === process.pid) return held.has(file);
  try {
    process.kill(info.pid, 0);
  } catch (e) {
    // EPERM: alive, but someone else's.
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = procStart(info.pid);
  return !(info.procStart && now && now !== info.procStart);
}

function lockedError(dir: string, other: LockInfo): DataDirLockedError {
  return new DataDirLockedError(
    `${dir} is in use by another WebWaka process: pid ${other.pid} (${other.command}), started ${other.startedAt}` +
      `${other.hostname !== os.hostname() ? ` on ${other.hostname}` : ''}. Only one process may open the embedded database: stop that one ` +
      `(kill ${other.pid}) or give this one another folder (WEBWAKA_DATA_DIR). If no such process is running, delete ${path.join(dir, LOCK_FILE)}.`,
  );
}

/** Takes the folder's lock or throws `DataDirLockedError` naming its owner. Stale locks are taken over. */
export function lockDataDir(dataDir: string): DataDirLock {
  const dir = path.resolve(dataDir);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, LOCK_FILE);
  const mine: LockInfo = {
    pid: process.pid,
    procStart: procStart(process.pid),
    startedAt: new Date().toISOString(),
    hostname: os.hostname(),
    command: process.argv.slice(1).map((a) => path.relative(process.cwd(), a) || a).join(' ') || 'node',
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    // Written whole under a private name, then linked into place: link() fails when the lock exists, so of
    // two starts only one wins, and nobody reads half a lock.
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(mine), { mode: 0o600 });
    try {
      fs.linkSync(tmp, file);
      held.add(file);
      const release = () => {
        if (!held.delete(file)) return;
        if (readLock(file)?.pid === process.pid) fs.rmSync(file, { force: true });
        process.off('exit', release);
      };
      process.on('exit', release);
      return { file, release };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    } finally {
      fs.rmSync(tmp, { force: true });
    }
    const other = readLock(file);
    if (other && isRunning(other, file)) throw lockedError(dir, other);
    // Its process is gone (crashed or killed): take the lock over. It is renamed away rather than deleted,
    // so that when two starts both found it stale, the one that renamed a live lock can put it back.
    const stale = `${file}.stale-${process.pid}`;
    try {
      fs.renameSync(file, stale);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw e;
    }
    const moved = readLock(stale);
    if (moved && isRunning(moved, file)) {
      try {
        fs.linkSync(stale, file);
      } finally {
        fs.rmSync(stale, { force: true });
      }
      throw lockedError(dir, moved);
    }
    fs.rmSync(stale, { force: true });
    logger.warn('took over the lock of a process that is gone', { dir, pid: other?.pid ?? null, startedAt: other?.startedAt ?? null });
  }
  throw new DataDirLockedError(`Could not lock ${dir}: its lock keeps changing hands.`);
}

export interface Backup {
  name: string;
  file: string;
  createdAt: Date;
  bytes: number;
}

/** Copies in <dataDir>/backups, newest first. */
export function listBackups(dataDir: string): Backup[] {
  const dir = path.join(path.resolve(dataDir), BACKUPS_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(BACKUP_SUFFIX))
    .map((f) => {
      const st = fs.statSync(path.join(dir, f));
      return { name: f.slice(0, -BACKUP_SUFFIX.length), file: path.join(dir, f), createdAt: st.mtime, bytes: st.size };
    })
    .sort((a, b) => b.name.localeCompare(a.name));
}

/** What PGlite offers for copies (typed here so the kit does not load PGlite where it is not used). */
export interface DumpableDatabase {
  dumpDataDir(compression?: 'gzip' | 'auto' | 'none'): Promise<Blob>;
}

/**
 * Writes a copy of the open database. PGlite builds the tarball from its files in one synchronous pass,
 * between queries, so the copy is what a crash at that instant would leave: Postgres recovers it from its
 * WAL on restore (committed transactions in, unfinished ones out).
 */
export async function writeBackup(db: DumpableDatabase, dataDir: string, reason: string): Promise<Backup> {
  const dir = path.join(path.resolve(dataDir), BACKUPS_DIR);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const blob = await db.dumpDataDir('gzip');
  // Sortable by name: the time to the millisecond (no ':' for the file systems that refuse it), then why.
  const name = `${new Date().toISOString().replace(/:/g, '-')}-${reason.replace(/[^a-z0-9-]/gi, '-')}`;
  const file = path.join(dir, name + BACKUP_SUFFIX);
  const tmp = `${file}.tmp`;
  // The copy holds every customer's data: private to the owner like the database itself.
  fs.writeFileSync(tmp, Buffer.from(await blob.arrayBuffer()), { mode: 0o600 });
  fs.renameSync(tmp, file);
  for (const old of listBackups(dataDir).slice(backupKeep())) fs.rmSync(old.file, { force: true });
  logger.info('database copied', { name, bytes: blob.size });
  return { name, file, createdAt: new Date(), bytes: blob.size };
}

/** The message for a database that does not open: what happened, and how to get the data back. */
export function unreadableMessage(dataDir: string, cause: unknown, folder: 'pglite' | 'postgres' = 'pglite'): string {
  const dir = path.resolve(dataDir);
  const [newest] = listBackups(dataDir);
  const how = newest
    ? `Restore the newest copy (${newest.name}) with \`npm run db:restore\`, or a named one with \`npm run db:restore -- <name>\` ` +
      `(\`npm run db:restore -- --list\` lists them). The damaged folder is kept beside it, not deleted.`
    : `There is no copy in ${path.join(dir, BACKUPS_DIR)}. To start over with an empty database, move ${path.join(dir, folder)} away.`;
  return `The database in ${path.join(dir, folder)} cannot be opened (${String((cause as Error)?.message ?? cause)}). Nothing was changed. ${how}`;
}

/**
 * `npm run db:restore [-- <name>]`: replaces <dataDir>/pglite with a copy (the newest unless named),
 * while holding the folder's lock (so never under a running shop). The folder it replaces is kept as
 * pglite.before-restore-<time>. Returns the copy restored and where the old folder went.
 */
export async function restoreBackup(dataDir: string, name?: string): Promise<{ restored: Backup; setAside: string | null }> {
  const all = listBackups(dataDir);
  const chosen = name ? all.find((b) => b.name === name || b.name + BACKUP_SUFFIX === name) : all[0];
  if (!chosen) {
    throw new Error(name ? `No copy named ${name} in ${path.join(path.resolve(dataDir), BACKUPS_DIR)}.` : `There is no copy in ${path.join(path.resolve(dataDir), BACKUPS_DIR)}.`);
  }
  const archive = fs.readFileSync(chosen.file);
  const entries = untarGz(archive);
  if (isPostgresBackup(entries)) throw new Error(`${chosen.name} is a copy of a PostgreSQL folder: restore it with restoreCopy (npm run db:restore).`);
  const lock = lockDataDir(dataDir);
  const current = path.join(path.resolve(dataDir), 'pglite');
  let setAside: string | null = null;
  try {
    if (fs.existsSync(current) && fs.readdirSync(current).length > 0) {
      setAside = `${current}.before-restore-${new Date().toISOString().replace(/:/g, '-')}`;
      fs.renameSync(current, setAside);
    }
    fs.mkdirSync(current, { recursive: true, mode: 0o700 });
    try {
      const { PGlite } = await import('@electric-sql/pglite');
      const loadDataDir = new Blob([archive], { type: 'application/x-gzip' });
      const pglite = await PGlite.create(current, { loadDataDir });
      try {
        await pglite.query('SELECT count(*) FROM pg_catalog.pg_class');
      } finally {
        await pglite.close();
      }
    } catch (e) {
      // Put things back as they were: a failed restore must not cost the folder it was replacing.
      fs.rmSync(current, { recursive: true, force: true });
      if (setAside) fs.renameSync(setAside, current);
      throw new Error(`Restoring ${chosen.name} failed (${(e as Error).message}); ${path.join(path.resolve(dataDir), 'pglite')} is as it was.`);
    }
  } finally {
    lock.release();
  }
  return { restored: chosen, setAside };
}

/**
 * A copy of the database every BACKUP_INTERVAL_HOURS (0: never), the first one now when the newest is
 * older than that. Copies are taken while serving (PGlite pauses between queries for the moment it takes;
 * PostgreSQL keeps serving through a base backup).
 */
export function scheduleBackups(db: { backup?(reason: string): Promise<Backup> }, dataDir: string): { stop(): Promise<void> } {
  const interval = backupIntervalMs();
  if (!(interval > 0)) return { stop: async () => {} };
  let running: Promise<unknown> = Promise.resolve();
  const take = () => {
    running = db.backup!('scheduled').catch((e) => logger.error('scheduled database copy failed', { error: String(e) }));
  };
  const [newest] = listBackups(dataDir);
  if (!newest || Date.now() - newest.createdAt.getTime() >= interval) take();
  const timer = setInterval(take, interval);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
