/**
 * What an order's customer is told (issue 15): commerce asks notifications for a message
 * (`notifications.message.requested`) in the same transaction as the move it reports, so a message exists
 * exactly when the move committed, and once per move (its key names the order and the status reached):
 * - PAID: `order.confirmed` with the total and what was bought. It also says the payment arrived, so no
 *   separate `payment.received` is sent (one payment pays one order: two messages would say one thing).
 *   An order of external lines only (bus tickets) gets none: transport's `ticket.issued` is its message.
 * - SHIPPED, DELIVERED, CANCELLED (a paid order cancelled and refunded), REFUNDED (in full):
 *   `order.status_changed`. An unpaid order that expires or is cancelled is not announced (nobody paid),
 *   nor are the steps in between (fulfilling, completed, partly refunded).
 * - Point-of-sale orders (channel POS) send nothing: the till gave its receipt.
 * To the order's e-mail, and its phone by SMS when the customer gave one; a signed-in customer's user id
 * goes along (their language and preferences). The order link is the storefront's order page: a guest
 * reads it with the cookie kept at checkout (no secret in the link), anyone else after signing in.
 */
import { formatMoney, recordEvent, TOPICS, type MessageChannel, type MessageRequestedPayload, type TenantLinks } from '@webwaka/kit';
import type { Tx } from './context';
import type { OrderStatus } from './order-states';
import { recordChatOrderUpdate } from './conversations/outbound';

const STATUS_WORDS: Partial<Record<OrderStatus, string>> = {
  SHIPPED: 'shipped',
  DELIVERED: 'delivered',
  CANCELLED: 'cancelled and refunded',
  REFUNDED: 'refunded',
};

/** The statuses a customer hears of. */
export const ANNOUNCED: readonly OrderStatus[] = ['PAID', ...(Object.keys(STATUS_WORDS) as OrderStatus[])];

/** The most items an order confirmation lists by name; the rest are counted. */
const LISTED_ITEMS = 5;

export interface OrderForMessage {
  id: string;
  tenantId: string;
  number: string;
  channel: string;
  email: string;
  phone: string | null;
  customerUserId: string | null;
  currency: string;
  total: bigint;
  shippingAddress: unknown;
}

export interface LineForMessage {
  title: string;
  quantity: number;
  source: string;
}

/** "2 × Ankara shirt, 1 × Cap" (at most five named, then "and 3 more"). */
export function itemsSummary(lines: readonly LineForMessage[]): string {
  const named = lines.slice(0, LISTED_ITEMS).map((l) => `${l.quantity} × ${l.title}`);
  const rest = lines.length - LISTED_ITEMS;
  return rest > 0 ? `${named.join(', ')} and ${rest} more` : named.join(', ');
}

/** The message for an order that reached `status`, or null when this move is not announced. */
export function orderMessage(order: OrderForMessage, lines: readonly LineForMessage[], status: OrderStatus, links: TenantLinks | null): MessageRequestedPayload | null {
  if (order.channel === 'POS' || !ANNOUNCED.includes(status)) return null;
  const ticketsOnly = lines.length > 0 && lines.every((l) => l.source !== 'CATALOG');
  if (status === 'PAID' && ticketsOnly) return null;
  const address = order.shippingAddress as { name?: unknown } | null;
  const name = typeof address?.name === 'string' ? address.name : '';
  const orderUrl = links?.shop(ticketsOnly ? `/trips/orders/${order.id}` : `/orders/${order.id}`) ?? '';
  const channels: MessageChannel[] = order.phone ? ['EMAIL', 'SMS'] : ['EMAIL'];
  const to = { email: order.email, phone: order.phone, name: name || null, userId: order.customerUserId };
  if (status === 'PAID') {
    return {
      key: `order.confirmed:${order.id}`,
      tenantId: order.tenantId,
      template: 'order.confirmed',
      to,
      channels,
      variables: { name, orderNumber: order.number, total: formatMoney({ amount: order.total, currency: order.currency }), itemsSummary: itemsSummary(lines), orderUrl },
    };
  }
  return {
    key: `order.status_changed:${order.id}:${status}`,
    tenantId: order.tenantId,
    template: 'order.status_changed',
    to,
    channels,
    variables: { name, orderNumber: order.number, status: STATUS_WORDS[status]!, orderUrl },
  };
}

/**
 * Records the message for an order that has just reached `status` (in the transaction that moved it);
 * reads the order's lines when the caller has not.
 */
export async function recordOrderMessage(tx: Tx, order: OrderForMessage, status: OrderStatus, links: TenantLinks | null, lines?: readonly LineForMessage[]): Promise<void> {
  if (order.channel === 'POS' || !ANNOUNCED.includes(status)) return;
  const items = lines ?? (await tx.orderLine.findMany({ where: { orderId: order.id }, orderBy: { id: 'asc' }, select: { title: true, quantity: true, source: true } }));
  const payload = orderMessage(order, items, status, links);
  if (payload) await recordEvent(tx, { tenantId: order.tenantId, topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED, payload });
  // An order placed by WhatsApp is also told in its chat (decision 0075).
  // Shipped: the order's page on the shop, where the delivery can be followed (decision 0085).
  const follow = status === 'SHIPPED' ? (links?.shop(`/orders/${order.id}`) ?? null) : null;
  if (payload) await recordChatOrderUpdate(tx, order, status, { items: itemsSummary(items), status: STATUS_WORDS[status] ?? null, follow });
}
