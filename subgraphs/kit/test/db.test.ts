/** The embedded database under concurrency (the request-level regression test for interleaved statements is
 * in subgraphs/identity/test/tenant-isolation.test.ts, 'under concurrent load'). */
import { createPrismaClient, openDatabase, type Database, type PrismaClient } from '../src';

let db: Database;
let prisma: PrismaClient;
beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory' });
  prisma = createPrismaClient(db);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.close();
});

it('keeps a transaction isolated from concurrent queries', async () => {
  await prisma.$executeRawUnsafe('CREATE TABLE IF NOT EXISTS t_probe (n int)');
  const tx = prisma.$transaction(async (t) => {
    await t.$executeRawUnsafe('INSERT INTO t_probe VALUES (1)');
    await new Promise((r) => setTimeout(r, 50));
    throw new Error('rollback');
  });
  const outside = prisma.$queryRawUnsafe<{ c: bigint }[]>('SELECT count(*) AS c FROM t_probe');
  await expect(tx).rejects.toThrow('rollback');
  expect(Number((await outside)[0].c)).toBe(0);
  expect(Number((await prisma.$queryRawUnsafe<{ c: bigint }[]>('SELECT count(*) AS c FROM t_probe'))[0].c)).toBe(0);
});
