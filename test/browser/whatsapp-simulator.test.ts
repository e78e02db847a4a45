// The WhatsApp simulator on a phone-sized screen (issue 17, decision 0075): the shop's administrator opens
// it from the WhatsApp inbox, connects it as the shop's number, says hi as a customer and taps through the
// shop assistant's menu to the categories, then finds a product, orders it, pays on the sandbox page and is
// told in the chat (issue 17's "Done when"); the conversation and the order are then in the staff inbox and the
// back office; finally the person's chat is erased on their request (decision 0085). axe checks the pages.
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

    // On to an order and its payment, as the README's newcomer would (issue 17's "Done when").
    const replies = page.getByTestId('simulator-reply');
    const tapFirst = async (after: string) => {
      const reply = replies.filter({ hasText: after }).last();
      await reply.waitFor({ timeout: 60_000 });
      const count = await replies.count();
      await reply.getByRole('button').first().click();
      await replies.nth(count).waitFor({ timeout: 60_000 });
    };
    const say = async (text: string, answer: string) => {
      await page.getByLabel(wa['simulator.message']).fill(text);
      await page.getByRole('button', { name: wa['simulator.send'], exact: true }).click();
      await replies.filter({ hasText: answer }).last().waitFor({ timeout: 60_000 });
    };
    // The customer searches by a product's name (the demo's categories may hold none of the few demo products).
    const store = await stack.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: STORE } });
    const product = await stack.stack.prisma.product.findFirstOrThrow({ where: { tenantId: store.id, status: 'ACTIVE' }, orderBy: { createdAt: 'asc' } });
    await say(product.title, 'Here is what we have');
    await tapFirst('Here is what we have');
    await replies.last().getByRole('button', { name: 'Add to cart' }).or(replies.last().getByRole('button').first()).first().click();
    const added = replies.filter({ hasText: /^Added / }).last();
    await added.waitFor({ timeout: 60_000 });
    await added.getByRole('button', { name: 'Checkout' }).click();
    await replies.filter({ hasText: 'Send your delivery address' }).last().waitFor({ timeout: 60_000 });
    await say('Ada Obi, 12 Allen Avenue, Ikeja, Lagos', 'What e-mail address');
    await say('ada@example.com', 'How would you like to pay?');
    await replies.filter({ hasText: 'How would you like to pay?' }).last().getByRole('button', { name: 'Pay online' }).click();
    const placed = replies.filter({ hasText: /Pay here: / }).last();
    await placed.waitFor({ timeout: 60_000 });
    const [, number, link] = /Order (\S+) is placed: .* Pay here: (\S+)/s.exec((await placed.textContent()) ?? '')!;
    const payer = await page.context().newPage();
    // `npm start` sets PUBLIC_GATEWAY_URL, so the link is absolute; the test stack leaves it relative to the gateway.
    await payer.goto(new URL(link!, stack.gatewayUrl).toString());
    await payer.getByRole('button', { name: 'Pay', exact: true }).click();
    await payer.close();
    await replies.filter({ hasText: `Payment received for order ${number}` }).waitFor({ timeout: 60_000 });

    await page.goto(`${storefrontUrl}/admin/${STORE}/orders/whatsapp`);
    await page.getByTestId('conversation-row').first().getByRole('link').click();
    await page.getByTestId('conversation-message').filter({ hasText: 'Pick a category' }).waitFor();
    // The order is beside the chat in the inbox, and an ordinary paid order in the back office.
    await page.getByRole('link', { name: number! }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: number! }).waitFor();
    await page.goBack();
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
