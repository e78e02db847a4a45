import { OutboxDispatcher, Peers, startSubgraph, topicHandlers, TOPICS, type StartSubgraph } from '@webwaka/kit';
import { schema } from './schema';
import { onDisputeChanged, onOrderPaid, onOrderRefunded } from './services/commissions';
import { onTicketSold } from './services/tickets';
import { ensurePresets } from './services/presets';

export { schema };

/**
 * The mlas subgraph: agents, attribution, revenue models and commissions. Its dispatcher consumes
 * commerce's paid, dispute and refund events and transport's ticket sales (agents' commissions), and
 * answers each with commission rows and ledger posting requests; the preset revenue models are written at start when missing.
 */
export const startMlas: StartSubgraph = async (opts) => {
  const { prisma } = opts;
  const peers = opts.peers ?? new Peers();
  await ensurePresets(prisma);
  const dispatcher = new OutboxDispatcher(
    prisma,
    topicHandlers({
      [TOPICS.COMMERCE_ORDER_PAID]: [onOrderPaid(prisma, peers)],
      [TOPICS.COMMERCE_ORDER_DISPUTE_CHANGED]: [onDisputeChanged(prisma)],
      [TOPICS.COMMERCE_ORDER_REFUNDED]: [onOrderRefunded(prisma)],
      [TOPICS.TRANSPORT_TICKET_SOLD]: [onTicketSold(prisma, peers)],
    }),
  );
  const running = await startSubgraph({ name: 'mlas', schema, prisma, pubsub: opts.pubsub, peers, dispatcher, port: opts.port, host: opts.host });
  dispatcher.start();
  return {
    ...running,
    async close() {
      // Requests in flight first, then the dispatcher (kit stops it and hands back its leases; decision 0073).
      await running.close();
    },
  };
};
