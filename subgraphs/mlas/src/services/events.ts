/**
 * Strict parsers for the payloads of the outbox topics MLAS consumes (commerce → mlas, transport → mlas;
 * names and payload types in kit events.ts): amounts are strings of integer minor
 * units, ids are UUIDs. A payload that breaks the contract is refused with an error naming the field (the dispatcher keeps the
 * event undelivered with that error, for an operator) rather than half-processed.
 */
import { isUuid, TOPICS } from '@webwaka/kit';

export class ContractError extends Error {}

const fail = (topic: string, field: string): never => {
  throw new ContractError(`${topic}: malformed payload field ${field}`);
};

function obj(v: unknown, topic: string, field: string): Record<string, any> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, any>) : fail(topic, field);
}
function uuid(v: unknown, topic: string, field: string): string {
  return isUuid(v) ? v.toLowerCase() : fail(topic, field);
}
function amount(v: unknown, topic: string, field: string): bigint {
  return typeof v === 'string' && /^\d{1,19}$/.test(v) ? BigInt(v) : fail(topic, field);
}
function time(v: unknown, topic: string, field: string): Date {
  const d = typeof v === 'string' ? new Date(v) : new Date(NaN);
  return Number.isNaN(d.getTime()) ? fail(topic, field) : d;
}
function currency(v: unknown, topic: string): string {
  return typeof v === 'string' && /^[A-Z]{3}$/.test(v) ? v : fail(topic, 'currency');
}
const optString = (v: unknown, topic: string, field: string): string | null => (v == null ? null : typeof v === 'string' ? v : fail(topic, field));
function list(v: unknown, topic: string, field: string): unknown[] {
  return Array.isArray(v) ? v : fail(topic, field);
}

export interface PaidVendorOrder {
  vendorOrderId: string;
  vendorId: string;
  subtotal: bigint;
  commissionBps: number;
  commission: bigint;
}

export interface OrderPaid {
  orderId: string;
  orderNumber: string;
  currency: string;
  paidAt: Date;
  customer: { userId: string | null; email: string | null };
  visitor: { visitorId: string | null; ip: string | null; deviceId: string | null };
  referralCode: string | null;
  vendorOrders: PaidVendorOrder[];
}

export function parseOrderPaid(payload: unknown): OrderPaid {
  const t = TOPICS.COMMERCE_ORDER_PAID;
  const p = obj(payload, t, '(payload)');
  const customer = obj(p.customer, t, 'customer');
  const visitor = obj(p.visitor ?? {}, t, 'visitor');
  const customerUserId = customer.userId == null ? null : uuid(customer.userId, t, 'customer.userId');
  return {
    orderId: uuid(p.orderId, t, 'orderId'),
    orderNumber: typeof p.orderNumber === 'string' ? p.orderNumber : fail(t, 'orderNumber'),
    currency: currency(p.currency, t),
    paidAt: time(p.paidAt, t, 'paidAt'),
    customer: { userId: customerUserId, email: optString(customer.email, t, 'customer.email') },
    visitor: {
      visitorId: optString(visitor.visitorId, t, 'visitor.visitorId'),
      ip: optString(visitor.ip, t, 'visitor.ip'),
      deviceId: optString(visitor.deviceId, t, 'visitor.deviceId'),
    },
    referralCode: optString(p.referralCode, t, 'referralCode'),
    vendorOrders: list(p.vendorOrders, t, 'vendorOrders').map((raw, i) => {
      const v = obj(raw, t, `vendorOrders.${i}`);
      const bps = v.commissionBps;
      return {
        vendorOrderId: uuid(v.vendorOrderId, t, `vendorOrders.${i}.vendorOrderId`),
        vendorId: uuid(v.vendorId, t, `vendorOrders.${i}.vendorId`),
        subtotal: amount(v.subtotal, t, `vendorOrders.${i}.subtotal`),
        commissionBps: Number.isInteger(bps) && bps >= 0 && bps <= 10_000 ? bps : fail(t, `vendorOrders.${i}.commissionBps`),
        commission: amount(v.commission, t, `vendorOrders.${i}.commission`),
      };
    }),
  };
}

export interface OrderRefunded {
  orderId: string;
  refundId: string;
  currency: string;
  refundedAt: Date;
  vendorOrders: { vendorOrderId: string; vendorId: string; subtotal: bigint }[];
  fullyRefunded: boolean;
}

export function parseOrderRefunded(payload: unknown): OrderRefunded {
  const t = TOPICS.COMMERCE_ORDER_REFUNDED;
  const p = obj(payload, t, '(payload)');
  return {
    orderId: uuid(p.orderId, t, 'orderId'),
    refundId: uuid(p.refundId, t, 'refundId'),
    currency: currency(p.currency, t),
    refundedAt: time(p.refundedAt, t, 'refundedAt'),
    vendorOrders: list(p.vendorOrders, t, 'vendorOrders').map((raw, i) => {
      const v = obj(raw, t, `vendorOrders.${i}`);
      return { vendorOrderId: uuid(v.vendorOrderId, t, `vendorOrders.${i}.vendorOrderId`), vendorId: uuid(v.vendorId, t, `vendorOrders.${i}.vendorId`), subtotal: amount(v.subtotal, t, `vendorOrders.${i}.subtotal`) };
    }),
    fullyRefunded: typeof p.fullyRefunded === 'boolean' ? p.fullyRefunded : fail(t, 'fullyRefunded'),
  };
}

export interface DisputeChanged {
  orderId: string;
  disputed: boolean;
  reason: string | null;
  at: Date;
}

export function parseDisputeChanged(payload: unknown): DisputeChanged {
  const t = TOPICS.COMMERCE_ORDER_DISPUTE_CHANGED;
  const p = obj(payload, t, '(payload)');
  return {
    orderId: uuid(p.orderId, t, 'orderId'),
    disputed: typeof p.disputed === 'boolean' ? p.disputed : fail(t, 'disputed'),
    reason: optString(p.reason, t, 'reason'),
    at: time(p.at, t, 'at'),
  };
}

export type SaleChannel = 'ONLINE' | 'WINDOW' | 'AGENT';

/** `transport.ticket.sold` as read here (kit events.ts `TicketSoldPayload`); the event's tenant is the operator. */
export interface TicketSold {
  ticketId: string;
  bookingId: string;
  tripId: string;
  seatLabel: string;
  channel: SaleChannel;
  channelTenantId: string;
  agentUserId: string | null;
  currency: string;
  amountPaid: bigint;
  soldAt: Date;
}

export function parseTicketSold(payload: unknown): TicketSold {
  const t = TOPICS.TRANSPORT_TICKET_SOLD;
  const p = obj(payload, t, '(payload)');
  const channel = (['ONLINE', 'WINDOW', 'AGENT'] as const).find((c) => c === p.channel) ?? fail(t, 'channel');
  const agentUserId = p.agentUserId == null ? null : uuid(p.agentUserId, t, 'agentUserId');
  if (channel === 'AGENT' && !agentUserId) fail(t, 'agentUserId');
  return {
    ticketId: uuid(p.ticketId, t, 'ticketId'),
    bookingId: uuid(p.bookingId, t, 'bookingId'),
    tripId: uuid(p.tripId, t, 'tripId'),
    seatLabel: typeof p.seatLabel === 'string' && p.seatLabel ? p.seatLabel : fail(t, 'seatLabel'),
    channel,
    channelTenantId: uuid(p.channelTenantId, t, 'channelTenantId'),
    agentUserId,
    currency: currency(p.currency, t),
    amountPaid: amount(p.amountPaid, t, 'amountPaid'),
    soldAt: time(p.soldAt, t, 'soldAt'),
  };
}
