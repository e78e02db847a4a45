// Password reset and e-mail verification in a real browser on a phone-sized screen (issue 15, decision 0056):
// "Forgot password?" on the shop's sign-in page, the mailed link (read from the request identity recorded
// for notifications, its seal opened) opens the reset page, the new password signs in and the old one does
// not; a new customer sees "verify your email" in the account, asks for the link again, and confirms it on
// the link's page; the back office's sign-in has the same way back in. axe checks each new page.
import { decryptSecret, hashPassword, TOPICS, type MessageRequestedPayload } from '@webwaka/kit';
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import { createUser } from '../support/callers';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const PASSWORD = 'Ofada-rice-with-stew-3';
const NEW_PASSWORD = 'Chin-chin-for-the-road-6';

function accountLinksSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
  }, 300_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    return context.newPage();
  }

  /** The link of the newest `template` message to `email`, on this test's storefront. */
  async function mailedLink(email: string, template: string): Promise<string> {
    const rows = await stack.stack.prisma.outboxEvent.findMany({ where: { topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED, payload: { path: ['to', 'email'], equals: email } }, orderBy: { id: 'asc' } });
    const messages = rows.map((r) => r.payload as unknown as MessageRequestedPayload).filter((m) => m.template === template);
    expect(messages.length).toBeGreaterThan(0);
    const url = new URL(decryptSecret(messages[messages.length - 1].secretSealed!));
    return `${storefrontUrl}${url.pathname}${url.search}`;
  }

  async function signIn(page: Page, path: string, email: string, password: string): Promise<void> {
    await page.getByLabel(en['signIn.email']).fill(email);
    await page.getByLabel(en['signIn.password']).fill(password);
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
    expect(new URL(page.url()).pathname).toBe(path);
  }

  test('a customer who forgot the password gets back in through the mailed link', async () => {
    const email = `forgot.${Date.now()}@example.ng`;
    const tenant = await stack.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: STORE } });
    await createUser(stack.stack.prisma, { email, name: 'Kemi Adeyemi', passwordHash: await hashPassword(PASSWORD), memberships: [{ tenantId: tenant.id, role: 'CUSTOMER' }] });
    const page = await newPage();
    await page.goto(`${storefrontUrl}/s/${STORE}/sign-in`);
    await page.getByRole('link', { name: en['accountLink.forgotLink'] }).click();
    await page.getByRole('heading', { level: 1, name: en['accountLink.forgot.title'] }).waitFor();
    await expectAccessible(page);
    await page.getByLabel(en['accountLink.forgot.email']).fill(email);
    await page.getByRole('button', { name: en['accountLink.forgot.submit'] }).click();
    await page.getByRole('status').filter({ hasText: email }).waitFor();
    await screenshot(page, 'forgot-password');

    await page.goto(await mailedLink(email, 'account.password_reset'));
    await page.getByRole('heading', { level: 1, name: en['accountLink.reset.title'] }).waitFor();
    await expectAccessible(page);
    await page.getByLabel(en['accountLink.reset.newPassword'], { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel(en['accountLink.reset.confirm']).fill(`${NEW_PASSWORD}x`);
    await page.getByRole('button', { name: en['accountLink.reset.submit'] }).click();
    await page.getByRole('alert').filter({ hasText: en['accountLink.reset.mismatch'] }).waitFor();
    await page.getByLabel(en['accountLink.reset.newPassword'], { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel(en['accountLink.reset.confirm']).fill(NEW_PASSWORD);
    await screenshot(page, 'reset-password');
    await page.getByRole('button', { name: en['accountLink.reset.submit'] }).click();
    await page.waitForURL((url) => url.pathname === `/s/${STORE}/sign-in` && url.searchParams.get('reset') === '1');
    await page.getByRole('status').filter({ hasText: en['accountLink.reset.done'] }).waitFor();

    // The old password no longer works; the new one does. The link is spent.
    await page.getByLabel(en['signIn.email']).fill(email);
    await page.getByLabel(en['signIn.password']).fill(PASSWORD);
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    await page.getByRole('alert').filter({ hasText: en['error.INVALID_CREDENTIALS'] }).waitFor();
    await signIn(page, `/s/${STORE}`, email, NEW_PASSWORD);
    const again = await newPage();
    await again.goto(await mailedLink(email, 'account.password_reset'));
    await again.getByLabel(en['accountLink.reset.newPassword'], { exact: true }).fill('Another-new-password-9');
    await again.getByLabel(en['accountLink.reset.confirm']).fill('Another-new-password-9');
    await again.getByRole('button', { name: en['accountLink.reset.submit'] }).click();
    await again.getByRole('alert').filter({ hasText: en['accountLink.error.TOKEN_USED'] }).waitFor();
  });

  test('a new customer is asked to verify the address, asks again, and confirms it', async () => {
    const email = `verify.${Date.now()}@example.ng`;
    const page = await newPage();
    await page.goto(`${storefrontUrl}/s/${STORE}/sign-up`);
    await page.getByLabel(en['shop.signUp.name']).fill('Bola Ige');
    await page.getByLabel(en['shop.signUp.email']).fill(email);
    await page.getByLabel(en['shop.signUp.password']).fill(PASSWORD);
    await page.getByRole('button', { name: en['shop.signUp.submit'] }).click();
    await page.getByRole('heading', { level: 1, name: en['shop.account.title'] }).waitFor();
    const notice = page.getByRole('region', { name: en['accountLink.verify.title'] });
    await notice.waitFor();
    await expectAccessible(page);
    await notice.getByRole('button', { name: en['accountLink.resend.submit'] }).click();
    await notice.getByRole('status').filter({ hasText: en['accountLink.resend.sent'] }).waitFor();
    await screenshot(page, 'verify-email-notice');

    const link = await newPage();
    await link.goto(await mailedLink(email, 'account.email_verification'));
    await link.getByRole('heading', { level: 1, name: en['accountLink.verify.title'] }).waitFor();
    await expectAccessible(link);
    await link.getByRole('button', { name: en['accountLink.verify.submit'] }).click();
    await link.getByRole('status').filter({ hasText: email }).waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: en['shop.account.title'] }).waitFor();
    expect(await page.getByRole('region', { name: en['accountLink.verify.title'] }).count()).toBe(0);
  });

  test("the back office's sign-in leads to a reset link for its staff", async () => {
    const page = await newPage();
    await page.goto(`${storefrontUrl}/admin/${STORE}/sign-in`);
    await page.getByRole('link', { name: en['accountLink.forgotLink'] }).click();
    await page.getByRole('heading', { level: 1, name: en['accountLink.forgot.title'] }).waitFor();
    await expectAccessible(page);
    await page.getByLabel(en['accountLink.forgot.email']).fill('staff@webwaka.test');
    await page.getByRole('button', { name: en['accountLink.forgot.submit'] }).click();
    await page.getByRole('status').filter({ hasText: 'staff@webwaka.test' }).waitFor();
    const link = await mailedLink('staff@webwaka.test', 'account.password_reset');
    expect(new URL(link).pathname).toBe(`/admin/${STORE}/reset-password`);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: en['accountLink.reset.title'] }).waitFor();
    await expectAccessible(page);
  });
}

describeInChromium('password reset and e-mail verification (Chromium, phone)', accountLinksSuite);
