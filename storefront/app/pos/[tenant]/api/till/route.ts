import { cookies } from 'next/headers';
import { GatewayUnavailableError } from '../../../../../lib/gateway';
import { deviceCookieName, deviceRequest, json } from '../../../../../lib/pos/server';
import { SnapshotError, tillSnapshot } from '../../../../../lib/pos/snapshot';

/** POST: the till's snapshot (device, cashiers, settings, catalogue, stock) for the device in the cookie. */
export async function POST(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const device = await deviceRequest(request, params);
  if (device instanceof Response) return device;
  const { tenant, key } = device;
  try {
    return json({ till: await tillSnapshot(tenant, key) });
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return json({ error: 'GATEWAY_UNAVAILABLE' }, 503);
    if (error instanceof SnapshotError) {
      // A key the gateway refuses (the device was revoked) is no use to keep.
      if (error.code === 'UNAUTHENTICATED' || error.code === 'NOT_PAIRED') {
        (await cookies()).delete({ name: deviceCookieName(tenant), path: `/pos/${tenant}` });
        return json({ error: 'NOT_PAIRED' }, 401);
      }
      return json({ error: error.code }, error.code === 'FORBIDDEN' ? 403 : 502);
    }
    throw error;
  }
}
