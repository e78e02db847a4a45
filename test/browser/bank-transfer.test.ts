// Bank transfer in a real browser (Debian Chromium via playwright-core) against the real stack, on a 390 px
// phone screen (decision 0076): with bank transfer enabled, a guest chooses it at checkout and lands on the
// order page showing the account to pay and what is still to pay; on the sandbox bank page they transfer
// half, then the rest; back at the shop the order is paid. axe-core (no serious/critical violations) on
// the new parts. Then a USSD payment the same way (decision 0087).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import { makeProduct, tenantId } from '../../subgraphs/commerce/test/support';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const BASE = `/s/${STORE}`;

function bankTransferSuite(): void {
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

  test('a shopper pays by bank transfer in two parts and sees the order paid', async () => {
    const shop = await tenantId(stack.stack.prisma, STORE);
    await stack.stack.prisma.commerceSettings.upsert({ where: { tenantId: shop }, create: { tenantId: shop, paymentMethods: ['CARD', 'BANK_TRANSFER'] }, update: { paymentMethods: ['CARD', 'BANK_TRANSFER'] } });
    const product = await makeProduct(stack.stack.prisma, shop, { price: 500_000n, stock: 5 });

    await page.goto(`${storefrontUrl}${BASE}/p/${product.sku.toLowerCase()}`);
    await page.getByLabel(en['shop.cart.quantity']).fill('1');
    await page.getByRole('button', { name: en['shop.cart.add'] }).click();
    await page.getByText(en['shop.cart.added']).waitFor();
    await page.goto(`${storefrontUrl}${BASE}/checkout`);
    await page.getByLabel(en['shop.checkout.field.email']).fill('transfer.payer@example.com');
    await page.getByLabel(en['shop.checkout.field.name']).fill('Ada Obi');
    await page.getByLabel(en['shop.checkout.field.phone']).fill('0803 123 4567');
    await page.getByLabel(en['shop.checkout.field.line1']).fill('12 Admiralty Way');
    await page.getByLabel(en['shop.checkout.field.city']).fill('Lekki');
    await page.getByLabel(en['shop.checkout.field.region']).selectOption('Lagos');
    await page.getByRole('button', { name: en['shop.checkout.continue'] }).click();
    await page.getByRole('group', { name: en['shop.checkout.paymentMethod'] }).waitFor();
    await page.getByLabel(en['shop.checkout.method.BANK_TRANSFER']).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: en['shop.checkout.placeOrder'] }).click();

    // The order page: the account to pay into, and all of it still to pay.
    await page.waitForURL((url) => /\/orders\/[0-9a-f-]{36}$/.test(url.pathname));
    const orderId = new URL(page.url()).pathname.split('/').pop()!;
    const order = await stack.stack.prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { payments: true } });
    const account = order.payments[0].bankAccountNumber!;
    await page.getByTestId('transfer-account').getByText(account).waitFor();
    const owedAtFirst = await page.getByTestId('still-to-pay').textContent();
    await expectAccessible(page);
    await screenshot(page, 'bank-transfer-order');

    // The sandbox bank: half now, then the rest.
    await page.getByRole('link', { name: en['shop.order.transferSandbox'] }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/pay/sandbox/'));
    const half = Number(order.total / 2n) / 100;
    await page.getByLabel(/Simulate a transfer of/).fill(half.toFixed(2));
    await page.getByRole('button', { name: 'Simulate transfer' }).click();
    await page.getByTestId('sandbox-received').getByText(/Still to pay/).waitFor();
    await page.getByRole('link', { name: 'Back to the shop' }).click();
    await page.waitForURL((url) => /\/orders\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.getByTestId('transfer-account').waitFor();
    expect(await page.getByTestId('still-to-pay').textContent()).not.toBe(owedAtFirst);
    const orderUrl = page.url();

    await page.getByRole('link', { name: en['shop.order.transferSandbox'] }).click();
    await page.getByRole('button', { name: 'Simulate transfer' }).click();
    await page.getByTestId('sandbox-received').getByText(/Still to pay: ₦0/).waitFor();
    await page.goto(orderUrl);
    await page.getByText(en['shop.order.thanks']).waitFor({ timeout: 30_000 });
    await page.getByTestId('bank-transfer').waitFor({ state: 'detached' });
    expect((await stack.stack.prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('PAID');
  });

  // USSD (decision 0087): the shopper picks their bank, the order page shows the code to dial, and the
  // sandbox's phone page "dials" it; back at the shop the order is paid.
  test('a shopper pays by USSD from their bank and sees the order paid', async () => {
    const shop = await tenantId(stack.stack.prisma, STORE);
    await stack.stack.prisma.commerceSettings.upsert({ where: { tenantId: shop }, create: { tenantId: shop, paymentMethods: ['CARD', 'USSD'] }, update: { paymentMethods: ['CARD', 'USSD'] } });
    const product = await makeProduct(stack.stack.prisma, shop, { price: 300_000n, stock: 5 });

    await page.goto(`${storefrontUrl}${BASE}/p/${product.sku.toLowerCase()}`);
    await page.getByLabel(en['shop.cart.quantity']).fill('1');
    await page.getByRole('button', { name: en['shop.cart.add'] }).click();
    await page.getByText(en['shop.cart.added']).waitFor();
    await page.goto(`${storefrontUrl}${BASE}/checkout`);
    await page.getByLabel(en['shop.checkout.field.email']).fill('ussd.payer@example.com');
    await page.getByLabel(en['shop.checkout.field.name']).fill('Ada Obi');
    await page.getByLabel(en['shop.checkout.field.phone']).fill('0803 123 4567');
    await page.getByLabel(en['shop.checkout.field.line1']).fill('12 Admiralty Way');
    await page.getByLabel(en['shop.checkout.field.city']).fill('Lekki');
    await page.getByLabel(en['shop.checkout.field.region']).selectOption('Lagos');
    await page.getByRole('button', { name: en['shop.checkout.continue'] }).click();
    await page.getByRole('group', { name: en['shop.checkout.paymentMethod'] }).waitFor();
    await page.getByRole('radio', { name: new RegExp(`^${en['shop.checkout.method.USSD']}`) }).check();
    await page.getByTestId('ussd-bank').selectOption('737');
    await expectAccessible(page);
    await page.getByRole('button', { name: en['shop.checkout.placeOrder'] }).click();

    await page.waitForURL((url) => /\/orders\/[0-9a-f-]{36}$/.test(url.pathname));
    const orderId = new URL(page.url()).pathname.split('/').pop()!;
    const code = (await stack.stack.prisma.payment.findFirstOrThrow({ where: { orderId } })).ussdCode!;
    expect(code).toMatch(/^\*737\*000\*\d{4}#$/);
    await page.getByTestId('ussd-code').getByText(code).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'ussd-order');

    await page.getByRole('link', { name: en['shop.order.phoneChargeSandbox'] }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/pay/sandbox/'));
    await page.getByTestId('ussd-code').getByText(code).waitFor();
    await page.getByRole('button', { name: 'Simulate dialling' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/pay/sandbox/'));
    await page.goto(`${storefrontUrl}${BASE}/orders/${orderId}`);
    await page.getByText(en['shop.order.thanks']).waitFor({ timeout: 30_000 });
    expect((await stack.stack.prisma.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe('PAID');
  });
}

describeInChromium('bank transfer', bankTransferSuite);
