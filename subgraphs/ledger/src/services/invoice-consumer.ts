/**
 * The consumer of `ledger.invoice.requested` (payload: kit events.ts `InvoiceRequestPayload`). Delivery is at
 * least once; `issueInvoice` issues once per (tenant, key), so a redelivery changes nothing. A request that can
 * never be issued (malformed) is recorded as a RejectedPosting (the administrators' list of requests the
 * ledger refused), logged and acknowledged; anything else throws and the dispatcher retries.
 */
import { DomainError, logger, uuidv7, type OutboxEventRecord, type PrismaClient } from '@webwaka/kit';
import { issueInvoice, parseInvoiceRequest } from './invoices';

export function onInvoiceRequested(prisma: PrismaClient) {
  return async (event: OutboxEventRecord): Promise<void> => {
    let request;
    try {
      request = parseInvoiceRequest(event.tenantId, event.payload);
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      const key = (event.payload as { idempotencyKey?: unknown } | null)?.idempotencyKey;
      await prisma.rejectedPosting.createMany({
        data: [{ id: uuidv7(), tenantId: event.tenantId, eventId: event.id, idempotencyKey: typeof key === 'string' ? key.slice(0, 200) : null, reason: `INVOICE ${e.code}: ${e.message}`, payload: event.payload ?? {} }],
        skipDuplicates: true,
      });
      logger.warn('ledger: invoice request rejected', { eventId: event.id, tenantId: event.tenantId, reason: e.message });
      return;
    }
    const issued = await issueInvoice(prisma, request);
    if (!issued.created) logger.info('ledger: invoice request already issued', { eventId: event.id, idempotencyKey: request.idempotencyKey });
  };
}
