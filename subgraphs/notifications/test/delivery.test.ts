/**
 * Messages end to end in the embedded default: a request recorded in the outbox is queued once, rendered
 * from the tenant's template, and delivered over real SMTP to the local mail sink and over HTTP to the SMS
 * sandbox (which answers as Termii does). A one-time link reaches the person and nobody else: the log shows
 * it redacted and forgets it once sent. Failures retry with back-off, die after the last try, and an
 * administrator sends them again.
 */
import { encryptSecret, recordEvent, TOPICS, type MessageRequestedPayload } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { payload, signIn, tenantId, userErrorCodes } from '../../../test/support/callers';
import { waitFor } from '../../../test/support/wait';
import { MAX_ATTEMPTS } from '../src/services/sender';

const SHOP = 'ade-fashion';
let s: TestStack;
let shop: string;
let admin: Record<string, string>;
let operator: Record<string, string>;

beforeAll(async () => {
  s = await startStack({ demoProducts: 5 });
  shop = await tenantId(s.stack.prisma, SHOP);
  admin = await signIn(s, SHOP, 'client');
  operator = await signIn(s, 'webwaka', 'superadmin');
}, 180_000);
afterAll(() => s?.stop());

let n = 0;
async function request(p: Partial<MessageRequestedPayload> & Pick<MessageRequestedPayload, 'template' | 'to'>, tenant = shop): Promise<string> {
  const key = p.key ?? `test:${++n}:${Date.now()}`;
  await recordEvent(s.stack.prisma, { tenantId: tenant, topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED, payload: { key, tenantId: tenant, variables: {}, ...p } });
  return key;
}

const sinkFor = (to: string) => s.stack.prisma.sandboxMessage.findMany({ where: { to }, orderBy: { receivedAt: 'asc' } });
const messagesFor = (key: string) => s.stack.prisma.message.findMany({ where: { requestKey: key }, orderBy: { channel: 'asc' } });
const settled = (key: string, count: number) =>
  waitFor(async () => {
    const rows = await messagesFor(key);
    return rows.length === count && rows.every((m) => !['QUEUED', 'SENDING'].includes(m.status)) ? rows : null;
  }, 20_000);

it('an order confirmation goes by e-mail through the local SMTP sink and by SMS through the Termii sandbox, once', async () => {
  const variables = { name: 'Ada', orderNumber: 'ADE-1', total: '₦12,500.00', itemsSummary: '2 × Ankara shirt', orderUrl: 'http://localhost:3000/s/ade-fashion/orders/ADE-1' };
  const key = await request({ template: 'order.confirmed', to: { email: 'Ada@Example.ng', phone: '+234 803 000 0001', name: 'Ada' }, variables });
  // The same request twice (an outbox redelivery, or the producer repeating itself) queues nothing new.
  await request({ key, template: 'order.confirmed', to: { email: 'ada@example.ng', phone: '+2348030000001' }, variables });
  const rows = (await settled(key, 2))!;
  expect(rows.map((m) => [m.channel, m.status, m.recipient, m.provider])).toEqual([
    ['EMAIL', 'SENT', 'ada@example.ng', 'smtp'],
    // SENT, then DELIVERED once the sandbox's delivery report arrives (delivery-reports.test.ts).
    ['SMS', expect.stringMatching(/^(SENT|DELIVERED)$/), '+2348030000001', 'termii'],
  ]);
  const [mail] = await sinkFor('ada@example.ng');
  expect(mail).toMatchObject({ channel: 'EMAIL', provider: 'smtp', subject: 'Your order ADE-1 is confirmed' });
  expect(mail!.text).toContain('Thank you for shopping with Ade Fashion House');
  expect(mail!.html).toContain('<a href="http://localhost:3000/s/ade-fashion/orders/ADE-1">');
  expect(mail!.providerMessageId).toBe(rows[0]!.providerMessageId);
  const [sms] = await sinkFor('+2348030000001');
  expect(sms).toMatchObject({ channel: 'SMS', provider: 'termii', from: 'WebWaka' });
  expect(sms!.text).toBe('Ade Fashion House: order ADE-1 confirmed, ₦12,500.00. Track it: http://localhost:3000/s/ade-fashion/orders/ADE-1');
  await new Promise((r) => setTimeout(r, 700));
  expect(await sinkFor('ada@example.ng')).toHaveLength(1);
});

it('a one-time link reaches the person, the log shows it redacted and forgets it once sent', async () => {
  const link = 'http://localhost:3000/s/ade-fashion/reset-password?token=very-secret-token';
  const key = await request({ template: 'account.password_reset', to: { email: 'reset@example.ng' }, variables: { name: 'Bola', expiresInMinutes: '30' }, secretSealed: encryptSecret(link) });
  const [row] = (await settled(key, 1))!;
  expect(row).toMatchObject({ status: 'SENT', secretSealed: null });
  expect(row!.body).toContain('••••••');
  expect(row!.body).not.toContain('very-secret-token');
  const [mail] = await sinkFor('reset@example.ng');
  expect(mail!.text).toContain(link);
  // What an administrator reads: redacted too.
  const log = await gql(s.gatewayUrl, `query ($id: ID!) { notificationMessage(id: $id) { body status template } }`, { id: row!.id }, admin);
  expect(log.data!.notificationMessage).toMatchObject({ status: 'SENT', template: 'account.password_reset' });
  expect(JSON.stringify(log)).not.toContain('very-secret-token');
});

it('the outbox payload never holds the secret in clear', async () => {
  const key = await request({ template: 'account.email_verification', to: { email: 'verify@example.ng' }, variables: { name: 'Chidi' }, secretSealed: encryptSecret('http://x/verify?token=clear-token-123') });
  const events = await s.stack.prisma.outboxEvent.findMany({ where: { topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED } });
  expect(JSON.stringify(events.map((e) => e.payload))).not.toContain('clear-token-123');
  await settled(key, 1);
});

it('messages to a user named by id go to the address identity holds, only for members of the tenant', async () => {
  const customer = await s.stack.prisma.user.findUniqueOrThrow({ where: { email: 'customer@webwaka.test' } });
  const key = await request({ template: 'payout.sent', to: { userId: customer.id }, variables: { vendorName: 'Emeka', amount: '₦1.00', reference: 'R1' } });
  const [row] = (await settled(key, 1))!;
  expect(row).toMatchObject({ recipient: 'customer@webwaka.test', status: 'SENT' });
  // The platform's operator is no member of the shop: identity gives notifications no address for them.
  const stranger = await s.stack.prisma.user.findUniqueOrThrow({ where: { email: 'superadmin@webwaka.test' } });
  const none = await request({ template: 'payout.sent', to: { userId: stranger.id }, variables: {} });
  await new Promise((r) => setTimeout(r, 1500));
  expect(await messagesFor(none)).toEqual([]);
});

it('low stock goes to every administrator of the tenant', async () => {
  const key = await request({ template: 'inventory.low_stock', to: { role: 'ADMIN' }, variables: { sku: 'SKU-1', title: 'Cap', available: '1', location: 'Lekki', adminUrl: 'http://x' } });
  const rows = await waitFor(async () => {
    const r = await s.stack.prisma.message.findMany({ where: { requestKey: { startsWith: key } } });
    return r.length && r.every((m) => m.status === 'SENT') ? r : null;
  }, 20_000);
  expect(rows!.map((m) => m.recipient)).toContain('client@webwaka.test');
});

it('a failing provider is retried with back-off, dies after the last try, and an administrator sends it again', async () => {
  // The shop's own SMS provider, at an address nothing listens on.
  await s.stack.prisma.messageProvider.create({ data: { tenantId: shop, channel: 'SMS', provider: 'termii', baseUrl: 'http://127.0.0.1:9', credentialsSealed: encryptSecret('key'), senderId: 'ADE' } });
  const key = await request({ template: 'order.status_changed', to: { phone: '+2348030000002' }, channels: ['SMS'], variables: { orderNumber: 'ADE-2', status: 'shipped' } });
  const [failed] = (await settled(key, 1))!;
  expect(failed).toMatchObject({ status: 'FAILED', attempts: 1 });
  expect(failed!.nextAttemptAt.getTime() - Date.now()).toBeGreaterThan(20_000);
  // The last try: as if every earlier one had failed.
  await s.stack.prisma.message.update({ where: { id: failed!.id }, data: { attempts: MAX_ATTEMPTS - 1, nextAttemptAt: new Date() } });
  const dead = await waitFor(async () => ((await messagesFor(key))[0]?.status === 'DEAD' ? (await messagesFor(key))[0] : null), 20_000);
  expect(dead).toMatchObject({ status: 'DEAD', attempts: MAX_ATTEMPTS });
  const deadList = await gql(s.gatewayUrl, `{ notificationMessages(status: DEAD, first: 10) { edges { node { id lastError } } } }`, {}, admin);
  expect(deadList.data!.notificationMessages.edges.map((e: any) => e.node.id)).toContain(dead!.id);
  // Back to the installation's provider (the sandbox), then the retry goes through.
  await s.stack.prisma.messageProvider.delete({ where: { tenantId_channel: { tenantId: shop, channel: 'SMS' } } });
  const retried = payload(await gql(s.gatewayUrl, `mutation ($id: ID!) { retryNotification(id: $id) { message { status attempts } userErrors { code } } }`, { id: dead!.id }, admin), 'retryNotification');
  expect(retried.message).toEqual({ status: 'QUEUED', attempts: 0 });
  expect(['SENT', 'DELIVERED']).toContain((await settled(key, 1))![0]!.status);
  // A sent message is not sent again.
  const again = await gql(s.gatewayUrl, `mutation ($id: ID!) { retryNotification(id: $id) { userErrors { code } } }`, { id: dead!.id }, admin);
  expect(userErrorCodes(again, 'retryNotification')).toEqual(['INVALID_TRANSITION']);
});

it('a dead message that carried a one-time link is not sent again: its link is gone', async () => {
  const key = await request({ template: 'account.password_reset', to: { email: 'gone@example.ng' }, variables: {}, secretSealed: encryptSecret('http://x/reset?token=t') });
  await settled(key, 1);
  const [row] = await messagesFor(key);
  await s.stack.prisma.message.update({ where: { id: row!.id }, data: { status: 'DEAD', secretSealed: null } });
  const r = await gql(s.gatewayUrl, `mutation ($id: ID!) { retryNotification(id: $id) { userErrors { code message } } }`, { id: row!.id }, admin);
  expect(userErrorCodes(r, 'retryNotification')).toEqual(['INVALID_TRANSITION']);
});

it('a tenant’s own template is used, previewed with its name, and reset to the default', async () => {
  const input = { key: 'order.confirmed', channel: 'SMS', locale: 'en', body: 'E se {{name}}! {{storeName}} order {{orderNumber}} dey come.' };
  const preview = await gql(s.gatewayUrl, `query ($input: NotificationTemplateInput!) { previewNotificationTemplate(input: $input) { text html } }`, { input }, admin);
  expect(preview.data!.previewNotificationTemplate).toEqual({ text: 'E se Ada! Ade Fashion House order ADE-10042 dey come.', html: null });
  payload(await gql(s.gatewayUrl, `mutation ($input: NotificationTemplateInput!) { saveNotificationTemplate(input: $input) { template { customised body } userErrors { code } } }`, { input }, admin), 'saveNotificationTemplate');
  const key = await request({ template: 'order.confirmed', to: { phone: '+2348030000003' }, channels: ['SMS'], variables: { name: 'Tolu', orderNumber: 'ADE-3' } });
  await settled(key, 1);
  expect((await sinkFor('+2348030000003'))[0]!.text).toBe('E se Tolu! Ade Fashion House order ADE-3 dey come.');
  const reset = payload(await gql(s.gatewayUrl, `mutation { resetNotificationTemplate(key: "order.confirmed", channel: SMS, locale: "en") { template { customised body } userErrors { code } } }`, {}, admin), 'resetNotificationTemplate');
  expect(reset.template.customised).toBe(false);
  // A reset message must keep its link; an e-mail must keep a subject; a language must be one of ours.
  for (const [bad, field] of [
    [{ key: 'account.password_reset', channel: 'EMAIL', locale: 'en', subject: 'Reset', body: 'No link here' }, 'body'],
    [{ key: 'order.confirmed', channel: 'EMAIL', locale: 'en', body: 'No subject' }, 'subject'],
    [{ key: 'order.confirmed', channel: 'SMS', locale: 'fr', body: 'Bonjour' }, 'locale'],
    [{ key: 'no.such', channel: 'SMS', locale: 'en', body: 'x' }, 'key'],
  ] as const) {
    const r = await gql(s.gatewayUrl, `mutation ($input: NotificationTemplateInput!) { saveNotificationTemplate(input: $input) { userErrors { code field } } }`, { input: bad }, admin);
    expect(r.data!.saveNotificationTemplate.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: [field] }]);
  }
});

it('a customer who turned off SMS updates gets none; e-mail receipts still go', async () => {
  const customer = await signIn(s, SHOP, 'customer');
  const me = await s.stack.prisma.user.findUniqueOrThrow({ where: { email: 'customer@webwaka.test' } });
  payload(await gql(s.gatewayUrl, `mutation { setMyNotificationPreferences(input: { orderUpdatesSms: false }) { preferences { orderUpdatesSms marketingEmail } userErrors { code } } }`, {}, customer), 'setMyNotificationPreferences');
  const prefs = await gql(s.gatewayUrl, `{ myNotificationPreferences { orderUpdatesSms orderUpdatesWhatsapp } }`, {}, customer);
  expect(prefs.data!.myNotificationPreferences).toEqual({ orderUpdatesSms: false, orderUpdatesWhatsapp: true });
  const key = await request({ template: 'order.confirmed', to: { userId: me.id, email: me.email, phone: '+2348030000004' }, variables: { orderNumber: 'ADE-4' } });
  const rows = (await settled(key, 2))!;
  expect(rows.map((m) => [m.channel, m.status])).toEqual([
    ['EMAIL', 'SENT'],
    ['SMS', 'SUPPRESSED'],
  ]);
});

it('too many messages to one address in an hour are held back', async () => {
  const to = { email: 'flood@example.ng' };
  const keys = [];
  for (let i = 0; i < 31; i++) keys.push(await request({ template: 'order.status_changed', to, channels: ['EMAIL'], variables: { orderNumber: `F-${i}`, status: 'shipped' } }));
  const rows = await waitFor(async () => {
    const r = await s.stack.prisma.message.findMany({ where: { recipient: 'flood@example.ng' } });
    return r.length === 31 ? r : null;
  }, 30_000);
  expect(rows!.filter((m) => m.status === 'SUPPRESSED')).toHaveLength(1);
});

it('unsubscribe links work without signing in and cannot be forged or moved to another shop', async () => {
  const { unsubscribeToken } = await import('../src/services/preferences');
  const token = unsubscribeToken(shop, 'EMAIL', 'fan@example.ng');
  const ok = await gql(s.gatewayUrl, `mutation ($t: String!) { unsubscribe(token: $t) { ok userErrors { code } } }`, { t: token }, { 'x-tenant': SHOP });
  expect(ok.data!.unsubscribe).toEqual({ ok: true, userErrors: [] });
  expect(await s.stack.prisma.messagePreference.findFirst({ where: { tenantId: shop, subject: 'email:fan@example.ng' } })).toMatchObject({ marketingEmail: false });
  const forged = token.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
  for (const [t, tenant] of [[forged, SHOP], [token, 'naija-market']]) {
    const r = await gql(s.gatewayUrl, `mutation ($t: String!) { unsubscribe(token: $t) { ok userErrors { code } } }`, { t }, { 'x-tenant': tenant });
    expect(userErrorCodes(r, 'unsubscribe')).toEqual(['TOKEN_INVALID']);
  }
});

it('the sandbox mailbox is the platform operator’s only; each tenant reads only its own log', async () => {
  const box = await gql(s.gatewayUrl, `{ sandboxMessages(channel: EMAIL, to: "ada@example.ng") { to subject } }`, {}, operator);
  expect(box.data!.sandboxMessages).toEqual([{ to: 'ada@example.ng', subject: 'Your order ADE-1 is confirmed' }]);
  expect((await gql(s.gatewayUrl, `{ sandboxMessages { id } }`, {}, admin)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const market = await signIn(s, 'naija-market', 'client');
  const theirs = await gql(s.gatewayUrl, `{ notificationMessages(first: 50) { edges { node { recipient } } } }`, {}, market);
  expect(theirs.data!.notificationMessages.edges.map((e: any) => e.node.recipient)).not.toContain('ada@example.ng');
  const mine = await s.stack.prisma.message.findFirstOrThrow({ where: { tenantId: shop } });
  expect((await gql(s.gatewayUrl, `query ($id: ID!) { notificationMessage(id: $id) { id } }`, { id: mine.id }, market)).data!.notificationMessage).toBeNull();
  expect(userErrorCodes(await gql(s.gatewayUrl, `mutation ($id: ID!) { retryNotification(id: $id) { userErrors { code } } }`, { id: mine.id }, market), 'retryNotification')).toEqual(['NOT_FOUND']);
});
