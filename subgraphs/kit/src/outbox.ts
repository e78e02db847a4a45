import type { PrismaClient, Prisma } from './db';
import { SpanKind, activeRequestId, activeSpanContext, failSpan, inSpan, outsideTraces, uuidv7, logger, type SpanContext } from '@webwaka/protocol';

/**
 * Transactional outbox. A capability writes its domain event in the same transaction as the state change
 * (`recordEvent(tx, ...)`), so an event exists exactly when the change committed. A dispatcher then
 * delivers each event at least once to the handlers registered for its topic; handlers must be idempotent
 * on `event.id`. Batches are leased (`lockedUntil`) so several replicas can dispatch without delivering
 * the same batch at the same time, and a crashed dispatcher's lease simply runs out.
 */
export interface OutboxEventRecord {
  id: string;
  tenantId: string;
  topic: string;
  payload: any;
  createdAt: Date;
  attempts: number;
}

export type OutboxHandler = (event: OutboxEventRecord) => Promise<void>;

type Tx = Pick<Prisma.TransactionClient, 'outboxEvent'>;

/**
 * Any topic, any JSON: the mechanism. Services record through `recordEvent` (events.ts), which takes only
 * declared topics with their payload types; this one is for the kit's own tests and replays of stored events.
 */
export async function recordOutboxEvent(tx: Tx, event: { tenantId: string; topic: string; payload: Prisma.InputJsonValue }): Promise<string> {
  const id = uuidv7();
  await tx.outboxEvent.create({ data: { id, ...event } });
  rememberWriter(id);
  return id;
}

/**
 * Where each event this process wrote was written (traced processes only, decision 0072), so its delivery
 * continues the writer's trace. Kept in memory rather than in the row: a delivery in another process (the
 * distributed topology) starts a trace of its own, found through the event id it carries. Bounded; an
 * entry goes when its event is delivered here or when newer ones push it out.
 */
const writers = new Map<string, { span: SpanContext; requestId: string | null }>();
const MAX_WRITERS = 10_000;

export function rememberWriter(eventId: string): void {
  const span = activeSpanContext();
  if (!span) return;
  if (writers.size >= MAX_WRITERS) writers.delete(writers.keys().next().value!);
  writers.set(eventId, { span, requestId: activeRequestId() });
}

const LEASE_SECONDS = 30;
const MAX_ATTEMPTS = 10;

export class OutboxDispatcher {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopping = false;
  /** The service whose traces show this dispatcher's deliveries (the subgraph server sets it). */
  service: string | undefined;

  constructor(
    private readonly prisma: PrismaClient,
    private readonly handlers: Record<string, OutboxHandler[]>,
    private readonly opts: {
      pollMs?: number;
      batchSize?: number;
      /** Called after an event's handlers all succeeded (e.g. to announce the tenant's data changed). */
      onDelivered?: (event: OutboxEventRecord) => Promise<void>;
    } = {},
  ) {}

  start(): void {
    if (this.timer) return;
    this.stopping = false;
    this.timer = setInterval(() => this.nudge(), this.opts.pollMs ?? 500);
    this.timer.unref();
    this.nudge();
  }

  /**
   * Stops after the event being delivered: the rest of the batch is handed back (lease cleared, the attempt
   * not counted), so another replica takes it at its next poll rather than after the lease runs out
   * (decision 0073). Nudges after this do nothing.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Dispatch now (called after a commit that wrote events, so delivery does not wait for the poll). */
  nudge(): void {
    if (this.stopping) return;
    if (this.running) {
      this.again = true;
      return;
    }
    // Not a child of the request whose commit woke it: each delivery continues its own event's trace.
    this.running = outsideTraces(() => this.drain())
      .catch((e) => logger.error('outbox: dispatch failed', { error: String(e) }))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  }

  /**
   * What waits for this dispatcher, for the metrics (read when scraped, never per event): the events not yet
   * delivered and the age of the oldest, and those given up on after MAX_ATTEMPTS. One query on the
   * (dispatchedAt, createdAt) index.
   */
  async backlog(): Promise<{ pending: number; oldestAgeSeconds: number; failed: number }> {
    const topics = Object.keys(this.handlers);
    if (topics.length === 0) return { pending: 0, oldestAgeSeconds: 0, failed: 0 };
    const [row] = await this.prisma.$queryRaw<{ pending: bigint; failed: bigint; age: number | null }[]>`
      SELECT count(*) FILTER (WHERE "attempts" < ${MAX_ATTEMPTS}) AS "pending",
             count(*) FILTER (WHERE "attempts" >= ${MAX_ATTEMPTS}) AS "failed",
             EXTRACT(EPOCH FROM now() - min("createdAt") FILTER (WHERE "attempts" < ${MAX_ATTEMPTS}))::float8 AS "age"
      FROM "kit"."OutboxEvent" WHERE "dispatchedAt" IS NULL AND "topic" = ANY(${topics})`;
    return { pending: Number(row?.pending ?? 0), oldestAgeSeconds: Math.max(0, row?.age ?? 0), failed: Number(row?.failed ?? 0) };
  }

  /** Delivers everything due; resolves when the outbox holds nothing deliverable. */
  async drain(): Promise<void> {
    const topics = Object.keys(this.handlers);
    if (topics.length === 0) return;
    for (;;) {
      const batch = await this.prisma.$queryRaw<OutboxEventRecord[]>`
        UPDATE "kit"."OutboxEvent" SET "lockedUntil" = now() + make_interval(secs => ${LEASE_SECONDS}), "attempts" = "attempts" + 1
        WHERE "id" IN (
          SELECT "id" FROM "kit"."OutboxEvent"
          WHERE "dispatchedAt" IS NULL AND "topic" = ANY(${topics}) AND "attempts" < ${MAX_ATTEMPTS}
            AND ("lockedUntil" IS NULL OR "lockedUntil" < now())
          ORDER BY "createdAt", "id" LIMIT ${this.opts.batchSize ?? 50}
          FOR UPDATE SKIP LOCKED)
        RETURNING "id", "tenantId", "topic", "payload", "createdAt", "attempts"`;
      if (batch.length === 0) return;
      batch.sort((a, b) => (a.id < b.id ? -1 : 1));
      for (const [i, event] of batch.entries()) {
        if (this.stopping) return this.release(batch.slice(i));
        await this.deliver(event);
      }
      if (this.stopping) return;
    }
  }

  /** One event to its handlers, in a span continuing the trace that wrote it when this process knows it. */
  private deliver(event: OutboxEventRecord): Promise<void> {
    const writer = writers.get(event.id);
    const attributes = { 'messaging.system': 'webwaka-outbox', 'messaging.operation.type': 'process', 'messaging.destination.name': event.topic, 'messaging.message.id': event.id, 'webwaka.outbox.attempt': event.attempts };
    return inSpan(
      this.service ?? 'outbox',
      `outbox deliver ${event.topic}`,
      { kind: SpanKind.CONSUMER, attributes, parent: writer?.span, request: { requestId: writer?.requestId ?? null, tenant: event.tenantId } },
      async (span) => {
        try {
          for (const handle of this.handlers[event.topic] ?? []) await handle(event);
          await this.opts.onDelivered?.(event);
          await this.prisma.outboxEvent.update({ where: { id: event.id }, data: { dispatchedAt: new Date(), lockedUntil: null } });
          writers.delete(event.id);
        } catch (e) {
          failSpan(span, e);
          logger.warn('outbox: handler failed; will retry', { eventId: event.id, topic: event.topic, attempts: event.attempts, error: String(e) });
          // Release the lease with a back-off so the retry does not spin.
          await this.prisma.outboxEvent.update({
            where: { id: event.id },
            data: { lockedUntil: new Date(Date.now() + Math.min(60_000, 250 * 2 ** event.attempts)), lastError: String(e).slice(0, 1000) },
          });
        }
      },
    );
  }

  /** Hands back leased events this dispatcher will not deliver. */
  private async release(events: OutboxEventRecord[]): Promise<void> {
    const { count } = await this.prisma.outboxEvent.updateMany({
      where: { id: { in: events.map((e) => e.id) }, dispatchedAt: null },
      data: { lockedUntil: null, attempts: { decrement: 1 } },
    });
    logger.info('outbox: stopping; leases handed back', { count });
  }
}
