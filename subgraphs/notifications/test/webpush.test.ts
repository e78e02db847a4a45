/**
 * Web push end to end in the embedded default (decision 0063): a customer's browser (simulated by the
 * sandbox's push service, which is a browser too) subscribes with the installation's VAPID key, the
 * subscription is registered through the gateway, and an order update for that customer goes out as PUSH:
 * encrypted (RFC 8291), signed (RFC 8292), received and decrypted by the sandbox, whose text is the
 * template's. A push service's 410 removes the subscription, and so does an endpoint whose name resolves to
 * a private address (never connected to). One user's subscriptions are nobody else's,
 * at no other tenant. The crypto is checked on its own too: round trip, tampering, a foreign VAPID key.
 */
import { createECDH } from 'node:crypto';
import { recordEvent, TOPICS, type MessageRequestedPayload } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { startStack, type TestStack } from '../../../test/support/stack';
import { payload, signIn, tenantId, userErrorCodes } from '../../../test/support/callers';
import { waitFor } from '../../../test/support/wait';
import { decryptPayload, encryptPayload, generateVapidKeys, pushProbes, vapidAuthorization, verifyVapid } from '../src/services/channels/webpush';
import { sandboxUrls } from '../src/services/providers';

describe('web push crypto (RFC 8291, RFC 8292)', () => {
  const browser = createECDH('prime256v1');
  browser.generateKeys();
  const auth = Buffer.from('0123456789abcdef');
  const p256dh = browser.getPublicKey().toString('base64url');

  it('decrypts RFC 8291 Appendix A’s example exactly (the derivation browsers use)', () => {
    const b = (x: string) => Buffer.from(x, 'base64url');
    const message = b('DGv6ra1nlYgDCS1FRnbzlwAAEABBBP4z9KsN6nGRTbVYI_c7VJSPQTBtkgcy27mlmlMoZIIgDll6e3vCYLocInmYWAmS6TlzAC8wEqKK6PBru3jl7A_yl95bQpu6cVPTpK4Mqgkf1CXztLVBSt2Ks3oZwbuwXPXLWyouBWLVWGNWQexSgSxsj_Qulcy4a-fN');
    expect(decryptPayload(message, b('q1dXpw3UpT5VOmu_cf_v6ih07Aems3njxI-JWgLcM94'), b('BTBZMqHH6r4Tts7J_aSIgg')).toString()).toBe('When I grow up, I want to be a watermelon');
  });

  it('a payload encrypted to a browser decrypts with its private key and auth secret, and only with them', () => {
    const sealed = encryptPayload(Buffer.from('{"title":"Hi"}'), p256dh, auth.toString('base64url'));
    expect(sealed.readUInt32BE(16)).toBe(4096);
    expect(sealed[20]).toBe(65);
    expect(decryptPayload(sealed, browser.getPrivateKey(), auth).toString()).toBe('{"title":"Hi"}');
    expect(() => decryptPayload(sealed, browser.getPrivateKey(), Buffer.from('fedcba9876543210'))).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[tampered.length - 20]! ^= 1;
    expect(() => decryptPayload(tampered, browser.getPrivateKey(), auth)).toThrow();
  });

  it('a VAPID header verifies for its origin and key only, and not once expired', () => {
    const keys = { ...generateVapidKeys(), subject: 'mailto:ops@example.ng' };
    const header = vapidAuthorization('https://push.example.com/send/abc', keys);
    expect(verifyVapid(header, 'https://push.example.com')).toEqual({ ok: true, publicKey: keys.publicKey, sub: 'mailto:ops@example.ng' });
    expect(verifyVapid(header, 'https://other.example.com')).toMatchObject({ ok: false });
    const other = generateVapidKeys();
    expect(verifyVapid(header.replace(/k=.*$/, `k=${other.publicKey}`), 'https://push.example.com')).toEqual({ ok: false, reason: 'bad JWT signature' });
    expect(verifyVapid(vapidAuthorization('https://push.example.com/x', keys, Date.now() - 13 * 3600_000), 'https://push.example.com')).toMatchObject({ ok: false });
  });
});

describe('web push through the sandbox', () => {
  const SHOP = 'ade-fashion';
  let s: TestStack;
  let shop: string;
  let customer: Record<string, string>;
  let customerId: string;

  beforeAll(async () => {
    s = await startStack({ demoProducts: 5 });
    shop = await tenantId(s.stack.prisma, SHOP);
    customer = await signIn(s, SHOP, 'customer');
    customerId = (await s.stack.prisma.user.findUniqueOrThrow({ where: { email: 'customer@webwaka.test' } })).id;
  }, 180_000);
  afterAll(() => s?.stop());

  /** What a browser's PushManager.subscribe({ applicationServerKey }) returns, from the sandbox's push service. */
  async function browserSubscription(applicationServerKey: string): Promise<{ endpoint: string; keys: { p256dh: string; auth: string } }> {
    const res = await fetch(`${sandboxUrls()!.httpUrl}/push/subscriptions`, { method: 'POST', body: JSON.stringify({ applicationServerKey }) });
    expect(res.status).toBe(201);
    return res.json();
  }
  const publicKey = async () => (await gql(s.gatewayUrl, '{ webPushPublicKey }')).data!.webPushPublicKey as string;
  const REGISTER = 'mutation ($input: RegisterPushSubscriptionInput!) { registerPushSubscription(input: $input) { subscription { id endpointOrigin label } userErrors { code field } } }';
  const register = (headers: Record<string, string>, sub: { endpoint: string; keys: { p256dh: string; auth: string } }, label = 'Test phone') =>
    gql(s.gatewayUrl, REGISTER, { input: { endpoint: sub.endpoint, p256dh: sub.keys.p256dh, auth: sub.keys.auth, label } }, headers);
  const mine = async (headers: Record<string, string>) => (await gql(s.gatewayUrl, '{ myPushSubscriptions { id label } }', {}, headers)).data!.myPushSubscriptions as { id: string }[];

  let n = 0;
  async function orderUpdate(userId: string): Promise<string> {
    const key = `push-test:${++n}:${Date.now()}`;
    const p: MessageRequestedPayload = {
      key,
      tenantId: shop,
      template: 'order.status_changed',
      to: { userId, email: 'push-buyer@example.ng' },
      channels: ['EMAIL'],
      variables: { name: 'Ada', orderNumber: 'ADE-77', status: 'shipped', orderUrl: 'http://localhost:3000/s/ade-fashion/orders/ADE-77' },
    };
    await recordEvent(s.stack.prisma, { tenantId: shop, topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED, payload: p });
    return key;
  }
  const pushMessages = (key: string) =>
    waitFor(async () => {
      const rows = await s.stack.prisma.message.findMany({ where: { requestKey: { startsWith: key }, channel: 'PUSH' } });
      return rows.length && rows.every((m) => !['QUEUED', 'SENDING'].includes(m.status)) ? rows : null;
    }, 20_000);

  it('the VAPID public key is generated once, kept sealed, and is the same for every caller', async () => {
    const key = await publicKey();
    expect(Buffer.from(key, 'base64url')).toHaveLength(65);
    expect(await publicKey()).toBe(key);
    const row = await s.stack.prisma.vapidKey.findUniqueOrThrow({ where: { id: 'installation' } });
    expect(row.publicKey).toBe(key);
    expect(row.privateKeySealed).not.toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('an order update reaches the customer’s subscribed browser as an encrypted, VAPID-signed push the sandbox decrypts', async () => {
    const sub = await browserSubscription(await publicKey());
    const r = await register(customer, sub);
    expect(payload(r, 'registerPushSubscription').subscription).toMatchObject({ label: 'Test phone', endpointOrigin: new URL(sub.endpoint).origin });
    const subscriptionId = payload(r, 'registerPushSubscription').subscription.id as string;
    expect((await mine(customer)).map((x) => x.id)).toContain(subscriptionId);
    // Kept sealed at rest.
    const row = await s.stack.prisma.pushSubscription.findUniqueOrThrow({ where: { id: subscriptionId } });
    expect(row.authSealed).not.toBe(sub.keys.auth);

    const key = await orderUpdate(customerId);
    const [push] = (await pushMessages(key))!;
    expect(push).toMatchObject({ status: 'SENT', provider: 'webpush', recipient: `push:${subscriptionId}`, userId: customerId });
    const received = await waitFor(() => s.stack.prisma.sandboxMessage.findFirst({ where: { channel: 'PUSH', to: sub.endpoint } }), 10_000);
    expect(received).toMatchObject({ provider: 'web-push', from: 'mailto:no-reply@webwaka.local', subject: 'Order ADE-77: shipped' });
    expect(received!.text).toBe('Your Ade Fashion House order is now shipped. http://localhost:3000/s/ade-fashion/orders/ADE-77');
    expect(push!.providerMessageId).toMatch(/\/push\/messages\//);
    // The e-mail went as asked, beside it.
    expect(await s.stack.prisma.message.count({ where: { requestKey: key, channel: 'EMAIL' } })).toBe(1);
  });

  it('a push service’s 410 (the browser unsubscribed) removes the subscription and the message is dead, not retried', async () => {
    const sub = await browserSubscription(await publicKey());
    const id = payload(await register(customer, sub, 'Old phone'), 'registerPushSubscription').subscription.id as string;
    const gone = await fetch(`${sandboxUrls()!.httpUrl}/push/subscriptions/${sub.endpoint.split('/').pop()}`, { method: 'DELETE' });
    expect(gone.status).toBe(204);
    const key = await orderUpdate(customerId);
    const rows = (await pushMessages(key))!;
    const dead = rows.find((m) => m.recipient === `push:${id}`)!;
    expect(dead).toMatchObject({ status: 'DEAD' });
    expect(dead.lastError).toContain('410');
    expect(await s.stack.prisma.pushSubscription.findUnique({ where: { id } })).toBeNull();
  });

  it('the sandbox push service refuses a push signed with another VAPID key, as a real one does', async () => {
    const sub = await browserSubscription(generateVapidKeys().publicKey);
    const r = await register(customer, sub, 'Other key');
    const id = payload(r, 'registerPushSubscription').subscription.id as string;
    const key = await orderUpdate(customerId);
    const rows = (await pushMessages(key))!;
    const refused = rows.find((m) => m.recipient === `push:${id}`)!;
    expect(refused.status).toBe('DEAD');
    expect(refused.lastError).toContain('HTTP 403');
    await gql(s.gatewayUrl, 'mutation ($id: ID!) { removePushSubscription(id: $id) { removed } }', { id }, customer);
  });

  it('a push service name that resolves to a private address is never connected to: the message is dead and the subscription removed', async () => {
    const real = pushProbes.resolveHost;
    const asked: string[] = [];
    pushProbes.resolveHost = async (host) => (asked.push(host), host === 'push.rebind.example' ? ['169.254.169.254'] : real(host));
    try {
      const keys = (await browserSubscription(await publicKey())).keys;
      const r = await register(customer, { endpoint: 'https://push.rebind.example/send/abc', keys }, 'Rebinding');
      const id = payload(r, 'registerPushSubscription').subscription.id as string;
      const key = await orderUpdate(customerId);
      const refused = (await pushMessages(key))!.find((m) => m.recipient === `push:${id}`)!;
      expect(refused).toMatchObject({ status: 'DEAD' });
      expect(refused.lastError).toContain('not public');
      expect(asked).toContain('push.rebind.example');
      expect(await s.stack.prisma.pushSubscription.findUnique({ where: { id } })).toBeNull();
    } finally {
      pushProbes.resolveHost = real;
    }
  });

  it('bad subscriptions are refused with BAD_USER_INPUT naming the field: no http, no private addresses, no bad keys', async () => {
    const good = await browserSubscription(await publicKey());
    const cases: [Partial<{ endpoint: string; p256dh: string; auth: string }>, string][] = [
      [{ endpoint: 'http://fcm.googleapis.com/fcm/send/x' }, 'endpoint'],
      [{ endpoint: 'https://10.0.0.5/push' }, 'endpoint'],
      [{ endpoint: 'https://localhost/push' }, 'endpoint'],
      [{ endpoint: 'https://metadata.internal/push' }, 'endpoint'],
      [{ p256dh: 'AAAA' }, 'p256dh'],
      [{ auth: 'short' }, 'auth'],
    ];
    for (const [change, field] of cases) {
      const r = await gql(s.gatewayUrl, REGISTER, { input: { endpoint: good.endpoint, p256dh: good.keys.p256dh, auth: good.keys.auth, ...change } }, customer);
      expect(userErrorCodes(r, 'registerPushSubscription')).toEqual(['BAD_USER_INPUT']);
      expect(r.data!.registerPushSubscription.userErrors[0].field).toContain(field);
    }
    // A public push service is taken.
    const fcm = await register(customer, { endpoint: 'https://fcm.googleapis.com/fcm/send/abc:def', keys: good.keys }, 'Chrome');
    expect(userErrorCodes(fcm, 'registerPushSubscription')).toEqual([]);
    await gql(s.gatewayUrl, 'mutation { removePushSubscription(endpoint: "https://fcm.googleapis.com/fcm/send/abc:def") { removed } }', {}, customer);
  });

  it('one user’s subscriptions are invisible to others and to other tenants, and nobody else can remove them', async () => {
    const sub = await browserSubscription(await publicKey());
    const id = payload(await register(customer, sub, 'Mine'), 'registerPushSubscription').subscription.id as string;
    const staff = await signIn(s, SHOP, 'staff');
    expect((await mine(staff)).map((x) => x.id)).not.toContain(id);
    const theirs = await gql(s.gatewayUrl, 'mutation ($id: ID!) { removePushSubscription(id: $id) { removed } }', { id }, staff);
    expect(payload(theirs, 'removePushSubscription').removed).toBe(false);
    const elsewhere = await signIn(s, 'naija-market', 'client');
    expect((await mine(elsewhere)).map((x) => x.id)).not.toContain(id);
    expect(payload(await gql(s.gatewayUrl, 'mutation ($e: String!) { removePushSubscription(endpoint: $e) { removed } }', { e: sub.endpoint }, elsewhere), 'removePushSubscription').removed).toBe(false);
    // An order update for another user never reaches this browser.
    const staffId = (await s.stack.prisma.user.findUniqueOrThrow({ where: { email: 'staff@webwaka.test' } })).id;
    const key = await orderUpdate(staffId);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await s.stack.prisma.message.count({ where: { requestKey: { startsWith: key }, channel: 'PUSH' } })).toBe(0);
    // The owner removes it.
    expect(payload(await gql(s.gatewayUrl, 'mutation ($id: ID!) { removePushSubscription(id: $id) { removed } }', { id }, customer), 'removePushSubscription').removed).toBe(true);
    expect((await mine(customer)).map((x) => x.id)).not.toContain(id);
  });

  it('a user keeps at most 10 browsers at a shop: an eleventh replaces the oldest', async () => {
    const key = await publicKey();
    const ids: string[] = [];
    for (let i = 0; i < 11; i++) ids.push(payload(await register(customer, await browserSubscription(key), `Device ${i}`), 'registerPushSubscription').subscription.id);
    const now = (await mine(customer)).map((x) => x.id);
    expect(now).toHaveLength(10);
    expect(now).not.toContain(ids[0]);
    expect(now).toContain(ids[10]);
  });
});
