import { CHANNELS, OutboxDispatcher, Peers, logger, startSubgraph, topicHandlers, TOPICS, type PrismaClient, type PubSub, type StartSubgraph } from '@webwaka/kit';
import { schema } from './schema';
import { expireHolds } from './services/holds';
import { sweepViewers } from './services/presence';
import { onOrderPaid } from './services/purchases';

export { schema };

/** How often overdue holds are marked EXPIRED and announced (readers treat them as free at once anyway). */
const HOLD_SWEEP_MS = () => Number(process.env.TRANSPORT_HOLD_SWEEP_MS ?? 5_000);
/** How often viewers past the presence window are forgotten (and their trips' counts announced). */
const PRESENCE_SWEEP_MS = () => Number(process.env.TRANSPORT_PRESENCE_SWEEP_MS ?? 5_000);

/**
 * After a seat change committed: live `seatMap(tripId)` subscribers hear of it (the event id on the trip's
 * channel), and gateways drop cached anonymous answers of the operator and of every park listing it, so
 * polling seat maps see the change too.
 */
function onSeatsChanged(prisma: PrismaClient, pubsub: PubSub) {
  return async (e: { tenantId: string; payload: any }) => {
    await pubsub.publish(CHANNELS.transportSeats(e.payload.tripId), { id: e.payload.seatEventId });
    const parks = await prisma.parkListing.findMany({ where: { operatorTenantId: e.tenantId, status: 'APPROVED' }, select: { tenantId: true } });
    for (const tenantId of [e.tenantId, ...parks.map((p) => p.tenantId)]) await pubsub.publish(CHANNELS.tenantDataChanged, { tenantId });
  };
}

/** A background job that runs `work` every `ms`, never two at once; `close` waits for the running one. */
function every(ms: number, name: string, work: () => Promise<unknown>) {
  let running: Promise<unknown> | null = null;
  const timer = setInterval(() => {
    if (running) return;
    running = work()
      .catch((e) => logger.error(`${name} failed`, { error: String(e) }))
      .finally(() => (running = null));
  }, ms);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}

/**
 * The transport subgraph: operators' networks, trips and seats, holds, bookings and signed tickets,
 * agents' allotments and offline sales, motor park listings, presence. Its dispatcher publishes seat
 * changes after commit; sweepers expire overdue holds and forget departed viewers.
 */
export const startTransport: StartSubgraph = async (opts) => {
  const { prisma, pubsub } = opts;
  const dispatcher: OutboxDispatcher = new OutboxDispatcher(
    prisma,
    topicHandlers({
      [TOPICS.TRANSPORT_SEATS_CHANGED]: [onSeatsChanged(prisma, pubsub)],
      // Online purchases: a paid commerce order books its seats (services/purchases.ts).
      [TOPICS.COMMERCE_EXTERNAL_ORDER_PAID]: [onOrderPaid(prisma, () => dispatcher.nudge(), opts.peers ?? new Peers())],
    }),
  );
  const running = await startSubgraph({ name: 'transport', schema, prisma, pubsub, peers: opts.peers, dispatcher, port: opts.port, host: opts.host });
  dispatcher.start();
  const jobs =
    opts.jobs === false
      ? []
      : [
          every(HOLD_SWEEP_MS(), 'hold sweep', async () => {
            if (await expireHolds(prisma)) dispatcher.nudge();
          }),
          every(PRESENCE_SWEEP_MS(), 'presence sweep', () => sweepViewers(prisma, pubsub)),
        ];
  return {
    ...running,
    async close() {
      // Requests in flight first, then the dispatcher (kit stops it and hands back its leases; decision 0073).
      await running.close();
      for (const stop of jobs) await stop();
    },
  };
};
