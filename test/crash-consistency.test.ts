/**
 * Crash consistency (issue 18, decision 0074): the distributed topology on PostgreSQL and Redis takes
 * concurrent guest checkouts paid on the sandbox page (some declined), and concurrent seat holds on one trip
 * (several buyers wanting the same seats) bought and paid, while the ledger, MLAS, transport and
 * notifications consumers work through the outbox. Mid-load every service process is SIGKILLed at once;
 * the stack restarts on the same database (no seed) and catches up: the sandbox provider retries its
 * webhooks not yet acknowledged (as a real one does), the reconciler finishes interrupted settlements, the
 * outbox delivers what was left. Then every invariant is checked in SQL, one helper per invariant.
 * Load sizes are modest and the random choices seeded: it is about where the kill lands, not volume.
 */
import { createPrismaClient, openDatabase, type PrismaClient } from '@webwaka/kit';
import { SUBGRAPHS } from '../gateway/src/subgraphs';
import { startDistributed, type RunningDistributed } from '../scripts/distributed';
import { seedTransport } from './support/demo';
import { gql } from './support/graphql';
import { assertLedgerInvariants } from './support/ledger';
import { decideOnSandboxPage } from './support/sandbox';
import { describeIfService, freePort, startPostgres, startRedis } from './support/services';
import type { TestStack } from './support/stack';
import { waitFor } from './support/wait';
import { checkout, checkoutInput, guestCart, makeProduct, tenantId, type TestProduct } from '../subgraphs/commerce/test/support';

jest.setTimeout(420_000);

const SHOPPERS = 40;
const SEAT_BUYERS = 20;
/** The seats the buyers fight over: fewer than they want, so most holds collide. */
const CONTESTED_SEATS = 10;
/** Pay responses the clients must have seen before the kill (the rest of the load is in flight or not started). */
const PAID_BEFORE_CRASH = 10;

type Row = Record<string, unknown>;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeIfService(['postgresql', 'redis'], 'crash consistency: SIGKILL of every process mid-load, restart, invariants', () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let topo: RunningDistributed;
  let db: Awaited<ReturnType<typeof openDatabase>>;
  let prisma: PrismaClient;
  let s: TestStack;
  let tripId: string;
  let products: TestProduct[];
  const initialStock = new Map<string, number>();
  const sql = <T = Row>(text: string, ...values: unknown[]) => prisma.$queryRawUnsafe<T[]>(text, ...values);

  beforeAll(async () => {
    [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
    topo = await startDistributed({
      databaseUrl: pg.url,
      redisUrl: redis.url,
      subgraphPorts: Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (x) => [x.name, await freePort()]))),
      gatewayPorts: [await freePort()],
      demoProducts: 5,
      // Ten processes starting at once on a busy 2-core machine (twice: the first start and the restart).
      readyTimeoutMs: 150_000,
      env: {
        LOG_LEVEL: 'error',
        // Every client is this test's one address: the per-caller limits and hold caps are not what is tested.
        RATE_LIMIT_PER_SECOND: '10000',
        RATE_LIMIT_BURST: '100000',
        TRANSPORT_HOLD_MAX_SEATS: '0',
        TRANSPORT_HOLD_MAX_SEATS_PER_WINDOW: '0',
        TRANSPORT_HOLD_SWEEP_MS: '1000',
        // The reconciler every second, and without its minute of grace: after the restart nothing can still be running.
        COMMERCE_JOB_MS: '1000',
        COMMERCE_SETTLE_GRACE_MS: '1000',
      },
    });
    db = await openDatabase({ url: pg.url });
    prisma = createPrismaClient(db, 4);
    await seedTransport(prisma);
    const coach = await prisma.vehicle.findFirstOrThrow({ where: { registration: 'LSR-202-XB' } });
    tripId = (await prisma.trip.findFirstOrThrow({ where: { vehicleId: coach.id, departureAt: { gt: new Date() } }, orderBy: { departureAt: 'asc' } })).id;
    const market = await tenantId(prisma, 'naija-market');
    // Scarce stock on one product: some checkouts are refused, the paid ones must still hold theirs.
    products = [];
    for (const stock of [30, 30, 30, 6]) products.push(await makeProduct(prisma, market, { price: 250_000n, stock, vendorSlug: 'aba-made', commissionBps: 1000 }));
    for (const [i, p] of products.entries()) initialStock.set(p.variantId, [30, 30, 30, 6][i]);
    s = { gatewayUrl: topo.gatewayUrls[0] } as TestStack;
  });
  afterAll(async () => {
    await prisma?.$disconnect();
    await db?.close();
    await topo?.stop();
    await redis?.stop();
    await pg?.stop();
  });

  it('keeps every invariant across a SIGKILL of every service process in the middle of the load', async () => {
    let seed = 18;
    const rnd = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    let crashed = false;
    const loadStartedAt = new Date();

    // ---- the load: what each client did and saw
    interface Shopper { started?: boolean; orderId?: string; reference?: string; refused?: string; decision?: 'pay' | 'decline'; payStatus?: number; error?: string; done?: boolean }
    interface SeatBuyer { labels: string[]; started?: boolean; held?: boolean; orderId?: string; paid?: boolean; payStatus?: number; error?: string; done?: boolean }
    const shoppers: Shopper[] = Array.from({ length: SHOPPERS }, () => ({}));
    const seatLabels = (await sql<{ label: string }>(`SELECT "label" FROM "transport"."TripSeat" WHERE "tripId" = $1::uuid AND "status" = 'FREE' ORDER BY "row", "column" LIMIT ${CONTESTED_SEATS}`, tripId)).map((r) => r.label);
    const buyers: SeatBuyer[] = Array.from({ length: SEAT_BUYERS }, () => ({ labels: [...new Set(Array.from({ length: 1 + rnd(2) }, () => seatLabels[rnd(seatLabels.length)]))] }));

    const shop = async (i: number, start: number, lines: { variantId: string; quantity: number }[], decision: 'pay' | 'decline', pause: number) => {
      const me = shoppers[i];
      try {
        await sleep(start);
        if (crashed) return;
        me.started = true;
        const cart = await guestCart(s, 'naija-market', lines, { visitorId: `crash-visitor-${i}`, referralCode: i % 3 === 0 ? 'MUSA-NJM' : undefined });
        if (crashed) return;
        const r = await checkout(s, 'naija-market', checkoutInput(cart, { email: `shopper-${i}@example.com` }));
        const placed = r.data?.checkout;
        if (placed?.userErrors?.length) return void (me.refused = placed.userErrors[0].code);
        if (!placed?.order) throw new Error(JSON.stringify(r.errors ?? r));
        me.orderId = placed.order.id;
        me.reference = placed.payment.reference;
        await sleep(pause);
        if (crashed) return;
        me.decision = decision;
        me.payStatus = await decideOnSandboxPage(s, placed.payment.authorizationUrl, decision);
      } catch (e) {
        me.error = String(e);
      } finally {
        me.done = true;
      }
    };
    const travel = async (j: number, start: number, pause: number) => {
      const me = buyers[j];
      const at = { 'x-tenant': 'jibowu-park' };
      try {
        await sleep(start);
        if (crashed) return;
        me.started = true;
        const h = await gql(s.gatewayUrl, 'mutation ($t: ID!, $l: [String!]!) { holdSeats(tripId: $t, seatLabels: $l) { holdToken userErrors { code } } }', { t: tripId, l: me.labels }, at);
        const token = h.data?.holdSeats?.holdToken;
        if (!token) return;
        me.held = true;
        if (j % 5 === 4 || crashed) return; // Some holders never buy: their holds run out.
        const b = await gql(
          s.gatewayUrl,
          'mutation ($i: BuySeatsInput!) { buySeats(input: $i) { orderId paymentUrl userErrors { code } } }',
          { i: { holdToken: token, passengers: me.labels.map((seatLabel, k) => ({ seatLabel, name: `Passenger ${j}-${k}` })), email: `traveller-${j}@example.com`, idempotencyKey: `crash-buy-${j}` } },
          at,
        );
        if (!b.data?.buySeats?.orderId) throw new Error(JSON.stringify(b.errors ?? b.data));
        me.orderId = b.data.buySeats.orderId;
        await sleep(pause);
        if (crashed) return;
        me.paid = true;
        me.payStatus = await decideOnSandboxPage(s, b.data.buySeats.paymentUrl, 'pay');
      } catch (e) {
        me.error = String(e);
      } finally {
        me.done = true;
      }
    };

    const load = [
      ...shoppers.map((_, i) => {
        const lines = [...new Set([rnd(products.length), rnd(products.length)])].map((k) => ({ variantId: products[k].variantId, quantity: 1 + rnd(2) }));
        return shop(i, rnd(8000), lines, rnd(8) === 0 ? 'decline' : 'pay', rnd(1500));
      }),
      ...buyers.map((_, j) => travel(j, rnd(3000), rnd(1000))),
    ];

    // ---- the crash: once enough payments were answered, while other clients are still at it
    const answered = () => shoppers.filter((x) => x.payStatus !== undefined).length + buyers.filter((x) => x.payStatus !== undefined).length;
    await waitFor(async () => answered() >= PAID_BEFORE_CRASH || [...shoppers, ...buyers].every((x) => x.done), 180_000);
    crashed = true;
    const inFlight = [...shoppers, ...buyers].filter((x) => x.started && !x.done).length;
    const crashAt = Date.now();
    await topo.crash();
    await Promise.all(load);
    const restartMs = Date.now() - crashAt;
    expect(answered()).toBeGreaterThanOrEqual(PAID_BEFORE_CRASH);
    expect(inFlight).toBeGreaterThan(0);
    expect(shoppers.filter((x) => x.orderId).length).toBeGreaterThan(0);

    // ---- catching up
    // Holds nobody bought run out now (their seats must come free); bought ones keep their time to be paid.
    await sql(`UPDATE "transport"."SeatHold" h SET "expiresAt" = now() - interval '1 second' WHERE h."status" = 'ACTIVE'
                AND NOT EXISTS (SELECT 1 FROM "transport"."TicketPurchase" p WHERE p."holdId" = h."id")`);
    await sql(`UPDATE "transport"."TripSeat" t SET "holdExpiresAt" = h."expiresAt" FROM "transport"."SeatHold" h WHERE t."holdId" = h."id" AND h."expiresAt" < now()`);
    const caughtUp = await waitFor(async () => {
      // The sandbox provider retries a webhook its shop has not acted on (the charge decided, the payment
      // still PENDING), as Paystack and Flutterwave do; the page's POST replays the recorded decision.
      const unheard = await sql<{ reference: string; status: string }>(`
        SELECT c."reference", c."status"::text AS status FROM "commerce"."SandboxCharge" c JOIN "commerce"."Payment" p ON p."reference" = c."reference"
         WHERE c."status" <> 'PENDING' AND p."status" = 'PENDING'`);
      for (const c of unheard) await decideOnSandboxPage(s, `/pay/sandbox/${c.reference}`, c.status === 'SUCCEEDED' ? 'pay' : 'decline');
      const [left] = await sql<{ n: number }>(`
        SELECT ((SELECT count(*) FROM "kit"."OutboxEvent" WHERE "dispatchedAt" IS NULL)
              + (SELECT count(*) FROM "commerce"."Payment" p JOIN "commerce"."Order" o ON o."id" = p."orderId" WHERE p."status" = 'SUCCEEDED' AND o."status" = 'PENDING_PAYMENT')
              + (SELECT count(*) FROM "commerce"."Refund" WHERE "status" = 'PENDING')
              + (SELECT count(*) FROM "transport"."SeatHold" WHERE "status" = 'ACTIVE' AND "expiresAt" < now()))::int AS n`);
      return unheard.length === 0 && left.n === 0;
    }, 90_000);
    const caughtUpMs = Date.now() - crashAt - restartMs;
    console.log(`crash test: ${inFlight} clients in flight at the kill; restart ${restartMs} ms, caught up in ${caughtUpMs} ms`, {
      shoppers: { orders: shoppers.filter((x) => x.orderId).length, refused: shoppers.filter((x) => x.refused).length, payAnswered: shoppers.filter((x) => x.payStatus).length, cut: shoppers.filter((x) => x.error).length },
      buyers: { held: buyers.filter((x) => x.held).length, ordered: buyers.filter((x) => x.orderId).length, payAnswered: buyers.filter((x) => x.payStatus).length, cut: buyers.filter((x) => x.error).length },
      cutBy: [...new Set([...shoppers, ...buyers].flatMap((x) => (x.error ? [x.error.slice(0, 120)] : [])))],
    });
    if (!caughtUp) console.log('crash test: not caught up; undelivered events', await undeliveredOutboxEvents());
    expect(caughtUp).toBe(true);

    // ---- the invariants
    const since = loadStartedAt;
    expect(await paidOrdersWithoutCommittedStock(since)).toEqual([]);
    expect(await cancelledOrdersStillHoldingStock(since)).toEqual([]);
    expect(await stockFiguresThatDisagree()).toEqual([]);
    await assertLedgerInvariants(prisma);
    expect(await ordersWithoutExactlyOneOrderPaidPosting(since)).toEqual([]);
    expect(await refundsNotPostedExactlyOnce(since)).toEqual([]);
    expect(await rejectedPostings()).toEqual([]);
    expect(await seatsSoldTwiceOrOutOfStep()).toEqual([]);
    expect(await heldSeatsOfEndedHolds()).toEqual([]);
    expect(await paidSeatOrdersWithoutOneBookingOrRefund(since)).toEqual([]);
    expect(await undeliveredOutboxEvents()).toEqual([]);
    expect(await paidOrdersWithoutOneCommissionRecord(since)).toEqual([]);
    expect(await messageRequestsNotQueuedOnce(since)).toEqual([]);
    expect(await clientViewDisagreements(shoppers, buyers)).toEqual([]);
  });

  // ---- one helper per invariant; each returns its offenders

  /** No order is PAID unless every stocked line is COMMITTED in commerce and its reservation COMMITTED in inventory. */
  const paidOrdersWithoutCommittedStock = (since: Date) =>
    sql(
      `SELECT o."id", o."number", l."id" AS line, l."stockStatus"::text AS "lineStock", r."status"::text AS reservation
         FROM "commerce"."Order" o JOIN "commerce"."OrderLine" l ON l."orderId" = o."id"
         LEFT JOIN "inventory"."Reservation" r ON r."id" = l."reservationId"
        WHERE o."status" = 'PAID' AND o."createdAt" >= $1 AND l."stockStatus" <> 'NOT_STOCKED'
          AND NOT (l."stockStatus" = 'COMMITTED' AND r."status" = 'COMMITTED')`,
      since,
    );

  /** A cancelled order that was never paid holds no stock: its lines RELEASED, its reservations not ACTIVE or COMMITTED. */
  const cancelledOrdersStillHoldingStock = (since: Date) =>
    sql(
      `SELECT o."id", l."stockStatus"::text AS "lineStock", r."status"::text AS reservation
         FROM "commerce"."Order" o JOIN "commerce"."OrderLine" l ON l."orderId" = o."id"
         LEFT JOIN "inventory"."Reservation" r ON r."id" = l."reservationId"
        WHERE o."status" = 'CANCELLED' AND o."paidAt" IS NULL AND o."createdAt" >= $1
          AND (l."stockStatus" IN ('RESERVED', 'COMMITTED') OR r."status" = 'ACTIVE')`,
      since,
    );

  /**
   * Per variant the test stocked: on hand = what it started with + its movements, never negative; reserved =
   * the quantity of its ACTIVE reservations; what left as sales = the quantity of its COMMITTED reservations
   * = the units of its paid order lines.
   */
  const stockFiguresThatDisagree = async () => {
    const rows = await sql<{ variantId: string; onHand: number; reserved: number; moved: number; active: number; committed: number; sold: number; paidUnits: number }>(
      `SELECT s."variantId", s."onHand", s."reserved",
              (SELECT coalesce(sum(m."quantity"), 0)::int FROM "inventory"."StockMovement" m WHERE m."variantId" = s."variantId" AND m."locationId" = s."locationId") AS moved,
              (SELECT coalesce(sum(r."quantity"), 0)::int FROM "inventory"."Reservation" r WHERE r."variantId" = s."variantId" AND r."locationId" = s."locationId" AND r."status" = 'ACTIVE') AS active,
              (SELECT coalesce(sum(r."quantity"), 0)::int FROM "inventory"."Reservation" r WHERE r."variantId" = s."variantId" AND r."locationId" = s."locationId" AND r."status" = 'COMMITTED') AS committed,
              (SELECT coalesce(-sum(m."quantity"), 0)::int FROM "inventory"."StockMovement" m WHERE m."variantId" = s."variantId" AND m."locationId" = s."locationId" AND m."reason" = 'SALE') AS sold,
              (SELECT coalesce(sum(l."quantity"), 0)::int FROM "commerce"."OrderLine" l JOIN "commerce"."Order" o ON o."id" = l."orderId" WHERE l."variantId" = s."variantId" AND o."status" = 'PAID') AS "paidUnits"
         FROM "inventory"."StockLevel" s WHERE s."variantId" = ANY($1::uuid[])`,
      products.map((p) => p.variantId),
    );
    expect(rows).toHaveLength(products.length);
    return rows.filter(
      (r) => r.onHand < 0 || r.reserved < 0 || r.reserved > r.onHand || r.onHand !== initialStock.get(r.variantId)! + r.moved || r.reserved !== r.active || r.sold !== r.committed || r.committed !== r.paidUnits,
    );
  };

  /** Each order ever paid has exactly one ORDER_PAID journal entry; an order never paid has none. */
  const ordersWithoutExactlyOneOrderPaidPosting = (since: Date) =>
    sql(
      `SELECT o."id", o."status"::text AS status, o."paidAt", count(e."id")::int AS postings
         FROM "commerce"."Order" o
         LEFT JOIN "ledger"."JournalEntry" e ON e."tenantId" = o."tenantId" AND e."kind" = 'ORDER_PAID' AND e."referenceId" = o."id"::text
        WHERE o."createdAt" >= $1
        GROUP BY o."id"
       HAVING count(e."id") <> CASE WHEN o."paidAt" IS NULL THEN 0 ELSE 1 END`,
      since,
    );

  /**
   * A refund of money an order took (the order was paid; not an automatic refund of a payment the order never
   * took) is posted exactly once when it succeeded, never otherwise; an automatic refund posts nothing.
   */
  const refundsNotPostedExactlyOnce = (since: Date) =>
    sql(
      `SELECT r."id", r."status"::text AS status, r."automatic", count(e."id")::int AS postings
         FROM "commerce"."Refund" r JOIN "commerce"."Order" o ON o."id" = r."orderId"
         LEFT JOIN "ledger"."JournalEntry" e ON e."tenantId" = r."tenantId" AND e."idempotencyKey" = 'refund:' || r."id"::text
        WHERE r."createdAt" >= $1
        GROUP BY r."id", o."paidAt"
       HAVING count(e."id") <> CASE WHEN r."status" = 'SUCCEEDED' AND NOT r."automatic" AND o."paidAt" IS NOT NULL THEN 1 ELSE 0 END`,
      since,
    );

  const rejectedPostings = () => sql(`SELECT "idempotencyKey", "reason" FROM "ledger"."RejectedPosting"`);

  /** No seat has two tickets; a seat is SOLD exactly when it has its ticket, and it points at that ticket. */
  const seatsSoldTwiceOrOutOfStep = async () => [
    ...(await sql(`SELECT "tripId", "seatLabel", count(*)::int AS tickets FROM "transport"."Ticket" GROUP BY "tripId", "seatLabel" HAVING count(*) > 1`)),
    ...(await sql(
      `SELECT s."label", s."status"::text AS status, s."ticketId", t."id" AS ticket
         FROM "transport"."TripSeat" s LEFT JOIN "transport"."Ticket" t ON t."tripId" = s."tripId" AND t."seatLabel" = s."label"
        WHERE s."tripId" = $1::uuid AND ((s."status" = 'SOLD') <> (t."id" IS NOT NULL) OR s."ticketId" IS DISTINCT FROM t."id")`,
      tripId,
    )),
  ];

  /** A seat shows HELD only under an ACTIVE hold that has not run out: every held-then-expired seat is free again. */
  const heldSeatsOfEndedHolds = () =>
    sql(
      `SELECT s."label", h."status"::text AS hold, h."expiresAt"
         FROM "transport"."TripSeat" s LEFT JOIN "transport"."SeatHold" h ON h."id" = s."holdId"
        WHERE s."tripId" = $1::uuid AND s."status" = 'HELD' AND (h."id" IS NULL OR h."status" <> 'ACTIVE' OR h."expiresAt" < now())`,
      tripId,
    );

  /**
   * Each paid order for seats ended in exactly one booking (paid by that order, a ticket per held seat) or,
   * when the seats could not be had, a refund request that commerce carried out; an unpaid one in neither.
   */
  const paidSeatOrdersWithoutOneBookingOrRefund = (since: Date) =>
    sql(
      `SELECT p."orderId", o."status"::text AS "order", p."status"::text AS purchase,
              (SELECT count(*)::int FROM "transport"."Booking" b WHERE b."tenantId" = p."operatorTenantId" AND b."paymentReference" = p."orderId"::text) AS bookings,
              (SELECT count(*)::int FROM "transport"."Ticket" t WHERE t."bookingId" = p."bookingId") AS tickets,
              (SELECT cardinality(h."seatLabels") FROM "transport"."SeatHold" h WHERE h."id" = p."holdId") AS seats,
              (SELECT count(*)::int FROM "commerce"."Refund" r WHERE r."orderId" = p."orderId" AND r."status" = 'SUCCEEDED') AS refunds
         FROM "transport"."TicketPurchase" p JOIN "commerce"."Order" o ON o."id" = p."orderId"
        WHERE p."createdAt" >= $1`,
      since,
    ).then((rows) =>
      rows.filter((r) => {
        if (r.order === 'PENDING_PAYMENT' || (r.order === 'CANCELLED' && r.purchase === 'PENDING')) return r.bookings !== 0;
        if (r.purchase === 'CONFIRMED') return !(r.order === 'PAID' && r.bookings === 1 && r.tickets === r.seats);
        if (r.purchase === 'REFUND_REQUESTED') return !(r.bookings === 0 && r.refunds === 1);
        return true;
      }),
    );

  /** Every event any capability wrote was delivered (none undelivered, none given up on). */
  const undeliveredOutboxEvents = () => sql(`SELECT "topic", count(*)::int AS n, max("attempts") AS attempts, max("lastError") AS "lastError" FROM "kit"."OutboxEvent" WHERE "dispatchedAt" IS NULL GROUP BY "topic"`);

  /** MLAS recorded each paid order exactly once (a split per vendor order with a commission), and no unpaid one. */
  const paidOrdersWithoutOneCommissionRecord = (since: Date) =>
    sql(
      `SELECT o."id", o."paidAt",
              (SELECT count(*)::int FROM "mlas"."CommissionOrder" c WHERE c."tenantId" = o."tenantId" AND c."orderId" = o."id") AS records,
              (SELECT count(*)::int FROM "mlas"."CommissionSplit" x WHERE x."tenantId" = o."tenantId" AND x."orderId" = o."id") AS splits,
              (SELECT count(*)::int FROM "commerce"."VendorOrder" v WHERE v."orderId" = o."id" AND v."commission" > 0) AS pools
         FROM "commerce"."Order" o WHERE o."createdAt" >= $1`,
      since,
    ).then((rows) => rows.filter((r) => (r.paidAt ? r.records !== 1 || r.splits !== r.pools : r.records !== 0 || r.splits !== 0)));

  /**
   * Each message request (an outbox event) became its messages once: at least one message under its key, at
   * most one per channel and recipient key. (Sending them is the notifications queue's own at-least-once.)
   */
  const messageRequestsNotQueuedOnce = async (since: Date) => [
    ...(await sql(
      `SELECT e."id", e."payload"->>'key' AS key, e."payload"->>'template' AS template
         FROM "kit"."OutboxEvent" e
        WHERE e."topic" = 'notifications.message.requested' AND e."createdAt" >= $1
          AND NOT EXISTS (SELECT 1 FROM "notifications"."Message" m WHERE m."tenantId" = e."tenantId"
                           AND (m."requestKey" = e."payload"->>'key' OR m."requestKey" LIKE (e."payload"->>'key') || '#%'))`,
      since,
    )),
    ...(await sql(`SELECT "tenantId", "requestKey", "channel"::text AS channel, count(*)::int AS n FROM "notifications"."Message" GROUP BY 1, 2, 3 HAVING count(*) > 1`)),
  ];

  /**
   * What each client saw is what the database holds: a checkout answered with an order exists; a payment the
   * page confirmed (200: its webhook acknowledged) left the order PAID, or CANCELLED with the money refunded
   * and the stock released; a declined one left the order unpaid; a seat payment confirmed left a booking.
   */
  async function clientViewDisagreements(shoppers: { orderId?: string; decision?: string; payStatus?: number }[], buyers: { orderId?: string; payStatus?: number }[]) {
    const problems: Row[] = [];
    const orders = new Map(
      (await sql<{ id: string; status: string; refunded: number; holding: number }>(
        `SELECT o."id", o."status"::text AS status,
                (SELECT count(*)::int FROM "commerce"."Refund" r WHERE r."orderId" = o."id" AND r."status" = 'SUCCEEDED') AS refunded,
                (SELECT count(*)::int FROM "commerce"."OrderLine" l WHERE l."orderId" = o."id" AND l."stockStatus" IN ('RESERVED', 'COMMITTED')) AS holding
           FROM "commerce"."Order" o WHERE o."id" = ANY($1::uuid[])`,
        [...shoppers, ...buyers].flatMap((x) => (x.orderId ? [x.orderId] : [])),
      )).map((o) => [o.id, o]),
    );
    for (const x of shoppers) {
      if (!x.orderId) continue;
      const o = orders.get(x.orderId);
      if (!o) problems.push({ orderId: x.orderId, saw: 'checkout', found: 'nothing' });
      else if (x.payStatus === 200 && x.decision === 'pay' && !(o.status === 'PAID' || (o.status === 'CANCELLED' && o.refunded === 1 && o.holding === 0))) problems.push({ orderId: x.orderId, saw: 'paid', found: o });
      else if (x.payStatus === 200 && x.decision === 'decline' && o.status === 'PAID') problems.push({ orderId: x.orderId, saw: 'declined', found: o });
    }
    for (const x of buyers) {
      if (!x.orderId) continue;
      const o = orders.get(x.orderId);
      if (!o) problems.push({ orderId: x.orderId, saw: 'seat order', found: 'nothing' });
      else if (x.payStatus === 200 && !(o.status === 'PAID' || o.refunded === 1)) problems.push({ orderId: x.orderId, saw: 'seats paid', found: o });
    }
    return problems;
  }
});
