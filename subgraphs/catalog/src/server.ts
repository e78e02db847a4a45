import { CHANNELS, DomainError, OutboxDispatcher, type VerifiedCall, logger, startSubgraph, topicHandlers, TOPICS, type StartSubgraph } from '@webwaka/kit';
import { schema } from './schema';
import { applyAvailabilityChanged } from './services/availability';
import { MEDIA_MAX_BYTES, uploadMedia } from './services/media';
import { refreshCatalogStatistics } from './services/statistics';

export { schema };

/** How often catalog checks whether its tables' planner statistics went stale. */
const STATISTICS_INTERVAL_MS = Number(process.env.CATALOG_STATISTICS_INTERVAL_MS ?? 60_000);

/**
 * The catalog subgraph: vendors, products, variants, categories, collections, listings, prices, search.
 * Its dispatcher consumes inventory's `inventory.availability.changed` (catalog is that topic's only
 * consumer) into the VariantAvailability projection search filters on, and announces the change to the
 * gateways' anonymous response caches. Catalog's own topics
 * (`catalog.variant.upserted` for inventory, `catalog.vendor.status_changed` for identity) are delivered by their
 * consumers' dispatchers.
 */
export const startCatalog: StartSubgraph = async (opts) => {
  // Fresh statistics before the first query (see refreshCatalogStatistics), then as the data changes.
  await refreshCatalogStatistics(opts.prisma);
  let statsTimer: NodeJS.Timeout | undefined;
  if (opts.jobs !== false) {
    statsTimer = setInterval(() => refreshCatalogStatistics(opts.prisma).catch((e) => logger.error('catalog: statistics refresh failed', { error: String(e) })), STATISTICS_INTERVAL_MS);
    statsTimer.unref();
  }
  const dispatcher = new OutboxDispatcher(
    opts.prisma,
    topicHandlers({
      [TOPICS.INVENTORY_AVAILABILITY_CHANGED]: [
        async (e) => {
          await applyAvailabilityChanged(opts.prisma, e);
          // Search's in-stock answers changed without a mutation: gateways drop the tenant's cached anonymous reads.
          await opts.pubsub.publish(CHANNELS.tenantDataChanged, { tenantId: e.tenantId });
        },
      ],
    }),
  );
  // peers: publishing asks identity whether the tenant is a marketplace (services/marketplace.ts).
  // media-upload: the gateway's `POST /media/uploads` (photo bytes in base64; services/media.ts).
  const internalRoutes = {
    'media-upload': async (body: { data?: string }, call: VerifiedCall) => {
      const ctx = { prisma: opts.prisma, actor: call.actor, tenantId: call.actor.tenantId, requestId: call.requestId, ip: call.ip, eventsRecorded: () => {} };
      try {
        return { media: await uploadMedia(ctx, String(body.data ?? '')) };
      } catch (e) {
        if (e instanceof DomainError) return { error: { code: e.code, message: e.message } };
        throw e;
      }
    },
  };
  const internalBodyLimits = { 'media-upload': Math.ceil((MEDIA_MAX_BYTES * 4) / 3) + 64 * 1024 };
  const running = await startSubgraph({ name: 'catalog', schema, prisma: opts.prisma, pubsub: opts.pubsub, peers: opts.peers, dispatcher, port: opts.port, host: opts.host, internalRoutes, internalBodyLimits });
  dispatcher.start();
  return {
    ...running,
    async close() {
      // Requests in flight first, then the dispatcher (kit stops it and hands back its leases; decision 0073).
      await running.close();
      if (statsTimer) clearInterval(statsTimer);
    },
  };
};
