/**
 * Live rider location (decision 0089): only the shipment's rider reports, only while carrying it, within
 * bounds, at most one kept report per 10 s; only the newest 20 stay and all go when the shipment is
 * delivered or failed; the order's customer (or a guest with its cart) reads them and gets the tracking
 * key; another customer, a vendor-less stranger, a wrong key and another shop read nothing. Over the
 * gateway: the `riderTracking` subscription delivers the rider's new position to a key holder, refuses a
 * wrong key, and the rider's mutation is refused to anyone but the rider.
 */
import { uuidv7, type RoleName } from '@webwaka/kit';
import type { TestStack } from '../../../test/support/stack';
import { gql } from '../../../test/support/graphql';
import { settle, subscribe } from '../../../test/support/subscribe';
import { createShipment, deliverShipment, deliveryCode, stepShipment } from '../src/services/shipments';
import { MAX_POSITIONS, reportRiderLocation, riderTracking, trackingKey } from '../src/services/rider-locations';
import { signInSession, userErrorCodes } from '../../../test/support/callers';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, payload, serviceContext, startCommerceStack, tenantId, waitFor, type TestProduct } from './support';

let s: TestStack;
let store: string;
let other: string;
let p: TestProduct;
beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  other = await tenantId(s.stack.prisma, 'naija-market');
  p = await makeProduct(s.stack.prisma, store, { price: 300_000n, stock: 50 });
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const admin = () => serviceContext(s, store);
const riderId = uuidv7();
const rider = (userId = riderId) => serviceContext(s, store, { userId, roles: ['STAFF'] as RoleName[], mfa: false });
const db = () => s.stack.prisma;
const pkg = { weightGrams: 500, lengthMm: 200, widthMm: 100, heightMm: 100 };
const at = (seconds: number) => new Date(Date.UTC(2026, 11, 7, 12, 0, 0) + seconds * 1000);
const lagos = (i: number) => ({ latitude: 6.5244 + i * 0.001, longitude: 3.3792 + i * 0.0005, accuracyMeters: 12 });

/** A paid guest order of one unit, shipped with the shop's rider `riderUserId`. */
async function shippedOrder(riderUserId = riderId) {
  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
  const r = payload(await checkout(s, 'ade-fashion', checkoutInput(token)), 'checkout');
  await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay');
  await waitFor(async () => (await db().order.findUniqueOrThrow({ where: { id: r.order.id } })).status === 'PAID');
  const o = await db().order.findUniqueOrThrow({ where: { id: r.order.id }, include: { lines: true, vendorOrders: true } });
  const shipment = await createShipment(admin(), { vendorOrderId: o.vendorOrders[0].id, carrier: 'OWN_RIDERS', riderUserId, items: [{ orderLineId: o.lines[0].id, quantity: 1 }], packages: [pkg] });
  return { orderId: o.id, token, shipment };
}

describe('reporting', () => {
  it('only the shipment’s rider, only while carrying it, within bounds, once per 10 s; the newest 20 stay; delivery forgets them', async () => {
    const o = await shippedOrder();
    const report = (ctx = rider(), i = 0, when = at(i * 10)) => reportRiderLocation(ctx, { shipmentId: o.shipment.id, ...lagos(i) }, undefined, when);

    // Not yet picked up: nothing to share.
    await expect(report()).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    await stepShipment(rider(), o.shipment.id, 'PICKED_UP');

    // Another staff member, the shop's administrator, another shop: as if the shipment did not exist.
    await expect(report(rider(uuidv7()))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(report(admin())).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(report(serviceContext(s, other, { userId: riderId, roles: ['STAFF'] as RoleName[], mfa: false }))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(reportRiderLocation(rider(), { shipmentId: 'nope', ...lagos(0) })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    for (const bad of [{ latitude: 91 }, { latitude: Number.NaN }, { longitude: -180.5 }, { accuracyMeters: -1 }, { accuracyMeters: 1e9 }])
      await expect(reportRiderLocation(rider(), { shipmentId: o.shipment.id, ...lagos(0), ...bad })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });

    const announced: string[] = [];
    expect(await reportRiderLocation(rider(), { shipmentId: o.shipment.id, ...lagos(0) }, async (_t, orderId) => void announced.push(orderId), at(0))).toEqual({ accepted: true });
    expect(announced).toEqual([o.orderId]);
    // A phone sending faster than the window: ignored, nothing announced.
    expect(await reportRiderLocation(rider(), { shipmentId: o.shipment.id, ...lagos(1) }, async (_t, orderId) => void announced.push(orderId), at(4))).toEqual({ accepted: false });
    expect(announced).toHaveLength(1);

    for (let i = 1; i <= MAX_POSITIONS + 4; i++) expect(await report(rider(), i)).toEqual({ accepted: true });
    const kept = await db().riderLocation.findMany({ where: { shipmentId: o.shipment.id }, orderBy: { recordedAt: 'desc' } });
    expect(kept).toHaveLength(MAX_POSITIONS);
    expect(kept[0].latitude).toBeCloseTo(lagos(MAX_POSITIONS + 4).latitude, 9);

    const view = await riderTracking(serviceContext(s, store, { kind: 'anonymous' } as never), o.orderId, { cartToken: o.token });
    expect(view?.shipments).toEqual([expect.objectContaining({ shipmentId: o.shipment.id, status: 'PICKED_UP' })]);
    expect(view!.shipments[0].positions).toHaveLength(MAX_POSITIONS);
    expect(view!.shipments[0].positions[0]).toMatchObject({ ...lagos(MAX_POSITIONS + 4), at: at((MAX_POSITIONS + 4) * 10) });

    await stepShipment(rider(), o.shipment.id, 'OUT_FOR_DELIVERY');
    expect(await report(rider(), 100)).toEqual({ accepted: true });
    await deliverShipment(rider(), { shipmentId: o.shipment.id, code: deliveryCode(o.shipment.deliveryCodeSalt) });
    expect(await db().riderLocation.count({ where: { shipmentId: o.shipment.id } })).toBe(0);
    await expect(report(rider(), 200)).rejects.toMatchObject({ code: 'INVALID_TRANSITION' });
    expect((await riderTracking(admin(), o.orderId))?.shipments).toEqual([]);
  });

  it('a failed delivery forgets the positions too; the database refuses out-of-range values itself', async () => {
    const o = await shippedOrder();
    await stepShipment(rider(), o.shipment.id, 'PICKED_UP');
    await reportRiderLocation(rider(), { shipmentId: o.shipment.id, ...lagos(0) });
    expect(await db().riderLocation.count({ where: { shipmentId: o.shipment.id } })).toBe(1);
    await stepShipment(rider(), o.shipment.id, 'FAILED', 'Nobody at the gate');
    expect(await db().riderLocation.count({ where: { shipmentId: o.shipment.id } })).toBe(0);
    await expect(
      db().riderLocation.create({ data: { id: uuidv7(), tenantId: store, shipmentId: o.shipment.id, orderId: o.orderId, riderUserId: riderId, latitude: 95, longitude: 3, accuracyMeters: 5, slot: 1 } }),
    ).rejects.toThrow(/RIDER_LOCATION_OUT_OF_RANGE|check/);
  });
});

describe('reading', () => {
  it('the customer (guest with the cart), the shop’s managers and the key holder read; nobody else does', async () => {
    const o = await shippedOrder();
    await stepShipment(rider(), o.shipment.id, 'PICKED_UP');
    await reportRiderLocation(rider(), { shipmentId: o.shipment.id, ...lagos(0) });
    const anonymous = (tenant = store) => serviceContext(s, tenant, { kind: 'anonymous', userId: undefined, roles: [] } as never);
    const key = trackingKey(store, o.orderId);

    expect((await riderTracking(anonymous(), o.orderId, { cartToken: o.token }))?.trackingKey).toBe(key);
    expect((await riderTracking(admin(), o.orderId))?.shipments[0].positions).toHaveLength(1);
    expect((await riderTracking(anonymous(), o.orderId, { trackingKey: key }))?.shipments[0].positions).toHaveLength(1);

    expect(await riderTracking(anonymous(), o.orderId)).toBeNull();
    expect(await riderTracking(anonymous(), o.orderId, { cartToken: uuidv7() })).toBeNull();
    expect(await riderTracking(anonymous(), o.orderId, { trackingKey: key.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')) })).toBeNull();
    // Another signed-in customer, a vendor, the rider's colleague without manager rights: nothing.
    expect(await riderTracking(serviceContext(s, store, { roles: ['CUSTOMER'] as RoleName[], mfa: false }), o.orderId)).toBeNull();
    expect(await riderTracking(serviceContext(s, store, { roles: ['VENDOR'] as RoleName[], mfa: false }), o.orderId)).toBeNull();
    // Another shop: neither its administrator nor this order's key (keys are per tenant) reads it.
    expect(await riderTracking(serviceContext(s, other), o.orderId)).toBeNull();
    expect(await riderTracking(anonymous(other), o.orderId, { trackingKey: key })).toBeNull();
    expect(await riderTracking(anonymous(other), o.orderId, { trackingKey: trackingKey(other, o.orderId) })).toBeNull();
  });
});

describe('over the gateway', () => {
  it('the rider’s phone reports, a key holder’s socket sees the new position; a wrong key is refused; only the rider reports', async () => {
    const staff = await signInSession(s, 'ade-fashion', 'staff');
    const o = await shippedOrder(staff.user.id);
    const asStaff = { authorization: `Bearer ${staff.accessToken}`, 'x-tenant': 'ade-fashion' };
    const REPORT = 'mutation ($s: ID!, $la: Float!, $lo: Float!) { reportRiderLocation(shipmentId: $s, latitude: $la, longitude: $lo, accuracyMeters: 8) { accepted userErrors { code } } }';
    expect(userErrorCodes(await gql(s.gatewayUrl, REPORT, { s: o.shipment.id, la: 6.5, lo: 3.3 }, asStaff), 'reportRiderLocation')).toEqual(['INVALID_TRANSITION']);
    payload(await gql(s.gatewayUrl, 'mutation ($s: ID!) { stepShipment(shipmentId: $s, status: PICKED_UP) { userErrors { code } } }', { s: o.shipment.id }, asStaff), 'stepShipment');

    // Anonymous callers cannot report at all.
    const anon = await gql(s.gatewayUrl, REPORT, { s: o.shipment.id, la: 6.5, lo: 3.3 }, { 'x-tenant': 'ade-fashion' });
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const tracked = await gql(s.gatewayUrl, 'query ($o: ID!, $c: String) { riderTracking(orderId: $o, cartToken: $c) { trackingKey shipments { shipmentId } } }', { o: o.orderId, c: o.token }, { 'x-tenant': 'ade-fashion' });
    const key = tracked.data.riderTracking.trackingKey as string;
    const DOC = 'subscription ($o: ID!, $k: String!) { riderTracking(orderId: $o, trackingKey: $k) { orderId shipments { shipmentId positions { latitude longitude at } } } }';
    const sub = subscribe<any>(s.wsUrl, DOC, { tenant: 'ade-fashion' }, { o: o.orderId, k: key });
    const wrong = subscribe<any>(s.wsUrl, DOC, { tenant: 'ade-fashion' }, { o: o.orderId, k: 'x'.repeat(32) });
    const elsewhere = subscribe<any>(s.wsUrl, DOC, { tenant: 'naija-market' }, { o: o.orderId, k: key });
    try {
      await settle(500);
      let lat = 6.6;
      const event = await (async () => {
        for (let i = 0; i < 10; i++) {
          lat += 0.01;
          // Each report in its own 10-second window would need waiting; a fresh window every time is not needed:
          // the first accepted report is announced, later ones in the same window are ignored and announce nothing.
          const r = payload(await gql(s.gatewayUrl, REPORT, { s: o.shipment.id, la: lat, lo: 3.4 }, asStaff), 'reportRiderLocation');
          if (r.accepted) {
            try {
              return await sub.next((e) => e.riderTracking.shipments[0]?.positions[0]?.latitude === lat, 3000);
            } catch {
              /* the subscription was still starting: try in the next window */
            }
          }
          await settle(1000);
        }
        throw new Error('no rider position arrived over the socket');
      })();
      expect(event.riderTracking.orderId).toBe(o.orderId);
      expect(sub.errors).toEqual([]);
      expect(wrong.events).toEqual([]);
      expect(JSON.stringify(wrong.errors)).toContain('NOT_FOUND');
      expect(elsewhere.events).toEqual([]);
      expect(elsewhere.errors.length).toBeGreaterThan(0);
    } finally {
      await Promise.all([sub.close(), wrong.close(), elsewhere.close()]);
    }
  }, 60_000);
});
