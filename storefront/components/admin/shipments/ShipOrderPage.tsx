import { notFound } from 'next/navigation';
import { sectionPath } from '../../../lib/admin/access';
import { adminQuery, requireViewer } from '../../../lib/admin/session';
import { createShipmentAction } from '../../../lib/shipments/actions';
import { shipmentsPath } from '../../../lib/shipments/paths';
import { carrierText, st, statusText } from '../../../lib/shipments/messages';
import { AdminDeliveryPeopleQuery, AdminShipmentOrderQuery, AdminShipmentQuoteQuery } from '../../../lib/shipments/operations';
import { label } from '../../../lib/admin/format';
import { formatMoney } from '../../../lib/money';
import { ActionForm } from '../ActionForm';
import { PackageRows } from './PackageRows';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const RELEASED = ['CANCELLED', 'RETURNED'];
const DEFAULT_PACKAGE = { weightGrams: 1000, lengthMm: 300, widthMm: 200, heightMm: 100 };
/** Commerce's MAX_PACKAGES. */
const MAX_PACKAGES = 20;

/**
 * Create a shipment from an order (decision 0086): per vendor order, how many of each line (what is left to
 * ship is shown; commerce refuses more), each package's weight and size (rows added and removed on the
 * phone, decision 0093), the carrier and, for our own riders, who delivers: the shop's riders and staff. The
 * carriers offered are those the shop can use (decision 0090: Kwik once connected); Kwik needs the customer's
 * map position, typed here when the address has none.
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
  // Managers pick the rider from the shop's riders and staff (decision 0093); a vendor (who may not list the
  // shop's people) names one by user id, itself by default.
  const people = viewer.access.manager
    ? await adminQuery(slug, AdminDeliveryPeopleQuery, {}).then(
        (d) => d.deliveryPeople.map((p) => ({ value: p.userId, label: st('riderOption', { name: p.name, role: p.roles.map((r) => label(`admin.role.${r}`)).join(', ') }) })),
        () => null,
      )
    : null;
  const riderField =
    people && people.length > 0
      ? { name: 'riderUserId', label: st('rider'), type: 'select' as const, options: people, hint: st('riderUserHint') }
      : { name: 'riderUserId', label: st('riderLabel'), hint: people ? st('noRiders') : st('riderUserHint'), defaultValue: viewer.user.id };
  const packageLabels = {
    legend: st('packages'),
    hint: st('packagesHint'),
    packageN: st('packageN', { n: '{n}' }),
    add: st('addPackage'),
    remove: st('removePackage', { n: '{n}' }),
    weight: st('weight'),
    length: st('length'),
    width: st('width'),
    height: st('height'),
  };
  const initialPackage = { weightGrams: String(DEFAULT_PACKAGE.weightGrams), lengthMm: String(DEFAULT_PACKAGE.lengthMm), widthMm: String(DEFAULT_PACKAGE.widthMm), heightMm: String(DEFAULT_PACKAGE.heightMm) };
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
                    fields: [
                      { name: 'carrier', label: st('carrierLabel'), type: 'select', options: carrierOptions, defaultValue: 'OWN_RIDERS' },
                      riderField,
                    ],
                  },
                  ...kwikGroup,
                ]}
                submitLabel={st('create')}
                pendingLabel={st('saving')}
              >
                <PackageRows labels={packageLabels} initial={initialPackage} max={MAX_PACKAGES} />
              </ActionForm>
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
