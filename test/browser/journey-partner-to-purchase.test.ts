// The partner-to-purchase journey in a real browser (issue 14, "Tests that must exist"): the demo partner
// (Lagos Digital) onboards a client on Businesses, opens its back office, creates a store beneath it and
// opens the store's back office, all on a phone. In the new store it adds a category, a product in it
// with a naira price, a warehouse and the goods received there, uploads the product's photo and publishes
// it, sets a sale on Products → Prices and a shipping rate for all of Nigeria. A shopper in a fresh browser
// then finds the product on the store's own storefront with its photo (a <picture> with AVIF and WebP) and
// the sale price, buys it as a guest and pays on the sandbox page; the store's back office lists the order
// and its sales report counts it. Every step goes through the screens; the database is only read, to check
// the tenant tree and the order paid at the sale price in kobo. axe checks the main pages on the way.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import catalog from '../../storefront/messages/catalog.en.json';
import en from '../../storefront/messages/en.json';
import media from '../../storefront/messages/media.en.json';
import settings from '../../storefront/messages/settings.en.json';
import type { TestStack } from '../support/stack';
import { waitFor } from '../support/wait';
import { describeInChromium, expectAccessible, placeAndPay, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const PARTNER = 'lagos-digital';
const CLIENT = 'oyo-weavers';
const STORE = 'oyo-weavers-shop';
const CATEGORY = { name: 'Aso-oke', slug: 'aso-oke' };
const PRODUCT = { title: 'Aso-oke Table Runner', slug: 'aso-oke-table-runner', sku: 'OYO-RUNNER-1' };
const PHOTO_ALT = 'Aso-oke table runner, indigo and gold stripes';
const REGULAR_KOBO = 1_200_000n; // ₦12,000
const SALE_KOBO = 900_000n; // ₦9,000
const SHIPPING_KOBO = 150_000n; // ₦1,500
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
/** A day in Lagos as YYYY-MM-DD, `days` from today. */
const lagosDate = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Lagos' }).format(new Date(Date.now() + days * 86_400_000));
const naira = (kobo: bigint) => `₦${(Number(kobo) / 100).toLocaleString('en-NG', { minimumFractionDigits: 2 })}`;

function journeySuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  let mediaDir: string;

  beforeAll(async () => {
    mediaDir = await mkdtemp(path.join(os.tmpdir(), 'media-journey-'));
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

  const navLink = (page: Page, name: string) => page.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name });
  const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name }).waitFor();

  test('a partner onboards a client, who opens a store whose product, on sale, is bought on the storefront', async () => {
    const prisma = stack.stack.prisma;
    const page = await phone();

    // 1. The partner adds a client on Businesses.
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: PARTNER, user: 'partner' });
    await navLink(page, en['admin.nav.tenants']).click();
    await heading(page, en['admin.tenants.title']);
    await expectAccessible(page);
    const addClient = page.getByRole('form', { name: en['admin.tenants.create'] });
    await addClient.getByRole('combobox', { name: en['admin.tenants.kind'] }).selectOption('CLIENT');
    await addClient.getByRole('textbox', { name: en['admin.tenants.name'] }).fill('Oyo Weavers');
    await addClient.getByRole('textbox', { name: en['admin.tenants.slug'] }).fill(CLIENT);
    await addClient.getByRole('button', { name: en['admin.tenants.createSubmit'] }).click();
    await page.getByRole('status').getByText(fill(en['admin.tenants.created'], { slug: CLIENT })).waitFor();
    const partner = await prisma.tenant.findUniqueOrThrow({ where: { slug: PARTNER } });
    const client = await prisma.tenant.findUniqueOrThrow({ where: { slug: CLIENT } });
    expect(client).toMatchObject({ kind: 'CLIENT', parentId: partner.id });

    // 2. It opens the client's back office and creates a store beneath it, then opens the store's.
    await page.locator(`[data-tenant="${CLIENT}"]`).getByRole('button', { name: en['admin.tenants.switchSubmit'] }).click();
    await page.waitForURL((url) => url.pathname === `/admin/${CLIENT}`);
    await navLink(page, en['admin.nav.tenants']).click();
    await heading(page, en['admin.tenants.title']);
    const addStore = page.getByRole('form', { name: en['admin.tenants.create'] });
    await addStore.getByRole('combobox', { name: en['admin.tenants.kind'] }).selectOption('STORE');
    await addStore.getByRole('textbox', { name: en['admin.tenants.name'] }).fill('Oyo Weavers Shop');
    await addStore.getByRole('textbox', { name: en['admin.tenants.slug'] }).fill(STORE);
    await addStore.getByRole('button', { name: en['admin.tenants.createSubmit'] }).click();
    const storeRow = page.locator(`[data-tenant="${STORE}"]`);
    await storeRow.waitFor();
    const store = await prisma.tenant.findUniqueOrThrow({ where: { slug: STORE } });
    expect(store).toMatchObject({ kind: 'STORE', parentId: client.id });
    await storeRow.getByRole('button', { name: en['admin.tenants.switchSubmit'] }).click();
    await page.waitForURL((url) => url.pathname === `/admin/${STORE}`);
    await heading(page, en['admin.dashboard.title']);
    await expectAccessible(page);

    // 3. Products → Categories: the store's first category.
    await navLink(page, en['admin.nav.products']).click();
    await heading(page, en['admin.products.title']);
    await page.locator('.page-head').getByRole('link', { name: en['admin.categories.title'] }).click();
    await heading(page, en['admin.categories.title']);
    const newCategory = page.getByRole('form', { name: en['admin.categories.new'] });
    await newCategory.getByLabel(en['admin.categories.name']).fill(CATEGORY.name);
    await newCategory.getByRole('button', { name: en['admin.categories.add'] }).click();
    await page.locator(`[data-category="${CATEGORY.slug}"]`).waitFor();
    await expectAccessible(page);

    // 4. A product in it, with one variant at ₦12,000, kept as a draft until it has its photo.
    await page.goto(`${storefrontUrl}/admin/${STORE}/products/new`);
    const newProduct = page.getByRole('form', { name: en['admin.products.new'] });
    await newProduct.getByLabel(en['admin.products.productTitle']).fill(PRODUCT.title);
    await newProduct.getByLabel(en['admin.products.description']).fill('Hand-woven aso-oke from Iseyin, 2 m long.');
    await newProduct.getByLabel(en['admin.products.category']).selectOption({ label: CATEGORY.name });
    const variant = page.getByRole('group', { name: fill(en['admin.products.variantN'], { n: 1 }) });
    await variant.getByLabel(en['admin.products.sku'], { exact: true }).fill(PRODUCT.sku);
    await variant.getByLabel(en['admin.products.price'], { exact: true }).fill('12,000');
    await expectAccessible(page);
    await page.getByRole('button', { name: en['admin.products.create'] }).click();
    await page.getByText(en['admin.products.saved.created']).waitFor();
    await heading(page, PRODUCT.title);
    const product = await prisma.product.findFirstOrThrow({ where: { tenantId: store.id, title: PRODUCT.title }, include: { variants: { include: { prices: true } } } });
    expect(product).toMatchObject({ slug: PRODUCT.slug, status: 'DRAFT' });
    expect(product.variants.map((v) => [v.sku, v.prices.map((p) => [p.amount, p.currency])])).toEqual([[PRODUCT.sku, [[REGULAR_KOBO, 'NGN']]]]);

    // 5. Its photo, from the phone, on the product's page; then it is published.
    const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#1d3a8a' } }).jpeg({ quality: 90 }).toBuffer();
    const upload = page.getByRole('form', { name: media['upload.heading'] });
    await upload.getByLabel(media['upload.photo']).setInputFiles({ name: 'IMG_0420.jpg', mimeType: 'image/jpeg', buffer: photo });
    await upload.getByLabel(media['upload.alt']).fill(PHOTO_ALT);
    await upload.getByRole('button', { name: media['upload.submit'] }).click();
    await page.getByRole('status').getByText(en['admin.products.saved.media']).waitFor();
    await page.locator('.media-list').getByRole('img', { name: PHOTO_ALT }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'journey-product');
    await page.getByRole('button', { name: en['admin.products.move.ACTIVE'] }).click();
    await page.getByText(en['admin.products.saved.active']).waitFor();

    // 6. Stock: a new store has no location yet, so Inventory → Locations first, then the goods received there.
    await navLink(page, en['admin.nav.inventory']).click();
    await heading(page, en['admin.inventory.title']);
    await page.getByRole('navigation', { name: en['admin.nav.inventory'] }).getByRole('link', { name: settings['locations.title'] }).click();
    await heading(page, settings['locations.title']);
    const newLocation = page.getByRole('form', { name: settings['locations.new'] });
    await newLocation.getByLabel(settings['locations.name']).fill('Iseyin workshop');
    await newLocation.getByLabel(settings['locations.code']).fill('ISEYIN');
    await newLocation.getByLabel(settings['locations.kind']).selectOption({ label: settings['locations.kind.WAREHOUSE'] });
    await newLocation.getByRole('button', { name: settings['locations.add'] }).click();
    await page.locator('[data-location="ISEYIN"]').waitFor();
    // Inventory learns of the new SKU from catalog's event (asynchronously); the test only reads the
    // database to wait for it, so the receipt below does not race the event.
    expect(await waitFor(() => prisma.inventoryItem.findFirst({ where: { tenantId: store.id, sku: PRODUCT.sku } }), 20_000)).not.toBeNull();
    await page.goto(`${storefrontUrl}/admin/${STORE}/inventory`);
    await heading(page, en['admin.inventory.title']);
    const receive = page.getByRole('form', { name: en['admin.inventory.adjust'] });
    await receive.getByLabel(en['admin.inventory.sku']).fill(PRODUCT.sku);
    await receive.getByLabel(en['admin.inventory.location']).selectOption({ label: 'Iseyin workshop' });
    await receive.getByLabel(en['admin.inventory.reason']).selectOption('RECEIPT');
    await receive.getByLabel(en['admin.inventory.quantity']).fill('6');
    await expectAccessible(page);
    await receive.getByRole('button', { name: en['admin.inventory.adjustSubmit'] }).click();
    await page.getByText(en['admin.inventory.done.adjusted']).waitFor();
    const level = await prisma.stockLevel.findFirstOrThrow({ where: { tenantId: store.id, variantId: product.variants[0].id } });
    expect(level).toMatchObject({ onHand: 6, reserved: 0 });

    // 7. Products → Prices: a sale at ₦9,000 from today to the end of tomorrow.
    await navLink(page, en['admin.nav.products']).click();
    await heading(page, en['admin.products.title']);
    await page.locator('.page-head').getByRole('link', { name: catalog['pricing.link'] }).click();
    await heading(page, catalog['pricing.title']);
    await page.getByRole('searchbox', { name: catalog['picker.search'] }).fill(PRODUCT.title);
    await page.getByRole('button', { name: catalog['picker.find'] }).click();
    await page.getByTestId('product-picker').getByRole('link', { name: PRODUCT.title, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: fill(catalog['pricing.priceOne'], { title: PRODUCT.title }) }).waitFor();
    const prices = page.locator(`[data-variant="${PRODUCT.sku}"]`);
    await prices.getByText(fill(catalog['pricing.saleOne'], { sku: PRODUCT.sku }), { exact: true }).click();
    const sale = page.getByRole('form', { name: fill(catalog['pricing.saleOne'], { sku: PRODUCT.sku }) });
    await sale.getByLabel(catalog['pricing.amount']).fill(String(SALE_KOBO / 100n));
    await sale.getByLabel(catalog['pricing.startsOn']).fill(lagosDate(0));
    await sale.getByLabel(catalog['pricing.endsOn']).fill(lagosDate(1));
    await expectAccessible(page);
    await sale.getByRole('button', { name: catalog['pricing.setSale'] }).click();
    await prices.locator('tr[data-price-kind="sale"]').waitFor();

    // 8. Settings → Shipping: one zone for all of Nigeria (no states) with a ₦1,500 standard rate.
    await navLink(page, en['admin.nav.settings']).click();
    await heading(page, settings['settings.title']);
    await page.getByTestId('settings-pages').getByRole('link', { name: settings['settings.shipping'] }).click();
    await heading(page, settings['shipping.title']);
    const newZone = page.getByRole('form', { name: settings['shipping.newZone'] });
    await newZone.getByLabel(settings['shipping.zoneName']).fill('All of Nigeria');
    await newZone.getByRole('button', { name: settings['shipping.addZone'] }).click();
    const zone = page.locator('[data-zone="All of Nigeria"]');
    await zone.waitFor();
    await zone.getByText(fill(settings['shipping.addRate'], { name: 'All of Nigeria' })).click();
    const rate = page.getByRole('form', { name: fill(settings['shipping.addRate'], { name: 'All of Nigeria' }) });
    await rate.getByLabel(settings['shipping.method']).fill('STANDARD');
    await rate.getByLabel(settings['shipping.rateName']).fill('Standard delivery');
    await rate.getByLabel(settings['shipping.amount']).fill(String(SHIPPING_KOBO / 100n));
    await rate.getByRole('button', { name: settings['shipping.saveRate'] }).click();
    await page.getByRole('status').getByText(settings['shipping.done.rateSaved']).waitFor();
    await expectAccessible(page);

    // 9. A shopper on another phone: the store's storefront shows the product with its photo and the sale.
    const shopper = await phone();
    await shopper.goto(`${storefrontUrl}/s/${STORE}`);
    await heading(shopper, 'Oyo Weavers Shop');
    const card = shopper.locator('.product-card').filter({ has: shopper.getByRole('heading', { name: PRODUCT.title }) });
    await card.waitFor();
    await expect(card.locator('picture source[type="image/avif"]').count()).resolves.toBe(1);
    await expect(card.locator('picture source[type="image/webp"]').count()).resolves.toBe(1);
    await expect(card.locator('.price-unit').textContent()).resolves.toBe(naira(SALE_KOBO));
    await card.getByText(fill(en['product.was'], { price: naira(REGULAR_KOBO) })).waitFor({ state: 'attached' });
    await expectAccessible(shopper);
    await screenshot(shopper, 'journey-storefront');
    await card.getByRole('link').first().click();
    await heading(shopper, PRODUCT.title);
    const img = shopper.locator('.gallery').getByRole('img', { name: PHOTO_ALT });
    await img.scrollIntoViewIfNeeded();
    await shopper.waitForFunction((alt) => [...document.querySelectorAll('.gallery img')].some((i) => (i as HTMLImageElement).alt === alt && (i as HTMLImageElement).complete && (i as HTMLImageElement).naturalWidth > 0), PHOTO_ALT);
    expect(await img.evaluate((i) => (i as HTMLImageElement).currentSrc)).toMatch(new RegExp(`/media/${store.id}/[0-9a-f]{64}/(320|640|1280)\\.avif$`));
    await expectAccessible(shopper);

    // Into the cart, checkout as a guest, pay on the sandbox page.
    await shopper.getByLabel(en['shop.cart.quantity']).fill('1');
    await shopper.getByRole('button', { name: en['shop.cart.add'] }).click();
    await shopper.getByText(en['shop.cart.added']).waitFor();
    await shopper.getByRole('link', { name: en['shop.cart.checkout'] }).click();
    await shopper.getByLabel(en['shop.checkout.field.email']).fill('amaka.buyer@example.ng');
    await shopper.getByLabel(en['shop.checkout.field.name']).fill('Amaka Obi');
    await shopper.getByLabel(en['shop.checkout.field.phone']).fill('0803 123 4567');
    await shopper.getByLabel(en['shop.checkout.field.line1']).fill('12 Admiralty Way');
    await shopper.getByLabel(en['shop.checkout.field.city']).fill('Lekki');
    await shopper.getByLabel(en['shop.checkout.field.region']).selectOption('Lagos');
    await shopper.getByRole('button', { name: en['shop.checkout.continue'] }).click();
    await shopper.getByRole('heading', { name: en['shop.checkout.shippingAndPay'] }).waitFor();
    await shopper.getByRole('radio', { name: /Standard delivery/ }).check();
    await expectAccessible(shopper);
    const orderId = await placeAndPay(shopper, { placeOrder: en['shop.checkout.placeOrder'], thanks: en['shop.order.thanks'] }, (sandbox) => sandbox.getByRole('heading', { name: 'WebWaka sandbox payment' }).waitFor());
    await expectAccessible(shopper);
    await screenshot(shopper, 'journey-order-paid');

    // The order is the store's, paid, at the sale price in kobo: a new store's prices include VAT, so the
    // shopper pays ₦9,000 + ₦1,500 and the order keeps goods and shipping net of the VAT inside them.
    const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true } });
    expect(order).toMatchObject({ tenantId: store.id, status: 'PAID', currency: 'NGN', email: 'amaka.buyer@example.ng', taxInclusive: true, total: SALE_KOBO + SHIPPING_KOBO });
    expect(order.lines.map((l) => [l.sku, l.quantity, l.unitPrice])).toEqual([[PRODUCT.sku, 1, SALE_KOBO]]);
    expect(order.subtotal + order.shipping + order.tax).toBe(order.total);
    expect((await prisma.payment.findFirstOrThrow({ where: { orderId, status: 'SUCCEEDED' } })).amount).toBe(order.total);

    // 10. Back in the store's back office: the order is listed, and today's sales report counts it.
    await navLink(page, en['admin.nav.orders']).click();
    await heading(page, en['admin.orders.title']);
    await page.getByRole('link', { name: order.number }).click();
    await heading(page, fill(en['admin.orders.orderTitle'], { number: order.number }));
    await expectAccessible(page);
    await navLink(page, en['admin.nav.reports']).click();
    await heading(page, en['admin.reports.title']);
    const today = page.locator(`tr[data-key="${lagosDate(0)}"]`);
    await today.waitFor();
    await expect(today.locator('td').nth(0).textContent()).resolves.toBe('1');
    await expectAccessible(page);
    await screenshot(page, 'journey-reports');
  }, 420_000);
}

describeInChromium('journey: a partner onboards a client whose store sells a product on sale', journeySuite);
