/**
 * `npm run db:move-to-postgres`: moves a data folder's PGlite database (from before decision 0041) into the
 * embedded PostgreSQL server, so `npm start` runs on every core. Stop `npm start` first. The PGlite
 * database is migrated to the current schema and copied to <dataDir>/backups first; then every row of
 * every table is copied into a freshly migrated PostgreSQL, sequences are carried over, the row counts are
 * compared table by table, and only then is <dataDir>/pglite renamed to pglite.moved-<time> (kept, not
 * deleted). A move that fails leaves the PGlite folder in use and removes the half-made PostgreSQL one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { POSTGRES_DIR, config, hasEmbeddedPostgres, openEmbedded, startEmbeddedPostgres, type Database } from '../subgraphs/kit/src';
import { deployMigrations } from '../prisma/migrator';

const BATCH_ROWS = 1000;
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface Table {
  schema: string;
  name: string;
  columns: string[];
}

async function tablesOf(source: Client): Promise<Table[]> {
  const { rows } = await source.query<{ schema: string; name: string; columns: string[] }>(`
    SELECT t.table_schema AS schema, t.table_name AS name,
           array_agg(c.column_name::text ORDER BY c.ordinal_position) AS columns
    FROM information_schema.tables t
    JOIN information_schema.columns c ON c.table_schema = t.table_schema AND c.table_name = t.table_name
    WHERE t.table_type = 'BASE TABLE' AND t.table_schema NOT IN ('pg_catalog', 'information_schema')
      AND c.is_generated = 'NEVER'
      AND NOT (t.table_schema = 'public' AND t.table_name = '_prisma_migrations')
    GROUP BY t.table_schema, t.table_name ORDER BY 1, 2`);
  return rows;
}

/** Copies one table in batches of rows as JSON (every column type round-trips through its text form). */
async function copyTable(source: Client, target: Client, t: Table): Promise<number> {
  const qualified = `${quote(t.schema)}.${quote(t.name)}`;
  const cols = t.columns.map(quote).join(', ');
  let copied = 0;
  for (;;) {
    const { rows } = await source.query<{ batch: string | null }>(`SELECT json_agg(r)::text AS batch FROM (SELECT ${cols} FROM ${qualified} ORDER BY ctid LIMIT ${BATCH_ROWS} OFFSET ${copied}) r`);
    const batch = rows[0].batch;
    if (!batch) return copied;
    const r = await target.query(`INSERT INTO ${qualified} (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::${qualified}, $1::json)`, [batch]);
    copied += r.rowCount ?? 0;
    if ((r.rowCount ?? 0) < BATCH_ROWS) return copied;
  }
}

async function count(c: Client, t: Table): Promise<number> {
  return Number((await c.query(`SELECT count(*) AS n FROM ${quote(t.schema)}.${quote(t.name)}`)).rows[0].n);
}

async function main() {
  const dataDir = config.dataDir;
  const pgliteDir = path.join(dataDir, 'pglite');
  if (!fs.existsSync(path.join(pgliteDir, 'PG_VERSION'))) throw new Error(`There is no PGlite database in ${pgliteDir}: nothing to move.`);
  if (hasEmbeddedPostgres(dataDir)) throw new Error(`${path.join(dataDir, POSTGRES_DIR)} already holds a PostgreSQL database; move it away first if you mean to replace it.`);

  // Opening PGlite takes the folder's lock: refused while `npm start` runs on it.
  const pglite = await openEmbedded(dataDir);
  let postgres: Database | null = null;
  try {
    await deployMigrations(pglite);
    const copy = await pglite.backup!('before-move-to-postgres');
    console.log(`Copied the PGlite database to ${copy.file}.`);
    postgres = await startEmbeddedPostgres(dataDir, { lockHeld: true });
    await deployMigrations(postgres);

    const source = new Client(pglite.poolConfig);
    const target = new Client(postgres.poolConfig);
    await source.connect();
    await target.connect();
    try {
      const tables = await tablesOf(source);
      await target.query('BEGIN');
      // Rows arrive in table order, not in the order foreign keys and triggers (append-only journals) expect:
      // a replica session skips both, as a restore does. The counts below check what arrived.
      await target.query('SET LOCAL session_replication_role = replica');
      for (const t of tables) await target.query(`DELETE FROM ${quote(t.schema)}.${quote(t.name)}`); // what migrations seeded
      let rows = 0;
      for (const t of tables) rows += await copyTable(source, target, t);
      const sequences = await source.query<{ schema: string; name: string; last: string }>(
        `SELECT schemaname AS schema, sequencename AS name, last_value::text AS last FROM pg_sequences WHERE last_value IS NOT NULL`,
      );
      for (const s of sequences.rows) await target.query(`SELECT setval($1, $2::bigint)`, [`${quote(s.schema)}.${quote(s.name)}`, s.last]);
      for (const t of tables) {
        const [from, to] = [await count(source, t), await count(target, t)];
        if (from !== to) throw new Error(`${t.schema}.${t.name}: ${from} rows in PGlite, ${to} copied`);
      }
      await target.query('COMMIT');
      console.log(`Moved ${rows} rows in ${tables.length} tables and ${sequences.rows.length} sequences.`);
    } catch (e) {
      await target.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      await source.end();
      await target.end();
    }
  } catch (e) {
    await postgres?.close();
    postgres = null;
    fs.rmSync(path.join(dataDir, POSTGRES_DIR), { recursive: true, force: true });
    throw e;
  } finally {
    await postgres?.close();
    await pglite.close();
  }
  const setAside = `${pgliteDir}.moved-${new Date().toISOString().replace(/:/g, '-')}`;
  fs.renameSync(pgliteDir, setAside);
  console.log(`Done: ${path.join(dataDir, POSTGRES_DIR)} holds the data; the PGlite folder is kept as ${setAside}. Start again with \`npm start\`.`);
}

main().catch((e) => {
  console.error(`Not moved: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
});
