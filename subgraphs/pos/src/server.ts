import { startSubgraph, type StartSubgraph } from '@webwaka/kit';
import { schema } from './schema';

export { schema };

/**
 * The point-of-sale subgraph: tills, cashiers, sessions and the events tills sync (decision 0052). It
 * consumes no topic, so it runs no dispatcher: what a synced sale asks of commerce, inventory and the
 * ledger is delivered by theirs.
 */
export const startPos: StartSubgraph = async (opts) =>
  startSubgraph({ name: 'pos', schema, prisma: opts.prisma, pubsub: opts.pubsub, peers: opts.peers, port: opts.port, host: opts.host });
