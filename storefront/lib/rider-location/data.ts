import 'server-only';
import { gatewayRequest } from '../gateway';
import { isUuid } from '../listing';
import { forwardedFor } from '../request';
import { SLUG_PATTERN } from '../slug';
import { RiderTrackingByKeyQuery } from './operations';
import type { TrackView } from './view';

/** How often the order page polls while its socket is down (RIDER_TRACKING_POLL_MS; the rider reports every ~15 s). */
export const TRACKING_POLL_MS = Number(process.env.RIDER_TRACKING_POLL_MS) > 0 ? Number(process.env.RIDER_TRACKING_POLL_MS) : 15_000;

const KEY_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

/**
 * The polling fallback's JSON (the gateway is another origin): the order's tracking read with its tracking
 * key, anonymously, so the page's script never holds the customer's session or cart token.
 */
export async function trackingResponse(slug: string, orderId: string, request: Request): Promise<Response> {
  const headers = { 'cache-control': 'no-store' };
  const key = new URL(request.url).searchParams.get('key') ?? '';
  if (!SLUG_PATTERN.test(slug) || !isUuid(orderId) || !KEY_PATTERN.test(key)) return Response.json({ error: 'NOT_FOUND' }, { status: 404, headers });
  const result = await gatewayRequest(RiderTrackingByKeyQuery, { orderId, trackingKey: key }, { tenant: slug, forwardedFor: await forwardedFor() }).catch(() => null);
  if (!result) return Response.json({ error: 'UNAVAILABLE' }, { status: 503, headers });
  const tracking = result.data?.riderTracking as TrackView | null | undefined;
  return tracking ? Response.json({ tracking }, { headers }) : Response.json({ error: 'NOT_FOUND' }, { status: 404, headers });
}
