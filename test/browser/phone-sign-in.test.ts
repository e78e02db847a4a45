// Sign-in with a one-time code by SMS in a real browser on a phone-sized screen (issue 15, decision 0062):
// "Sign in with your phone" on the shop's sign-in page, the number typed as dialled at home, the code read
// from the text message the SMS sandbox recorded, a wrong code refused next to the form, the right one
// signing a new customer in (account made, named as typed); then the same without JavaScript, and that
// customer closing the account with a fresh texted code (decision 0079). axe checks both steps.
import type { Browser, Page } from 'playwright-core';
import phoneText from '../../storefront/messages/phone-sign-in.en.json';
import en from '../../storefront/messages/en.json';
import type { TestStack } from '../support/stack';
import { waitFor } from '../support/wait';
import { describeInChromium, expectAccessible, screenshot, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';

function phoneSignInSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
  }, 300_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  async function newPage(javaScriptEnabled = true): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled });
    return context.newPage();
  }

  /** The code in the newest text message the SMS sandbox recorded for `e164`, as the phone shows it. */
  async function textedCode(e164: string, after = new Date(0)): Promise<string> {
    const sms = await waitFor(async () => (await stack.stack.prisma.sandboxMessage.findMany({ where: { to: e164, channel: 'SMS', receivedAt: { gt: after } }, orderBy: { receivedAt: 'desc' } }))[0] ?? null, 20_000);
    return /\b(\d{6})\b/.exec(sms!.text)![1];
  }

  const fresh = (n: number) => {
    const rest = `80${String(Date.now() % 1e6).padStart(6, '0')}${n}0`;
    return { local: `0${rest.slice(0, 3)} ${rest.slice(3, 6)} ${rest.slice(6)}`, e164: `+234${rest}` };
  };

  async function askForCode(page: Page, local: string, e164: string): Promise<void> {
    await page.goto(`${storefrontUrl}/s/${STORE}/sign-in`);
    await page.getByRole('link', { name: phoneText['phone.link'] }).click();
    await page.getByRole('heading', { level: 1, name: phoneText['phone.title'] }).waitFor();
    await page.getByLabel(phoneText['phone.number']).fill(local);
    await page.getByRole('button', { name: phoneText['phone.send'] }).click();
    await page.getByRole('status').filter({ hasText: e164 }).waitFor();
  }

  test('a new customer signs in with a code texted to their phone', async () => {
    const phone = fresh(1);
    const page = await newPage();
    await page.goto(`${storefrontUrl}/s/${STORE}/sign-in`);
    await page.getByRole('link', { name: phoneText['phone.link'] }).click();
    await page.getByRole('heading', { level: 1, name: phoneText['phone.title'] }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'phone-sign-in-number');
    await askForCode(page, phone.local, phone.e164);
    await expectAccessible(page);
    const code = await textedCode(phone.e164);

    await page.getByLabel(phoneText['phone.code']).fill(code === '000000' ? '000001' : '000000');
    await page.getByRole('button', { name: phoneText['phone.submit'] }).click();
    await page.getByRole('alert').filter({ hasText: phoneText['phone.error.INVALID_CREDENTIALS'] }).waitFor();

    await page.getByLabel(phoneText['phone.code']).fill(code);
    await page.getByLabel(phoneText['phone.name']).fill('Bola Ogun');
    await screenshot(page, 'phone-sign-in-code');
    await page.getByRole('button', { name: phoneText['phone.submit'] }).click();
    await page.waitForURL((url) => !url.pathname.includes('/sign-in'));
    await page.goto(`${storefrontUrl}/s/${STORE}/account`);
    await page.getByRole('heading', { level: 1, name: en['shop.account.title'] }).waitFor();
    await page.getByText(`Bola Ogun (${phone.e164})`).waitFor();
    const user = await stack.stack.prisma.user.findUniqueOrThrow({ where: { phone: phone.e164 } });
    expect(user).toMatchObject({ name: 'Bola Ogun', email: null, passwordHash: null });
  });

  test('works without JavaScript', async () => {
    const phone = fresh(2);
    const page = await newPage(false);
    await askForCode(page, phone.local, phone.e164);
    await page.getByLabel(phoneText['phone.code']).fill(await textedCode(phone.e164));
    await page.getByRole('button', { name: phoneText['phone.submit'] }).click();
    await page.waitForURL((url) => !url.pathname.includes('/sign-in'));
    await page.goto(`${storefrontUrl}/s/${STORE}/account`);
    await page.getByRole('heading', { level: 1, name: en['shop.account.title'] }).waitFor();
    await page.getByText(`(${phone.e164})`).waitFor();

    // The phone-only customer closes the account with a fresh code texted to the same number (decision 0079).
    await page.getByRole('link', { name: phoneText['phone.close.link'] }).click();
    await page.getByRole('heading', { level: 1, name: phoneText['phone.close.title'] }).waitFor();
    const before = new Date();
    await page.getByRole('button', { name: phoneText['phone.close.sendCode'] }).click();
    await page.getByLabel(phoneText['phone.close.code']).waitFor();
    await page.getByLabel(phoneText['phone.close.code']).fill(await textedCode(phone.e164, before));
    await screenshot(page, 'phone-close-account');
    await page.getByRole('button', { name: phoneText['phone.close.confirm'] }).click();
    await page.getByRole('status').filter({ hasText: 'Your account is closed' }).waitFor();
    expect((await stack.stack.prisma.user.findUniqueOrThrow({ where: { phone: phone.e164 } })).deletionRequestedAt).not.toBeNull();
    await page.goto(`${storefrontUrl}/s/${STORE}/account`);
    await page.waitForURL((url) => url.pathname.includes('/sign-in'));
  });
}

describeInChromium('sign-in with a code by SMS (Chromium, phone)', phoneSignInSuite);
