/**
 * A stopping sender finishes the message it is sending and gives the rest of its leased batch back to the
 * queue (decision 0073): another process sends them at once instead of after the 60-second lease.
 */
import { createPrismaClient, openDatabase, Peers, uuidv7, type Database, type PrismaClient } from '@webwaka/kit';
import { deployMigrations } from '../../../test/support/boot';
import { sendDue } from '../src/services/sender';

let db: Database;
let prisma: PrismaClient;
beforeAll(async () => {
  db = await openDatabase({ dataDir: 'memory' });
  await deployMigrations(db);
  prisma = createPrismaClient(db);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.close();
});

it('hands back the messages of its batch it had not started when it stops', async () => {
  const tenantId = uuidv7();
  // A template no catalogue has: each message sent is settled (DEAD) without any provider.
  for (let i = 0; i < 3; i++) {
    await prisma.message.create({
      data: { id: uuidv7(), tenantId, requestKey: `stop-${i}`, template: 'no.such.template', channel: 'EMAIL', recipient: `m${i}@example.ng`, locale: 'en', body: '', variables: {}, nextAttemptAt: new Date(Date.now() - 1000 + i) },
    });
  }
  let checks = 0;
  // Asked before each message: stopping once the first has been sent.
  await sendDue(prisma, new Peers(), 20, () => checks++ > 0);
  // Which one was sent first is the lease's order; one was, and the other two are queued again.
  const rows = await prisma.message.findMany({ where: { tenantId } });
  expect(rows.map((m) => [m.status, m.attempts, m.leaseUntil]).sort()).toEqual([
    ['DEAD', 1, null],
    ['QUEUED', 0, null],
    ['QUEUED', 0, null],
  ]);
  // Due at once for the next sender.
  await sendDue(prisma, new Peers(), 20);
  expect((await prisma.message.findMany({ where: { tenantId } })).map((m) => m.status)).toEqual(['DEAD', 'DEAD', 'DEAD']);
});
