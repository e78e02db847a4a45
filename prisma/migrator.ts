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
    return fitForMigrations(await new PrismaPg({ ...this.db.poolConfig, max: 2 }).connect());
  }

  async connectToShadowDb() {
    if (this.db.kind === 'embedded') {
      // PGlite serves one database, so the shadow is a second, in-memory PGlite.
      const shadow = await openEmbedded('memory');
      const adapter = fitForMigrations(await new PrismaPg({ ...shadow.poolConfig, max: 2 }).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await shadow.close();
      };
      return adapter;
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

export async function openMigrate(db: Database, migrationsDir = MIGRATIONS_DIR): Promise<Migrate> {
  const schemaContext = await loadSchemaContext({
    schemaPath: { configProvidedPath: path.join(PRISMA_DIR, 'schema') } as any,
    printLoadMessage: false,
  });
  const adapter = bindMigrationAwareSqlAdapterFactory(new MigrationAdapterFactory(db) as any);
  const engine = await SchemaEngineWasm.setup({ adapter, schemaContext } as any);
  return new Migrate({ engine, schemaContext, migrationsDirPath: migrationsDir } as any);
}

async function withMigrate<T>(db: Database, fn: (m: Migrate) => Promise<T>): Promise<T> {
  const migrate = await openMigrate(db);
  try {
    return await fn(migrate);
  } finally {
    await migrate.stop();
  }
}

/** `db:deploy`: apply pending migrations. Returns the names applied. */
export function deployMigrations(db: Database): Promise<string[]> {
  return withMigrate(db, async (m) => (await m.applyMigrations()).appliedMigrationNames);
}

/** `db:migrate -- --name X`: diff the schema against the migrations (on a shadow database), write a new
 * migration when they differ, and apply it. Returns the new migration's folder name, if any. */
export function createMigration(db: Database, name: string, opts: { createOnly?: boolean } = {}): Promise<string | undefined> {
  return withMigrate(db, async (m) => {
    const diagnostic: any = await m.devDiagnostic();
    if (diagnostic.action?.tag === 'reset') throw new Error(`Database needs a reset before migrating: ${diagnostic.action.reason}`);
    await m.applyMigrations();
    const { generatedMigrationName } = await m.createMigration({ migrationName: name, draft: !!opts.createOnly, schema: m.getPrismaSchema() } as any);
    if (!opts.createOnly) await m.applyMigrations();
    return generatedMigrationName;
  });
}

/** The SQL that would bring the migrations up to the schema; empty when they agree. Diffs on a shadow
 * database against a scratch copy of the migrations folder, so nothing in the project changes. */
export async function pendingSchemaChanges(db: Database): Promise<string> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'webwaka-drift-'));
  fs.cpSync(MIGRATIONS_DIR, scratch, { recursive: true });
  try {
    const migrate = await openMigrate(db, scratch);
    try {
      const { generatedMigrationName } = await migrate.createMigration({ migrationName: 'drift', draft: false, schema: migrate.getPrismaSchema() } as any);
      return generatedMigrationName ? fs.readFileSync(path.join(scratch, generatedMigrationName, 'migration.sql'), 'utf8') : '';
    } finally {
      await migrate.stop();
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** `db:status`: which migrations are applied, pending, or failed. */
export function migrationStatus(db: Database): Promise<unknown> {
  return withMigrate(db, (m) => m.diagnoseMigrationHistory({ optInToShadowDatabase: false }));
}
