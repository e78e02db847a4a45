// Returns in a real browser (Debian Chromium via playwright-core) against the real stack, on a 390 px phone
// screen (decision 0058): a customer's delivered order (bought, paid on the sandbox page and delivered
// through the API) shows "Request a return" on its page; the customer asks to return one unit with a
// reason and sees the request waiting in the account; the store's administrator finds it under Returns,
// approves it with instructions, marks it received and refunds it (the button names commerce's amount),
// and the order has that refund. axe-core (no serious/critical violations) on the form and the back office.
// The customer adds a photo from the phone (decision 0065); the administrator sees it as a thumbnail that
// opens large, served privately through the back office's host.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import en from '../../storefront/messages/en.json';
import returns from '../../storefront/messages/returns.en.json';
import { signIn } from '../support/callers';
import { gql } from '../support/graphql';
import { decideOnSandboxPage } from '../support/sandbox';
import type { TestStack } from '../support/stack';
import { waitFor } from '../support/wait';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const BASE = `/s/${STORE}`;

function returnsSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const ok = (r: { data?: any; errors?: unknown }, field: string) => {
    const p = r.data?.[field];
    if (!p || (p.userErrors && p.userErrors.length)) throw new Error(`${field}: ${JSON.stringify(r.errors ?? p?.userErrors)}`);
    return p;
  };

  /** The demo customer's order of one in-stock product (2 units), paid and delivered, through the API. */
  async function deliveredOrder(): Promise<{ id: string; number: string; title: string }> {
    const customer = await signIn(stack, STORE, 'customer');
    const admin = await signIn(stack, STORE, 'client');
    const products = await gql(stack.gatewayUrl, '{ searchProducts(first: 50) { edges { node { title variants { id availableForSale } } } } }', {}, { 'x-tenant': STORE });
    const product = products.data!.searchProducts.edges.map((e: any) => e.node).find((n: any) => n.variants.some((v: any) => v.availableForSale));
    const variant = product.variants.find((v: any) => v.availableForSale);
    const cart = ok(await gql(stack.gatewayUrl, 'mutation ($v: ID!) { addCartLine(input: { variantId: $v, quantity: 2 }) { cart { token } userErrors { code } } }', { v: variant.id }, customer), 'addCartLine').cart;
    const input = {
      cartToken: cart.token,
      idempotencyKey: `returns-${Date.now()}`,
      email: stack.demo.customerEmail,
      shippingAddress: { name: 'Ada Obi', line1: '12 Admiralty Way', city: 'Lekki', region: 'Lagos', country: 'NG' },
      shippingMethod: 'STANDARD',
    };
    const placed = ok(await gql(stack.gatewayUrl, 'mutation ($i: CheckoutInput!) { checkout(input: $i) { order { id number } payment { authorizationUrl } userErrors { code } } }', { i: input }, customer), 'checkout');
    await decideOnSandboxPage(stack, placed.payment.authorizationUrl, 'pay');
    await waitFor(async () => (await stack.stack.prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).status === 'PAID');
    for (const step of ['fulfilOrder', 'shipOrder', 'deliverOrder']) {
      ok(await gql(stack.gatewayUrl, `mutation ($id: ID!) { ${step}(orderId: $id) { order { id } userErrors { code } } }`, { id: placed.order.id }, admin), step);
    }
    return { ...placed.order, title: product.title };
  }

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

  test('a customer asks to return a delivered item on a phone; the administrator approves, receives and refunds it', async () => {
    const order = await deliveredOrder();

    // The customer signs in from the order page and finds the way to ask.
    await page.goto(`${storefrontUrl}${BASE}/orders/${order.id}`);
    await page.getByLabel(en['signIn.email']).fill(stack.demo.customerEmail);
    await page.getByLabel(en['signIn.password']).fill(stack.demo.customerPassword);
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    await page.getByRole('heading', { level: 2, name: returns['shop.title'] }).waitFor();
    await page.getByRole('link', { name: returns['shop.request'] }).click();
    await page.getByRole('heading', { level: 1, name: returns['shop.formTitle'] }).waitFor();
    await expectAccessible(page);
    await page.getByLabel(new RegExp(`^${order.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)).selectOption('1');
    await page.getByLabel(returns['shop.reasonLabel']).selectOption('DOES_NOT_FIT');
    await page.getByLabel(returns['shop.detailsLabel']).fill('Too small at the shoulders');
    const photo = await sharp({ create: { width: 120, height: 90, channels: 3, background: '#2e86de' } }).png().toBuffer();
    await page.getByLabel(returns['shop.photosLabel']).setInputFiles({ name: 'shoulders.png', mimeType: 'image/png', buffer: photo });
    await screenshot(page, 'returns-request-form');
    await page.getByRole('button', { name: returns['shop.submit'] }).click();
    await page.getByText(returns['shop.requested']).waitFor();
    await page.getByTestId('return-request').getByText(returns['shop.status.REQUESTED']).waitFor();
    await expectAccessible(page);
    const request = await stack.stack.prisma.returnRequest.findFirstOrThrow({ where: { orderId: order.id }, include: { lines: true } });
    expect(request).toMatchObject({ status: 'REQUESTED', reason: 'DOES_NOT_FIT', details: 'Too small at the shoulders' });
    expect(request.lines.map((l) => l.quantity)).toEqual([1]);
    const photos = await stack.stack.prisma.returnPhoto.findMany({ where: { returnId: request.id } });
    expect(photos.map((p) => [p.width, p.height])).toEqual([[120, 90]]);

    // The store's administrator answers it in the back office, on a phone too.
    const admin = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await signInToBackOffice(admin, { stack, storefrontUrl, tenant: STORE, user: 'client', path: '/returns', landing: returns['admin.title'] });
    await admin.getByRole('link', { name: request.id.replace(/-/g, '').slice(-8).toUpperCase() }).click();
    await admin.getByTestId('return-status').getByText(returns['admin.status.REQUESTED']).waitFor();
    // The customer's photo: a thumbnail (loaded through the private route) that opens the large one.
    await admin.getByRole('heading', { level: 2, name: returns['admin.photos'] }).waitFor();
    const thumbnail = admin.getByTestId('return-photo').getByRole('img', { name: returns['admin.photoAlt'].replace('{number}', '1').replace('{count}', '1') });
    expect(await waitFor(async () => (await thumbnail.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)) === 120)).toBe(true);
    const large = await admin.request.get(new URL((await admin.getByTestId('return-photo').getAttribute('href'))!, storefrontUrl).toString());
    expect([large.status(), large.headers()['content-type'], large.headers()['cache-control']]).toEqual([200, 'image/jpeg', 'private, no-store']);
    // Not for someone signed out.
    expect((await (await browser.newContext()).request.get(new URL((await admin.getByTestId('return-photo').getAttribute('href'))!, storefrontUrl).toString())).status()).toBe(404);
    await screenshot(admin, 'returns-photo');
    await expectAccessible(admin);
    await admin.getByLabel(returns['admin.instructions']).fill('Drop it at our Lekki shop');
    await admin.getByRole('button', { name: returns['admin.approve'], exact: true }).click();
    await admin.getByText(returns['admin.done.approved']).waitFor();
    await admin.getByRole('button', { name: returns['admin.receive'] }).click();
    await admin.getByText(returns['admin.done.received']).waitFor();
    const refundForm = admin.getByRole('form', { name: returns['admin.refund'] });
    const refundButton = refundForm.getByRole('button', { name: /^Refund .+/ });
    await refundButton.waitFor();
    await expectAccessible(admin);
    await refundForm.getByLabel(returns['admin.restockYes']).check();
    await refundButton.click();
    await admin.getByText(returns['admin.done.refunded']).waitFor();
    await admin.getByTestId('return-status').getByText(returns['admin.status.REFUNDED']).waitFor();
    await screenshot(admin, 'returns-refunded');

    const refunded = await stack.stack.prisma.order.findUniqueOrThrow({ where: { id: order.id }, include: { refunds: true } });
    expect(refunded.refunds).toHaveLength(1);
    expect(refunded.refunds[0]).toMatchObject({ status: 'SUCCEEDED', restock: true });
    expect(refunded.status).toBe('PARTIALLY_REFUNDED');
  });
}

describeInChromium('returns', returnsSuite);
