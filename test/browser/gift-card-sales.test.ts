// Gift cards sold as products (decision 0064) in a real browser (Debian Chromium via playwright-core) against
// the real stack, on a 390 px phone screen: the store's administrator marks a product as a gift card in the
// product editor; a guest buys one for a friend, naming the friend at checkout, and pays on the sandbox
// page; the paid order issued one card for the friend's address. axe-core (no serious/critical violations)
// on each new part.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import cards from '../../storefront/messages/gift-card-sales.en.json';
import { makeProduct, tenantId } from '../../subgraphs/commerce/test/support';
import type { TestStack } from '../support/stack';
import { waitFor } from '../support/wait';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const BASE = `/s/${STORE}`;

function giftCardSalesSuite(): void {
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

  test('an administrator sells a product as a gift card; a shopper buys one for a friend, who gets the card', async () => {
    const shop = await tenantId(stack.stack.prisma, STORE);
    // The shop page offers what inventory says is available: the card's variant shows one; checkout never takes it.
    const product = await makeProduct(stack.stack.prisma, shop, { price: 1_000_000n, stock: 1 });
    const title = (await stack.stack.prisma.product.findUniqueOrThrow({ where: { id: product.productId } })).title;

    // The administrator, on a phone, in the product editor.
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'client', path: `/products/${product.productId}`, landing: title });
    await page.getByTestId('gift-card-state').getByText(cards.isNotCard).waitFor();
    await page.getByRole('button', { name: cards.mark }).click();
    await page.getByText(cards['done.on']).waitFor();
    await page.getByTestId('gift-card-state').getByText(cards.isCard).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'gift-card-product');

    // A guest buys it for a friend.
    const shopper = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await shopper.goto(`${storefrontUrl}${BASE}/p/${product.sku.toLowerCase()}`);
    await shopper.getByLabel(en['shop.cart.quantity']).fill('1');
    await shopper.getByRole('button', { name: en['shop.cart.add'] }).click();
    await shopper.getByText(en['shop.cart.added']).waitFor();
    await shopper.goto(`${storefrontUrl}${BASE}/checkout`);
    await shopper.getByLabel(en['shop.checkout.field.email']).fill('gift.giver@example.com');
    await shopper.getByLabel(en['shop.checkout.field.name']).fill('Ada Obi');
    await shopper.getByLabel(en['shop.checkout.field.phone']).fill('0803 123 4567');
    await shopper.getByLabel(en['shop.checkout.field.line1']).fill('12 Admiralty Way');
    await shopper.getByLabel(en['shop.checkout.field.city']).fill('Lekki');
    await shopper.getByLabel(en['shop.checkout.field.region']).selectOption('Lagos');
    await shopper.getByRole('button', { name: en['shop.checkout.continue'] }).click();
    await shopper.getByRole('group', { name: cards['recipient.heading'] }).waitFor();
    await shopper.getByLabel(cards['recipient.name']).fill('Ngozi');
    await shopper.getByLabel(cards['recipient.email']).fill('ngozi.friend@example.com');
    await shopper.getByLabel(cards['recipient.message']).fill('Happy birthday!');
    await expectAccessible(shopper);
    await screenshot(shopper, 'gift-card-checkout-recipient');
    await shopper.getByRole('button', { name: en['shop.checkout.placeOrder'] }).click();
    await shopper.waitForURL((url) => url.pathname.startsWith('/pay/sandbox/'));
    await shopper.getByRole('button', { name: 'Pay', exact: true }).click();
    await shopper.waitForURL((url) => /\/orders\/[0-9a-f-]{36}$/.test(url.pathname));
    await shopper.getByText(en['shop.order.thanks']).waitFor({ timeout: 30_000 });
    const orderId = new URL(shopper.url()).pathname.split('/').pop()!;
    const issued = await waitFor(async () => {
      const rows = await stack.stack.prisma.giftCard.findMany({ where: { orderId } });
      return rows.length > 0 ? rows : null;
    }, 20_000);
    expect(issued!.map((c) => [c.source, c.initialValue, c.recipientEmail, c.recipientName, c.message])).toEqual([['SOLD', 1_000_000n, 'ngozi.friend@example.com', 'Ngozi', 'Happy birthday!']]);
    const order = await stack.stack.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
    expect([order.total, order.shipping, order.tax]).toEqual([1_000_000n, 0n, 0n]);
    // No stock was held or taken: gift cards never run out.
    const level = await stack.stack.prisma.stockLevel.findFirstOrThrow({ where: { variantId: product.variantId } });
    expect([level.onHand, level.reserved]).toEqual([1, 0]);
  });
}

describeInChromium('gift cards sold as products', giftCardSalesSuite);
