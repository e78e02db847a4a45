/**
 * Transport's live feeds through the gateway: a `seatMap(tripId)` subscriber — here at the motor park
 * that lists the operator — sees HELD, then RELEASED and SOLD as other people hold, release and buy
 * seats; the `seatMap` query (the polling fallback) agrees; a tenant that does not sell the trip cannot
 * subscribe. `tripPresence(tripId)` rises and falls with heartbeats, departures and expiry. A system test
 * (it was in gateway/test/): it boots transport's network with transport's test support (decision 0035).
 */
import { gql } from './support/graphql';
import type { TestStack } from './support/stack';
import { settle, subscribe } from './support/subscribe';
import { createTrip, OPERATOR, PARK, payload, signIn, startTransportStack, tenantId } from '../subgraphs/transport/test/support';

let s: TestStack;
let tripId: string;

beforeAll(async () => {
  // Presence expires quickly here so the test can watch a viewer time out.
  process.env.TRANSPORT_PRESENCE_WINDOW_MS = '1500';
  process.env.TRANSPORT_PRESENCE_SWEEP_MS = '250';
  s = await startTransportStack();
  tripId = (await createTrip(s.stack.prisma, await tenantId(s.stack.prisma, OPERATOR), 2)).trip.id;
}, 120_000);
afterAll(async () => {
  await s?.stop();
  delete process.env.TRANSPORT_PRESENCE_WINDOW_MS;
  delete process.env.TRANSPORT_PRESENCE_SWEEP_MS;
});

const atOperator = { 'x-tenant': OPERATOR };
const atPark = { 'x-tenant': PARK };
type SeatEvent = { seatMap: { kind: string; seatLabels: string[]; seats: { label: string; state: string }[] } };

const hold = async (labels: string[]) =>
  payload(await gql(s.gatewayUrl, 'mutation ($t: ID!, $l: [String!]!) { holdSeats(tripId: $t, seatLabels: $l) { holdToken userErrors { code } } }', { t: tripId, l: labels }, atOperator), 'holdSeats').holdToken as string;
const seatStates = async (headers: Record<string, string>) =>
  Object.fromEntries((await gql(s.gatewayUrl, 'query ($t: ID!) { seatMap(tripId: $t) { seats { label state } } }', { t: tripId }, headers)).data.seatMap.seats.map((x: any) => [x.label, x.state]));

describe('seatMap(tripId)', () => {
  it('delivers HELD, then RELEASED and SOLD, to a subscriber at the park; polling agrees', async () => {
    const sub = subscribe<SeatEvent>(s.wsUrl, `subscription { seatMap(tripId: "${tripId}") { kind seatLabels seats { label state } } }`, { tenant: PARK });
    try {
      await settle(500);
      const token = await hold(['1A', '1B']);
      const held = await sub.next((e) => e.seatMap.kind === 'HELD');
      expect(held.seatMap.seatLabels).toEqual(['1A', '1B']);
      expect((await seatStates(atPark))['1A']).toBe('HELD');

      payload(await gql(s.gatewayUrl, 'mutation ($t: String!) { releaseSeatHold(holdToken: $t) { hold { status } userErrors { code } } }', { t: token }, atOperator), 'releaseSeatHold');
      const released = await sub.next((e) => e.seatMap.kind === 'RELEASED');
      expect(released.seatMap).toEqual({ kind: 'RELEASED', seatLabels: ['1A', '1B'], seats: [expect.objectContaining({ label: '1A', state: 'AVAILABLE' }), expect.objectContaining({ label: '1B', state: 'AVAILABLE' })] });

      const bought = await hold(['2C']);
      const staff = await signIn(s, OPERATOR, 'staff');
      payload(
        await gql(s.gatewayUrl, 'mutation ($t: String!) { confirmBooking(input: { holdToken: $t, passengers: [{ seatLabel: "2C", name: "Amaka" }], paymentReference: "cash-1" }) { booking { id } userErrors { code } } }', { t: bought }, staff),
        'confirmBooking',
      );
      const sold = await sub.next((e) => e.seatMap.kind === 'SOLD');
      expect(sold.seatMap.seats).toEqual([{ label: '2C', state: 'SOLD' }]);
      expect((await seatStates(atPark))['2C']).toBe('SOLD');
      expect(sub.events.map((e) => e.seatMap.kind)).toEqual(['HELD', 'RELEASED', 'HELD', 'SOLD']);
      expect(sub.errors).toEqual([]);
    } finally {
      await sub.close();
    }
  });

  it('gives viewers who share an answer each their own document\'s result: the same document, an alias, a variable', async () => {
    const docs = [
      `subscription { seatMap(tripId: "${tripId}") { kind seatLabels } }`,
      `subscription { seatMap(tripId: "${tripId}") { kind seatLabels } }`,
      // These two ask what the first two ask, so all four share one hydrated answer; each must still get
      // its own document's result (the alias, the variable) and not the first one's.
      `subscription { seatMap(tripId: "${tripId}") { what: kind seatLabels } }`,
      'subscription ($t: ID!) { seatMap(tripId: $t) { kind seatLabels } }',
    ];
    const subs = docs.map((doc, i) => subscribe<any>(s.wsUrl, doc, { tenant: PARK }, i === 3 ? { t: tripId } : undefined));
    try {
      await settle(500);
      const token = await hold(['2A']);
      const [a, b, aliased, withVariables] = await Promise.all([
        subs[0].next((e) => e.seatMap.kind === 'HELD'),
        subs[1].next((e) => e.seatMap.kind === 'HELD'),
        subs[2].next((e) => e.seatMap.what === 'HELD'),
        subs[3].next((e) => e.seatMap.kind === 'HELD'),
      ]);
      expect(a).toEqual({ seatMap: { kind: 'HELD', seatLabels: ['2A'] } });
      expect(b).toEqual(a);
      expect(aliased).toEqual({ seatMap: { what: 'HELD', seatLabels: ['2A'] } });
      expect(withVariables).toEqual(a);
      payload(await gql(s.gatewayUrl, 'mutation ($t: String!) { releaseSeatHold(holdToken: $t) { hold { status } userErrors { code } } }', { t: token }, atOperator), 'releaseSeatHold');
      expect(subs.flatMap((x) => x.errors)).toEqual([]);
    } finally {
      await Promise.all(subs.map((x) => x.close()));
    }
  });

  it('refuses a tenant that does not sell the trip', async () => {
    const sub = subscribe<SeatEvent>(s.wsUrl, `subscription { seatMap(tripId: "${tripId}") { kind } }`, { tenant: 'naija-market' });
    try {
      const deadline = Date.now() + 5000;
      while (Date.now() < deadline && sub.errors.length === 0) await new Promise((r) => setTimeout(r, 50));
      expect(sub.errors.flatMap((e: any) => (Array.isArray(e) ? e : [e])).map((e: any) => e?.extensions?.code)).toEqual(['NOT_FOUND']);
    } finally {
      await sub.close();
    }
  });
});

describe('tripPresence(tripId)', () => {
  it('rises with new viewers, falls when one leaves and when one stops sending heartbeats', async () => {
    const sub = subscribe<{ tripPresence: { viewers: number } }>(s.wsUrl, `subscription { tripPresence(tripId: "${tripId}") { viewers } }`, { tenant: OPERATOR });
    const beat = (viewerId: string, leaving = false) =>
      gql(s.gatewayUrl, 'mutation ($t: ID!, $v: String!, $l: Boolean) { tripHeartbeat(tripId: $t, viewerId: $v, leaving: $l) { presence { viewers } userErrors { code } } }', { t: tripId, v: viewerId, l: leaving }, atPark);
    const counts = () => sub.events.map((e) => e.tripPresence.viewers);
    try {
      await settle(500);
      await beat('viewer-one-1234');
      await sub.next((e) => e.tripPresence.viewers === 1);
      await beat('viewer-two-1234');
      await sub.next((e) => e.tripPresence.viewers === 2);
      // A heartbeat from someone already counted changes nothing and pushes nothing.
      await beat('viewer-two-1234');
      await beat('viewer-one-1234', true);
      await sub.next((e, i = counts().length) => e.tripPresence.viewers === 1 && i >= 3);
      // viewer two stops sending heartbeats: it drops out after the window.
      await sub.next((e) => e.tripPresence.viewers === 0, 8000);
      expect(counts()).toEqual([1, 2, 1, 0]);
      expect((await gql(s.gatewayUrl, 'query ($t: ID!) { tripPresence(tripId: $t) { viewers } }', { t: tripId }, atOperator)).data.tripPresence.viewers).toBe(0);
    } finally {
      await sub.close();
    }
  });
});
