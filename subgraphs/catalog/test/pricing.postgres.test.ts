/**
 * "Set" stays one row under concurrency, on both topologies: many simultaneous setBasePrice /
 * setTierPrice / setListPrice calls for the same variant leave exactly one row per (list, currency,
 * minQuantity), holding one of the amounts sent. On PGlite transactions are serialized; on PostgreSQL,
 * with a pool of 20 connections, the variant row lock (SELECT ... FOR UPDATE) is what keeps it so.
 */
import { createPrismaClient, openDatabase, uuidv7, type Actor, type Database, type PrismaClient } from '@webwaka/kit';
import { deployMigrations } from '../../../test/support/boot';
import { seedDemo } from '../../../test/support/demo';
import { describeIfService, startPostgres } from '../../../test/support/services';
import type { ServiceContext } from '../src/services/context';
import { createPriceList, setBasePrice, setListPrice, setTierPrice } from '../src/services/pricing-admin';

function raceSuite(open: () => Promise<{ db: Database; stop?: () => Promise<void> }>, poolMax?: number) {
  let db: Database;
  let stop: (() => Promise<void>) | undefined;
  let prisma: PrismaClient;
  let ctx: ServiceContext;
  let tenantId: string;

  beforeAll(async () => {
    ({ db, stop } = await open());
    await deployMigrations(db);
    prisma = createPrismaClient(db, poolMax);
    await seedDemo(prisma, { products: 0 });
    tenantId = (await prisma.tenant.findUniqueOrThrow({ where: { slug: 'ade-fashion' } })).id;
    const actor: Actor = { kind: 'user', tenantId, userId: uuidv7(), roles: ['STAFF'], scopes: [], apiKeyId: null, sessionId: null, mfa: false };
    ctx = { prisma, actor, tenantId, requestId: 'race', ip: null, eventsRecorded: () => {} };
  }, 120_000);
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.close();
    await stop?.();
  });

  async function variant() {
    const [vendorId, productId, id] = [uuidv7(), uuidv7(), uuidv7()];
    const tag = id.slice(-12);
    await prisma.vendor.create({ data: { id: vendorId, tenantId, slug: `race-${tag}`, name: 'Race', email: `r${tag}@example.ng`, status: 'APPROVED' } });
    await prisma.product.create({ data: { id: productId, tenantId, vendorId, title: 'Race', slug: `race-${tag}`, status: 'ACTIVE' } });
    await prisma.productVariant.create({ data: { id, tenantId, productId, sku: `RACE-${tag}`, title: 'Race' } });
    return id;
  }

  it('40 concurrent sets of the same base, tier and list price leave one row each', async () => {
    const v = await variant();
    const list = await createPriceList(ctx, { name: 'Race list', currency: 'NGN' });
    const amounts = Array.from({ length: 40 }, (_, i) => String(1000 + i));
    const results = await Promise.allSettled(
      amounts.flatMap((amount) => [
        setBasePrice(ctx, v, { amount, currency: 'NGN' }),
        setTierPrice(ctx, v, { amount, currency: 'NGN' }, 10),
        setListPrice(ctx, list.id, v, { amount, currency: 'NGN' }),
      ]),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const rows = await prisma.price.findMany({ where: { variantId: v } });
    const keys = rows.map((r) => `${r.priceListId ?? 'base'}/${r.minQuantity}`).sort();
    expect(keys).toEqual([`${list.id}/1`, 'base/1', 'base/10'].sort());
    for (const r of rows) expect(amounts).toContain(String(r.amount));
  }, 60_000);
}

describe('concurrent price sets on PGlite', () => {
  raceSuite(async () => ({ db: await openDatabase({ dataDir: 'memory' }) }));
});

describeIfService(['postgresql'], 'concurrent price sets on PostgreSQL', () => {
  raceSuite(async () => {
    const pg = await startPostgres();
    return { db: await openDatabase({ url: pg.url }), stop: () => pg.stop() };
  }, 20);
});
