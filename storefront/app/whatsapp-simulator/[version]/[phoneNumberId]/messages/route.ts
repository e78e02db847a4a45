import { randomUUID } from 'node:crypto';
import { record, simulatorAccessToken } from '../../../../../lib/admin/whatsapp-simulator';

// The simulator's Cloud API (decision 0075): `POST /whatsapp-simulator/v21.0/{phone-number-id}/messages`
// answers as Meta's does — 401 without the number's access token, 400 for a body Meta would refuse, else
// the message id — and keeps the message for the simulator's phone page.

const oauthError = (status: number, message: string, code: number) => Response.json({ error: { message, type: 'OAuthException', code } }, { status });

export async function POST(req: Request, { params }: { params: Promise<{ version: string; phoneNumberId: string }> }) {
  const { version, phoneNumberId } = await params;
  if (!/^v[\d.]+$/.test(version) || !/^sim-[\w-]{1,60}$/.test(phoneNumberId)) return oauthError(404, 'Unknown path', 803);
  if (req.headers.get('authorization') !== `Bearer ${simulatorAccessToken(phoneNumberId)}`) return oauthError(401, 'Invalid OAuth access token.', 190);
  const text = await req.text();
  if (text.length > 64 * 1024) return oauthError(400, '(#100) Message too long', 100);
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return oauthError(400, '(#100) Invalid parameter', 100);
  }
  const to = String(body.to ?? '');
  if (body.messaging_product !== 'whatsapp' || !/^\d{6,16}$/.test(to) || !['text', 'interactive', 'image'].includes(String(body.type))) return oauthError(400, '(#100) Invalid parameter', 100);
  const id = `wamid.sim-${randomUUID()}`;
  record(phoneNumberId, { id, direction: 'out', waId: to, body, at: Date.now() });
  return Response.json({ messaging_product: 'whatsapp', contacts: [{ input: to, wa_id: to }], messages: [{ id }] });
}
