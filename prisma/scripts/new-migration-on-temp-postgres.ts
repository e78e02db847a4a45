/**
 * `npm run db:migrate:temp -- --name <change>`: write a migration with a throwaway local PostgreSQL server
 * as the engine's shadow (for machines without a DATABASE_URL; needs Debian's postgresql package). The
 * embedded PGlite cannot be the shadow for `createMigration` (decision 0002).
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../../subgraphs/kit/src/db';
import { createMigration } from '../migrator';
import { startPostgres } from '../../test/support/services';

async function main() {
  const { values } = parseArgs({ options: { name: { type: 'string' } } });
  if (!values.name) throw new Error('Usage: npm run db:migrate:temp -- --name <migration_name>');
  const pg = await startPostgres();
  const db = await openDatabase({ url: pg.url });
  try {
    const created = await createMigration(db, values.name);
    console.log(created ? `Created prisma/migrations/${created}` : 'Schema and migrations agree; nothing to create.');
  } finally {
    await db.close();
    await pg.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
