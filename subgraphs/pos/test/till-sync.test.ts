/**
 * A till's day through the gateway (issue 13): registered and paired, a session opened with a float,
 * sales in cash (with change), by transfer and split, a pay-in and a pay-out, a discount approved by a
 * supervisor and one that was not, a return, the count at close. The batches arrive out of order and
 * twice; everything is applied once, in the till's order, and becomes orders, stock movements and
 * balanced ledger entries; the drawer's account is back at zero after the count.
 */
import { uuidv7 } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import type { TestStack } from '../../../test/support/stack';
import { addCashier, eventually, payload, pricedVariants, registerTill, shopLocation, signIn, startPosStack, sync, tenantId, TillEvents, SHOP } from './support';

let s: TestStack;
let admin: Record<string, string>;

beforeAll(async () => {
  s = await startPosStack();
  admin = await signIn(s, SHOP, 'client');
}, 120_000);
afterAll(() => s?.stop());

it('a day at the till: exactly once, in order, in orders, stock and the ledger', async () => {
  const prisma = s.stack.prisma;
  const shop = await tenantId(prisma, SHOP);
  const till = await registerTill(s, admin);
  const amaka = await addCashier(s, admin, { name: 'Amaka', pin: '2580', discountLimitBps: 500 });
  const bola = await addCashier(s, admin, { name: 'Bola', role: 'SUPERVISOR', pin: '1357', discountLimitBps: 2000 });
  const [a, b, c] = await pricedVariants(s, till, 3);
  const location = await shopLocation(prisma);
  const stockBefore = await prisma.stockLevel.findMany({ where: { tenantId: shop, locationId: location, variantId: { in: [a.variantId, b.variantId, c.variantId] } } });

  const ev = new TillEvents();
  const session = uuidv7();
  const float = 1_000_000n;
  const open = ev.open(session, amaka, float);
  const cashSale = ev.sale(session, amaka, [{ item: a, quantity: 2 }], (total) => [{ tender: 'CASH', amount: total + 5_000n }]);
  const transferSale = ev.sale(session, amaka, [{ item: b, quantity: 1 }], (total) => [{ tender: 'TRANSFER', amount: total, reference: 'GTB-123' }]);
  const splitSale = ev.sale(session, amaka, [{ item: a, quantity: 1 }, { item: c, quantity: 1 }], (total) => [
    { tender: 'CASH', amount: 100_000n },
    { tender: 'CARD', amount: total - 100_000n, reference: 'POS-778' },
  ]);
  const payIn = ev.cash(session, amaka, 'PAY_IN', 200_000n, 'change from the bank');
  const payOut = ev.cash(session, amaka, 'PAY_OUT', 150_000n, 'diesel for the generator');
  const tenth = (item: typeof a) => item.unitPrice / 10n;
  const approved = ev.sale(session, amaka, [{ item: b, quantity: 1, discount: tenth(b) }], (total) => [{ tender: 'CASH', amount: total }], { approvedById: bola });
  const unapproved = ev.sale(session, amaka, [{ item: c, quantity: 1, discount: tenth(c) }], (total) => [{ tender: 'MOBILE_MONEY', amount: total, reference: 'OPAY-9' }]);
  const returned = ev.return(session, amaka, cashSale.event, [{ item: a, quantity: 1, amount: cashSale.total / 2n, tax: cashSale.tax / 2n, restock: true }], 'CASH', bola);
  const cashSales = cashSale.cashIn + splitSale.cashIn + approved.cashIn;
  const expected = float + cashSales - cashSale.total / 2n + 200_000n - 150_000n;
  const close = ev.close(session, amaka, expected - 100n);

  const first = [open, cashSale.event, transferSale.event, splitSale.event, payIn];
  const second = [payOut, approved.event, unapproved.event, returned, close];

  // The second batch arrives first: kept, not applied.
  const early = payload(await sync(s, till, second), 'syncPosBatch');
  expect(early.results.map((r: any) => r.status)).toEqual(['QUEUED', 'QUEUED', 'QUEUED', 'QUEUED', 'QUEUED']);
  expect(early.lastSequence).toBe(0);
  // Then the first: it and the waiting ones are applied, in order.
  const late = payload(await sync(s, till, first), 'syncPosBatch');
  expect(late.results.map((r: any) => r.status)).toEqual(['APPLIED', 'APPLIED', 'APPLIED', 'APPLIED', 'APPLIED']);
  expect(late.lastSequence).toBe(10);
  // Both again (a till that lost the answers): nothing changes.
  for (const batch of [first, second]) {
    const again = payload(await sync(s, till, batch), 'syncPosBatch');
    expect(new Set(again.results.map((r: any) => r.status))).toEqual(new Set(['DUPLICATE']));
  }

  expect(await prisma.posSale.count({ where: { deviceId: till.deviceId } })).toBe(6);
  const closed = await prisma.tillSession.findUniqueOrThrow({ where: { id: session } });
  expect([closed.status, closed.expectedCash, closed.countedCash]).toEqual(['CLOSED', expected, expected - 100n]);
  const conflicts = await prisma.posConflict.findMany({ where: { deviceId: till.deviceId } });
  expect(conflicts.map((x) => x.kind)).toEqual(['DISCOUNT_OVER_LIMIT']);
  expect(conflicts[0].saleId).toBe(unapproved.event.clientId);
  const listed = await gql(s.gatewayUrl, '{ posConflicts(open: true) { kind receiptNumber } }', {}, admin);
  expect(listed.data!.posConflicts).toContainEqual({ kind: 'DISCOUNT_OVER_LIMIT', receiptNumber: `T${String(till.number).padStart(2, '0')}-000008` });

  // The Z-report, as a manager reads it.
  const z = await gql(
    s.gatewayUrl,
    `query ($id: ID!) { tillSession(id: $id) { status report { salesCount returnsCount refunds { amount } payIns { amount } payOuts { amount } expectedCash { amount } countedCash { amount } overShort { amount } byTender { tender amount { amount } count } } } }`,
    { id: session },
    admin,
  );
  const report = z.data!.tillSession.report;
  expect([report.salesCount, report.returnsCount, report.refunds.amount, report.payIns.amount, report.payOuts.amount]).toEqual([5, 1, String(cashSale.total / 2n), '200000', '150000']);
  expect([report.expectedCash.amount, report.countedCash.amount, report.overShort.amount]).toEqual([String(expected), String(expected - 100n), '-100']);
  expect(Object.fromEntries(report.byTender.map((t: any) => [t.tender, t.amount.amount]))).toEqual({
    CASH: String(cashSales - cashSale.total / 2n),
    TRANSFER: String(transferSale.total),
    CARD: String(splitSale.total - 100_000n),
    MOBILE_MONEY: String(unapproved.total),
  });

  // Orders: five completed POS orders, the first partly refunded.
  const orders = await eventually(
    () => prisma.order.findMany({ where: { tenantId: shop, channel: 'POS', deviceId: till.deviceId }, orderBy: { createdAt: 'asc' }, include: { lines: true } }),
    (o) => o.length === 5 && o.some((x) => x.status === 'PARTIALLY_REFUNDED'),
  );
  expect(orders.map((o) => o.total)).toEqual([cashSale.total, transferSale.total, splitSale.total, approved.total, unapproved.total]);
  expect(orders.map((o) => o.status)).toEqual(['PARTIALLY_REFUNDED', 'COMPLETED', 'COMPLETED', 'COMPLETED', 'COMPLETED']);
  expect(orders[0].refundedTotal).toBe(cashSale.total / 2n);

  // Stock: seven movements (one per line sold, one back): a 3 out and 1 back, b 2 out, c 2 out, each once.
  const sold = { [a.variantId]: -2, [b.variantId]: -2, [c.variantId]: -2 };
  await eventually(
    () => prisma.stockMovement.count({ where: { tenantId: shop, deviceId: till.deviceId } }),
    (n) => n === 7,
  );
  const stockAfter = await prisma.stockLevel.findMany({ where: { tenantId: shop, locationId: location, variantId: { in: Object.keys(sold) } } });
  for (const level of stockAfter) {
    const before = stockBefore.find((l) => l.variantId === level.variantId)!;
    expect(level.onHand - before.onHand).toBe(sold[level.variantId]);
  }

  // The ledger: every till entry posted once, and the drawer empty after the count; short by 1.00.
  await eventually(
    () => prisma.journalEntry.count({ where: { tenantId: shop, idempotencyKey: { startsWith: 'pos:' } } }),
    (n) => n === 10,
  );
  expect(await prisma.rejectedPosting.count({ where: { tenantId: shop } })).toBe(0);
  const drawer = await prisma.ledgerAccount.findFirstOrThrow({ where: { tenantId: shop, ownerType: 'TILL', ownerId: till.deviceId, purpose: 'CASH_HELD' } });
  expect(drawer.balance).toBe(0n);
  const overShort = await prisma.ledgerAccount.findFirstOrThrow({ where: { tenantId: shop, ownerType: 'TENANT', purpose: 'CASH_OVER_SHORT' } });
  expect(overShort.balance).toBe(-100n);
  const safe = await prisma.ledgerAccount.findFirstOrThrow({ where: { tenantId: shop, ownerType: 'TENANT', purpose: 'CASH_HELD' } });
  expect(safe.balance).toBe(expected - 100n - float - 200_000n + 150_000n);
});

it('a revoked till is refused at once; a pairing code works once', async () => {
  const till = await registerTill(s, admin, { name: 'Back counter' });
  const again = await gql(s.gatewayUrl, `mutation ($code: String!) { pairPosDevice(code: $code) { deviceKey userErrors { code field } } }`, { code: till.pairingCode }, { 'x-tenant': SHOP });
  expect(again.data!.pairPosDevice.userErrors.map((e: any) => e.code)).toEqual(['BAD_USER_INPUT']);
  const me = await gql(s.gatewayUrl, `{ posTill { device { id status } nextSequence cashiers { name pinSalt pinHash } } }`, {}, till.headers);
  expect(me.data!.posTill.device).toEqual({ id: till.deviceId, status: 'ACTIVE' });
  expect(me.data!.posTill.nextSequence).toBe(1);
  payload(await gql(s.gatewayUrl, `mutation ($id: ID!) { revokePosDevice(id: $id) { device { status } userErrors { code } } }`, { id: till.deviceId }, admin), 'revokePosDevice');
  const refused = await gql(s.gatewayUrl, `{ posTill { device { id } } }`, {}, till.headers);
  expect(refused.status === 401 || refused.errors?.[0]?.extensions?.code === 'POS_DEVICE_REVOKED').toBe(true);
});

it('a till finds a known customer by e-mail and sells to them on account: the customer owes it in the ledger', async () => {
  const prisma = s.stack.prisma;
  const shop = await tenantId(prisma, SHOP);
  const till = await registerTill(s, admin, { name: 'Account counter' });
  const FIND = 'query ($e: String!) { posCustomer(email: $e) { id name email } }';
  const found = await gql(s.gatewayUrl, FIND, { e: ' Customer@WebWaka.test ' }, till.headers);
  const customer = found.data!.posCustomer;
  expect(customer.email).toBe('customer@webwaka.test');
  expect((await gql(s.gatewayUrl, FIND, { e: 'staff@webwaka.test' }, till.headers)).data!.posCustomer).toBeNull(); // a member, not a customer
  expect((await gql(s.gatewayUrl, FIND, { e: 'not an address' }, till.headers)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

  const cashier = await addCashier(s, admin, { name: 'Ngozi', pin: '3691' });
  const [item] = await pricedVariants(s, till, 1);
  const ev = new TillEvents();
  const session = uuidv7();
  const open = ev.open(session, cashier, 0n);
  const sale = ev.sale(session, cashier, [{ item, quantity: 2 }], (total) => [{ tender: 'ON_ACCOUNT', amount: total }], { customerUserId: customer.id });
  payload(await sync(s, till, [open, sale.event]), 'syncPosBatch');
  expect(await prisma.posConflict.count({ where: { deviceId: till.deviceId } })).toBe(0);
  await eventually(() => prisma.journalEntry.count({ where: { tenantId: shop, idempotencyKey: `pos:sale:${sale.event.clientId}` } }), (n) => n === 1).catch(async (e) => {
    throw new Error(`${e.message}; rejected: ${JSON.stringify(await prisma.rejectedPosting.findMany({ where: { tenantId: shop } }))}`);
  });
  const owed = await eventually(
    () => prisma.ledgerAccount.findFirst({ where: { tenantId: shop, ownerType: 'CUSTOMER', ownerId: customer.id, purpose: 'ACCOUNTS_RECEIVABLE' } }),
    (a) => !!a,
  );
  expect(owed!.balance).toBe(sale.total);
  const order = await eventually(() => prisma.order.findFirst({ where: { tenantId: shop, deviceId: till.deviceId } }), (o) => !!o);
  expect(order!.customerUserId).toBe(customer.id);
});

it('a sale that does not add up, or costs nothing, still stands, and never blocks the sales after it', async () => {
  const prisma = s.stack.prisma;
  const shop = await tenantId(prisma, SHOP);
  const till = await registerTill(s, admin, { name: 'Broken counter' });
  const cashier = await addCashier(s, admin, { name: 'Tunde', pin: '7412', discountLimitBps: 10_000 });
  const [item] = await pricedVariants(s, till, 1);
  const ev = new TillEvents();
  const session = uuidv7();
  const open = ev.open(session, cashier, 0n);
  // A broken till: the line's tax is more than its total.
  const broken = ev.sale(session, cashier, [{ item, quantity: 1 }], (total) => [{ tender: 'CASH', amount: total }]);
  const line = (broken.event as any).sale.lines[0];
  line.tax = String(BigInt(line.total) + 100n);
  // Given away whole: a 100% discount.
  const free = ev.sale(session, cashier, [{ item, quantity: 1, discount: item.unitPrice }], () => [{ tender: 'CASH', amount: 0n }]);
  const normal = ev.sale(session, cashier, [{ item, quantity: 1 }], (total) => [{ tender: 'CARD', amount: total, reference: 'X1' }]);
  payload(await sync(s, till, [open, broken.event, free.event, normal.event]), 'syncPosBatch');

  expect((await prisma.posConflict.findMany({ where: { deviceId: till.deviceId } })).map((c) => c.kind)).toEqual(['ARITHMETIC']);
  expect(await prisma.posSale.count({ where: { deviceId: till.deviceId } })).toBe(3);
  // Two orders (nothing to pay makes none), the broken one with its tax kept within its total.
  const orders = await eventually(() => prisma.order.findMany({ where: { tenantId: shop, deviceId: till.deviceId }, orderBy: { createdAt: 'asc' } }), (o) => o.length === 2);
  expect(orders[0].total).toBe(broken.total);
  expect(orders[0].tax).toBe(broken.total);
  expect(orders[1].total).toBe(normal.total);
  await eventually(() => prisma.journalEntry.count({ where: { tenantId: shop, idempotencyKey: { in: [broken, free, normal].map((x) => `pos:sale:${x.event.clientId}`) } } }), (n) => n === 2);
  expect(await prisma.rejectedPosting.count({ where: { tenantId: shop } })).toBe(0);
});
