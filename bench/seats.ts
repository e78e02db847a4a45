/**
 * Seat benchmarks (issue 6), for bench/run.ts or on their own (`npx tsx bench/seats.ts [--subscribers 1000
 * --rounds 30 --clients 200 --seats 20 --duration 10]`, which starts a stack like bench/run.ts does and
 * prints one JSON line per scenario):
 * - `seatEventLatency`: N graphql-ws subscribers of one trip's `seatMap`; a seat is held over HTTP and the
 *   time from sending `holdSeats` to each subscriber's HELD event is recorded (commit, outbox dispatch,
 *   pubsub, per-subscriber hydration through the gateway). p50/p95/p99 over every delivery.
 * - `holdContention`: many clients racing for few seats of another trip: each loop holds a random seat and
 *   releases it once it has it. Reports successful holds/s, refusals (SEAT_UNAVAILABLE)/s, latency, and
 *   checks the API never reported one seat held twice at once.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export const TRANSPORT_TENANT = 'abc-transport';

interface Gql {
  <T>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[] }>;
}

function gqlClient(gatewayUrl: string, tenant = TRANSPORT_TENANT): Gql {
  return async (query, variables = {}) => {
    const res = await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tenant': tenant }, body: JSON.stringify({ query, variables }) });
    return (await res.json()) as never;
  };
}

/** Progress goes to stderr; stdout carries only the JSON result lines. */
const progress = (message: string) => process.stderr.write(`${message}\n`);

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);
const round = (x: number) => Math.round(x * 10) / 10;

/** A trip of the demo operator departing tomorrow (Lagos) on a route, with its seat labels. */
export async function benchTrip(gatewayUrl: string, origin: string, destination: string): Promise<{ id: string; seats: string[] }> {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Lagos', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + 24 * 3600_000));
  const r = await gqlClient(gatewayUrl)<{ searchTrips: { id: string; seatMap: { seats: { label: string; state: string }[] } }[] }>(
    'query($o: String!, $d: String!, $day: String!) { searchTrips(origin: $o, destination: $d, date: $day) { id seatMap { seats { label state } } } }',
    { o: origin, d: destination, day: date },
  );
  const trip = r.data?.searchTrips[0];
  if (!trip) throw new Error(`no ${origin}-${destination} trip tomorrow: ${JSON.stringify(r.errors)}`);
  return { id: trip.id, seats: trip.seatMap.seats.filter((s) => s.state === 'AVAILABLE').map((s) => s.label) };
}

/** How long a round waits for every subscriber's event before counting the rest as missed. */
const ROUND_TIMEOUT_MS = 60_000;

const HOLD = 'mutation($t: ID!, $s: [String!]!) { holdSeats(tripId: $t, seatLabels: $s) { holdToken userErrors { code } } }';
const RELEASE = 'mutation($h: String!) { releaseSeatHold(holdToken: $h) { userErrors { code } } }';

export interface LatencyResult {
  scenario: 'seat-event-latency';
  subscribers: number;
  rounds: number;
  deliveries: number;
  missed: number;
  p50ms: number;
  p95ms: number;
  p99ms: number;
  connectMs: number;
}

/** Hold-to-subscriber latency with `subscribers` graphql-ws clients on one trip. */
export async function seatEventLatency(opts: { gatewayUrl: string; wsUrl: string; subscribers?: number; rounds?: number }): Promise<LatencyResult> {
  const subscribers = opts.subscribers ?? 1000;
  const rounds = opts.rounds ?? 30;
  const trip = await benchTrip(opts.gatewayUrl, 'Lagos', 'Abuja');
  const gql = gqlClient(opts.gatewayUrl);
  const clients: Client[] = [];
  const waiting = new Map<string, { sentAt: number; latencies: number[]; done: () => void }>();
  const query = 'subscription($t: ID!) { seatMap(tripId: $t) { kind seatLabels } }';

  const connectStarted = performance.now();
  let subscribed = 0;
  const allSubscribed = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`only ${subscribed}/${subscribers} subscribed`)), 120_000);
    const onSubscribed = () => {
      if (++subscribed === subscribers) {
        clearTimeout(timer);
        resolve();
      }
    };
    // Connect in batches so the gateway is not asked to authorise a thousand sockets in one tick.
    void (async () => {
      for (let i = 0; i < subscribers; i += 100) {
        const batch = Array.from({ length: Math.min(100, subscribers - i) }, () => {
          const client = createClient({ url: opts.wsUrl, webSocketImpl: WebSocket, connectionParams: { tenant: TRANSPORT_TENANT }, lazy: false, retryAttempts: 0 });
          clients.push(client);
          return new Promise<void>((connected) => {
            client.on('connected', () => connected());
            client.subscribe<{ seatMap: { kind: string; seatLabels: string[] } }>(
              { query, variables: { t: trip.id } },
              {
                next: (r) => {
                  const event = r.data?.seatMap;
                  if (event?.kind !== 'HELD') return;
                  const round = waiting.get(event.seatLabels[0]);
                  if (!round) return;
                  round.latencies.push(performance.now() - round.sentAt);
                  if (round.latencies.length === subscribers) round.done();
                },
                error: (e) => reject(new Error(`subscription failed: ${JSON.stringify(e)}`)),
                complete: () => undefined,
              },
            );
          }).then(onSubscribed);
        });
        await Promise.all(batch);
      }
    })();
  });
  await allSubscribed;
  // The subscribe message follows `connected`; give the gateway a moment to register the last ones.
  await new Promise((r) => setTimeout(r, 1_000));
  const connectMs = performance.now() - connectStarted;
  progress(`seat-event-latency: ${subscribers} subscribed in ${Math.round(connectMs)} ms`);

  const latencies: number[] = [];
  let missed = 0;
  for (let i = 0; i < rounds; i++) {
    const label = trip.seats[i % trip.seats.length];
    const entry = { sentAt: performance.now(), latencies: [] as number[], done: () => undefined as void };
    const finished = new Promise<void>((resolve) => {
      entry.done = resolve;
      setTimeout(resolve, ROUND_TIMEOUT_MS);
    });
    waiting.set(label, entry);
    entry.sentAt = performance.now();
    const held = await gql<{ holdSeats: { holdToken: string | null; userErrors: { code: string }[] } }>(HOLD, { t: trip.id, s: [label] });
    const token = held.data?.holdSeats.holdToken;
    if (!token) throw new Error(`hold failed: ${JSON.stringify(held)}`);
    await finished;
    waiting.delete(label);
    latencies.push(...entry.latencies);
    missed += subscribers - entry.latencies.length;
    progress(`seat-event-latency: round ${i + 1}/${rounds}, ${entry.latencies.length}/${subscribers} delivered, slowest ${Math.round(Math.max(0, ...entry.latencies))} ms`);
    await gql(RELEASE, { h: token });
  }
  await Promise.all(clients.map((c) => c.dispose()));
  latencies.sort((a, b) => a - b);
  return { scenario: 'seat-event-latency', subscribers, rounds, deliveries: latencies.length, missed, p50ms: round(percentile(latencies, 50)), p95ms: round(percentile(latencies, 95)), p99ms: round(percentile(latencies, 99)), connectMs: Math.round(connectMs) };
}

export interface ContentionResult {
  scenario: 'hold-contention';
  clients: number;
  seats: number;
  durationS: number;
  holdsPerSec: number;
  refusedPerSec: number;
  errors: number;
  p50ms: number;
  p95ms: number;
  doubleHolds: number;
}

/** `clients` loops racing for `seats` seats for `durationS` seconds. */
export async function holdContention(opts: { gatewayUrl: string; clients?: number; seats?: number; durationS?: number }): Promise<ContentionResult> {
  const clients = opts.clients ?? 200;
  const durationS = opts.durationS ?? 10;
  const trip = await benchTrip(opts.gatewayUrl, 'Abuja', 'Lagos');
  const seats = trip.seats.slice(0, opts.seats ?? 20);
  const gql = gqlClient(opts.gatewayUrl);
  const holders = new Map<string, number>();
  let holds = 0;
  let refused = 0;
  let errors = 0;
  let doubleHolds = 0;
  const latencies: number[] = [];
  const deadline = Date.now() + durationS * 1000;

  const loop = async () => {
    while (Date.now() < deadline) {
      const label = seats[Math.floor(Math.random() * seats.length)];
      const started = performance.now();
      try {
        const r = await gql<{ holdSeats: { holdToken: string | null; userErrors: { code: string }[] } }>(HOLD, { t: trip.id, s: [label] });
        latencies.push(performance.now() - started);
        const token = r.data?.holdSeats.holdToken;
        if (token) {
          holds++;
          // The API said this seat is ours: nobody else may be holding it now.
          if ((holders.get(label) ?? 0) > 0) doubleHolds++;
          holders.set(label, (holders.get(label) ?? 0) + 1);
          const released = gql(RELEASE, { h: token });
          holders.set(label, holders.get(label)! - 1);
          await released;
        } else if (r.data?.holdSeats.userErrors[0]?.code === 'SEAT_UNAVAILABLE') refused++;
        else errors++;
      } catch {
        errors++;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, loop));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { scenario: 'hold-contention', clients, seats: seats.length, durationS, holdsPerSec: Math.round(holds / seconds), refusedPerSec: Math.round(refused / seconds), errors, p50ms: round(percentile(latencies, 50)), p95ms: round(percentile(latencies, 95)), doubleHolds };
}

/** Standalone: a stack in a child process (like bench/run.ts), then both scenarios. */
async function main() {
  const { values } = parseArgs({
    options: { subscribers: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '30' }, clients: { type: 'string', default: '200' }, seats: { type: 'string', default: '20' }, duration: { type: 'string', default: '10' } },
  });
  const root = path.resolve(__dirname, '..');
  const child = spawn(process.execPath, [require.resolve('tsx/cli', { paths: [root] }), path.join(__dirname, 'stack.ts')], {
    cwd: root,
    env: { ...process.env, LOG_LEVEL: 'silent', RATE_LIMIT_PER_SECOND: '1000000', RATE_LIMIT_BURST: '1000000', WS_MAX_SOCKETS_PER_IP: '1000000', WS_MAX_SUBSCRIPTIONS_PER_CALLER: '1000000', TRANSPORT_HOLD_MAX_SEATS: '0', TRANSPORT_HOLD_MAX_SEATS_PER_WINDOW: '0', BENCH_PRODUCTS: process.env.BENCH_PRODUCTS ?? '100' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve) => readline.createInterface({ input: child.stdout! }).once('line', resolve));
  const { gateway } = JSON.parse(line) as { gateway: string };
  const wsUrl = gateway.replace(/^http/, 'ws');
  try {
    console.log(JSON.stringify(await seatEventLatency({ gatewayUrl: gateway, wsUrl, subscribers: Number(values.subscribers), rounds: Number(values.rounds) })));
    console.log(JSON.stringify(await holdContention({ gatewayUrl: gateway, clients: Number(values.clients), seats: Number(values.seats), durationS: Number(values.duration) })));
  } finally {
    child.kill('SIGTERM');
  }
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
