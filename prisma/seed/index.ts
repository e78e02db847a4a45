/**
 * Demo data (`npm run db:seed [-- --products N]`; `npm start` runs it on first start): identity's tenant
 * tree and users, the catalogue and stock (1,000 products by default), commerce's tax and shipping
 * settings, MLAS agents and revenue models, transport's operator, routes and trips, and a till with two cashiers at the store. Deterministic and idempotent:
 * a second run changes nothing; a larger --products adds the missing products only.
 */
import { parseArgs } from 'node:util';
import { config, createPrismaClient, ensureSecrets, openDatabase, type PrismaClient } from '../../subgraphs/kit/src';
import { seedCatalog } from './catalog';
import { seedCommerce } from './commerce';
import { seedIdentity } from './identity';
import { seedMlas } from './mlas';
import { seedPos } from './pos';
import { seedTransport } from './transport';

export { DEMO_PASSWORD, DEMO_TOTP_SECRET, DEMO_TENANTS, DEMO_USERS } from './identity';
export { DEMO_VENDORS, demoProduct } from './catalog';

export const DEFAULT_DEMO_PRODUCTS = 1000;

/** Returns whether identity's demo data was created now, and how many products were added. */
export async function seedDemo(prisma: PrismaClient, opts: { products?: number } = {}): Promise<{ created: boolean; productsAdded: number }> {
  const created = await seedIdentity(prisma);
  const productsAdded = await seedCatalog(prisma, opts.products ?? DEFAULT_DEMO_PRODUCTS);
  await seedCommerce(prisma);
  await seedMlas(prisma);
  await seedTransport(prisma);
  await seedPos(prisma);
  return { created, productsAdded };
}

if (require.main === module) {
  (async () => {
    const { values } = parseArgs({ options: { products: { type: 'string' } } });
    // The demo users' 2FA secrets are sealed with the installation's data key (decision 0020).
    ensureSecrets(config.dataDir);
    const db = await openDatabase();
    const prisma = createPrismaClient(db);
    try {
      const started = performance.now();
      const r = await seedDemo(prisma, { products: values.products ? Number(values.products) : undefined });
      console.log(`${r.created ? 'Seeded demo tenants and users. ' : ''}Added ${r.productsAdded} demo products in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    } finally {
      await prisma.$disconnect();
      await db.close();
    }
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
