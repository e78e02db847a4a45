import { CHANNELS, OutboxDispatcher, logger, startSubgraph, topicHandlers, TOPICS, type StartSubgraph } from '@webwaka/kit';
import { schema } from './schema';
import { onVariantUpserted } from './services/items';
import { expireReservations } from './services/levels';
import { onMovementsRequested } from './services/offline';

export { schema };

/** How often overdue reservations are marked EXPIRED (reads and writers treat them as released anyway). */
const SWEEP_INTERVAL_MS = Number(process.env.RESERVATION_SWEEP_MS ?? 15_000);

/**
 * The inventory subgraph: locations, stock, movements, reservations, channel allocation, offline sync.
 * Its dispatcher keeps the item projection in step with catalog's variants and, after each committed
 * stock change, publishes the changed levels to the live `inventoryChanged` feed; a sweeper expires
 * overdue reservations.
 */
export const startInventory: StartSubgraph = async (opts) => {
  const { prisma, pubsub } = opts;
  const dispatcher = new OutboxDispatcher(
    prisma,
    topicHandlers({
      [TOPICS.CATALOG_VARIANT_UPSERTED]: [onVariantUpserted(prisma)],
      // A till's sales and restocked returns (pos).
      [TOPICS.INVENTORY_MOVEMENTS_REQUESTED]: [onMovementsRequested(prisma, () => dispatcher.nudge())],
      [TOPICS.INVENTORY_STOCK_CHANGED]: [
        async (e) => {
          for (const id of e.payload.stockLevelIds) await pubsub.publish(CHANNELS.inventory(e.tenantId), { id });
          // Changes without a mutation (expiry sweeps, event-driven ones) must reach cached storefront answers too.
          if (e.payload.availabilityChanged) await pubsub.publish(CHANNELS.tenantDataChanged, { tenantId: e.tenantId });
        },
      ],
    }),
  );
  const running = await startSubgraph({ name: 'inventory', schema, prisma, pubsub, peers: opts.peers, dispatcher, port: opts.port, host: opts.host });
  dispatcher.start();
  let sweepTimer: NodeJS.Timeout | undefined;
  let sweep: Promise<void> | null = null;
  if (opts.jobs !== false) {
    sweepTimer = setInterval(() => {
      if (sweep) return;
      sweep = expireReservations(prisma)
        .then((n) => {
          if (!n) return;
          logger.info('expired overdue reservations', { count: n });
          dispatcher.nudge();
        })
        .catch((e) => logger.error('reservation sweep failed', { error: String(e) }))
        .finally(() => (sweep = null));
    }, SWEEP_INTERVAL_MS);
    sweepTimer.unref();
  }
  return {
    ...running,
    async close() {
      // Requests in flight first, then the dispatcher (kit stops it and hands back its leases; decision 0073).
      await running.close();
      if (sweepTimer) clearInterval(sweepTimer);
      await sweep;
    },
  };
};
