import { gatewayRequest, GatewayUnavailableError } from '../../../../../lib/gateway';
import { PosSyncMutation } from '../../../../../lib/pos/operations';
import { deviceRequest, json } from '../../../../../lib/pos/server';
import { isTillEvent, toPosEventInput } from '../../../../../lib/pos/sync-input';

const MAX_BATCH = 100;

/**
 * POST { events }: one batch of the till's outbox (1..100, in sequence order) to syncPosBatch with the device
 * key. Answers each event's clientId with APPLIED, QUEUED (kept until the events before it arrive) or
 * DUPLICATE: the server has it for good, and the till drops it from its outbox.
 */
export async function POST(request: Request, { params }: { params: Promise<{ tenant: string }> }) {
  const device = await deviceRequest(request, params);
  if (device instanceof Response) return device;
  const { tenant, key } = device;
  const body = (await request.json().catch(() => null)) as { events?: unknown } | null;
  const events = Array.isArray(body?.events) ? body.events : [];
  if (events.length < 1 || events.length > MAX_BATCH || !events.every(isTillEvent)) return json({ error: 'BAD_REQUEST' }, 400);
  try {
    const r = await gatewayRequest(PosSyncMutation, { events: events.map(toPosEventInput) }, { tenant, apiKey: key });
    const payload = r.data?.syncPosBatch;
    if (!payload) {
      const code = String(r.errors[0]?.extensions?.code ?? 'UNKNOWN');
      return json({ error: code === 'UNAUTHENTICATED' ? 'NOT_PAIRED' : code }, code === 'UNAUTHENTICATED' ? 401 : 502);
    }
    if (!payload.results) return json({ error: payload.userErrors[0]?.code ?? 'BAD_USER_INPUT', field: payload.userErrors[0]?.field ?? null }, 422);
    return json({ results: payload.results.map((x) => ({ clientId: x.clientId, status: x.status })), lastSequence: payload.lastSequence });
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return json({ error: 'GATEWAY_UNAVAILABLE' }, 503);
    throw error;
  }
}
