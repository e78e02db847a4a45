// Guest returns in a real browser (Debian Chromium via playwright-core) against the real stack, on a 390 px
// phone screen (decision 0065, "Guests"): an order placed without an account (through the API, paid on the
// sandbox page and delivered by the administrator), whose cart token this browser holds in the checkout
// cookie as the shop's own checkout leaves it, shows its Returns section on the order page to a shopper who
// is not signed in; the form (no photo field: photos need an account) sends the request, and the order page
// then lists it as waiting for the shop. axe-core (no serious/critical violations) on the form and the page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import returns from '../../storefront/messages/returns.en.json';
import { guestOrdersCookieName, withGuestOrder } from '../../storefront/lib/shop/cookies';
import { signIn } from '../support/callers';
import { gql } from '../support/graphql';
import { decideOnSandboxPage } from '../support/sandbox';
import type { TestStack } from '../support/stack';
import { waitFor } from '../support/wait';
import { describeInChromium, expectAccessible, screenshot, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const BASE = `/s/${STORE}`;

function guestReturnsSuite(): void {
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

  /** A guest's order of one in-stock product (2 units), paid and delivered, and the token of its cart. */
  async function deliveredGuestOrder(): Promise<{ id: string; title: string; cartToken: string }> {
    const admin = await signIn(stack, STORE, 'client');
    const guest = { 'x-tenant': STORE };
    const products = await gql(stack.gatewayUrl, '{ searchProducts(first: 50) { edges { node { title variants { id availableForSale } } } } }', {}, guest);
    const product = products.data!.searchProducts.edges.map((e: any) => e.node).find((n: any) => n.variants.some((v: any) => v.availableForSale));
    const variant = product.variants.find((v: any) => v.availableForSale);
    const cart = ok(await gql(stack.gatewayUrl, 'mutation ($v: ID!) { addCartLine(input: { variantId: $v, quantity: 2 }) { cart { token } userErrors { code } } }', { v: variant.id }, guest), 'addCartLine').cart;
    const input = {
      cartToken: cart.token,
      idempotencyKey: `guest-returns-${Date.now()}`,
      email: 'guest.returns@example.com',
      shippingAddress: { name: 'Bola Guest', line1: '3 Awolowo Road', city: 'Ikoyi', region: 'Lagos', country: 'NG' },
      shippingMethod: 'STANDARD',
    };
    const placed = ok(await gql(stack.gatewayUrl, 'mutation ($i: CheckoutInput!) { checkout(input: $i) { order { id } payment { authorizationUrl } userErrors { code } } }', { i: input }, guest), 'checkout');
    await decideOnSandboxPage(stack, placed.payment.authorizationUrl, 'pay');
    await waitFor(async () => (await stack.stack.prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).status === 'PAID');
    for (const step of ['fulfilOrder', 'shipOrder', 'deliverOrder']) {
      ok(await gql(stack.gatewayUrl, `mutation ($id: ID!) { ${step}(orderId: $id) { order { id } userErrors { code } } }`, { id: placed.order.id }, admin), step);
    }
    return { id: placed.order.id, title: product.title, cartToken: cart.token };
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

  test('a guest asks to return a delivered item from the order page on a phone, without an account', async () => {
    const order = await deliveredGuestOrder();
    // The cookie the shop's checkout leaves in a guest's browser: this order and the cart token that proves it.
    await context.addCookies([{ name: guestOrdersCookieName(STORE), value: withGuestOrder(null, order.id, order.cartToken), url: storefrontUrl, httpOnly: true, sameSite: 'Lax' }]);

    await page.goto(`${storefrontUrl}${BASE}/orders/${order.id}`);
    await page.getByRole('heading', { level: 2, name: returns['shop.title'] }).waitFor();
    await page.getByRole('link', { name: returns['shop.request'] }).click();
    await page.getByRole('heading', { level: 1, name: returns['shop.formTitle'] }).waitFor();
    await page.getByText(returns['shop.guestNoPhotos']).waitFor();
    expect(await page.getByLabel(returns['shop.photosLabel']).count()).toBe(0);
    await expectAccessible(page);
    await page.getByLabel(new RegExp(`^${order.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)).selectOption('1');
    await page.getByLabel(returns['shop.reasonLabel']).selectOption('DAMAGED');
    await page.getByLabel(returns['shop.detailsLabel']).fill('The box was crushed');
    await screenshot(page, 'guest-returns-form');
    await page.getByRole('button', { name: returns['shop.submit'] }).click();
    await page.getByText(returns['shop.requested']).waitFor();
    await page.getByTestId('return-request').getByText(returns['shop.status.REQUESTED']).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'guest-returns-requested');

    const request = await stack.stack.prisma.returnRequest.findFirstOrThrow({ where: { orderId: order.id }, include: { lines: true } });
    expect(request).toMatchObject({ status: 'REQUESTED', reason: 'DAMAGED', details: 'The box was crushed', customerUserId: null });
    expect(request.lines.map((l) => l.quantity)).toEqual([1]);

    // Without the cookie the order (and its returns) is not the visitor's: the form sends them to sign in.
    const stranger = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await stranger.goto(`${storefrontUrl}${BASE}/orders/${order.id}/return`);
    await stranger.waitForURL(/\/sign-in/);

    // On another device the guest finds the order from the footer with its number and checkout e-mail; a
    // wrong e-mail is told apart from nothing (the same answer as an unknown number).
    const number = (await stack.stack.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).number;
    await stranger.getByRole('link', { name: returns['shop.find.footerLink'] }).click();
    await stranger.getByRole('heading', { level: 1, name: returns['shop.find.title'] }).waitFor();
    await expectAccessible(stranger);
    await stranger.getByLabel(returns['shop.find.number']).fill(number);
    await stranger.getByLabel(returns['shop.find.email']).fill('not.me@example.com');
    await stranger.getByRole('button', { name: returns['shop.find.submit'] }).click();
    await stranger.getByRole('alert').getByText(returns['shop.error.LOOKUP_NOT_FOUND']).waitFor();
    await stranger.getByLabel(returns['shop.find.email']).fill('Guest.Returns@example.com');
    await stranger.getByRole('button', { name: returns['shop.find.submit'] }).click();
    await stranger.waitForURL(new RegExp(`/orders/${order.id}$`));
    await stranger.getByTestId('return-request').getByText(returns['shop.status.REQUESTED']).waitFor();
    await screenshot(stranger, 'guest-returns-found');
    await stranger.close();
  });
}

describeInChromium('guest returns', guestReturnsSuite);
