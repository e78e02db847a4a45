/**
 * Return photos (issue 15, decision 0065), through the services: a customer's upload is re-encoded into the
 * PRIVATE store (no metadata kept), attached to their own request (at most 5, their own, not yet attached),
 * read back only by its uploader and whoever sees the request, and limited to 20 uploads an hour per
 * customer and per address.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { FilesystemMediaStore, uuidv7, type RoleName } from '@webwaka/kit';
import type { TestStack } from '../../../test/support/stack';
import { advanceOrder } from '../src/services/orders';
import { MAX_RETURN_PHOTOS, PHOTO_UPLOADS_PER_HOUR, readReturnPhoto, uploadReturnPhoto } from '../src/services/return-photos';
import { requestReturn, seesReturn } from '../src/services/returns';
import type { ServiceContext } from '../src/services/context';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, payload, serviceContext, startCommerceStack, tenantId, waitFor, type TestProduct } from './support';

let s: TestStack;
let store: string;
let market: string;
let p: TestProduct;
let dir: string;
let media: FilesystemMediaStore;
let png: Buffer;
const customerId = uuidv7();

beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  market = await tenantId(s.stack.prisma, 'naija-market');
  p = await makeProduct(s.stack.prisma, store, { price: 500_000n, stock: 100 });
  dir = await mkdtemp(path.join(tmpdir(), 'return-photos-'));
  media = new FilesystemMediaStore(dir);
  // A small photo carrying EXIF (with a camera name) that must not survive.
  png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#c03020' } }).withExif({ IFD0: { Make: 'SecretCam' } }).png().toBuffer();
}, 120_000);
afterAll(async () => {
  await s?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const admin = (tenant = store) => serviceContext(s, tenant);
const customer = (userId = customerId, ip = '10.0.0.1', tenant = store) => ({ ...serviceContext(s, tenant, { userId, roles: ['CUSTOMER'] as RoleName[], mfa: false }), ip });
const staff = () => serviceContext(s, store, { roles: ['STAFF'] as RoleName[], mfa: false });
const codeOf = async (p: Promise<unknown>) => p.then(() => 'OK', (e) => (e as { code?: string }).code ?? String(e));
const upload = (ctx: ServiceContext) => uploadReturnPhoto(ctx, png, media);
const read = (ctx: ServiceContext, id: string, file = '320.jpg') => readReturnPhoto(ctx, id, file, (rid) => seesReturn(ctx, rid), media);

/** A paid, delivered order of the customer's (one unit of p at the store unless told otherwise). */
async function deliveredOrder(shop = 'ade-fashion', lines = [{ variantId: p.variantId, quantity: 1 }]) {
  const token = await guestCart(s, shop, lines);
  const r = payload(await checkout(s, shop, checkoutInput(token)), 'checkout');
  await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay');
  await waitFor(async () => (await s.stack.prisma.order.findUniqueOrThrow({ where: { id: r.order.id } })).status === 'PAID');
  await s.stack.prisma.order.update({ where: { id: r.order.id }, data: { customerUserId: customerId } });
  const tenant = await tenantId(s.stack.prisma, shop);
  for (const to of ['FULFILLING', 'SHIPPED', 'DELIVERED'] as const) await advanceOrder(admin(tenant), r.order.id, to);
  return s.stack.prisma.order.findUniqueOrThrow({ where: { id: r.order.id }, include: { lines: true, vendorOrders: true } });
}

describe('return photos', () => {
  it('are re-encoded into the private store, attached to your request, and seen only by you and the shop', async () => {
    const photo = await upload(customer());
    expect(photo).toMatchObject({ width: 64, height: 48 });
    const row = await s.stack.prisma.returnPhoto.findUniqueOrThrow({ where: { id: photo.id } });
    expect(row).toMatchObject({ tenantId: store, customerUserId: customerId, ip: '10.0.0.1', returnId: null });
    const stored = (await media.get(`${store}/${row.sha256}/320.jpg`))!;
    expect((await sharp(stored.bytes).metadata()).exif).toBeUndefined();
    expect(stored.bytes.includes(Buffer.from('SecretCam'))).toBe(false);

    const o = await deliveredOrder();
    const [r] = await requestReturn(customer(), { orderId: o.id, lines: [{ orderLineId: o.lines[0].id, quantity: 1 }], reason: 'DAMAGED', photoIds: [photo.id] });
    expect((await s.stack.prisma.returnPhoto.findMany({ where: { returnId: r.id } })).map((x) => x.id)).toEqual([photo.id]);

    // The uploader, the shop's administrator and staff read it; another customer and another shop do not.
    for (const ctx of [customer(), admin(), staff()]) expect((await read(ctx, photo.id))?.contentType).toBe('image/jpeg');
    expect((await read(admin(), photo.id, '1280.webp'))?.contentType).toBe('image/webp');
    expect(await read(customer(uuidv7()), photo.id)).toBeNull();
    expect(await read(admin(market), photo.id)).toBeNull();
    expect(await read(admin(), photo.id, '999.jpg')).toBeNull();

    // Attached once: naming it again is as if it had never been uploaded.
    const o2 = await deliveredOrder();
    expect(await codeOf(requestReturn(customer(), { orderId: o2.id, lines: [{ orderLineId: o2.lines[0].id, quantity: 1 }], reason: 'DAMAGED', photoIds: [photo.id] }))).toBe('NOT_FOUND');
  });

  it("refuses another customer's or another shop's upload, a sixth photo, and files that are not photos", async () => {
    const o = await deliveredOrder();
    const ask = (photoIds: string[]) => requestReturn(customer(), { orderId: o.id, lines: [{ orderLineId: o.lines[0].id, quantity: 1 }], reason: 'DAMAGED', photoIds });
    const someoneElses = await upload(customer(uuidv7(), '10.0.0.2'));
    const otherShops = await upload(customer(customerId, '10.0.0.3', market));
    await expect(ask([someoneElses.id])).rejects.toMatchObject({ code: 'NOT_FOUND', field: ['photoIds', '0'] });
    expect(await codeOf(ask([otherShops.id]))).toBe('NOT_FOUND');
    expect(await codeOf(ask([uuidv7()]))).toBe('NOT_FOUND');
    const mine = [];
    for (let i = 0; i < MAX_RETURN_PHOTOS + 1; i++) mine.push((await upload(customer(customerId, '10.0.0.4'))).id);
    await expect(ask(mine)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: ['photoIds'] });
    expect(await codeOf(ask([mine[0], mine[0]]))).toBe('BAD_USER_INPUT');
    expect(await s.stack.prisma.returnRequest.count({ where: { orderId: o.id } })).toBe(0);
    const [r] = await ask(mine.slice(0, MAX_RETURN_PHOTOS));
    expect(await s.stack.prisma.returnPhoto.count({ where: { returnId: r.id } })).toBe(MAX_RETURN_PHOTOS);

    expect(await codeOf(uploadReturnPhoto(customer(), Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), media))).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await codeOf(upload(staff()))).toBe('FORBIDDEN');
  });

  it('in a marketplace, each vendor sees the photos of its own part of a split request only', async () => {
    const mine = await makeProduct(s.stack.prisma, market, { price: 500_000n, stock: 10, vendorSlug: 'chiamakas-closet', commissionBps: 800 });
    const theirs = await makeProduct(s.stack.prisma, market, { price: 700_000n, stock: 10, vendorSlug: 'aba-made', commissionBps: 1200 });
    const o = await deliveredOrder('naija-market', [{ variantId: mine.variantId, quantity: 1 }, { variantId: theirs.variantId, quantity: 1 }]);
    const photo = await upload(customer(customerId, '10.0.0.5', market));
    const requests = await requestReturn(customer(customerId, '10.0.0.5', market), { orderId: o.id, lines: o.lines.map((l) => ({ orderLineId: l.id, quantity: 1 })), reason: 'DAMAGED', photoIds: [photo.id] });
    expect(requests).toHaveLength(2);
    const photos = await s.stack.prisma.returnPhoto.findMany({ where: { returnId: { in: requests.map((r) => r.id) } } });
    expect(photos).toHaveLength(2);
    expect(new Set(photos.map((x) => x.sha256)).size).toBe(1);
    // Each vendor that has an account (a seeded vendor may have none: its part is answered by the marketplace).
    const answered = requests.filter((r) => r.vendorOwnerUserId);
    expect(answered.length).toBeGreaterThan(0);
    for (const r of answered) {
      const vendor = serviceContext(s, market, { userId: r.vendorOwnerUserId!, roles: ['VENDOR'] as RoleName[], mfa: false });
      const own = photos.find((x) => x.returnId === r.id)!;
      const other = photos.find((x) => x.returnId !== r.id)!;
      expect((await read(vendor, own.id))?.contentType).toBe('image/jpeg');
      expect(await read(vendor, other.id)).toBeNull();
    }
  });

  it('allows 20 uploads an hour per customer and per address', async () => {
    const busy = uuidv7();
    const rows = (userId: string, ip: string) =>
      Array.from({ length: PHOTO_UPLOADS_PER_HOUR }, () => ({ id: uuidv7(), tenantId: store, customerUserId: userId, ip, sha256: 'f'.repeat(64), width: 1, height: 1 }));
    await s.stack.prisma.returnPhoto.createMany({ data: rows(busy, '10.9.0.1') });
    expect(await codeOf(upload(customer(busy, '10.9.0.2')))).toBe('RATE_LIMITED');
    // Another customer from the same address: limited too; from elsewhere: fine.
    expect(await codeOf(upload(customer(uuidv7(), '10.9.0.1')))).toBe('RATE_LIMITED');
    expect(await codeOf(upload(customer(uuidv7(), '10.9.0.3')))).toBe('OK');
    // An hour later the customer may upload again.
    await s.stack.prisma.returnPhoto.updateMany({ where: { customerUserId: busy }, data: { createdAt: new Date(Date.now() - 3_700_000) } });
    expect(await codeOf(upload(customer(busy, '10.9.0.2')))).toBe('OK');
  });
});
