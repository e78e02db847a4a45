/**
 * npm run db:migrate -- --name <name> [--create-only]   write a migration for schema changes, then apply it
 * npm run db:deploy                                     apply pending migrations
 * npm run db:status                                     show migration history against the database
 * The database is the embedded one under .data/ unless DATABASE_URL is set.
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../../subgraphs/kit/src/db';
import { createMigration, deployMigrations, migrationStatus } from '../migrator';

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({ args: rest, options: { name: { type: 'string' }, 'create-only': { type: 'boolean' } } });
  const db = await openDatabase();
  try {
    if (command === 'deploy') {
      const applied = await deployMigrations(db);
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
    } else if (command === 'dev') {
      if (!values.name) throw new Error('Usage: npm run db:migrate -- --name <migration_name>');
      const created = await createMigration(db, values.name, { createOnly: values['create-only'] });
      console.log(created ? `Created prisma/migrations/${created}` : 'Schema and migrations agree; nothing to create.');
    } else if (command === 'status') {
      console.log(JSON.stringify(await migrationStatus(db), null, 2));
    } else {
      throw new Error(`Unknown command ${command}; use dev, deploy or status`);
    }
  } finally {
    await db.close();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
