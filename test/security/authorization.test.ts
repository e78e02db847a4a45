/**
 * Authorization and hoarding, attacked from outside (issue 10, items 4, 9, 10 and 12; decision 0025):
 *  - a customer who is also an agent lists the operator's bookings: only their own and the ones they sold
 *    come back, never other passengers' names or boarding codes;
 *  - an anonymous visitor tries to hold every seat of a bus (five calls of ten seats, then one at a time,
 *    then by letting holds go and taking them again): at most 6 seats are ever theirs;
 *  - a guest tries to take a shop's stock off sale with one huge checkout, then with many unpaid orders;
 *  - staff cancel a paid order (a full refund) and are refused; the order stays paid, nothing is refunded;
 *  - an operator asks a store (not a motor park) to list it, under a made-up name.
 * Setup writes demo rows straight to the database; every attack goes through the gateway over HTTP.
 */
import { hashPassword, uuidv7, type PrismaClient } from '@webwaka/kit';
import { seedCommerce } from '../../prisma/seed/commerce';
import { gql } from '../support/graphql';
import { signIn, createUser, login } from '../support/callers';
import type { TestStack } from '../support/stack';
import { createTrip, OPERATOR, serviceContext, startTransportStack, tenantId } from '../../subgraphs/transport/test/support';
import { holdSeats } from '../../subgraphs/transport/src/services/holds';
import { confirmBooking } from '../../subgraphs/transport/src/services/bookings';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, stockOf, waitFor } from '../../subgraphs/commerce/test/support';

let s: TestStack;
let prisma: PrismaClient;
let operator: string;

beforeAll(async () => {
  s = await startTransportStack();
  prisma = s.stack.prisma;
  await seedCommerce(prisma);
  operator = await tenantId(prisma, OPERATOR);
}, 180_000);
afterAll(async () => {
  await s?.stop();
});

const anonymous = { 'x-tenant': OPERATOR };
const HOLD = 'mutation ($t: ID!, $l: [String!]!) { holdSeats(tripId: $t, seatLabels: $l) { holdToken hold { seatLabels } userErrors { code } } }';
const RELEASE = 'mutation ($h: String!) { releaseSeatHold(holdToken: $h) { hold { status } userErrors { code } } }';

describe('a customer who is also an agent', () => {
  it('lists bookings and sees only their own and the ones they sold: no other passenger, no other boarding code', async () => {
    const { trip } = await createTrip(prisma, operator, 3);
    // Other people's bookings, sold at the window with passengers' names and signed QR codes.
    const staff = serviceContext(prisma, operator);
    for (const [seat, name] of [['2A', 'Adaeze Okafor'], ['2B', 'Tunde Bakare']]) {
      const { token } = await holdSeats(staff, { tripId: trip.id, seatLabels: [seat] });
      await confirmBooking(staff, { holdToken: token, passengers: [{ seatLabel: seat, name }], paymentReference: `window-${uuidv7()}` });
    }
    const email = `agent-customer-${uuidv7()}@attack.test`;
    const me = await createUser(prisma, { email, passwordHash: await hashPassword(s.demo.password), memberships: [{ tenantId: operator, role: 'CUSTOMER' }, { tenantId: operator, role: 'AGENT' }] });
    // Their own booking: held as them, paid at the window.
    const held = await holdSeats(serviceContext(prisma, operator, { userId: me.id, roles: ['CUSTOMER', 'AGENT'] }), { tripId: trip.id, seatLabels: ['3A'] });
    const mine = (await confirmBooking(staff, { holdToken: held.token, passengers: [{ seatLabel: '3A', name: 'Me Myself' }], paymentReference: `window-${uuidv7()}` })).id;
    const headers = { authorization: `Bearer ${(await login(s.gatewayUrl, OPERATOR, email, s.demo.password)).accessToken}` };

    const r = await gql(s.gatewayUrl, '{ bookings(first: 100) { edges { node { id tickets { passengerName qr } } } } }', {}, headers);
    expect(r.errors ?? []).toEqual([]);
    expect(r.data.bookings.edges.map((e: any) => e.node.id)).toEqual([mine]);
    expect(JSON.stringify(r.data)).not.toMatch(/Adaeze|Tunde/);
    const theirs = await prisma.booking.findFirstOrThrow({ where: { tripId: trip.id, id: { not: mine } } });
    const one = await gql(s.gatewayUrl, 'query ($id: ID!) { booking(id: $id) { id tickets { qr } } }', { id: theirs.id }, headers);
    expect([one.errors, one.data]).toEqual([undefined, { booking: null }]);
    // Tickets by id stay the back office's.
    const ticket = await prisma.ticket.findFirstOrThrow({ where: { bookingId: theirs.id } });
    expect((await gql(s.gatewayUrl, 'query ($id: ID!) { ticket(id: $id) { qr } }', { id: ticket.id }, headers)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('an anonymous visitor hoarding seats', () => {
  it('cannot hold a 48-seat bus: five calls of ten seats, then one at a time, then by re-holding', async () => {
    const { trip, labels } = await createTrip(prisma, operator, 12);
    expect(labels).toHaveLength(48);
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const r = await gql(s.gatewayUrl, HOLD, { t: trip.id, l: labels.slice(i * 10, i * 10 + 10) }, anonymous);
      codes.push(...r.data.holdSeats.userErrors.map((e: any) => e.code));
      expect(r.data.holdSeats.holdToken).toBeNull();
    }
    expect(codes).toEqual(Array(5).fill('HOLD_LIMIT_REACHED'));

    const tokens: string[] = [];
    for (const label of labels) {
      const r = await gql(s.gatewayUrl, HOLD, { t: trip.id, l: [label] }, anonymous);
      if (!r.data.holdSeats.holdToken) {
        expect(r.data.holdSeats.userErrors.map((e: any) => e.code)).toEqual(['HOLD_LIMIT_REACHED']);
        break;
      }
      tokens.push(r.data.holdSeats.holdToken);
    }
    expect(tokens).toHaveLength(6);

    // Letting them go and taking them again: the visitor runs out within the window.
    let rounds = 0;
    for (; rounds < 10; rounds++) {
      for (const h of tokens.splice(0)) await gql(s.gatewayUrl, RELEASE, { h }, anonymous);
      const r = await gql(s.gatewayUrl, HOLD, { t: trip.id, l: labels.slice(0, 6) }, anonymous);
      if (!r.data.holdSeats.holdToken) break;
      tokens.push(r.data.holdSeats.holdToken);
    }
    expect(rounds).toBeLessThan(2);
    const map = await gql(s.gatewayUrl, 'query ($t: ID!) { seatMap(tripId: $t) { available } }', { t: trip.id }, { ...anonymous, 'cache-control': 'no-cache' });
    expect(map.data.seatMap.available).toBeGreaterThanOrEqual(42);
  });
});

describe('staff refunding through cancelOrder', () => {
  it('is refused on a paid order; the order stays paid and nothing is refunded', async () => {
    const store = await tenantId(prisma, 'ade-fashion');
    const p = await makeProduct(prisma, store, { price: 250_000n, stock: 10 });
    const r = await checkout(s, 'ade-fashion', checkoutInput(await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]), { email: 'victim@example.com' }));
    const order = r.data.checkout.order;
    expect(order).toBeTruthy();
    await decideOnSandboxPage(s, r.data.checkout.payment.authorizationUrl, 'pay');
    await waitFor(async () => (await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status === 'PAID');

    const staff = await signIn(s, 'ade-fashion', 'staff');
    const cancel = await gql(s.gatewayUrl, 'mutation ($id: ID!) { cancelOrder(orderId: $id, reason: "refund to my friend") { order { status } userErrors { code } } }', { id: order.id }, staff);
    expect(cancel.data.cancelOrder).toEqual({ order: null, userErrors: [{ code: 'FORBIDDEN' }] });
    const refund = await gql(s.gatewayUrl, 'mutation ($id: ID!) { refundOrder(input: { orderId: $id }) { refund { id } } }', { id: order.id }, staff);
    expect(refund.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const after = await prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    expect([after.status, after.refundedTotal]).toEqual(['PAID', 0n]);
    expect(await prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
  });
});

describe('a guest hoarding stock', () => {
  it('cannot reserve a huge quantity, nor keep many unpaid orders', async () => {
    const store = await tenantId(prisma, 'ade-fashion');
    const p = await makeProduct(prisma, store, { price: 100_000n, stock: 1000 });
    const big = await checkout(s, 'ade-fashion', checkoutInput(await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 500 }])));
    expect(big.data.checkout.userErrors.map((e: any) => e.code)).toEqual(['ORDER_QUANTITY_LIMIT']);
    expect((await stockOf(prisma, p.variantId)).reserved).toBe(0);

    const outcomes: string[] = [];
    for (let i = 0; i < 14; i++) {
      const r = await checkout(s, 'ade-fashion', checkoutInput(await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 20 }])));
      outcomes.push(r.data.checkout.order ? 'ORDER' : r.data.checkout.userErrors[0].code);
    }
    const pendingBefore = outcomes.indexOf('PENDING_ORDER_LIMIT');
    expect(pendingBefore).toBeGreaterThan(0);
    expect(outcomes.slice(pendingBefore).every((o) => o === 'PENDING_ORDER_LIMIT')).toBe(true);
    expect((await stockOf(prisma, p.variantId)).reserved).toBeLessThanOrEqual(10 * 20);
  });
});

describe('an operator listing itself at a park', () => {
  it('cannot name a store as the park, nor give itself a made-up name', async () => {
    const admin = await signIn(s, OPERATOR, 'client');
    const store = await tenantId(prisma, 'ade-fashion');
    const asStore = await gql(s.gatewayUrl, 'mutation ($p: ID!) { requestParkListing(parkTenantId: $p) { listing { id } userErrors { code } } }', { p: store }, admin);
    expect(asStore.data.requestParkListing).toEqual({ listing: null, userErrors: [{ code: 'BAD_USER_INPUT' }] });
    const named = await gql(s.gatewayUrl, 'mutation ($p: ID!) { requestParkListing(parkTenantId: $p, operatorName: "Jibowu Official Buses") { listing { id } } }', { p: store }, admin);
    expect(named.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await prisma.parkListing.count({ where: { tenantId: store } })).toBe(0);
  });
});
