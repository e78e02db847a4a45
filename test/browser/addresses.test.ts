// Saved addresses in a real browser (Debian Chromium via playwright-core) against the real stack (PGlite,
// every subgraph, the gateway with its sandbox payment page, `next start`): a customer signs in, adds an
// address (a refused save first shows its error next to the field), adds a second and makes it the
// default, checks out with it prefilled, places the order with the sandbox provider and pays; the order
// ships to the default address. Then a new address typed at checkout with "save this address" ticked
// lands in the address book. axe-core (no serious/critical violations) on the address book and checkout.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import { screenshot, expectAccessible, placeAndPay as placeOrderAndPay, describeInChromium, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';
import type { TestStack } from '../support/stack';

const STORE = 'ade-fashion';
const BASE = `/s/${STORE}`;

function addressesSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  /** A product with an in-stock variant, as the shop shows it. */
  async function inStockProduct(): Promise<{ slug: string; sku: string }> {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tenant': STORE },
      body: JSON.stringify({ query: '{ searchProducts(first: 50) { edges { node { slug variants { sku availableForSale } } } } }' }),
    });
    const body = (await res.json()) as { data: { searchProducts: { edges: Array<{ node: { slug: string; variants: Array<{ sku: string; availableForSale: boolean | null }> } }> } } };
    for (const { node } of body.data.searchProducts.edges) {
      const variant = node.variants.find((v) => v.availableForSale);
      if (variant) return { slug: node.slug, sku: variant.sku };
    }
    throw new Error('no product in stock');
  }

  async function addToCart(p: Page): Promise<void> {
    const product = await inStockProduct();
    await p.goto(`${storefrontUrl}${BASE}/p/${product.slug}?variant=${encodeURIComponent(product.sku)}`);
    await p.getByRole('button', { name: en['shop.cart.add'] }).click();
    await p.getByText(en['shop.cart.added']).waitFor();
  }

  async function fillAddress(p: Page, a: { label: string; line1: string; city: string; region: string }): Promise<void> {
    await p.getByLabel(en['shop.account.addresses.field.label']).fill(a.label);
    await p.getByLabel(en['shop.checkout.field.name']).fill('Emeka Nwosu');
    await p.getByLabel(en['shop.checkout.field.line1']).fill(a.line1);
    await p.getByLabel(en['shop.checkout.field.city']).fill(a.city);
    await p.getByLabel(en['shop.checkout.field.region']).selectOption(a.region);
  }

  /** On the review step: place the order, pay on the sandbox page, come back to the order page. */
  const placeAndPay = (p: Page) => placeOrderAndPay(p, { placeOrder: en['shop.checkout.placeOrder'], thanks: en['shop.order.thanks'] });

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

  test('a customer saves two addresses, makes the second the default, checks out with it prefilled and pays', async () => {
    const prisma = stack.stack.prisma;
    const customer = await prisma.user.findUniqueOrThrow({ where: { email: stack.demo.customerEmail } });
    const tenant = await prisma.tenant.findUniqueOrThrow({ where: { slug: STORE } });
    await prisma.customerAddress.deleteMany({ where: { userId: customer.id } });

    // Signing in from the address book comes back to it.
    await page.goto(`${storefrontUrl}${BASE}/account/addresses`);
    await page.getByLabel(en['signIn.email']).fill(stack.demo.customerEmail);
    await page.getByLabel(en['signIn.password']).fill(stack.demo.customerPassword);
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    await page.getByRole('heading', { level: 1, name: en['shop.account.addresses.title'] }).waitFor();
    await page.getByText(en['shop.account.addresses.none']).waitFor();

    // A refused save (no street; the browser's own checks lifted, as an old browser would) keeps what was
    // typed and names the field.
    await page.getByRole('button', { name: en['shop.account.addresses.save'] }).evaluate((b) => {
      (b as HTMLButtonElement).form!.noValidate = true;
    });
    await fillAddress(page, { label: 'Home', line1: '', city: 'Lekki', region: 'Lagos' });
    await page.getByRole('button', { name: en['shop.account.addresses.save'] }).click();
    await page.getByText(en['shop.checkout.invalid.line1']).waitFor();
    expect(await page.getByLabel(en['shop.checkout.field.line1']).getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel(en['shop.checkout.field.city']).inputValue()).toBe('Lekki');
    await expectAccessible(page);

    await page.getByLabel(en['shop.checkout.field.line1']).fill('12 Admiralty Way');
    await page.getByRole('button', { name: en['shop.account.addresses.save'] }).click();
    await page.getByText(en['shop.account.addresses.done.added']).waitFor();
    await fillAddress(page, { label: 'Office', line1: '5 Broad Street', city: 'Lagos Island', region: 'Lagos' });
    await page.getByRole('button', { name: en['shop.account.addresses.save'] }).click();
    // The first save's notice is still on screen, so wait for the second address itself.
    await page.getByRole('heading', { level: 3, name: /Office/ }).waitFor();
    const rows = await prisma.customerAddress.findMany({ where: { userId: customer.id, tenantId: tenant.id }, orderBy: { createdAt: 'asc' } });
    expect(rows.map((r) => [r.label, r.isDefault])).toEqual([
      ['Home', true],
      ['Office', false],
    ]);

    // The second becomes the default (the button names which address, for screen readers).
    await page.getByRole('button', { name: `${en['shop.account.addresses.makeDefault']} Office` }).click();
    await page.getByText(en['shop.account.addresses.done.madeDefault']).waitFor();
    expect((await prisma.customerAddress.findMany({ where: { userId: customer.id, isDefault: true } })).map((r) => r.label)).toEqual(['Office']);
    await page.getByRole('heading', { level: 3, name: /Office/ }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'shop-account-addresses');

    // Checkout starts from the default address.
    await addToCart(page);
    await page.getByRole('link', { name: en['shop.cart.checkout'] }).click();
    await page.getByRole('heading', { name: en['shop.checkout.savedAddresses'] }).waitFor();
    expect(await page.getByLabel(en['shop.checkout.field.line1']).inputValue()).toBe('5 Broad Street');
    expect(await page.getByLabel(en['shop.checkout.field.city']).inputValue()).toBe('Lagos Island');
    expect(await page.getByLabel(en['shop.checkout.field.region']).inputValue()).toBe('Lagos');
    await expectAccessible(page);
    await screenshot(page, 'shop-checkout-saved-address');
    await page.getByRole('button', { name: en['shop.checkout.continue'] }).click();
    await page.getByRole('heading', { name: en['shop.checkout.shippingAndPay'] }).waitFor();
    await page.getByText('5 Broad Street').waitFor();

    const orderId = await placeAndPay(page);
    const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order).toMatchObject({ status: 'PAID', email: stack.demo.customerEmail });
    expect(JSON.stringify(order.shippingAddress)).toContain('5 Broad Street');
  });

  test('a new address typed at checkout is saved to the account when asked', async () => {
    const prisma = stack.stack.prisma;
    const customer = await prisma.user.findUniqueOrThrow({ where: { email: stack.demo.customerEmail } });
    const before = await prisma.customerAddress.count({ where: { userId: customer.id } });

    await page.goto(`${storefrontUrl}${BASE}/sign-in`);
    await page.getByLabel(en['signIn.email']).fill(stack.demo.customerEmail);
    await page.getByLabel(en['signIn.password']).fill(stack.demo.customerPassword);
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    await page.getByRole('link', { name: en['shop.nav.account'] }).waitFor();
    await addToCart(page);
    await page.getByRole('link', { name: en['shop.cart.checkout'] }).click();
    await page.getByLabel(en['shop.checkout.field.line1']).fill('7 Awolowo Road');
    await page.getByLabel(en['shop.checkout.field.line2']).fill('');
    await page.getByLabel(en['shop.checkout.field.city']).fill('Ikoyi');
    await page.getByLabel(en['shop.checkout.saveAddress']).check();
    await page.getByRole('button', { name: en['shop.checkout.continue'] }).click();
    await page.getByRole('heading', { name: en['shop.checkout.shippingAndPay'] }).waitFor();
    await placeAndPay(page);

    const saved = await prisma.customerAddress.findMany({ where: { userId: customer.id }, orderBy: { createdAt: 'desc' } });
    expect(saved).toHaveLength(before + 1);
    expect(saved[0]).toMatchObject({ line1: '7 Awolowo Road', city: 'Ikoyi', region: 'Lagos', country: 'NG', isDefault: before === 0 });
  });
}

describeInChromium('saved addresses in Chromium', addressesSuite);
