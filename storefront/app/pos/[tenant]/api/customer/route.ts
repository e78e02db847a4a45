import { gatewayRequest, GatewayUnavailableError } from '../../../../../lib/gateway';
import { PosCustomerQuery } from '../../../../../lib/pos/operations';
import { deviceRequest, json } from '../../../../../lib/pos/server';

/** POST { email }: the shop's customer with exactly this e-mail (to attach to a sale or sell on account), or null. Online only. */
export async function POST(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const device = await deviceRequest(request, params);
  if (device instanceof Response) return device;
  const body = (await request.json().catch(() => null)) as { email?: unknown } | null;
  const email = typeof body?.email === 'string' ? body.email.trim() : '';
  if (!email || email.length > 320) return json({ error: 'BAD_REQUEST' }, 400);
  try {
    const r = await gatewayRequest(PosCustomerQuery, { email }, { tenant: device.tenant, apiKey: device.key });
    if (r.errors.length > 0) return json({ error: String(r.errors[0].extensions?.code ?? 'UNKNOWN') }, 502);
    return json({ customer: r.data?.posCustomer ?? null });
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return json({ error: 'GATEWAY_UNAVAILABLE' }, 503);
    throw error;
  }
}
