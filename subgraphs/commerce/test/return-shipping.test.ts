/**
 * Returns shipping (issue 16, decision 0092), through the services: a reverse shipment booked with the
 * sandbox carrier moves by its signed webhooks (forged, stale and replayed ones change nothing) and its
 * delivery to the shop makes the return RECEIVED; the shop's own rider confirms the collection on My
 * deliveries and the shop confirms arrival (no delivery code); the customer may send it themselves (their
 * own return only); a customer-paid pickup comes off the refund exactly, through the refund path, with a
 * balanced ledger entry; another shop sees none of it.
 */
import { uuidv7, type RoleName } from '@webwaka/kit';
import type { TestStack } from '../../../test/support/stack';
import { assertLedgerInvariants } from '../../../test/support/ledger';
import { carrierSignature, sandboxCarrierWebhook } from '../src/services/carriers/sandbox';
import { advanceOrder } from '../src/services/orders';
import { previewRefund } from '../src/services/refunds';
import { arrangeReturnShipping, latestReturnShipment, receiveReturnShipment, sendReturnMyself } from '../src/services/return-shipping';
import { approveReturn, receiveReturn, refundReturn, requestReturn } from '../src/services/returns';
import { deliverShipment, myDeliveries, orderShipments, receiveCarrierWebhook, stepShipment } from '../src/services/shipments';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, payload, serviceContext, startCommerceStack, tenantId, waitFor, type TestProduct } from './support';

let s: TestStack;
let store: string;
let other: string;
let p: TestProduct;
const customerId = uuidv7();
const riderId = uuidv7();

beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  other = await tenantId(s.stack.prisma, 'naija-market');
  p = await makeProduct(s.stack.prisma, store, { price: 1_000_000n, stock: 100 });
}, 120_000);
afterEach(async () => {
  await assertLedgerInvariants(s.stack.prisma);
});
afterAll(async () => {
  await s?.stop();
});

const db = () => s.stack.prisma;
const admin = (tenant = store) => serviceContext(s, tenant);
const staff = () => serviceContext(s, store, { roles: ['STAFF'] as RoleName[], mfa: false });
const rider = () => serviceContext(s, store, { userId: riderId, roles: ['STAFF'] as RoleName[], mfa: false });
const customer = (userId = customerId) => serviceContext(s, store, { userId, roles: ['CUSTOMER'] as RoleName[], mfa: false });
const pkg = { weightGrams: 800, lengthMm: 300, widthMm: 200, heightMm: 100 };
const codeOf = async (pr: Promise<unknown>) => pr.then(() => 'OK', (e) => (e as { code?: string }).code ?? String(e));

/** A delivered, paid order of the customer's and an approved return of `quantity` units of it. */
async function approvedReturn(quantity = 1) {
  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 2 }]);
  const r = payload(await checkout(s, 'ade-fashion', checkoutInput(token)), 'checkout');
  await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay');
  await waitFor(async () => (await db().order.findUniqueOrThrow({ where: { id: r.order.id } })).status === 'PAID');
  await db().order.update({ where: { id: r.order.id }, data: { customerUserId: customerId } });
  for (const to of ['FULFILLING', 'SHIPPED', 'DELIVERED'] as const) await advanceOrder(admin(), r.order.id, to);
  const order = await db().order.findUniqueOrThrow({ where: { id: r.order.id }, include: { lines: true } });
  const [ret] = await requestReturn(customer(), { orderId: order.id, lines: [{ orderLineId: order.lines[0].id, quantity }], reason: 'DAMAGED' });
  await approveReturn(admin(), ret.id, 'We will collect it');
  return { order, ret, token };
}

const returnOf = (id: string) => db().returnRequest.findUniqueOrThrow({ where: { id } });
const webhook = (body: string, headers: Record<string, string>, tenant = store) =>
  receiveCarrierWebhook(admin(tenant), { tenantId: tenant, carrier: 'carrier-sandbox', rawBody: Buffer.from(body), headers });

describe('a pickup by the sandbox carrier', () => {
  it('moves by its signed webhooks (forged, stale, replayed: nothing) and, delivered to the shop, receives the return', async () => {
    const { order, ret } = await approvedReturn();
    // Only an approved return, and only the shop (or its vendor), arranges it.
    expect(await codeOf(arrangeReturnShipping(customer(), { id: ret.id, way: 'PICKUP', carrier: 'SANDBOX', packages: [pkg], paidBy: 'SHOP' }))).toBe('NOT_FOUND');
    expect(await codeOf(arrangeReturnShipping(admin(other), { id: ret.id, way: 'PICKUP', carrier: 'SANDBOX', packages: [pkg], paidBy: 'SHOP' }))).toBe('NOT_FOUND');
    expect(await codeOf(arrangeReturnShipping(admin(), { id: ret.id, way: 'PICKUP', carrier: 'SANDBOX', packages: [], paidBy: 'SHOP' }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(arrangeReturnShipping(admin(), { id: ret.id, way: 'PICKUP', carrier: 'SANDBOX', packages: [pkg], paidBy: 'SHOP', charge: 100n }))).toBe('BAD_USER_INPUT');

    // Kwik books from the shop to a recipient: it does not collect returns (yet).
    expect(await codeOf(arrangeReturnShipping(admin(), { id: ret.id, way: 'PICKUP', carrier: 'KWIK', packages: [pkg], paidBy: 'SHOP' }))).toBe('BAD_USER_INPUT');
    const arranged = await arrangeReturnShipping(staff(), { id: ret.id, way: 'PICKUP', carrier: 'SANDBOX', packages: [pkg], paidBy: 'SHOP' });
    expect(arranged).toMatchObject({ status: 'APPROVED', shippingWay: 'PICKUP', shippingPaidBy: 'SHOP', shippingCharge: 0n });
    const sh = (await latestReturnShipment(db(), store, ret.id))!;
    expect(sh).toMatchObject({ returnRequestId: ret.id, orderId: order.id, status: 'PENDING', carrier: 'SANDBOX', quotedAmount: 150_000n + 800n * 200n });
    expect(sh.trackingNumber).toMatch(/^SBX/);
    // The customer is told the pickup is booked, once.
    const told = await db().outboxEvent.findMany({ where: { topic: 'notifications.message.requested' } });
    const pickupMessages = told.map((m) => m.payload as { key: string; variables: { status: string } }).filter((m) => m.key === `order.status_changed:${order.id}:return:${ret.id}:pickup:${sh.id}`);
    expect(pickupMessages.map((m) => m.variables.status)).toEqual([`return pickup booked (tracking ${sh.trackingNumber}): keep the items ready`]);
    // One pickup at a time; the customer is told to wait for it rather than send it.
    expect(await codeOf(arrangeReturnShipping(admin(), { id: ret.id, way: 'CUSTOMER_SENDS', paidBy: 'CUSTOMER' }))).toBe('INVALID_TRANSITION');
    expect(await codeOf(sendReturnMyself(customer(), { id: ret.id, carrier: 'GIG', trackingNumber: 'GIG-12345' }))).toBe('INVALID_TRANSITION');
    // The order's own shipments (and its delivery code) never include it; a return parcel takes no code.
    expect((await orderShipments(customer(), order.id)).shipments.map((x) => x.id)).not.toContain(sh.id);
    expect(await codeOf(deliverShipment(admin(), { shipmentId: sh.id, code: '123456' }))).toBe('INVALID_TRANSITION');

    const step = (status: 'PICKED_UP' | 'IN_TRANSIT' | 'DELIVERED', at?: Date) => sandboxCarrierWebhook(db(), store, { trackingNumber: sh.trackingNumber, status, location: 'Ikeja hub' }, at);
    const picked = await step('PICKED_UP');
    expect(await webhook(picked.body.replace('PICKED_UP', 'DELIVERED'), picked.headers)).toMatchObject({ status: 401 });
    expect(await webhook(picked.body, { ...picked.headers, 'x-carrier-signature': carrierSignature('not-the-secret', picked.headers['x-carrier-timestamp'], picked.body) })).toMatchObject({ status: 401 });
    expect(await webhook(picked.body, picked.headers, other)).toMatchObject({ status: 401 });
    const stale = await step('DELIVERED', new Date(Date.now() - 6 * 60_000));
    expect(await webhook(stale.body, stale.headers)).toMatchObject({ status: 401 });
    expect((await returnOf(ret.id)).status).toBe('APPROVED');

    expect(await webhook(picked.body, picked.headers)).toEqual({ status: 200, outcome: 'applied' });
    expect(await webhook(picked.body, picked.headers)).toEqual({ status: 200, outcome: 'duplicate' });
    const transit = await step('IN_TRANSIT');
    expect(await webhook(transit.body, transit.headers)).toEqual({ status: 200, outcome: 'applied' });
    expect((await returnOf(ret.id)).status).toBe('APPROVED');
    const delivered = await step('DELIVERED');
    expect(await webhook(delivered.body, delivered.headers)).toEqual({ status: 200, outcome: 'applied' });

    const done = await db().shipment.findUniqueOrThrow({ where: { id: sh.id }, include: { events: { orderBy: { at: 'asc' } } } });
    expect(done.events.map((e) => e.status)).toEqual(['PENDING', 'PICKED_UP', 'IN_TRANSIT', 'DELIVERED']);
    expect((await returnOf(ret.id)).status).toBe('RECEIVED');
    const timeline = await db().returnEvent.findMany({ where: { returnId: ret.id }, orderBy: [{ at: 'asc' }, { id: 'asc' }] });
    expect(timeline.at(-1)).toMatchObject({ fromStatus: 'APPROVED', toStatus: 'RECEIVED', actorType: 'provider', note: `Parcel ${sh.trackingNumber} arrived at the shop` });
    // The order itself stays delivered: the way back never moves it.
    expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('DELIVERED');
    // A replay of the delivery changes nothing more.
    expect(await webhook(delivered.body, delivered.headers)).toEqual({ status: 200, outcome: 'duplicate' });
  });
});

describe('a pickup by the shop’s own rider, paid by the customer', () => {
  it('the rider confirms collection on My deliveries, the shop confirms arrival, and the refund is the lines’ share minus the charge, exactly', async () => {
    const { order, ret } = await approvedReturn(2);
    const line = order.lines[0];
    // The charge must be named for a rider (nothing quotes it) and stay below what the items are worth.
    expect(await codeOf(arrangeReturnShipping(admin(), { id: ret.id, way: 'PICKUP', carrier: 'OWN_RIDERS', riderUserId: riderId, packages: [pkg], paidBy: 'CUSTOMER' }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(arrangeReturnShipping(admin(), { id: ret.id, way: 'PICKUP', carrier: 'OWN_RIDERS', riderUserId: riderId, packages: [pkg], paidBy: 'CUSTOMER', charge: 999_999_999n }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(arrangeReturnShipping(admin(), { id: ret.id, way: 'PICKUP', carrier: 'OWN_RIDERS', packages: [pkg], paidBy: 'SHOP' }))).toBe('BAD_USER_INPUT');
    await arrangeReturnShipping(admin(), { id: ret.id, way: 'PICKUP', carrier: 'OWN_RIDERS', riderUserId: riderId, packages: [pkg], paidBy: 'CUSTOMER', charge: 150_000n });
    const sh = (await latestReturnShipment(db(), store, ret.id))!;
    expect(sh).toMatchObject({ carrier: 'OWN_RIDERS', riderUserId: riderId, status: 'PENDING' });

    // On the rider's list; the rider confirms the collection.
    expect((await myDeliveries(rider())).map((x) => x.id)).toContain(sh.id);
    expect(await codeOf(stepShipment(customer(), sh.id, 'PICKED_UP'))).toBe('NOT_FOUND');
    expect((await stepShipment(rider(), sh.id, 'PICKED_UP')).status).toBe('PICKED_UP');
    expect((await returnOf(ret.id)).status).toBe('APPROVED');
    // The shop confirms the parcel arrived: the return is received.
    expect(await codeOf(receiveReturnShipment(customer(), ret.id))).toBe('NOT_FOUND');
    expect((await receiveReturnShipment(staff(), ret.id, 'Box intact')).status).toBe('RECEIVED');
    expect((await db().shipment.findUniqueOrThrow({ where: { id: sh.id } })).status).toBe('DELIVERED');
    expect(await codeOf(receiveReturnShipment(staff(), ret.id))).toBe('INVALID_TRANSITION');

    const full = await previewRefund(admin(), { orderId: order.id, lines: [{ orderLineId: line.id, quantity: 2 }] });
    const refunded = await refundReturn(admin(), ret.id, false);
    expect(refunded.status).toBe('REFUNDED');
    const refund = await db().refund.findUniqueOrThrow({ where: { id: refunded.refundId! }, include: { vendorParts: true } });
    expect(refund).toMatchObject({ amount: full.amount - 150_000n, deducted: 150_000n, status: 'SUCCEEDED' });
    expect(refund.vendorParts.map((v) => v.deducted)).toEqual([150_000n]);
    expect((await db().order.findUniqueOrThrow({ where: { id: order.id } })).refundedTotal).toBe(full.amount - 150_000n);
    // The ledger gives the customer back exactly the net amount; the vendor keeps the charge; the entry balances.
    const entry = await waitFor(() => db().journalEntry.findFirst({ where: { tenantId: store, idempotencyKey: `refund:${refund.id}` }, include: { lines: { include: { account: true } } } }));
    const sumOf = (side: string, purpose?: string) => entry!.lines.filter((l) => l.side === side && (!purpose || l.account.purpose === purpose)).reduce((a, l) => a + l.amount, 0n);
    expect(sumOf('DEBIT')).toBe(sumOf('CREDIT'));
    expect(sumOf('CREDIT', 'PAYMENT_CLEARING')).toBe(full.amount - 150_000n);
    expect(sumOf('DEBIT', 'VENDOR_PAYABLE') + sumOf('DEBIT', 'TAX_PAYABLE')).toBe(full.amount - 150_000n);
  });
});

describe('the customer sends it themselves', () => {
  it('only for their own approved return; the shop receives it by hand and refunds it in full', async () => {
    const { order, ret } = await approvedReturn();
    await arrangeReturnShipping(admin(), { id: ret.id, way: 'CUSTOMER_SENDS', paidBy: 'CUSTOMER' });
    // Somebody else (another customer, another shop) cannot.
    expect(await codeOf(sendReturnMyself(customer(uuidv7()), { id: ret.id, carrier: 'GIG', trackingNumber: 'GIG-12345' }))).toBe('NOT_FOUND');
    expect(await codeOf(sendReturnMyself(serviceContext(s, other, { userId: customerId, roles: ['CUSTOMER'] as RoleName[], mfa: false }), { id: ret.id, carrier: 'GIG', trackingNumber: 'GIG-12345' }))).toBe('NOT_FOUND');
    expect(await codeOf(sendReturnMyself(customer(), { id: ret.id, carrier: 'GIG', trackingNumber: 'GIG-12345', cartToken: 'not-the-cart' }))).toBe('NOT_FOUND');
    expect(await codeOf(sendReturnMyself(customer(), { id: ret.id, carrier: ' ', trackingNumber: 'GIG-12345' }))).toBe('BAD_USER_INPUT');
    expect(await codeOf(sendReturnMyself(customer(), { id: ret.id, carrier: 'GIG', trackingNumber: '<script>' }))).toBe('BAD_USER_INPUT');
    const sent = await sendReturnMyself(customer(), { id: ret.id, carrier: 'GIG Logistics', trackingNumber: 'GIG-778899' });
    expect(sent).toMatchObject({ shippingWay: 'CUSTOMER_SENDS', shippingPaidBy: 'CUSTOMER', customerCarrier: 'GIG Logistics', customerTrackingNumber: 'GIG-778899', shippingCharge: 0n });
    expect(sent.customerSentAt).toBeInstanceOf(Date);
    // Sent: the shop can no longer book a pickup instead.
    expect(await codeOf(arrangeReturnShipping(admin(), { id: ret.id, way: 'PICKUP', carrier: 'SANDBOX', packages: [pkg], paidBy: 'SHOP' }))).toBe('INVALID_TRANSITION');
    await receiveReturn(admin(), ret.id, 'Came by GIG');
    expect(await codeOf(sendReturnMyself(customer(), { id: ret.id, carrier: 'GIG', trackingNumber: 'GIG-12345' }))).toBe('INVALID_TRANSITION');
    const full = await previewRefund(admin(), { orderId: order.id, lines: [{ orderLineId: order.lines[0].id, quantity: 1 }] });
    const refunded = await refundReturn(admin(), ret.id, false);
    expect(await db().refund.findUniqueOrThrow({ where: { id: refunded.refundId! } })).toMatchObject({ amount: full.amount, deducted: 0n });
  });
});
