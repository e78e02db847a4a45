import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { formatMoney } from '../../../lib/money';
import { deliverShipmentAction, stepShipmentAction } from '../../../lib/shipments/actions';
import { deliveriesPath } from '../../../lib/shipments/paths';
import { directionsUrl, st, statusText, type ShipmentsMessageKey } from '../../../lib/shipments/messages';
import { RiderDeliveriesQuery } from '../../../lib/shipments/operations';
import { RiderLocationSharer } from '../../shipments/RiderLocationSharer';
import { ActionForm } from '../ActionForm';
import { one } from '../pages/params';

const DONE = ['PICKED_UP', 'OUT_FOR_DELIVERY', 'DELIVERED', 'FAILED'];

/**
 * The rider's page (decision 0086), for a phone: today's deliveries, one card each with the address, a
 * directions link and a call link, "Picked up", "On my way", "Delivered" with the customer's code (and the
 * money for a pay-on-delivery order), or "Not delivered" with what happened.
 */
export async function DeliveriesPage({ slug, params }: { slug: string; params: Record<string, string | string[] | undefined> }) {
  const base = deliveriesPath(slug);
  // Riders (decision 0093) and the shop's managers; a vendor or an agent is sent to the dashboard.
  const viewer = await requireViewer(slug, base, 'deliveries', 'orders');
  if (!viewer.access.manager && !viewer.access.rider) return <p className="empty">{st('riderNone')}</p>;
  const { myDeliveries } = await adminQuery(slug, RiderDeliveriesQuery, {});
  const done = one(params, 'done');
  return (
    <div className="rider-page">
      <h1>{st('riderTitle')}</h1>
      <p className="hint">{st('riderHint')}</p>
      {done && DONE.includes(done) && (
        <p role="status" className="notice-ok">
          {st(`riderDone.${done}` as ShipmentsMessageKey)}
        </p>
      )}
      {myDeliveries.length === 0 ? (
        <p className="empty">{st('riderNone')}</p>
      ) : (
        <ul className="card-list" data-testid="deliveries">
          {myDeliveries.map((s) => {
            const a = s.address;
            const collect = s.amountToCollect ? { amount: String(s.amountToCollect.amount), currency: s.amountToCollect.currency } : null;
            // A return's pickup (decision 0092): the rider collects from the customer and brings it to the shop, which confirms it; no code.
            const returning = !!s.returnRequestId;
            const onRoad = !returning && ['PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY', 'FAILED'].includes(s.status);
            const id = `delivery-${s.id}`;
            return (
              <li key={s.id} className="card" data-shipment={s.id} aria-labelledby={id}>
                <h2 id={id}>
                  {st('order', { number: s.orderNumber })} · {statusText(s.status)}
                </h2>
                {returning && (
                  <p>
                    <strong>{st('returnPickup')}</strong>
                  </p>
                )}
                <p className="hint">{(returning ? s.returnItems : s.items).map((i) => `${i.quantity} × ${i.title}`).join(', ')}</p>
                {returning && s.status !== 'PENDING' && <p className="hint">{st('returnPickupHint')}</p>}
                {a && (
                  <p>
                    {a.name}, {[a.line1, a.line2, a.city, a.region].filter(Boolean).join(', ')}
                    <br />
                    <a href={directionsUrl(a)} target="_blank" rel="noopener noreferrer">
                      {st('navigate')}
                    </a>
                    {a.phone && (
                      <>
                        {' · '}
                        <a href={`tel:${a.phone}`}>
                          {st('call')} {a.phone}
                        </a>
                      </>
                    )}
                  </p>
                )}
                {!returning && ['PICKED_UP', 'IN_TRANSIT', 'OUT_FOR_DELIVERY'].includes(s.status) && <RiderLocationSharer slug={slug} shipmentId={s.id} />}
                {s.amountToCollect && (
                  <p>
                    <strong>{st('toCollect', { amount: formatMoney(s.amountToCollect) })}</strong>
                  </p>
                )}
                {s.status === 'PENDING' && <ActionForm action={stepShipmentAction.bind(null, slug, s.id, 'PICKED_UP', base)} label={st(returning ? 'collected' : 'pickedUp')} groups={[]} submitLabel={st(returning ? 'collected' : 'pickedUp')} pendingLabel={st('saving')} />}
                {!returning && (s.status === 'PICKED_UP' || s.status === 'IN_TRANSIT' || s.status === 'FAILED') && (
                  <ActionForm action={stepShipmentAction.bind(null, slug, s.id, 'OUT_FOR_DELIVERY', base)} label={st('outForDelivery')} groups={[]} submitLabel={st('outForDelivery')} pendingLabel={st('saving')} secondary />
                )}
                {onRoad && !s.codeLocked && (
                  <ActionForm
                    action={deliverShipmentAction.bind(null, slug, s.id, collect, base)}
                    label={st('deliverTitle')}
                    groups={[
                      {
                        legend: st('deliverTitle'),
                        fields: [
                          { name: 'code', label: st('code'), inputMode: 'numeric', required: true, autoComplete: 'one-time-code', hint: st('triesLeft', { count: s.codeTriesLeft }) },
                          ...(collect ? [{ name: 'via', label: st('via'), type: 'select' as const, options: [{ value: 'CASH', label: st('via.CASH') }, { value: 'TRANSFER', label: st('via.TRANSFER') }], defaultValue: 'CASH' }] : []),
                        ],
                      },
                    ]}
                    submitLabel={s.amountToCollect ? st('deliverCollect', { amount: formatMoney(s.amountToCollect) }) : st('deliver')}
                    pendingLabel={st('saving')}
                  />
                )}
                {s.codeLocked && <p className="alert">{st('codeLocked')}</p>}
                {onRoad && s.status !== 'FAILED' && (
                  <ActionForm
                    action={stepShipmentAction.bind(null, slug, s.id, 'FAILED', base)}
                    label={st('failTitle')}
                    groups={[{ legend: st('failTitle'), fields: [{ name: 'note', label: st('failReason'), required: true }] }]}
                    submitLabel={st('fail')}
                    pendingLabel={st('saving')}
                    secondary
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
