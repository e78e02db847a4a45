/**
 * Migrations are Prisma's own layout, produced and applied offline through the WASM schema engine. The
 * drift check fails when someone edits prisma/schema without creating a migration (or edits a migration so
 * that it no longer matches): run `DATABASE_URL=postgres://... npm run db:migrate -- --name <what_changed>`.
 */
import { openDatabase, type Database } from '@webwaka/kit';
import { deployMigrations, migrationStatus, pendingSchemaChanges } from '../migrator';
import { describeIfService, startPostgres } from '../../test/support/services';

describe('embedded database (PGlite)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openDatabase({ dataDir: 'memory' });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('applies every migration to an empty database, then has nothing pending', async () => {
    expect((await deployMigrations(db)).length).toBeGreaterThan(0);
    expect(await deployMigrations(db)).toEqual([]);
    const status = (await migrationStatus(db)) as { failedMigrationNames: string[]; editedMigrationNames: string[] };
    expect(status.failedMigrationNames).toEqual([]);
    expect(status.editedMigrationNames).toEqual([]);
  });
});

describeIfService(['postgresql'], 'PostgreSQL server', () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let db: Database;
  beforeAll(async () => {
    pg = await startPostgres();
    db = await openDatabase({ url: pg.url });
  });
  afterAll(async () => {
    await db?.close();
    await pg?.stop();
  });

  it('applies the same migrations', async () => {
    expect((await deployMigrations(db)).length).toBeGreaterThan(0);
  });

  it('has no drift between prisma/schema and prisma/migrations', async () => {
    expect(await pendingSchemaChanges(db)).toBe('');
  });
});
