/**
 * Copies of the embedded PostgreSQL server's folder while it serves (decision 0041), in the same
 * <dataDir>/backups/*.tar.gz place and rotation as PGlite's (decision 0020), so `npm run db:restore` works
 * the same for both. This is PostgreSQL's documented low-level base backup: `pg_backup_start` (a
 * checkpoint), a copy of the files, `pg_backup_stop` (its backup_label goes into the copy), then the WAL
 * written meanwhile. Files copied while they change are made whole again by replaying that WAL when the
 * copy is started, so it holds every transaction committed before the copy ended.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Client, type ClientConfig } from 'pg';

/** Folders whose contents PostgreSQL rebuilds or does not need in a base backup (the folders stay, empty). */
const EMPTIED = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
const SKIPPED_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map']);
export const BACKUP_LABEL = 'backup_label';

interface TarEntry {
  name: string;
  /** null for a directory. */
  data: Buffer | null;
  mode: number;
}

function header(entry: TarEntry): Buffer {
  const h = Buffer.alloc(512);
  let name = entry.name + (entry.data ? '' : '/');
  let prefix = '';
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', name.length - 2);
    prefix = name.slice(0, cut);
    name = name.slice(cut + 1);
  }
  const octal = (n: number, width: number) => n.toString(8).padStart(width - 1, '0') + '\0';
  h.write(name, 0, 100);
  h.write(octal(entry.mode & 0o7777, 8), 100);
  h.write(octal(0, 8), 108);
  h.write(octal(0, 8), 116);
  h.write(octal(entry.data?.length ?? 0, 12), 124);
  h.write(octal(Math.floor(Date.now() / 1000), 12), 136);
  h.write('        ', 148); // checksum field counts as spaces while summing
  h.write(entry.data ? '0' : '5', 156);
  h.write('ustar\0', 257);
  h.write('00', 263);
  h.write(prefix, 345, 155);
  let sum = 0;
  for (const b of h) sum += b;
  h.write(octal(sum, 7) + ' ', 148);
  return h;
}

/** A gzipped ustar archive of the entries (the format PGlite's copies already use). */
export function tarGz(entries: TarEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const e of entries) {
    parts.push(header(e));
    if (e.data) {
      parts.push(e.data);
      const pad = (512 - (e.data.length % 512)) % 512;
      if (pad) parts.push(Buffer.alloc(pad));
    }
  }
  parts.push(Buffer.alloc(1024));
  return zlib.gzipSync(Buffer.concat(parts), { level: 1 });
}

export function untarGz(archive: Buffer): TarEntry[] {
  const tar = zlib.gunzipSync(archive);
  const entries: TarEntry[] = [];
  const text = (start: number, len: number) => tar.toString('utf8', start, start + len).replace(/\0.*$/s, '');
  for (let at = 0; at + 512 <= tar.length; ) {
    if (tar[at] === 0) break;
    const name = [text(at + 345, 155), text(at, 100)].filter(Boolean).join('/').replace(/\/$/, '');
    const size = parseInt(text(at + 124, 12).trim() || '0', 8);
    const mode = parseInt(text(at + 100, 8).trim() || '0', 8);
    const type = text(at + 156, 1);
    at += 512;
    entries.push({ name, mode, data: type === '5' ? null : tar.subarray(at, at + size) });
    at += Math.ceil(size / 512) * 512;
  }
  return entries;
}

/** The files of `dir` (recursively), with paths relative to `root`; the EMPTIED folders' contents left out. */
function collect(root: string, dir: string, out: TarEntry[], keepWal: boolean) {
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, d.name);
    const rel = path.relative(root, full).split(path.sep).join('/');
    if (d.isDirectory()) {
      out.push({ name: rel, data: null, mode: 0o700 });
      if (EMPTIED.has(rel) && !(keepWal && rel === 'pg_wal')) continue;
      collect(root, full, out, keepWal);
    } else if (d.isFile() && !(dir === root && SKIPPED_FILES.has(d.name))) {
      try {
        out.push({ name: rel, data: fs.readFileSync(full), mode: 0o600 });
      } catch (e) {
        // A file dropped while copying (a table rewritten, a temp file) is not needed: WAL replay recreates it.
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      }
    }
  }
}

/** Takes a base backup of the running server whose folder is `pgdata`, as a .tar.gz in memory. */
export async function dumpPostgres(connection: ClientConfig, pgdata: string): Promise<Blob> {
  const client = new Client(connection);
  await client.connect();
  try {
    // Non-exclusive: the backup lasts as long as this session; `true` asks for an immediate checkpoint.
    await client.query("SELECT pg_backup_start('webwaka', true)");
    const entries: TarEntry[] = [];
    try {
      collect(pgdata, pgdata, entries, false);
    } catch (e) {
      await client.query('SELECT pg_backup_stop(false)').catch(() => {});
      throw e;
    }
    const { rows } = await client.query<{ labelfile: string }>('SELECT labelfile FROM pg_backup_stop(false)');
    entries.push({ name: BACKUP_LABEL, data: Buffer.from(rows[0].labelfile), mode: 0o600 });
    // The WAL from the backup's start to its end, which replay needs: copied after the stop, so it is there.
    const wal = path.join(pgdata, 'pg_wal');
    for (const f of fs.readdirSync(wal)) {
      if (/^[0-9A-F]{24}$/.test(f)) {
        try {
          entries.push({ name: `pg_wal/${f}`, data: fs.readFileSync(path.join(wal, f)), mode: 0o600 });
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // a segment recycled meanwhile: older than needed
        }
      }
    }
    entries.push({ name: 'pg_wal/archive_status', data: null, mode: 0o700 });
    return new Blob([new Uint8Array(tarGz(entries))], { type: 'application/x-gzip' });
  } finally {
    await client.end();
  }
}

/** Whether a copy is of a PostgreSQL server folder (a base backup carries its backup_label). */
export const isPostgresBackup = (entries: TarEntry[]) => entries.some((e) => e.name === BACKUP_LABEL);

/** Writes a copy's files into an empty `pgdata`, owned as the folder's owner (the `postgres` user under root). */
export function writePostgresFiles(entries: TarEntry[], pgdata: string, owner?: { uid: number; gid: number }) {
  fs.mkdirSync(pgdata, { recursive: true, mode: 0o700 });
  for (const e of entries) {
    const target = path.join(pgdata, ...e.name.split('/'));
    if (!target.startsWith(pgdata + path.sep)) throw new Error(`A copy names a file outside its folder: ${e.name}`);
    if (e.data) {
      fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
      fs.writeFileSync(target, e.data, { mode: 0o600 });
    } else fs.mkdirSync(target, { recursive: true, mode: 0o700 });
    if (owner) fs.chownSync(target, owner.uid, owner.gid);
  }
  fs.chmodSync(pgdata, 0o700);
  if (owner) fs.chownSync(pgdata, owner.uid, owner.gid);
}
