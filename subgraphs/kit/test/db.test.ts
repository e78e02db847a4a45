/** The embedded database under concurrency (the request-level regression test for interleaved statements is
 * in subgraphs/identity/test/tenant-isolation.test.ts, 'under concurrent load'). */
import net from 'node:net';
import { createPrismaClient, isDatabaseUnavailable, openDatabase, type Database, type PrismaClient } from '../src';

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

describe('isDatabaseUnavailable (issue 18: clients get SERVICE_UNAVAILABLE, not INTERNAL)', () => {
  it('recognises a database that cannot be reached, and not a query it refused', async () => {
    // A port nothing listens on: the error Prisma gives for a database server that is down.
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as net.AddressInfo;
        s.close(() => resolve(port));
      });
    });
    const away = createPrismaClient({ kind: 'server', poolConfig: { host: '127.0.0.1', port: closed, user: 'postgres', database: 'postgres', max: 1 } });
    try {
      const unreachable = await away.$queryRawUnsafe('SELECT 1').then(() => null, (e: unknown) => e);
      expect(unreachable).not.toBeNull();
      expect(isDatabaseUnavailable(unreachable)).toBe(true);
    } finally {
      await away.$disconnect();
    }
    const refused = await prisma.$queryRawUnsafe('SELECT * FROM no_such_table').then(() => null, (e: unknown) => e);
    expect(refused).not.toBeNull();
    expect(isDatabaseUnavailable(refused)).toBe(false);
    expect(isDatabaseUnavailable(new Error('Cannot return null for non-nullable field'))).toBe(false);
  });
});
