// The back office in a real browser: Debian Chromium driven by playwright-core, against the real stack
// (PGlite, every subgraph, the gateway, `next start`). An administrator signs in with their authenticator
// code, creates a product with a variant and a naira price, publishes it and finds it in the store; adjusts
// stock and sees the movement; changes prices in bulk with progress; approves a vendor on the marketplace;
// creates and revokes an API key. Staff get a reduced navigation. axe-core checks the key pages.
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import { totpAt } from '../../subgraphs/kit/src/totp';
import { screenshot, expectAccessible, describeInChromium, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';
import { gql } from '../support/graphql';
import type { TestStack } from '../support/stack';

const STORE = 'ade-fashion';
const MARKET = 'naija-market';

/** The form's own alert (Next also renders an empty role="alert" route announcer). */
const formAlert = (page: Page) => page.locator('form').getByRole('alert');

function backofficeSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  /** The store administrator's browser, signed in once (TOTP codes are single-use). */
  let admin: BrowserContext;
  let page: Page;

  /** Signs in on the back office's sign-in page, with the authenticator step for administrators. */
  const signIn = (p: Page, tenant: string, user: string) => signInToBackOffice(p, { stack, storefrontUrl, tenant, user });

  const navLinks = (p: Page) => p.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link').allTextContents();

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
    // Phone-sized: the back office is used on phones as much as on desks.
    admin = await browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await admin.newPage();
  }, 300_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  test('an administrator signs in with the authenticator code and sees the dashboard', async () => {
    await page.goto(`${storefrontUrl}/admin/${STORE}/products`);
    await page.waitForURL((url) => url.pathname === `/admin/${STORE}/sign-in`);
    await page.getByLabel(en['signIn.email']).fill('client@webwaka.test');
    await page.getByLabel(en['signIn.password']).fill(stack.demo.password);
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    await formAlert(page).getByText(en['error.TWO_FACTOR_REQUIRED']).waitFor();
    await screenshot(page, 'backoffice-two-factor');
    await page.getByLabel(en['signIn.totp']).fill(totpAt(stack.demo.totpSecret));
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    // Back to the page asked for.
    await page.getByRole('heading', { level: 1, name: en['admin.products.title'] }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/admin/${STORE}/products`);
    await expectAccessible(page);
    await screenshot(page, 'backoffice-products');

    await page.getByRole('link', { name: en['admin.nav.dashboard'] }).click();
    await page.getByRole('heading', { level: 1, name: en['admin.dashboard.title'] }).waitFor();
    expect(await navLinks(page)).toEqual([en['admin.nav.dashboard'], en['admin.nav.orders'], en['admin.nav.returns'], en['admin.nav.products'], en['admin.nav.inventory'], en['admin.nav.commissions'], en['admin.nav.money'], en['admin.nav.reports'], en['admin.nav.coupons'], en['admin.nav.rewards'], en['admin.nav.pos'], en['admin.nav.apiKeys'], en['admin.nav.settings'], en['admin.nav.messages'], en['admin.nav.members'], en['admin.nav.audit']]);
    // The product count is the API's.
    const tenant = await stack.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: STORE } });
    const total = await stack.stack.prisma.product.count({ where: { tenantId: tenant.id } });
    expect((await page.getByTestId('product-count').textContent())?.trim()).toBe(String(total));
    await page.getByRole('img', { name: en['admin.dashboard.byStatus'] }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'backoffice-dashboard');
  });

  test('creates a product with a variant and a naira price, publishes it, and the store shows it', async () => {
    const { id: tenantId } = await stack.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: STORE } });
    const taken = await stack.stack.prisma.productVariant.findFirstOrThrow({ where: { tenantId }, select: { sku: true } });
    await page.goto(`${storefrontUrl}/admin/${STORE}/products/new`);
    const form = page.getByRole('form', { name: en['admin.products.new'] });
    await form.getByLabel(en['admin.products.productTitle']).fill('Adire Indigo Wrap');
    await form.getByLabel(en['admin.products.description']).fill('Hand-dyed adire cotton wrap from Abeokuta.');
    const variant = page.getByRole('group', { name: en['admin.products.variantN'].replace('{n}', '1') });
    await variant.getByLabel(en['admin.products.sku'], { exact: true }).fill(taken.sku);
    await variant.getByLabel(en['admin.products.options'], { exact: true }).fill('size: M; colour: Indigo');
    await variant.getByLabel(en['admin.products.price'], { exact: true }).fill('15,000.5x');
    await page.getByRole('button', { name: en['admin.products.create'] }).click();

    // Our own check first: the price is not a naira amount.
    await formAlert(page).getByText(en['admin.error.fields']).waitFor();
    const price = variant.getByLabel(en['admin.products.price'], { exact: true });
    expect(await price.getAttribute('aria-invalid')).toBe('true');
    await variant.getByText(en['admin.products.invalid.price']).waitFor();
    await price.fill('15,000');
    await page.getByRole('button', { name: en['admin.products.create'] }).click();

    // Then the API's: the SKU is taken, shown next to the SKU field, the rest of the form kept.
    const sku = variant.getByLabel(en['admin.products.sku'], { exact: true });
    await page.waitForFunction(() => document.querySelector('[name="variants.0.sku"]')?.getAttribute('aria-invalid') === 'true');
    expect(await variant.locator('.field-error').first().textContent()).toContain(taken.sku);
    expect(await form.getByLabel(en['admin.products.productTitle']).inputValue()).toBe('Adire Indigo Wrap');
    await expectAccessible(page);
    await screenshot(page, 'backoffice-product-new-error');

    await sku.fill('ADIRE-WRAP-M');
    await page.getByRole('button', { name: en['admin.products.create'] }).click();
    await page.getByText(en['admin.products.saved.created']).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Adire Indigo Wrap' }).waitFor();
    const created = await stack.stack.prisma.product.findFirstOrThrow({ where: { title: 'Adire Indigo Wrap' }, include: { variants: { include: { prices: true } } } });
    expect(created.status).toBe('DRAFT');
    expect(created.variants.map((v) => [v.sku, v.options])).toEqual([['ADIRE-WRAP-M', { size: 'M', colour: 'Indigo' }]]);
    expect(created.variants[0].prices.map((p) => [p.amount, p.currency])).toEqual([[1_500_000n, 'NGN']]);
    await expectAccessible(page);
    await screenshot(page, 'backoffice-product-edit');

    // Not in the store while it is a draft.
    expect((await (await admin.request.get(`${storefrontUrl}/s/${STORE}/p/${created.slug}`)).status())).toBe(404);
    await page.getByRole('button', { name: en['admin.products.move.ACTIVE'] }).click();
    await page.getByText(en['admin.products.saved.active']).waitFor();
    await page.getByRole('link', { name: en['admin.products.viewInStore'] }).click();
    await page.getByRole('heading', { level: 1, name: 'Adire Indigo Wrap' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/s/${STORE}/p/${created.slug}`);
    await page.getByText('₦15,000.00').first().waitFor();
    await screenshot(page, 'backoffice-product-in-store');
  });

  test('adjusts stock with a reason and sees the movement in the journal', async () => {
    const { id: tenantId } = await stack.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: STORE } });
    const level = await stack.stack.prisma.stockLevel.findFirstOrThrow({ where: { tenantId }, orderBy: { id: 'asc' } });
    const item = await stack.stack.prisma.inventoryItem.findFirstOrThrow({ where: { variantId: level.variantId } });
    await page.goto(`${storefrontUrl}/admin/${STORE}/inventory?sku=${encodeURIComponent(item.sku)}`);
    await page.getByRole('heading', { level: 1, name: en['admin.inventory.title'] }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'backoffice-inventory');

    const form = page.getByRole('form', { name: en['admin.inventory.adjust'] });
    expect(await form.getByLabel(en['admin.inventory.sku']).inputValue()).toBe(item.sku);
    await form.getByLabel(en['admin.inventory.reason']).selectOption('CORRECTION');
    await form.getByLabel(en['admin.inventory.quantity']).fill('-100000');
    await form.getByRole('button', { name: en['admin.inventory.adjustSubmit'] }).click();
    // More than there is: the API refuses, next to the quantity.
    await page.waitForFunction(() => document.querySelector('form [name="quantity"]')?.getAttribute('aria-invalid') === 'true' || !!document.querySelector('form [role="alert"]'));
    await form.getByLabel(en['admin.inventory.quantity']).fill('7');
    await form.getByLabel(en['admin.inventory.note']).fill('Recount after delivery');
    await form.getByRole('button', { name: en['admin.inventory.adjustSubmit'] }).click();

    await page.getByText(en['admin.inventory.done.adjusted']).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/admin/${STORE}/inventory/movements`);
    const row = page.locator('tbody tr').first();
    expect(await row.locator('th').textContent()).toBe(item.sku);
    expect(await row.textContent()).toContain('+7');
    expect(await row.textContent()).toContain('Recount after delivery');
    expect(await row.textContent()).toContain(en['admin.reason.CORRECTION']);
    const after = await stack.stack.prisma.stockLevel.findUniqueOrThrow({ where: { id: level.id } });
    expect(after.onHand).toBe(level.onHand + 7);
    await screenshot(page, 'backoffice-movements');
  });

  test('changes prices of selected products by a percentage, with progress', async () => {
    const product = await stack.stack.prisma.product.findFirstOrThrow({ where: { title: 'Adire Indigo Wrap' } });
    await page.goto(`${storefrontUrl}/admin/${STORE}/products?q=${encodeURIComponent('Adire Indigo Wrap')}`);
    await page.getByRole('checkbox', { name: en['admin.products.selectOne'].replace('{title}', 'Adire Indigo Wrap') }).check();
    await page.getByRole('button', { name: en['admin.products.bulkSelected'] }).click();
    await page.getByRole('heading', { level: 1, name: en['admin.bulk.title'] }).waitFor();
    await page.getByLabel(en['admin.bulk.percent']).fill('10');
    await page.getByRole('button', { name: en['admin.bulk.preview'] }).click();
    await page.getByRole('button', { name: en['admin.bulk.apply'].replace('{count}', '1') }).click();
    await page.getByText(en['admin.bulk.finished'].replace('{done}', '1').replace('{failed}', '0').replace('{total}', '1')).waitFor();
    await screenshot(page, 'backoffice-bulk-price');
    const price = await stack.stack.prisma.price.findFirstOrThrow({ where: { variant: { productId: product.id }, priceListId: null, minQuantity: 1 } });
    expect(price.amount).toBe(1_650_000n); // ₦15,000 + 10%
  });

  test('creates an API key (the secret is shown once and works), then revokes it', async () => {
    await page.goto(`${storefrontUrl}/admin/${STORE}/api-keys`);
    const form = page.getByRole('form', { name: en['admin.apiKeys.new'] });
    await form.getByLabel(en['admin.apiKeys.name']).fill('Warehouse sync');
    await form.getByRole('checkbox', { name: 'inventory:read' }).check();
    await form.getByRole('button', { name: en['admin.apiKeys.create'] }).click();
    const secret = (await page.locator('output.secret').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^ww_/);
    await page.getByRole('rowheader', { name: 'Warehouse sync' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'backoffice-api-key-created');

    const ask = () => gql(stack.gatewayUrl, '{ stockLevels(first: 1) { edges { node { id } } } }', {}, { 'x-api-key': secret });
    expect((await ask()).data?.stockLevels.edges.length).toBe(1);

    await page.getByRole('row', { name: /Warehouse sync/ }).getByRole('button', { name: en['admin.apiKeys.revoke'] }).click();
    await page.getByText(en['admin.apiKeys.revoked']).waitFor();
    expect((await ask()).data?.stockLevels ?? null).toBeNull();
  });

  test('a marketplace administrator approves a pending vendor; the trail shows the decision', async () => {
    // The application, made through the API by a signed-in shopper.
    const login = await gql(stack.gatewayUrl, 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken } } }', {
      i: { tenantSlug: MARKET, email: stack.demo.customerEmail, password: stack.demo.password },
    });
    const applied = await gql(
      stack.gatewayUrl,
      'mutation ($i: VendorApplicationInput!) { applyAsVendor(input: $i) { vendor { id status } userErrors { code message } } }',
      { i: { businessName: 'Aba Leatherworks', legalName: 'Aba Leatherworks Ltd', tin: '23456789-0001', email: 'hello@abaleather.example.ng', phone: '+2348031234567', address: '4 Factory Road, Aba' } },
      { authorization: `Bearer ${login.data.login.session.accessToken}` },
    );
    expect(applied.data?.applyAsVendor.vendor?.status).toBe('PENDING');

    const market = await browser.newContext({ viewport: { width: 1024, height: 900 } });
    try {
      const p = await market.newPage();
      await signIn(p, MARKET, 'client');
      await p.getByRole('link', { name: en['admin.nav.vendors'] }).click();
      const card = p.getByRole('listitem').filter({ has: p.getByRole('heading', { name: 'Aba Leatherworks' }) });
      await card.getByText('23456789-0001').waitFor();
      await expectAccessible(p);
      await screenshot(p, 'backoffice-vendor-queue');
      await card.getByRole('form', { name: en['admin.vendors.approveOne'].replace('{name}', 'Aba Leatherworks') }).getByLabel(en['admin.vendors.approveNote']).fill('Documents checked');
      await card.getByRole('button', { name: en['admin.vendors.approve'] }).click();
      await p.getByText(en['admin.vendors.done.approved']).waitFor();
      expect(await p.getByRole('heading', { name: 'Aba Leatherworks' }).count()).toBe(0);

      const vendor = await stack.stack.prisma.vendor.findUniqueOrThrow({ where: { id: applied.data.applyAsVendor.vendor.id } });
      expect(vendor.status).toBe('APPROVED');
      await p.getByRole('link', { name: en['admin.vendorStatus.APPROVED'] }).click();
      const approved = p.getByRole('listitem').filter({ has: p.getByRole('heading', { name: 'Aba Leatherworks' }) });
      await approved.getByText('“Documents checked”').waitFor();
    } finally {
      await market.close();
    }
  });

  test('staff see products and inventory only', async () => {
    const staff = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const p = await staff.newPage();
      await signIn(p, STORE, 'staff');
      expect(await navLinks(p)).toEqual([en['admin.nav.dashboard'], en['admin.nav.orders'], en['admin.nav.returns'], en['admin.nav.products'], en['admin.nav.inventory'], en['admin.nav.commissions'], en['admin.nav.money'], en['admin.nav.reports']]);
      await screenshot(p, 'backoffice-staff-dashboard');
      await p.goto(`${storefrontUrl}/admin/${STORE}/api-keys`);
      await p.getByRole('heading', { level: 1, name: en['admin.dashboard.title'] }).waitFor();
      expect(new URL(p.url()).pathname).toBe(`/admin/${STORE}`);
    } finally {
      await staff.close();
    }
  });
}

describeInChromium('back office in Chromium', backofficeSuite);
