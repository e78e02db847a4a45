import { TRACKING_POLL_MS } from '../../lib/rider-location/data';
import { RiderTrackingSubscription, ShopRiderTrackingQuery } from '../../lib/rider-location/operations';
import type { TrackView } from '../../lib/rider-location/view';
import { shopRequest } from '../../lib/shop/shopper';
import { publicWsUrl } from '../../lib/transport/realtime';
import { RiderTracking } from './RiderTracking';

/**
 * The customer's live rider view under the order's shipments (decision 0089), while a shipment is on the
 * road: read once here as the customer (signed in, or the guest's cart cookie), which also gives the
 * order's tracking key that the browser's socket and poller use from then on.
 */
export async function RiderTrackingSection({ slug, orderId, cartToken }: { slug: string; orderId: string; cartToken: string | null }) {
  const result = await shopRequest(slug, ShopRiderTrackingQuery, { orderId, cartToken }).catch(() => null);
  const tracking = result?.data?.riderTracking;
  if (!tracking || tracking.shipments.length === 0) return null;
  const { trackingKey, ...initial } = tracking;
  return (
    <RiderTracking
      slug={slug}
      orderId={orderId}
      trackingKey={trackingKey}
      wsUrl={publicWsUrl()}
      pollMs={TRACKING_POLL_MS}
      document={String(RiderTrackingSubscription)}
      initial={initial as TrackView}
    />
  );
}
