/**
 * The order state machine: the statuses, where each may go, who moves orders, and how a move is written.
 * One status per order, every change a compare-and-set on the status with a timeline row in one
 * transaction (`transition`), so two concurrent moves never both apply. Fulfilment runs PAID → FULFILLING → SHIPPED → DELIVERED → COMPLETED;
 * an unpaid order can only be paid or cancelled; a paid order can be cancelled (with a full refund) until
 * it ships; refunds are possible from PAID on. PARTIALLY_REFUNDED records a partial refund: fulfilment then
 * continues from the stage it had reached (`fulfilmentStage`), never backwards. CANCELLED and REFUNDED are
 * terminal.
 *
 * Every service that moves an order (orders, vendor orders, payments, refunds, disputes) does it through
 * this module, which imports none of them.
 */
import { ADMIN_ROLES, DomainError, ErrorCode, uuidv7, type Actor, type Prisma } from '@webwaka/kit';
import type { ActorRef, Tx } from './context';

export const ORDER_STATUSES = ['PENDING_PAYMENT', 'PAID', 'FULFILLING', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Fulfilment stages in order; each one's successor is the only next step. */
export const FULFILMENT = ['PAID', 'FULFILLING', 'SHIPPED', 'DELIVERED', 'COMPLETED'] as const;
export type FulfilmentStage = (typeof FULFILMENT)[number];

const REFUNDS: OrderStatus[] = ['REFUNDED', 'PARTIALLY_REFUNDED'];

/** Where an order may go from a status (before the fulfilment-stage rule for PARTIALLY_REFUNDED). */
export const TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  PENDING_PAYMENT: ['PAID', 'CANCELLED'],
  PAID: ['FULFILLING', 'CANCELLED', ...REFUNDS],
  FULFILLING: ['SHIPPED', 'CANCELLED', ...REFUNDS],
  SHIPPED: ['DELIVERED', ...REFUNDS],
  DELIVERED: ['COMPLETED', ...REFUNDS],
  COMPLETED: REFUNDS,
  PARTIALLY_REFUNDED: ['FULFILLING', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', ...REFUNDS],
  CANCELLED: [],
  REFUNDED: [],
};

const nextStage = (stage: FulfilmentStage | null): FulfilmentStage | null => {
  const i = stage ? FULFILMENT.indexOf(stage) : -1;
  return i >= 0 && i < FULFILMENT.length - 1 ? FULFILMENT[i + 1] : null;
};

/** Whether `to` is a legal next status for an order in `status` that has reached `stage`. */
export function canTransition(order: { status: OrderStatus; fulfilmentStage: OrderStatus | null }, to: OrderStatus): boolean {
  if (!TRANSITIONS[order.status].includes(to)) return false;
  const stage = (order.fulfilmentStage as FulfilmentStage | null) ?? null;
  if ((FULFILMENT as readonly string[]).includes(to) && to !== 'PAID') return nextStage(stage) === to;
  // A paid order is cancelled only before it ships.
  if (to === 'CANCELLED' && order.status !== 'PENDING_PAYMENT') return stage === 'PAID' || stage === 'FULFILLING';
  return true;
}

/** Moves orders along: administrators (2FA), staff, integrators and services with commerce:write. */
export function managesOrders(actor: Actor): boolean {
  if (actor.kind === 'apiKey' || actor.kind === 'service') return actor.scopes.includes('commerce:write');
  if (actor.kind !== 'user') return false;
  return actor.roles.includes('STAFF') || (actor.mfa && actor.roles.some((r) => ADMIN_ROLES.includes(r)));
}

type OrderRow = { id: string; tenantId: string; status: OrderStatus; fulfilmentStage: OrderStatus | null };

export const invalidTransition = (from: OrderStatus, to: OrderStatus) =>
  new DomainError(ErrorCode.INVALID_TRANSITION, `An order that is ${from.toLowerCase().replace(/_/g, ' ')} cannot become ${to.toLowerCase().replace(/_/g, ' ')}`, ['status']);

/**
 * Moves an order from its current status to `to` (INVALID_TRANSITION when the table forbids it), with the
 * timeline row. False when another request changed the status first.
 */
export async function transition(tx: Tx, order: OrderRow, to: OrderStatus, actor: ActorRef, reason: string | null, data: Prisma.OrderUpdateManyMutationInput = {}): Promise<boolean> {
  if (!canTransition(order, to)) throw invalidTransition(order.status, to);
  const stage = (FULFILMENT as readonly string[]).includes(to) ? to : order.fulfilmentStage;
  const moved = await tx.order.updateMany({ where: { id: order.id, status: order.status }, data: { ...data, status: to, fulfilmentStage: stage } });
  if (moved.count === 0) return false;
  await tx.orderEvent.create({ data: { id: uuidv7(), tenantId: order.tenantId, orderId: order.id, fromStatus: order.status, toStatus: to, actorType: actor.actorType, actorId: actor.actorId, reason } });
  return true;
}

/** Locks the order row for the rest of the transaction and returns it. */
export async function lockOrder(tx: Tx, tenantId: string, id: string) {
  await tx.$queryRaw`SELECT 1 FROM "commerce"."Order" WHERE "id" = ${id}::uuid AND "tenantId" = ${tenantId}::uuid FOR UPDATE`;
  return tx.order.findFirst({ where: { id, tenantId } });
}

/** The note a person adds to a move (its timeline row's reason). */
export function checkNote(note: string | null | undefined): string | null {
  const n = note?.trim() || null;
  if (n && n.length > 500) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A note is at most 500 characters', ['note']);
  return n;
}
