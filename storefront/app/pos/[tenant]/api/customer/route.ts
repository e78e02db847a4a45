import { gatewayRequest, GatewayUnavailableError } from '../../../../../lib/gateway';
import { PosCustomerQuery } from '../../../../../lib/pos/operations';
import { deviceRequest, json } from '../../../../../lib/pos/server';

/**
 * POST { email } or { phone }: the shop's customer with exactly this e-mail, or this phone (decision 0080),
 * with their points, to attach to a sale or sell on account; or null. Online only.
 */
export async function POST(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const device = await deviceRequest(request, params);
  if (device instanceof Response) return device;
  const body = (await request.json().catch(() => null)) as { email?: unknown; phone?: unknown } | null;
  const email = typeof body?.email === 'string' ? body.email.trim() : '';
  const phone = typeof body?.phone === 'string' ? body.phone.trim() : '';
  if (!email === !phone || email.length > 320 || phone.length > 30) return json({ error: 'BAD_REQUEST' }, 400);
  try {
    const r = await gatewayRequest(PosCustomerQuery, email ? { email } : { phone }, { tenant: device.tenant, apiKey: device.key });
    if (r.errors.length > 0) {
      const code = String(r.errors[0].extensions?.code ?? 'UNKNOWN');
      return json({ error: code }, code === 'BAD_USER_INPUT' ? 400 : 502);
    }
    return json({ customer: r.data?.posCustomer ?? null });
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return json({ error: 'GATEWAY_UNAVAILABLE' }, 503);
    throw error;
  }
}
