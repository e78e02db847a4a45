import type { OrderStatus } from '../../../gql/graphql';
import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { t } from '../../../lib/messages';
import { formatMoney, sumMoney } from '../../../lib/money';
import { AdminOrderListQuery } from '../../../lib/admin/order-operations';
import { one, query } from '../pages/params';
import { statusLabel } from '../../shop/messages';
import { DataTable } from '../DataTable';
import { sm } from '../../../lib/shop/subscription-messages';
import { whatsappPath, wt } from '../../../lib/admin/whatsapp-messages';
import { st } from '../../../lib/shipments/messages';

export const ORDER_STATUSES: readonly OrderStatus[] = ['PENDING_PAYMENT', 'PAID', 'FULFILLING', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED'];

/**
 * Orders, newest first, filtered by status, 25 a page (keyset). Managers see the tenant's orders; a
 * vendor sees the orders holding its vendor orders, and only its part of them (commerce's rule).
 */
export async function OrdersPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = sectionPath(slug, 'orders');
  const statusParam = one(params, 'status') as OrderStatus;
  const status = ORDER_STATUSES.includes(statusParam) ? statusParam : null;
  const after = one(params, 'after') || null;
  const viewer = await requireViewer(slug, `${base}${query({ status, after })}`, 'orders');
  const { orders } = await adminQuery(slug, AdminOrderListQuery, { status, after });

  return (
    <div>
      <h1>{t('admin.orders.title')}</h1>
      {viewer.access.vendor && <p className="hint">{t('admin.orders.vendorHint', { vendor: viewer.access.vendor.name })}</p>}
      {viewer.access.manager && (
        <p>
          <a href={`${base}/subscriptions`}>{sm('admin.link')}</a>
          {' · '}
          <a href={whatsappPath(slug)}>{wt('link')}</a>
          {' · '}
          <a href={`${base}/shipments`}>{st('link')}</a>
          {' · '}
          <a href={`${base}/deliveries`}>{st('deliveriesLink')}</a>
          {' · '}
          {t('admin.pod.links')} <a href={`${base}/collect`}>{t('admin.pod.collectTitle')}</a>
          {viewer.access.admin && (
            <>
              {' · '}
              <a href={`${base}/collector-cash`}>{t('admin.pod.cashTitle')}</a>
            </>
          )}
        </p>
      )}
      <form method="get" action={base} className="filter-bar" aria-label={t('admin.orders.filter')}>
        <div className="field">
          <label htmlFor="order-status">{t('admin.orders.status')}</label>
          <select id="order-status" name="status" defaultValue={status ?? ''}>
            <option value="">{t('admin.orders.allStatuses')}</option>
            {ORDER_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('admin.orders.apply')}</button>
      </form>
      {orders.edges.length === 0 ? (
        <p className="empty">{t('admin.orders.empty')}</p>
      ) : (
        <DataTable label={t('admin.orders.title')}>
          <thead>
            <tr>
              <th scope="col">{t('admin.orders.number')}</th>
              <th scope="col">{t('admin.orders.status')}</th>
              <th scope="col">{t('admin.orders.placed')}</th>
              <th scope="col">{t('admin.orders.customer')}</th>
              <th scope="col">{t('admin.orders.sellers')}</th>
              <th scope="col">{t('admin.orders.items')}</th>
              <th scope="col">{t(viewer.access.vendor ? 'admin.orders.yourPart' : 'admin.orders.total')}</th>
            </tr>
          </thead>
          <tbody>
            {orders.edges.map(({ node: order }) => (
              <tr key={order.id}>
                <th scope="row">
                  <a href={`${base}/${order.id}`}>{order.number}</a>
                </th>
                <td>
                  {statusLabel(order.status)}
                  {order.disputed && ` · ${t('admin.orders.disputed')}`}
                </td>
                <td>{formatDateTime(order.createdAt)}</td>
                <td>{order.email}</td>
                <td>{order.vendorOrders.map((v) => v.vendorName).join(', ')}</td>
                <td>{order.lines.reduce((n, l) => n + l.quantity, 0)}</td>
                {/* A vendor's part: its own vendor orders (commerce shows it no other), not the whole order. */}
                <td>{formatMoney(viewer.access.vendor ? sumMoney(order.vendorOrders.flatMap((v) => [v.subtotal, v.shipping, v.tax]), order.total.currency) : order.total)}</td>
              </tr>
            ))}
          </tbody>
        </DataTable>
      )}
      {orders.pageInfo.hasNextPage && orders.pageInfo.endCursor && (
        <nav className="pagination" aria-label={t('admin.orders.pages')}>
          <a rel="next" href={`${base}${query({ status, after: orders.pageInfo.endCursor })}`}>
            {t('admin.orders.older')}
          </a>
        </nav>
      )}
    </div>
  );
}
