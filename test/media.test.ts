/**
 * Product photos over real HTTP (decision 0049): `POST /media/uploads` through the gateway to catalog and
 * `GET /media/<tenant>/<sha256>/<width>.<format>` from the folder store; then `addProductMedia` takes an
 * upload only in the tenant that made it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { startStack, type TestStack } from './support/stack';
import { apiKey, signIn, tenantId } from './support/callers';
import { U } from './support/demo';
import { gql } from './support/graphql';

let mediaDir: string;
let s: TestStack;
let base: string;
let staff: Record<string, string>;
let customer: Record<string, string>;
let marketAdmin: Record<string, string>;
let shop: string;

beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(os.tmpdir(), 'media-test-'));
  process.env.MEDIA_DIR = mediaDir;
  s = await startStack();
  base = s.gatewayUrl.replace(/\/graphql$/, '');
  shop = await tenantId(s.stack.prisma, 'ade-fashion');
  staff = await signIn(s, 'ade-fashion', 'staff');
  customer = await signIn(s, 'ade-fashion', 'customer');
  marketAdmin = await signIn(s, 'naija-market', 'client');
}, 180_000);
afterAll(async () => {
  await s?.stop();
  await rm(mediaDir, { recursive: true, force: true });
});

const upload = (body: Uint8Array, headers: Record<string, string> = {}) => fetch(`${base}/media/uploads`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...headers }, body: body as BodyInit });
const codeOf = async (res: Response) => ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code;

/** A 1600×1200 JPEG from a phone: EXIF with the camera and where it was taken (GPS). */
const phonePhoto = () =>
  sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#c0392b' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'PhoneCo', Model: 'Tecno X', Artist: 'Ade' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '6/1 27/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '3/1 23/1 0/1' } })
    .toBuffer();

const ADD_MEDIA = `mutation($productId: ID!, $input: ProductMediaInput!) { addProductMedia(productId: $productId, input: $input) { media { id url alt } userErrors { code field } } }`;

describe('POST /media/uploads', () => {
  it('refuses a caller who is not signed in (401) or cannot change the catalogue (403), before reading the photo', async () => {
    const photo = await phonePhoto();
    const anonymous = await upload(photo, { 'x-tenant': 'ade-fashion' });
    expect([anonymous.status, await codeOf(anonymous)]).toEqual([401, 'UNAUTHENTICATED']);
    const shopper = await upload(photo, customer);
    expect([shopper.status, await codeOf(shopper)]).toEqual([403, 'FORBIDDEN']);
  });

  it('takes photos from a marketplace vendor for its own products, and from keys with catalog:write only', async () => {
    const photo = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#27ae60' } })
      .webp()
      .toBuffer();
    const vendor = await signIn(s, 'naija-market', 'vendor');
    const res = await upload(photo, vendor);
    expect(res.status).toBe(201);
    const { url } = (await res.json()) as { url: string };
    const market = await tenantId(s.stack.prisma, 'naija-market');
    expect(url.startsWith(`/media/${market}/`)).toBe(true);
    const own = await s.stack.prisma.product.findFirstOrThrow({ where: { tenantId: market, vendor: { ownerUserId: U(4) } }, select: { id: true } });
    const attached = await gql(s.gatewayUrl, ADD_MEDIA, { productId: own.id, input: { url } }, vendor);
    expect(attached.data?.addProductMedia.userErrors).toEqual([]);

    const admin = await signIn(s, 'ade-fashion', 'client');
    const reader = await upload(photo, await apiKey(s, admin, ['catalog:read'], 'media reader'));
    expect([reader.status, await codeOf(reader)]).toEqual([403, 'FORBIDDEN']);
    const writer = await upload(photo, await apiKey(s, admin, ['catalog:write'], 'media writer'));
    expect(writer.status).toBe(201);
  });

  it('refuses what is not a JPEG, PNG, WebP or AVIF by its bytes (415), whatever the content type says', async () => {
    for (const bytes of [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), Buffer.from('GIF89a........'), Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 7)])]) {
      const res = await upload(bytes, { ...staff, 'content-type': 'image/jpeg' });
      expect([res.status, await codeOf(res)]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    }
  });

  it('refuses a photo over 8 MB (413)', async () => {
    const res = await upload(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.alloc(8 * 1024 * 1024)]), staff);
    expect([res.status, await codeOf(res)]).toEqual([413, 'PAYLOAD_TOO_LARGE']);
  });

  it('stores AVIF, WebP and JPEG at 320, 640 and 1280 px without the EXIF (GPS) data, served immutable', async () => {
    const photo = await phonePhoto();
    expect((await sharp(photo).metadata()).exif?.includes(Buffer.from('Tecno X'))).toBe(true);
    const res = await upload(photo, staff);
    expect(res.status).toBe(201);
    const media = (await res.json()) as { url: string; width: number; height: number; variants: { width: number; format: string; url: string }[] };
    expect(media.url).toMatch(new RegExp(`^/media/${shop}/[0-9a-f]{64}$`));
    expect([media.width, media.height]).toEqual([1280, 960]);
    expect(media.variants.map((v) => `${v.width}.${v.format}`).sort()).toEqual(['1280.avif', '1280.jpg', '1280.webp', '320.avif', '320.jpg', '320.webp', '640.avif', '640.jpg', '640.webp']);
    for (const v of media.variants) {
      const got = await fetch(`${base}${v.url}`);
      expect(got.status).toBe(200);
      expect(got.headers.get('content-type')).toBe({ avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg' }[v.format]);
      expect(got.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      const meta = await sharp(Buffer.from(await got.arrayBuffer())).metadata();
      expect(meta.width).toBe(v.width);
      expect([meta.exif, meta.xmp, meta.iptc]).toEqual([undefined, undefined, undefined]);
    }
    // The same photo again: the same names (content addressed).
    const again = (await (await upload(await phonePhoto(), staff)).json()) as { url: string };
    expect(again.url).toBe(media.url);
    const missing = await fetch(`${base}${media.url.replace(/[0-9a-f]{64}$/, 'b'.repeat(64))}/320.jpg`);
    expect(missing.status).toBe(404);
  });

  it('lets a product of the same tenant take the upload, and no other tenant', async () => {
    const photo = await sharp({ create: { width: 500, height: 500, channels: 4, background: '#2e86de80' } })
      .png()
      .toBuffer();
    const res = await upload(photo, staff);
    expect(res.status).toBe(201);
    const { url, variants } = (await res.json()) as { url: string; variants: { width: number }[] };
    expect(new Set(variants.map((v) => v.width))).toEqual(new Set([320, 640, 1280])); // named by slot; a small photo is never enlarged

    const own = await s.stack.prisma.product.findFirstOrThrow({ where: { tenantId: shop }, select: { id: true } });
    const attached = await gql(s.gatewayUrl, ADD_MEDIA, { productId: own.id, input: { url, alt: 'Blue ankara' } }, staff);
    expect(attached.data?.addProductMedia).toMatchObject({ media: { url, alt: 'Blue ankara' }, userErrors: [] });

    const market = await tenantId(s.stack.prisma, 'naija-market');
    const theirs = await s.stack.prisma.product.findFirstOrThrow({ where: { tenantId: market }, select: { id: true } });
    const stolen = await gql(s.gatewayUrl, ADD_MEDIA, { productId: theirs.id, input: { url } }, marketAdmin);
    expect(stolen.data?.addProductMedia).toEqual({ media: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'url'] }] });
    const invented = await gql(s.gatewayUrl, ADD_MEDIA, { productId: own.id, input: { url: `/media/${shop}/${'c'.repeat(64)}` } }, staff);
    expect(invented.data?.addProductMedia.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'url'] }]);
    const malformed = await gql(s.gatewayUrl, ADD_MEDIA, { productId: own.id, input: { url: '/media/../../etc/passwd' } }, staff);
    expect(malformed.data?.addProductMedia.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'url'] }]);
  });
});
