import { ADMIN_ROLES, createBuilder, type RoleName } from '@webwaka/kit';

/** Commerce's one schema builder. */
export const builder = createBuilder();

/**
 * Integrators with commerce:read, or commerce:write: a key that manages orders and settings also reads them
 * (services/orders.ts readsAllOrders gives such keys the tenant's orders).
 */
const COMMERCE_KEYS = { apiScope: 'commerce:read', $any: { apiScope: 'commerce:write' } };
/** Who reads orders at all (each sees what services/orders.ts orderScope allows): back office, vendors, customers, integrators. */
export const ORDER_READERS = { roles: [...ADMIN_ROLES, 'STAFF', 'VENDOR', 'CUSTOMER'] as RoleName[], ...COMMERCE_KEYS };
/** Who moves orders along (fulfil, ship, deliver, complete, cancel) and reads settings: administrators, staff, integrators with commerce:write. */
export const ORDER_MANAGERS = { roles: [...ADMIN_ROLES, 'STAFF'] as RoleName[], apiScope: 'commerce:write' };
/** Who reads the back office's commerce settings: administrators, staff, integrators. */
export const SETTINGS_READERS = { roles: [...ADMIN_ROLES, 'STAFF'] as RoleName[], ...COMMERCE_KEYS };
/** Who reads the tenant's sales figures (reports, the dashboard): the back office's managers and integrators' keys. */
export const SALES_READERS = { roles: [...ADMIN_ROLES, 'STAFF'] as RoleName[], ...COMMERCE_KEYS };
/**
 * Who works a shipment on the road (decision 0093): the shop's riders (the RIDER role), staff and
 * administrators — people, whose user id a shipment names; the services let a rider touch only their own.
 */
export const DELIVERERS = { roles: [...ADMIN_ROLES, 'STAFF', 'RIDER'] as RoleName[] };
/** Who moves one vendor's part of an order along: its vendor, and whoever manages orders. */
export const VENDOR_FULFILLERS = { roles: [...ADMIN_ROLES, 'STAFF', 'VENDOR'] as RoleName[], apiScope: 'commerce:write' };
/** Money and business settings (refunds, disputes, tax, shipping): administrators and integrators with commerce:write. */
export const MONEY_ADMINS = { roles: [...ADMIN_ROLES] as RoleName[], apiScope: 'commerce:write' };
/** Payment credentials: administrators only (never an API key). */
export const PAYMENT_ADMINS = { roles: [...ADMIN_ROLES] as RoleName[] };

export const CartStatusEnum = builder.enumType('CartStatus', { values: ['ACTIVE', 'CHECKED_OUT', 'MERGED'] as const });
export const CommerceChannelEnum = builder.enumType('CommerceChannel', {
  description: 'How it was sold: SVM (single-vendor store), MVM (multi-vendor marketplace) or POS (at a till; decision 0052).',
  values: ['SVM', 'MVM', 'POS'] as const,
});
export const OrderStatusEnum = builder.enumType('OrderStatus', {
  values: ['PENDING_PAYMENT', 'PAID', 'FULFILLING', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED'] as const,
});
export const LineStockStatusEnum = builder.enumType('LineStockStatus', {
  description: 'NOT_STOCKED: a line that holds no stock (a bus seat: transport keeps its seats).',
  values: ['RESERVED', 'COMMITTED', 'RELEASED', 'NOT_STOCKED'] as const,
});
export const OrderLineSourceEnum = builder.enumType('OrderLineSource', { values: ['CATALOG', 'TRANSPORT'] as const });
export const PaymentProviderEnum = builder.enumType('PaymentProvider', { values: ['SANDBOX', 'PAYSTACK', 'FLUTTERWAVE', 'STRIPE'] as const });
export const PaymentMethodEnum = builder.enumType('PaymentMethod', {
  description: "How a shopper pays (decision 0076): CARD on the provider's hosted page, BANK_TRANSFER to an account opened for the order, PAY_ON_DELIVERY in cash or by transfer to the shop's collector at the door (decision 0083), USSD by a code dialled on the shopper's phone and MOBILE_MONEY approved on it (decision 0087).",
  values: ['CARD', 'BANK_TRANSFER', 'PAY_ON_DELIVERY', 'USSD', 'MOBILE_MONEY'] as const,
});
export const PaymentStatusEnum = builder.enumType('PaymentStatus', { values: ['PENDING', 'SUCCEEDED', 'FAILED', 'CANCELLED'] as const });
export const RefundStatusEnum = builder.enumType('RefundStatus', { values: ['PENDING', 'SUCCEEDED', 'FAILED', 'REVIEW'] as const });
export const DisputeStatusEnum = builder.enumType('DisputeStatus', { values: ['OPEN', 'CLOSED'] as const });

export const money = (amount: bigint, currency: string) => ({ amount, currency });

builder.queryType({});
builder.mutationType({});
