/**
 * Buying seats online, end to end through the gateway with the sandbox payment provider: hold → buySeats
 * (an order in commerce) → the buyer pays on the sandbox page → the paid order books the hold (a ticket per
 * seat, passenger names, channel ONLINE, the order id as payment reference) and the operator's ledger
 * posting is requested; a repeat of buySeats returns the same order. A declined payment leaves the order
 * payable (the buyer may try again until it expires) and the hold alone. Money that arrives after the hold ran out books the seats again while they are
 * free, and is refunded in full when someone else took them. Commerce's order-making mutation is for
 * services only.
 */
import { ACTOR_HEADER, anonymousActor, callPeer, config, Peers, signActorHeader, TOPICS, uuidv7, type PrismaClient } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { assertLedgerInvariants } from '../../../test/support/ledger';
import type { TestStack } from '../../../test/support/stack';
import { decideOnSandboxPage } from '../../../test/support/sandbox';
import { waitFor } from '../../../test/support/wait';
import { onOrderPaid } from '../src/services/purchases';
import { createTrip, expireHoldNow, OPERATOR, PARK, payload, signIn, startTransportStack, tenantId, userErrorCodes } from './support';

let s: TestStack;
let prisma: PrismaClient;
let operatorId: string;
let parkId: string;

beforeAll(async () => {
  s = await startTransportStack();
  prisma = s.stack.prisma;
  operatorId = await tenantId(prisma, OPERATOR);
  parkId = await tenantId(prisma, PARK);
}, 120_000);
afterAll(async () => {
  if (s) await assertLedgerInvariants(prisma);
  await s?.stop();
});

const BUY = `mutation ($i: BuySeatsInput!) { buySeats(input: $i) {
  orderId orderNumber accessToken status total { amount currency } payBefore paymentUrl paymentReference userErrors { code message field } } }`;
const ORDER = `query ($id: ID!, $t: String) { order(id: $id, cartToken: $t) {
  id number status total { amount } tax { amount } shipping { amount } shippingMethod shippingAddress { name } cancelReason
  lines { source sku title quantity variantId stockStatus unitPrice { amount } } vendorOrders { vendorId subtotal { amount } commission { amount } }
  refunds { amount { amount } status automatic } } }`;
const BOOKING = `query ($id: ID!, $t: String) { bookingForOrder(orderId: $id, accessToken: $t) {
  id channel paymentReference soldAtTenantId total { amount } tickets { seatLabel passengerName qr } } }`;

const as = (slug: string, headers: Record<string, string> = {}) => ({ 'x-tenant': slug, ...headers });

async function hold(slug: string, tripId: string, seatLabels: string[], headers: Record<string, string> = {}) {
  const p = payload(await gql(s.gatewayUrl, 'mutation ($t: ID!, $l: [String!]!) { holdSeats(tripId: $t, seatLabels: $l) { holdToken hold { id expiresAt } userErrors { code } } }', { t: tripId, l: seatLabels }, as(slug, headers)), 'holdSeats');
  return { token: p.holdToken as string, id: p.hold.id as string };
}

const buy = (slug: string, input: Record<string, unknown>, headers: Record<string, string> = {}) => gql(s.gatewayUrl, BUY, { i: input }, as(slug, headers));
const order = async (slug: string, id: string, token: string) => (await gql(s.gatewayUrl, ORDER, { id, t: token }, as(slug))).data!.order;
const bookingFor = async (slug: string, id: string, token: string | null, headers: Record<string, string> = {}) => (await gql(s.gatewayUrl, BOOKING, { id, t: token }, as(slug, headers))).data!.bookingForOrder;
const seatStates = async (slug: string, tripId: string) =>
  Object.fromEntries(((await gql(s.gatewayUrl, 'query ($t: ID!) { seatMap(tripId: $t) { seats { label state } } }', { t: tripId }, as(slug))).data!.seatMap.seats as { label: string; state: string }[]).map((x) => [x.label, x.state]));

async function orderSettled(slug: string, id: string, token: string, status: string) {
  return waitFor(async () => {
    const o = await order(slug, id, token);
    return o.status === status ? o : null;
  }, 15_000);
}

/** Delivers an order's `commerce.external_order.paid` event to transport's consumer once more, as the outbox may. */
async function redeliver(orderId: string) {
  const [event] = await outbox(TOPICS.COMMERCE_EXTERNAL_ORDER_PAID, (p) => p.orderId === orderId);
  await onOrderPaid(prisma, () => {}, new Peers({ ...s.stack.subgraphs }))({ ...event, attempts: event.attempts + 1 });
}

const outbox = async (topic: string, match: (p: any) => boolean) => (await prisma.outboxEvent.findMany({ where: { topic }, orderBy: { id: 'asc' } })).filter((e) => match(e.payload));

describe('a guest buys two seats at the operator', () => {
  let tripId: string;
  let input: Record<string, unknown>;
  let first: any;

  beforeAll(async () => {
    ({ trip: { id: tripId } } = await createTrip(prisma, operatorId, 2));
    const h = await hold(OPERATOR, tripId, ['1A', '2B']);
    input = {
      holdToken: h.token,
      passengers: [
        { seatLabel: '2b', name: 'Chidi Okeke' },
        { seatLabel: '1A', name: '  Ada   Obi ' },
      ],
      email: 'Ada@Example.com',
      idempotencyKey: uuidv7(),
    };
    first = payload(await buy(OPERATOR, input), 'buySeats');
  });

  it('makes an order awaiting payment priced from the fares, with no tax, no shipping and no stock', async () => {
    expect(first).toMatchObject({ status: 'PENDING', total: { amount: '2500000', currency: 'NGN' }, paymentUrl: expect.stringContaining('/pay/sandbox/'), accessToken: expect.any(String) });
    const o = await order(OPERATOR, first.orderId, first.accessToken);
    expect(o).toMatchObject({ number: first.orderNumber, status: 'PENDING_PAYMENT', total: { amount: '2500000' }, tax: { amount: '0' }, shipping: { amount: '0' }, shippingMethod: 'NONE', shippingAddress: null });
    expect(o.lines).toEqual([
      expect.objectContaining({ source: 'TRANSPORT', quantity: 1, variantId: null, stockStatus: 'NOT_STOCKED', unitPrice: { amount: '1500000' }, title: expect.stringMatching(/seat 1A, Ada Obi$/) }),
      expect.objectContaining({ source: 'TRANSPORT', quantity: 1, variantId: null, stockStatus: 'NOT_STOCKED', unitPrice: { amount: '1000000' }, title: expect.stringMatching(/seat 2B, Chidi Okeke$/) }),
    ]);
    expect(o.vendorOrders).toEqual([{ vendorId: operatorId, subtotal: { amount: '2500000' }, commission: { amount: '0' } }]);
    // The hold was extended once so the buyer has as long as possible to pay; payment is due when it ends.
    const h = await prisma.seatHold.findFirstOrThrow({ where: { tripId } });
    expect(h.extendedAt).not.toBeNull();
    expect(new Date(first.payBefore).getTime()).toBe(h.expiresAt.getTime());
    // Nobody else reads the order or its booking without the access token.
    expect(await order(OPERATOR, first.orderId, 'not-the-token')).toBeNull();
  });

  it('a repeat returns the same order; the key with another request is refused', async () => {
    const again = payload(await buy(OPERATOR, input), 'buySeats');
    expect(again).toMatchObject({ orderId: first.orderId, accessToken: first.accessToken, paymentReference: first.paymentReference });
    expect(userErrorCodes(await buy(OPERATOR, { ...input, email: 'someone@else.ng' }), 'buySeats')).toEqual(['IDEMPOTENCY_KEY_REUSED']);
    expect(await prisma.ticketPurchase.count({ where: { holdId: (await prisma.seatHold.findFirstOrThrow({ where: { tripId } })).id } })).toBe(1);
  });

  it('paying issues a ticket per seat with the passenger names (ONLINE), the seats show SOLD, and the operator is owed the money', async () => {
    expect(await bookingFor(OPERATOR, first.orderId, first.accessToken)).toBeNull();
    expect(await decideOnSandboxPage(s, first.paymentUrl, 'pay')).toBe(200);
    await orderSettled(OPERATOR, first.orderId, first.accessToken, 'PAID');
    const booking = await waitFor(() => bookingFor(OPERATOR, first.orderId, first.accessToken));
    expect(booking).toMatchObject({ channel: 'ONLINE', paymentReference: first.orderId, soldAtTenantId: operatorId, total: { amount: '2500000' } });
    expect(booking.tickets.map((t: any) => [t.seatLabel, t.passengerName])).toEqual([
      ['1A', 'Ada Obi'],
      ['2B', 'Chidi Okeke'],
    ]);
    expect(booking.tickets.every((t: any) => t.qr.startsWith('WWT1.'))).toBe(true);
    expect(await seatStates(OPERATOR, tripId)).toMatchObject({ '1A': 'SOLD', '2B': 'SOLD', '1B': 'AVAILABLE' });
    expect(await prisma.ticketPurchase.findUniqueOrThrow({ where: { orderId: first.orderId } })).toMatchObject({ status: 'CONFIRMED', bookingId: booking.id });

    const [posting] = await outbox(TOPICS.LEDGER_POSTING_REQUESTED, (p) => p.idempotencyKey === `order-paid:${first.orderId}`);
    expect(posting.payload).toMatchObject({
      kind: 'ORDER_PAID',
      currency: 'NGN',
      lines: [
        { side: 'DEBIT', amount: '2500000', account: { tenantId: operatorId, ownerType: 'TENANT', ownerId: operatorId, purpose: 'PAYMENT_CLEARING' } },
        { side: 'CREDIT', amount: '2500000', account: { tenantId: operatorId, ownerType: 'VENDOR', ownerId: operatorId, purpose: 'VENDOR_PAYABLE' } },
      ],
    });
    expect((posting.payload as any).lines).toHaveLength(2);
    await redeliver(first.orderId);
    expect(await prisma.booking.count({ where: { tripId } })).toBe(1);
    expect(await prisma.ticket.count({ where: { tripId } })).toBe(2);
    // The buyer's ticket message (ticket-messages.ts): once, at the shop that sold it, however often the paid order is delivered.
    const told = await outbox(TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED, (p) => p.key === `ticket.issued:${booking.id}`);
    expect(told.map((e) => e.payload)).toEqual([
      expect.objectContaining({ tenantId: operatorId, template: 'ticket.issued', to: { email: 'ada@example.com', phone: null, name: 'Ada Obi', userId: null }, channels: ['EMAIL'], variables: expect.objectContaining({ seats: '1A, 2B', ticketUrl: expect.stringMatching(new RegExp(`/s/${OPERATOR}/trips/orders/${first.orderId}$`)) }) }),
    ]);
    expect(JSON.stringify(told[0].payload)).not.toContain(first.accessToken);
    const [paid] = await outbox(TOPICS.COMMERCE_EXTERNAL_ORDER_PAID, (p) => p.orderId === first.orderId);
    expect(paid.payload).toMatchObject({ orderNumber: first.orderNumber, amount: '2500000', currency: 'NGN', passengers: [{ seatLabel: '1A', name: 'Ada Obi' }, { seatLabel: '2B', name: 'Chidi Okeke' }] });
  });

  it('after payment a repeat still returns the same order, and the booking is for the buyer and the back office only', async () => {
    const again = payload(await buy(OPERATOR, input), 'buySeats');
    expect(again).toMatchObject({ orderId: first.orderId, status: 'CONFIRMED' });
    expect(await bookingFor(OPERATOR, first.orderId, null)).toBeNull();
    expect(await bookingFor(OPERATOR, first.orderId, 'guess')).toBeNull();
    expect(await bookingFor(OPERATOR, first.orderId, null, await signIn(s, OPERATOR, 'staff'))).toMatchObject({ paymentReference: first.orderId });
    expect(await prisma.ticket.count({ where: { tripId } })).toBe(2);
  });
});

it('a signed-in customer’s hold is theirs: nobody else can buy it, and they read the booking without a token', async () => {
  const { trip } = await createTrip(prisma, operatorId, 1);
  const customer = await signIn(s, OPERATOR, 'customer');
  const h = await hold(OPERATOR, trip.id, ['1C'], customer);
  const input = { holdToken: h.token, passengers: [{ seatLabel: '1C', name: 'Bola Ade' }], email: 'customer@webwaka.test', idempotencyKey: uuidv7() };
  expect(userErrorCodes(await buy(OPERATOR, input), 'buySeats')).toEqual(['NOT_FOUND']);
  expect(userErrorCodes(await buy(OPERATOR, { ...input, passengers: [] }, customer), 'buySeats')).toEqual(['BAD_USER_INPUT']);
  const bought = payload(await buy(OPERATOR, input, customer), 'buySeats');
  expect(await decideOnSandboxPage(s, bought.paymentUrl, 'pay')).toBe(200);
  const booking = await waitFor(() => bookingFor(OPERATOR, bought.orderId, null, customer));
  expect(booking.tickets).toEqual([expect.objectContaining({ seatLabel: '1C', passengerName: 'Bola Ade' })]);
});

it('a declined payment leaves the order payable and the hold alone: no tickets, the seats are still held and can be released', async () => {
  const { trip } = await createTrip(prisma, operatorId, 1);
  const h = await hold(OPERATOR, trip.id, ['1D']);
  const bought = payload(await buy(OPERATOR, { holdToken: h.token, passengers: [{ seatLabel: '1D', name: 'Emeka Eze' }], email: 'emeka@example.com', idempotencyKey: uuidv7() }), 'buySeats');
  expect(await decideOnSandboxPage(s, bought.paymentUrl, 'decline')).toBe(200);
  // A decline no longer cancels the order (issue 10): it waits for another attempt until it expires.
  await waitFor(async () => (await prisma.payment.findMany({ where: { orderId: bought.orderId } })).every((p) => p.status === 'FAILED'));
  expect((await prisma.order.findUniqueOrThrow({ where: { id: bought.orderId } })).status).toBe('PENDING_PAYMENT');
  expect((await gql(s.gatewayUrl, 'query ($t: String!) { seatHold(token: $t) { status } }', { t: h.token }, as(OPERATOR))).data!.seatHold).toEqual({ status: 'ACTIVE' });
  expect(await seatStates(OPERATOR, trip.id)).toMatchObject({ '1D': 'HELD' });
  expect(await prisma.ticket.count({ where: { tripId: trip.id } })).toBe(0);
  expect(await bookingFor(OPERATOR, bought.orderId, bought.accessToken)).toBeNull();
  expect(await outbox(TOPICS.COMMERCE_EXTERNAL_ORDER_PAID, (p) => p.orderId === bought.orderId)).toEqual([]);
  const released = payload(await gql(s.gatewayUrl, 'mutation ($t: String!) { releaseSeatHold(holdToken: $t) { hold { status } userErrors { code } } }', { t: h.token }, as(OPERATOR)), 'releaseSeatHold');
  expect(released.hold).toEqual({ status: 'RELEASED' });
});

describe('money that arrives after the hold ran out (bought at the motor park)', () => {
  it('books the same seats again while they are free', async () => {
    const { trip } = await createTrip(prisma, operatorId, 1);
    const h = await hold(PARK, trip.id, ['1A']);
    const bought = payload(await buy(PARK, { holdToken: h.token, passengers: [{ seatLabel: '1A', name: 'Late But Lucky' }], email: 'late@example.com', idempotencyKey: uuidv7() }), 'buySeats');
    await expireHoldNow(prisma, h.id);
    expect(await decideOnSandboxPage(s, bought.paymentUrl, 'pay')).toBe(200);
    const booking = await waitFor(() => bookingFor(PARK, bought.orderId, bought.accessToken));
    expect(booking).toMatchObject({ channel: 'ONLINE', soldAtTenantId: parkId, tickets: [{ seatLabel: '1A', passengerName: 'Late But Lucky' }] });
    expect(await seatStates(PARK, trip.id)).toMatchObject({ '1A': 'SOLD' });
    expect((await order(PARK, bought.orderId, bought.accessToken)).status).toBe('PAID');
  });

  it('is refunded in full, automatically, when someone else took a seat: no ticket', async () => {
    const { trip } = await createTrip(prisma, operatorId, 1);
    const h = await hold(PARK, trip.id, ['1B']);
    const bought = payload(await buy(PARK, { holdToken: h.token, passengers: [{ seatLabel: '1B', name: 'Too Late' }], email: 'too-late@example.com', idempotencyKey: uuidv7() }), 'buySeats');
    await expireHoldNow(prisma, h.id);
    await hold(OPERATOR, trip.id, ['1B']);
    expect(await decideOnSandboxPage(s, bought.paymentUrl, 'pay')).toBe(200);

    const cancelled = await orderSettled(PARK, bought.orderId, bought.accessToken, 'CANCELLED');
    expect(cancelled.refunds).toEqual([{ amount: { amount: '1500000' }, status: 'SUCCEEDED', automatic: false }]);
    expect(cancelled.cancelReason).toMatch(/Seats could not be booked/);
    expect(await prisma.ticketPurchase.findUniqueOrThrow({ where: { orderId: bought.orderId } })).toMatchObject({ status: 'REFUND_REQUESTED', bookingId: null, failureReason: expect.any(String) });
    expect(await prisma.ticket.count({ where: { tripId: trip.id } })).toBe(0);
    expect(await seatStates(PARK, trip.id)).toMatchObject({ '1B': 'HELD' });
    expect(await bookingFor(PARK, bought.orderId, bought.accessToken)).toBeNull();
    // The sale and its reversal are both booked in the park's ledger, the operator's payable back to zero.
    const postings = await outbox(TOPICS.LEDGER_POSTING_REQUESTED, (p) => p.reference?.id === bought.orderId || p.reversesIdempotencyKey === `order-paid:${bought.orderId}`);
    expect(postings.map((e) => (e.payload as any).kind)).toEqual(['ORDER_PAID', 'REFUND']);
    expect((postings[1].payload as any).lines).toEqual([
      expect.objectContaining({ side: 'DEBIT', amount: '1500000', account: { tenantId: parkId, ownerType: 'VENDOR', ownerId: operatorId, purpose: 'VENDOR_PAYABLE' } }),
      expect.objectContaining({ side: 'CREDIT', amount: '1500000', account: { tenantId: parkId, ownerType: 'TENANT', ownerId: parkId, purpose: 'PAYMENT_CLEARING' } }),
    ]);
    // Redelivery of the paid event (at least once) asks for nothing more.
    await redeliver(bought.orderId);
    expect(await outbox(TOPICS.COMMERCE_REFUND_REQUESTED, (p) => p.orderId === bought.orderId)).toHaveLength(1);
    expect(await prisma.ticket.count({ where: { tripId: trip.id } })).toBe(0);
  });
});

describe('commerce’s createExternalOrder', () => {
  const CREATE = 'mutation ($i: ExternalOrderInput!) { createExternalOrder(input: $i) { order { id } userErrors { code } } }';
  const input = () => ({
    idempotencyKey: uuidv7(),
    email: 'x@example.com',
    sellerTenantId: operatorId,
    currency: 'NGN',
    taxRateBps: 0,
    payBefore: new Date(Date.now() + 600_000).toISOString(),
    lines: [{ source: 'TRANSPORT', sourceRef: uuidv7(), sku: 'X-1A', description: 'A seat', unitAmount: '100', quantity: 1 }],
  });

  it('is not part of the public API: the gateway refuses it for anyone', async () => {
    for (const headers of [as(OPERATOR), await signIn(s, OPERATOR, 'client')]) {
      const r = await gql(s.gatewayUrl, CREATE, { i: input() }, headers);
      expect(r.data ?? null).toBeNull();
      expect(r.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  it('called directly, needs a service holding commerce:write', async () => {
    const call = (scopes: string[]) => callPeer(new Peers({ ...s.stack.subgraphs }), 'commerce', CREATE, { i: input() }, { tenantId: operatorId, service: 'test', scopes });
    await expect(call(['commerce:read', 'transport:write'])).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const made = await call(['commerce:write']);
    expect(made.createExternalOrder).toMatchObject({ order: { id: expect.any(String) }, userErrors: [] });
  });

  it('refuses an integrator’s key even with commerce:write (signed like the gateway, straight to commerce)', async () => {
    const actor = { ...anonymousActor(operatorId), kind: 'apiKey' as const, apiKeyId: uuidv7(), scopes: ['commerce:write'] };
    const body = JSON.stringify({ query: CREATE, variables: { i: input() } });
    const res = await fetch(s.stack.subgraphs.commerce, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [ACTOR_HEADER]: signActorHeader(actor, 'test', config.gatewaySecret, { audience: 'commerce', body }) },
      body,
    });
    expect(((await res.json()) as any).data.createExternalOrder).toEqual({ order: null, userErrors: [{ code: 'FORBIDDEN' }] });
  });
});
