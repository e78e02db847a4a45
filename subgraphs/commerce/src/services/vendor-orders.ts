/**
 * Vendor-order fulfilment. In a marketplace each vendor packs and ships its own part of an order, so each
 * vendor order has its own stage: PAID (not started) → FULFILLING → SHIPPED → DELIVERED, one step at a time,
 * moved by the vendor that owns it or by an order manager. Each step locks the order, checks the step
 * follows the vendor order's stage, and writes a timeline row naming the vendor order, in one transaction.
 *
 * The order follows the slowest vendor: when every vendor order has reached a stage, the order moves there
 * in the same transaction (its own timeline row). Completing stays the order's step (orders.ts). An order
 * manager who moves the whole order brings the vendor orders behind it along (`bringVendorOrdersTo`), so
 * the two views never disagree. Only paid, open orders are fulfilled: not unpaid, cancelled, refunded or
 * completed ones.
 */
import { DomainError, ErrorCode, isUuid, requireTenant, tenantLinks, uuidv7, type Actor } from '@webwaka/kit';
import { actorRef, TX_OPTIONS, type ActorRef, type ServiceContext, type Tx } from './context';
import { recordPayoutHold } from './events';
import { ANNOUNCED, recordOrderMessage } from './order-messages';
import { checkNote, invalidTransition, lockOrder, managesOrders, transition, type OrderStatus } from './order-states';

/** A vendor order's stages in order; each one's successor is the only next step. */
export const VENDOR_STAGES = ['PAID', 'FULFILLING', 'SHIPPED', 'DELIVERED'] as const;
export type VendorStage = (typeof VENDOR_STAGES)[number];
export type VendorStep = Exclude<VendorStage, 'PAID'>;

/** Order statuses in which vendors may still fulfil. */
const FULFILLABLE: OrderStatus[] = ['PAID', 'FULFILLING', 'SHIPPED', 'DELIVERED', 'PARTIALLY_REFUNDED'];

const rank = (stage: OrderStatus | null) => VENDOR_STAGES.indexOf(stage as VendorStage);

const ownsVendorOrder = (actor: Actor, vendorOrder: { vendorOwnerUserId: string | null }) =>
  actor.kind === 'user' && actor.roles.includes('VENDOR') && !!vendorOrder.vendorOwnerUserId && vendorOrder.vendorOwnerUserId === actor.userId;

/** One fulfilment step on a vendor order, by its vendor or an order manager; returns it and its order. */
export async function advanceVendorOrder(ctx: ServiceContext, vendorOrderId: string, to: VendorStep, note?: string | null) {
  const tenantId = requireTenant(ctx);
  const reason = checkNote(note);
  const found = isUuid(vendorOrderId) ? await ctx.prisma.vendorOrder.findFirst({ where: { id: vendorOrderId, tenantId } }) : null;
  if (!found || !(managesOrders(ctx.actor) || ownsVendorOrder(ctx.actor, found))) throw new DomainError(ErrorCode.NOT_FOUND, 'No such vendor order', ['vendorOrderId']);
  const actor = actorRef(ctx);
  const links = ANNOUNCED.includes(to) ? await tenantLinks(ctx.peers, tenantId, 'commerce', ctx.requestId) : null;

  return ctx.prisma.$transaction(async (tx) => {
    const order = (await lockOrder(tx, tenantId, found.orderId))!;
    if (!FULFILLABLE.includes(order.status)) throw invalidTransition(order.status, to);
    const { fulfilmentStage: from } = await tx.vendorOrder.findUniqueOrThrow({ where: { id: found.id }, select: { fulfilmentStage: true } });
    if (VENDOR_STAGES[rank(from) + 1] !== to) {
      throw new DomainError(ErrorCode.INVALID_TRANSITION, `This vendor order is ${describe(from)}; it cannot become ${describe(to)}`, ['vendorOrderId']);
    }
    await stepVendorOrderStage(tx, order, found, from, to, actor, reason);

    const stages = await tx.vendorOrder.findMany({ where: { orderId: order.id }, select: { fulfilmentStage: true } });
    const slowest = VENDOR_STAGES[Math.min(...stages.map((s) => rank(s.fulfilmentStage)))];
    if (rank(slowest) > rank(order.fulfilmentStage)) {
      await transition(tx, order, slowest, actor, `Every vendor has reached ${describe(slowest)}`);
      await recordOrderMessage(tx, order, slowest, links);
    }
    return {
      vendorOrder: await tx.vendorOrder.findUniqueOrThrow({ where: { id: found.id } }),
      order: await tx.order.findUniqueOrThrow({ where: { id: order.id } }),
    };
  }, TX_OPTIONS);
}

/**
 * Writes one vendor order's step (the caller checked it follows and holds the order's row lock, so nothing
 * else moves this vendor order meanwhile): the stage, the ledger's return window on delivery, the timeline row.
 * Shipments (decision 0086) move vendor orders through here too.
 */
export async function stepVendorOrderStage(
  tx: Tx,
  order: { id: string; tenantId: string; currency: string },
  vendorOrder: { id: string; vendorId: string; subtotal: bigint; shipping: bigint },
  from: OrderStatus | null,
  to: VendorStep,
  actor: ActorRef,
  reason: string | null,
) {
  await tx.vendorOrder.update({ where: { id: vendorOrder.id }, data: { fulfilmentStage: to } });
  if (to === 'DELIVERED') await recordDelivered(tx, order, [vendorOrder]);
  await tx.orderEvent.create({ data: { id: uuidv7(), tenantId: order.tenantId, orderId: order.id, vendorOrderId: vendorOrder.id, fromStatus: from, toStatus: to, actorType: actor.actorType, actorId: actor.actorId, reason } });
}

/** After the whole order moved to `stage`, its vendor orders behind it catch up (completed → delivered). */
export async function bringVendorOrdersTo(tx: Tx, orderId: string, stage: OrderStatus) {
  const target = stage === 'COMPLETED' ? 'DELIVERED' : stage;
  if (rank(target) <= 0) return;
  if (target === 'DELIVERED') {
    const behind = await tx.vendorOrder.findMany({ where: { orderId, fulfilmentStage: { not: 'DELIVERED' } } });
    if (behind.length) await recordDelivered(tx, await tx.order.findUniqueOrThrow({ where: { id: orderId } }), behind);
  }
  await tx.vendorOrder.updateMany({ where: { orderId, fulfilmentStage: { in: [...VENDOR_STAGES.slice(0, rank(target))] } }, data: { fulfilmentStage: target } });
}

/** The ledger starts these vendor orders' return window (their payout is released after it; decision 0031). */
async function recordDelivered(tx: Tx, order: { id: string; tenantId: string; currency: string }, vendorOrders: { id: string; vendorId: string; subtotal: bigint; shipping: bigint }[]) {
  await recordPayoutHold(tx, {
    tenantId: order.tenantId,
    action: 'DELIVERED',
    orderId: order.id,
    currency: order.currency,
    at: new Date(),
    vendorOrders: vendorOrders.map((v) => ({ vendorOrderId: v.id, vendorId: v.vendorId, amount: v.subtotal + v.shipping })),
  });
}

const describe = (stage: OrderStatus | null) => (stage === 'PAID' ? 'not yet started' : (stage ?? 'unpaid').toLowerCase());
