// Automatic promotions in a real browser (Debian Chromium via playwright-core) against the real stack, on a
// 390 px phone screen: the store's administrator goes from Coupons to "Automatic promotions", creates a
// "buy 2 get 1 free", is told a bundle of one variant is refused next to its field, edits the promotion and
// switches it off; a marketplace vendor goes from its Products to "Your promotions", may not count another
// vendor's variant, and makes a buy 2 get 1 free of its own (decision 0067), never reaching Coupons. axe-core
// (no serious/critical violations) on the page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import coupons from '../../storefront/messages/coupons.en.json';
import en from '../../storefront/messages/en.json';
import promotions from '../../storefront/messages/promotions.en.json';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';

function promotionsSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
  }, 600_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  test('an administrator creates, edits and switches off a promotion on a phone', async () => {
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'client', path: '/coupons', landing: coupons['coupons.title'] });
    await page.getByRole('link', { name: promotions['promotions.toPromotions'] }).click();
    await page.getByRole('heading', { level: 1, name: promotions['promotions.title'] }).waitFor();
    await expectAccessible(page);
    const tenant = await stack.stack.prisma.tenant.findFirstOrThrow({ where: { slug: STORE } });
    const product = await stack.stack.prisma.product.findFirstOrThrow({ where: { tenantId: tenant.id, status: 'ACTIVE' }, include: { variants: { take: 2 } } });

    // A bundle of one variant: refused next to its field, the form keeps what was typed.
    const form = page.getByRole('form', { name: promotions['promotions.new'] });
    await form.getByLabel(promotions['promotions.field.name']).fill('Lonely bundle');
    await form.getByLabel(promotions['promotions.field.kind']).selectOption('BUNDLE_PRICE');
    await form.getByLabel(promotions['promotions.field.bundlePrice']).fill('5000');
    await form.getByLabel(promotions['promotions.field.variantIds']).fill(product.variants[0].id);
    await form.getByRole('button', { name: promotions['promotions.create'] }).click();
    await form.locator('[aria-invalid="true"]').first().waitFor();
    expect(await stack.stack.prisma.promotion.count({ where: { tenantId: tenant.id } })).toBe(0);

    // Buy 2 get 1 free on the product.
    await form.getByLabel(promotions['promotions.field.name']).fill('Buy 2 get 1 free');
    await form.getByLabel(promotions['promotions.field.kind']).selectOption('BUY_X_GET_Y');
    await form.getByLabel(promotions['promotions.field.buyQuantity']).fill('2');
    await form.getByLabel(promotions['promotions.field.getQuantity']).fill('1');
    await form.getByLabel(promotions['promotions.field.variantIds']).fill('');
    await form.getByLabel(promotions['promotions.field.productIds']).fill(product.id);
    await form.getByRole('button', { name: promotions['promotions.create'] }).click();
    await page.getByText(promotions['promotions.done.created']).waitFor();
    expect(await stack.stack.prisma.promotion.findFirstOrThrow({ where: { tenantId: tenant.id } })).toMatchObject({ name: 'Buy 2 get 1 free', kind: 'BUY_X_GET_Y', buyQuantity: 2, getQuantity: 1, getPercentBps: 10_000, productIds: [product.id], active: true });
    await expectAccessible(page);
    await screenshot(page, 'promotions-created');

    // Edit it: half price instead of free.
    const card = page.locator('[data-promotion="Buy 2 get 1 free"]');
    await card.getByText(promotions['promotions.edit'].replace('{name}', 'Buy 2 get 1 free')).click();
    const edit = card.getByRole('form', { name: promotions['promotions.edit'].replace('{name}', 'Buy 2 get 1 free') });
    await edit.getByLabel(promotions['promotions.field.getPercent']).fill('50');
    await edit.getByRole('button', { name: promotions['promotions.save'] }).click();
    await page.getByText(promotions['promotions.done.saved']).waitFor();
    expect((await stack.stack.prisma.promotion.findFirstOrThrow({ where: { tenantId: tenant.id } })).getPercentBps).toBe(5000);

    // Switch it off.
    await page.locator('[data-promotion="Buy 2 get 1 free"]').getByRole('button', { name: promotions['promotions.deactivateButton'] }).click();
    await page.getByText(promotions['promotions.done.deactivated']).waitFor();
    expect((await stack.stack.prisma.promotion.findFirstOrThrow({ where: { tenantId: tenant.id } })).active).toBe(false);
  });

  test('a marketplace vendor makes a promotion of its own, on its own products only, on a phone', async () => {
    const MARKET = 'naija-market';
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: MARKET, user: 'vendor', path: '/products', landing: en['admin.products.title'] });
    await page.getByRole('link', { name: promotions['promotions.vendorLink'] }).click();
    await page.getByRole('heading', { level: 1, name: promotions['promotions.title'] }).waitFor();
    await page.getByText(promotions['promotions.vendorIntro']).waitFor();
    await expectAccessible(page);
    const form = page.getByRole('form', { name: promotions['promotions.new'] });
    expect(await form.getByLabel(promotions['promotions.field.kind']).locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['BUY_X_GET_Y', 'BUNDLE_PRICE']);
    expect(await form.getByLabel(promotions['promotions.field.productIds']).count()).toBe(0);

    const variantOf = async (vendorSlug: string) => (await stack.stack.prisma.productVariant.findFirstOrThrow({ where: { product: { vendor: { slug: vendorSlug }, status: 'ACTIVE' } } })).id;
    const own = await variantOf('chiamakas-closet');
    const theirs = await variantOf('aba-made');
    // Another vendor's variant: refused next to the field, nothing made.
    await form.getByLabel(promotions['promotions.field.name']).fill('Chiamaka: buy 2 get 1 free');
    await form.getByLabel(promotions['promotions.field.kind']).selectOption('BUY_X_GET_Y');
    await form.getByLabel(promotions['promotions.field.buyQuantity']).fill('2');
    await form.getByLabel(promotions['promotions.field.getQuantity']).fill('1');
    await form.getByLabel(promotions['promotions.field.variantIds']).fill(theirs);
    await form.getByRole('button', { name: promotions['promotions.create'] }).click();
    await form.locator('[aria-invalid="true"]').first().waitFor();
    expect(await stack.stack.prisma.promotion.count({ where: { name: 'Chiamaka: buy 2 get 1 free' } })).toBe(0);

    await form.getByLabel(promotions['promotions.field.variantIds']).fill(own);
    await form.getByRole('button', { name: promotions['promotions.create'] }).click();
    await page.getByText(promotions['promotions.done.created']).waitFor();
    const made = await stack.stack.prisma.promotion.findFirstOrThrow({ where: { name: 'Chiamaka: buy 2 get 1 free' } });
    const vendor = await stack.stack.prisma.vendor.findFirstOrThrow({ where: { slug: 'chiamakas-closet' } });
    expect(made).toMatchObject({ vendorId: vendor.id, vendorOwnerUserId: vendor.ownerUserId, variantIds: [own], active: true });
    await page.locator('[data-promotion="Chiamaka: buy 2 get 1 free"]').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'promotions-vendor');

    // Coupons stay the marketplace's: the vendor is sent back to its dashboard.
    await page.goto(`${storefrontUrl}/admin/${MARKET}/coupons`);
    await page.getByRole('heading', { level: 1, name: en['admin.dashboard.title'] }).waitFor();
    await page.goto(`${storefrontUrl}/admin/${MARKET}/coupons/promotions`);
    await page.locator('[data-promotion="Chiamaka: buy 2 get 1 free"]').getByRole('button', { name: promotions['promotions.deactivateButton'] }).click();
    await page.getByText(promotions['promotions.done.deactivated']).waitFor();
  });
}

describeInChromium('automatic promotions', promotionsSuite);
