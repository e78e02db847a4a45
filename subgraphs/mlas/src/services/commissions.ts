/**
 * Commissions, driven by commerce's events (each handler is one transaction, serialised per order by an
 * advisory lock, and idempotent on a natural key since delivery is at least once):
 * - `commerce.order.paid` (key: the order): attribute the order, run the abuse checks, and for each vendor
 *   order with a commission pool > 0 share the pool by the tenant's revenue model along the agent's upline
 *   chain; store the split and its lines, and — unless the order is disputed — request the COMMISSION
 *   posting `commission:<vendorOrderId>` in the same transaction. A partner missing from the tenant tree
 *   leaves its share to the residual (a PARTNER residual then goes to the client).
 * - `commerce.order.dispute_changed` (ignored when older than the state applied): while disputed, a
 *   split's commission is not in the ledger — a posted one is reversed (`commission-hold:<vo>:<n>`), a
 *   new one is stored HELD; when the dispute closes it is posted again (`commission-release:<vo>:<n>`, or
 *   `commission:<vo>` if it was never posted), net of anything refunds took back meanwhile.
 * - `commerce.order.refunded` (key: the refund): per vendor order, each line's cumulative clawback is its
 *   amount × refunded subtotal / original subtotal (half-up; everything once fully refunded), so partial
 *   refunds never take back more than was shared; the part of it that is in the ledger is posted as one
 *   COMMISSION_CLAWBACK `clawback:<refundId>` (the mirror of the commission lines).
 */
import { logger, uuidv7, type OutboxEventRecord, type Peers, type PrismaClient } from '@webwaka/kit';
import { agentChain } from './agents';
import { tenantAncestry, type Ancestry } from './ancestry';
import { abuseReason, attributeOrder, attributionSettings } from './attribution';
import { TX_OPTIONS, type Tx } from './context';
import { parseDisputeChanged, parseOrderPaid, parseOrderRefunded, type OrderPaid } from './events';
import { tenantModel, toSpec } from './models';
import { clawbackKey, commissionKey, holdKey, lastPayingKey, releaseKey, requestPosting, type CommissionMovement } from './postings';
import { agentDepth, clawbackTarget, splitCommission, type BeneficiaryKind, type ModelSpec } from './split';

/** Serialises the handlers of one order (two replicas may deliver its events at the same time). */
const lockOrder = (tx: Tx, tenantId: string, orderId: string) => tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`mlas.order:${tenantId}:${orderId}`}))`;

/** The model as it applies under this tenant: without a partner above it, partner shares fall to the residual. */
export function modelForTree(model: ModelSpec, ancestry: Pick<Ancestry, 'partnerId'>): ModelSpec {
  if (ancestry.partnerId) return model;
  return { shares: model.shares.filter((s) => s.beneficiary !== 'PARTNER'), residual: model.residual === 'PARTNER' ? 'CLIENT' : model.residual };
}

export function beneficiaryId(tenantId: string, ancestry: Ancestry, beneficiary: BeneficiaryKind, agent: { userId: string } | null): string {
  switch (beneficiary) {
    case 'AGENT':
      return agent!.userId;
    case 'PARTNER':
      return ancestry.partnerId!;
    case 'CLIENT':
      return tenantId;
    case 'PLATFORM':
      return ancestry.platformId;
  }
}

type SplitWithLines = Awaited<ReturnType<typeof loadSplits>>[number];

const loadSplits = (tx: Tx, tenantId: string, orderId: string) =>
  tx.commissionSplit.findMany({ where: { tenantId, orderId }, include: { commissions: { orderBy: { id: 'asc' } } }, orderBy: { id: 'asc' } });

/** What of a split is in the ledger while it is POSTED: each payable line's amount less its clawbacks. */
const outstanding = (split: SplitWithLines): CommissionMovement => ({
  vendorId: split.vendorId,
  vendorOrderId: split.vendorOrderId,
  lines: split.commissions
    .filter((c) => c.status !== 'FLAGGED')
    .map((c) => ({ beneficiary: c.beneficiary as BeneficiaryKind, beneficiaryId: c.beneficiaryId, level: c.level, amount: c.amount - c.clawedBack })),
});

// ---------------------------------------------------------------------------------------------------
// commerce.order.paid
// ---------------------------------------------------------------------------------------------------

export async function processOrderPaid(prisma: PrismaClient, peers: Peers, tenantId: string, payload: unknown): Promise<void> {
  const order = parseOrderPaid(payload);
  if (await prisma.commissionOrder.findUnique({ where: { tenantId_orderId: { tenantId, orderId: order.orderId } }, select: { id: true } })) return;
  // Asked before the transaction: never hold one open across a call to another subgraph.
  const ancestry = order.vendorOrders.some((v) => v.commission > 0n) ? await tenantAncestry(peers, tenantId) : null;
  await prisma.$transaction(async (tx) => {
    await lockOrder(tx, tenantId, order.orderId);
    if (await tx.commissionOrder.findUnique({ where: { tenantId_orderId: { tenantId, orderId: order.orderId } }, select: { id: true } })) return;
    await recordPaidOrder(tx, tenantId, order, ancestry);
  }, TX_OPTIONS);
}

async function recordPaidOrder(tx: Tx, tenantId: string, order: OrderPaid, ancestry: Ancestry | null) {
  const settings = await attributionSettings(tx, tenantId);
  const facts = { paidAt: order.paidAt, referralCode: order.referralCode, customer: order.customer, visitor: order.visitor };
  const { agent, source } = await attributeOrder(tx, tenantId, facts, settings);
  const flag = agent ? await abuseReason(tx, tenantId, agent, facts, settings.windowDays) : null;
  const record = await tx.commissionOrder.create({
    data: {
      id: uuidv7(),
      tenantId,
      orderId: order.orderId,
      orderNumber: order.orderNumber,
      currency: order.currency,
      paidAt: order.paidAt,
      customerUserId: order.customer.userId,
      customerEmail: order.customer.email,
      visitorId: order.visitor.visitorId,
      agentId: agent?.id ?? null,
      attribution: source,
      abuseReason: flag,
    },
  });
  const pools = order.vendorOrders.filter((v) => v.commission > 0n);
  if (!pools.length || !ancestry) return;

  const modelRow = await tenantModel(tx, tenantId);
  const model = modelForTree(toSpec(modelRow), ancestry);
  const chain = await agentChain(tx, tenantId, agent, agentDepth(model));
  const disputed = (await tx.orderDispute.findUnique({ where: { tenantId_orderId: { tenantId, orderId: order.orderId } } }))?.disputed ?? false;
  const status: 'HELD' | 'POSTED' = disputed ? 'HELD' : 'POSTED';

  for (const vo of pools) {
    const split = await tx.commissionSplit.create({
      data: {
        id: uuidv7(),
        tenantId,
        orderRecordId: record.id,
        orderId: order.orderId,
        vendorOrderId: vo.vendorOrderId,
        vendorId: vo.vendorId,
        currency: order.currency,
        subtotal: vo.subtotal,
        pool: vo.commission,
        revenueModelId: modelRow.id,
        status,
        firstPostedAt: disputed ? null : new Date(),
      },
    });
    const paid = splitCommission(vo.commission, model, flag ? [] : chain);
    const withheld = flag ? splitCommission(vo.commission, model, chain).filter((p) => p.beneficiary === 'AGENT') : [];
    const rows = [
      ...paid.map((p) => ({ part: p, status, flagReason: null })),
      ...withheld.map((p) => ({ part: p, status: 'FLAGGED' as const, flagReason: flag })),
    ] as { part: (typeof paid)[number]; status: 'HELD' | 'POSTED' | 'FLAGGED'; flagReason: typeof flag }[];
    await tx.commission.createMany({
      data: rows.map(({ part, status: rowStatus, flagReason }) => ({
        id: uuidv7(),
        tenantId,
        splitId: split.id,
        orderId: order.orderId,
        vendorOrderId: vo.vendorOrderId,
        beneficiary: part.beneficiary,
        level: part.level,
        beneficiaryId: beneficiaryId(tenantId, ancestry, part.beneficiary, part.agent),
        agentId: part.agent?.id ?? null,
        currency: order.currency,
        amount: part.amount,
        status: rowStatus,
        flagReason,
      })),
    });
    if (disputed) continue;
    await requestPosting(
      tx,
      tenantId,
      {
        idempotencyKey: commissionKey(vo.vendorOrderId),
        kind: 'COMMISSION',
        currency: order.currency,
        memo: `Commission on order ${order.orderNumber}`,
        reference: { type: 'Order', id: order.orderId },
        occurredAt: order.paidAt,
      },
      [
        {
          vendorId: vo.vendorId,
          vendorOrderId: vo.vendorOrderId,
          lines: paid.map((p) => ({ beneficiary: p.beneficiary, beneficiaryId: beneficiaryId(tenantId, ancestry, p.beneficiary, p.agent), level: p.level, amount: p.amount })),
        },
      ],
      'pay',
    );
  }
}

// ---------------------------------------------------------------------------------------------------
// commerce.order.dispute_changed
// ---------------------------------------------------------------------------------------------------

export async function processDisputeChanged(prisma: PrismaClient, tenantId: string, payload: unknown): Promise<void> {
  const change = parseDisputeChanged(payload);
  await prisma.$transaction(async (tx) => {
    await lockOrder(tx, tenantId, change.orderId);
    const key = { tenantId_orderId: { tenantId, orderId: change.orderId } };
    const previous = await tx.orderDispute.findUnique({ where: key });
    if (previous && previous.changedAt >= change.at) return; // a repeat, or older than what was applied
    const data = { disputed: change.disputed, reason: change.reason, changedAt: change.at };
    await tx.orderDispute.upsert({ where: key, create: { tenantId, orderId: change.orderId, ...data }, update: data });
    if ((previous?.disputed ?? false) === change.disputed) return;
    const order = await tx.commissionOrder.findUnique({ where: key });
    if (!order) return; // not paid yet (or not processed yet): the paid handler reads the dispute state
    for (const split of await loadSplits(tx, tenantId, change.orderId)) {
      if (change.disputed && split.status === 'POSTED') await holdSplit(tx, tenantId, order, split, change.at);
      if (!change.disputed && split.status === 'HELD') await releaseSplit(tx, tenantId, order, split, change.at);
    }
  }, TX_OPTIONS);
}

type OrderRecord = { orderId: string; orderNumber: string };

async function holdSplit(tx: Tx, tenantId: string, order: OrderRecord, split: SplitWithLines, at: Date) {
  const cycle = split.holdCycles + 1;
  await requestPosting(
    tx,
    tenantId,
    {
      idempotencyKey: holdKey(split.vendorOrderId, cycle),
      kind: 'COMMISSION_CLAWBACK',
      currency: split.currency,
      memo: `Commission held: order ${order.orderNumber} disputed`,
      reference: { type: 'Order', id: order.orderId },
      occurredAt: at,
      reversesIdempotencyKey: lastPayingKey(split),
    },
    [outstanding(split)],
    'reverse',
  );
  await tx.commissionSplit.update({ where: { id: split.id }, data: { status: 'HELD', holdCycles: cycle } });
  await tx.commission.updateMany({ where: { splitId: split.id, status: 'POSTED' }, data: { status: 'HELD' } });
}

async function releaseSplit(tx: Tx, tenantId: string, order: OrderRecord, split: SplitWithLines, at: Date) {
  const first = split.firstPostedAt === null;
  await requestPosting(
    tx,
    tenantId,
    {
      idempotencyKey: first ? commissionKey(split.vendorOrderId) : releaseKey(split.vendorOrderId, split.holdCycles),
      kind: 'COMMISSION',
      currency: split.currency,
      memo: first ? `Commission on order ${order.orderNumber} (dispute closed)` : `Commission released: order ${order.orderNumber} dispute closed`,
      reference: { type: 'Order', id: order.orderId },
      occurredAt: at,
    },
    [outstanding(split)],
    'pay',
  );
  await tx.commissionSplit.update({ where: { id: split.id }, data: { status: 'POSTED', ...(first ? { firstPostedAt: new Date() } : {}) } });
  await tx.commission.updateMany({ where: { splitId: split.id, status: 'HELD' }, data: { status: 'POSTED' } });
}

// ---------------------------------------------------------------------------------------------------
// commerce.order.refunded
// ---------------------------------------------------------------------------------------------------

export class OrderNotProcessedYet extends Error {}

export async function processOrderRefunded(prisma: PrismaClient, tenantId: string, payload: unknown): Promise<void> {
  const refund = parseOrderRefunded(payload);
  await prisma.$transaction(async (tx) => {
    await lockOrder(tx, tenantId, refund.orderId);
    if (await tx.commissionClawback.findUnique({ where: { tenantId_refundId: { tenantId, refundId: refund.refundId } }, select: { id: true } })) return;
    const order = await tx.commissionOrder.findUnique({ where: { tenantId_orderId: { tenantId, orderId: refund.orderId } } });
    // The paid event is processed first (the dispatcher retries this one until it is).
    if (!order) throw new OrderNotProcessedYet(`refund ${refund.refundId}: order ${refund.orderId} has not been processed yet`);

    let total = 0n;
    const posted: CommissionMovement[] = [];
    const postedSplits: SplitWithLines[] = [];
    for (const split of await loadSplits(tx, tenantId, refund.orderId)) {
      const part = refund.vendorOrders.find((v) => v.vendorOrderId === split.vendorOrderId);
      if (!part && !refund.fullyRefunded) continue;
      const refunded = refund.fullyRefunded ? split.subtotal : min(split.subtotal, split.refundedSubtotal + (part?.subtotal ?? 0n));
      const movement: CommissionMovement = { vendorId: split.vendorId, vendorOrderId: split.vendorOrderId, lines: [] };
      for (const line of split.commissions) {
        if (line.status === 'FLAGGED') continue;
        const target = clawbackTarget(line.amount, refunded, split.subtotal, refund.fullyRefunded);
        const delta = target - line.clawedBack;
        if (delta <= 0n) continue;
        await tx.commission.update({ where: { id: line.id }, data: { clawedBack: target } });
        total += delta;
        movement.lines.push({ beneficiary: line.beneficiary as BeneficiaryKind, beneficiaryId: line.beneficiaryId, level: line.level, amount: delta });
      }
      await tx.commissionSplit.update({ where: { id: split.id }, data: { refundedSubtotal: refunded } });
      // A held commission is not in the ledger: reducing it here is all a clawback needs.
      if (split.status === 'POSTED' && movement.lines.length) {
        posted.push(movement);
        postedSplits.push(split);
      }
    }
    const postedAmount = posted.reduce((s, m) => s + m.lines.reduce((t, l) => t + l.amount, 0n), 0n);
    await tx.commissionClawback.create({
      data: { id: uuidv7(), tenantId, refundId: refund.refundId, orderId: refund.orderId, currency: refund.currency, amount: total, postedAmount },
    });
    await requestPosting(
      tx,
      tenantId,
      {
        idempotencyKey: clawbackKey(refund.refundId),
        kind: 'COMMISSION_CLAWBACK',
        currency: order.currency,
        memo: `Commission clawback: refund on order ${order.orderNumber}`,
        reference: { type: 'Refund', id: refund.refundId },
        occurredAt: refund.refundedAt,
        ...(postedSplits.length === 1 ? { reversesIdempotencyKey: lastPayingKey(postedSplits[0]) } : {}),
      },
      posted,
      'reverse',
    );
  }, TX_OPTIONS);
}

const min = (a: bigint, b: bigint) => (a < b ? a : b);

// ---------------------------------------------------------------------------------------------------
// Outbox handlers
// ---------------------------------------------------------------------------------------------------

export const onOrderPaid = (prisma: PrismaClient, peers: Peers) => (e: OutboxEventRecord) => processOrderPaid(prisma, peers, e.tenantId, e.payload);
export const onDisputeChanged = (prisma: PrismaClient) => (e: OutboxEventRecord) => processDisputeChanged(prisma, e.tenantId, e.payload);
export const onOrderRefunded = (prisma: PrismaClient) => async (e: OutboxEventRecord) => {
  try {
    await processOrderRefunded(prisma, e.tenantId, e.payload);
  } catch (err) {
    if (err instanceof OrderNotProcessedYet) logger.info('mlas: refund waits for its order', { eventId: e.id, error: err.message });
    throw err;
  }
};
