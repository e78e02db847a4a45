/** The outbox delivers every committed event at least once, in order, retries failures, and never delivers
 * an event whose transaction rolled back. */
import { createPrismaClient, openDatabase, OutboxDispatcher, recordOutboxEvent, uuidv7, type Database, type PrismaClient } from '../src';
import { deployMigrations } from '../../../prisma/migrator';

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
beforeEach(async () => {
  await prisma.outboxEvent.deleteMany();
});

const tenantId = uuidv7();

it('delivers committed events once each, in order, and marks them dispatched', async () => {
  const seen: string[] = [];
  for (let i = 0; i < 5; i++) await prisma.$transaction((tx) => recordOutboxEvent(tx, { tenantId, topic: 't.a', payload: { i } }));
  const d = new OutboxDispatcher(prisma, { 't.a': [async (e) => void seen.push(String(e.payload.i))] });
  await d.drain();
  await d.drain();
  expect(seen).toEqual(['0', '1', '2', '3', '4']);
  expect(await prisma.outboxEvent.count({ where: { dispatchedAt: null } })).toBe(0);
});

it('never delivers an event whose transaction rolled back', async () => {
  await expect(
    prisma.$transaction(async (tx) => {
      await recordOutboxEvent(tx, { tenantId, topic: 't.a', payload: {} });
      throw new Error('business rule failed');
    }),
  ).rejects.toThrow('business rule failed');
  const seen: unknown[] = [];
  await new OutboxDispatcher(prisma, { 't.a': [async (e) => void seen.push(e)] }).drain();
  expect(seen).toEqual([]);
});

it('retries a failing handler later and records the error', async () => {
  await prisma.$transaction((tx) => recordOutboxEvent(tx, { tenantId, topic: 't.b', payload: {} }));
  let calls = 0;
  const d = new OutboxDispatcher(prisma, {
    't.b': [
      async () => {
        calls++;
        if (calls === 1) throw new Error('downstream unavailable');
      },
    ],
  });
  await d.drain();
  const pending = await prisma.outboxEvent.findFirstOrThrow({ where: { topic: 't.b' } });
  expect(pending.dispatchedAt).toBeNull();
  expect(pending.lastError).toContain('downstream unavailable');
  // The back-off lease passes; the next drain delivers it.
  await prisma.outboxEvent.update({ where: { id: pending.id }, data: { lockedUntil: new Date(Date.now() - 1) } });
  await d.drain();
  expect(calls).toBe(2);
  expect((await prisma.outboxEvent.findUniqueOrThrow({ where: { id: pending.id } })).dispatchedAt).not.toBeNull();
});

it('lets two dispatchers share the work without delivering a leased event twice', async () => {
  for (let i = 0; i < 40; i++) await prisma.$transaction((tx) => recordOutboxEvent(tx, { tenantId, topic: 't.c', payload: { i } }));
  const seen: number[] = [];
  const handler = { 't.c': [async (e: { payload: { i: number } }) => void seen.push(e.payload.i)] };
  await Promise.all([new OutboxDispatcher(prisma, handler, { batchSize: 5 }).drain(), new OutboxDispatcher(prisma, handler, { batchSize: 5 }).drain()]);
  expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i));
});

it('stops after the event being delivered and hands back the leases of the rest of its batch', async () => {
  for (let i = 0; i < 3; i++) await prisma.$transaction((tx) => recordOutboxEvent(tx, { tenantId, topic: 't.stop', payload: { i } }));
  let entered!: () => void;
  const inHandler = new Promise<void>((r) => (entered = r));
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const seen: number[] = [];
  const stopping = new OutboxDispatcher(prisma, {
    't.stop': [
      async (e) => {
        entered();
        await gate;
        seen.push(e.payload.i);
      },
    ],
  });
  stopping.start();
  await inHandler;
  // The whole batch is leased to this dispatcher now.
  expect(await prisma.outboxEvent.count({ where: { topic: 't.stop', lockedUntil: { not: null } } })).toBe(3);
  const stopped = stopping.stop();
  release();
  await stopped;
  expect(seen).toEqual([0]);
  const rows = await prisma.outboxEvent.findMany({ where: { topic: 't.stop' }, orderBy: { createdAt: 'asc' } });
  expect(rows.map((r) => [r.payload, r.dispatchedAt !== null, r.lockedUntil, r.attempts])).toEqual([
    [{ i: 0 }, true, null, 1],
    [{ i: 1 }, false, null, 0],
    [{ i: 2 }, false, null, 0],
  ]);
  // Nudges after stopping start nothing.
  stopping.nudge();
  // Another replica takes them at once, not after the 30-second lease.
  const other: number[] = [];
  await new OutboxDispatcher(prisma, { 't.stop': [async (e) => void other.push(e.payload.i)] }).drain();
  expect(other).toEqual([1, 2]);
  expect(seen).toEqual([0]);
});
