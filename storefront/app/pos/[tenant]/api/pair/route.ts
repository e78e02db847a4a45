import { cookies } from 'next/headers';
import { gatewayRequest, GatewayUnavailableError } from '../../../../../lib/gateway';
import { PosPairMutation } from '../../../../../lib/pos/operations';
import { deviceCookieName, deviceCookieOptions, json, refused } from '../../../../../lib/pos/server';
import { forwardedFor } from '../../../../../lib/request';

/**
 * POST { code }: pairs this browser as the till a manager registered (pairPosDevice, anonymous in the
 * tenant). The device key goes into an httpOnly cookie scoped to /pos/<tenant> for a year; the page never
 * sees it.
 */
export async function POST(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const { tenant } = await params;
  const no = refused(tenant, request);
  if (no) return no;
  const body = (await request.json().catch(() => null)) as { code?: unknown } | null;
  const code = typeof body?.code === 'string' ? body.code.trim() : '';
  if (!code || code.length > 64) return json({ error: 'INVALID_CODE' }, 400);
  try {
    const r = await gatewayRequest(PosPairMutation, { code }, { tenant, forwardedFor: await forwardedFor() });
    const payload = r.data?.pairPosDevice;
    if (!payload?.deviceKey) {
      const error = payload?.userErrors[0]?.code ?? r.errors[0]?.extensions?.code ?? 'INVALID_CODE';
      return json({ error: error === 'NOT_FOUND' || error === 'BAD_USER_INPUT' ? 'INVALID_CODE' : error }, 400);
    }
    (await cookies()).set(deviceCookieName(tenant), payload.deviceKey, deviceCookieOptions(tenant, request));
    return json({ ok: true });
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return json({ error: 'GATEWAY_UNAVAILABLE' }, 503);
    throw error;
  }
}
