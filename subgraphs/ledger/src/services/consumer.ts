/**
 * The consumer of `ledger.posting.requested` (payload: kit events.ts `PostingRequestPayload`). Delivery is at least once, so a request is
 * posted exactly once per (tenantId, idempotencyKey) and a redelivery changes nothing. A request that can
 * never be posted (malformed, unbalanced, a key reused with other content, refused by the database's
 * rules) is recorded as a RejectedPosting — once per event — logged, and acknowledged, so it is not
 * retried forever. Anything else (the database unreachable) throws, and the dispatcher retries.
 */
import { DomainError, logger, uuidv7, type OutboxEventRecord, type PrismaClient } from '@webwaka/kit';
import { parsePostingPayload, postJournalEntry } from './posting';

export function onPostingRequested(prisma: PrismaClient) {
  return async (event: OutboxEventRecord): Promise<void> => {
    try {
      const request = parsePostingPayload(event.tenantId, event.payload);
      const posted = await postJournalEntry(prisma, request);
      if (!posted.created) logger.info('ledger: posting request already posted', { eventId: event.id, idempotencyKey: request.idempotencyKey });
    } catch (e) {
      const reason = refusalReason(e);
      if (reason === null) throw e;
      await rejectPosting(prisma, event, reason);
    }
  };
}

/** Why a request can never be posted, or null when the failure may pass (retry). */
function refusalReason(e: unknown): string | null {
  if (e instanceof DomainError) return `${e.code}: ${e.message}`;
  // A rule of the database's own: the ledger's triggers raise check_violation (SQLSTATE 23514).
  const message = String((e as Error)?.message ?? e);
  if (/\b23514\b|check_violation/.test(message)) return `REFUSED_BY_DATABASE: ${message.slice(0, 500)}`;
  return null;
}

async function rejectPosting(prisma: PrismaClient, event: OutboxEventRecord, reason: string) {
  const key = (event.payload as { idempotencyKey?: unknown } | null)?.idempotencyKey;
  await prisma.rejectedPosting.createMany({
    data: [{ id: uuidv7(), tenantId: event.tenantId, eventId: event.id, idempotencyKey: typeof key === 'string' ? key.slice(0, 200) : null, reason, payload: event.payload ?? {} }],
    skipDuplicates: true,
  });
  logger.warn('ledger: posting request rejected', { eventId: event.id, tenantId: event.tenantId, idempotencyKey: key, reason });
}
