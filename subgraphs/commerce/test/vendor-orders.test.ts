/**
 * Vendor-order fulfilment in the marketplace, through the gateway: each vendor moves its own part one step
 * at a time; the order follows the slowest vendor; a vendor cannot move another vendor's part, skip a
 * step, or fulfil an unpaid order; a vendor's timeline shows its own steps and the order's moves but not
 * other vendors'; a manager moving the whole order brings the vendor orders along.
 */
import { gql } from '../../../test/support/graphql';
import type { TestStack } from '../../../test/support/stack';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, payload, signIn, startCommerceStack, tenantId, waitFor, type TestProduct } from './support';

const MARKET = 'naija-market';
let s: TestStack;
let own: TestProduct; // sold by Chiamaka's Closet, whose owner is the demo vendor
let other: TestProduct; // sold by Kano Leather Works
let vendor: Record<string, string>;
let manager: Record<string, string>;
beforeAll(async () => {
  s = await startCommerceStack();
  const market = await tenantId(s.stack.prisma, MARKET);
  own = await makeProduct(s.stack.prisma, market, { price: 500_000n, stock: 50, vendorSlug: 'chiamakas-closet', commissionBps: 800 });
  other = await makeProduct(s.stack.prisma, market, { price: 250_000n, stock: 50, vendorSlug: 'kano-leather-works', commissionBps: 1000 });
  vendor = await signIn(s, MARKET, 'vendor');
  manager = await signIn(s, MARKET, 'client'); // the marketplace's administrator (the demo staff account works in the store)
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const ORDER = 'id status fulfilmentStage vendorOrders { id vendorName fulfilmentStage } timeline { fromStatus toStatus vendorName reason }';
const step = (op: string, vendorOrderId: string, headers: Record<string, string>, note?: string) =>
  gql(s.gatewayUrl, `mutation ($id: ID!, $n: String) { ${op}(vendorOrderId: $id, note: $n) { vendorOrder { id fulfilmentStage } order { ${ORDER} } userErrors { code message field } } }`, { id: vendorOrderId, n: note ?? null }, headers);
/** The userErrors of a refused step (a GraphQL error fails the test instead). */
const refused = (r: Awaited<ReturnType<typeof step>>, op: string): { code: string; message: string; field: string[] }[] => {
  expect(r.errors).toBeUndefined();
  return (r.data as any)[op].userErrors;
};
const readOrder = async (id: string, headers: Record<string, string>) => (await gql(s.gatewayUrl, `query ($id: ID!) { order(id: $id) { ${ORDER} } }`, { id }, headers)).data!.order;

/** A marketplace order with one line from each vendor; paid unless told otherwise. Returns ids by vendor. */
async function order(paid = true) {
  const token = await guestCart(s, MARKET, [
    { variantId: own.variantId, quantity: 1 },
    { variantId: other.variantId, quantity: 2 },
  ]);
  const r = payload(await checkout(s, MARKET, checkoutInput(token)), 'checkout');
  if (paid) {
    await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay');
    await waitFor(async () => (await s.stack.prisma.order.findUniqueOrThrow({ where: { id: r.order.id } })).status === 'PAID');
  }
  const byVendor = (vendorId: string) => r.order.vendorOrders.find((v: any) => v.vendorId === vendorId).id as string;
  return { orderId: r.order.id as string, mine: byVendor(own.vendorId), theirs: byVendor(other.vendorId) };
}

it('the order follows the slowest vendor, step by step', async () => {
  const o = await order();
  // The vendor fulfils and ships its part: the order waits for the other vendor.
  let r = payload(await step('fulfilVendorOrder', o.mine, vendor), 'fulfilVendorOrder');
  expect(r.vendorOrder.fulfilmentStage).toBe('FULFILLING');
  expect([r.order.status, r.order.fulfilmentStage]).toEqual(['PAID', 'PAID']);
  r = payload(await step('shipVendorOrder', o.mine, vendor, 'GIG 12345'), 'shipVendorOrder');
  expect(r.vendorOrder.fulfilmentStage).toBe('SHIPPED');
  expect(r.order.status).toBe('PAID');

  // The other part is moved by the administrator (its vendor has no account): the order moves as the slowest part does.
  r = payload(await step('fulfilVendorOrder', o.theirs, manager), 'fulfilVendorOrder');
  expect(r.order.status).toBe('FULFILLING');
  r = payload(await step('shipVendorOrder', o.theirs, manager), 'shipVendorOrder');
  expect(r.order.status).toBe('SHIPPED');
  r = payload(await step('deliverVendorOrder', o.mine, vendor), 'deliverVendorOrder');
  expect(r.order.status).toBe('SHIPPED');
  r = payload(await step('deliverVendorOrder', o.theirs, manager), 'deliverVendorOrder');
  expect(r.order.status).toBe('DELIVERED');

  // The administrator sees every step; the order's own moves say why they happened.
  const seen = await readOrder(o.orderId, manager);
  const steps = seen.timeline.filter((e: any) => e.vendorName).map((e: any) => [e.vendorName, e.toStatus]);
  expect(steps).toEqual([
    ["Chiamaka's Closet", 'FULFILLING'],
    ["Chiamaka's Closet", 'SHIPPED'],
    ['Kano Leather Works', 'FULFILLING'],
    ['Kano Leather Works', 'SHIPPED'],
    ["Chiamaka's Closet", 'DELIVERED'],
    ['Kano Leather Works', 'DELIVERED'],
  ]);
  expect(seen.timeline.find((e: any) => !e.vendorName && e.toStatus === 'SHIPPED')).toMatchObject({ fromStatus: 'FULFILLING', reason: 'Every vendor has reached shipped' });
  expect(seen.timeline.find((e: any) => e.vendorName && e.reason === 'GIG 12345')).toMatchObject({ vendorName: "Chiamaka's Closet", toStatus: 'SHIPPED' });

  // The vendor sees its own part and steps, and the order's moves, but nothing of the other vendor.
  const mine = await readOrder(o.orderId, vendor);
  expect(mine.vendorOrders).toEqual([{ id: o.mine, vendorName: "Chiamaka's Closet", fulfilmentStage: 'DELIVERED' }]);
  expect(mine.timeline.filter((e: any) => e.vendorName).every((e: any) => e.vendorName === "Chiamaka's Closet")).toBe(true);
  expect(mine.timeline.some((e: any) => !e.vendorName && e.toStatus === 'DELIVERED')).toBe(true);
});

it('a vendor cannot move another vendor’s part, skip a step or repeat one', async () => {
  const o = await order();
  expect(refused(await step('fulfilVendorOrder', o.theirs, vendor), 'fulfilVendorOrder')).toEqual([{ code: 'NOT_FOUND', message: 'No such vendor order', field: ['vendorOrderId'] }]);
  expect(refused(await step('shipVendorOrder', o.mine, vendor), 'shipVendorOrder').map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
  payload(await step('fulfilVendorOrder', o.mine, vendor), 'fulfilVendorOrder');
  expect(refused(await step('fulfilVendorOrder', o.mine, vendor), 'fulfilVendorOrder').map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
  const rows = await s.stack.prisma.vendorOrder.findMany({ where: { orderId: o.orderId }, orderBy: { id: 'asc' } });
  expect(Object.fromEntries(rows.map((v) => [v.id, v.fulfilmentStage]))).toEqual({ [o.mine]: 'FULFILLING', [o.theirs]: 'PAID' });
});

it('an unpaid or cancelled order is not fulfilled', async () => {
  const unpaid = await order(false);
  expect(refused(await step('fulfilVendorOrder', unpaid.mine, vendor), 'fulfilVendorOrder').map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
  const paid = await order();
  payload(await gql(s.gatewayUrl, 'mutation ($id: ID!) { cancelOrder(orderId: $id, reason: "out of stock") { order { status } userErrors { code } } }', { id: paid.orderId }, manager), 'cancelOrder');
  expect(refused(await step('fulfilVendorOrder', paid.mine, vendor), 'fulfilVendorOrder').map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
  expect((await s.stack.prisma.orderEvent.count({ where: { orderId: { in: [unpaid.orderId, paid.orderId] }, vendorOrderId: { not: null } } }))).toBe(0);
});

it('a manager moving the whole order brings every vendor order along, and a vendor ahead stays ahead', async () => {
  const o = await order();
  payload(await step('fulfilVendorOrder', o.mine, vendor), 'fulfilVendorOrder');
  payload(await step('shipVendorOrder', o.mine, vendor), 'shipVendorOrder');
  const move = (op: string) => gql(s.gatewayUrl, `mutation ($id: ID!) { ${op}(orderId: $id) { order { ${ORDER} } userErrors { code } } }`, { id: o.orderId }, manager);
  let r = payload(await move('fulfilOrder'), 'fulfilOrder');
  expect(r.order.vendorOrders.map((v: any) => [v.id, v.fulfilmentStage]).sort()).toEqual([[o.mine, 'SHIPPED'], [o.theirs, 'FULFILLING']].sort());
  payload(await move('shipOrder'), 'shipOrder');
  payload(await move('deliverOrder'), 'deliverOrder');
  r = payload(await move('completeOrder'), 'completeOrder');
  expect(r.order.status).toBe('COMPLETED');
  expect(r.order.vendorOrders.map((v: any) => v.fulfilmentStage)).toEqual(['DELIVERED', 'DELIVERED']);
  // Completed: nothing more for the vendor to do.
  expect(refused(await step('deliverVendorOrder', o.mine, vendor), 'deliverVendorOrder').map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
});

it('in a store, the store’s single vendor order moves the order with it', async () => {
  const store = await tenantId(s.stack.prisma, 'ade-fashion');
  const p = await makeProduct(s.stack.prisma, store, { price: 300_000n, stock: 10 });
  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
  const r = payload(await checkout(s, 'ade-fashion', checkoutInput(token)), 'checkout');
  await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay');
  await waitFor(async () => (await s.stack.prisma.order.findUniqueOrThrow({ where: { id: r.order.id } })).status === 'PAID');
  const storeStaff = await signIn(s, 'ade-fashion', 'staff');
  const moved = payload(await step('fulfilVendorOrder', r.order.vendorOrders[0].id, storeStaff), 'fulfilVendorOrder');
  expect([moved.vendorOrder.fulfilmentStage, moved.order.status]).toEqual(['FULFILLING', 'FULFILLING']);
});

describe('payout holds the ledger keeps per vendor order (decision 0031)', () => {
  const holdOf = (vendorOrderId: string) => s.stack.prisma.payoutHold.findFirst({ where: { vendorOrderId } });
  const expectedAmount = async (vendorOrderId: string) => {
    const v = await s.stack.prisma.vendorOrder.findUniqueOrThrow({ where: { id: vendorOrderId } });
    return v.subtotal + v.shipping;
  };

  it('paid: held with no release date; delivered (by the vendor, or with the whole order): released after the return window', async () => {
    const o = await order();
    for (const id of [o.mine, o.theirs]) {
      const h = await waitFor(async () => (await holdOf(id)) && (await holdOf(id))!.amount > 0n ? holdOf(id) : null);
      expect(h).toMatchObject({ amount: await expectedAmount(id), refunded: 0n, deliveredAt: null, releasesAt: null });
    }
    for (const op of ['fulfilVendorOrder', 'shipVendorOrder', 'deliverVendorOrder']) payload(await step(op, o.mine, vendor), op);
    const mine = await waitFor(async () => ((await holdOf(o.mine))?.releasesAt ? holdOf(o.mine) : null));
    expect(mine!.releasesAt!.getTime() - mine!.deliveredAt!.getTime()).toBe(7 * 86_400_000);
    expect((await holdOf(o.theirs))!.releasesAt).toBeNull();
    // The manager delivers the whole order: the other vendor's part is delivered with it.
    const move = (op: string) => gql(s.gatewayUrl, `mutation ($id: ID!) { ${op}(orderId: $id) { order { status } userErrors { code } } }`, { id: o.orderId }, manager);
    for (const op of ['fulfilOrder', 'shipOrder', 'deliverOrder']) payload(await move(op), op);
    await waitFor(async () => !!(await holdOf(o.theirs))?.releasesAt);
    // Mine was delivered before: its window did not restart.
    expect((await holdOf(o.mine))!.deliveredAt).toEqual(mine!.deliveredAt);
  });

  it('a cancelled (refunded) paid order releases nothing: the hold is reduced by the refund', async () => {
    const o = await order();
    await waitFor(async () => ((await holdOf(o.mine))?.amount ?? 0n) > 0n);
    const r = await gql(s.gatewayUrl, 'mutation ($id: ID!) { cancelOrder(orderId: $id) { order { status } userErrors { code } } }', { id: o.orderId }, manager);
    expect(payload(r, 'cancelOrder').order.status).toBe('CANCELLED');
    for (const id of [o.mine, o.theirs]) {
      const amount = await expectedAmount(id);
      const h = await waitFor(async () => ((await holdOf(id))?.refunded === amount ? holdOf(id) : null));
      expect(h).toMatchObject({ amount, refunded: amount, releasesAt: null });
    }
  });
});

it('a vendor who bought an order sees it whole, like any customer; on orders it only sells in, just its part', async () => {
  const bought = await order();
  const sold = await order();
  // The demo vendor also shops here: it is the customer of the first order (a CUSTOMER+VENDOR user).
  const vendorUserId = (await s.stack.prisma.user.findUniqueOrThrow({ where: { email: 'vendor@webwaka.test' } })).id;
  await s.stack.prisma.order.update({ where: { id: bought.orderId }, data: { customerUserId: vendorUserId } });
  const lines = async (id: string) =>
    (await gql(s.gatewayUrl, 'query ($id: ID!) { order(id: $id) { vendorOrders { id } lines { variantId } } }', { id }, vendor)).data!.order as { vendorOrders: { id: string }[]; lines: { variantId: string }[] };

  const whole = await lines(bought.orderId);
  expect(whole.vendorOrders.map((v) => v.id).sort()).toEqual([bought.mine, bought.theirs].sort());
  expect(whole.lines.map((l) => l.variantId).sort()).toEqual([own.variantId, other.variantId].sort());
  const part = await lines(sold.orderId);
  expect(part.vendorOrders.map((v) => v.id)).toEqual([sold.mine]);
  expect(part.lines.map((l) => l.variantId)).toEqual([own.variantId]);
});
