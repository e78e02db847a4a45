/**
 * WhatsApp conversations (issue 17, decision 0075), through the gateway's webhook on a full test stack with
 * a recording stand-in for Meta's Cloud API: signatures (forged, absent), replays, out-of-order messages,
 * two shops' numbers, the handover to staff and back, the 24-hour rule, and a whole order by chat that
 * ends as an ordinary paid order (commerce, inventory, ledger).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DomainError, ErrorCode } from '@webwaka/kit';
import { saveConnection } from '../src/services/conversations/connection';
import { replyAsStaff, sendQueued, setConversationHandler } from '../src/services/conversations/outbound';
import { signWebhook } from '../src/services/conversations/webhook';
import { collectOnDelivery, ordersToCollect } from '../src/services/pay-on-delivery';
import { advanceOrder } from '../src/services/orders';
import { eraseConversationByPhone, exportConversationByPhone } from '../src/services/conversations/privacy';
import type { TestStack } from '../../../test/support/stack';
import { bearer, gql } from '../../../test/support/graphql';
import { decideOnSandboxPage, makeProduct, serviceContext, startCommerceStack, stockOf, tenantId, waitFor } from './support';

let s: TestStack;
let meta: http.Server;
/** What the stand-in Cloud API received: phone number id, bearer token, body. */
const sent: { phoneNumberId: string; auth: string; body: any }[] = [];
let STORE: string;
let MARKET: string;
const SECRET_A = 'app-secret-of-ade-fashion';
const SECRET_B = 'app-secret-of-naija-market';
const CUSTOMER = '2348031234567';

beforeAll(async () => {
  meta = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      const m = /^\/v[\d.]+\/([^/]+)\/messages$/.exec(req.url ?? '');
      if (!m) return res.writeHead(404).end();
      sent.push({ phoneNumberId: m[1]!, auth: String(req.headers.authorization ?? ''), body: JSON.parse(raw) });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ messaging_product: 'whatsapp', messages: [{ id: `wamid.out-${sent.length}` }] }));
    });
  });
  await new Promise<void>((r) => meta.listen(0, '127.0.0.1', r));
  const baseUrl = `http://127.0.0.1:${(meta.address() as AddressInfo).port}`;
  s = await startCommerceStack();
  STORE = await tenantId(s.stack.prisma, 'ade-fashion');
  MARKET = await tenantId(s.stack.prisma, 'naija-market');
  await saveConnection(serviceContext(s, STORE), { phoneNumberId: '1001', displayPhoneNumber: '+234 800 000 1001', accessToken: 'token-a', appSecret: SECRET_A, baseUrl });
  await saveConnection(serviceContext(s, MARKET), { phoneNumberId: '2002', displayPhoneNumber: '+234 800 000 2002', accessToken: 'token-b', appSecret: SECRET_B, baseUrl });
}, 120_000);

afterAll(async () => {
  await s?.stop();
  await new Promise((r) => meta?.close(r));
});

let seq = 0;
const now = () => Math.floor(Date.now() / 1000);
function webhook(phoneNumberId: string, message: Record<string, unknown>, from = CUSTOMER) {
  return {
    object: 'whatsapp_business_account',
    entry: [
      {
        id: 'waba',
        changes: [
          {
            field: 'messages',
            value: {
              messaging_product: 'whatsapp',
              metadata: { display_phone_number: phoneNumberId, phone_number_id: phoneNumberId },
              contacts: [{ wa_id: from, profile: { name: 'Ada' } }],
              messages: [{ from, id: `wamid.in-${++seq}-${Date.now()}`, timestamp: String(now()), ...message }],
            },
          },
        ],
      },
    ],
  };
}
const text = (body: string) => ({ type: 'text', text: { body } });
const choose = (id: string, title = id) => ({ type: 'interactive', interactive: { type: 'button_reply', button_reply: { id, title } } });

async function post(body: unknown, secret: string | null, signature?: string) {
  const raw = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (secret) headers['x-hub-signature-256'] = signature ?? signWebhook(secret, raw);
  const res = await fetch(`${s.gatewayUrl.replace(/\/graphql$/, '')}/webhooks/whatsapp`, { method: 'POST', headers, body: raw });
  return { status: res.status, body: await res.json() };
}

/** Sends a message as the customer and waits for the bot's replies to it (the outbox runs the bot). */
async function say(phoneNumberId: string, secret: string, message: Record<string, unknown>, from = CUSTOMER): Promise<any[]> {
  const body = webhook(phoneNumberId, message, from);
  const before = sent.length;
  const r = await post(body, secret);
  expect(r.status).toBe(200);
  const wamid = (body.entry[0]!.changes[0]!.value.messages[0] as { id: string }).id;
  await waitFor(async () => (await s.stack.prisma.conversationMessage.findFirst({ where: { waMessageId: wamid } }))?.status !== 'QUEUED', 20_000);
  await waitFor(async () => sent.length > before || (await s.stack.prisma.conversationMessage.count({ where: { direction: 'OUT', status: 'QUEUED' } })) === 0, 10_000);
  return sent.slice(before).map((m) => m.body);
}
const conversationOf = (tenant: string, waId = CUSTOMER) => s.stack.prisma.conversation.findUniqueOrThrow({ where: { tenantId_waId: { tenantId: tenant, waId } } });

describe('the webhook', () => {
  it('refuses a body not signed with the number’s app secret: forged, absent, or another shop’s', async () => {
    const body = webhook('1001', text('hi'));
    expect((await post(body, 'not-the-secret')).status).toBe(401);
    expect((await post(body, null)).status).toBe(401);
    expect((await post(body, SECRET_B)).status).toBe(401);
    expect((await post(body, SECRET_A, 'sha256=00')).status).toBe(401);
    expect(await s.stack.prisma.conversationMessage.count({ where: { waMessageId: (body.entry[0]!.changes[0]!.value.messages[0] as { id: string }).id } })).toBe(0);
  });

  it('answers Meta’s subscription check with a connected number’s verify token only', async () => {
    const conn = await s.stack.prisma.whatsappConnection.findUniqueOrThrow({ where: { tenantId: STORE } });
    const base = `${s.gatewayUrl.replace(/\/graphql$/, '')}/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=1158201444`;
    const ok = await fetch(`${base}&hub.verify_token=${encodeURIComponent(conn.verifyToken)}`);
    expect([ok.status, await ok.text()]).toEqual([200, '1158201444']);
    expect((await fetch(`${base}&hub.verify_token=guess`)).status).toBe(403);
  });

  it('stores a replayed message once and answers it once', async () => {
    const body = webhook('1001', text('hello'));
    const before = sent.length;
    expect((await post(body, SECRET_A)).status).toBe(200);
    expect((await post(body, SECRET_A)).body).toEqual({ outcome: 'ok' });
    const wamid = (body.entry[0]!.changes[0]!.value.messages[0] as { id: string }).id;
    await waitFor(async () => (await s.stack.prisma.conversationMessage.findFirst({ where: { waMessageId: wamid } }))?.status === 'DONE', 20_000);
    await waitFor(async () => sent.length > before);
    expect(await s.stack.prisma.conversationMessage.count({ where: { waMessageId: wamid } })).toBe(1);
    expect(await s.stack.prisma.conversationMessage.count({ where: { idempotencyKey: { startsWith: `${wamid}:` } } })).toBe(1);
    const greeting = sent[before]!;
    expect(greeting).toMatchObject({ phoneNumberId: '1001', auth: 'Bearer token-a', body: { to: CUSTOMER, type: 'interactive', interactive: { type: 'list' } } });
    expect(greeting.body.interactive.body.text).toContain('Ade Fashion');
  });

  it('keeps a message that arrives after a newer one for the record, but does not act on it', async () => {
    const newer = webhook('1001', text('menu'));
    await say('1001', SECRET_A, newer.entry[0]!.changes[0]!.value.messages[0] as Record<string, unknown>);
    const older = webhook('1001', { ...text('cart'), timestamp: String(now() - 3600) });
    const before = sent.length;
    expect((await post(older, SECRET_A)).status).toBe(200);
    const wamid = (older.entry[0]!.changes[0]!.value.messages[0] as { id: string }).id;
    expect(await waitFor(async () => (await s.stack.prisma.conversationMessage.findFirst({ where: { waMessageId: wamid } }))?.status === 'SKIPPED', 20_000)).toBe(true);
    expect(sent.length).toBe(before);
  });

  it('keeps two shops’ numbers apart: one customer, two conversations, carts that never meet', async () => {
    const market = await makeProduct(s.stack.prisma, MARKET, { price: 100_000n, stock: 5, commissionBps: 800 });
    const replies = await say('2002', SECRET_B, choose(`add:${market.variantId}`, 'Add to cart'));
    expect(replies[0]).toMatchObject({ to: CUSTOMER, interactive: { type: 'button' } });
    const inMarket = await conversationOf(MARKET);
    const inStore = await conversationOf(STORE);
    expect(inMarket.id).not.toBe(inStore.id);
    // The market's cart token is not the store's, and the store's number cannot reach the market's product.
    expect((inStore.state as { cartToken?: string }).cartToken ?? null).toBeNull();
    const refused = await say('1001', SECRET_A, choose(`add:${market.variantId}`, 'Add to cart'));
    expect(refused[0].text.body).toMatch(/cannot be bought|No such product/i);
    expect(sent.filter((m) => m.phoneNumberId === '2002').every((m) => m.auth === 'Bearer token-b')).toBe(true);
  });
});

describe('staff', () => {
  const OTHER = '2348039998888';
  it('take the chat when the customer asks for a person, answer inside 24 hours, and hand it back', async () => {
    await say('1001', SECRET_A, text('hi'), OTHER);
    const handed = await say('1001', SECRET_A, choose('human', 'Talk to a person'), OTHER);
    expect(handed[0].text.body).toMatch(/person from Ade Fashion/);
    const conv = await conversationOf(STORE, OTHER);
    expect(conv.handler).toBe('STAFF');
    // The bot is quiet while staff hold the chat.
    expect(await say('1001', SECRET_A, text('hello?'), OTHER)).toEqual([]);
    const staff = serviceContext(s, STORE, { roles: ['STAFF'], mfa: false });
    const before = sent.length;
    await replyAsStaff(staff, { conversationId: conv.id, text: 'Hello Ada, how can I help?', clientId: 'reply-0000001' });
    await replyAsStaff(staff, { conversationId: conv.id, text: 'Hello Ada, how can I help?', clientId: 'reply-0000001' });
    expect(sent.slice(before).map((m) => m.body.text.body)).toEqual(['Hello Ada, how can I help?']);
    await setConversationHandler(staff, { conversationId: conv.id, handler: 'BOT' });
    expect(sent.at(-1)!.body.text.body).toMatch(/shop assistant again/);
    expect((await say('1001', SECRET_A, text('hi'), OTHER))[0].interactive.type).toBe('list');
  });

  it('may not send free text after 24 hours of silence (WHATSAPP_WINDOW_CLOSED), nor reach another shop’s chat', async () => {
    const conv = await conversationOf(STORE, OTHER);
    await s.stack.prisma.conversation.update({ where: { id: conv.id }, data: { lastInboundAt: new Date(Date.now() - 25 * 3600_000) } });
    const staff = serviceContext(s, STORE, { roles: ['STAFF'], mfa: false });
    await expect(replyAsStaff(staff, { conversationId: conv.id, text: 'Still there?', clientId: 'reply-0000002' })).rejects.toMatchObject({ code: ErrorCode.WHATSAPP_WINDOW_CLOSED });
    const otherShop = serviceContext(s, MARKET, { roles: ['STAFF'], mfa: false });
    const refused = await replyAsStaff(otherShop, { conversationId: conv.id, text: 'x', clientId: 'reply-0000003' }).catch((e: DomainError) => e.code);
    expect(refused).toBe(ErrorCode.NOT_FOUND);
  });

  it('may send an approved template outside the window, in the Cloud API’s template format, and only an approved one (decision 0081)', async () => {
    const conv = await conversationOf(STORE, OTHER);
    expect(conv.lastInboundAt!.getTime()).toBeLessThan(Date.now() - 24 * 3600_000);
    const admin = serviceContext(s, STORE);
    const number = { phoneNumberId: '1001', displayPhoneNumber: '+234 800 000 1001' };
    await expect(saveConnection(admin, { ...number, approvedTemplates: ['Order Update!'] })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: ['approvedTemplates'] });
    await expect(saveConnection(admin, { ...number, templateLanguage: 'english' })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: ['templateLanguage'] });
    await saveConnection(admin, { ...number, baseUrl: (await s.stack.prisma.whatsappConnection.findUniqueOrThrow({ where: { tenantId: STORE } })).baseUrl, approvedTemplates: ['order_follow_up', 'order_follow_up', 'back_in_stock'], templateLanguage: 'en_US' });
    // Saving without the list keeps it.
    const saved = await saveConnection(admin, { ...number, baseUrl: (await s.stack.prisma.whatsappConnection.findUniqueOrThrow({ where: { tenantId: STORE } })).baseUrl });
    expect([saved.approvedTemplates, saved.templateLanguage]).toEqual([['order_follow_up', 'back_in_stock'], 'en_US']);

    const staff = serviceContext(s, STORE, { roles: ['STAFF'], mfa: false });
    await expect(replyAsStaff(staff, { conversationId: conv.id, template: 'not_approved', clientId: 'reply-0000004' })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: ['template'] });
    const before = sent.length;
    await replyAsStaff(staff, { conversationId: conv.id, template: 'order_follow_up', clientId: 'reply-0000005' });
    await replyAsStaff(staff, { conversationId: conv.id, template: 'order_follow_up', clientId: 'reply-0000005' });
    expect(sent.slice(before).map((m) => m.body)).toEqual([
      { messaging_product: 'whatsapp', recipient_type: 'individual', to: OTHER, type: 'template', template: { name: 'order_follow_up', language: { code: 'en_US' } } },
    ]);
    // Another shop's approved names are not this shop's.
    const otherShop = serviceContext(s, MARKET, { roles: ['STAFF'], mfa: false });
    expect(await replyAsStaff(otherShop, { conversationId: conv.id, template: 'order_follow_up', clientId: 'reply-0000006' }).catch((e: DomainError) => e.code)).toBe(ErrorCode.NOT_FOUND);
  });
});

describe('template variables (decision 0085)', () => {
  const OTHER = '2348039998888';
  it('are recorded per template and sent in Meta’s body-parameter format; a wrong count or a value Meta refuses is refused', async () => {
    const conv = await conversationOf(STORE, OTHER);
    const admin = serviceContext(s, STORE);
    const baseUrl = (await s.stack.prisma.whatsappConnection.findUniqueOrThrow({ where: { tenantId: STORE } })).baseUrl;
    const number = { phoneNumberId: '1001', displayPhoneNumber: '+234 800 000 1001', baseUrl };
    await expect(saveConnection(admin, { ...number, templates: [{ name: 'order_follow_up', bodyVariables: 21 }] })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: ['templates', '0', 'bodyVariables'] });
    await expect(saveConnection(admin, { ...number, templates: [{ name: 'ok_name' }, { name: 'order_follow_up', language: 'english' }] })).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: ['templates', '1', 'language'] });
    const saved = await saveConnection(admin, { ...number, templates: [{ name: 'order_follow_up', language: 'en_US', bodyVariables: 2 }, { name: 'back_in_stock' }] });
    expect([saved.approvedTemplates, saved.templates]).toEqual([['order_follow_up', 'back_in_stock'], [{ name: 'order_follow_up', language: 'en_US', bodyVariables: 2 }, { name: 'back_in_stock', language: 'en_US', bodyVariables: 0 }]]);
    // Saving the names only keeps a known template's details.
    const renamed = await saveConnection(admin, { ...number, approvedTemplates: ['order_follow_up', 'delivery_today'] });
    expect(renamed.templates).toEqual([{ name: 'order_follow_up', language: 'en_US', bodyVariables: 2 }, { name: 'delivery_today', language: 'en_US', bodyVariables: 0 }]);

    const staff = serviceContext(s, STORE, { roles: ['STAFF'], mfa: false });
    const send = (templateParameters: string[] | null, clientId: string) => replyAsStaff(staff, { conversationId: conv.id, template: 'order_follow_up', templateParameters, clientId });
    const refused = async (p: string[] | null) => send(p, `refused-${++seq}`).catch((e: DomainError) => [e.code, e.field]);
    expect(await refused(null)).toEqual([ErrorCode.BAD_USER_INPUT, ['templateParameters']]);
    expect(await refused(['Ada'])).toEqual([ErrorCode.BAD_USER_INPUT, ['templateParameters']]);
    expect(await refused(['  ', 'WW-1001'])).toEqual([ErrorCode.BAD_USER_INPUT, ['templateParameters', '0']]);
    expect(await refused(['Ada', 'WW-1001\nsecond line'])).toEqual([ErrorCode.BAD_USER_INPUT, ['templateParameters', '1']]);
    expect(await refused(['Ada', 'tab\there'])).toEqual([ErrorCode.BAD_USER_INPUT, ['templateParameters', '1']]);
    expect(await refused(['Ada     Obi', 'WW-1001'])).toEqual([ErrorCode.BAD_USER_INPUT, ['templateParameters', '0']]);
    expect(await refused(['Ada', 'x'.repeat(1025)])).toEqual([ErrorCode.BAD_USER_INPUT, ['templateParameters', '1']]);
    expect(await replyAsStaff(staff, { conversationId: conv.id, template: 'delivery_today', templateParameters: ['x'], clientId: 'reply-0000010' }).catch((e: DomainError) => e.field)).toEqual(['templateParameters']);
    const before = sent.length;
    await send(['Ada Obi', 'WW-1001'], 'reply-0000011');
    expect(sent.slice(before).map((m) => m.body)).toEqual([
      {
        messaging_product: 'whatsapp',
        recipient_type: 'individual',
        to: OTHER,
        type: 'template',
        template: { name: 'order_follow_up', language: { code: 'en_US' }, components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ada Obi' }, { type: 'text', text: 'WW-1001' }] }] },
      },
    ]);
    // The inbox reads it with its values.
    expect((await s.stack.prisma.conversationMessage.findFirstOrThrow({ where: { conversationId: conv.id, idempotencyKey: 'staff:reply-0000011' } })).text).toBe('[template order_follow_up: Ada Obi | WW-1001]');
  });
});

describe('an order by chat', () => {
  it('browses, adds two products, checks out with a typed address, pays on the sandbox and is confirmed in the chat', async () => {
    const BUYER = '2348035550000';
    const shirt = await makeProduct(s.stack.prisma, STORE, { price: 1_000_000n, stock: 10 });
    const cap = await makeProduct(s.stack.prisma, STORE, { price: 250_000n, stock: 10 });
    const menu = await say('1001', SECRET_A, text('Hi'), BUYER);
    expect(menu[0].interactive.action.sections[0].rows.map((r: { id: string }) => r.id)).toEqual(['browse', 'cart', 'human', 'lang:en', 'lang:pcm']);
    const categories = await say('1001', SECRET_A, choose('browse', 'Browse categories'), BUYER);
    expect(categories[0].type).toBe('interactive');
    const card = await say('1001', SECRET_A, choose(`prod:${shirt.productId}`), BUYER);
    expect(card[0].interactive.body.text).toContain('₦10,000');
    expect(card[0].interactive.action.buttons[0].reply.id).toBe(`add:${shirt.variantId}`);
    await say('1001', SECRET_A, choose(`add:${shirt.variantId}`), BUYER);
    const added = await say('1001', SECRET_A, choose(`add:${cap.variantId}`), BUYER);
    expect(added[0].interactive.body.text).toMatch(/2 item\(s\), ₦12,500/);
    expect((await say('1001', SECRET_A, choose('checkout'), BUYER))[0].text.body).toMatch(/delivery address/);
    expect((await say('1001', SECRET_A, text('Ada Obi, 12 Allen Avenue, Ikeja, Lagos'), BUYER))[0].text.body).toMatch(/e-mail/);
    const confirm = await say('1001', SECRET_A, text('ada@example.com'), BUYER);
    expect(confirm[0].interactive.body.text).toContain('12 Allen Avenue');
    const placed = await say('1001', SECRET_A, choose('pay:link', 'Pay online'), BUYER);
    const link = /Pay here: (\S+)/.exec(placed[0].text.body)![1]!;
    const conv = await conversationOf(STORE, BUYER);
    const { orderId } = await s.stack.prisma.conversationOrder.findFirstOrThrow({ where: { conversationId: conv.id } });
    const order = await s.stack.prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
    expect(order).toMatchObject({ tenantId: STORE, status: 'PENDING_PAYMENT', channel: 'SVM', email: 'ada@example.com', phone: `+${BUYER}` });
    expect(order.lines.map((l) => [l.variantId, l.quantity]).sort()).toEqual([[shirt.variantId, 1], [cap.variantId, 1]].sort());
    // Delivery to Lagos: the store's cheapest rate there, as a web checkout would charge it.
    expect(order.total).toBe(order.subtotal + order.shipping + (order.total - order.subtotal - order.shipping));

    expect(await decideOnSandboxPage(s, link, 'pay')).toBeLessThan(400);
    await waitFor(async () => (await s.stack.prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status === 'PAID', 20_000);
    // The same as a web order: stock left, the ledger posted the sale.
    await waitFor(async () => (await stockOf(s.stack.prisma, shirt.variantId)).onHand === 9, 20_000);
    expect((await stockOf(s.stack.prisma, cap.variantId)).onHand).toBe(9);
    expect(await waitFor(async () => (await s.stack.prisma.journalEntry.count({ where: { tenantId: STORE, referenceId: orderId } })) > 0, 20_000)).toBe(true);
    // The confirmation goes to the chat.
    await waitFor(async () => (await sendQueued({ prisma: s.stack.prisma })) > 0 || sent.some((m) => /Payment received for order/.test(m.body.text?.body ?? '')), 20_000);
    const confirmation = sent.find((m) => m.body.to === BUYER && /Payment received for order/.test(m.body.text?.body ?? ''));
    expect(confirmation?.body.text.body).toContain(order.number);
    // Status updates follow in the chat as the shop moves the order (issue 17: "status updates").
    const staffMember = serviceContext(s, STORE, { roles: ['STAFF'], mfa: false });
    await advanceOrder(staffMember, orderId, 'FULFILLING');
    await advanceOrder(staffMember, orderId, 'SHIPPED');
    await waitFor(async () => (await sendQueued({ prisma: s.stack.prisma })) >= 0 && sent.some((m) => m.body.to === BUYER && new RegExp(`${order.number} has been shipped`).test(m.body.text?.body ?? '')), 20_000);
    const shipped = sent.filter((m) => m.body.to === BUYER && /has been shipped/.test(m.body.text?.body ?? ''));
    expect(shipped.length).toBe(1);
    // With the order's page on the shop, where the delivery is followed.
    expect(shipped[0]!.body.text.body).toMatch(new RegExp(`Follow the delivery here: \\S+/orders/${orderId}`));

    // The order is the account of that number at this shop (decision 0081): a phone-only customer...
    const account = await s.stack.prisma.user.findUniqueOrThrow({ where: { phone: `+${BUYER}` }, include: { memberships: true } });
    expect(order.customerUserId).toBe(account.id);
    expect({ email: account.email, password: account.passwordHash, memberships: account.memberships.map((m) => [m.tenantId, m.role]) }).toEqual({ email: null, password: null, memberships: [[STORE, 'CUSTOMER']] });
    // ...who sees it on the web after signing in with a texted code.
    const askedAt = new Date();
    await gql(s.gatewayUrl, 'mutation ($t: String!, $p: String!) { requestSignInCode(tenantSlug: $t, phone: $p) { phone } }', { t: 'ade-fashion', p: `+${BUYER}` }, { 'x-tenant': 'ade-fashion' });
    const sms = await waitFor(async () => (await s.stack.prisma.sandboxMessage.findMany({ where: { to: `+${BUYER}`, channel: 'SMS', receivedAt: { gt: askedAt }, text: { contains: 'sign-in code' } } }))[0] ?? null, 20_000);
    const code = /\b(\d{6})\b/.exec(sms!.text)![1]!;
    const signedIn = await gql(s.gatewayUrl, 'mutation ($input: SignInWithCodeInput!) { signInWithCode(input: $input) { session { accessToken user { id } } userErrors { code } } }', { input: { tenantSlug: 'ade-fashion', phone: `0${BUYER.slice(3)}`, code } }, { 'x-tenant': 'ade-fashion' });
    expect(signedIn.data!.signInWithCode.userErrors).toEqual([]);
    const session = signedIn.data!.signInWithCode.session;
    expect(session.user.id).toBe(account.id);
    const mine = await gql(s.gatewayUrl, 'query { orders(first: 20) { edges { node { id number } } } }', {}, { ...bearer(session.accessToken), 'x-tenant': 'ade-fashion' });
    expect(mine.data!.orders.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([orderId]);
  }, 120_000);

  it('offers a bank transfer when the shop takes one, and answers the fourth unpaid order instead of placing it', async () => {
    const BUYER = '2348036660000';
    await s.stack.prisma.commerceSettings.upsert({ where: { tenantId: MARKET }, create: { tenantId: MARKET, paymentMethods: ['CARD', 'BANK_TRANSFER'] }, update: { paymentMethods: ['CARD', 'BANK_TRANSFER'] } });
    const bag = await makeProduct(s.stack.prisma, MARKET, { price: 300_000n, stock: 20, commissionBps: 800 });
    const orderOnce = async (n: number) => {
      await say('2002', SECRET_B, choose(`add:${bag.variantId}`), BUYER);
      const asked = await say('2002', SECRET_B, choose('checkout'), BUYER);
      if (n === 0) {
        await say('2002', SECRET_B, text('Bola Ade, 3 Broad Street, Lagos Island, Lagos'), BUYER);
        return say('2002', SECRET_B, text('bola@example.com'), BUYER);
      }
      return asked[0].type === 'text' ? asked : say('2002', SECRET_B, choose('addr:0'), BUYER);
    };
    const confirm = await orderOnce(0);
    expect(confirm[0].interactive.action.buttons.map((b: { reply: { id: string } }) => b.reply.id)).toEqual(['pay:link', 'pay:transfer', 'cancel']);
    const placed = await say('2002', SECRET_B, choose('pay:transfer', 'Bank transfer'), BUYER);
    const conv = await conversationOf(MARKET, BUYER);
    const first = await s.stack.prisma.conversationOrder.findFirstOrThrow({ where: { conversationId: conv.id } });
    const payment = await s.stack.prisma.payment.findFirstOrThrow({ where: { orderId: first.orderId } });
    expect(payment).toMatchObject({ method: 'BANK_TRANSFER', status: 'PENDING' });
    expect(placed[0].text.body).toContain(`Account number: ${payment.bankAccountNumber}`);
    expect(placed[0].text.body).toContain(payment.bankName!);
    // The same number at another shop: the same person, a customer of each shop, each order in its own shop.
    const account = await s.stack.prisma.user.findUniqueOrThrow({ where: { phone: `+${BUYER}` }, include: { memberships: true } });
    expect(account.memberships.map((m) => [m.tenantId, m.role])).toEqual([[MARKET, 'CUSTOMER']]);
    expect(await s.stack.prisma.order.findUniqueOrThrow({ where: { id: first.orderId } })).toMatchObject({ tenantId: MARKET, customerUserId: account.id });

    // Two more unpaid orders are allowed; the fourth checkout is answered, not placed.
    for (const n of [1, 2]) {
      const c = await orderOnce(n);
      expect(c[0].interactive.body.text).toContain('3 Broad Street');
      await say('2002', SECRET_B, choose('pay:link', 'Pay online'), BUYER);
    }
    expect(await s.stack.prisma.conversationOrder.count({ where: { conversationId: conv.id } })).toBe(3);
    const refused = await orderOnce(3);
    expect(refused[0].text.body).toMatch(/3 orders by chat waiting for payment/);
    // Even a tap on an old "pay" button does not place it.
    expect((await say('2002', SECRET_B, choose('pay:link', 'Pay online'), BUYER))[0].text.body).toMatch(/waiting for payment/);
    expect(await s.stack.prisma.conversationOrder.count({ where: { conversationId: conv.id } })).toBe(3);
    // Paying one (here: its window closing) lets the next one through.
    await s.stack.prisma.order.update({ where: { id: first.orderId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const again = await say('2002', SECRET_B, choose('checkout'), BUYER);
    expect(again[0].interactive.type).toBe('list');
  }, 120_000);

  it('pays on delivery when the shop takes it and the total is within its maximum: confirmed unpaid with stock committed, counted as unpaid until collected (decision 0085)', async () => {
    const BUYER = '2348038880000';
    const ids = (r: any) => (r.type === 'interactive' && r.interactive.type === 'list' ? r.interactive.action.sections[0].rows : r.interactive.action.buttons.map((b: { reply: unknown }) => b.reply)).map((c: { id: string }) => c.id);
    await s.stack.prisma.commerceSettings.upsert({ where: { tenantId: STORE }, create: { tenantId: STORE, paymentMethods: ['CARD', 'PAY_ON_DELIVERY'], payOnDeliveryMaxTotal: 100n }, update: { paymentMethods: ['CARD', 'PAY_ON_DELIVERY'], payOnDeliveryMaxTotal: 100n } });
    const gown = await makeProduct(s.stack.prisma, STORE, { price: 800_000n, stock: 5 });
    await say('1001', SECRET_A, choose(`add:${gown.variantId}`), BUYER);
    await say('1001', SECRET_A, choose('checkout'), BUYER);
    await say('1001', SECRET_A, text('Ada Obi, 12 Allen Avenue, Ikeja, Lagos'), BUYER);
    // Above the shop's maximum: not offered, and a tap on an old button is refused by checkout's own rule.
    const over = await say('1001', SECRET_A, text('ada@example.com'), BUYER);
    expect(ids(over[0])).toEqual(['pay:link', 'cancel']);
    expect(over[0].interactive.body.text).toMatch(/Total with delivery: ₦[\d,.]+/);
    expect((await say('1001', SECRET_A, choose('pay:delivery', 'Pay on delivery'), BUYER))[0].text.body).toMatch(/could not be placed: Pay on delivery is for orders up to/);

    await s.stack.prisma.commerceSettings.update({ where: { tenantId: STORE }, data: { payOnDeliveryMaxTotal: null } });
    await say('1001', SECRET_A, choose('checkout'), BUYER);
    const offer = await say('1001', SECRET_A, text('Ada Obi, 12 Allen Avenue, Ikeja, Lagos'), BUYER);
    expect(ids(offer[0])).toEqual(['pay:link', 'pay:delivery', 'cancel']);
    const placed = await say('1001', SECRET_A, choose('pay:delivery', 'Pay on delivery'), BUYER);
    const conv = await conversationOf(STORE, BUYER);
    const { orderId } = await s.stack.prisma.conversationOrder.findFirstOrThrow({ where: { conversationId: conv.id } });
    const order = await s.stack.prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { payments: true, lines: true } });
    expect(order.status).toBe('PENDING_PAYMENT');
    expect(order.payments.map((p) => [p.method, p.status, p.amount])).toEqual([['PAY_ON_DELIVERY', 'PENDING', order.total]]);
    expect(placed[0].text.body).toContain(`Order ${order.number} is confirmed: pay ₦`);
    // Stock is committed at once, as for a web pay-on-delivery order.
    expect(order.lines.map((l) => l.stockStatus)).toEqual(['COMMITTED']);
    expect((await stockOf(s.stack.prisma, gown.variantId)).onHand).toBe(4);

    // It never expires, and counts toward the chat's unpaid limit however old it is.
    await s.stack.prisma.order.update({ where: { id: orderId }, data: { expiresAt: new Date(Date.now() - 3600_000) } });
    process.env.WHATSAPP_MAX_UNPAID_ORDERS = '1';
    try {
      await say('1001', SECRET_A, choose(`add:${gown.variantId}`), BUYER);
      expect((await say('1001', SECRET_A, choose('checkout'), BUYER))[0].text.body).toMatch(/1 orders by chat waiting for payment/);
      // Staff collect it on the "Collect on delivery" screen's operation: paid, told in the chat, the limit frees up.
      const staff = serviceContext(s, STORE, { roles: ['STAFF'], mfa: false });
      expect((await ordersToCollect(staff)).map((o) => o.id)).toContain(orderId);
      await collectOnDelivery(staff, { orderId, amount: order.total, currency: order.currency, via: 'CASH' });
      expect((await s.stack.prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('PAID');
      await waitFor(async () => (await sendQueued({ prisma: s.stack.prisma })) > 0 || sent.some((m) => m.body.to === BUYER && /Payment received for order/.test(m.body.text?.body ?? '')), 20_000);
      expect((await say('1001', SECRET_A, choose('checkout'), BUYER))[0].interactive.type).toBe('list');
    } finally {
      delete process.env.WHATSAPP_MAX_UNPAID_ORDERS;
      await s.stack.prisma.commerceSettings.update({ where: { tenantId: STORE }, data: { paymentMethods: ['CARD'] } });
    }
  }, 120_000);

  describe('USSD and mobile money (decision 0087, amended)', () => {
    const ids = (r: any) => (r.type === 'interactive' && r.interactive.type === 'list' ? r.interactive.action.sections[0].rows : r.interactive.action.buttons.map((b: { reply: unknown }) => b.reply)).map((c: { id: string }) => c.id);
    const setMethods = (paymentMethods: ('CARD' | 'USSD' | 'MOBILE_MONEY')[], paymentProvider: 'SANDBOX' | 'FLUTTERWAVE' = 'SANDBOX') =>
      s.stack.prisma.commerceSettings.upsert({ where: { tenantId: STORE }, create: { tenantId: STORE, paymentMethods, paymentProvider }, update: { paymentMethods, paymentProvider } });
    /** Cart, address, e-mail: the confirmation with the ways to pay. */
    async function toConfirmation(buyer: string) {
      const item = await makeProduct(s.stack.prisma, STORE, { price: 500_000n, stock: 10 });
      await say('1001', SECRET_A, choose(`add:${item.variantId}`), buyer);
      await say('1001', SECRET_A, choose('checkout'), buyer);
      await say('1001', SECRET_A, text('Ada Obi, 12 Allen Avenue, Ikeja, Lagos'), buyer);
      return (await say('1001', SECRET_A, text('ada@example.com'), buyer))[0];
    }
    const ordersOf = async (buyer: string) => {
      const conv = await s.stack.prisma.conversation.findUnique({ where: { tenantId_waId: { tenantId: STORE, waId: buyer } } });
      return conv ? s.stack.prisma.conversationOrder.findMany({ where: { conversationId: conv.id } }) : [];
    };
    afterAll(() => setMethods(['CARD']));

    it('a USSD order by chat: the bank from the provider’s list, the code to dial in the reply; dialling it confirms the order in the chat', async () => {
      const BUYER = '2348031110000';
      await setMethods(['CARD', 'USSD', 'MOBILE_MONEY']);
      const confirm = await toConfirmation(BUYER);
      // Four choices with Cancel: a list.
      expect(ids(confirm)).toEqual(['pay:link', 'pay:ussd', 'pay:momo', 'cancel']);
      const banks = await say('1001', SECRET_A, choose('pay:ussd', 'Pay by USSD'), BUYER);
      expect(ids(banks[0])).toEqual(['ussd:737', 'ussd:901', 'ussd:894', 'ussd:919', 'ussd:966']);
      const placed = await say('1001', SECRET_A, choose('ussd:737', 'GTBank (*737#)'), BUYER);
      const [link] = await ordersOf(BUYER);
      const order = await s.stack.prisma.order.findUniqueOrThrow({ where: { id: link!.orderId }, include: { payments: true } });
      expect(order).toMatchObject({ status: 'PENDING_PAYMENT', phone: `+${BUYER}` });
      const payment = order.payments[0]!;
      expect(payment).toMatchObject({ method: 'USSD', status: 'PENDING', ussdBank: '737' });
      expect(payment.ussdCode).toMatch(/^\*737\*000\*\d{4}#$/);
      // The code alone on its line, so the phone offers to dial it.
      expect(placed[0].text.body.split('\n')).toContain(payment.ussdCode);
      expect(placed[0].text.body).toMatch(/confirmed when your bank approves/);

      expect(await decideOnSandboxPage(s, `/pay/sandbox/${payment.reference}`, 'pay')).toBeLessThan(400);
      await waitFor(async () => (await s.stack.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status === 'PAID', 20_000);
      await waitFor(async () => (await sendQueued({ prisma: s.stack.prisma })) > 0 || sent.some((m) => m.body.to === BUYER && /Payment received for order/.test(m.body.text?.body ?? '')), 20_000);
      expect(sent.find((m) => m.body.to === BUYER && /Payment received for order/.test(m.body.text?.body ?? ''))?.body.text.body).toContain(order.number);
    }, 120_000);

    it('a provider with more banks than a list holds pages them (9 and “More banks”)', async () => {
      const BUYER = '2348031110000';
      await setMethods(['CARD', 'USSD'], 'FLUTTERWAVE');
      try {
        const first = await say('1001', SECRET_A, choose('pay:ussd', 'Pay by USSD'), BUYER);
        expect(ids(first[0])).toHaveLength(10);
        expect(ids(first[0])[9]).toBe('ussd-more:9');
        const rest = await say('1001', SECRET_A, choose('ussd-more:9', 'More banks'), BUYER);
        expect(ids(rest[0])).toEqual(['ussd:232', 'ussd:032', 'ussd:033', 'ussd:215', 'ussd:035', 'ussd:057']);
      } finally {
        await setMethods(['CARD', 'USSD', 'MOBILE_MONEY']);
      }
    });

    it('a mobile-money order by chat charges the chat’s own number, and counts toward the unpaid limit', async () => {
      const BUYER = '2348032220000';
      await setMethods(['CARD', 'USSD', 'MOBILE_MONEY']);
      await toConfirmation(BUYER);
      const networks = await say('1001', SECRET_A, choose('pay:momo', 'Mobile money'), BUYER);
      expect(ids(networks[0])).toEqual(['momo:mtn-momo', 'momo:airtel-smartcash', 'momo:opay', 'momo:palmpay']);
      expect(networks[0].interactive.body.text).toContain(`+${BUYER}`);
      const placed = await say('1001', SECRET_A, choose('momo:opay', 'OPay'), BUYER);
      const [link] = await ordersOf(BUYER);
      const payment = await s.stack.prisma.payment.findFirstOrThrow({ where: { orderId: link!.orderId } });
      expect(payment).toMatchObject({ method: 'MOBILE_MONEY', status: 'PENDING', mobileMoneyNetwork: 'opay', mobileMoneyPhone: `+${BUYER}` });
      expect(placed[0].text.body).toContain(payment.chargeInstruction!);
      process.env.WHATSAPP_MAX_UNPAID_ORDERS = '1';
      try {
        // Another cart (the address and e-mail are remembered); an old network row does not get past the limit.
        const item = await makeProduct(s.stack.prisma, STORE, { price: 500_000n, stock: 10 });
        await say('1001', SECRET_A, choose(`add:${item.variantId}`), BUYER);
        expect((await say('1001', SECRET_A, choose('momo:opay', 'OPay'), BUYER))[0].text.body).toMatch(/1 orders by chat waiting for payment/);
        expect(await ordersOf(BUYER)).toHaveLength(1);
      } finally {
        delete process.env.WHATSAPP_MAX_UNPAID_ORDERS;
      }
    }, 120_000);

    it('a declined USSD charge is told in the chat; the customer pays again from the chat (another bank, then another way) without a new order, and is confirmed', async () => {
      const BUYER = '2348033330000';
      const OTHER = '2348034440000';
      await setMethods(['CARD', 'USSD', 'MOBILE_MONEY']);
      await toConfirmation(BUYER);
      await say('1001', SECRET_A, choose('pay:ussd', 'Pay by USSD'), BUYER);
      await say('1001', SECRET_A, choose('ussd:737', 'GTBank (*737#)'), BUYER);
      const [link] = await ordersOf(BUYER);
      const orderId = link!.orderId;
      const paymentsOf = () => s.stack.prisma.payment.findMany({ where: { orderId }, orderBy: { createdAt: 'asc' } });
      /** Declines the charge on the sandbox phone page and returns what the chat was told (sent by the job's round or here). */
      const declineAndHear = async (payment: { id: string; reference: string }) => {
        const before = sent.length;
        expect(await decideOnSandboxPage(s, `/pay/sandbox/${payment.reference}`, 'decline')).toBeLessThan(400);
        await waitFor(async () => (await s.stack.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).status === 'FAILED', 20_000);
        await waitFor(async () => (await sendQueued({ prisma: s.stack.prisma })) >= 0 && sent.slice(before).some((m) => m.body.to === BUYER && m.body.type === 'interactive'), 20_000);
        return sent.slice(before).find((m) => m.body.to === BUYER && m.body.type === 'interactive')!.body;
      };

      // The bank declines: the chat hears of it once, with ways to pay again; the order still awaits payment.
      const declined = await declineAndHear((await paymentsOf())[0]!);
      expect(declined.interactive.body.text).toMatch(/USSD payment for order .* did not go through/);
      expect(ids(declined)).toEqual([`retry:${orderId}`, `retry-bank:${orderId}`, `retry-other:${orderId}`]);
      expect(await s.stack.prisma.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: 'PENDING_PAYMENT' });

      // Another chat cannot pay (or start charges) for this one's order.
      await toConfirmation(OTHER);
      expect((await say('1001', SECRET_A, choose(`retry:${orderId}`, 'Try again'), OTHER))[0].text.body).toMatch(/did not get that/);
      expect(await paymentsOf()).toHaveLength(1);

      // Another bank: the provider's list, then a new charge on the same order.
      const banks = await say('1001', SECRET_A, choose(`retry-bank:${orderId}`, 'Another bank'), BUYER);
      expect(ids(banks[0])).toContain(`reussd:${orderId}:919`);
      const again = await say('1001', SECRET_A, choose(`reussd:${orderId}:919`, 'UBA (*919#)'), BUYER);
      const second = (await paymentsOf())[1]!;
      expect(second).toMatchObject({ method: 'USSD', status: 'PENDING', ussdBank: '919' });
      expect(again[0].text.body.split('\n')).toContain(second.ussdCode);
      // A second tap while that charge waits gives the same charge, not another.
      await say('1001', SECRET_A, choose(`retry:${orderId}`, 'Try again'), BUYER);
      expect(await paymentsOf()).toHaveLength(2);

      // Declined again (the code ran out): another way to pay, here the chat's own mobile-money wallet.
      expect((await declineAndHear(second)).interactive.body.text).toMatch(/did not go through/);
      const ways = await say('1001', SECRET_A, choose(`retry-other:${orderId}`, 'Other ways to pay'), BUYER);
      expect(ids(ways[0])).toEqual([`repay:${orderId}:CARD`, `repay:${orderId}:USSD`, `repay:${orderId}:MOBILE_MONEY`]);
      const networks = await say('1001', SECRET_A, choose(`repay:${orderId}:MOBILE_MONEY`, 'Mobile money'), BUYER);
      expect(ids(networks[0])).toContain(`remomo:${orderId}:opay`);
      await say('1001', SECRET_A, choose(`remomo:${orderId}:opay`, 'OPay'), BUYER);
      const third = (await paymentsOf())[2]!;
      expect(third).toMatchObject({ method: 'MOBILE_MONEY', status: 'PENDING', mobileMoneyNetwork: 'opay', mobileMoneyPhone: `+${BUYER}` });

      // Approved: paid and confirmed in the chat; still one order.
      expect(await decideOnSandboxPage(s, `/pay/sandbox/${third.reference}`, 'pay')).toBeLessThan(400);
      await waitFor(async () => (await s.stack.prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status === 'PAID', 20_000);
      await waitFor(async () => (await sendQueued({ prisma: s.stack.prisma })) >= 0 && sent.some((m) => m.body.to === BUYER && /Payment received for order/.test(m.body.text?.body ?? '')), 20_000);
      expect(await ordersOf(BUYER)).toHaveLength(1);
      // A paid order is not paid again.
      expect((await say('1001', SECRET_A, choose(`retry:${orderId}`, 'Try again'), BUYER))[0].text.body).toMatch(/no longer waiting for payment/);
      expect(await paymentsOf()).toHaveLength(3);
    }, 180_000);

    it('a number of another country is told kindly that the wallets are not for it and offered the other ways to pay', async () => {
      const GHANA = '233551234987';
      await setMethods(['CARD', 'USSD', 'MOBILE_MONEY']);
      await toConfirmation(GHANA);
      const refused = await say('1001', SECRET_A, choose('pay:momo', 'Mobile money'), GHANA);
      expect(refused[0].interactive.body.text).toMatch(/wallets on \+234 numbers, and this WhatsApp number \(\+233551234987\) is not one/);
      expect(ids(refused[0])).toEqual(['pay:link', 'pay:ussd', 'cancel']);
      // An old or forged network row is answered the same way: nothing placed, no prompt sent.
      const forged = await say('1001', SECRET_A, choose('momo:opay', 'OPay'), GHANA);
      expect(forged[0].interactive.body.text).toMatch(/is not one/);
      expect(await ordersOf(GHANA)).toEqual([]);
      expect(await s.stack.prisma.payment.count({ where: { mobileMoneyPhone: `+${GHANA}` } })).toBe(0);
    }, 120_000);
  });

  it('speaks Pidgin when the customer picks it', async () => {
    const replies = await say('1001', SECRET_A, choose('lang:pcm', 'Pidgin'), '2348037770000');
    expect(replies[0].text.body).toMatch(/I go dey talk Pidgin/);
    expect((await say('1001', SECRET_A, text('menu'), '2348037770000'))[0].interactive.body.text).toMatch(/Wetin you wan do/);
  });
});

describe('a person’s data-subject request about their chats (decision 0085)', () => {
  const audits = (tenantId: string, type: string) => s.stack.prisma.auditEvent.findMany({ where: { tenantId, type }, orderBy: { id: 'asc' } });

  it('an administrator with 2FA exports and erases a number’s conversation at their shop only; audited with the number masked', async () => {
    // CUSTOMER wrote to both shops and never ordered: no account anywhere to ask through.
    const inMarket = await conversationOf(MARKET);
    const marketMessages = await s.stack.prisma.conversationMessage.count({ where: { conversationId: inMarket.id } });
    expect(marketMessages).toBeGreaterThan(0);
    const admin = serviceContext(s, STORE);
    for (const who of [serviceContext(s, STORE, { roles: ['STAFF'], mfa: false }), serviceContext(s, STORE, { mfa: false })]) {
      await expect(exportConversationByPhone(who, `+${CUSTOMER}`)).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
      await expect(eraseConversationByPhone(who, `+${CUSTOMER}`)).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
    }
    await expect(exportConversationByPhone(admin, 'not a number')).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field: ['phone'] });

    // The Nigerian local form is the same number.
    const exported = await exportConversationByPhone(admin, '0803 123 4567');
    expect(exported).toMatchObject({ phone: `+${CUSTOMER}`, orderIds: [] });
    expect(exported!.messages.length).toBeGreaterThan(0);
    expect(exported!.messages.every((m) => typeof m.text === 'string' && ['IN', 'OUT'].includes(m.direction))).toBe(true);

    expect(await eraseConversationByPhone(admin, `+${CUSTOMER}`)).toBe(1);
    expect(await s.stack.prisma.conversation.count({ where: { tenantId: STORE, waId: CUSTOMER } })).toBe(0);
    expect(await s.stack.prisma.conversationMessage.count({ where: { tenantId: STORE, conversation: { waId: CUSTOMER } } })).toBe(0);
    expect(await eraseConversationByPhone(admin, `+${CUSTOMER}`)).toBe(0);
    expect(await exportConversationByPhone(admin, `+${CUSTOMER}`)).toBeNull();
    // The market's conversation with the same number is the market's: untouched.
    expect(await s.stack.prisma.conversationMessage.count({ where: { conversationId: inMarket.id } })).toBe(marketMessages);

    // Every request is in the shop's audit log (identity), once, with who asked and the number masked.
    await waitFor(async () => (await audits(STORE, 'privacy.conversation_erased')).length === 2 && (await audits(STORE, 'privacy.conversation_exported')).length === 2, 20_000);
    const erased = await audits(STORE, 'privacy.conversation_erased');
    expect(erased.map((a) => [a.actorUserId, a.data])).toEqual([
      [admin.actor.userId, { phone: '+234803****567', erased: 1, by: 'administrator' }],
      [admin.actor.userId, { phone: '+234803****567', erased: 0, by: 'administrator' }],
    ]);
    expect(await audits(MARKET, 'privacy.conversation_erased')).toEqual([]);
  });

  it('the person erases their own chat from WhatsApp after confirming; their orders stay', async () => {
    const BUYER = '2348038880000'; // ordered on delivery above
    const conv = await conversationOf(STORE, BUYER);
    const { orderId } = await s.stack.prisma.conversationOrder.findFirstOrThrow({ where: { conversationId: conv.id } });
    const asked = await say('1001', SECRET_A, text('DELETE MY DATA'), BUYER);
    expect(asked[0].interactive.body.text).toMatch(/^Delete your chat with Ade Fashion.*\? .*Orders you placed stay/);
    expect(asked[0].interactive.action.buttons.map((b: { reply: { id: string } }) => b.reply.id)).toEqual(['erase:yes', 'erase:no']);
    expect((await say('1001', SECRET_A, choose('erase:no', 'No, keep it'), BUYER))[0].text.body).toMatch(/Nothing was deleted/);
    // A "yes" that answers no question (an old button) deletes nothing.
    expect((await say('1001', SECRET_A, choose('erase:yes', 'Yes, delete it'), BUYER))[0].text.body).toMatch(/Nothing was deleted/);
    expect(await s.stack.prisma.conversation.count({ where: { id: conv.id } })).toBe(1);

    await say('1001', SECRET_A, text('delete my data'), BUYER);
    const bye = await say('1001', SECRET_A, choose('erase:yes', 'Yes, delete it'), BUYER);
    expect(bye.map((m) => m.text?.body)).toEqual([expect.stringMatching(/your chat with Ade Fashion.* is deleted/)]);
    expect(await s.stack.prisma.conversation.count({ where: { id: conv.id } })).toBe(0);
    expect(await s.stack.prisma.conversationMessage.count({ where: { conversationId: conv.id } })).toBe(0);
    expect(await s.stack.prisma.conversationOrder.count({ where: { conversationId: conv.id } })).toBe(0);
    // The order is an accounting record: it stays, with its own data.
    expect(await s.stack.prisma.order.findUniqueOrThrow({ where: { id: orderId } })).toMatchObject({ status: 'PAID', phone: `+${BUYER}` });
    await waitFor(async () => (await audits(STORE, 'privacy.conversation_erased')).some((a) => (a.data as { by?: string }).by === 'customer'), 20_000);
    const mine = (await audits(STORE, 'privacy.conversation_erased')).find((a) => (a.data as { by?: string }).by === 'customer')!;
    expect([mine.actorUserId, mine.data]).toEqual([null, { phone: '+234803****000', erased: 1, by: 'customer' }]);
  });
});
