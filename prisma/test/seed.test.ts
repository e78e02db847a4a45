/** The demo seed is deterministic, idempotent, tops up, and leaves the invariants the services keep. */
import { createPrismaClient, openDatabase, type Database, type PrismaClient } from '@webwaka/kit';
import { deployMigrations } from '../migrator';
import { seedDemo } from '../seed';

async function fresh(): Promise<{ db: Database; prisma: PrismaClient }> {
  const db = await openDatabase({ dataDir: 'memory' });
  await deployMigrations(db);
  return { db, prisma: createPrismaClient(db) };
}

const snapshot = async (prisma: PrismaClient) => ({
  products: await prisma.product.findMany({ orderBy: { id: 'asc' }, select: { id: true, tenantId: true, vendorId: true, title: true, slug: true, categoryId: true, attributes: true } }),
  variants: await prisma.productVariant.findMany({ orderBy: { id: 'asc' }, select: { id: true, sku: true, productId: true } }),
  prices: (await prisma.price.findMany({ orderBy: { id: 'asc' }, select: { id: true, variantId: true, amount: true, minQuantity: true } })).map((p) => ({ ...p, amount: String(p.amount) })),
  stock: await prisma.stockLevel.findMany({ orderBy: { id: 'asc' }, select: { variantId: true, onHand: true } }),
});

let a: Awaited<ReturnType<typeof fresh>>;
let b: Awaited<ReturnType<typeof fresh>>;
beforeAll(async () => {
  [a, b] = [await fresh(), await fresh()];
});
afterAll(async () => {
  for (const x of [a, b]) {
    await x?.prisma.$disconnect();
    await x?.db.close();
  }
});

it('gives the same data for the same size, however it got there, and a rerun changes nothing', async () => {
  expect(await seedDemo(a.prisma, { products: 50 })).toEqual({ created: true, productsAdded: 50 });
  expect(await seedDemo(b.prisma, { products: 20 })).toEqual({ created: true, productsAdded: 20 });
  expect(await seedDemo(b.prisma, { products: 50 })).toEqual({ created: false, productsAdded: 30 });
  expect(await seedDemo(b.prisma, { products: 50 })).toEqual({ created: false, productsAdded: 0 });
  expect(await snapshot(b.prisma)).toEqual(await snapshot(a.prisma));
});

it('keeps the invariants: journal sums to on-hand, availability mirrors stock, every variant has an inventory item and a base price', async () => {
  const { prisma } = a;
  const sums = await prisma.$queryRaw<{ variantId: string; onHand: number; journal: bigint | null }[]>`
    SELECT s."variantId", s."onHand", (SELECT sum(m."quantity") FROM "inventory"."StockMovement" m WHERE m."variantId" = s."variantId") AS journal
    FROM "inventory"."StockLevel" s`;
  for (const s of sums) expect(Number(s.journal ?? 0)).toBe(s.onHand);
  const variants = await prisma.productVariant.count();
  expect(await prisma.inventoryItem.count()).toBe(variants);
  expect(await prisma.variantAvailability.count()).toBe(variants);
  expect(await prisma.price.count({ where: { priceListId: null, minQuantity: 1, startsAt: null } })).toBe(variants);
  const mismatched = await prisma.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "catalog"."VariantAvailability" a JOIN "inventory"."StockLevel" s ON s."variantId" = a."variantId" WHERE a."available" <> s."onHand" - s."reserved"`;
  expect(Number(mismatched[0].n)).toBe(0);
  // Products split between the store and five marketplace vendors, all searchable.
  expect(await prisma.vendor.count({ where: { status: 'APPROVED' } })).toBe(6);
  const searchable = await prisma.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "catalog"."Product" WHERE "searchVector" IS NOT NULL`;
  expect(Number(searchable[0].n)).toBe(50);
});
