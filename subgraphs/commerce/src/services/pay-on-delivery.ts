/**
 * Pay on delivery (decision 0083): the order was confirmed unpaid with its stock committed (payments.ts);
 * the shop's collector takes the money at the door and records it here; an administrator later records
 * the cash the collector hands in. Mirrors the transport agents' cash (decision 0019):
 *  - collecting: staff or administrators (a person: the ledger names who holds the cash) record the exact
 *    amount due (COLLECTION_AMOUNT_MISMATCH otherwise) in the order's currency, as CASH or TRANSFER. The
 *    payment SUCCEEDS and `settlePayment` runs the ordinary paid path (PAID, ORDER_PAID, MLAS, invoices);
 *    a CASH collection's ORDER_PAID debits the collector's CASH_HELD (ownerType AGENT), a TRANSFER's the
 *    shop's PAYMENT_CLEARING. A second record of the same collection (double submit, replay) changes
 *    nothing and answers the order; one by another collector or another way is ALREADY_COLLECTED;
 *  - handing in: administrators record what a collector brought (amount counted, in one currency); it
 *    closes every cash collection the collector still held in that currency (expected = their sum) and
 *    requests a CASH_HAND_IN posting in the same transaction: DEBIT the shop's CASH_HELD by what was
 *    counted, CREDIT the collector's CASH_HELD by what was expected, the difference to CASH_OVER_SHORT
 *    (over: credit; short: debit). Serialised per collector by an advisory lock; idempotent per key.
 */
import { ADMIN_ROLES, DomainError, ErrorCode, isUniqueViolation, isUuid, recordEvent, requireTenant, TOPICS, uuidv7 } from '@webwaka/kit';
import { TX_OPTIONS, type ServiceContext, type Tx } from './context';
import { collectorCash } from './events';
import { lockOrder } from './order-states';
import { settlePayment } from './payments';

export const COLLECTION_WAYS = ['CASH', 'TRANSFER'] as const;
export type CollectionWay = (typeof COLLECTION_WAYS)[number];

const MAX_KEY = 100;
const MAX_NOTE = 500;
const MAX_HAND_IN = 10n ** 15n;

const bad = (message: string, field: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, [field]);

/** A person of the shop who may collect at the door: staff, or an administrator with the second factor. */
export function collector(ctx: Pick<ServiceContext, 'actor'>): string {
  const a = ctx.actor;
  if (a.kind === 'user' && (a.roles.includes('STAFF') || (a.mfa && a.roles.some((r) => ADMIN_ROLES.includes(r)))) && a.userId) return a.userId;
  throw new DomainError(ErrorCode.FORBIDDEN, "Only the shop's staff record money collected on delivery", []);
}

/** Administrators (with the second factor) receive collectors' cash. */
function receiver(ctx: ServiceContext): string {
  const a = ctx.actor;
  if (a.kind === 'user' && a.mfa && a.roles.some((r) => ADMIN_ROLES.includes(r)) && a.userId) return a.userId;
  throw new DomainError(ErrorCode.FORBIDDEN, "Only the shop's administrators record cash handed in", []);
}

/** The shop's pay-on-delivery orders still to be collected, oldest first (the collector's list). */
export async function ordersToCollect(ctx: ServiceContext, first = 50) {
  const tenantId = requireTenant(ctx);
  collector(ctx);
  return ctx.prisma.order.findMany({
    where: { tenantId, status: 'PENDING_PAYMENT', payments: { some: { method: 'PAY_ON_DELIVERY', status: 'PENDING' } } },
    orderBy: { createdAt: 'asc' },
    take: Math.min(Math.max(first, 1), 200),
  });
}

export interface CollectInput {
  orderId: string;
  amount: bigint;
  currency: string;
  via: CollectionWay;
}

/** Records the money taken at the door and pays the order through the ordinary path (see the module comment). */
export async function collectOnDelivery(ctx: ServiceContext, input: CollectInput) {
  const tenantId = requireTenant(ctx);
  const userId = collector(ctx);
  if (!isUuid(input.orderId)) throw bad('orderId must be an order id', 'orderId');
  if (!COLLECTION_WAYS.includes(input.via)) throw bad('via must be CASH or TRANSFER', 'via');
  const paymentId = await ctx.prisma.$transaction(async (tx) => {
    const order = await lockOrder(tx, tenantId, input.orderId);
    if (!order) throw new DomainError(ErrorCode.NOT_FOUND, 'No such order', ['orderId']);
    return recordCollection(tx, order, userId, input);
  }, TX_OPTIONS);
  // Re-entrant: a replay finishes whatever a crash interrupted; a settled payment changes nothing.
  await settlePayment(ctx, paymentId);
  return ctx.prisma.order.findUniqueOrThrow({ where: { id: input.orderId } });
}

/**
 * The collection itself, inside the caller's transaction with the order row locked (collectOnDelivery, and a
 * rider's delivery of a shipment, decision 0086): the payment SUCCEEDS; the caller then runs `settlePayment`.
 * Returns the payment's id (also for the same record again).
 */
export async function recordCollection(tx: Tx, order: { id: string; status: string }, userId: string, input: Omit<CollectInput, 'orderId'>): Promise<string> {
  if (!COLLECTION_WAYS.includes(input.via)) throw bad('via must be CASH or TRANSFER', 'via');
  const payment = await tx.payment.findFirst({ where: { orderId: order.id, method: 'PAY_ON_DELIVERY', status: { in: ['PENDING', 'SUCCEEDED'] } }, orderBy: { createdAt: 'desc' } });
  if (!payment) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'This order is not paid on delivery', ['orderId']);
  if (payment.collectedAt) {
    // The same collection again (a double tap, a replayed request): nothing more happens.
    if (payment.collectedByUserId === userId && payment.collectedVia === input.via && payment.amount === input.amount && payment.currency === input.currency) return payment.id;
    throw new DomainError(ErrorCode.ALREADY_COLLECTED, 'The money for this order was already recorded as collected', ['orderId']);
  }
  if (order.status !== 'PENDING_PAYMENT') throw new DomainError(ErrorCode.INVALID_TRANSITION, 'This order is no longer awaiting payment', ['orderId']);
  if (input.currency !== payment.currency || input.amount !== payment.amount) {
    throw new DomainError(ErrorCode.COLLECTION_AMOUNT_MISMATCH, `Collect exactly ${payment.amount} ${payment.currency} minor units for this order`, ['amount']);
  }
  const now = new Date();
  await tx.payment.update({ where: { id: payment.id }, data: { status: 'SUCCEEDED', succeededAt: now, collectedAt: now, collectedByUserId: userId, collectedVia: input.via } });
  return payment.id;
}

export interface CollectorPosition {
  collectorUserId: string;
  currency: string;
  /** Cash collections not yet handed in. */
  openCollections: number;
  held: bigint;
  oldestCollectedAt: Date | null;
}

/** What the shop's collectors hold (open cash collections of paid orders), largest first. */
export async function collectorPositions(db: ServiceContext['prisma'] | Tx, tenantId: string, collectorUserId?: string): Promise<CollectorPosition[]> {
  const rows = await db.payment.groupBy({
    by: ['collectedByUserId', 'currency'],
    where: { tenantId, method: 'PAY_ON_DELIVERY', collectedVia: 'CASH', status: 'SUCCEEDED', handInId: null, ...(collectorUserId ? { collectedByUserId: collectorUserId } : {}) },
    _sum: { amount: true },
    _count: { _all: true },
    _min: { collectedAt: true },
  });
  return rows
    .map((r) => ({ collectorUserId: r.collectedByUserId!, currency: r.currency, openCollections: r._count._all, held: r._sum.amount ?? 0n, oldestCollectedAt: r._min.collectedAt }))
    .sort((a, b) => (a.held === b.held ? a.collectorUserId.localeCompare(b.collectorUserId) : a.held > b.held ? -1 : 1));
}

export async function cashHeldByCollectors(ctx: ServiceContext) {
  const tenantId = requireTenant(ctx);
  receiver(ctx);
  return collectorPositions(ctx.prisma, tenantId);
}

export async function collectorHandIns(ctx: ServiceContext, first = 20) {
  const tenantId = requireTenant(ctx);
  receiver(ctx);
  return ctx.prisma.collectorHandIn.findMany({ where: { tenantId }, orderBy: { id: 'desc' }, take: Math.min(Math.max(first, 1), 100) });
}

export interface HandInInput {
  collectorUserId: string;
  currency: string;
  /** What was counted, in minor units (0 when the collector brought nothing). */
  amount: bigint;
  idempotencyKey: string;
  note?: string | null;
}

type HandInRow = Awaited<ReturnType<Tx['collectorHandIn']['findUniqueOrThrow']>>;

function checkHandIn(input: HandInInput) {
  if (!isUuid(input.collectorUserId)) throw bad('collectorUserId must be a user id', 'collectorUserId');
  if (typeof input.currency !== 'string' || !/^[A-Z]{3}$/.test(input.currency)) throw bad('currency must be an ISO 4217 code such as NGN', 'currency');
  if (typeof input.amount !== 'bigint' || input.amount < 0n || input.amount > MAX_HAND_IN) throw bad(`amount must be 0 to ${MAX_HAND_IN} minor units`, 'amount');
  const idempotencyKey = (input.idempotencyKey ?? '').trim();
  if (idempotencyKey.length < 1 || idempotencyKey.length > MAX_KEY) throw bad(`idempotencyKey must be 1 to ${MAX_KEY} characters`, 'idempotencyKey');
  const note = (input.note ?? '').trim() || null;
  if (note && note.length > MAX_NOTE) throw bad(`note must be at most ${MAX_NOTE} characters`, 'note');
  return { ...input, idempotencyKey, note };
}

function replayOf(earlier: HandInRow, input: ReturnType<typeof checkHandIn>): HandInRow {
  const same = earlier.collectorUserId === input.collectorUserId && earlier.currency === input.currency && earlier.amount === input.amount && earlier.note === input.note;
  if (!same) throw new DomainError(ErrorCode.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was used for a different hand-in', ['idempotencyKey']);
  return earlier;
}

const lockCollector = (tx: Tx, tenantId: string, userId: string) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`commerce.pod-cash:${tenantId}:${userId}`}, 0))`;

/** Records a collector's hand-in against all their open cash collections in the currency (see the module comment). */
export async function handInCollectedCash(ctx: ServiceContext, raw: HandInInput): Promise<HandInRow> {
  const tenantId = requireTenant(ctx);
  const receivedByUserId = receiver(ctx);
  const input = checkHandIn(raw);
  const key = { tenantId_idempotencyKey: { tenantId, idempotencyKey: input.idempotencyKey } };
  try {
    const handIn = await ctx.prisma.$transaction(async (tx) => {
      await lockCollector(tx, tenantId, input.collectorUserId);
      const earlier = await tx.collectorHandIn.findUnique({ where: key });
      if (earlier) return replayOf(earlier, input);
      const open = await tx.payment.findMany({
        where: { tenantId, method: 'PAY_ON_DELIVERY', collectedVia: 'CASH', status: 'SUCCEEDED', handInId: null, collectedByUserId: input.collectorUserId, currency: input.currency },
        select: { id: true, amount: true },
      });
      if (open.length === 0) throw new DomainError(ErrorCode.NOTHING_TO_HAND_IN, `This collector holds no cash in ${input.currency} for the shop`, ['collectorUserId']);
      const expected = open.reduce((s, p) => s + p.amount, 0n);
      const created = await tx.collectorHandIn.create({
        data: { id: uuidv7(), tenantId, collectorUserId: input.collectorUserId, currency: input.currency, expected, amount: input.amount, idempotencyKey: input.idempotencyKey, note: input.note, receivedByUserId },
      });
      await tx.payment.updateMany({ where: { id: { in: open.map((p) => p.id) }, handInId: null }, data: { handInId: created.id } });
      await requestHandInPosting(tx, created);
      return created;
    }, TX_OPTIONS);
    ctx.eventsRecorded();
    return handIn;
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    const other = await ctx.prisma.collectorHandIn.findUnique({ where: key });
    if (!other) throw e;
    return replayOf(other, input);
  }
}

/** CASH_HAND_IN in the shop's book: the collector's cash becomes the shop's; the difference is over or short. */
async function requestHandInPosting(tx: Tx, h: HandInRow) {
  const shop = (purpose: 'CASH_HELD' | 'CASH_OVER_SHORT') => ({ tenantId: h.tenantId, ownerType: 'TENANT' as const, ownerId: h.tenantId, purpose });
  const diff = h.amount - h.expected;
  const lines = [
    ...(h.amount > 0n ? [{ account: shop('CASH_HELD'), side: 'DEBIT' as const, amount: h.amount.toString(), memo: 'cash received from the collector' }] : []),
    { account: collectorCash(h.tenantId, h.collectorUserId), side: 'CREDIT' as const, amount: h.expected.toString() },
    ...(diff > 0n ? [{ account: shop('CASH_OVER_SHORT'), side: 'CREDIT' as const, amount: diff.toString(), memo: 'over' }] : []),
    ...(diff < 0n ? [{ account: shop('CASH_OVER_SHORT'), side: 'DEBIT' as const, amount: (-diff).toString(), memo: 'short' }] : []),
  ];
  await recordEvent(tx, {
    tenantId: h.tenantId,
    topic: TOPICS.LEDGER_POSTING_REQUESTED,
    payload: {
      idempotencyKey: `pod-hand-in:${h.id}`,
      kind: 'CASH_HAND_IN',
      currency: h.currency,
      memo: 'Cash collected on delivery, handed in',
      reference: { type: 'CollectorHandIn', id: h.id },
      occurredAt: h.createdAt.toISOString(),
      lines,
    },
  });
}
