/**
 * Providers' delivery reports over real HTTP through the gateway (decision 0066). The embedded default's
 * sandbox reports SMS and WhatsApp messages delivered (or failed, for an unreachable number) in the
 * providers' own formats, so the log moves past SENT; e-mail stays SENT. For each provider a forged report
 * changes nothing, a replayed one is harmless, and a late or contrary one after the message's fate is
 * known changes nothing: Termii's and Africa's Talking's callbacks carry a secret token (a tenant's token
 * reaches only its own messages), WhatsApp's are signed over the raw body.
 */
import { encryptSecret, recordEvent, TOPICS, uuidv7, type MessageRequestedPayload } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { signIn, tenantId } from '../../../test/support/callers';
import { waitFor } from '../../../test/support/wait';
import { deliveryReportToken, INSTALLATION_SCOPE, sandboxWhatsappAppSecret, WHATSAPP_SIGNATURE_HEADER, whatsappSignature } from '../src/services/delivery-reports';

const SHOP = 'ade-fashion';
let s: TestStack;
let base: string;
let shop: string;
let platform: string;
const savedGateway = process.env.PUBLIC_GATEWAY_URL;

beforeAll(async () => {
  s = await startStack({ demoProducts: 0 });
  base = s.gatewayUrl.replace(/\/graphql$/, '');
  // The sandbox reports to the gateway's public address, as a real provider would.
  process.env.PUBLIC_GATEWAY_URL = base;
  shop = await tenantId(s.stack.prisma, SHOP);
  platform = await tenantId(s.stack.prisma, 'webwaka');
}, 180_000);
afterAll(async () => {
  if (savedGateway === undefined) delete process.env.PUBLIC_GATEWAY_URL;
  else process.env.PUBLIC_GATEWAY_URL = savedGateway;
  await s?.stop();
});

let n = 0;
async function request(p: Pick<MessageRequestedPayload, 'to' | 'channels'>): Promise<string> {
  const key = `reports:${++n}:${Date.now()}`;
  await recordEvent(s.stack.prisma, {
    tenantId: shop,
    topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED,
    payload: { key, tenantId: shop, template: 'order.status_changed', variables: { name: 'Ada', orderNumber: 'ADE-7', status: 'shipped', orderUrl: 'http://localhost:3000/o/ADE-7' }, ...p },
  });
  return key;
}
const messagesFor = (key: string) => s.stack.prisma.message.findMany({ where: { requestKey: key }, orderBy: { channel: 'asc' } });
const reached = (key: string, statuses: string[]) =>
  waitFor(async () => {
    const rows = await messagesFor(key);
    return rows.length === statuses.length && rows.every((m, i) => m.status === statuses[i]) ? rows : null;
  }, 20_000);

/** A message the provider accepted, as the sender records it. */
async function sent(provider: string, providerMessageId: string, tenant = shop) {
  return s.stack.prisma.message.create({
    data: { id: uuidv7(), tenantId: tenant, requestKey: `sent:${providerMessageId}`, template: 'order.status_changed', channel: provider === 'whatsapp-cloud' ? 'WHATSAPP' : 'SMS', recipient: '+2348030000111', locale: 'en', body: 'x', variables: {}, status: 'SENT', attempts: 1, provider, providerMessageId, sentAt: new Date() },
  });
}
const messageById = (id: string) => s.stack.prisma.message.findUniqueOrThrow({ where: { id } });
const post = (path: string, body: string, headers: Record<string, string>) => fetch(`${base}/delivery-reports/${path}`, { method: 'POST', headers, body });
const termiiReport = (messageId: string, status: string) => JSON.stringify({ type: 'outbound', id: uuidv7(), message_id: messageId, receiver: '2348030000111', sender: 'ADE', message: 'x', sent_at: '2026-12-07 10:00:00', cost: '2.2', status, channel: 'generic' });
const atReport = (id: string, status: string, failureReason?: string) => new URLSearchParams({ id, status, phoneNumber: '+2348030000111', networkCode: '62130', retryCount: '0', ...(failureReason ? { failureReason } : {}) }).toString();
function whatsappReport(id: string, status: string, errors?: unknown[]) {
  return JSON.stringify({ object: 'whatsapp_business_account', entry: [{ id: 'waba', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: 'sandbox' }, statuses: [{ id, status, timestamp: '1796630400', recipient_id: '2348030000111', ...(errors ? { errors } : {}) }] } }] }] });
}
const signed = (body: string) => ({ 'content-type': 'application/json', [WHATSAPP_SIGNATURE_HEADER]: whatsappSignature(sandboxWhatsappAppSecret(), body) });
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const JSON_TYPE = { 'content-type': 'application/json' };

describe('the sandbox reports like the providers', () => {
  it('an SMS and a WhatsApp message end DELIVERED, an e-mail stays SENT, an unreachable number fails with the reason', async () => {
    const key = await request({ to: { email: 'ada.reports@example.ng', phone: '+2348030000123' }, channels: ['EMAIL', 'SMS', 'WHATSAPP'] });
    const rows = (await reached(key, ['SENT', 'DELIVERED', 'DELIVERED']))!;
    expect(rows.map((m) => [m.channel, m.provider])).toEqual([
      ['EMAIL', 'smtp'],
      ['SMS', 'termii'],
      ['WHATSAPP', 'whatsapp-cloud'],
    ]);
    expect(rows[1]!.deliveredAt).toBeInstanceOf(Date);
    expect(rows[0]!.deliveredAt).toBeNull();

    const lost = await request({ to: { phone: '+2348030000999' }, channels: ['SMS', 'WHATSAPP'] });
    const failed = (await reached(lost, ['DEAD', 'DEAD']))!;
    expect(failed[0]!.lastError).toBe('Not delivered (termii reported: Message Failed)');
    expect(failed[1]!.lastError).toBe('Not delivered (whatsapp-cloud reported: 131026 Message undeliverable The recipient is not on WhatsApp)');
    expect(failed.every((m) => m.deliveredAt === null)).toBe(true);
  });
});

describe('Termii', () => {
  const token = () => deliveryReportToken('termii', INSTALLATION_SCOPE);

  it('refuses a forged or another provider’s token and changes nothing', async () => {
    const m = await sent('termii', 'T-forged-1');
    for (const bad of ['nothing', `${token().slice(0, -4)}abcd`, deliveryReportToken('africastalking', INSTALLATION_SCOPE)]) {
      const res = await post(`termii/${bad}`, termiiReport('T-forged-1', 'Delivered'), JSON_TYPE);
      expect([res.status, await res.json()]).toEqual([401, { outcome: 'bad token' }]);
    }
    expect((await messageById(m.id)).status).toBe('SENT');
  });

  it('delivers once: a replay and a late "Message Sent" or "Message Failed" change nothing', async () => {
    const m = await sent('termii', 'T-ok-1');
    const first = await post(`termii/${token()}`, termiiReport('T-ok-1', 'Delivered'), JSON_TYPE);
    expect([first.status, await first.json()]).toEqual([200, { outcome: 'ok' }]);
    const delivered = await messageById(m.id);
    expect(delivered).toMatchObject({ status: 'DELIVERED', lastError: null });
    for (const status of ['Delivered', 'Message Sent', 'Message Failed']) {
      expect((await post(`termii/${token()}`, termiiReport('T-ok-1', status), JSON_TYPE)).status).toBe(200);
    }
    expect(await messageById(m.id)).toMatchObject({ status: 'DELIVERED', deliveredAt: delivered.deliveredAt, lastError: null });
  });

  it('a tenant’s own token reaches only its own messages', async () => {
    const mine = await sent('termii', 'T-tenant-1', platform);
    const theirs = await sent('termii', 'T-tenant-2', shop);
    const platformToken = deliveryReportToken('termii', platform);
    expect((await post(`termii/${platformToken}`, termiiReport('T-tenant-2', 'Delivered'), JSON_TYPE)).status).toBe(200);
    expect((await messageById(theirs.id)).status).toBe('SENT');
    expect((await post(`termii/${platformToken}`, termiiReport('T-tenant-1', 'Delivered'), JSON_TYPE)).status).toBe(200);
    expect((await messageById(mine.id)).status).toBe('DELIVERED');
  });

  it("shows a shop's administrator the callback URL of its own account, which reaches its messages", async () => {
    const admin = await signIn(s, SHOP, 'client');
    const providers = async () => (await gql(s.gatewayUrl, '{ notificationProviders { channel provider configured deliveryReportUrl } }', {}, admin)).data!.notificationProviders as { channel: string; deliveryReportUrl: string | null }[];
    expect((await providers()).every((p) => p.deliveryReportUrl === null)).toBe(true);
    await s.stack.prisma.messageProvider.create({ data: { tenantId: shop, channel: 'SMS', provider: 'termii', credentialsSealed: encryptSecret('key'), senderId: 'ADE' } });
    try {
      const url = (await providers()).find((p) => p.channel === 'SMS')!.deliveryReportUrl!;
      expect(url).toBe(`${base}/delivery-reports/termii/${deliveryReportToken('termii', shop)}`);
      const m = await sent('termii', 'T-own-1');
      expect((await fetch(url, { method: 'POST', headers: JSON_TYPE, body: termiiReport('T-own-1', 'Delivered') })).status).toBe(200);
      expect((await messageById(m.id)).status).toBe('DELIVERED');
    } finally {
      await s.stack.prisma.messageProvider.delete({ where: { tenantId_channel: { tenantId: shop, channel: 'SMS' } } });
    }
  });

  it('an unreadable body is 400, an unknown provider 404, an unknown message id 200 and nothing', async () => {
    expect((await post(`termii/${token()}`, '{not json', JSON_TYPE)).status).toBe(400);
    expect((await post(`mailchimp/${token()}`, termiiReport('x', 'Delivered'), JSON_TYPE)).status).toBe(404);
    expect((await post(`termii/${token()}`, termiiReport('T-nobody', 'Delivered'), JSON_TYPE)).status).toBe(200);
  });
});

describe("Africa's Talking", () => {
  const token = () => deliveryReportToken('africastalking', INSTALLATION_SCOPE);

  it('refuses a forged token; a failure is final with its reason, and a later Success changes nothing', async () => {
    const m = await sent('africastalking', 'ATXid_forged');
    expect((await post(`africastalking/${deliveryReportToken('termii', INSTALLATION_SCOPE)}`, atReport('ATXid_forged', 'Success'), FORM)).status).toBe(401);
    expect((await messageById(m.id)).status).toBe('SENT');

    expect((await post(`africastalking/${token()}`, atReport('ATXid_forged', 'Buffered'), FORM)).status).toBe(200);
    expect((await messageById(m.id)).status).toBe('SENT');
    expect((await post(`africastalking/${token()}`, atReport('ATXid_forged', 'Failed', 'DoNotDisturbRejection'), FORM)).status).toBe(200);
    expect(await messageById(m.id)).toMatchObject({ status: 'DEAD', lastError: 'Not delivered (africastalking reported: Failed: DoNotDisturbRejection)' });
    expect((await post(`africastalking/${token()}`, atReport('ATXid_forged', 'Success'), FORM)).status).toBe(200);
    expect(await messageById(m.id)).toMatchObject({ status: 'DEAD', deliveredAt: null });
  });

  it('Success is delivered; replayed, it is harmless', async () => {
    const m = await sent('africastalking', 'ATXid_ok');
    for (let i = 0; i < 2; i++) expect((await post(`africastalking/${token()}`, atReport('ATXid_ok', 'Success'), FORM)).status).toBe(200);
    expect((await messageById(m.id)).status).toBe('DELIVERED');
  });
});

describe('WhatsApp Cloud API', () => {
  it('refuses an unsigned report, a wrong secret, and a signature over a re-serialised copy', async () => {
    const m = await sent('whatsapp-cloud', 'wamid.forged');
    const body = whatsappReport('wamid.forged', 'delivered');
    const reserialised = JSON.stringify(JSON.parse(body), null, 1);
    for (const headers of [JSON_TYPE, { ...JSON_TYPE, [WHATSAPP_SIGNATURE_HEADER]: whatsappSignature('not-the-app-secret', body) }, signed(reserialised)]) {
      const res = await post('whatsapp-cloud', body, headers);
      expect([res.status, await res.json()]).toEqual([401, { outcome: 'bad signature' }]);
    }
    expect((await messageById(m.id)).status).toBe('SENT');
  });

  it('sent, delivered, read, replayed and a late failure: delivered once', async () => {
    const m = await sent('whatsapp-cloud', 'wamid.ok');
    const at = async (status: string, errors?: unknown[]) => {
      const body = whatsappReport('wamid.ok', status, errors);
      expect((await post('whatsapp-cloud', body, signed(body))).status).toBe(200);
      return messageById(m.id);
    };
    expect((await at('sent')).status).toBe('SENT');
    const delivered = await at('delivered');
    expect(delivered.status).toBe('DELIVERED');
    expect(await at('read')).toMatchObject({ status: 'DELIVERED', deliveredAt: delivered.deliveredAt });
    expect(await at('delivered')).toMatchObject({ status: 'DELIVERED', deliveredAt: delivered.deliveredAt });
    expect(await at('failed', [{ code: 131047, title: 'Re-engagement message' }])).toMatchObject({ status: 'DELIVERED', lastError: null });
  });

  it('a failure carries Meta’s error', async () => {
    const m = await sent('whatsapp-cloud', 'wamid.failed');
    const body = whatsappReport('wamid.failed', 'failed', [{ code: 131047, title: 'Re-engagement message', error_data: { details: 'More than 24 hours have passed' } }]);
    expect((await post('whatsapp-cloud', body, signed(body))).status).toBe(200);
    expect(await messageById(m.id)).toMatchObject({ status: 'DEAD', lastError: 'Not delivered (whatsapp-cloud reported: 131047 Re-engagement message More than 24 hours have passed)' });
  });

  it("answers Meta's subscription check only with the verify token", async () => {
    process.env.WHATSAPP_VERIFY_TOKEN = 'verify-me';
    try {
      const ok = await fetch(`${base}/delivery-reports/whatsapp-cloud?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444`);
      expect([ok.status, await ok.text()]).toEqual([200, '1158201444']);
      const wrong = await fetch(`${base}/delivery-reports/whatsapp-cloud?hub.mode=subscribe&hub.verify_token=guess&hub.challenge=1158201444`);
      expect(wrong.status).toBe(403);
    } finally {
      delete process.env.WHATSAPP_VERIFY_TOKEN;
    }
  });
});
