import { gatewayRequest, GatewayUnavailableError } from '../../../../../lib/gateway';
import { ReleasePosHoldMutation, SendPosPointsCodeMutation, TakePosHoldMutation } from '../../../../../lib/pos/operations';
import { deviceRequest, json } from '../../../../../lib/pos/server';

const DIGITS = /^\d{1,15}$/;
const str = (v: unknown, max: number) => (typeof v === 'string' && v.trim().length > 0 && v.length <= max ? v.trim() : null);

/**
 * POST, online only (decision 0080): { take: { kind, currency, due, saleTotal, customerUserId?, points?,
 * giftCardCode?, idempotencyKey } } holds the customer's points or a gift card for the sale being tendered;
 * { release: holdId } gives a hold back (the sale was voided or the tender taken off); { sendCode: {
 * customerUserId, points } } sends the customer the code that confirms points (decision 0084; `take` for
 * POINTS then carries it as `code`), answering only where it went, masked.
 */
export async function POST(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const device = await deviceRequest(request, params);
  if (device instanceof Response) return device;
  const body = (await request.json().catch(() => null)) as { take?: Record<string, unknown>; release?: unknown; sendCode?: Record<string, unknown> } | null;
  const auth = { tenant: device.tenant, apiKey: device.key };
  try {
    if (body?.release !== undefined) {
      const holdId = str(body.release, 40);
      if (!holdId) return json({ error: 'BAD_REQUEST' }, 400);
      const r = await gatewayRequest(ReleasePosHoldMutation, { holdId }, auth);
      if (r.errors.length > 0) return json({ error: String(r.errors[0].extensions?.code ?? 'UNKNOWN') }, 502);
      const p = r.data!.releasePosHold;
      return p.userErrors.length ? json({ error: p.userErrors[0].code, message: p.userErrors[0].message }, 400) : json({ hold: p.hold });
    }
    if (body?.sendCode !== undefined) {
      const customerUserId = str(body.sendCode?.customerUserId, 40);
      const points = body.sendCode?.points;
      if (!customerUserId || typeof points !== 'number' || !Number.isInteger(points) || points < 1) return json({ error: 'BAD_REQUEST' }, 400);
      const r = await gatewayRequest(SendPosPointsCodeMutation, { customerUserId, points }, auth);
      if (r.errors.length > 0) return json({ error: String(r.errors[0].extensions?.code ?? 'UNKNOWN') }, 502);
      const p = r.data!.sendPosPointsCode;
      return p.userErrors.length ? json({ error: p.userErrors[0].code, message: p.userErrors[0].message }, 400) : json({ sent: p.sent });
    }
    const t = body?.take;
    const kind = t?.kind === 'POINTS' || t?.kind === 'GIFT_CARD' ? t.kind : null;
    const due = str(t?.due, 15);
    const saleTotal = str(t?.saleTotal, 15);
    const currency = str(t?.currency, 3);
    const idempotencyKey = str(t?.idempotencyKey, 100);
    if (!t || !kind || !due || !DIGITS.test(due) || !saleTotal || !DIGITS.test(saleTotal) || !currency || !idempotencyKey) return json({ error: 'BAD_REQUEST' }, 400);
    const points = typeof t.points === 'number' && Number.isInteger(t.points) ? t.points : null;
    const input = { kind, currency, due, saleTotal, idempotencyKey, customerUserId: str(t.customerUserId, 40), points, giftCardCode: str(t.giftCardCode, 40), code: str(t.code, 12) } as const;
    const r = await gatewayRequest(TakePosHoldMutation, { input }, auth);
    if (r.errors.length > 0) return json({ error: String(r.errors[0].extensions?.code ?? 'UNKNOWN') }, 502);
    const p = r.data!.takePosHold;
    return p.userErrors.length ? json({ error: p.userErrors[0].code, message: p.userErrors[0].message }, 400) : json({ hold: p.hold });
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return json({ error: 'GATEWAY_UNAVAILABLE' }, 503);
    throw error;
  }
}
