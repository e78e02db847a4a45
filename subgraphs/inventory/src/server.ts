import { OutboxDispatcher, startSubgraph, type StartSubgraph } from '@webwaka/kit';
import { schema } from './schema';

export { schema };

/** The inventory subgraph: locations, stock, movements, reservations, channel allocation, offline sync. */
export const startInventory: StartSubgraph = async (opts) => {
  const dispatcher = new OutboxDispatcher(opts.prisma, {});
  const running = await startSubgraph({ name: 'inventory', schema, prisma: opts.prisma, pubsub: opts.pubsub, dispatcher, port: opts.port, host: opts.host });
  dispatcher.start();
  return {
    ...running,
    async close() {
      await dispatcher.stop();
      await running.close();
    },
  };
};
