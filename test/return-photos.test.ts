/**
 * Return photos over real HTTP (decision 0065): `POST /returns/photos` through the gateway to commerce,
 * into the private store (never the public media folder), and `GET /returns/photos/<id>/<file>` only for
 * whoever may see it, never cached publicly. Who sees an attached photo is in commerce's return-photos test.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { startStack, type TestStack } from './support/stack';
import { signIn } from './support/callers';

let mediaDir: string;
let privateDir: string;
let s: TestStack;
let base: string;
let customer: Record<string, string>;

beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(os.tmpdir(), 'media-test-'));
  privateDir = await mkdtemp(path.join(os.tmpdir(), 'private-media-test-'));
  process.env.MEDIA_DIR = mediaDir;
  process.env.MEDIA_PRIVATE_DIR = privateDir;
  s = await startStack();
  base = s.gatewayUrl.replace(/\/graphql$/, '');
  customer = await signIn(s, 'ade-fashion', 'customer');
}, 180_000);
afterAll(async () => {
  await s?.stop();
  await rm(mediaDir, { recursive: true, force: true });
  await rm(privateDir, { recursive: true, force: true });
});

const upload = (body: Uint8Array, headers: Record<string, string> = {}) => fetch(`${base}/returns/photos`, { method: 'POST', headers: { 'content-type': 'application/octet-stream', ...headers }, body: body as BodyInit });
const codeOf = async (res: Response) => ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code;

describe('return photos over HTTP', () => {
  it('a customer uploads a photo into the private store; only they read it back, privately', async () => {
    const photo = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#8e44ad' } }).jpeg().toBuffer();
    const anonymous = await upload(photo, { 'x-tenant': 'ade-fashion' });
    expect([anonymous.status, await codeOf(anonymous)]).toEqual([401, 'UNAUTHENTICATED']);
    const staff = await signIn(s, 'ade-fashion', 'staff');
    const byStaff = await upload(photo, staff);
    expect([byStaff.status, await codeOf(byStaff)]).toEqual([403, 'FORBIDDEN']);
    const notPhoto = await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), customer);
    expect([notPhoto.status, await codeOf(notPhoto)]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);

    const res = await upload(photo, customer);
    expect(res.status).toBe(201);
    const { id, width, height } = (await res.json()) as { id: string; width: number; height: number };
    expect([width, height]).toEqual([900, 600]);
    expect(await readdir(mediaDir)).toEqual([]);
    expect((await readdir(privateDir)).length).toBe(1);

    const get = (headers: Record<string, string>, file = '640.webp') => fetch(`${base}/returns/photos/${id}/${file}`, { headers });
    const own = await get(customer);
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('image/webp');
    expect(own.headers.get('cache-control')).toBe('private, no-store');
    expect((await sharp(Buffer.from(await own.arrayBuffer())).metadata()).width).toBe(640);
    // Not signed in: 401; staff before it is attached to a request, and another shop's people: 404.
    expect((await get({ 'x-tenant': 'ade-fashion' })).status).toBe(401);
    expect((await get(staff)).status).toBe(404);
    expect((await get(await signIn(s, 'naija-market', 'client'))).status).toBe(404);
    expect((await get(customer, '99.jpg')).status).toBe(404);
  });
});
