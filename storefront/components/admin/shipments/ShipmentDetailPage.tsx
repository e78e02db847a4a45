import { notFound } from 'next/navigation';
import { sectionPath } from '../../../lib/admin/access';
import { formatDateTime } from '../../../lib/admin/format';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { formatMoney } from '../../../lib/money';
import { closeShipmentAction, overrideDeliveryAction, simulateCarrierEventAction } from '../../../lib/shipments/actions';
import { shipmentsPath } from '../../../lib/shipments/paths';
import { carrierText, st, statusText } from '../../../lib/shipments/messages';
import { AdminShipmentQuery } from '../../../lib/shipments/operations';
import { ActionForm } from '../ActionForm';
import { one } from '../pages/params';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ON_THE_ROAD = ['PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'FAILED'];

/**
 * One shipment (decision 0086): status, items, packages and its tracking events; managers cancel it before
 * pickup or record it back at the shop after a failure, an administrator confirms a locked delivery with a
 * reason, and a sandbox shipment can be made to report its next step through the carrier's signed webhook.
 */
export async function ShipmentDetailPage({ slug, shipmentId, params }: { slug: string; shipmentId: string; params: Record<string, string | string[] | undefined> }) {
  const base = `${shipmentsPath(slug)}/${shipmentId}`;
  const viewer = await requireViewer(slug, base, 'orders');
  if (!UUID.test(shipmentId)) notFound();
  const { shipment: s } = await adminQuery(slug, AdminShipmentQuery, { id: shipmentId });
  if (!s) notFound();
  const done = one(params, 'done');
  const collect = s.amountToCollect ? { amount: String(s.amountToCollect.amount), currency: s.amountToCollect.currency } : null;
  const viaField = { name: 'via', label: st('via'), type: 'select' as const, options: [{ value: 'CASH', label: st('via.CASH') }, { value: 'TRANSFER', label: st('via.TRANSFER') }], defaultValue: 'CASH' };
  return (
    <div>
      <h1>{st('tracking', { number: s.trackingNumber })}</h1>
      {done && (
        <p role="status" className="notice-ok">
          {done === 'created' ? st('done.created') : st('done.changed')}
        </p>
      )}
      <p>
        <strong data-testid="shipment-status">{statusText(s.status)}</strong> · {carrierText(s.carrier)} · <a href={`${sectionPath(slug, 'orders')}/${s.orderId}`}>{st('order', { number: s.orderNumber })}</a>
      </p>
      {s.riderUserId && (
        <p>
          {st('rider')}: <code>{s.riderUserId}</code>
        </p>
      )}
      {s.quotedPrice && (
        <p>
          {st('quoted')}: {formatMoney(s.quotedPrice)}
        </p>
      )}
      {s.amountToCollect && <p>{st('toCollect', { amount: formatMoney(s.amountToCollect) })}</p>}
      {s.failureReason && <p>{st('failure', { reason: s.failureReason })}</p>}
      {s.overrideReason && <p>{st('override', { reason: s.overrideReason })}</p>}
      {s.codeLocked ? <p className="alert">{st('codeLocked')}</p> : s.status !== 'DELIVERED' && <p className="hint">{st('triesLeft', { count: s.codeTriesLeft })}</p>}
      <h2>{st('items')}</h2>
      <ul>
        {s.items.map((i) => (
          <li key={i.id}>
            {i.quantity} × {i.title} ({i.sku})
          </li>
        ))}
      </ul>
      <h2>{st('packages')}</h2>
      <ul>
        {s.packages.map((p) => (
          <li key={p.id}>{st('package', { weight: p.weightGrams, length: p.lengthMm, width: p.widthMm, height: p.heightMm })}</li>
        ))}
      </ul>
      <h2>{st('events')}</h2>
      <ol data-testid="shipment-events">
        {s.events.map((e) => (
          <li key={e.id}>
            {formatDateTime(e.at)} — <strong>{statusText(e.status)}</strong>
            {e.location ? ` · ${e.location}` : ''}
            {e.note ? ` · ${e.note}` : ''}
            {e.fromCarrier ? ` (${st('fromCarrier')})` : ''}
          </li>
        ))}
      </ol>
      {viewer.access.manager && s.status === 'PENDING' && (
        <ActionForm action={closeShipmentAction.bind(null, slug, s.id, 'CANCELLED')} label={st('cancel')} groups={[{ fields: [{ name: 'note', label: st('closeNote'), required: true }] }]} submitLabel={st('cancel')} pendingLabel={st('saving')} secondary />
      )}
      {viewer.access.manager && s.status === 'FAILED' && (
        <ActionForm action={closeShipmentAction.bind(null, slug, s.id, 'RETURNED')} label={st('return')} groups={[{ fields: [{ name: 'note', label: st('closeNote'), required: true }] }]} submitLabel={st('return')} pendingLabel={st('saving')} />
      )}
      {viewer.access.admin && ON_THE_ROAD.includes(s.status) && (
        <ActionForm
          action={overrideDeliveryAction.bind(null, slug, s.id, collect)}
          label={st('overrideTitle')}
          groups={[{ legend: st('overrideTitle'), fields: [{ name: 'reason', label: st('overrideReason'), required: true, type: 'textarea' }, ...(collect ? [viaField] : [])] }]}
          submitLabel={st('overrideSubmit')}
          pendingLabel={st('saving')}
        />
      )}
      {viewer.access.manager && s.carrier === 'SANDBOX' && !['DELIVERED', 'RETURNED', 'CANCELLED'].includes(s.status) && (
        <ActionForm
          action={simulateCarrierEventAction.bind(null, slug, s.id)}
          label={st('simulate')}
          groups={[{ legend: st('simulate'), fields: [{ name: 'status', label: st('status'), type: 'select', options: ['PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'DELIVERED', 'FAILED'].map((v) => ({ value: v, label: statusText(v) })) }] }]}
          submitLabel={st('simulateSubmit')}
          pendingLabel={st('saving')}
          secondary
        />
      )}
    </div>
  );
}
