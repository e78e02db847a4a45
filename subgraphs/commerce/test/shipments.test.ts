/**
 * Shipments (decision 0086): partial shipments never carry more than was ordered (service and trigger);
 * the sandbox carrier's signed webhooks, over HTTP through the gateway, move a shipment and its order
 * through the whole lifecycle, while forged, stale and replayed ones change nothing; the rider delivers
 * only with the customer's code (five wrong ones lock it; an administrator overrides with a reason);
 * a failed delivery goes back to the shop and its units may ship again; a pay-on-delivery order ships
 * unpaid and is delivered and collected in one step; another shop sees nothing. A shipment keeps each of
 * its packages; a RIDER (decision 0093) works only their own deliveries, in the shop whose session they hold,
 * and reads nothing else of the shop.
 */
import { hashPassword, uuidv7 } from '@webwaka/kit';
import { createUser, login } from '../../../test/support/callers';
import type { TestStack } from '../../../test/support/stack';
import { bearer, gql } from '../../../test/support/graphql';
import { carrierSignature, sandboxCarrierSecret, sandboxCarrierWebhook } from '../src/services/carriers/sandbox';
import { updateSettings } from '../src/services/settings';
import { closeShipment, createShipment, deliverShipment, deliveryCode, myDeliveries, orderShipments, overrideShipmentDelivery, stepShipment } from '../src/services/shipments';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, payload, serviceContext, signIn, startCommerceStack, tenantId, waitFor, type TestProduct } from './support';

let s: TestStack;
let store: string;
let other: string;
let p: TestProduct;
beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  other = await tenantId(s.stack.prisma, 'naija-market');
  p = await makeProduct(s.stack.prisma, store, { price: 300_000n, stock: 200 });
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const admin = () => serviceContext(s, store);
const riderId = uuidv7();
const rider = (userId = riderId) => serviceContext(s, store, { userId, roles: ['STAFF'] as never, mfa: false });
const db = () => s.stack.prisma;
const orderOf = (id: string) => db().order.findUniqueOrThrow({ where: { id }, include: { lines: true, vendorOrders: true, payments: true } });
const pkg = { weightGrams: 1200, lengthMm: 300, widthMm: 200, heightMm: 100 };

/** A store order of `quantity` units; paid by card on the sandbox page unless it is paid on delivery. */
async function placeOrder(quantity: number, pod = false) {
  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity }]);
  const r = payload(await checkout(s, 'ade-fashion', checkoutInput(token, pod ? { paymentMethod: 'PAY_ON_DELIVERY' } : {})), 'checkout');
  if (!pod) {
    await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay');
    await waitFor(async () => (await db().order.findUniqueOrThrow({ where: { id: r.order.id } })).status === 'PAID');
  }
  const o = await orderOf(r.order.id);
  return { order: o, token, vendorOrderId: o.vendorOrders[0].id, lineId: o.lines[0].id };
}

const ship = (o: { vendorOrderId: string; lineId: string }, quantity: number, carrier: 'OWN_RIDERS' | 'SANDBOX' = 'OWN_RIDERS') =>
  createShipment(admin(), { vendorOrderId: o.vendorOrderId, carrier, riderUserId: carrier === 'OWN_RIDERS' ? riderId : null, items: [{ orderLineId: o.lineId, quantity }], packages: [pkg] });

const post = (slug: string, hook: { body: string; headers: Record<string, string> }) =>
  fetch(`${s.gatewayUrl.replace(/\/graphql$/, '')}/webhooks/carrier-sandbox/${slug}`, { method: 'POST', headers: hook.headers, body: hook.body });

describe('partial shipments', () => {
  it('never carry more of a line than was ordered; cancelled ones free their units', async () => {
    const o = await placeOrder(3);
    const first = await ship(o, 2);
    expect(first).toMatchObject({ status: 'PENDING', carrier: 'OWN_RIDERS', riderUserId: riderId });
    expect((await orderOf(o.order.id)).vendorOrders[0].fulfilmentStage).toBe('FULFILLING');
    await expect(ship(o, 2)).rejects.toMatchObject({ code: 'SHIPMENT_EXCEEDS_ORDERED' });
    await expect(ship(o, 0)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const second = await ship(o, 1);
    await expect(ship(o, 1)).rejects.toMatchObject({ code: 'SHIPMENT_EXCEEDS_ORDERED' });
    // Concurrent requests for the last units: the order's lock lets one through.
    await closeShipment(admin(), second.id, 'CANCELLED', 'Packed the wrong colour');
    const race = await Promise.allSettled([ship(o, 1), ship(o, 1)]);
    expect(race.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    // The trigger is the backstop for any writer that skips the service.
    await expect(db().shipmentItem.create({ data: { id: uuidv7(), tenantId: store, shipmentId: first.id, orderLineId: o.lineId, quantity: 5 } })).rejects.toThrow();
    const live = await db().shipmentItem.aggregate({ where: { orderLineId: o.lineId, shipment: { status: { notIn: ['CANCELLED', 'RETURNED'] } } }, _sum: { quantity: true } });
    expect(live._sum.quantity).toBe(3);
    // An unpaid card order does not ship; another shop's staff do not find the vendor order.
    const unpaid = payload(await checkout(s, 'ade-fashion', checkoutInput(await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]))), 'checkout');
    const u = await orderOf(unpaid.order.id);
    await expect(ship({ vendorOrderId: u.vendorOrders[0].id, lineId: u.lines[0].id }, 1)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await expect(createShipment(serviceContext(s, other, { roles: ['STAFF'] as never }), { vendorOrderId: o.vendorOrderId, carrier: 'OWN_RIDERS', riderUserId: riderId, items: [{ orderLineId: o.lineId, quantity: 1 }], packages: [pkg] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the sandbox carrier', () => {
  it('moves the shipment and the order through its signed webhooks; forged, stale and replayed ones change nothing', async () => {
    const o = await placeOrder(1);
    const sh = await ship(o, 1, 'SANDBOX');
    expect(sh.trackingNumber).toMatch(/^SBX/);
    expect(sh.quotedAmount).toBe(150_000n + 1200n * 200n);
    const step = (status: 'PICKED_UP' | 'IN_TRANSIT' | 'OUT_FOR_DELIVERY' | 'DELIVERED', at?: Date) => sandboxCarrierWebhook(db(), store, { trackingNumber: sh.trackingNumber, status, location: 'Ikeja hub' }, at);

    const picked = await step('PICKED_UP');
    // Forged: the right shape, signed with another secret.
    const forged = { body: picked.body.replace('PICKED_UP', 'DELIVERED'), headers: picked.headers };
    expect((await post('ade-fashion', forged)).status).toBe(401);
    const wrongKey = { ...picked, headers: { ...picked.headers, 'x-carrier-signature': carrierSignature('not-the-secret', picked.headers['x-carrier-timestamp'], picked.body) } };
    expect((await post('ade-fashion', wrongKey)).status).toBe(401);
    // Another shop's URL: its own secret does not match.
    expect((await post('naija-market', picked)).status).toBe(401);
    // Stale: signed correctly, six minutes old.
    expect((await post('ade-fashion', await step('DELIVERED', new Date(Date.now() - 6 * 60_000)))).status).toBe(401);
    expect(await db().shipment.findUniqueOrThrow({ where: { id: sh.id } })).toMatchObject({ status: 'PENDING' });

    const applied = await post('ade-fashion', picked);
    expect([applied.status, await applied.json()]).toEqual([200, { outcome: 'applied' }]);
    // Replayed within the window: answered, nothing more.
    const replay = await post('ade-fashion', picked);
    expect([replay.status, await replay.json()]).toEqual([200, { outcome: 'duplicate' }]);
    expect((await orderOf(o.order.id)).status).toBe('SHIPPED');
    for (const status of ['IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED'] as const) expect((await post('ade-fashion', await step(status))).status).toBe(200);
    const done = await db().shipment.findUniqueOrThrow({ where: { id: sh.id }, include: { events: { orderBy: { at: 'asc' } } } });
    expect(done.status).toBe('DELIVERED');
    expect(done.events.map((e) => e.status)).toEqual(['PENDING', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED']);
    const delivered = await orderOf(o.order.id);
    expect([delivered.status, delivered.vendorOrders[0].fulfilmentStage]).toEqual(['DELIVERED', 'DELIVERED']);
    // A step that no longer fits is history, not a move.
    const late = await post('ade-fashion', await step('IN_TRANSIT'));
    expect(await late.json()).toEqual({ outcome: 'recorded' });
    expect((await db().shipment.findUniqueOrThrow({ where: { id: sh.id } })).status).toBe('DELIVERED');
    // The secret is sealed at rest.
    const account = await db().carrierAccount.findUniqueOrThrow({ where: { tenantId_carrier: { tenantId: store, carrier: 'SANDBOX' } } });
    expect(account.webhookSecretSealed).not.toContain(await sandboxCarrierSecret(db(), store));
  });
});

describe('the delivery code', () => {
  it('is shown to the customer only, and the rider delivers only with it', async () => {
    const o = await placeOrder(1);
    const sh = await ship(o, 1);
    const code = deliveryCode(sh.deliveryCodeSalt);
    expect(sh.deliveryCodeHash).not.toContain(code);
    // The guest with the cart cookie sees it; a wrong token sees nothing; staff see the shipment without the code.
    const read = (token: string | null, headers: Record<string, string> = { 'x-tenant': 'ade-fashion' }) =>
      gql(s.gatewayUrl, 'query ($o: ID!, $t: String) { orderShipments(orderId: $o, cartToken: $t) { deliveryCode shipment { trackingNumber status } } }', { o: o.order.id, t: token }, headers);
    expect((await read(o.token)).data!.orderShipments).toEqual([{ deliveryCode: code, shipment: { trackingNumber: sh.trackingNumber, status: 'PENDING' } }]);
    expect((await read('no-such-token')).data!.orderShipments).toEqual([]);
    expect((await orderShipments(rider(), o.order.id)).withCode).toBe(false);
    // The shipping message carries the code sealed, never in its variables.
    const message = await db().outboxEvent.findFirstOrThrow({ where: { topic: 'notifications.message.requested', payload: { path: ['key'], equals: `shipment.dispatched:${sh.id}` } } });
    expect(JSON.stringify((message.payload as any).variables)).not.toContain(code);
    expect((message.payload as any).secretSealed).toBeTruthy();

    expect((await myDeliveries(rider())).map((x) => x.id)).toContain(sh.id);
    expect(await myDeliveries(rider(uuidv7()))).toEqual([]);
    await stepShipment(rider(), sh.id, 'PICKED_UP');
    await stepShipment(rider(), sh.id, 'OUT_FOR_DELIVERY');
    const wrong = code === '000000' ? '111111' : '000000';
    await expect(deliverShipment(rider(), { shipmentId: sh.id, code: wrong })).rejects.toMatchObject({ code: 'DELIVERY_CODE_INVALID', message: expect.stringContaining('4 tries left') });
    const done = await deliverShipment(rider(), { shipmentId: sh.id, code });
    expect(done).toMatchObject({ status: 'DELIVERED', deliveredByUserId: riderId, codeTries: 1 });
    expect((await orderOf(o.order.id)).status).toBe('DELIVERED');
    expect((await read(o.token)).data!.orderShipments[0].deliveryCode).toBeNull();
  });

  it('locks after five wrong codes; an administrator with the second factor delivers with a reason', async () => {
    const o = await placeOrder(1);
    const sh = await ship(o, 1);
    await stepShipment(rider(), sh.id, 'PICKED_UP');
    const code = deliveryCode(sh.deliveryCodeSalt);
    const wrong = code === '123456' ? '654321' : '123456';
    for (let i = 0; i < 4; i++) await expect(deliverShipment(rider(), { shipmentId: sh.id, code: wrong })).rejects.toMatchObject({ code: 'DELIVERY_CODE_INVALID' });
    await expect(deliverShipment(rider(), { shipmentId: sh.id, code: wrong })).rejects.toMatchObject({ code: 'DELIVERY_CODE_LOCKED' });
    // Locked: even the right code does not deliver now.
    await expect(deliverShipment(rider(), { shipmentId: sh.id, code })).rejects.toMatchObject({ code: 'DELIVERY_CODE_LOCKED' });
    await expect(overrideShipmentDelivery(rider(), { shipmentId: sh.id, reason: 'Customer lost the SMS' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(overrideShipmentDelivery(serviceContext(s, store, { mfa: false }), { shipmentId: sh.id, reason: 'x' })).rejects.toMatchObject({ code: 'TWO_FACTOR_REQUIRED' });
    await expect(overrideShipmentDelivery(admin(), { shipmentId: sh.id, reason: '  ' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(overrideShipmentDelivery(serviceContext(s, other), { shipmentId: sh.id, reason: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const done = await overrideShipmentDelivery(admin(), { shipmentId: sh.id, reason: 'Customer lost the SMS; ID checked' });
    expect(done).toMatchObject({ status: 'DELIVERED', overrideReason: 'Customer lost the SMS; ID checked', codeTries: 5 });
    const timeline = await db().orderEvent.findMany({ where: { orderId: o.order.id } });
    expect(timeline.some((e) => e.reason?.includes('Delivered without the customer’s code: Customer lost the SMS'))).toBe(true);
  });

  it('a failed delivery needs its reason and may go back to the shop; its units ship again', async () => {
    const o = await placeOrder(1);
    const sh = await ship(o, 1);
    await stepShipment(rider(), sh.id, 'PICKED_UP');
    await expect(stepShipment(rider(), sh.id, 'FAILED')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    // A customer, or another shop's staff, cannot touch it (the shop's staff manage its orders, riders included).
    await expect(stepShipment(serviceContext(s, store, { roles: ['CUSTOMER'] as never, mfa: false }), sh.id, 'FAILED', 'Nobody home')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(stepShipment(serviceContext(s, other, { roles: ['STAFF'] as never, mfa: false }), sh.id, 'FAILED', 'Nobody home')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await stepShipment(rider(), sh.id, 'FAILED', 'Nobody home, phone off')).toMatchObject({ status: 'FAILED', failureReason: 'Nobody home, phone off' });
    await expect(closeShipment(admin(), sh.id, 'RETURNED', '')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await closeShipment(admin(), sh.id, 'RETURNED', 'Back on the shelf')).toMatchObject({ status: 'RETURNED' });
    expect(await ship(o, 1)).toMatchObject({ status: 'PENDING' });
  });
});

describe('pay on delivery', () => {
  it('ships unpaid with a rider, and delivering it collects the money in the same step', async () => {
    await updateSettings(admin(), { paymentMethods: ['CARD', 'PAY_ON_DELIVERY'] });
    const o = await placeOrder(2, true);
    expect(o.order.status).toBe('PENDING_PAYMENT');
    await expect(ship(o, 2, 'SANDBOX')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: ['carrier'] });
    const sh = await ship(o, 2);
    await stepShipment(rider(), sh.id, 'PICKED_UP');
    let now = await orderOf(o.order.id);
    expect([now.status, now.vendorOrders[0].fulfilmentStage]).toEqual(['PENDING_PAYMENT', 'SHIPPED']);
    const code = deliveryCode(sh.deliveryCodeSalt);
    const due = now.payments[0].amount;
    await expect(deliverShipment(rider(), { shipmentId: sh.id, code })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: ['collection'] });
    await expect(deliverShipment(rider(), { shipmentId: sh.id, code, collection: { amount: due - 1n, currency: 'NGN', via: 'CASH' } })).rejects.toMatchObject({ code: 'COLLECTION_AMOUNT_MISMATCH' });
    expect((await db().shipment.findUniqueOrThrow({ where: { id: sh.id } })).status).toBe('PICKED_UP');
    // The rider's page reads it through the API: address, amount to collect, items, tracking.
    const staff = await signIn(s, 'ade-fashion', 'staff');
    const staffId = (await db().user.findFirstOrThrow({ where: { email: 'staff@webwaka.test' } })).id;
    await db().shipment.update({ where: { id: sh.id }, data: { riderUserId: staffId } });
    const page = await gql(
      s.gatewayUrl,
      '{ myDeliveries { id orderNumber status codeTriesLeft codeLocked amountToCollect { amount currency } address { name line1 city region phone } items { title sku quantity } packages { weightGrams } events { status fromCarrier at } quotedPrice { amount } } }',
      {},
      staff,
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.myDeliveries).toContainEqual(
      expect.objectContaining({ id: sh.id, status: 'PICKED_UP', codeTriesLeft: 5, codeLocked: false, amountToCollect: { amount: String(due), currency: 'NGN' }, address: expect.objectContaining({ line1: '12 Admiralty Way', region: 'Lagos' }), items: [expect.objectContaining({ quantity: 2 })] }),
    );
    await db().shipment.update({ where: { id: sh.id }, data: { riderUserId: riderId } });
    // And the customer's order page (the guest's cart cookie): items, tracking and the code.
    const shop = await gql(s.gatewayUrl, 'query ($o: ID!, $t: String) { orderShipments(orderId: $o, cartToken: $t) { deliveryCode shipment { carrier trackingNumber status items { title quantity } events { status note location at } } } }', { o: o.order.id, t: o.token }, { 'x-tenant': 'ade-fashion' });
    expect(shop.errors).toBeUndefined();
    expect(shop.data!.orderShipments).toEqual([expect.objectContaining({ deliveryCode: code, shipment: expect.objectContaining({ status: 'PICKED_UP', items: [expect.objectContaining({ quantity: 2 })] }) })]);
    const done = await deliverShipment(rider(), { shipmentId: sh.id, code, collection: { amount: due, currency: 'NGN', via: 'CASH' } });
    expect(done.status).toBe('DELIVERED');
    now = await orderOf(o.order.id);
    expect([now.status, now.vendorOrders[0].fulfilmentStage]).toEqual(['DELIVERED', 'DELIVERED']);
    expect(now.payments[0]).toMatchObject({ status: 'SUCCEEDED', collectedByUserId: riderId, collectedVia: 'CASH' });
    const moves = (await db().orderEvent.findMany({ where: { orderId: o.order.id, vendorOrderId: null }, orderBy: { at: 'asc' } })).map((e) => e.toStatus);
    expect(moves).toEqual(['PENDING_PAYMENT', 'PAID', 'FULFILLING', 'SHIPPED', 'DELIVERED'].slice(moves[0] === 'PENDING_PAYMENT' ? 0 : 1));
  });
});

// ---- the rider role and several packages (decision 0093): riders sign in through the gateway as on their phones.

/** Riders of the store; `twoShops` is a rider of the marketplace too (sessions' request headers). */
const riders = { twoShops: { id: '', store: {} as Record<string, string>, market: {} as Record<string, string> }, other: { id: '', store: {} as Record<string, string> } };
beforeAll(async () => {
  await updateSettings(admin(), { paymentMethods: ['CARD', 'PAY_ON_DELIVERY'] });
  const passwordHash = await hashPassword(s.demo.password);
  const a = await createUser(db(), { email: `rider-${uuidv7()}@riders.test`, name: 'Musa Rider', passwordHash, memberships: [{ tenantId: store, role: 'RIDER' }, { tenantId: other, role: 'RIDER' }] });
  const b = await createUser(db(), { email: `rider-${uuidv7()}@riders.test`, name: 'Bola Rider', passwordHash, memberships: [{ tenantId: store, role: 'RIDER' }] });
  const riderSession = async (email: string, slug: string) => {
    const session = await login(s.gatewayUrl, slug, email, s.demo.password);
    expect(session.roles).toEqual(['RIDER']);
    return bearer(session.accessToken);
  };
  riders.twoShops = { id: a.id, store: await riderSession(a.email, 'ade-fashion'), market: await riderSession(a.email, 'naija-market') };
  riders.other = { id: b.id, store: await riderSession(b.email, 'ade-fashion') };
}, 60_000);

const pkgs = [
  { weightGrams: 1200, lengthMm: 300, widthMm: 200, heightMm: 100 },
  { weightGrams: 450, lengthMm: 200, widthMm: 150, heightMm: 80 },
  { weightGrams: 9000, lengthMm: 600, widthMm: 400, heightMm: 400 },
];
const shipTo = (o: { vendorOrderId: string; lineId: string; order: { lines: { quantity: number }[] } }, riderUserId: string, packages = pkgs.slice(0, 1)) =>
  createShipment(admin(), { vendorOrderId: o.vendorOrderId, carrier: 'OWN_RIDERS', riderUserId, items: [{ orderLineId: o.lineId, quantity: o.order.lines[0].quantity }], packages });

const call = (headers: Record<string, string>, document: string, variables: Record<string, unknown> = {}) => gql(s.gatewayUrl, document, variables, headers);
const errorCodes = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);
const STEP = 'mutation ($id: ID!, $st: ShipmentRiderStep!) { stepShipment(shipmentId: $id, status: $st) { shipment { id status } userErrors { code } } }';
const DELIVER = 'mutation ($id: ID!, $code: String!, $c: ShipmentCollectionInput) { deliverShipment(shipmentId: $id, code: $code, collection: $c) { shipment { id status } userErrors { code } } }';
const MY_DELIVERIES = '{ myDeliveries { id status amountToCollect { amount currency } address { line1 } items { quantity } packages { weightGrams lengthMm widthMm heightMm } } }';

describe('several packages per shipment (decision 0093)', () => {
  it('keeps each package as entered; more than 20, or one bad package, writes nothing', async () => {
    const o = await placeOrder(2);
    const before = await db().shipment.count({ where: { tenantId: store } });
    await expect(shipTo(o, riders.other.id, Array.from({ length: 21 }, () => pkgs[0]))).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: ['packages'] });
    await expect(shipTo(o, riders.other.id, [pkgs[0], { ...pkgs[1], widthMm: 0 }])).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: ['packages'] });
    await expect(shipTo(o, riders.other.id, [pkgs[0], { ...pkgs[1], weightGrams: 1.5 }])).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: ['packages'] });
    expect(await db().shipment.count({ where: { tenantId: store } })).toBe(before);

    const sh = await shipTo(o, riders.other.id, pkgs);
    const stored = await db().shipmentPackage.findMany({ where: { shipmentId: sh.id }, select: { tenantId: true, weightGrams: true, lengthMm: true, widthMm: true, heightMm: true } });
    const byWeight = <T extends { weightGrams: number }>(list: T[]) => [...list].sort((x, y) => x.weightGrams - y.weightGrams);
    expect(byWeight(stored)).toEqual(byWeight(pkgs.map((x) => ({ ...x, tenantId: store }))));
    // The rider's page shows them all.
    const page = await call(riders.other.store, MY_DELIVERIES);
    expect(page.errors).toBeUndefined();
    const mine = page.data!.myDeliveries.find((d: { id: string }) => d.id === sh.id);
    expect(byWeight(mine.packages)).toEqual(byWeight(pkgs));
  });
});

describe('a RIDER (decision 0093)', () => {
  it('lists and works only their own deliveries; collects a pay-on-delivery order as its collector', async () => {
    const mineOrder = await placeOrder(1, true);
    const theirsOrder = await placeOrder(1);
    const mine = await shipTo(mineOrder, riders.twoShops.id);
    const theirs = await shipTo(theirsOrder, riders.other.id);
    const me = riders.twoShops.store;

    const list = await call(me, MY_DELIVERIES);
    expect(list.errors).toBeUndefined();
    expect(list.data!.myDeliveries.map((d: { id: string }) => d.id)).toEqual([mine.id]);
    const due = mineOrder.order.payments[0].amount;
    expect(list.data!.myDeliveries[0]).toMatchObject({ status: 'PENDING', amountToCollect: { amount: String(due), currency: 'NGN' }, address: { line1: expect.any(String) } });

    // Another rider's shipment: as if it did not exist, and unchanged.
    const code = deliveryCode(theirs.deliveryCodeSalt);
    expect((await call(me, STEP, { id: theirs.id, st: 'PICKED_UP' })).data!.stepShipment.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect((await call(me, DELIVER, { id: theirs.id, code })).data!.deliverShipment.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const where = 'mutation ($id: ID!) { reportRiderLocation(shipmentId: $id, latitude: 6.45, longitude: 3.39, accuracyMeters: 12) { accepted userErrors { code } } }';
    expect((await call(me, where, { id: theirs.id })).data!.reportRiderLocation.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect(await db().shipment.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ status: 'PENDING', codeTries: 0 });

    // Their own: picked up, position shared, delivered with the code and the cash collected.
    expect((await call(me, STEP, { id: mine.id, st: 'PICKED_UP' })).data!.stepShipment).toEqual({ shipment: { id: mine.id, status: 'PICKED_UP' }, userErrors: [] });
    expect((await call(me, where, { id: mine.id })).data!.reportRiderLocation).toEqual({ accepted: true, userErrors: [] });
    const delivered = await call(me, DELIVER, { id: mine.id, code: deliveryCode(mine.deliveryCodeSalt), c: { amount: String(due), currency: 'NGN', via: 'CASH' } });
    expect(delivered.data!.deliverShipment).toEqual({ shipment: { id: mine.id, status: 'DELIVERED' }, userErrors: [] });
    const paid = await db().order.findUniqueOrThrow({ where: { id: mineOrder.order.id }, include: { payments: true } });
    expect(paid.payments[0]).toMatchObject({ status: 'SUCCEEDED', collectedByUserId: riders.twoShops.id, collectedVia: 'CASH' });
    expect(await db().shipment.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ deliveredByUserId: riders.twoShops.id });
  });

  it('reads none of the shop’s orders, customers, shipments or people, and moves no money', async () => {
    const o = await placeOrder(1);
    const me = riders.twoShops.store;
    const refused = [
      ['{ orders(first: 5) { edges { node { id } } } }', {}],
      ['query ($id: ID!) { order(id: $id) { id email } }', { id: o.order.id }],
      ['{ shipments { id } }', {}],
      ['query ($id: ID!) { shipment(id: $id) { id } }', { id: uuidv7() }],
      ['{ payOnDeliveryOrders { id } }', {}],
      ['{ members(first: 5) { edges { node { id } } } }', {}],
      ['{ deliveryPeople { userId } }', {}],
      ['{ customerSearch(text: "a") { edges { node { id } } } }', {}],
      ['query ($id: ID!) { orderShipments(orderId: $id) { deliveryCode } }', { id: o.order.id }],
      ['mutation ($id: ID!) { closeShipment(shipmentId: $id, status: CANCELLED, note: "x") { userErrors { code } } }', { id: uuidv7() }],
      ['mutation ($id: ID!) { createShipment(input: { vendorOrderId: $id, carrier: OWN_RIDERS, items: [], packages: [] }) { userErrors { code } } }', { id: o.vendorOrderId }],
      ['mutation ($id: ID!) { collectOnDelivery(input: { orderId: $id, amount: "1", currency: "NGN", via: CASH }) { userErrors { code } } }', { id: o.order.id }],
      ['mutation ($id: ID!) { refundOrder(input: { orderId: $id, reason: "rider" }) { userErrors { code } } }', { id: o.order.id }],
    ] as const;
    for (const [document, variables] of refused) {
      const r = await call(me, document, variables);
      // `order` and `orderShipments` answer anyone (a guest names its cart), but a rider is not the order's customer: nothing.
      if (document.includes('orderShipments')) expect([errorCodes(r), r.data?.orderShipments]).toEqual([[], []]);
      else if (document.includes('order(id')) expect([errorCodes(r), r.data?.order]).toEqual([[], null]);
      else expect([document, errorCodes(r)]).toEqual([document, ['FORBIDDEN']]);
    }
    expect(await db().refund.count({ where: { orderId: o.order.id } })).toBe(0);
  });

  it('of two shops acts in each only with that shop’s session', async () => {
    const o = await placeOrder(1);
    const sh = await shipTo(o, riders.twoShops.id);
    const inMarket = riders.twoShops.market;
    expect((await call(inMarket, MY_DELIVERIES)).data!.myDeliveries).toEqual([]);
    expect((await call(inMarket, STEP, { id: sh.id, st: 'PICKED_UP' })).data!.stepShipment.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect((await call(inMarket, DELIVER, { id: sh.id, code: deliveryCode(sh.deliveryCodeSalt) })).data!.deliverShipment.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    // Naming the other shop in the request does not carry the session there.
    const crossed = await call({ ...inMarket, 'x-tenant': 'ade-fashion' }, STEP, { id: sh.id, st: 'PICKED_UP' });
    expect(crossed.data?.stepShipment?.shipment ?? null).toBeNull();
    expect(await db().shipment.findUniqueOrThrow({ where: { id: sh.id } })).toMatchObject({ status: 'PENDING', codeTries: 0 });
    expect((await call(riders.twoShops.store, MY_DELIVERIES)).data!.myDeliveries.map((d: { id: string }) => d.id)).toContain(sh.id);
  });
});
