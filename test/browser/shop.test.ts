// Shopping end to end in a real browser (Debian Chromium via playwright-core) against the real stack
// (PGlite, every subgraph, the gateway with its sandbox payment page, `next start`): a shopper arrives
// with a referral code, searches, adds to the cart as a guest, signs in (the cart follows), checks out,
// pays on the sandbox page and lands on the confirmation page that reaches "Paid"; the order is in the
// account; the store's administrator sees it in the back office and starts fulfilment. A short stock
// names the line at checkout; a marketplace cart shows the split by seller and the vendor sees its order.
// axe-core (no serious/critical violations) on cart, checkout, confirmation, account and back office.
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import { totpAt } from '../../subgraphs/kit/src/totp';
import { screenshot, expectAccessible, placeAndPay as placeOrderAndPay, describeInChromium, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';
import type { TestStack } from '../support/stack';

const STORE = 'ade-fashion';
const MARKET = 'naija-market';

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

interface Pick {
  slug: string;
  title: string;
  sku: string;
  variantId: string;
  vendorName: string;
}

function shopSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  /** Ask the gateway directly, as an anonymous visitor of `tenant`. */
  async function gateway<T>(tenant: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-tenant': tenant }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (!body.data) throw new Error(`gateway: ${JSON.stringify(body.errors)}`);
    return body.data;
  }

  /** Products with an in-stock variant, as the shop shows them (optionally of one vendor). */
  async function inStock(tenant: string, vendorName?: string): Promise<Pick[]> {
    const data = await gateway<{ searchProducts: { edges: Array<{ node: { slug: string; title: string; vendor: { name: string }; variants: Array<{ id: string; sku: string; availableForSale: boolean | null }> } }> } }>(
      tenant,
      `{ searchProducts(first: 100) { edges { node { slug title vendor { name } variants { id sku availableForSale } } } } }`,
    );
    return data.searchProducts.edges.flatMap(({ node }) => {
      const variant = node.variants.find((v) => v.availableForSale);
      if (!variant || (vendorName && node.vendor.name !== vendorName)) return [];
      return [{ slug: node.slug, title: node.title, sku: variant.sku, variantId: variant.id, vendorName: node.vendor.name }];
    });
  }

  async function addToCart(p: Page, base: string, product: Pick, quantity: number): Promise<void> {
    await p.goto(`${storefrontUrl}${base}/p/${product.slug}?variant=${encodeURIComponent(product.sku)}`);
    await p.getByLabel(en['shop.cart.quantity']).fill(String(quantity));
    await p.getByRole('button', { name: en['shop.cart.add'] }).click();
    await p.getByText(en['shop.cart.added']).waitFor();
  }

  async function fillDetails(p: Page, details: { email?: string; name?: string }, expectReview = true): Promise<void> {
    if (details.email !== undefined) await p.getByLabel(en['shop.checkout.field.email']).fill(details.email);
    if (details.name !== undefined) await p.getByLabel(en['shop.checkout.field.name']).fill(details.name);
    await p.getByLabel(en['shop.checkout.field.phone']).fill('0803 123 4567');
    await p.getByLabel(en['shop.checkout.field.line1']).fill('12 Admiralty Way');
    await p.getByLabel(en['shop.checkout.field.city']).fill('Lekki');
    await p.getByLabel(en['shop.checkout.field.region']).selectOption('Lagos');
    await p.getByRole('button', { name: en['shop.checkout.continue'] }).click();
    if (expectReview) await p.getByRole('heading', { name: en['shop.checkout.shippingAndPay'] }).waitFor();
  }

  /** On the review step: place the order, pay on the sandbox page, come back to the order page. */
  const placeAndPay = (p: Page) =>
    placeOrderAndPay(p, { placeOrder: en['shop.checkout.placeOrder'], thanks: en['shop.order.thanks'] }, async (sandbox) => {
      await sandbox.getByRole('heading', { name: 'WebWaka sandbox payment' }).waitFor();
      await screenshot(sandbox, 'shop-sandbox-payment');
    });

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
  }, 300_000);

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

  test('a shopper searches, fills a guest cart, signs in, checks out, pays and sees the order; the store fulfils it', async () => {
    const [product] = await inStock(STORE);
    const base = `/s/${STORE}`;

    // Arrives with a referral code; searches and opens the product.
    await page.goto(`${storefrontUrl}${base}?ref=AGENT-ADE`);
    await page.getByRole('search').getByRole('searchbox').fill(product.title);
    await page.getByRole('search').getByRole('button').click();
    await page.getByRole('link', { name: product.title }).first().click();
    await page.getByRole('heading', { level: 1, name: product.title }).waitFor();

    // Guest cart: added from the product page (a plain form), quantity changed on the cart page.
    await addToCart(page, base, product, 1);
    await page.getByLabel(en['shop.cart.quantity']).fill('2');
    await page.getByRole('button', { name: en['shop.cart.update'] }).click();
    await page.getByText(en['shop.cart.updated']).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'shop-cart');
    const cookies = await context.cookies();
    const cartCookie = cookies.find((c) => c.name === `ww_cart_${STORE}`)!;
    expect(cartCookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const visitor = cookies.find((c) => c.name === 'ww_vid')!;
    const guestCart = await stack.stack.prisma.cart.findUniqueOrThrow({ where: { token: cartCookie.value }, include: { lines: true } });
    expect(guestCart).toMatchObject({ referralCode: 'AGENT-ADE', visitorId: visitor.value, customerUserId: null });
    expect(guestCart.lines).toEqual([expect.objectContaining({ variantId: product.variantId, quantity: 2 })]);

    // Signing in keeps the cart (merged into the customer's), and the guest token is forgotten.
    await page.getByRole('link', { name: en['nav.signIn'] }).click();
    await page.getByLabel(en['signIn.email']).fill(stack.demo.customerEmail);
    await page.getByLabel(en['signIn.password']).fill(stack.demo.customerPassword);
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    await page.getByRole('link', { name: en['shop.nav.account'] }).waitFor();
    expect((await context.cookies()).some((c) => c.name === `ww_cart_${STORE}`)).toBe(false);
    expect((await stack.stack.prisma.cart.findUniqueOrThrow({ where: { id: guestCart.id } })).status).toBe('MERGED');
    await page.getByRole('link', { name: en['shop.nav.cart'] }).click();
    await page.getByRole('link', { name: product.title }).waitFor();

    // Checkout: details (errors named on the field), then shipping and review.
    await page.getByRole('link', { name: en['shop.cart.checkout'] }).click();
    expect(await page.getByLabel(en['shop.checkout.field.email']).inputValue()).toBe(stack.demo.customerEmail);
    // The browser's own checks are lifted so the server's answer shows (what an old browser would get).
    await page.getByRole('button', { name: en['shop.checkout.continue'] }).evaluate((b) => {
      (b as HTMLButtonElement).form!.noValidate = true;
    });
    await fillDetails(page, { email: 'not-an-email' }, false);
    await page.getByText(en['shop.checkout.invalid.email']).waitFor();
    expect(await page.getByLabel(en['shop.checkout.field.line1']).inputValue()).toBe('12 Admiralty Way'); // kept
    expect(await page.getByLabel(en['shop.checkout.field.email']).getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await screenshot(page, 'shop-checkout-details');
    await fillDetails(page, { email: stack.demo.customerEmail });
    const options = page.getByRole('radio');
    expect(await options.count()).toBe(2); // Lagos: standard and same-day
    await expectAccessible(page);
    await screenshot(page, 'shop-checkout-review');

    const orderId = await placeAndPay(page);
    await expectAccessible(page);
    await screenshot(page, 'shop-order-confirmation');
    const order = await stack.stack.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order).toMatchObject({ status: 'PAID', email: stack.demo.customerEmail, referralCode: 'AGENT-ADE' });
    await page.getByRole('heading', { level: 1, name: fill(en['shop.order.title'], { number: order.number }) }).waitFor();

    // The account lists it; its detail has the timeline.
    await page.getByRole('link', { name: en['shop.order.allOrders'] }).click();
    await page.getByRole('heading', { level: 1, name: en['shop.account.title'] }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'shop-account-orders');
    await page.getByRole('link', { name: new RegExp(order.number) }).click();
    await page.getByRole('heading', { name: en['shop.order.timeline'] }).waitFor();

    // The data export downloads identity's JSON.
    await page.goto(`${storefrontUrl}${base}/account`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: en['shop.account.export'] }).click()]);
    const exported = JSON.parse(await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8')) as unknown;
    expect(JSON.stringify(exported)).toContain(stack.demo.customerEmail);

    // The store's administrator sees the order and starts fulfilment.
    const admin = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const p = await admin.newPage();
      await p.goto(`${storefrontUrl}/admin/${STORE}/orders`);
      await p.waitForURL((url) => url.pathname === `/admin/${STORE}/sign-in`);
      await p.getByLabel(en['signIn.email']).fill('client@webwaka.test');
      await p.getByLabel(en['signIn.password']).fill(stack.demo.password);
      await p.getByRole('button', { name: en['signIn.submit'] }).click();
      await p.getByLabel(en['signIn.totp']).waitFor();
      const { forgetUsedTotpCodes } = await import('../support/stack');
      await forgetUsedTotpCodes(stack.stack.prisma);
      await p.getByLabel(en['signIn.totp']).fill(totpAt(stack.demo.totpSecret));
      await p.getByRole('button', { name: en['signIn.submit'] }).click();
      await p.getByRole('heading', { level: 1, name: en['admin.orders.title'] }).waitFor();
      await expectAccessible(p);
      await screenshot(p, 'backoffice-orders');
      await p.getByRole('link', { name: order.number }).click();
      await p.getByRole('heading', { level: 1, name: fill(en['admin.orders.orderTitle'], { number: order.number }) }).waitFor();
      await expectAccessible(p);
      await p.getByLabel(en['admin.orders.note']).first().fill('Packed at Lekki');
      await p.getByRole('button', { name: en['admin.orders.step.fulfil'] }).click();
      await p.getByText(en['admin.orders.done.fulfil']).waitFor();
      await p.getByText('Packed at Lekki').waitFor();
      await screenshot(p, 'backoffice-order-detail');
      expect((await stack.stack.prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('FULFILLING');

      // The dashboard's commerce tiles count it among the sales.
      await p.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name: en['admin.nav.dashboard'] }).click();
      await p.getByRole('heading', { name: fill(en['admin.tiles.sales'], { days: 30 }) }).waitFor();
      await p.getByRole('heading', { name: en['admin.tiles.topProducts'] }).waitFor();
      await expectAccessible(p);
    } finally {
      await admin.close();
    }
  });

  test('a short stock at checkout names the line; nothing is ordered', async () => {
    const [, product] = await inStock(STORE);
    const base = `/s/${STORE}`;
    // Within the checkout's per-line limit (20, decision 0025); the stock then runs short before the order
    // is placed (another till sold it), so checkout's own reservation is what refuses it.
    await addToCart(page, base, product, 15);
    await stack.stack.prisma.$executeRaw`UPDATE "inventory"."StockLevel" SET "onHand" = "reserved" + 2 WHERE "variantId" = ${product.variantId}::uuid`;
    await page.getByRole('link', { name: en['shop.cart.checkout'] }).click();
    await fillDetails(page, { email: 'guest@example.com', name: 'Ada Guest' });
    const before = await stack.stack.prisma.order.count();
    await page.getByRole('button', { name: en['shop.checkout.placeOrder'] }).click();
    await page.getByRole('alert').filter({ hasText: fill(en['shop.error.insufficientStockLine'], { item: product.title }) }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'shop-checkout-insufficient-stock');
    expect(await stack.stack.prisma.order.count()).toBe(before);
  });

  test('a marketplace cart shows the split by seller; a guest pays; the vendor sees its part and ships it', async () => {
    const base = `/m/${MARKET}`;
    const vendorName = "Chiamaka's Closet";
    const products = await inStock(MARKET);
    const own = products.find((p) => p.vendorName === vendorName)!;
    const other = products.find((p) => p.vendorName !== vendorName)!;
    await addToCart(page, base, own, 1);
    await addToCart(page, base, other, 1);
    await page.getByRole('heading', { name: fill(en['shop.cart.soldBy'], { vendor: vendorName }) }).waitFor();
    await page.getByRole('heading', { name: fill(en['shop.cart.soldBy'], { vendor: other.vendorName }) }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'shop-marketplace-cart');
    await page.getByRole('link', { name: en['shop.cart.checkout'] }).click();
    await fillDetails(page, { email: 'guest@example.com', name: 'Ada Guest' });
    const orderId = await placeAndPay(page);
    const order = await stack.stack.prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { vendorOrders: true } });
    expect(order.vendorOrders).toHaveLength(2);

    // The guest's confirmation stays readable (the cart token in a cookie proves the order).
    await page.reload();
    await page.getByText(en['shop.order.thanks']).waitFor();

    const vendor = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const p = await vendor.newPage();
      await p.goto(`${storefrontUrl}/admin/${MARKET}/orders`);
      await p.getByLabel(en['signIn.email']).fill('vendor@webwaka.test');
      await p.getByLabel(en['signIn.password']).fill(stack.demo.password);
      await p.getByRole('button', { name: en['signIn.submit'] }).click();
      await p.getByRole('heading', { level: 1, name: en['admin.orders.title'] }).waitFor();
      await p.getByRole('link', { name: order.number }).click();
      await p.getByRole('heading', { name: fill(en['admin.orders.vendorOrder'], { vendor: vendorName }) }).waitFor();
      // Only its own vendor order, and no order-wide actions commerce would refuse it.
      expect(await p.getByRole('heading', { name: fill(en['admin.orders.vendorOrder'], { vendor: other.vendorName }) }).count()).toBe(0);
      expect(await p.getByRole('heading', { name: en['admin.orders.actions'] }).count()).toBe(0);
      await expectAccessible(p);
      await screenshot(p, 'backoffice-vendor-order');

      // The vendor fulfils its part and ships it with a tracking number; the order waits for the other seller.
      await p.getByRole('button', { name: en['admin.orders.vendorStep.fulfil'] }).click();
      await p.getByText(en['admin.orders.done.vendor-fulfil']).waitFor();
      await p.getByLabel(en['admin.orders.note']).fill('GIG-778812');
      await p.getByRole('button', { name: en['admin.orders.vendorStep.ship'] }).click();
      await p.getByText(en['admin.orders.done.vendor-ship']).waitFor();
      await p.getByText('“GIG-778812”').waitFor();
      const parts = await stack.stack.prisma.vendorOrder.findMany({ where: { orderId } });
      expect(parts.find((v) => v.vendorName === vendorName)!.fulfilmentStage).toBe('SHIPPED');
      expect(parts.find((v) => v.vendorName !== vendorName)!.fulfilmentStage).toBe('PAID');
      expect((await stack.stack.prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('PAID');
      await expectAccessible(p);
      await screenshot(p, 'backoffice-vendor-shipped');
    } finally {
      await vendor.close();
    }
  });
}

describeInChromium('shopping in Chromium', shopSuite);
