/**
 * Transport in the distributed topology: PostgreSQL, Redis, every subgraph in its own process and two
 * gateway replicas. A `seatMap` subscriber on replica 1 sees a hold made through replica 2, and its
 * release; 200 concurrent holds through both replicas on real PostgreSQL never give a seat two holders.
 */
import { createPrismaClient, openDatabase } from '@webwaka/kit';
import { SUBGRAPHS } from '../gateway/src/subgraphs';
import { startDistributed, type RunningDistributed } from '../scripts/distributed';
import { seedTransport } from '../prisma/seed/transport';
import { gql } from './support/graphql';
import { describeIfService, freePort, startPostgres, startRedis } from './support/services';
import { settle, subscribe } from './support/subscribe';

jest.setTimeout(180_000);

describeIfService(['postgresql', 'redis'], 'transport, distributed (PostgreSQL + Redis + 2 gateway replicas)', () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let topo: RunningDistributed;
  let tripId: string;
  let seatCount: number;

  beforeAll(async () => {
    [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
    topo = await startDistributed({
      databaseUrl: pg.url,
      redisUrl: redis.url,
      subgraphPorts: Object.fromEntries(await Promise.all(SUBGRAPHS.map(async (s) => [s.name, await freePort()]))),
      gatewayPorts: [await freePort(), await freePort()],
      demoProducts: 5,
      // 200 buyers all come from this test's one address: the hoarding caps (decision 0025) are off, this is about concurrency.
      env: { LOG_LEVEL: 'warn', TRANSPORT_HOLD_MAX_SEATS: '0', TRANSPORT_HOLD_MAX_SEATS_PER_WINDOW: '0' },
    });
    const db = await openDatabase({ url: pg.url });
    const prisma = createPrismaClient(db);
    try {
      await seedTransport(prisma);
      const coach = await prisma.vehicle.findFirstOrThrow({ where: { registration: 'LSR-202-XB' } });
      const trip = await prisma.trip.findFirstOrThrow({ where: { vehicleId: coach.id, departureAt: { gt: new Date() } }, orderBy: { departureAt: 'asc' } });
      tripId = trip.id;
      seatCount = await prisma.tripSeat.count({ where: { tripId } });
    } finally {
      await prisma.$disconnect();
      await db.close();
    }
  });
  afterAll(async () => {
    await topo?.stop();
    await redis?.stop();
    await pg?.stop();
  });

  const hold = (url: string, labels: string[]) => gql(url, 'mutation ($t: ID!, $l: [String!]!) { holdSeats(tripId: $t, seatLabels: $l) { holdToken hold { seatLabels } userErrors { code } } }', { t: tripId, l: labels }, { 'x-tenant': 'jibowu-park' });

  it('delivers a hold made through replica 2 to a seat-map subscriber on replica 1', async () => {
    const [one, two] = topo.gatewayUrls;
    const sub = subscribe<{ seatMap: { kind: string; seatLabels: string[] } }>(one.replace(/^http/, 'ws'), `subscription { seatMap(tripId: "${tripId}") { kind seatLabels } }`, { tenant: 'abc-transport' });
    try {
      await settle(700);
      const r = await hold(two, ['12D']);
      const token = r.data.holdSeats.holdToken;
      expect((await sub.next((e) => e.seatMap.kind === 'HELD')).seatMap.seatLabels).toEqual(['12D']);
      await gql(two, 'mutation ($t: String!) { releaseSeatHold(holdToken: $t) { hold { status } } }', { t: token }, { 'x-tenant': 'jibowu-park' });
      expect((await sub.next((e) => e.seatMap.kind === 'RELEASED')).seatMap.seatLabels).toEqual(['12D']);
    } finally {
      await sub.close();
    }
  });

  it('gives no seat two holders under 200 concurrent holds through both replicas on PostgreSQL', async () => {
    const labels = (await gql(topo.gatewayUrls[0], 'query ($t: ID!) { seatMap(tripId: $t) { seats { label state } } }', { t: tripId }, { 'x-tenant': 'abc-transport' })).data.seatMap.seats
      .filter((x: any) => x.state === 'AVAILABLE')
      .map((x: any) => x.label)
      .slice(0, 30);
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => hold(topo.gatewayUrls[i % 2], Array.from({ length: 1 + rnd(2) }, () => labels[rnd(labels.length)]))));
    const won = results.filter((r) => r.data?.holdSeats?.holdToken).flatMap((r) => r.data.holdSeats.hold.seatLabels as string[]);
    const codes = new Set(results.flatMap((r) => (r.data?.holdSeats?.userErrors ?? []).map((e: any) => e.code)));
    expect(results.every((r) => !r.errors)).toBe(true);
    expect([...codes]).toEqual(['SEAT_UNAVAILABLE']);
    expect(new Set(won).size).toBe(won.length);
    const map = (await gql(topo.gatewayUrls[1], 'query ($t: ID!) { seatMap(tripId: $t) { available seats { label state } } }', { t: tripId }, { 'Cache-Control': 'no-cache', 'x-tenant': 'abc-transport' })).data.seatMap;
    expect(map.seats.filter((x: any) => x.state === 'HELD').map((x: any) => x.label).sort()).toEqual([...won].sort());
    expect(seatCount).toBeGreaterThan(30);
  });
});
