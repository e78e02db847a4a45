import { formatDateTime } from '../../lib/admin/format';
import { shopRequest } from '../../lib/shop/shopper';
import { carrierText, st, statusText } from '../../lib/shipments/messages';
import { ShopOrderShipmentsQuery } from '../../lib/shipments/operations';
import { RiderTrackingSection } from './RiderTrackingSection';

/**
 * The shop order page's deliveries (decision 0086): each shipment's status, what it carries, its tracking
 * events and, for the order's customer (signed in, or the guest holding the cart's cookie), the code to give
 * the rider. Nothing when the order has no shipments or the API did not answer.
 */
export async function OrderShipments({ slug, orderId, cartToken }: { slug: string; orderId: string; cartToken: string | null }) {
  const result = await shopRequest(slug, ShopOrderShipmentsQuery, { orderId, cartToken }).catch(() => null);
  const shipments = result?.data?.orderShipments ?? [];
  if (shipments.length === 0) return null;
  return (
    <section className="card" aria-labelledby="deliveries-title" data-testid="order-shipments">
      <h2 id="deliveries-title">{st('shopTitle')}</h2>
      {shipments.map(({ shipment: s, deliveryCode }) => (
        <div key={s.id} className="shipment">
          <p>
            <strong>{statusText(s.status)}</strong> · {st('shopTracking', { carrier: carrierText(s.carrier), number: s.trackingNumber })}
          </p>
          <p className="hint">{s.items.map((i) => `${i.quantity} × ${i.title}`).join(', ')}</p>
          {deliveryCode && (
            <p>
              {st('shopCode')}: <strong className="delivery-code" data-testid="delivery-code">{deliveryCode}</strong>
              <br />
              <span className="hint">{st('shopCodeHint')}</span>
            </p>
          )}
          <ol className="timeline">
            {s.events.map((e) => (
              <li key={e.id}>
                <strong>{statusText(e.status)}</strong> · <time dateTime={e.at}>{formatDateTime(e.at)}</time>
                {e.location && <span className="hint"> · {e.location}</span>}
                {e.note && <span className="hint"> · {e.note}</span>}
              </li>
            ))}
          </ol>
        </div>
      ))}
      <RiderTrackingSection slug={slug} orderId={orderId} cartToken={cartToken} />
    </section>
  );
}
