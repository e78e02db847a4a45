/**
 * The embedded database's folder (decision 0020): one owner at a time (stale locks taken over), copies
 * that restore, a database that does not open reported with how to restore (never PGlite's bare abort),
 * and the secrets: generated privately, refused when public outside tests, re-sealing old values.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  DEV_DEFAULT_SECRETS,
  DataDirLockedError,
  DatabaseUnreadableError,
  config,
  decryptSecret,
  encryptSecret,
  ensureSecrets,
  listBackups,
  lockDataDir,
  openEmbedded,
  restoreBackup,
  type Database,
} from '../src';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'webwaka-datadir-'));
const dirs: string[] = [];
const newDir = () => {
  const d = tmp();
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

async function sql(db: Database, text: string): Promise<any[]> {
  const c = new pg.Client(db.poolConfig);
  await c.connect();
  try {
    return (await c.query(text)).rows;
  } finally {
    await c.end();
  }
}

describe('lock', () => {
  it('refuses a second owner while the first holds it, and frees it on release', () => {
    const dir = newDir();
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`pid ${process.pid} .*started `));
    lock.release();
    expect(fs.existsSync(path.join(dir, 'webwaka.lock'))).toBe(false);
    lockDataDir(dir).release();
  });

  it('refuses a lock held by another live process and takes over one whose process is gone', () => {
    const dir = newDir();
    const file = path.join(dir, 'webwaka.lock');
    // A live process that is not this one: the parent (the jest worker's parent).
    fs.writeFileSync(file, JSON.stringify({ pid: process.ppid, procStart: null, startedAt: '2026-01-01T00:00:00.000Z', hostname: os.hostname(), command: 'npm start' }));
    expect(() => lockDataDir(dir)).toThrow(`pid ${process.ppid} (npm start), started 2026-01-01T00:00:00.000Z`);
    // A process that exited: its pid is free.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    fs.writeFileSync(file, JSON.stringify({ pid: Number(gone), procStart: null, startedAt: '2026-01-01T00:00:00.000Z', hostname: os.hostname(), command: 'npm start' }));
    const lock = lockDataDir(dir);
    expect(JSON.parse(fs.readFileSync(file, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('does not mistake a reused pid for the process that held the lock (Linux start times)', () => {
    if (!fs.existsSync('/proc/self/stat')) return;
    const dir = newDir();
    fs.writeFileSync(path.join(dir, 'webwaka.lock'), JSON.stringify({ pid: process.ppid, procStart: '1', startedAt: '2026-01-01T00:00:00.000Z', hostname: os.hostname(), command: 'x' }));
    lockDataDir(dir).release();
  });
});

describe('embedded database on disk', () => {
  it('locks its folder while open: a second open is refused before touching the files', async () => {
    const dir = newDir();
    const db = await openEmbedded(dir);
    try {
      await expect(openEmbedded(dir)).rejects.toThrow(DataDirLockedError);
    } finally {
      await db.close();
    }
    const again = await openEmbedded(dir);
    await again.close();
  });

  it('restores the newest copy, or a named one, keeping the replaced folder', async () => {
    const dir = newDir();
    let db = await openEmbedded(dir);
    await sql(db, 'CREATE TABLE orders (n int); INSERT INTO orders VALUES (1)');
    const one = await db.backup!('manual');
    await sql(db, 'INSERT INTO orders VALUES (2)');
    await new Promise((r) => setTimeout(r, 5));
    const two = await db.backup!('manual');
    await sql(db, 'INSERT INTO orders VALUES (3)');
    // Restoring under a running database is refused (the lock).
    await expect(restoreBackup(dir)).rejects.toThrow(DataDirLockedError);
    await db.close();
    expect(listBackups(dir).map((b) => b.name)).toEqual([two.name, one.name]);
    expect(fs.statSync(two.file).mode & 0o077).toBe(0);

    const { restored, setAside } = await restoreBackup(dir);
    expect(restored.name).toBe(two.name);
    expect(setAside && fs.existsSync(setAside)).toBeTruthy();
    db = await openEmbedded(dir);
    expect((await sql(db, 'SELECT n FROM orders ORDER BY n')).map((r) => r.n)).toEqual([1, 2]);
    await db.close();

    await restoreBackup(dir, one.name);
    db = await openEmbedded(dir);
    expect((await sql(db, 'SELECT n FROM orders ORDER BY n')).map((r) => r.n)).toEqual([1]);
    await db.close();
  });

  it('reports a database that does not open with how to restore it, instead of aborting', async () => {
    const dir = newDir();
    const db = await openEmbedded(dir);
    await sql(db, 'CREATE TABLE orders (n int); INSERT INTO orders VALUES (7)');
    const copy = await db.backup!('manual');
    await db.close();
    // What two processes writing one folder leave behind: a control file that is not one.
    fs.writeFileSync(path.join(dir, 'pglite', 'global', 'pg_control'), Buffer.alloc(100));

    const failure = await openEmbedded(dir).catch((e) => e);
    expect(failure).toBeInstanceOf(DatabaseUnreadableError);
    expect(failure.message).toContain('cannot be opened');
    expect(failure.message).toContain('npm run db:restore');
    expect(failure.message).toContain(copy.name);
    // The lock was given back, so the restore can run.
    expect(fs.existsSync(path.join(dir, 'webwaka.lock'))).toBe(false);
    await restoreBackup(dir);
    const back = await openEmbedded(dir);
    expect((await sql(back, 'SELECT n FROM orders')).map((r) => r.n)).toEqual([7]);
    await back.close();
  });
});

describe('secrets', () => {
  const names = Object.keys(DEV_DEFAULT_SECRETS);
  const saved: Record<string, string | undefined> = {};
  beforeEach(() => names.concat('NODE_ENV').forEach((n) => (saved[n] = process.env[n])));
  afterEach(() => Object.entries(saved).forEach(([n, v]) => (v === undefined ? delete process.env[n] : (process.env[n] = v))));

  it('generates them once into a 0600 file; the environment wins; the next start reads the same', () => {
    const dir = newDir();
    names.forEach((n) => delete process.env[n]);
    process.env.JWT_SECRET = 'given-by-the-operator-0123456789abcdefghij';
    const first = ensureSecrets(dir);
    expect(first.generated.sort()).toEqual(['DATA_ENCRYPTION_KEY', 'GATEWAY_SECRET']);
    expect(fs.statSync(first.file).mode & 0o777).toBe(0o600);
    expect(process.env.JWT_SECRET).toBe('given-by-the-operator-0123456789abcdefghij');
    const gateway = process.env.GATEWAY_SECRET;
    names.forEach((n) => delete process.env[n]);
    expect(ensureSecrets(dir).generated).toEqual(['JWT_SECRET']);
    expect(process.env.GATEWAY_SECRET).toBe(gateway);
  });

  it('refuses the public defaults, or none, outside tests; tests may use the defaults', () => {
    process.env.NODE_ENV = 'production';
    process.env.JWT_SECRET = DEV_DEFAULT_SECRETS.JWT_SECRET;
    expect(() => config.jwtSecret).toThrow(/JWT_SECRET is a publicly known development default/);
    delete process.env.JWT_SECRET;
    expect(() => config.jwtSecret).toThrow(/JWT_SECRET is not set/);
    delete process.env.NODE_ENV;
    process.env.GATEWAY_SECRET = 'something-change-me';
    expect(() => config.gatewaySecret).toThrow(/publicly known/);
    process.env.NODE_ENV = 'test';
    delete process.env.JWT_SECRET;
    expect(config.jwtSecret).toBe(DEV_DEFAULT_SECRETS.JWT_SECRET);
  });

  it('seals under the configured key; a value sealed under the old key opens only with it', () => {
    process.env.DATA_ENCRYPTION_KEY = 'a-new-random-key-0123456789abcdefghijklmn';
    const old = encryptSecret('JBSWY3DPEHPK3PXP', DEV_DEFAULT_SECRETS.DATA_ENCRYPTION_KEY);
    expect(() => decryptSecret(old)).toThrow();
    expect(decryptSecret(encryptSecret(decryptSecret(old, DEV_DEFAULT_SECRETS.DATA_ENCRYPTION_KEY)))).toBe('JBSWY3DPEHPK3PXP');
  });
});
