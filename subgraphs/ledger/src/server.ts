import { DomainError, logger, MEDIA_MAX_BYTES, OutboxDispatcher, Peers, startSubgraph, topicHandlers, TOPICS, type InternalRoute, type PrismaClient, type StartSubgraph, type VerifiedCall } from '@webwaka/kit';
import { schema } from './schema';
import { onPostingRequested } from './services/consumer';
import { onInvoiceRequested } from './services/invoice-consumer';
import { onPayoutHoldRequested } from './services/holds';
import { runDuePayouts } from './services/payouts';
import { readExpenseReceipt, uploadExpenseReceipt } from './services/expenses';

export { schema };

/** A receipt's base64 bytes (8 MB of photo) and a little JSON around them. */
const RECEIPT_BODY_LIMITS = { 'expense-receipt-upload': Math.ceil((MEDIA_MAX_BYTES * 4) / 3) + 64 * 1024 };

/**
 * Gateway-only routes (signed like every gateway call): expense receipts (decision 0082), the gateway's
 * `POST /expenses/receipts` and `GET /expenses/receipts/<id>/<file>` (services/expenses.ts).
 */
export function internalRoutes(prisma: PrismaClient, peers: Peers): Record<string, InternalRoute> {
  const callCtx = (call: VerifiedCall) => ({ prisma, peers, actor: call.actor, tenantId: call.actor.tenantId, requestId: call.requestId, ip: call.ip, eventsRecorded: () => {} });
  return {
    'expense-receipt-upload': async (body: { data?: string }, call) => {
      try {
        return { receipt: await uploadExpenseReceipt(callCtx(call), Buffer.from(String(body.data ?? ''), 'base64')) };
      } catch (e) {
        if (e instanceof DomainError) return { error: { code: e.code, message: e.message } };
        throw e;
      }
    },
    'expense-receipt': async (body: { id?: string; file?: string }, call) => {
      if (!call.actor.tenantId) return { photo: null };
      return { photo: await readExpenseReceipt(callCtx(call), String(body.id ?? ''), String(body.file ?? '')) };
    },
  };
}

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
  const running = await startSubgraph({ name: 'ledger', schema, prisma, pubsub: opts.pubsub, peers, dispatcher, port: opts.port, host: opts.host, internalRoutes: internalRoutes(prisma, peers), internalBodyLimits: RECEIPT_BODY_LIMITS });
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
