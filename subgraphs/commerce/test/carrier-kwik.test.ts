/**
 * The Kwik Delivery adapter against a local fake server answering in Kwik's documented shapes: the vendor
 * login and its token on every call, the quote in naira read as kobo, the booking's order id as tracking
 * number, cancelling both tasks, a stale token renewed once, and callbacks: the status is read back from
 * Kwik (a body claiming more is ignored), an order Kwik does not know is refused, a repeated step keeps
 * its event id (the shipment service's unique key makes it a duplicate).
 * Wired in (decision 0090): an administrator with the second factor connects the shop's Kwik account only
 * once Kwik accepts the login (sealed; never in answers or events); shipments book with KWIK from the
 * shopper's shared position (or one staff enter) and its callbacks come through the gateway's route.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DomainError, uuidv7 } from '@webwaka/kit';
import type { TestStack } from '../../../test/support/stack';
import { gql } from '../../../test/support/graphql';
import { KWIK_JOB_STATUS, kwikCarrier, kwikShipmentStatus, type KwikConfig } from '../src/services/carriers/kwik';
import { connectKwik, disconnectKwik, kwikAccount, kwikBaseUrl, usableCarriers } from '../src/services/carriers/kwik-account';
import type { Destination } from '../src/services/carriers/carrier';
import { closeShipment, createShipment, quoteShipment } from '../src/services/shipments';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, LAGOS, makeProduct, payload, serviceContext, signIn, startCommerceStack, tenantId, waitFor, type TestProduct } from './support';

interface Seen {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, any> | null;
}

let server: http.Server;
let base: string;
let seen: Seen[] = [];
let tokens = ['tok-1'];
let tasks: Record<string, { job_id: number; job_type: number; job_status: number }[]> = {};
let quoteNaira: number | string = 2350.5;
const SECRET_PASSWORD = 'S3cret-kwik-pass';

beforeAll(async () => {
  server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url!, 'http://x');
    const text = Buffer.concat(chunks).toString();
    const r: Seen = { method: req.method!, path: url.pathname, query: url.searchParams, body: text ? JSON.parse(text) : null };
    seen.push(r);
    const send = (body: unknown) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (r.path === '/vendor_login') {
      if (r.body?.email !== 'shop@example.ng' || !['pw', SECRET_PASSWORD].includes(r.body?.password) || r.body?.api_login !== 1) return send({ status: 101, message: 'Invalid credentials' });
      return send({ status: 200, message: 'Logged in successfully', data: { access_token: tokens[0], vendor_details: { vendor_id: 501, user_id: 77 } } });
    }
    const token = r.body?.access_token ?? r.query.get('access_token');
    if (token !== tokens[0]) return send({ status: 101, message: 'Invalid access token' });
    if (r.path === '/send_payment_for_task') return send({ status: 200, message: 'Successful', data: { total_service_charge: quoteNaira, per_task_cost: quoteNaira } });
    if (r.path === '/create_task_via_vendor') {
      const n = Object.keys(tasks).length;
      const orderId = `KWK${1001 + n}`;
      tasks[orderId] = [
        { job_id: 9001 + 2 * n, job_type: 0, job_status: KWIK_JOB_STATUS.UNASSIGNED },
        { job_id: 9002 + 2 * n, job_type: 1, job_status: KWIK_JOB_STATUS.UNASSIGNED },
      ];
      return send({ status: 200, message: 'Task created', data: { unique_order_id: orderId, job_id: 9002 } });
    }
    if (r.path === '/view_task_by_relationship_id') return send({ status: 200, message: 'Successful', data: tasks[r.query.get('unique_order_id') ?? ''] ?? [] });
    if (r.path === '/cancel_vendor_task') {
      for (const id of String(r.body?.job_id).split(',')) for (const t of Object.values(tasks).flat()) if (String(t.job_id) === id) t.job_status = r.body?.job_status;
      return send({ status: 200, message: 'Cancelled', data: {} });
    }
    return send({ status: 404, message: 'no such endpoint' });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));
beforeEach(() => {
  seen = [];
  tokens = ['tok-1'];
  tasks = {};
  quoteNaira = 2350.5;
});

const config = (): KwikConfig => ({ domainName: 'staging-client-panel.kwik.delivery', email: 'shop@example.ng', password: 'pw', baseUrl: `${base}/`, pickup: { name: 'Ada Stores', phone: '+2348030000000', address: '12 Allen Avenue, Ikeja', latitude: 6.6018, longitude: 3.3515 } });
const now = new Date('2026-12-07T10:00:00Z');
const to: Destination = { city: 'Lagos', state: 'Lagos', recipient: { name: 'Bola Ade', phone: '+2348031111111', address: '3 Admiralty Way, Lekki', latitude: 6.4474, longitude: 3.4723 } };
const pkg = [{ weightGrams: 1200, lengthMm: 300, widthMm: 200, heightMm: 100 }];
const hook = (body: unknown) => ({ rawBody: Buffer.from(JSON.stringify(body)), headers: { 'content-type': 'application/json' }, now });

test('quotes in kobo from the naira Kwik answers, logging in once and sending token, vendor and WAT times', async () => {
  const kwik = kwikCarrier(config(), () => now);
  await expect(kwik.quote({ packages: pkg, destination: to, currency: 'NGN' })).resolves.toEqual({ amount: 235_050n, currency: 'NGN', etaHours: 24 });
  await kwik.quote({ packages: pkg, destination: to, currency: 'NGN' });
  expect(seen.map((s) => s.path)).toEqual(['/vendor_login', '/send_payment_for_task', '/send_payment_for_task']);
  expect(seen[0].body).toMatchObject({ domain_name: 'staging-client-panel.kwik.delivery', email: 'shop@example.ng', api_login: 1 });
  const q = seen[1].body!;
  expect(q).toMatchObject({ access_token: 'tok-1', domain_name: 'staging-client-panel.kwik.delivery', vendor_id: 501, user_id: 77, has_pickup: 1, has_delivery: 1, timezone: '+60' });
  expect(q.pickups[0]).toMatchObject({ address: '12 Allen Avenue, Ikeja', latitude: 6.6018, time: '2026-12-07 11:00:00' });
  expect(q.deliveries[0]).toMatchObject({ name: 'Bola Ade', phone: '+2348031111111', longitude: 3.4723 });
});

test('refuses what Kwik cannot route or price: no recipient position, another currency, no price, bad login', async () => {
  const kwik = kwikCarrier(config(), () => now);
  await expect(kwik.quote({ packages: pkg, destination: { city: 'Lagos', state: 'Lagos' }, currency: 'NGN' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  await expect(kwik.quote({ packages: pkg, destination: to, currency: 'GHS' })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  quoteNaira = 'n/a';
  await expect(kwik.quote({ packages: pkg, destination: to, currency: 'NGN' })).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
  const wrong = kwikCarrier({ ...config(), password: 'nope' }, () => now);
  await expect(wrong.quote({ packages: pkg, destination: to, currency: 'NGN' })).rejects.toThrow(/kwik: Invalid credentials/);
  const down = kwikCarrier({ ...config(), baseUrl: 'http://127.0.0.1:1' }, () => now);
  await expect(down.quote({ packages: pkg, destination: to, currency: 'NGN' })).rejects.toBeInstanceOf(DomainError);
});

test('books a pickup at the quoted price and tracks it by Kwik’s order id; cancelling cancels both tasks', async () => {
  const kwik = kwikCarrier(config(), () => now);
  await expect(kwik.bookPickup({ shipmentId: 's1', packages: pkg, destination: to })).resolves.toEqual({ trackingNumber: 'KWK1001' });
  const create = seen.find((s) => s.path === '/create_task_via_vendor')!.body!;
  expect(create).toMatchObject({ total_service_charge: 2350.5, amount: '2350.5', total_no_of_tasks: 1, vendor_id: 501 });
  expect(create.deliveries[0]).toMatchObject({ address: '3 Admiralty Way, Lekki', has_return_task: false });
  await kwik.cancel('KWK1001');
  const cancel = seen.find((s) => s.path === '/cancel_vendor_task')!.body!;
  expect(cancel).toMatchObject({ job_id: '9001,9002', job_status: 9, access_token: 'tok-1' });
  expect(kwikShipmentStatus(tasks.KWK1001)).toBe('CANCELLED');
});

test('a token Kwik stopped accepting is renewed once', async () => {
  const kwik = kwikCarrier(config(), () => now);
  await kwik.quote({ packages: pkg, destination: to, currency: 'NGN' });
  tokens = ['tok-2'];
  await expect(kwik.quote({ packages: pkg, destination: to, currency: 'NGN' })).resolves.toMatchObject({ amount: 235_050n });
  expect(seen.filter((s) => s.path === '/vendor_login')).toHaveLength(2);
  expect(seen.at(-1)!.body!.access_token).toBe('tok-2');
});

test('a callback is only a hint: the status is what Kwik answers for the booking', async () => {
  const kwik = kwikCarrier(config(), () => now);
  await kwik.bookPickup({ shipmentId: 's1', packages: pkg, destination: to });
  // Forged: claims delivered while Kwik says nobody has even collected it.
  await expect(kwik.verifyWebhook(hook({ unique_order_id: 'KWK1001', job_status: 2 }))).resolves.toMatchObject({ trackingNumber: 'KWK1001', status: 'PENDING', eventId: 'kwik:KWK1001:PENDING' });
  tasks.KWK1001[0].job_status = KWIK_JOB_STATUS.ENDED;
  const picked = await kwik.verifyWebhook(hook({ unique_order_id: 'KWK1001', job_status: 2 }));
  expect(picked).toMatchObject({ status: 'PICKED_UP', at: now });
  // Replayed: the same step again keeps its event id, which the shipment service records once.
  expect((await kwik.verifyWebhook(hook({ data: { unique_order_id: 'KWK1001' } }))).eventId).toBe(picked.eventId);
  tasks.KWK1001[1].job_status = KWIK_JOB_STATUS.ARRIVED;
  await expect(kwik.verifyWebhook(hook({ unique_order_id: 'KWK1001' }))).resolves.toMatchObject({ status: 'OUT_FOR_DELIVERY' });
  tasks.KWK1001[1].job_status = KWIK_JOB_STATUS.ENDED;
  await expect(kwik.verifyWebhook(hook({ unique_order_id: 'KWK1001' }))).resolves.toMatchObject({ status: 'DELIVERED', eventId: 'kwik:KWK1001:DELIVERED' });
});

test('a callback naming an order Kwik does not know for this vendor, or none, is refused', async () => {
  const kwik = kwikCarrier(config(), () => now);
  await expect(kwik.verifyWebhook(hook({ unique_order_id: 'KWK-OTHER' }))).rejects.toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
  await expect(kwik.verifyWebhook(hook({ job_status: 2 }))).rejects.toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
  await expect(kwik.verifyWebhook(hook({ unique_order_id: '../vendor_login' }))).rejects.toMatchObject({ code: 'WEBHOOK_SIGNATURE_INVALID' });
  await expect(kwik.verifyWebhook({ rawBody: Buffer.from('not json'), headers: {}, now })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
});

test('Kwik task statuses map onto shipment statuses', () => {
  const s = (pickup: number, delivery: number) => kwikShipmentStatus([{ job_id: 1, job_type: 0, job_status: pickup }, { job_id: 2, job_type: 1, job_status: delivery }]);
  const K = KWIK_JOB_STATUS;
  expect(s(K.UNASSIGNED, K.UNASSIGNED)).toBe('PENDING');
  expect(s(K.ACCEPTED, K.UPCOMING)).toBe('PENDING');
  expect(s(K.DECLINE, K.UPCOMING)).toBe('PENDING');
  expect(s(K.STARTED, K.UPCOMING)).toBe('PENDING');
  expect(s(K.ENDED, K.UPCOMING)).toBe('PICKED_UP');
  expect(s(K.ENDED, K.STARTED)).toBe('OUT_FOR_DELIVERY');
  expect(s(K.ENDED, K.ARRIVED)).toBe('OUT_FOR_DELIVERY');
  expect(s(K.ENDED, K.ENDED)).toBe('DELIVERED');
  expect(s(K.ENDED, K.FAILED)).toBe('FAILED');
  expect(s(K.CANCEL, K.CANCEL)).toBe('CANCELLED');
  expect(s(K.ENDED, K.DELETED)).toBe('CANCELLED');
});

describe('Kwik wired into the shop (decision 0090)', () => {
  let st: TestStack;
  let store: string;
  let other: string;
  let p: TestProduct;
  beforeAll(async () => {
    st = await startCommerceStack();
    store = await tenantId(st.stack.prisma, 'ade-fashion');
    other = await tenantId(st.stack.prisma, 'naija-market');
    p = await makeProduct(st.stack.prisma, store, { price: 300_000n, stock: 50 });
  }, 120_000);
  afterAll(async () => {
    await st?.stop();
  });

  const db = () => st.stack.prisma;
  const admin = (tenant = store) => serviceContext(st, tenant);
  const account = (extra: Record<string, unknown> = {}) => ({
    email: 'Shop@example.ng',
    password: SECRET_PASSWORD,
    domainName: 'staging-client-panel.kwik.delivery',
    baseUrl: base,
    pickupName: 'Ada Stores',
    pickupPhone: '+2348030000000',
    pickupAddress: '12 Allen Avenue, Ikeja',
    pickupLatitude: 6.6018,
    pickupLongitude: 3.3515,
    ...extra,
  });
  const pkg2 = { weightGrams: 800, lengthMm: 200, widthMm: 200, heightMm: 100 };

  async function paidOrder(address: Record<string, unknown>) {
    const token = await guestCart(st, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
    const r = payload(await checkout(st, 'ade-fashion', checkoutInput(token, { shippingAddress: address })), 'checkout');
    await decideOnSandboxPage(st, r.payment.authorizationUrl, 'pay');
    await waitFor(async () => (await db().order.findUniqueOrThrow({ where: { id: r.order.id } })).status === 'PAID');
    return db().order.findUniqueOrThrow({ where: { id: r.order.id }, include: { lines: true } });
  }
  const shipWithKwik = (o: { lines: { id: string; vendorOrderId: string }[] }, position?: { latitude: number; longitude: number }) =>
    createShipment(admin(), { vendorOrderId: o.lines[0].vendorOrderId, carrier: 'KWIK', items: [{ orderLineId: o.lines[0].id, quantity: 1 }], packages: [pkg2], position });
  const callback = (slug: string, body: unknown) =>
    fetch(`${st.gatewayUrl.replace(/\/graphql$/, '')}/webhooks/carrier-kwik/${slug}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('connects only for an administrator with 2FA, and only once Kwik accepts the login; secrets never come back', async () => {
    expect(await usableCarriers(admin())).not.toContain('KWIK');
    await expect(createShipment(admin(), { vendorOrderId: uuidv7(), carrier: 'KWIK', items: [], packages: [] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(connectKwik(serviceContext(st, store, { roles: ['STAFF'] as never }), account())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(connectKwik(serviceContext(st, store, { mfa: false }), account())).rejects.toMatchObject({ code: 'TWO_FACTOR_REQUIRED' });
    await expect(connectKwik(admin(), account({ password: 'wrong' }))).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS' });
    await expect(connectKwik(admin(), account({ baseUrl: 'http://127.0.0.1:1' }))).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    await expect(connectKwik(admin(), account({ pickupLatitude: 95 }))).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(() => kwikBaseUrl('https://169.254.169.254/latest')).toThrow(DomainError);
    expect(() => kwikBaseUrl('https://api.kwik.delivery.evil.example')).toThrow(DomainError);
    expect(kwikBaseUrl(null)).toBe('https://api.kwik.delivery');
    expect(await db().carrierAccount.count({ where: { tenantId: store, carrier: 'KWIK' } })).toBe(0);

    const connected = await connectKwik(admin(), account());
    expect(connected).toMatchObject({ connected: true, emailMasked: 'sh***@example.ng', domainName: 'staging-client-panel.kwik.delivery', pickup: { address: '12 Allen Avenue, Ikeja', latitude: 6.6018 } });
    expect(JSON.stringify(connected)).not.toContain(SECRET_PASSWORD);
    const row = await db().carrierAccount.findUniqueOrThrow({ where: { tenantId_carrier: { tenantId: store, carrier: 'KWIK' } } });
    expect(row.configSealed).not.toContain(SECRET_PASSWORD);
    expect(row.configSealed).not.toContain('shop@example.ng');
    // Changing the pickup point keeps the stored password (write-only: absent keeps it).
    await connectKwik(admin(), account({ password: null, pickupAddress: '14 Allen Avenue, Ikeja' }));
    expect((await kwikAccount(admin())).pickup?.address).toBe('14 Allen Avenue, Ikeja');
    expect(await usableCarriers(admin())).toEqual(['OWN_RIDERS', 'SANDBOX', 'KWIK']);
    expect(await usableCarriers(admin(other))).not.toContain('KWIK');

    // Through the API: the administrator sees the masked account and the callback address, never the password.
    const headers = await signIn(st, 'ade-fashion', 'client');
    const answer = await gql(st.gatewayUrl, '{ kwikAccount { connected emailMasked baseUrl callbackUrl pickup { name } } shippingCarriers }', {}, headers);
    expect(answer.data?.kwikAccount).toMatchObject({ connected: true, emailMasked: 'sh***@example.ng' });
    expect(answer.data?.shippingCarriers).toContain('KWIK');
    expect(JSON.stringify(answer)).not.toContain(SECRET_PASSWORD);
    const events = await db().outboxEvent.findMany({ where: { tenantId: store } });
    expect(JSON.stringify(events)).not.toContain(SECRET_PASSWORD);
  });

  it('books with KWIK from the shopper’s shared position, or one staff enter; its callbacks come through the gateway', async () => {
    await expect(checkout(st, 'ade-fashion', checkoutInput(await guestCart(st, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]), { shippingAddress: { ...LAGOS, latitude: 6.45, longitude: 200 } }))).resolves.toMatchObject({
      data: { checkout: { userErrors: [expect.objectContaining({ code: 'BAD_USER_INPUT' })] } },
    });
    const located = await paidOrder({ ...LAGOS, latitude: 6.4474, longitude: 3.4723 });
    expect(located.shippingAddress).toMatchObject({ latitude: 6.4474, longitude: 3.4723 });
    await expect(quoteShipment(admin(), { orderId: located.id, carrier: 'KWIK', packages: [pkg2] })).resolves.toMatchObject({ amount: 235_050n, currency: 'NGN' });
    const shipped = await shipWithKwik(located);
    expect(shipped).toMatchObject({ carrier: 'KWIK', status: 'PENDING', quotedAmount: 235_050n });
    const booked = seen.filter((r) => r.path === '/create_task_via_vendor').at(-1)!.body!;
    expect(booked.deliveries[0]).toMatchObject({ name: LAGOS.name, phone: LAGOS.phone, latitude: 6.4474, longitude: 3.4723 });
    expect(booked.pickups[0]).toMatchObject({ address: '14 Allen Avenue, Ikeja' });

    // No position on the address: staff are told to ask the customer, and may enter it.
    const unlocated = await paidOrder(LAGOS);
    await expect(shipWithKwik(unlocated)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: ['latitude'] });
    await expect(shipWithKwik(unlocated, { latitude: 6.5, longitude: 999 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const second = await shipWithKwik(unlocated, { latitude: 6.5244, longitude: 3.3792 });
    expect(seen.filter((r) => r.path === '/create_task_via_vendor').at(-1)!.body!.deliveries[0]).toMatchObject({ latitude: 6.5244, longitude: 3.3792 });

    // Kwik's callback is a hint: the route reads the booking back and records what Kwik says, once.
    tasks[shipped.trackingNumber][0].job_status = KWIK_JOB_STATUS.ENDED;
    const first = await callback('ade-fashion', { unique_order_id: shipped.trackingNumber, job_status: 2 });
    expect([first.status, await first.json()]).toEqual([200, { outcome: 'applied' }]);
    expect((await db().shipment.findUniqueOrThrow({ where: { id: shipped.id } })).status).toBe('PICKED_UP');
    const replay = await callback('ade-fashion', { unique_order_id: shipped.trackingNumber });
    expect(await replay.json()).toEqual({ outcome: 'duplicate' });
    expect((await callback('ade-fashion', { unique_order_id: 'KWK-NOT-OURS' })).status).toBe(401);
    // Another shop without Kwik takes no Kwik callbacks at all.
    expect((await callback('naija-market', { unique_order_id: shipped.trackingNumber })).status).toBe(404);

    // Cancelling cancels Kwik's tasks; disconnecting stops new bookings and callbacks.
    await closeShipment(admin(), second.id, 'CANCELLED', 'Customer changed their mind');
    expect(kwikShipmentStatus(tasks[second.trackingNumber])).toBe('CANCELLED');
    await expect(disconnectKwik(serviceContext(st, store, { mfa: false }))).rejects.toMatchObject({ code: 'TWO_FACTOR_REQUIRED' });
    expect(await disconnectKwik(admin())).toBe(true);
    expect(await usableCarriers(admin())).not.toContain('KWIK');
    await expect(shipWithKwik(unlocated, { latitude: 6.5244, longitude: 3.3792 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: ['carrier'] });
    expect((await callback('ade-fashion', { unique_order_id: shipped.trackingNumber })).status).toBe(404);
  });
});
