import 'server-only';
import { gatewayRequest, GatewayUnavailableError } from '../gateway';
import { isUuid } from '../listing';
import { forwardedFor } from '../request';
import { SLUG_PATTERN } from '../slug';
import { getSeatMap } from './data';
import { TransportHeartbeatMutation } from './operations';

// The two JSON endpoints the live seat map calls on its own site (the gateway is another origin): the
// seat map to poll while the socket is down, and presence heartbeats (also sent with sendBeacon when the
// page goes, which only reaches same-site URLs reliably).

const NO_STORE = { 'cache-control': 'no-store' };

function json(body: unknown, status = 200): Response {
  return Response.json(body, { status, headers: NO_STORE });
}

export async function seatMapResponse(slug: string, tripId: string): Promise<Response> {
  if (!SLUG_PATTERN.test(slug) || !isUuid(tripId)) return json({ error: 'NOT_FOUND' }, 404);
  try {
    const seatMap = await getSeatMap(slug, tripId);
    return seatMap ? json({ seatMap }) : json({ error: 'NOT_FOUND' }, 404);
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return json({ error: 'UNAVAILABLE' }, 503);
    throw error;
  }
}

export async function heartbeatResponse(slug: string, tripId: string, request: Request): Promise<Response> {
  if (!SLUG_PATTERN.test(slug) || !isUuid(tripId)) return json({ error: 'NOT_FOUND' }, 404);
  let body: { viewerId?: unknown; leaving?: unknown };
  try {
    body = (await request.json()) as typeof body;
  } catch {
    return json({ error: 'BAD_USER_INPUT' }, 400);
  }
  const viewerId = typeof body.viewerId === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(body.viewerId) ? body.viewerId : null;
  if (!viewerId) return json({ error: 'BAD_USER_INPUT' }, 400);
  try {
    const result = await gatewayRequest(TransportHeartbeatMutation, { tripId, viewerId, leaving: body.leaving === true }, { tenant: slug, forwardedFor: await forwardedFor() });
    const presence = result.data?.tripHeartbeat.presence;
    return presence ? json({ viewers: presence.viewers }) : json({ error: result.data?.tripHeartbeat.userErrors[0]?.code ?? result.errors[0]?.extensions?.code ?? 'UNKNOWN' }, 400);
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return json({ error: 'UNAVAILABLE' }, 503);
    throw error;
  }
}
