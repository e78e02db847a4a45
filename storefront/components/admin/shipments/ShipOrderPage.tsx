import { notFound } from 'next/navigation';
import { sectionPath } from '../../../lib/admin/access';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { createShipmentAction } from '../../../lib/shipments/actions';
import { shipmentsPath } from '../../../lib/shipments/paths';
import { carrierText, st, statusText } from '../../../lib/shipments/messages';
import { AdminShipmentOrderQuery, AdminShipmentQuoteQuery } from '../../../lib/shipments/operations';
import { AdminMembersQuery } from '../../../lib/admin/member-operations';
import { formatMoney } from '../../../lib/money';
import { ActionForm } from '../ActionForm';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RELEASED = ['CANCELLED', 'RETURNED'];
const DEFAULT_PACKAGE = { weightGrams: 1000, lengthMm: 300, widthMm: 200, heightMm: 100 };

/**
 * Create a shipment from an order (decision 0086): per vendor order, how many of each line (what is left to
 * ship is shown; commerce refuses more), one package's weight and size, the carrier and, for our own riders,
 * who delivers. The signed-in staff member is offered as the rider. The carriers offered are those the shop
 * can use (decision 0090: Kwik once connected); Kwik needs the customer's map position, typed here when the
 * address has none.
 */
export async function ShipOrderPage({ slug, orderId }: { slug: string; orderId: string }) {
  const viewer = await requireViewer(slug, `${sectionPath(slug, 'orders')}/${orderId}/ship`, 'orders');
  if (!UUID.test(orderId)) notFound();
  const { order, shipments, shippingCarriers } = await adminQuery(slug, AdminShipmentOrderQuery, { id: orderId });
  if (!order) notFound();
  // Only the carriers this shop can use now (Kwik once connected, the sandbox where it is on).
  const carrierOptions = shippingCarriers.map((c) => ({ value: c, label: carrierText(c) }));
  const position = order.shippingAddress?.latitude != null && order.shippingAddress.longitude != null ? { latitude: order.shippingAddress.latitude, longitude: order.shippingAddress.longitude } : null;
  // Kwik routes by the map: without the customer's shared position, staff type the one the customer gives them.
  const kwikGroup = !shippingCarriers.includes('KWIK')
    ? []
    : position
      ? []
      : [
          {
            legend: st('kwikPositionLegend'),
            fields: [
              { name: 'latitude', label: st('latitude'), inputMode: 'decimal' as const, hint: st('kwikPositionHint') },
              { name: 'longitude', label: st('longitude'), inputMode: 'decimal' as const },
            ],
          },
        ];
  // The sandbox carrier's price for the default package, beside our riders (who do not quote).
  const quote = await (shippingCarriers.includes('SANDBOX') ? adminQuery(slug, AdminShipmentQuoteQuery, { orderId, carrier: 'SANDBOX', packages: [DEFAULT_PACKAGE] }) : Promise.reject(new Error('no sandbox'))).then(
    (d) => d.shipmentQuote,
    () => null,
  );
  // Administrators pick the rider from the shop's staff; staff (who cannot list members) are offered themselves.
  const staff = viewer.access.admin
    ? await adminQuery(slug, AdminMembersQuery, { role: 'STAFF', after: null }).then(
        (d) => d.members.edges.map((e) => ({ value: e.node.user.id, label: e.node.user.name || e.node.user.email || e.node.user.id })),
        () => null,
      )
    : null;
  const riderField =
    staff && staff.length > 0
      ? { name: 'riderUserId', label: st('rider'), type: 'select' as const, options: staff, hint: st('riderUserHint') }
      : { name: 'riderUserId', label: st('riderLabel'), hint: st('riderUserHint'), defaultValue: viewer.access.manager ? viewer.user.id : '' };
  const shipped = new Map<string, number>();
  for (const s of shipments) if (!RELEASED.includes(s.status)) for (const i of s.items) shipped.set(i.orderLineId, (shipped.get(i.orderLineId) ?? 0) + i.quantity);
  return (
    <div>
      <h1>{st('shipTitle', { number: order.number })}</h1>
      <p className="hint">{st('shipHint')}</p>
      {quote && <p data-testid="carrier-quote">{st('quote', { price: formatMoney(quote.price), hours: quote.etaHours })}</p>}
      {shippingCarriers.includes('KWIK') && position && <p className="hint">{st('kwikPositionKnown', position)}</p>}
      {order.vendorOrders.map((vo) => {
        const lines = vo.lines.filter((l) => l.source === 'CATALOG').map((l) => ({ ...l, left: l.quantity - (shipped.get(l.id) ?? 0) }));
        const open = lines.filter((l) => l.left > 0);
        return (
          <section key={vo.id} aria-label={st('shipVendor', { vendor: vo.vendorName })}>
            {order.vendorOrders.length > 1 && <h2>{st('shipVendor', { vendor: vo.vendorName })}</h2>}
            {open.length === 0 ? (
              <p className="empty">{st('nothingLeft')}</p>
            ) : (
              <ActionForm
                action={createShipmentAction.bind(
                  null,
                  slug,
                  order.id,
                  vo.id,
                  open.map((l) => l.id),
                )}
                label={st('create')}
                groups={[
                  {
                    legend: st('items'),
                    fields: open.map((l) => ({ name: `qty-${l.id}`, label: st('qty', { title: l.title, sku: l.sku }), type: 'number' as const, inputMode: 'numeric' as const, defaultValue: String(l.left), hint: st('left', { left: l.left, ordered: l.quantity }) })),
                  },
                  {
                    legend: st('packages'),
                    fields: [
                      { name: 'weightGrams', label: st('weight'), type: 'number', inputMode: 'numeric', required: true, defaultValue: '1000' },
                      { name: 'lengthMm', label: st('length'), type: 'number', inputMode: 'numeric', required: true, defaultValue: '300' },
                      { name: 'widthMm', label: st('width'), type: 'number', inputMode: 'numeric', required: true, defaultValue: '200' },
                      { name: 'heightMm', label: st('height'), type: 'number', inputMode: 'numeric', required: true, defaultValue: '100' },
                    ],
                  },
                  {
                    fields: [
                      { name: 'carrier', label: st('carrierLabel'), type: 'select', options: carrierOptions, defaultValue: 'OWN_RIDERS' },
                      riderField,
                    ],
                  },
                  ...kwikGroup,
                ]}
                submitLabel={st('create')}
                pendingLabel={st('saving')}
              />
            )}
          </section>
        );
      })}
      {shipments.length > 0 && (
        <>
          <h2>{st('existing')}</h2>
          <ul>
            {shipments.map((s) => (
              <li key={s.id}>
                <a href={`${shipmentsPath(slug)}/${s.id}`}>{st('tracking', { number: s.trackingNumber })}</a> · {statusText(s.status)}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
