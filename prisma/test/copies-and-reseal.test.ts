/**
 * Decision 0020 around migrations: a database that already has migrations is copied before pending ones
 * are applied (a new one is not: nothing to lose), and values sealed under the old public data key are
 * re-sealed under the installation's generated key.
 */
import {
  DEV_DEFAULT_SECRETS,
  createPrismaClient,
  decryptSecret,
  encryptSecret,
  openEmbedded,
  resealSecrets,
  uuidv7,
  type Backup,
  type Database,
  type PrismaClient,
} from '../../subgraphs/kit/src';
import { deployMigrations, pendingMigrations } from '../migrator';

let db: Database;
let prisma: PrismaClient;
const copies: string[] = [];
const savedKey = process.env.DATA_ENCRYPTION_KEY;

beforeAll(async () => {
  const memory = await openEmbedded('memory');
  // The in-memory database with a copy hook, as a database on disk has (kit/src/db.ts).
  db = { ...memory, backup: async (reason: string) => (copies.push(reason), { name: reason } as Backup) };
  prisma = createPrismaClient(db);
});
afterAll(async () => {
  await prisma?.$disconnect();
  await db?.close();
  if (savedKey === undefined) delete process.env.DATA_ENCRYPTION_KEY;
  else process.env.DATA_ENCRYPTION_KEY = savedKey;
});

it('copies an existing database before applying pending migrations, and not a new one', async () => {
  const all = await pendingMigrations(db);
  expect(all).toEqual([]); // no _prisma_migrations yet: a new database
  const applied = await deployMigrations(db);
  expect(applied.length).toBeGreaterThan(0);
  expect(copies).toEqual([]);
  expect(await pendingMigrations(db)).toEqual([]);
  await deployMigrations(db);
  expect(copies).toEqual([]); // nothing pending: no copy

  // Pretend the newest migration has not been applied yet: the next deploy copies first.
  const last = applied[applied.length - 1];
  await prisma.$executeRawUnsafe(`DELETE FROM _prisma_migrations WHERE migration_name = $1`, last);
  expect(await pendingMigrations(db)).toEqual([last]);
  // Applying it again fails (its objects exist); what matters is that the copy was taken before.
  await deployMigrations(db).catch(() => undefined);
  expect(copies).toEqual(['before-migrate']);
});

it('re-seals values sealed under the public development key under the generated one', async () => {
  process.env.DATA_ENCRYPTION_KEY = DEV_DEFAULT_SECRETS.DATA_ENCRYPTION_KEY;
  const id = uuidv7();
  await prisma.user.create({
    data: { id, email: `reseal-${id}@example.test`, name: 'Old Install', passwordHash: 'x', totpSecretEnc: encryptSecret('JBSWY3DPEHPK3PXP') },
  });
  // A sealed column of a table keyed by something else than an id (a tenant's SMS provider).
  await prisma.messageProvider.create({ data: { tenantId: id, channel: 'SMS', provider: 'termii', credentialsSealed: encryptSecret('termii-api-key') } });
  process.env.DATA_ENCRYPTION_KEY = 'generated-at-first-start-0123456789abcdefgh';
  const before = (await prisma.user.findUniqueOrThrow({ where: { id } })).totpSecretEnc!;
  expect(() => decryptSecret(before)).toThrow();

  expect(await resealSecrets(prisma)).toBe(2);
  const after = (await prisma.user.findUniqueOrThrow({ where: { id } })).totpSecretEnc!;
  expect(decryptSecret(after)).toBe('JBSWY3DPEHPK3PXP');
  const provider = await prisma.messageProvider.findUniqueOrThrow({ where: { tenantId_channel: { tenantId: id, channel: 'SMS' } } });
  expect(decryptSecret(provider.credentialsSealed!)).toBe('termii-api-key');
  // Once re-sealed, a second pass leaves it alone.
  expect(await resealSecrets(prisma)).toBe(0);
});
