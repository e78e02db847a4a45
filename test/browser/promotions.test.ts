// Automatic promotions in a real browser (Debian Chromium via playwright-core) against the real stack, on a
// 390 px phone screen: the store's administrator goes from Coupons to "Automatic promotions", creates a
// "buy 2 get 1 free", is told a bundle of one variant is refused next to its field, edits the promotion and
// switches it off. axe-core (no serious/critical violations) on the page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import coupons from '../../storefront/messages/coupons.en.json';
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
}

describeInChromium('automatic promotions', promotionsSuite);
