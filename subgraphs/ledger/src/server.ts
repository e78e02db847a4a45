import { logger, OutboxDispatcher, Peers, startSubgraph, topicHandlers, TOPICS, type StartSubgraph } from '@webwaka/kit';
import { schema } from './schema';
import { onPostingRequested } from './services/consumer';
import { onInvoiceRequested } from './services/invoice-consumer';
import { onPayoutHoldRequested } from './services/holds';
import { runDuePayouts } from './services/payouts';

export { schema };

/** How often the payout schedule is checked for books whose next run is due. */
const PAYOUT_SWEEP_MS = Number(process.env.PAYOUT_SWEEP_MS ?? 60_000);

/**
 * The ledger subgraph: accounts, the journal, statements, adjustments and payouts. Its dispatcher posts
 * the `ledger.posting.requested` events commerce and mlas write (exactly once per idempotency key); a job
 * makes the payout batches of books on a schedule.
 */
export const startLedger: StartSubgraph = async (opts) => {
  const { prisma } = opts;
  // One Peers for requests and the payout job (which asks catalog for payees' bank details).
  const peers = opts.peers ?? new Peers();
  const dispatcher = new OutboxDispatcher(
    prisma,
    topicHandlers({ [TOPICS.LEDGER_POSTING_REQUESTED]: [onPostingRequested(prisma)], [TOPICS.LEDGER_PAYOUT_HOLD_REQUESTED]: [onPayoutHoldRequested(prisma)], [TOPICS.LEDGER_INVOICE_REQUESTED]: [onInvoiceRequested(prisma)] }),
  );
  const running = await startSubgraph({ name: 'ledger', schema, prisma, pubsub: opts.pubsub, peers, dispatcher, port: opts.port, host: opts.host });
  dispatcher.start();
  let timer: NodeJS.Timeout | undefined;
  let sweep: Promise<void> | null = null;
  if (opts.jobs !== false) {
    timer = setInterval(() => {
      if (sweep) return;
      sweep = runDuePayouts(prisma, new Date(), peers)
        .then((n) => void (n && logger.info('ledger: scheduled payout batches created', { count: n })))
        .catch((e) => logger.error('ledger: payout schedule failed', { error: String(e) }))
        .finally(() => (sweep = null));
    }, PAYOUT_SWEEP_MS);
    timer.unref();
  }
  return {
    ...running,
    async close() {
      // Requests in flight first, then the dispatcher (kit stops it and hands back its leases; decision 0073).
      await running.close();
      if (timer) clearInterval(timer);
      await sweep;
    },
  };
};
