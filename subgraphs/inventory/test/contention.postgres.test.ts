/**
 * No oversell on a real PostgreSQL server. PGlite runs one statement at a time, so the PGlite contention
 * test cannot show that the conditional UPDATE holds under true concurrency; here the whole graph runs
 * on PostgreSQL with a connection pool, and 300 reservations for 7 units race through the gateway, plus
 * commits and releases racing new reservations on the same level.
 */
import { startEmbedded, type EmbeddedStack } from '../../../test/support/boot';
import { gql } from '../../../test/support/graphql';
import { describeIfService, startPostgres } from '../../../test/support/services';
import { demo, type TestStack } from '../../../test/support/stack';
import { receiveStock } from '../src/services/stock';
import { apiKey, createItem, createLocation, payload, serviceContext, signIn, tenantId } from './support';

describeIfService(['postgresql'], 'reservations on PostgreSQL under true concurrency', () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let stack: EmbeddedStack;
  let s: TestStack;
  let callers: Record<string, string>[];
  let fashion: string;

  beforeAll(async () => {
    pg = await startPostgres();
    // A pool of 20 connections: transactions really do run side by side.
    stack = await startEmbedded({ databaseUrl: `${pg.url}?connection_limit=20`, demoProducts: 0 });
    s = { gatewayUrl: stack.gateway.url, wsUrl: stack.gateway.wsUrl, stack, demo, stop: () => stack.close() };
    fashion = await tenantId(stack.prisma, 'ade-fashion');
    const admin = await signIn(s, 'ade-fashion', 'client');
    callers = [await signIn(s, 'ade-fashion', 'staff'), admin, await apiKey(s, admin, ['inventory:write'])];
  }, 120_000);
  afterAll(async () => {
    await stack?.close();
    await pg?.stop();
  });

  const RESERVE = 'mutation ($i: ReserveStockInput!) { reserveStock(input: $i) { reservation { id } userErrors { code } } }';

  it('300 concurrent reservations for 7 units: exactly 7 succeed, the rest INSUFFICIENT_STOCK, state consistent', async () => {
    const prisma = stack.prisma;
    const item = await createItem(prisma, fashion);
    const [a, b] = [await createLocation(prisma, fashion), await createLocation(prisma, fashion)];
    const ctx = serviceContext(prisma, fashion);
    await receiveStock(ctx, { variantId: item.variantId, locationId: a.id, quantity: 4 });
    await receiveStock(ctx, { variantId: item.variantId, locationId: b.id, quantity: 3 });
    const results = await Promise.all(
      Array.from({ length: 300 }, (_, n) => gql(s.gatewayUrl, RESERVE, { i: { sku: item.sku, quantity: 1, channel: 'SVM', ttlSeconds: 600 } }, callers[n % 3])),
    );
    const outcome = results.map((r) => (r.errors?.length ? `error:${r.errors[0].extensions?.code}:${r.errors[0].message}` : r.data!.reserveStock.userErrors[0]?.code ?? 'OK'));
    const counts = outcome.reduce<Record<string, number>>((m, o) => ({ ...m, [o]: (m[o] ?? 0) + 1 }), {});
    expect(counts).toEqual({ OK: 7, INSUFFICIENT_STOCK: 293 });
    const levels = await prisma.stockLevel.findMany({ where: { variantId: item.variantId }, orderBy: { onHand: 'asc' } });
    expect(levels.map((l) => [l.onHand, l.reserved])).toEqual([
      [3, 3],
      [4, 4],
    ]);
    expect(await prisma.reservation.count({ where: { variantId: item.variantId, status: 'ACTIVE' } })).toBe(7);
  });

  it('commits and releases racing new reservations never oversell nor lose stock', async () => {
    const prisma = stack.prisma;
    const item = await createItem(prisma, fashion);
    const loc = await createLocation(prisma, fashion);
    await receiveStock(serviceContext(prisma, fashion), { variantId: item.variantId, locationId: loc.id, quantity: 10 });
    const first = await Promise.all(Array.from({ length: 10 }, (_, n) => gql(s.gatewayUrl, RESERVE, { i: { sku: item.sku, quantity: 1, channel: 'SVM', ttlSeconds: 600 } }, callers[n % 3])));
    const ids = first.map((r) => payload(r, 'reserveStock').reservation.id as string);
    // Commit 5, release 5, while 100 more reservations race for whatever is released.
    const ops = [
      ...ids.slice(0, 5).map((id, n) => gql(s.gatewayUrl, 'mutation ($id: ID!) { commitReservation(id: $id) { userErrors { code } } }', { id }, callers[n % 3])),
      ...ids.slice(5).map((id, n) => gql(s.gatewayUrl, 'mutation ($id: ID!) { releaseReservation(id: $id) { userErrors { code } } }', { id }, callers[n % 3])),
      ...Array.from({ length: 100 }, (_, n) => gql(s.gatewayUrl, RESERVE, { i: { sku: item.sku, quantity: 1, channel: 'SVM', ttlSeconds: 600 } }, callers[n % 3])),
    ];
    const results = await Promise.all(ops);
    expect(results.filter((r) => r.errors?.length).map((r) => r.errors)).toEqual([]);
    const won = results.slice(10).filter((r) => r.data!.reserveStock.reservation).length;
    expect(won).toBeLessThanOrEqual(5);
    const level = await prisma.stockLevel.findFirstOrThrow({ where: { variantId: item.variantId } });
    const active = await prisma.reservation.count({ where: { variantId: item.variantId, status: 'ACTIVE' } });
    expect({ onHand: level.onHand, reserved: level.reserved, active }).toEqual({ onHand: 5, reserved: won, active: won });
    const journal = await prisma.stockMovement.aggregate({ where: { variantId: item.variantId }, _sum: { quantity: true } });
    expect(journal._sum.quantity).toBe(5);
  });

  it('offline batches racing with overlapping client ids apply each movement once', async () => {
    const prisma = stack.prisma;
    const item = await createItem(prisma, fashion);
    const loc = await createLocation(prisma, fashion);
    await receiveStock(serviceContext(prisma, fashion), { variantId: item.variantId, locationId: loc.id, quantity: 30 });
    // 20 sales of 2 for 30 units: 15 apply in full, the rest become conflicts, whoever uploads them.
    const movements = Array.from({ length: 20 }, (_, n) => ({
      clientId: `pg-${item.variantId}-${n}`,
      deviceId: `till-${n % 2}`,
      sku: item.sku,
      locationId: loc.id,
      quantity: -2,
      reason: 'SALE',
      occurredAt: new Date().toISOString(),
    }));
    const APPLY = 'mutation ($m: [OfflineMovementInput!]!) { applyStockMovements(movements: $m) { results { clientId status shortfall } userErrors { code } } }';
    const uploads = [movements, [...movements].reverse(), movements.slice(5, 15), movements.slice(0, 10), movements.slice(10)];
    const results = await Promise.all(uploads.map((m, n) => gql(s.gatewayUrl, APPLY, { m }, callers[n % 3])));
    const fresh = results.flatMap((r) => payload(r, 'applyStockMovements').results).filter((r: any) => r.status !== 'DUPLICATE');
    expect(fresh.map((r: any) => r.clientId).sort()).toEqual(movements.map((m) => m.clientId).sort());
    expect(await prisma.stockMovement.count({ where: { clientId: { in: movements.map((m) => m.clientId) } } })).toBe(20);
    const level = await prisma.stockLevel.findFirstOrThrow({ where: { variantId: item.variantId } });
    const conflicts = await prisma.stockConflict.aggregate({ where: { variantId: item.variantId }, _sum: { shortfall: true } });
    expect({ onHand: level.onHand, shortfall: conflicts._sum.shortfall }).toEqual({ onHand: 0, shortfall: 10 });
  });
});
