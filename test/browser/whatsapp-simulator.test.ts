// The WhatsApp simulator on a phone-sized screen (issue 17, decision 0075): the shop's administrator opens
// it from the WhatsApp inbox, connects it as the shop's number, says hi as a customer and taps through the
// shop assistant's menu to the categories; the conversation is then in the staff inbox. axe checks the pages.
import type { Browser, Page } from 'playwright-core';
import wa from '../../storefront/messages/whatsapp-admin.en.json';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';

function simulatorSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium({ demoProducts: 4 }));
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await context.newPage();
  }, 300_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  test('a customer’s chat with the shop assistant, sent and answered through the simulator', async () => {
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'client', path: '/orders/whatsapp', landing: wa['inbox.title'] });
    await page.getByRole('link', { name: wa['inbox.simulator'] }).click();
    await page.getByRole('heading', { level: 1, name: wa['simulator.title'] }).waitFor();
    await page.getByRole('button', { name: wa['simulator.connect'] }).click();
    await page.getByTestId('simulator-connected').waitFor();
    await expectAccessible(page);

    await page.getByLabel(wa['simulator.message']).fill('Hi');
    await page.getByRole('button', { name: wa['simulator.send'], exact: true }).click();
    const greeting = page.getByTestId('simulator-reply').filter({ hasText: 'Welcome to Ade Fashion' });
    await greeting.waitFor({ timeout: 60_000 });
    await greeting.getByRole('button', { name: 'Browse categories' }).click();
    await page.getByTestId('simulator-reply').filter({ hasText: 'Pick a category' }).waitFor({ timeout: 60_000 });
    await screenshot(page, 'whatsapp-simulator-390');
    // The phone fits the screen: nothing scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await page.goto(`${storefrontUrl}/admin/${STORE}/orders/whatsapp`);
    await page.getByTestId('conversation-row').first().getByRole('link').click();
    await page.getByTestId('conversation-message').filter({ hasText: 'Pick a category' }).waitFor();
    await expectAccessible(page);

    // The person asks the shop to delete their chat (decision 0085): an administrator erases it by number.
    await page.goto(`${storefrontUrl}/admin/${STORE}/orders/whatsapp`);
    await page.getByRole('link', { name: wa['inbox.privacy'] }).click();
    await page.getByRole('heading', { level: 1, name: wa['privacy.title'] }).waitFor();
    await expectAccessible(page);
    const erase = page.getByRole('form', { name: wa['privacy.erase'] });
    await erase.getByLabel(wa['privacy.phone']).fill('0803 123 4567');
    await erase.getByLabel(wa['privacy.confirmLabel']).check();
    await erase.getByRole('button', { name: wa['privacy.eraseButton'] }).click();
    await page.getByRole('status').filter({ hasText: wa['privacy.erased'] }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    expect(await stack.stack.prisma.conversation.count({ where: { waId: '2348031234567' } })).toBe(0);
  });
}

describeInChromium('back office: the WhatsApp simulator (Chromium)', simulatorSuite);
