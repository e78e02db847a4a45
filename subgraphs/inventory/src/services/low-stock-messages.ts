/**
 * The administrators' low-stock message (issue 15): each LOW_STOCK alert (a level crossing its threshold,
 * or a threshold set at or above the stock) asks notifications for `inventory.low_stock` to the tenant's
 * administrators (`to.role: 'ADMIN'`) in the alert's transaction, once per alert (the key is the alert's
 * id). Inventory knows the SKU, not the product's name: the SKU stands for the title. The link to the
 * back office's alerts comes from kit's per-tenant link cache, which the stock transaction warmed before
 * it began (no call to identity inside a transaction holding stock locks); empty when identity was not
 * reachable.
 */
import { cachedTenantLinks, recordEvent, tenantLinks, TOPICS, type MessageRequestedPayload, type Peers, type TenantLinks } from '@webwaka/kit';
import type { Tx } from './context';

/** Before a stock transaction: fetches the tenant's links unless this process has them (a Map lookup, usually). */
export async function warmLinks(ctx: { peers?: Peers; requestId?: string }, tenantId: string): Promise<void> {
  if (ctx.peers && !cachedTenantLinks(tenantId)) await tenantLinks(ctx.peers, tenantId, 'inventory', ctx.requestId);
}

/** The message for one alert (pure). */
export function lowStockMessage(alert: { id: string; tenantId: string; available: number }, sku: string, location: string, links: TenantLinks | null): MessageRequestedPayload {
  return {
    key: `inventory.low_stock:${alert.id}`,
    tenantId: alert.tenantId,
    template: 'inventory.low_stock',
    to: { role: 'ADMIN' },
    channels: ['EMAIL'],
    variables: { sku, title: sku, available: String(alert.available), location, adminUrl: links?.admin('/inventory/alerts') ?? '' },
  };
}

/** Records the message of an alert just created, in its transaction. */
export async function recordLowStockMessage(tx: Tx, alert: { id: string; tenantId: string; variantId: string; locationId: string; available: number }): Promise<void> {
  const [item, location] = await Promise.all([
    tx.inventoryItem.findUnique({ where: { variantId: alert.variantId }, select: { sku: true } }),
    tx.location.findUnique({ where: { id: alert.locationId }, select: { name: true } }),
  ]);
  const payload = lowStockMessage(alert, item?.sku ?? '', location?.name ?? '', cachedTenantLinks(alert.tenantId));
  await recordEvent(tx, { tenantId: alert.tenantId, topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED, payload });
}
