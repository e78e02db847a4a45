/**
 * Returns (issue 15, decision 0058), through the services: what a customer may ask for (delivered lines,
 * within the window, never more than bought minus refunded or exchanged, one open request per line), the
 * state machine and its stable code, who answers (the store; in a marketplace the vendor of its own vendor
 * order), and the money: a refunded return is refunded once, by the order's refund path, for exactly the
 * lines' paid share, and leaves every ledger entry balanced.
 */
import { uuidv7, type RoleName } from '@webwaka/kit';
import type { TestStack } from '../../../test/support/stack';
import { assertLedgerInvariants } from '../../../test/support/ledger';
import { advanceOrder } from '../src/services/orders';
import { previewRefund } from '../src/services/refunds';
import {
  approveReturn,
  exchangeReturn,
  receiveReturn,
  refundReturn,
  refuseReturn,
  requestReturn,
  returnableLines,
  updateReturnSettings,
} from '../src/services/returns';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, payload, serviceContext, startCommerceStack, stockOf, tenantId, waitFor, type TestProduct } from './support';

let s: TestStack;
let store: string;
let market: string;
let p: TestProduct;
let q: TestProduct;
const customerId = uuidv7();

beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  market = await tenantId(s.stack.prisma, 'naija-market');
  p = await makeProduct(s.stack.prisma, store, { price: 333_333n, stock: 100 });
  q = await makeProduct(s.stack.prisma, store, { price: 1_000_000n, stock: 100 });
}, 120_000);
afterEach(async () => {
  await assertLedgerInvariants(s.stack.prisma);
});
afterAll(async () => {
  await s?.stop();
});

const admin = (tenant = store) => serviceContext(s, tenant);
const customer = (tenant = store, userId = customerId) => serviceContext(s, tenant, { userId, roles: ['CUSTOMER'] as RoleName[], mfa: false });
const staff = () => serviceContext(s, store, { roles: ['STAFF'] as RoleName[], mfa: false });

/** A paid order of the customer's, delivered unless told otherwise. */
async function order(tenantSlug: string, lines: { variantId: string; quantity: number }[], opts: { deliver?: boolean } = {}) {
  const tenant = await tenantId(s.stack.prisma, tenantSlug);
  const token = await guestCart(s, tenantSlug, lines);
  const r = payload(await checkout(s, tenantSlug, checkoutInput(token)), 'checkout');
  await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay');
  await waitFor(async () => (await s.stack.prisma.order.findUniqueOrThrow({ where: { id: r.order.id } })).status === 'PAID');
  await s.stack.prisma.order.update({ where: { id: r.order.id }, data: { customerUserId: customerId } });
  if (opts.deliver !== false) for (const to of ['FULFILLING', 'SHIPPED', 'DELIVERED'] as const) await advanceOrder(admin(tenant), r.order.id, to);
  return s.stack.prisma.order.findUniqueOrThrow({ where: { id: r.order.id }, include: { lines: { orderBy: { id: 'asc' } }, vendorOrders: { orderBy: { id: 'asc' } } } });
}

const codeOf = async (p: Promise<unknown>) => p.then(() => 'OK', (e) => (e as { code?: string }).code ?? String(e));

describe('asking for a return', () => {
  it('only delivered lines of your own order, within the window, never more than is left, one open request per line', async () => {
    const o = await order('ade-fashion', [{ variantId: p.variantId, quantity: 3 }, { variantId: q.variantId, quantity: 1 }], { deliver: false });
    const [pl, ql] = [o.lines.find((l) => l.variantId === p.variantId)!, o.lines.find((l) => l.variantId === q.variantId)!];
    expect((await returnableLines(customer(), o.id)).map((l) => l.problem)).toEqual(['not delivered yet', 'not delivered yet']);
    expect(await codeOf(requestReturn(customer(), { orderId: o.id, lines: [{ orderLineId: pl.id, quantity: 1 }], reason: 'DAMAGED' }))).toBe('BAD_USER_INPUT');
    for (const to of ['FULFILLING', 'SHIPPED', 'DELIVERED'] as const) await advanceOrder(admin(), o.id, to);

    const lines = await returnableLines(customer(), o.id);
    expect(lines.map((l) => [l.line.id, l.left, l.problem])).toEqual([[o.lines[0].id, o.lines[0].quantity, null], [o.lines[1].id, o.lines[1].quantity, null]]);
    expect(lines[0].closesAt!.getTime() - Date.now()).toBeGreaterThan(13 * 86_400_000);

    // Someone else's order is not found; bad quantities, reasons and lines are refused on their field.
    expect(await codeOf(requestReturn(customer(store, uuidv7()), { orderId: o.id, lines: [{ orderLineId: pl.id, quantity: 1 }], reason: 'DAMAGED' }))).toBe('NOT_FOUND');
    expect(await codeOf(returnableLines(customer(store, uuidv7()), o.id))).toBe('NOT_FOUND');
    for (const bad of [
      { lines: [{ orderLineId: ql.id, quantity: 2 }], reason: 'DAMAGED' },
      { lines: [{ orderLineId: ql.id, quantity: 0 }], reason: 'DAMAGED' },
      { lines: [{ orderLineId: uuidv7(), quantity: 1 }], reason: 'DAMAGED' },
      { lines: [{ orderLineId: pl.id, quantity: 1 }, { orderLineId: pl.id, quantity: 1 }], reason: 'DAMAGED' },
      { lines: [], reason: 'DAMAGED' },
      { lines: [{ orderLineId: pl.id, quantity: 1 }], reason: 'BORED' },
      { lines: [{ orderLineId: pl.id, quantity: 1 }], reason: 'OTHER' },
    ]) {
      expect(await codeOf(requestReturn(customer(), { orderId: o.id, ...bad }))).toBe('BAD_USER_INPUT');
    }
    expect(await s.stack.prisma.returnRequest.count({ where: { orderId: o.id } })).toBe(0);

    const [r] = await requestReturn(customer(), { orderId: o.id, lines: [{ orderLineId: pl.id, quantity: 2 }], reason: 'DOES_NOT_FIT', details: 'Too small' });
    expect(r).toMatchObject({ status: 'REQUESTED', customerUserId: customerId, orderNumber: o.number, reason: 'DOES_NOT_FIT', details: 'Too small' });
    // The line is in an open request: not again, for any quantity, until it closes.
    expect(await codeOf(requestReturn(customer(), { orderId: o.id, lines: [{ orderLineId: pl.id, quantity: 1 }], reason: 'DAMAGED' }))).toBe('BAD_USER_INPUT');
    expect((await returnableLines(customer(), o.id)).find((l) => l.line.id === pl.id)!.problem).toMatch(/open return request/);
    await refuseReturn(admin(), r.id, 'Worn, not returnable');
    // Refused: the line is free again.
    const [again] = await requestReturn(customer(), { orderId: o.id, lines: [{ orderLineId: pl.id, quantity: 3 }], reason: 'DAMAGED' });
    expect(again.status).toBe('REQUESTED');
  });

  it('the window is a setting: none at 0 days, and closed once its days after delivery have passed', async () => {
    const o = await order('ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
    const line = { orderId: o.id, lines: [{ orderLineId: o.lines[0].id, quantity: 1 }], reason: 'DAMAGED' };
    expect(await codeOf(updateReturnSettings(staff(), 3))).toBe('FORBIDDEN');
    expect(await codeOf(updateReturnSettings(admin(), 400))).toBe('BAD_USER_INPUT');
    await updateReturnSettings(admin(), 0);
    await expect(requestReturn(customer(), line)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: 'This shop does not take returns' });
    await updateReturnSettings(admin(), 2);
    // Three days after delivery (the timeline is append-only, so the clock moves instead).
    const clock = jest.spyOn(Date, 'now').mockReturnValue(Date.now() + 3 * 86_400_000);
    try {
      await expect(requestReturn(customer(), line)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('return window') });
    } finally {
      clock.mockRestore();
    }
    await updateReturnSettings(admin(), 14);
    expect((await requestReturn(customer(), line))[0].status).toBe('REQUESTED');
  });
});

describe('answering it', () => {
  it('moves one step at a time (INVALID_TRANSITION otherwise), each step on the timeline, and the customer is told', async () => {
    const o = await order('ade-fashion', [{ variantId: p.variantId, quantity: 2 }]);
    const [r] = await requestReturn(customer(), { orderId: o.id, lines: [{ orderLineId: o.lines[0].id, quantity: 1 }], reason: 'WRONG_ITEM' });
    expect(await codeOf(receiveReturn(admin(), r.id))).toBe('INVALID_TRANSITION');
    expect(await codeOf(refundReturn(admin(), r.id, false))).toBe('INVALID_TRANSITION');
    expect(await codeOf(exchangeReturn(admin(), r.id, 'A new one', false))).toBe('INVALID_TRANSITION');
    expect(await codeOf(approveReturn(admin(), r.id, '  '))).toBe('BAD_USER_INPUT');
    // A customer cannot answer their own request.
    expect(await codeOf(approveReturn(customer(), r.id, 'ok'))).toBe('NOT_FOUND');
    expect((await approveReturn(staff(), r.id, 'Drop it at the Lekki shop')).status).toBe('APPROVED');
    expect(await codeOf(approveReturn(admin(), r.id, 'again'))).toBe('INVALID_TRANSITION');
    expect(await codeOf(refuseReturn(admin(), r.id, 'no'))).toBe('INVALID_TRANSITION');
    expect((await receiveReturn(staff(), r.id, 'In the box')).status).toBe('RECEIVED');
    // Staff may not give money back.
    expect(await codeOf(refundReturn(staff(), r.id, false))).toBe('FORBIDDEN');
    const done = await refundReturn(admin(), r.id, false);
    expect(done.status).toBe('REFUNDED');
    expect(await codeOf(exchangeReturn(admin(), r.id, 'x', false))).toBe('INVALID_TRANSITION');
    const timeline = await s.stack.prisma.returnEvent.findMany({ where: { returnId: r.id }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
    expect(timeline.map((e) => [e.fromStatus, e.toStatus, e.note])).toEqual([
      [null, 'REQUESTED', null],
      ['REQUESTED', 'APPROVED', 'Drop it at the Lekki shop'],
      ['APPROVED', 'RECEIVED', 'In the box'],
      ['RECEIVED', 'REFUNDED', expect.stringMatching(/^Refunded \d+ NGN$/)],
    ]);
    const messages = await s.stack.prisma.outboxEvent.findMany({ where: { topic: 'notifications.message.requested' } });
    const mine = messages.map((m) => m.payload as { key: string; variables: { status: string } }).filter((m) => m.key.includes(`:return:${r.id}:`));
    expect(mine.map((m) => m.variables.status).sort()).toEqual(['return approved', 'return refunded']);
  });

  it('exchanges without money, and puts the units back in stock when asked (once)', async () => {
    const o = await order('ade-fashion', [{ variantId: q.variantId, quantity: 2 }]);
    const [r] = await requestReturn(customer(), { orderId: o.id, lines: [{ orderLineId: o.lines[0].id, quantity: 2 }], reason: 'DAMAGED' });
    await approveReturn(admin(), r.id, 'Send it back');
    await receiveReturn(admin(), r.id);
    const before = (await stockOf(s.stack.prisma, q.variantId)).onHand;
    expect((await exchangeReturn(admin(), r.id, 'Sent a new one by GIG', true)).status).toBe('EXCHANGED');
    await exchangeReturn(admin(), r.id, 'Sent a new one by GIG', true); // a retry: no second movement
    expect((await stockOf(s.stack.prisma, q.variantId)).onHand).toBe(before + 2);
    expect(await s.stack.prisma.refund.count({ where: { orderId: o.id } })).toBe(0);
    // Exchanged units cannot be returned again.
    expect((await returnableLines(customer(), o.id))[0]).toMatchObject({ left: 0, problem: 'nothing left to return' });
  });
});

describe('the money', () => {
  it("refunds once, through the refund path, exactly the lines' paid share; returning everything gives back the order's total", async () => {
    const o = await order('ade-fashion', [{ variantId: p.variantId, quantity: 3 }, { variantId: q.variantId, quantity: 1 }]);
    const [pl, ql] = [o.lines.find((l) => l.variantId === p.variantId)!, o.lines.find((l) => l.variantId === q.variantId)!];
    const stock = (await stockOf(s.stack.prisma, p.variantId)).onHand;

    const first = (await requestReturn(customer(), { orderId: o.id, lines: [{ orderLineId: pl.id, quantity: 2 }], reason: 'DAMAGED' }))[0];
    await approveReturn(admin(), first.id, 'Post it');
    await receiveReturn(admin(), first.id);
    const expected = await previewRefund(admin(), { orderId: o.id, lines: [{ orderLineId: pl.id, quantity: 2 }] });
    // Two administrators press "refund" at once, then one presses it again: one refund.
    const both = await Promise.allSettled([refundReturn(admin(), first.id, true), refundReturn(admin(), first.id, true)]);
    expect(both.some((b) => b.status === 'fulfilled' && b.value.status === 'REFUNDED')).toBe(true);
    for (const b of both) if (b.status === 'rejected') expect(b.reason.code).toBe('INVALID_TRANSITION');
    const again = await refundReturn(admin(), first.id, true);
    expect(again.status).toBe('REFUNDED');
    const refunds = await s.stack.prisma.refund.findMany({ where: { orderId: o.id } });
    expect(refunds).toHaveLength(1);
    expect(refunds[0]).toMatchObject({ id: again.refundId, amount: expected.amount, status: 'SUCCEEDED', restock: true });
    await waitFor(async () => (await stockOf(s.stack.prisma, p.variantId)).onHand === stock + 2);

    // The rest of the order: the last unit of p and q; with the shipping, everything paid comes back.
    const second = (await requestReturn(customer(), { orderId: o.id, lines: [{ orderLineId: pl.id, quantity: 1 }, { orderLineId: ql.id, quantity: 1 }], reason: 'CHANGED_MIND' }))[0];
    await approveReturn(admin(), second.id, 'Post it');
    await receiveReturn(admin(), second.id);
    await refundReturn(admin(), second.id, false);
    const after = await s.stack.prisma.order.findUniqueOrThrow({ where: { id: o.id }, include: { refunds: true } });
    expect(after.refundedTotal).toBe(o.total);
    expect(after.status).toBe('REFUNDED');
    expect(await codeOf(requestReturn(customer(), { orderId: o.id, lines: [{ orderLineId: pl.id, quantity: 1 }], reason: 'DAMAGED' }))).toBe('BAD_USER_INPUT');
    // Each refund's ledger entry is posted and balanced (afterEach checks every entry and account).
    for (const f of after.refunds) {
      const entry = await waitFor(() => s.stack.prisma.journalEntry.findFirst({ where: { tenantId: store, idempotencyKey: `refund:${f.id}` }, include: { lines: true } }));
      const debit = entry!.lines.filter((l) => l.side === 'DEBIT').reduce((a, l) => a + l.amount, 0n);
      const credit = entry!.lines.filter((l) => l.side === 'CREDIT').reduce((a, l) => a + l.amount, 0n);
      expect(debit).toBe(credit);
      expect(debit).toBeGreaterThanOrEqual(f.amount);
    }
  });
});

describe('a marketplace', () => {
  it('splits a request per vendor order; each vendor answers its own, never another’s', async () => {
    const mine = await makeProduct(s.stack.prisma, market, { price: 500_000n, stock: 10, vendorSlug: 'chiamakas-closet', commissionBps: 800 });
    const theirs = await makeProduct(s.stack.prisma, market, { price: 700_000n, stock: 10, vendorSlug: 'aba-made', commissionBps: 1200 });
    const o = await order('naija-market', [{ variantId: mine.variantId, quantity: 1 }, { variantId: theirs.variantId, quantity: 1 }]);
    const requests = await requestReturn(customer(market), { orderId: o.id, lines: o.lines.map((l) => ({ orderLineId: l.id, quantity: 1 })), reason: 'NOT_AS_DESCRIBED' });
    expect(requests).toHaveLength(2);
    const voOf = (variantId: string) => o.vendorOrders.find((v) => v.id === o.lines.find((l) => l.variantId === variantId)!.vendorOrderId)!;
    const ownVo = voOf(mine.variantId);
    const vendorUser = ownVo.vendorOwnerUserId!;
    expect(vendorUser).toBeTruthy();
    const vendor = serviceContext(s, market, { userId: vendorUser, roles: ['VENDOR'] as RoleName[], mfa: false });
    const own = requests.find((r) => r.vendorOrderId === ownVo.id)!;
    const other = requests.find((r) => r.vendorOrderId === voOf(theirs.variantId).id)!;
    expect(await codeOf(approveReturn(vendor, other.id, 'ok'))).toBe('NOT_FOUND');
    expect(await codeOf(refuseReturn(vendor, other.id, 'no'))).toBe('NOT_FOUND');
    expect((await approveReturn(vendor, own.id, 'Send to our Aba shop')).status).toBe('APPROVED');
    expect((await receiveReturn(vendor, own.id)).status).toBe('RECEIVED');
    // Money stays with the marketplace's administrators.
    expect(await codeOf(refundReturn(vendor, own.id, false))).toBe('FORBIDDEN');
    expect((await refundReturn(admin(market), own.id, false)).status).toBe('REFUNDED');
    // Another tenant's administrator sees neither.
    expect(await codeOf(approveReturn(admin(store), other.id, 'ok'))).toBe('NOT_FOUND');
    expect((await refuseReturn(admin(market), other.id, 'Not as described? It is.')).status).toBe('REFUSED');
  });
});
