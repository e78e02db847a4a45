import { OutboxDispatcher, startSubgraph, type StartSubgraph } from '@webwaka/kit';
import { schema } from './schema';
import { AVAILABILITY_CHANGED, applyAvailabilityChanged } from './services/availability';

export { schema };

/**
 * The catalog subgraph: vendors, products, variants, categories, collections, listings, prices, search.
 * Its dispatcher consumes inventory's `inventory.availability.changed` (catalog is that topic's only
 * consumer) into the VariantAvailability projection search filters on. Catalog's own topics
 * (`catalog.variant.upserted` for inventory, `catalog.vendor.status_changed`) are delivered by their
 * consumers' dispatchers.
 */
export const startCatalog: StartSubgraph = async (opts) => {
  const dispatcher = new OutboxDispatcher(opts.prisma, {
    [AVAILABILITY_CHANGED]: [(e) => applyAvailabilityChanged(opts.prisma, e)],
  });
  const running = await startSubgraph({ name: 'catalog', schema, prisma: opts.prisma, pubsub: opts.pubsub, dispatcher, port: opts.port, host: opts.host });
  dispatcher.start();
  return {
    ...running,
    async close() {
      await dispatcher.stop();
      await running.close();
    },
  };
};
