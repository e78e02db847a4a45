/**
 * The point of sale's replay (issue 13): 10,000 sales made offline on five tills reach the server in
 * batches of 100 — out of order, one batch in ten sent twice, five tills at once — on PostgreSQL with a
 * connection pool, while one product sells far beyond its stock. Afterwards: exactly 10,000 sales and
 * 10,000 completed POS orders, each till's sequence applied without a gap, every shortfall recorded as a
 * stock conflict (the sales stand), every ledger entry balanced, the drawers empty after their counts.
 * The sync rate is logged (the bench measures it too: docs/benchmarks.md).
 */
import { uuidv7 } from '@webwaka/kit';
import { startEmbedded, type EmbeddedStack } from './support/boot';
import { describeIfService, startPostgres } from './support/services';
import { demo, type TestStack } from './support/stack';
import { addCashier, eventually, payload, pricedVariants, registerTill, shopLocation, signIn, sync, tenantId, TillEvents, SHOP } from '../subgraphs/pos/test/support';

const SALES = Number(process.env.POS_REPLAY_SALES ?? 10_000);
const TILLS = 5;
const BATCH = 100;
const SCARCE_STOCK = 40;

/** A deterministic shuffle: neighbours swapped, one batch in ten sent again later. */
function arrival<T>(batches: T[], seed: number): T[] {
  let x = seed;
  const rand = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const order = [...batches];
  for (let i = 0; i + 1 < order.length; i += 2) if (rand() < 0.4) [order[i], order[i + 1]] = [order[i + 1], order[i]];
  const out: T[] = [];
  const later: T[] = [];
  for (const b of order) {
    out.push(b);
    if (rand() < 0.1) later.push(b);
    if (later.length && rand() < 0.3) out.push(later.shift()!);
  }
  return [...out, ...later];
}

describeIfService(['postgresql'], 'the point of sale on PostgreSQL: a 10,000-sale backlog', () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let stack: EmbeddedStack;
  let s: TestStack;

  beforeAll(async () => {
    pg = await startPostgres();
    stack = await startEmbedded({ databaseUrl: `${pg.url}?connection_limit=20`, demoProducts: 20 });
    s = { gatewayUrl: stack.gateway.url, wsUrl: stack.gateway.wsUrl, stack, demo, stop: () => stack.close() };
  }, 180_000);
  afterAll(async () => {
    await stack?.close();
    await pg?.stop();
  });

  it('every sale exactly once, in orders, stock and the ledger', async () => {
    const prisma = stack.prisma;
    const shop = await tenantId(prisma, SHOP);
    const admin = await signIn(s, SHOP, 'client');
    const tills: Awaited<ReturnType<typeof registerTill>>[] = [];
    for (let i = 0; i < TILLS; i++) tills.push(await registerTill(s, admin, { name: `Replay till ${i + 1}` }));
    const cashier = await addCashier(s, admin, { name: 'Replay', pin: '4826' });
    const items = await pricedVariants(s, tills[0], 4);
    const scarce = items[0];
    const location = await shopLocation(prisma);
    await prisma.stockLevel.updateMany({ where: { tenantId: shop, variantId: scarce.variantId, locationId: location }, data: { onHand: SCARCE_STOCK, reserved: 0 } });

    // Each till: a session, its share of the sales (cash, transfer, split in turn), the count.
    let expectedTotal = 0n;
    let scarceSold = 0;
    const plans = tills.map((till, t) => {
      const ev = new TillEvents();
      const session = uuidv7();
      const events: object[] = [ev.open(session, cashier, 500_000n)];
      let cash = 500_000n;
      for (let n = 0; n < SALES / TILLS; n++) {
        const item = items[(n + t) % items.length];
        if (item === scarce) scarceSold += 1;
        const sale = ev.sale(session, cashier, [{ item, quantity: 1 }], (total) =>
          n % 3 === 0 ? [{ tender: 'CASH', amount: total + 1_000n }] : n % 3 === 1 ? [{ tender: 'TRANSFER', amount: total, reference: `T${n}` }] : [{ tender: 'CASH', amount: total / 2n }, { tender: 'CARD', amount: total - total / 2n }],
        );
        expectedTotal += sale.total;
        cash += sale.cashIn;
        events.push(sale.event);
      }
      events.push(ev.close(session, cashier, cash));
      const batches: object[][] = [];
      for (let i = 0; i < events.length; i += BATCH) batches.push(events.slice(i, i + BATCH));
      return { till, batches: arrival(batches, 7 + t), events: events.length };
    });

    const started = Date.now();
    await Promise.all(
      plans.map(async ({ till, batches }) => {
        for (const batch of batches) payload(await sync(s, till, batch), 'syncPosBatch');
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(`pos replay: ${SALES} sales from ${TILLS} tills (${plans.reduce((a, p) => a + p.batches.length, 0)} batches with repeats) synced in ${seconds.toFixed(1)} s: ${Math.round(SALES / seconds)} sales/s`);

    // pos: every event once, each till's sequence without a gap, nothing left waiting.
    expect(await prisma.posSale.count({ where: { tenantId: shop, kind: 'SALE', deviceId: { in: tills.map((t) => t.deviceId) } } })).toBe(SALES);
    for (const { till, events } of plans) {
      const device = await prisma.posDevice.findUniqueOrThrow({ where: { id: till.deviceId } });
      expect(device.lastSequence).toBe(events);
      const seq = await prisma.posEvent.aggregate({ where: { deviceId: till.deviceId }, _count: { sequence: true }, _min: { sequence: true }, _max: { sequence: true } });
      expect([seq._count.sequence, seq._min.sequence, seq._max.sequence]).toEqual([events, 1, events]);
      expect(await prisma.posEvent.count({ where: { deviceId: till.deviceId, appliedAt: null } })).toBe(0);
    }
    expect(await prisma.posConflict.count({ where: { tenantId: shop } })).toBe(0);

    // commerce: one completed POS order per sale, for the same money.
    const settled = (what: string) => console.log(`pos replay: ${what} ${((Date.now() - started) / 1000).toFixed(1)} s after the first batch`);
    const orders = await eventually(
      () => prisma.order.aggregate({ where: { tenantId: shop, channel: 'POS' }, _count: { _all: true }, _sum: { total: true } }),
      (a) => a._count._all === SALES,
      1_500_000,
    );
    settled('orders all made');
    expect(orders._sum.total).toBe(expectedTotal);

    // inventory: one movement per sale; the scarce product's oversell recorded as conflicts, never dropped.
    await eventually(() => prisma.stockMovement.count({ where: { tenantId: shop, deviceId: { in: tills.map((t) => t.deviceId) } } }), (n) => n === SALES, 1_500_000);
    settled('stock all moved');
    const shortfall = await prisma.stockConflict.aggregate({ where: { tenantId: shop, variantId: scarce.variantId }, _sum: { shortfall: true } });
    expect(shortfall._sum.shortfall).toBe(scarceSold - SCARCE_STOCK);
    expect((await prisma.stockLevel.findFirstOrThrow({ where: { tenantId: shop, variantId: scarce.variantId, locationId: location } })).onHand).toBe(0);

    // ledger: every entry posted once and balanced; the drawers empty after the counts.
    await eventually(() => prisma.journalEntry.count({ where: { tenantId: shop, idempotencyKey: { startsWith: 'pos:' } } }), (n) => n === SALES + 2 * TILLS, 1_500_000);
    settled('ledger all posted');
    expect(await prisma.rejectedPosting.count({ where: { tenantId: shop } })).toBe(0);
    const unbalanced = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (
        SELECT l."entryId" FROM "ledger"."JournalLine" l JOIN "ledger"."JournalEntry" e ON e.id = l."entryId"
        WHERE e."tenantId" = ${shop}::uuid
        GROUP BY l."entryId", l.currency
        HAVING sum(CASE WHEN l.side = 'DEBIT' THEN l.amount ELSE -l.amount END) <> 0) x`;
    expect(Number(unbalanced[0].n)).toBe(0);
    const drawers = await prisma.ledgerAccount.findMany({ where: { tenantId: shop, ownerType: 'TILL', ownerId: { in: tills.map((t) => t.deviceId) } } });
    expect(drawers.map((d) => d.balance)).toEqual(tills.map(() => 0n));
  }, 2_700_000);
});
