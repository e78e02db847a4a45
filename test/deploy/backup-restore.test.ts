/**
 * Backup and restore of the distributed topology's database (issue 18; docs/operations.md): a seeded
 * database is dumped with deploy/backup/pg-backup.sh and restored with deploy/backup/pg-restore.sh into a new
 * database; the stack (every subgraph and a gateway, in their own processes) starts on the restored one and
 * serves the data; every table holds the same rows. The restore refuses a database that already has tables.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { totpAt } from '@webwaka/kit';
import { createPrismaClient, openDatabase } from '../../subgraphs/kit/src';
import { deployMigrations } from '../../prisma/migrator';
import { DEMO_PASSWORD, DEMO_TOTP_SECRET, seedDemo } from '../../prisma/seed';
import { SUBGRAPHS } from '../../gateway/src/subgraphs';
import { startDistributed, type RunningDistributed } from '../../scripts/distributed';
import { gql } from '../support/graphql';
import { describeIfService, findPostgresBin, freePort, startPostgres, startRedis } from '../support/services';

jest.setTimeout(240_000);
const run = promisify(execFile);
const SCRIPTS = path.resolve(__dirname, '../../deploy/backup');

/** Rows per table in every schema (what "the data intact" means here), and the migrations applied. */
async function inventory(url: string): Promise<Record<string, number>> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    const { rows: tables } = await c.query(`SELECT schemaname, relname FROM pg_stat_user_tables ORDER BY 1, 2`);
    const counts: Record<string, number> = {};
    for (const t of tables) {
      const { rows } = await c.query(`SELECT count(*)::int AS n FROM "${t.schemaname}"."${t.relname}"`);
      counts[`${t.schemaname}.${t.relname}`] = rows[0].n;
    }
    return counts;
  } finally {
    await c.end();
  }
}

describeIfService(['postgresql', 'redis'], 'backup and restore of the PostgreSQL database (deploy/backup)', () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let topo: RunningDistributed | undefined;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let seededProductIds: string[] = [];
  const dbUrl = (name: string) => pg.url.replace(/\/postgres$/, `/${name}`);

  beforeAll(async () => {
    [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
    dir = mkdtempSync(path.join(tmpdir(), 'webwaka-backup-'));
    // The client tools of the server's own version.
    env = { ...process.env, PATH: `${findPostgresBin()}${path.delimiter}${process.env.PATH}` };
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    await admin.query('CREATE DATABASE webwaka');
    await admin.end();
    const db = await openDatabase({ url: dbUrl('webwaka') });
    await deployMigrations(db);
    const prisma = createPrismaClient(db, 2);
    await seedDemo(prisma, { products: 20 });
    seededProductIds = (await prisma.product.findMany({ select: { id: true } })).map((p) => p.id);
    await prisma.$disconnect();
    await db.close();
  });
  afterAll(async () => {
    await topo?.stop();
    await redis?.stop();
    await pg?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('restores a dump into a new database that the stack starts on, with the data intact', async () => {
    const { stdout } = await run(path.join(SCRIPTS, 'pg-backup.sh'), [path.join(dir, 'webwaka.dump')], { env: { ...env, DATABASE_URL: dbUrl('webwaka') } });
    expect(stdout.trim()).toBe(path.join(dir, 'webwaka.dump'));
    const restored = await run(path.join(SCRIPTS, 'pg-restore.sh'), [path.join(dir, 'webwaka.dump'), dbUrl('webwaka_restored')], { env });
    expect(restored.stdout).toContain('into webwaka_restored');

    const before = await inventory(dbUrl('webwaka'));
    expect(before['identity.Tenant']).toBeGreaterThan(0);
    expect(before['catalog.Product']).toBeGreaterThanOrEqual(20);
    expect(await inventory(dbUrl('webwaka_restored'))).toEqual(before);

    // The stack on the restored database: the migration step finds nothing to apply, and no seeding.
    topo = await startDistributed({
      databaseUrl: dbUrl('webwaka_restored'),
      redisUrl: redis.url,
      seed: false,
      subgraphPorts: Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await freePort()]))),
      gatewayPorts: [await freePort()],
      env: { LOG_LEVEL: 'warn' },
    });
    const [gateway] = topo.gatewayUrls;
    const tenant = await gql(gateway, '{ tenantBySlug(slug: "naija-market") { name kind } }');
    expect(tenant.data).toEqual({ tenantBySlug: { name: 'Naija Market', kind: 'MARKETPLACE' } });
    const products = await gql(gateway, '{ products(first: 100) { edges { node { id } } } }', {}, { 'x-tenant': 'ade-fashion', 'cache-control': 'no-cache' });
    const served: string[] = products.data.products.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(served.length).toBeGreaterThan(0);
    expect(served.filter((id) => !seededProductIds.includes(id))).toEqual([]);
    // Password hashes and sealed two-factor secrets came through: an administrator signs in with both.
    const login = await gql(gateway, 'mutation($i: LoginInput!) { login(input: $i) { session { accessToken } userErrors { code } } }', {
      i: { tenantSlug: 'ade-fashion', email: 'client@webwaka.test', password: DEMO_PASSWORD, totpCode: totpAt(DEMO_TOTP_SECRET) },
    });
    expect(login.data.login.userErrors).toEqual([]);
    expect(login.data.login.session.accessToken).toEqual(expect.any(String));
    expect(before['public._prisma_migrations']).toBeGreaterThan(0);
    expect((await inventory(dbUrl('webwaka_restored')))['public._prisma_migrations']).toBe(before['public._prisma_migrations']);
  });

  it('refuses to restore into a database that already holds tables', async () => {
    await expect(run(path.join(SCRIPTS, 'pg-restore.sh'), [path.join(dir, 'webwaka.dump'), dbUrl('webwaka')], { env })).rejects.toMatchObject({
      stderr: expect.stringContaining('already holds'),
    });
  });
});
