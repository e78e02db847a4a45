/**
 * The order state machine. One status per order, every change a compare-and-set with a timeline row
 * (services/orders.ts `transition`). Fulfilment runs PAID → FULFILLING → SHIPPED → DELIVERED → COMPLETED;
 * an unpaid order can only be paid or cancelled; a paid order can be cancelled (with a full refund) until
 * it ships; refunds are possible from PAID on. PARTIALLY_REFUNDED records a partial refund: fulfilment then
 * continues from the stage it had reached (`fulfilmentStage`), never backwards. CANCELLED and REFUNDED are
 * terminal.
 */
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
