/**
 * Disputes (a chargeback, a customer complaint under review), opened and closed by administrators on a
 * paid order. One open dispute per order at a time (the order's `disputed` flag is a compare-and-set).
 * Each change writes `commerce.order.dispute_changed` in its transaction: MLAS holds the order's
 * commissions while it is disputed and releases them when it closes.
 */
import { DomainError, ErrorCode, uuidv7 } from '@webwaka/kit';
import { actorRef, TX_OPTIONS, type ServiceContext } from './context';
import { recordDisputeChanged } from './events';
import { lockOrder } from './order-states';
import { managedOrder } from './orders';

function checkText(v: string | null | undefined, field: string, required: boolean) {
  const s = v?.trim() || null;
  if (required && !s) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} is required`, [field]);
  if (s && s.length > 1000) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} is at most 1000 characters`, [field]);
  return s;
}

export async function openDispute(ctx: ServiceContext, orderId: string, reason: string) {
  const order = await managedOrder(ctx, orderId);
  const why = checkText(reason, 'reason', true)!;
  const at = new Date();
  const dispute = await ctx.prisma.$transaction(async (tx) => {
    const current = (await lockOrder(tx, order.tenantId, order.id))!;
    if (!current.paidAt) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'Only a paid order can be disputed', ['orderId']);
    const flagged = await tx.order.updateMany({ where: { id: order.id, disputed: false }, data: { disputed: true } });
    if (flagged.count === 0) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'This order already has an open dispute', ['orderId']);
    const d = await tx.dispute.create({ data: { id: uuidv7(), tenantId: order.tenantId, orderId: order.id, reason: why, openedBy: actorRef(ctx).actorId, openedAt: at } });
    await recordDisputeChanged(tx, { tenantId: order.tenantId, orderId: order.id, disputed: true, reason: why, at });
    return d;
  }, TX_OPTIONS);
  ctx.eventsRecorded();
  return dispute;
}

export async function closeDispute(ctx: ServiceContext, orderId: string, resolution: string) {
  const order = await managedOrder(ctx, orderId);
  const outcome = checkText(resolution, 'resolution', true)!;
  const at = new Date();
  const dispute = await ctx.prisma.$transaction(async (tx) => {
    await lockOrder(tx, order.tenantId, order.id);
    const open = await tx.dispute.findFirst({ where: { orderId: order.id, status: 'OPEN' } });
    if (!open) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'This order has no open dispute', ['orderId']);
    await tx.order.update({ where: { id: order.id }, data: { disputed: false } });
    const d = await tx.dispute.update({ where: { id: open.id }, data: { status: 'CLOSED', resolution: outcome, closedBy: actorRef(ctx).actorId, closedAt: at } });
    await recordDisputeChanged(tx, { tenantId: order.tenantId, orderId: order.id, disputed: false, reason: outcome, at });
    return d;
  }, TX_OPTIONS);
  ctx.eventsRecorded();
  return dispute;
}
