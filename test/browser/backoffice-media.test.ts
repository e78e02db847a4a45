// Product photos in a real browser on a phone-sized screen (issue 14, decision 0049): staff of a store open
// a product, choose a photo as a phone would hand it over (a large JPEG with the camera's EXIF and GPS),
// and see it on the product page; a file that is not a photo is refused with the reason. The shop's
// product page then shows the photo as a <picture> whose AVIF source the browser picks, and the file it
// loads carries no EXIF. axe checks the product page with the upload form.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import en from '../../storefront/messages/en.json';
import media from '../../storefront/messages/media.en.json';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const ALT = 'Browser red wrapper, folded';

function mediaSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  let mediaDir: string;

  beforeAll(async () => {
    mediaDir = await mkdtemp(path.join(os.tmpdir(), 'media-browser-'));
    process.env.MEDIA_DIR = mediaDir;
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
  }, 300_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
    await rm(mediaDir, { recursive: true, force: true });
  }, 60_000);

  async function phone(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    return context.newPage();
  }

  test('staff upload a photo from a phone; the shop shows it as AVIF at a phone width', async () => {
    const tenantId = (await stack.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: STORE } })).id;
    const product = await stack.stack.prisma.product.findFirstOrThrow({ where: { tenantId, status: 'ACTIVE', vendor: { status: 'APPROVED' } }, orderBy: { createdAt: 'asc' } });
    const page = await phone();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'staff', path: `/products/${product.id}`, landing: product.title });

    const form = page.getByRole('form', { name: media['upload.heading'] });
    // Not a photo, whatever its name says: refused with the reason, nothing added.
    await form.getByLabel(media['upload.photo']).setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<html>not a photo</html>') });
    await form.getByRole('button', { name: media['upload.submit'] }).click();
    await form.getByRole('alert').getByText(media['upload.unsupported']).waitFor();

    const photo = await sharp({ create: { width: 2400, height: 1800, channels: 3, background: '#b03a2e' } })
      .jpeg({ quality: 92 })
      .withExif({ IFD0: { Make: 'PhoneCo', Model: 'Tecno X' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '6/1 27/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '3/1 23/1 0/1' } })
      .toBuffer();
    await form.getByLabel(media['upload.photo']).setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo });
    await form.getByLabel(media['upload.alt']).fill(ALT);
    await form.getByRole('button', { name: media['upload.submit'] }).click();
    await page.getByRole('status').getByText(en['admin.products.saved.media']).waitFor();
    const shown = page.locator('.media-list').getByRole('img', { name: ALT });
    await shown.waitFor();
    await shown.scrollIntoViewIfNeeded(); // loaded lazily
    await page.waitForFunction((alt) => [...document.querySelectorAll('.media-list img')].some((i) => (i as HTMLImageElement).alt === alt && (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0), ALT);
    await expectAccessible(page);
    await screenshot(page, 'backoffice-media');

    const shopper = await phone();
    await shopper.goto(`${storefrontUrl}/s/${STORE}/p/${encodeURIComponent(product.slug)}`);
    await shopper.getByRole('heading', { level: 1, name: product.title }).waitFor();
    const img = shopper.locator('.gallery').getByRole('img', { name: ALT });
    await img.waitFor({ state: 'attached' });
    await expect(shopper.locator('.gallery picture source[type="image/avif"]').count()).resolves.toBeGreaterThan(0);
    await img.scrollIntoViewIfNeeded();
    await shopper.waitForFunction((alt) => [...document.querySelectorAll('.gallery img')].some((i) => (i as HTMLImageElement).alt === alt && (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0), ALT);
    const currentSrc = await img.evaluate((i) => (i as HTMLImageElement).currentSrc);
    expect(currentSrc).toMatch(new RegExp(`/media/${tenantId}/[0-9a-f]{64}/(320|640)\\.avif$`));

    // The file the phone loaded: AVIF, cached for good, without the camera's EXIF (GPS included).
    const res = await fetch(currentSrc);
    expect(res.headers.get('content-type')).toBe('image/avif');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const meta = await sharp(Buffer.from(await res.arrayBuffer())).metadata();
    expect(meta.exif).toBeUndefined();
  }, 240_000);
}

describeInChromium('back office: product photos', mediaSuite);
