/** Runs identity as its own process (distributed topology): PORT, DATABASE_URL, REDIS_URL. */
import { createPrismaClient, createPubSub, logger, openDatabase, stopOnSignals } from '@webwaka/kit';
import { startIdentity } from './server';

async function main() {
  const db = await openDatabase();
  const prisma = createPrismaClient(db);
  const pubsub = createPubSub();
  const sub = await startIdentity({ prisma, pubsub, port: Number(process.env.PORT ?? 4001), host: process.env.HOST ?? '127.0.0.1' });
  logger.info('identity subgraph listening', { url: sub.url });
  stopOnSignals(async () => {
    await sub.close();
    await pubsub.close();
    await prisma.$disconnect();
    await db.close();
  });
}

main().catch((e) => {
  logger.error('identity failed to start', { error: String(e), stack: e?.stack });
  process.exit(1);
});
