/**
 * The order state machine as a table, fulfilment moves through the gateway with their timeline, and
 * refunds: per line and in full with exact amounts (cumulative shares add up to the order), shipping back
 * with a vendor order's last units, over-refunds refused, restock, cancel of a paid order, disputes — and
 * the contract events and ledger postings of each, with the ledger's invariants after every test.
 */
import { TOPICS } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { assertLedgerInvariants } from '../../../test/support/ledger';
import type { TestStack } from '../../../test/support/stack';
import { canTransition, ORDER_STATUSES, type OrderStatus } from '../src/services/order-states';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, orderEvents, payload, signIn, startCommerceStack, stockOf, tenantId, waitFor, type TestProduct } from './support';

describe('the state machine', () => {
  const S = (status: OrderStatus, stage: OrderStatus | null = null) => ({ status, fulfilmentStage: stage });
  const table: [ReturnType<typeof S>, OrderStatus[]][] = [
    [S('PENDING_PAYMENT'), ['PAID', 'CANCELLED']],
    [S('PAID', 'PAID'), ['FULFILLING', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED']],
    [S('FULFILLING', 'FULFILLING'), ['SHIPPED', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED']],
    [S('SHIPPED', 'SHIPPED'), ['DELIVERED', 'REFUNDED', 'PARTIALLY_REFUNDED']],
    [S('DELIVERED', 'DELIVERED'), ['COMPLETED', 'REFUNDED', 'PARTIALLY_REFUNDED']],
    [S('COMPLETED', 'COMPLETED'), ['REFUNDED', 'PARTIALLY_REFUNDED']],
    [S('PARTIALLY_REFUNDED', 'PAID'), ['FULFILLING', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED']],
    [S('PARTIALLY_REFUNDED', 'SHIPPED'), ['DELIVERED', 'REFUNDED', 'PARTIALLY_REFUNDED']],
    [S('CANCELLED'), []],
    [S('REFUNDED', 'SHIPPED'), []],
  ];
  it.each(table)('%j may go to exactly %j', (from, allowed) => {
    expect(ORDER_STATUSES.filter((to) => canTransition(from, to))).toEqual(allowed);
  });
});

let s: TestStack;
let store: string;
let p: TestProduct;
let q: TestProduct;
let admin: Record<string, string>;
beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  p = await makeProduct(s.stack.prisma, store, { price: 333_333n, stock: 100 });
  q = await makeProduct(s.stack.prisma, store, { price: 1_000_000n, stock: 100 });
  admin = await signIn(s, 'ade-fashion', 'client');
}, 120_000);
afterAll(async () => {
  await s?.stop();
});
afterEach(async () => {
  await assertLedgerInvariants(s.stack.prisma);
});

async function paidOrder(lines: { variantId: string; quantity: number }[]) {
  const token = await guestCart(s, 'ade-fashion', lines);
  const r = payload(await checkout(s, 'ade-fashion', checkoutInput(token)), 'checkout');
  await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay');
  await waitFor(async () => (await s.stack.prisma.order.findUniqueOrThrow({ where: { id: r.order.id } })).status === 'PAID');
  return s.stack.prisma.order.findUniqueOrThrow({ where: { id: r.order.id }, include: { lines: { orderBy: { id: 'asc' } }, vendorOrders: true } });
}

const call = (query: string, variables: Record<string, unknown>, headers = admin) => gql(s.gatewayUrl, query, variables, headers);
const REFUND = 'mutation ($i: RefundOrderInput!) { refundOrder(input: $i) { refund { id amount { amount } status lines { quantity subtotal { amount } tax { amount } restocked } } userErrors { code message field } } }';
const MOVE = (op: string) => `mutation ($id: ID!, $n: String) { ${op}(orderId: $id, note: $n) { order { status fulfilmentStage timeline { fromStatus toStatus actorType reason } } userErrors { code message } } }`;

it('moves a paid order through fulfilment with a timeline; an illegal move is INVALID_TRANSITION', async () => {
  const o = await paidOrder([{ variantId: p.variantId, quantity: 1 }]);
  const early = (await call(MOVE('shipOrder'), { id: o.id })).data!.shipOrder;
  expect(early.userErrors.map((e: any) => e.code)).toEqual(['INVALID_TRANSITION']);
  payload(await call(MOVE('fulfilOrder'), { id: o.id }), 'fulfilOrder');
  payload(await call(MOVE('shipOrder'), { id: o.id, n: 'GIG tracking 123' }), 'shipOrder');
  payload(await call(MOVE('deliverOrder'), { id: o.id }), 'deliverOrder');
  const done = payload(await call(MOVE('completeOrder'), { id: o.id }), 'completeOrder').order;
  expect(done.status).toBe('COMPLETED');
  expect(done.timeline.map((e: any) => `${e.fromStatus}>${e.toStatus}:${e.actorType}`)).toEqual([
    'null>PENDING_PAYMENT:anonymous',
    'PENDING_PAYMENT>PAID:provider',
    'PAID>FULFILLING:user',
    'FULFILLING>SHIPPED:user',
    'SHIPPED>DELIVERED:user',
    'DELIVERED>COMPLETED:user',
  ]);
  expect(done.timeline[3].reason).toBe('GIG tracking 123');
  const cancel = (await call('mutation ($id: ID!) { cancelOrder(orderId: $id) { order { status } userErrors { code } } }', { id: o.id })).data!.cancelOrder;
  expect(cancel.userErrors.map((e: any) => e.code)).toEqual(['INVALID_TRANSITION']);
});

it('refunds per line in parts that add up exactly, shipping with the last units, and refuses more than was paid', async () => {
  const o = await paidOrder([
    { variantId: p.variantId, quantity: 3 },
    { variantId: q.variantId, quantity: 1 },
  ]);
  const lineP = o.lines.find((l) => l.variantId === p.variantId)!;
  const lineQ = o.lines.find((l) => l.variantId === q.variantId)!;
  const stock = (await stockOf(s.stack.prisma, p.variantId)).onHand;

  const r1 = payload(await call(REFUND, { i: { orderId: o.id, lines: [{ orderLineId: lineP.id, quantity: 1 }], restock: true } }), 'refundOrder').refund;
  const r2 = payload(await call(REFUND, { i: { orderId: o.id, lines: [{ orderLineId: lineP.id, quantity: 2 }] } }), 'refundOrder').refund;
  // Cumulative shares: 1/3 and then the rest of the line, exactly.
  const sub1 = BigInt(r1.lines[0].subtotal.amount);
  const sub2 = BigInt(r2.lines[0].subtotal.amount);
  const tax1 = BigInt(r1.lines[0].tax.amount);
  const tax2 = BigInt(r2.lines[0].tax.amount);
  expect(sub1 + sub2).toBe(lineP.subtotal);
  expect(tax1 + tax2).toBe(lineP.tax);
  expect(sub1).toBe((lineP.subtotal * 2n + 3n) / 6n);
  expect(r1.lines[0].restocked).toBe(true);
  expect((await stockOf(s.stack.prisma, p.variantId)).onHand).toBe(stock + 1);

  const over = (await call(REFUND, { i: { orderId: o.id, lines: [{ orderLineId: lineP.id, quantity: 1 }] } })).data!.refundOrder;
  expect(over.userErrors).toEqual([{ code: 'BAD_USER_INPUT', message: expect.stringContaining('0 of 3'), field: ['lines', '0', 'quantity'] }]);
  expect((await s.stack.prisma.order.findUniqueOrThrow({ where: { id: o.id } })).status).toBe('PARTIALLY_REFUNDED');

  const last = payload(await call(REFUND, { i: { orderId: o.id } }), 'refundOrder').refund;
  const after = await s.stack.prisma.order.findUniqueOrThrow({ where: { id: o.id }, include: { vendorOrders: true } });
  expect(after.status).toBe('REFUNDED');
  expect(after.refundedTotal).toBe(after.total);
  expect(BigInt(r1.amount.amount) + BigInt(r2.amount.amount) + BigInt(last.amount.amount)).toBe(after.total);
  expect(last.lines).toEqual([{ quantity: 1, subtotal: { amount: lineQ.subtotal.toString() }, tax: { amount: lineQ.tax.toString() }, restocked: false }]);
  const nothing = (await call(REFUND, { i: { orderId: o.id } })).data!.refundOrder;
  expect(nothing.userErrors.map((e: any) => e.code)).toEqual(['INVALID_TRANSITION']);

  const events = await orderEvents(s.stack.prisma, o.id);
  const refunded = events.filter((e) => e.topic === TOPICS.COMMERCE_ORDER_REFUNDED).map((e) => e.payload as any);
  expect(refunded.map((e) => e.fullyRefunded)).toEqual([false, false, true]);
  const vo = after.vendorOrders[0];
  // Shipping went back once, with the refund that took the vendor order's last units.
  expect(refunded.map((e) => e.vendorOrders[0].shipping)).toEqual(['0', '0', vo.shipping.toString()]);
  const postings = events.filter((e) => e.topic === TOPICS.LEDGER_POSTING_REQUESTED && (e.payload as any).kind === 'REFUND').map((e) => e.payload as any);
  expect(postings).toHaveLength(3);
  for (const [i, posting] of postings.entries()) {
    expect(posting).toMatchObject({ idempotencyKey: `refund:${refunded[i].refundId}`, reversesIdempotencyKey: `order-paid:${o.id}` });
    const debit = posting.lines.filter((l: any) => l.side === 'DEBIT').reduce((a: bigint, l: any) => a + BigInt(l.amount), 0n);
    const credit = posting.lines.filter((l: any) => l.side === 'CREDIT').reduce((a: bigint, l: any) => a + BigInt(l.amount), 0n);
    expect([debit, credit]).toEqual([BigInt(refunded[i].amount), BigInt(refunded[i].amount)]);
  }
  expect((await s.stack.prisma.sandboxCharge.findFirstOrThrow({ where: { tenantId: store, refunded: after.total } })).refunded).toBe(after.total);
});

it('cancels a paid order before shipping with a full refund and restock; the ledger gets the order and its reversal', async () => {
  const before = (await stockOf(s.stack.prisma, q.variantId)).onHand;
  const o = await paidOrder([{ variantId: q.variantId, quantity: 2 }]);
  const r = payload(await call('mutation ($id: ID!) { cancelOrder(orderId: $id, reason: "Customer changed their mind") { order { status refundedTotal { amount } total { amount } } userErrors { code } } }', { id: o.id }), 'cancelOrder');
  expect(r.order.status).toBe('CANCELLED');
  expect(r.order.refundedTotal).toEqual(r.order.total);
  expect((await stockOf(s.stack.prisma, q.variantId)).onHand).toBe(before);
  const entries = await waitFor(async () => {
    const rows = await s.stack.prisma.$queryRawUnsafe<{ idempotencyKey: string }[]>(`SELECT "idempotencyKey" FROM "ledger"."JournalEntry" WHERE "idempotencyKey" LIKE $1 OR "idempotencyKey" LIKE 'refund:%' ORDER BY "postedAt"`, `order-paid:${o.id}`);
    return rows.some((x) => x.idempotencyKey.startsWith('refund:')) && rows.some((x) => x.idempotencyKey === `order-paid:${o.id}`) ? rows : null;
  }, 15_000);
  expect(entries).toBeTruthy();
});

it('staff cannot cancel a paid order (a full refund needs an administrator with 2FA) but may cancel an unpaid one', async () => {
  const staff = await signIn(s, 'ade-fashion', 'staff');
  const o = await paidOrder([{ variantId: q.variantId, quantity: 1 }]);
  const CANCEL = 'mutation ($id: ID!) { cancelOrder(orderId: $id) { order { status } userErrors { code field } } }';
  const refused = (await call(CANCEL, { id: o.id }, staff)).data!.cancelOrder;
  expect(refused).toEqual({ order: null, userErrors: [{ code: 'FORBIDDEN', field: ['orderId'] }] });
  const after = await s.stack.prisma.order.findUniqueOrThrow({ where: { id: o.id } });
  expect([after.status, after.refundedTotal]).toEqual(['PAID', 0n]);
  expect(await s.stack.prisma.refund.count({ where: { orderId: o.id } })).toBe(0);
  // refundOrder stays closed to staff too.
  expect((await call(REFUND, { i: { orderId: o.id } }, staff)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
  const unpaid = payload(await checkout(s, 'ade-fashion', checkoutInput(token)), 'checkout').order;
  expect(payload(await call(CANCEL, { id: unpaid.id }, staff), 'cancelOrder').order.status).toBe('CANCELLED');
  // An administrator with 2FA still cancels the paid one (with its refund).
  expect(payload(await call(CANCEL, { id: o.id }), 'cancelOrder').order.status).toBe('CANCELLED');
});

it('opens and closes a dispute on a paid order, with the events MLAS holds commissions on', async () => {
  const o = await paidOrder([{ variantId: p.variantId, quantity: 1 }]);
  const open = (await call('mutation ($id: ID!) { openDispute(orderId: $id, reason: "Chargeback") { dispute { status } userErrors { code } } }', { id: o.id })).data!.openDispute;
  expect(open).toEqual({ dispute: { status: 'OPEN' }, userErrors: [] });
  const twice = (await call('mutation ($id: ID!) { openDispute(orderId: $id, reason: "again") { dispute { status } userErrors { code } } }', { id: o.id })).data!.openDispute;
  expect(twice.userErrors.map((e: any) => e.code)).toEqual(['INVALID_TRANSITION']);
  const closed = (await call('mutation ($id: ID!) { closeDispute(orderId: $id, resolution: "Won") { dispute { status resolution } userErrors { code } } }', { id: o.id })).data!.closeDispute;
  expect(closed).toEqual({ dispute: { status: 'CLOSED', resolution: 'Won' }, userErrors: [] });
  const events = (await orderEvents(s.stack.prisma, o.id)).filter((e) => e.topic === TOPICS.COMMERCE_ORDER_DISPUTE_CHANGED).map((e) => e.payload as any);
  expect(events).toEqual([
    { orderId: o.id, disputed: true, reason: 'Chargeback', at: expect.any(String) },
    { orderId: o.id, disputed: false, reason: 'Won', at: expect.any(String) },
  ]);
});
