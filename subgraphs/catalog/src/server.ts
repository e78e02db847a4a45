import { OutboxDispatcher, startSubgraph, type StartSubgraph } from '@webwaka/kit';
import { schema } from './schema';

export { schema };

/** The catalog subgraph: vendors, products, variants, categories, collections, listings, prices, search. */
export const startCatalog: StartSubgraph = async (opts) => {
  // Catalog consumes no other capability's events yet; its own events are consumed by inventory.
  const dispatcher = new OutboxDispatcher(opts.prisma, {});
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
