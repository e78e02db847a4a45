/**
 * Prisma Migrate without the network: Prisma 7's CLI downloads a native schema engine for `migrate`, so we
 * drive its WASM schema engine directly through a driver adapter (decision 0002). The output is Prisma's
 * own layout (prisma/migrations/<ts>_<name>/migration.sql, migration_lock.toml, _prisma_migrations), so a
 * machine with internet can use the real CLI on the same folder. This is internal Prisma API: versions
 * are pinned exactly and prisma/test/migrations.test.ts fails when schema and migrations drift apart.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { loadSchemaContext } from '@prisma/internals';
import { Migrate, SchemaEngineWasm } from '@prisma/migrate';
import { openEmbedded, type Database } from '../subgraphs/kit/src/db';

export const PRISMA_DIR = path.resolve(__dirname);
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, 'migrations');

type Adapter = Awaited<ReturnType<PrismaPg['connect']>>;
type AnyQuery = { sql: string; args: unknown[]; argTypes: unknown[] };
const PG_CHAR = 18;
const PG_NAME = 19;
const PG_TEXT = 25;

/**
 * Make adapter-pg fit the schema engine: (1) migration scripts are multi-statement and may contain `;`
 * inside function bodies, so argument-less statements go through the simple-query protocol whole instead of
 * adapter-pg's naive split on `;`; (2) catalog introspection returns `"char"`/`name` columns, which the
 * adapter does not map, so they are reported as text.
 */
function fitForMigrations<T extends Adapter | Awaited<ReturnType<Adapter['startTransaction']>>>(adapter: T): T {
  const a = adapter as any;
  const client: pg.Pool | pg.PoolClient = a.client;
  const performIO = a.performIO.bind(a);
  a.performIO = async (q: AnyQuery) => {
    const result = await performIO(q);
    for (const f of result.fields) if (f.dataTypeID === PG_CHAR || f.dataTypeID === PG_NAME) f.dataTypeID = PG_TEXT;
    // PostgreSQL 18 (PGlite) records NOT NULL as pg_constraint rows of type 'n', which this engine version
    // does not know and panics on; nullability is read from pg_attribute anyway, so they are dropped.
    const typeCol = result.fields.findIndex((f: { name: string }) => f.name === 'constraint_type');
    if (typeCol >= 0) result.rows = result.rows.filter((r: unknown[]) => r[typeCol] !== 'n');
    return result;
  };
  const executeRaw = a.executeRaw.bind(a);
  a.executeRaw = async (q: AnyQuery) => {
    if (q.args.length > 0) return executeRaw(q);
    const r = await client.query(q.sql).catch((e: unknown) => a.onError(e));
    return Array.isArray(r) ? r.reduce((n, x) => n + (x.rowCount ?? 0), 0) : (r?.rowCount ?? 0);
  };
  a.executeScript = async (script: string) => {
    await client.query(script).catch((e: unknown) => a.onError(e));
  };
  if (typeof a.startTransaction === 'function') {
    const start = a.startTransaction.bind(a);
    a.startTransaction = async (...args: unknown[]) => fitForMigrations(await start(...args));
  }
  return adapter;
}

/** Connects the schema engine to the database and gives it a throwaway shadow database. */
class MigrationAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = '@prisma/adapter-pg';
  constructor(private readonly db: Database) {}

  async connect() {
    return fitForMigrations(await new PrismaPg({ ...this.db.poolConfig, max: this.db.kind === 'embedded' ? 1 : 2 }).connect());
  }

  async close() {
    await Promise.all(this.shadows.splice(0).map((s) => s.close()));
  }

  /** Embedded shadows (in-memory PGlites) opened in this session, closed with it. */
  private shadows: Database[] = [];

  async connectToShadowDb() {
    if (this.db.kind === 'embedded') {
      // PGlite serves one database, so each shadow is a fresh in-memory PGlite.
      const shadow = await openEmbedded('memory');
      this.shadows.push(shadow);
      return fitForMigrations(await new PrismaPg({ ...shadow.poolConfig, max: 1 }).connect());
    }
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID().replaceAll('-', '')}`;
    const admin = new pg.Client(this.db.poolConfig);
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const adapter = fitForMigrations(await new PrismaPg({ ...this.db.poolConfig, database, max: 2 }).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      // The shadow pool must be closed before the drop, or the drop waits on its connections.
      await dispose();
      const c = new pg.Client(this.db.poolConfig);
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await c.end();
    };
    return adapter;
  }
}

async function openMigrate(factory: MigrationAdapterFactory, migrationsDir: string): Promise<Migrate> {
  const schemaContext = await loadSchemaContext({
    schemaPath: { configProvidedPath: path.join(PRISMA_DIR, 'schema') } as any,
    printLoadMessage: false,
  });
  const adapter = bindMigrationAwareSqlAdapterFactory(factory as any);
  const engine = await SchemaEngineWasm.setup({ adapter, schemaContext } as any);
  return new Migrate({ engine, schemaContext, migrationsDirPath: migrationsDir } as any);
}

async function withMigrate<T>(db: Database, fn: (m: Migrate) => Promise<T>, migrationsDir = MIGRATIONS_DIR): Promise<T> {
  const factory = new MigrationAdapterFactory(db);
  const migrate = await openMigrate(factory, migrationsDir);
  try {
    return await fn(migrate);
  } finally {
    await migrate.stop();
    await factory.close();
  }
}

/**
 * Names of this folder's migrations that the database has not applied; empty for a new database (no
 * `_prisma_migrations` yet: there is nothing to lose).
 */
export async function pendingMigrations(db: Database): Promise<string[]> {
  const client = new pg.Client(db.poolConfig);
  await client.connect();
  let applied: Set<string>;
  try {
    const r = await client.query(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
    applied = new Set(r.rows.map((row) => row.migration_name as string));
  } catch (e) {
    if ((e as { code?: string }).code === '42P01') return [];
    throw e;
  } finally {
    await client.end();
  }
  const local = fs.existsSync(MIGRATIONS_DIR)
    ? fs.readdirSync(MIGRATIONS_DIR).filter((d) => fs.existsSync(path.join(MIGRATIONS_DIR, d, 'migration.sql')))
    : [];
  return local.filter((name) => !applied.has(name)).sort();
}

/**
 * `db:deploy`: apply pending migrations. Returns the names applied. An embedded database on disk is copied
 * first when there is something to apply, so a migration that goes wrong can be undone with
 * `npm run db:restore` (decision 0020).
 */
export async function deployMigrations(db: Database): Promise<string[]> {
  // Nothing pending (every start but the first after an upgrade): the WASM schema engine is not even loaded,
  // which is most of a start's database time. A failed migration has no finish time, so it counts as pending.
  const pending = await pendingMigrations(db);
  if (pending.length === 0 && (await hasMigrationsTable(db))) return [];
  if (db.backup && pending.length > 0) await db.backup('before-migrate');
  return withMigrate(db, async (m) => (await m.applyMigrations()).appliedMigrationNames);
}

async function hasMigrationsTable(db: Database): Promise<boolean> {
  const client = new pg.Client(db.poolConfig);
  await client.connect();
  try {
    return (await client.query(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS present`)).rows[0].present === true;
  } finally {
    await client.end();
  }
}

/**
 * Creating a migration diffs against a shadow database. With the embedded PGlite as shadow this engine
 * version refuses once migrations exist ("shadow DB must be provided through an external factory"), so
 * authoring migrations needs a PostgreSQL server (decision 0002). Applying them works on both.
 */
function assertShadowCapable(db: Database) {
  if (db.kind === 'embedded') {
    throw new Error('Creating or checking migrations needs a PostgreSQL server: set DATABASE_URL=postgres://... (see docs/decisions/0002-database-and-migrations.md)');
  }
}

/** `db:migrate -- --name X`: diff the schema against the migrations (on a shadow database), write a new
 * migration when they differ, and apply it. Returns the new migration's folder name, if any. */
export async function createMigration(db: Database, name: string, opts: { createOnly?: boolean } = {}): Promise<string | undefined> {
  if (fs.existsSync(MIGRATIONS_DIR)) assertShadowCapable(db);
  // Separate engine sessions for apply / diff / apply: within one session, a diff after an apply is
  // refused by this engine version ("shadow DB must be provided through an external factory").
  await deployMigrations(db);
  const created = await withMigrate(db, async (m) => {
    await m.devDiagnostic();
    const { generatedMigrationName } = await m.createMigration({ migrationName: name, draft: !!opts.createOnly, schema: m.getPrismaSchema() } as any);
    return generatedMigrationName as string | undefined;
  });
  if (created && !opts.createOnly) await deployMigrations(db);
  return created;
}

/** The SQL that would bring the migrations up to the schema; empty when they agree. Diffs on a shadow
 * database against a scratch copy of the migrations folder, so nothing in the project changes. */
export async function pendingSchemaChanges(db: Database): Promise<string> {
  assertShadowCapable(db);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'webwaka-drift-'));
  fs.cpSync(MIGRATIONS_DIR, scratch, { recursive: true });
  try {
    return await withMigrate(
      db,
      async (migrate) => {
        // devDiagnostic first, as `migrate dev` does, so the engine has checked the history on the shadow.
        await migrate.devDiagnostic();
        const { generatedMigrationName } = await migrate.createMigration({ migrationName: 'drift', draft: false, schema: migrate.getPrismaSchema() } as any);
        return generatedMigrationName ? fs.readFileSync(path.join(scratch, generatedMigrationName, 'migration.sql'), 'utf8') : '';
      },
      scratch,
    );
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** `db:status`: which migrations are applied, pending, or failed. */
export function migrationStatus(db: Database): Promise<unknown> {
  return withMigrate(db, (m) => m.diagnoseMigrationHistory({ optInToShadowDatabase: false }));
}
