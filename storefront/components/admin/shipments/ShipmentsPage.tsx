import type { ShipmentStatus } from '../../../gql/graphql';
import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { shipmentsPath } from '../../../lib/shipments/paths';
import { carrierText, st, statusText } from '../../../lib/shipments/messages';
import { AdminShipmentsQuery } from '../../../lib/shipments/operations';
import { one, query } from '../pages/params';

export const SHIPMENT_STATUSES: readonly ShipmentStatus[] = ['PENDING', 'PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'FAILED', 'RETURNED', 'CANCELLED'];

/** The shop's shipments (decision 0086), newest first, by status; a vendor sees its own vendor orders'. One card each (phones). */
export async function ShipmentsPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = shipmentsPath(slug);
  const wanted = one(params, 'status') as ShipmentStatus;
  const status = SHIPMENT_STATUSES.includes(wanted) ? wanted : null;
  const orderId = one(params, 'orderId') || null;
  await requireViewer(slug, `${base}${query({ status, orderId })}`, 'orders');
  const { shipments } = await adminQuery(slug, AdminShipmentsQuery, { status, orderId });
  return (
    <div>
      <h1>{st('title')}</h1>
      <p className="hint">{st('hint')}</p>
      <form method="get" action={base} className="filter-bar" aria-label={st('filter')}>
        <div className="field">
          <label htmlFor="shipment-status">{st('status')}</label>
          <select id="shipment-status" name="status" defaultValue={status ?? ''}>
            <option value="">{st('allStatuses')}</option>
            {SHIPMENT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statusText(s)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{st('apply')}</button>
      </form>
      {shipments.length === 0 ? (
        <p className="empty">{st('none')}</p>
      ) : (
        <ul className="card-list" data-testid="shipments">
          {shipments.map((s) => (
            <li key={s.id} className="card">
              <h2>
                <a href={`${base}/${s.id}`}>{st('tracking', { number: s.trackingNumber })}</a>
              </h2>
              <p>
                <strong>{statusText(s.status)}</strong> · {carrierText(s.carrier)} · <a href={`${sectionPath(slug, 'orders')}/${s.orderId}`}>{st('order', { number: s.orderNumber })}</a>
              </p>
              <p className="hint">
                {s.items.map((i) => `${i.quantity} × ${i.title}`).join(', ')} · {formatDateTime(s.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
