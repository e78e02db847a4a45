// Gift cards in a real browser (Debian Chromium via playwright-core) against the real stack, on a 390 px phone
// screen: the store's administrator issues a ₦100 gift card under "Gift cards & loyalty" and sees its code
// once (a reload shows only its last four characters), and saves the loyalty programme; finds a customer by
// the start of their e-mail and gives them store credit with a reason; a shopper checks the
// card's balance on the shop's gift card page, is told clearly when a code is wrong at checkout, then pays
// part of an order with the card and the rest on the sandbox payment page; the order's prepaid part is the
// card's value and the card is spent. axe-core (no serious/critical violations) on each new page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import rewards from '../../storefront/messages/rewards.en.json';
import { gql } from '../support/graphql';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const BASE = `/s/${STORE}`;

function rewardsSuite(): void {
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

  test('an administrator issues a gift card and sees its code once; a shopper checks it and pays part of an order with it', async () => {
    // The administrator, on a phone.
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'client', path: '/rewards', landing: rewards['rewards.title'] });
    await expectAccessible(page);
    const issue = page.getByRole('form', { name: rewards['rewards.issue'] });
    await issue.getByLabel(rewards['rewards.field.amount']).fill('100');
    await issue.getByLabel(rewards['rewards.field.note']).fill('Browser test prize');
    await issue.getByRole('button', { name: rewards['rewards.issueButton'] }).click();
    const secret = issue.locator('output.secret');
    await secret.waitFor();
    await issue.getByText(rewards['rewards.codeHint']).waitFor();
    const code = (await secret.textContent())!.trim();
    expect(code.length).toBeGreaterThanOrEqual(8);
    await expectAccessible(page);
    await screenshot(page, 'rewards-gift-card-issued');
    const card = await stack.stack.prisma.giftCard.findFirstOrThrow({ where: { note: 'Browser test prize' } });
    expect(card).toMatchObject({ initialValue: 10000n, balance: 10000n, status: 'ACTIVE', source: 'ISSUED' });
    expect(code.endsWith(card.last4)).toBe(true);
    // Shown once: the page again lists the card by its last four characters only.
    await page.reload();
    await page.getByRole('heading', { level: 3, name: rewards['rewards.card'].replace('{last4}', card.last4) }).waitFor();
    expect(await page.content()).not.toContain(code);

    // The loyalty programme's settings, in naira and percent.
    const programme = page.getByRole('form', { name: rewards['rewards.programme'] });
    await programme.getByLabel(rewards['rewards.field.enabled']).selectOption('yes');
    await programme.getByLabel(rewards['rewards.field.spendPerPoint']).fill('100');
    await programme.getByLabel(rewards['rewards.field.pointValue']).fill('1');
    await programme.getByLabel(rewards['rewards.field.maxRedeem']).fill('50');
    await programme.getByLabel(rewards['rewards.field.tiers']).fill('Gold, 1000, 1.5');
    await programme.getByRole('button', { name: rewards['rewards.save'] }).click();
    await page.getByText(rewards['rewards.done.saved']).waitFor();
    expect(await gql(stack.gatewayUrl, '{ loyaltyProgramme { enabled spendPerPoint { amount } pointValue { amount } maxRedeemBps tiers { name minPoints multiplierBps } } }', {}, { 'x-tenant': STORE })).toMatchObject({
      data: { loyaltyProgramme: { enabled: true, spendPerPoint: { amount: '10000' }, pointValue: { amount: '100' }, maxRedeemBps: 5000, tiers: [{ name: 'Gold', minPoints: 1000, multiplierBps: 15000 }] } },
    });

    // A shopper (a guest, on another phone) checks the balance from the shop's footer.
    const shopper = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await shopper.goto(`${storefrontUrl}${BASE}`);
    await shopper.getByRole('link', { name: rewards['shopRewards.footerLink'] }).click();
    await shopper.getByRole('heading', { level: 1, name: rewards['shopRewards.balanceTitle'] }).waitFor();
    await expectAccessible(shopper);
    await shopper.getByLabel(rewards['shopRewards.code']).fill('NOT-A-CARD-0000');
    await shopper.getByRole('button', { name: rewards['shopRewards.check'] }).click();
    await shopper.getByText(rewards['shopRewards.notFound']).waitFor();
    await shopper.getByLabel(rewards['shopRewards.code']).fill(code);
    await shopper.getByRole('button', { name: rewards['shopRewards.check'] }).click();
    await shopper.getByTestId('gift-card-balance').getByText('100.00').waitFor();
    await expectAccessible(shopper);
    await screenshot(shopper, 'rewards-gift-card-balance');

    // It buys something (goods and shipping cost more than the card).
    const products = await gql(stack.gatewayUrl, '{ searchProducts(first: 100) { edges { node { slug variants { sku availableForSale } } } } }', {}, { 'x-tenant': STORE });
    const product = products.data!.searchProducts.edges.map((e: any) => e.node).find((n: any) => n.variants.some((v: any) => v.availableForSale));
    const variant = product.variants.find((v: any) => v.availableForSale);
    await shopper.goto(`${storefrontUrl}${BASE}/p/${product.slug}?variant=${encodeURIComponent(variant.sku)}`);
    await shopper.getByLabel(en['shop.cart.quantity']).fill('1');
    await shopper.getByRole('button', { name: en['shop.cart.add'] }).click();
    await shopper.getByText(en['shop.cart.added']).waitFor();
    await shopper.goto(`${storefrontUrl}${BASE}/checkout`);
    await shopper.getByLabel(en['shop.checkout.field.email']).fill('gift.buyer@example.com');
    await shopper.getByLabel(en['shop.checkout.field.name']).fill('Gift Buyer');
    await shopper.getByLabel(en['shop.checkout.field.phone']).fill('0803 123 4567');
    await shopper.getByLabel(en['shop.checkout.field.line1']).fill('12 Admiralty Way');
    await shopper.getByLabel(en['shop.checkout.field.city']).fill('Lekki');
    await shopper.getByLabel(en['shop.checkout.field.region']).selectOption('Lagos');
    await shopper.getByRole('button', { name: en['shop.checkout.continue'] }).click();
    await shopper.getByRole('heading', { name: en['shop.checkout.shippingAndPay'] }).waitFor();
    await expectAccessible(shopper);

    // A wrong code: a clear error, no order.
    await shopper.getByLabel(rewards['shopRewards.giftCodes']).fill('WRONG-CODE-1234');
    await shopper.getByRole('button', { name: en['shop.checkout.placeOrder'] }).click();
    await shopper.getByRole('alert').getByText(en['shop.error.GIFT_CARD_INVALID']).waitFor();
    await screenshot(shopper, 'rewards-checkout-gift-card-invalid');

    // The right one pays ₦100; the sandbox page asks for the rest.
    await shopper.getByLabel(rewards['shopRewards.giftCodes']).fill(code);
    await shopper.getByRole('button', { name: en['shop.checkout.placeOrder'] }).click();
    await shopper.waitForURL((url) => url.pathname.startsWith('/pay/sandbox/'));
    await shopper.getByRole('button', { name: 'Pay', exact: true }).click();
    await shopper.waitForURL((url) => /\/orders\/[0-9a-f-]{36}$/.test(url.pathname));
    await shopper.getByText(en['shop.order.thanks']).waitFor({ timeout: 30_000 });
    await shopper.getByTestId('order-prepaid').waitFor();
    await expectAccessible(shopper);
    const orderId = new URL(shopper.url()).pathname.split('/').pop()!;
    const order = await stack.stack.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.prepaid).toBe(10000n);
    expect(order.total > order.prepaid).toBe(true);
    expect(await stack.stack.prisma.giftCard.findUniqueOrThrow({ where: { id: card.id } })).toMatchObject({ balance: 0n });

    // The administrator sees the prepaid part on the order.
    await page.goto(`${storefrontUrl}/admin/${STORE}/orders/${orderId}`);
    await page.getByTestId('order-prepaid').getByText(rewards['rewards.kind.GIFT_CARD']).waitFor();
    await expectAccessible(page);
  });

  test("the administrator gives a customer store credit; the customer sees it in the account and an order it covers is paid at once", async () => {
    const customer = await stack.stack.prisma.user.findFirstOrThrow({ where: { email: stack.demo.customerEmail } });
    // Found by the search on Gift cards & loyalty (the start of the e-mail), not by typing an id.
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'client', path: '/rewards', landing: rewards['rewards.title'] });
    const search = page.getByRole('search', { name: rewards['rewards.find'] });
    await search.getByLabel(rewards['rewards.findField']).fill('x');
    await search.getByLabel(rewards['rewards.findField']).evaluate((i) => ((i as HTMLInputElement).form!.noValidate = true));
    await search.getByRole('button', { name: rewards['rewards.findButton'] }).click();
    await page.getByText(rewards['rewards.findShort']).waitFor();
    const prefix = customer.email!.split('@')[0].toUpperCase();
    await page.getByRole('search', { name: rewards['rewards.find'] }).getByLabel(rewards['rewards.findField']).fill(prefix);
    await page.getByRole('search', { name: rewards['rewards.find'] }).getByRole('button', { name: rewards['rewards.findButton'] }).click();
    await page.getByRole('heading', { level: 2, name: rewards['rewards.findResults'].replace('{q}', prefix) }).waitFor();
    expect(await page.getByTestId('customer-results').locator('li').count()).toBeGreaterThanOrEqual(1);
    await expectAccessible(page);
    await screenshot(page, 'rewards-customer-search');
    await page.getByTestId('customer-results').locator(`li[data-customer="${customer.email}"]`).getByRole('link', { name: rewards['rewards.findOpen'].replace('{name}', customer.name) }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/rewards/customers/${customer.id}`));
    await page.getByRole('heading', { level: 1, name: rewards['rewards.customerTitle'] }).waitFor();
    await expectAccessible(page);
    // A note is required.
    const credit = page.getByRole('form', { name: rewards['rewards.adjustCredit'] });
    await credit.getByLabel(rewards['rewards.field.credit']).fill('500000');
    await credit.getByRole('button', { name: rewards['rewards.adjustCreditButton'] }).evaluate((b) => {
      (b as HTMLButtonElement).form!.noValidate = true;
    });
    await credit.getByRole('button', { name: rewards['rewards.adjustCreditButton'] }).click();
    await credit.getByText(rewards['rewards.invalid.note']).waitFor();
    await credit.getByLabel(rewards['rewards.field.reason']).fill('Sorry for the late delivery');
    await credit.getByRole('button', { name: rewards['rewards.adjustCreditButton'] }).click();
    await page.getByText(rewards['rewards.done.credit']).waitFor();
    await page.getByTestId('rewards-history').getByText('Sorry for the late delivery').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'rewards-customer');

    // The customer, signed in on a phone, sees it in the account.
    const shopper = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await shopper.goto(`${storefrontUrl}${BASE}/account`);
    await shopper.getByLabel(en['signIn.email']).fill(stack.demo.customerEmail);
    await shopper.getByLabel(en['signIn.password']).fill(stack.demo.customerPassword);
    await shopper.getByRole('button', { name: en['signIn.submit'] }).click();
    await shopper.getByTestId('account-rewards').getByText(/^Store credit: .500,000\.00$/).waitFor();
    await expectAccessible(shopper);

    // It buys something and pays with the store credit only: no payment page.
    const products = await gql(stack.gatewayUrl, '{ searchProducts(first: 100) { edges { node { slug variants { sku availableForSale } } } } }', {}, { 'x-tenant': STORE });
    const product = products.data!.searchProducts.edges.map((e: any) => e.node).find((n: any) => n.variants.some((v: any) => v.availableForSale));
    const variant = product.variants.find((v: any) => v.availableForSale);
    await shopper.goto(`${storefrontUrl}${BASE}/p/${product.slug}?variant=${encodeURIComponent(variant.sku)}`);
    await shopper.getByLabel(en['shop.cart.quantity']).fill('1');
    await shopper.getByRole('button', { name: en['shop.cart.add'] }).click();
    await shopper.getByText(en['shop.cart.added']).waitFor();
    await shopper.goto(`${storefrontUrl}${BASE}/checkout`);
    await shopper.getByLabel(en['shop.checkout.field.name']).fill('Ada Obi');
    await shopper.getByLabel(en['shop.checkout.field.phone']).fill('0803 123 4567');
    await shopper.getByLabel(en['shop.checkout.field.line1']).fill('12 Admiralty Way');
    await shopper.getByLabel(en['shop.checkout.field.city']).fill('Lekki');
    await shopper.getByLabel(en['shop.checkout.field.region']).selectOption('Lagos');
    await shopper.getByRole('button', { name: en['shop.checkout.continue'] }).click();
    await shopper.getByRole('heading', { name: en['shop.checkout.shippingAndPay'] }).waitFor();
    await screenshot(shopper, 'rewards-checkout-store-credit');
    await shopper.getByLabel(/Use my store credit/).check();
    await expectAccessible(shopper);
    await shopper.getByRole('button', { name: en['shop.checkout.placeOrder'] }).click();
    await shopper.waitForURL((url) => /\/orders\/[0-9a-f-]{36}$/.test(url.pathname));
    await shopper.getByTestId('order-prepaid').waitFor();
    const orderId = new URL(shopper.url()).pathname.split('/').pop()!;
    const order = await stack.stack.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
    expect(order.prepaid).toBe(order.total);
    expect(order.status).toBe('PAID');

    // Its order page in the back office links to the customer's rewards and offers a refund as store credit.
    await page.goto(`${storefrontUrl}/admin/${STORE}/orders/${orderId}`);
    await page.getByRole('link', { name: rewards['rewards.customerLink'] }).waitFor();
    await page.getByLabel(rewards['rewards.refundToCredit']).waitFor();
  });
}

describeInChromium('gift cards and loyalty', rewardsSuite);
