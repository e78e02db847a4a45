// Messages in a real browser on a phone-sized screen (issue 15): a shop's administrator opens Messages,
// finds a password-reset e-mail in the delivery log and reads it with its one-time link redacted, sends a
// dead letter again, edits the order confirmation's subject and sees the live preview follow the typing,
// saves it and goes back to the default, and reads the providers page; the platform's operator opens the
// Mailbox and reads that same e-mail as the local mail sink received it (in a sandboxed frame); a customer
// turns marketing e-mail off in their account; an unsubscribe link opened signed out only asks, its button
// unsubscribes, and a mail client's one-click POST (RFC 8058) to the List-Unsubscribe address acts at once.
// The SMS sent again from the dead-letter list is reported delivered by the sandbox, and the log says so.
// axe checks every page.
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import nt from '../../storefront/messages/notifications-admin.en.json';
import ns from '../../storefront/messages/notifications-shop.en.json';
import { recordEvent, TOPICS } from '../../subgraphs/kit/src/events';
import { encryptSecret } from '../../subgraphs/protocol/src/crypto';
import { oneClickUnsubscribeUrl, unsubscribeToken } from '../../subgraphs/notifications/src/services/preferences';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const PLATFORM = 'webwaka';
const READER = 'ada.reader@example.ng';
const RESET_URL = 'https://shop.example.ng/s/ade-fashion/reset-password?token=BROWSER-TEST-ONE-TIME-9f3k';
const PHONE = '+2348031234567';
const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_w, k: string) => String(vars[k]));

function messagesSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  let page: Page;
  let tenantId: string;

  /** Waits until the message of a request reached `status` (the notifications consumer and sender run in the stack). */
  async function messageOf(recipient: string, status: string) {
    const deadline = Date.now() + 90_000;
    for (;;) {
      const m = await stack.stack.prisma.message.findFirst({ where: { tenantId, recipient }, orderBy: { id: 'desc' } });
      if (m?.status === status) return m;
      if (Date.now() > deadline) throw new Error(`message to ${recipient}: ${m?.status ?? 'none'}, not ${status}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium({ demoProducts: 10 }));
    const prisma = stack.stack.prisma;
    tenantId = (await prisma.tenant.findUniqueOrThrow({ where: { slug: STORE } })).id;
    // A password reset by e-mail (its link sealed, as identity asks for it) and an order update by SMS.
    await prisma.$transaction(async (tx) => {
      await recordEvent(tx, {
        tenantId,
        topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED,
        payload: { key: 'browser:reset', tenantId, template: 'account.password_reset', to: { email: READER, name: 'Ada' }, channels: ['EMAIL'], variables: { name: 'Ada', storeName: 'Ade Fashion', expiresInMinutes: '30' }, secretSealed: encryptSecret(RESET_URL) },
      });
      await recordEvent(tx, {
        tenantId,
        topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED,
        payload: { key: 'browser:status', tenantId, template: 'order.status_changed', to: { phone: PHONE, name: 'Ada' }, channels: ['SMS'], variables: { name: 'Ada', orderNumber: 'ADE-4242', status: 'shipped', orderUrl: 'https://shop.example.ng/o/ADE-4242' } },
      });
    });
    await messageOf(READER, 'SENT');
    // The SMS gave up (as after a provider's outage): a dead letter for the administrator to send again.
    const sms = await messageOf(PHONE, 'DELIVERED');
    await prisma.message.update({ where: { id: sms.id }, data: { status: 'DEAD', lastError: 'termii: 503 Service Unavailable', attempts: 6 } });

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await context.newPage();
  }, 300_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  test('the administrator finds the reset e-mail in the delivery log and reads it with its link redacted', async () => {
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'client' });
    await page.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name: en['admin.nav.messages'] }).click();
    await page.getByRole('heading', { level: 1, name: nt.title }).waitFor();
    const log = page.getByTestId('notification-messages');
    await log.getByRole('row').filter({ hasText: READER }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'backoffice-messages-log');

    // Filtered by recipient and channel, newest first.
    await page.getByLabel(nt['filter.recipient']).fill('ada.reader');
    await page.getByLabel(nt['filter.channel']).selectOption('EMAIL');
    await page.getByRole('button', { name: nt['filter.submit'] }).click();
    await page.waitForURL((url) => url.searchParams.get('recipient') === 'ada.reader');
    await expect(log.getByRole('row').filter({ hasText: PHONE }).count()).resolves.toBe(0);
    await log.getByRole('link', { name: nt['template.account.password_reset'] }).click();

    await page.getByRole('heading', { level: 1, name: fill(nt['message.title'], { recipient: READER }) }).waitFor();
    const body = (await page.getByTestId('message-body').textContent()) ?? '';
    expect(body).toContain('••••••');
    expect(body).not.toContain('BROWSER-TEST-ONE-TIME');
    await page.getByTestId('message-details').locator('[data-status="SENT"]').getByText(nt['status.SENT']).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'backoffice-message');
  });

  test('the administrator sends a dead letter again', async () => {
    await page.getByRole('link', { name: nt['message.back'] }).click();
    await page.getByRole('link', { name: nt['tabs.dead'] }).click();
    await page.getByRole('heading', { level: 1, name: nt['dead.title'] }).waitFor();
    await page.getByTestId('notification-messages').getByRole('link', { name: nt['template.order.status_changed'] }).click();
    await page.getByTestId('last-error').getByText('termii: 503').waitFor();
    await page.getByRole('button', { name: nt['message.retry'] }).click();
    await page.getByRole('status').getByText(nt['done.retried']).waitFor();
    const sms = await stack.stack.prisma.message.findFirstOrThrow({ where: { tenantId, recipient: PHONE } });
    expect(sms.status).not.toBe('DEAD');
    // Sent again through the SMS sandbox, which reports it delivered as Termii would: the log shows it.
    await messageOf(PHONE, 'DELIVERED');
    await page.reload();
    await page.getByTestId('message-details').locator('[data-status="DELIVERED"]').getByText(nt['status.DELIVERED']).waitFor();
  });

  test('the administrator edits a template, sees the preview follow, saves it and resets it', async () => {
    await page.goto(`${storefrontUrl}/admin/${STORE}/messages`);
    await page.getByRole('link', { name: nt['tabs.templates'] }).click();
    await page.getByRole('heading', { level: 1, name: nt['templates.title'] }).waitFor();
    await expectAccessible(page);
    const message = nt['template.order.confirmed'];
    const channel = nt['channel.EMAIL'];
    await page.getByRole('link', { name: fill(nt['templates.editFor'], { message, channel }) }).click();
    await page.getByRole('heading', { level: 1, name: fill(nt['editor.title'], { message, channel, language: nt['locale.en'] }) }).waitFor();
    const preview = page.getByTestId('template-preview');
    await preview.getByTestId('preview-text').waitFor();

    await page.getByLabel(nt['editor.subject']).fill('Thank you! Order {{orderNumber}} is on its way to packing');
    await preview.getByTestId('preview-subject').getByText(/^Thank you! Order \S+ is on its way to packing$/).waitFor();
    await page.getByLabel(nt['editor.body'], { exact: true }).fill('Dear {{name}}, order {{orderNumber}} from {{storeName}} is ours to pack now.');
    await preview.getByTestId('preview-text').getByText(/Dear \S+, order \S+ from .+ is ours to pack now\./).waitFor();
    expect(await preview.getByTestId('preview-text').textContent()).not.toContain('{{');
    // The HTML e-mail shows in a frame that runs nothing.
    expect(await preview.getByTestId('preview-html').getAttribute('sandbox')).toBe('');
    await page.frameLocator('[data-testid="preview-html"]').getByText(/is ours to pack now\./).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'backoffice-template-editor');

    await page.getByRole('button', { name: nt['editor.save'] }).click();
    await page.getByRole('status').getByText(nt['done.saved']).waitFor();
    await page.getByTestId('template-origin').getByText(nt['editor.isCustomised']).waitFor();
    const saved = await stack.stack.prisma.messageTemplate.findFirstOrThrow({ where: { tenantId, key: 'order.confirmed', channel: 'EMAIL', locale: 'en' } });
    expect(saved.subject).toBe('Thank you! Order {{orderNumber}} is on its way to packing');

    await page.getByRole('button', { name: nt['editor.reset'] }).click();
    await page.getByRole('status').getByText(nt['done.reset']).waitFor();
    await page.getByTestId('template-origin').getByText(nt['editor.isDefault']).waitFor();
    expect(await stack.stack.prisma.messageTemplate.count({ where: { tenantId, key: 'order.confirmed', channel: 'EMAIL', locale: 'en' } })).toBe(0);
  });

  test('the administrator reads the providers page; credentials are never shown back', async () => {
    await page.getByRole('link', { name: nt['editor.back'] }).click();
    await page.getByRole('link', { name: nt['tabs.providers'] }).click();
    await page.getByRole('heading', { level: 1, name: nt['providers.title'] }).waitFor();
    const email = page.getByRole('form', { name: fill(nt['providers.saveFor'], { channel: nt['channel.EMAIL'] }) });
    expect(await email.getByLabel(nt['providers.credentials']).inputValue()).toBe('');
    expect(await email.getByLabel(nt['providers.credentials']).getAttribute('type')).toBe('password');
    await expectAccessible(page);
    await screenshot(page, 'backoffice-message-providers');
  });

  test("the platform's operator reads the reset e-mail in the Mailbox, in a sandboxed frame", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const operator = await context.newPage();
    await signInToBackOffice(operator, { stack, storefrontUrl, tenant: PLATFORM, user: 'superadmin' });
    await operator.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name: en['admin.nav.mailbox'] }).click();
    await operator.getByRole('heading', { level: 1, name: nt['mailbox.title'] }).waitFor();
    await operator.getByLabel(nt['mailbox.to']).fill(READER);
    await operator.getByRole('button', { name: nt['filter.submit'] }).click();
    await operator.waitForURL((url) => url.searchParams.get('to') === READER);
    const row = operator.getByTestId('mailbox').getByRole('row').filter({ hasText: READER });
    await expectAccessible(operator);
    await row.getByRole('link').first().click();
    await operator.getByRole('heading', { level: 1, name: fill(nt['mailbox.message'], { to: READER }) }).waitFor();
    const frame = operator.getByTestId('mailbox-html');
    expect(await frame.getAttribute('sandbox')).toBe('');
    // The sink holds the message as it was sent: the link it delivered is there (the log kept it redacted).
    await operator.frameLocator('[data-testid="mailbox-html"]').getByText(RESET_URL).waitFor();
    await expectAccessible(operator);
    await screenshot(operator, 'backoffice-mailbox');
    await context.close();
  });

  test('a customer turns marketing e-mail off; an unsubscribe link asks before it acts, one-click POST acts, a forged one does not', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const shopper = await context.newPage();
    await shopper.goto(`${storefrontUrl}/s/${STORE}/account/notifications`);
    await shopper.getByLabel(en['signIn.email']).fill(stack.demo.customerEmail);
    await shopper.getByLabel(en['signIn.password']).fill(stack.demo.customerPassword);
    await shopper.getByRole('button', { name: en['signIn.submit'] }).click();
    await shopper.getByRole('heading', { level: 1, name: ns['prefs.title'] }).waitFor();
    const marketing = shopper.getByRole('group', { name: ns['prefs.marketing'] });
    await marketing.getByLabel(ns['prefs.marketingEmail']).uncheck();
    await shopper.getByRole('button', { name: ns['prefs.save'] }).click();
    await shopper.getByRole('status').getByText(ns['prefs.saved']).waitFor();
    expect(await marketing.getByLabel(ns['prefs.marketingEmail']).isChecked()).toBe(false);
    expect(await marketing.getByLabel(ns['prefs.marketingSms']).isChecked()).toBe(true);
    await expectAccessible(shopper);
    await context.close();

    const anonymous = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    const link = `${storefrontUrl}/u/${STORE}/${unsubscribeToken(tenantId, 'EMAIL', READER)}`;
    const shop = (await stack.stack.prisma.tenant.findUniqueOrThrow({ where: { id: tenantId } })).name;
    const preference = (subject: string) => stack.stack.prisma.messagePreference.findUnique({ where: { tenantId_subject: { tenantId, subject } } });
    // Opening the link (as a mail scanner or a link preview would) only asks.
    const opened = await fetch(link);
    expect(opened.status).toBe(200);
    expect(await opened.text()).toContain(fill(ns['unsubscribe.question'], { shop }).replace(/'/g, '&#x27;'));
    await anonymous.goto(link);
    const question = anonymous.getByRole('form', { name: fill(ns['unsubscribe.question'], { shop }) });
    await question.getByText(fill(ns['unsubscribe.address'], { address: READER })).waitFor();
    expect(await anonymous.locator('main').getAttribute('data-outcome')).toBe('asking');
    expect(await preference(`email:${READER}`)).toBeNull();
    await expectAccessible(anonymous);
    await screenshot(anonymous, 'unsubscribe-question');
    // The person's button acts.
    await question.getByRole('button', { name: ns['unsubscribe.confirm'] }).click();
    await anonymous.getByRole('status').getByText(fill(ns['unsubscribe.done'], { shop })).waitFor();
    expect(await anonymous.locator('main').getAttribute('data-outcome')).toBe('done');
    await expectAccessible(anonymous);
    await screenshot(anonymous, 'unsubscribe');
    expect((await preference(`email:${READER}`))?.marketingEmail).toBe(false);
    // A forged token: the button says the link does not work.
    await anonymous.goto(`${storefrontUrl}/u/${STORE}/${unsubscribeToken(tenantId, 'EMAIL', READER).slice(0, -4)}abcd`);
    await anonymous.getByRole('button', { name: ns['unsubscribe.confirm'] }).click();
    await anonymous.getByRole('alert').getByText(ns['unsubscribe.failed']).waitFor();

    // A mail client's one-click (RFC 8058: the e-mail's List-Unsubscribe-Post) POSTs to the List-Unsubscribe
    // address; a GET there only leads to the question; a forged token is refused.
    const oneClick = oneClickUnsubscribeUrl(STORE, unsubscribeToken(tenantId, 'SMS', PHONE)).replace(/^https?:\/\/[^/]+/, storefrontUrl);
    const peeked = await fetch(oneClick, { redirect: 'manual' });
    expect([peeked.status, new URL(peeked.headers.get('location')!).pathname]).toEqual([303, `/u/${STORE}/${unsubscribeToken(tenantId, 'SMS', PHONE)}`]);
    expect(await preference(`phone:${PHONE}`)).toBeNull();
    const forged = await fetch(oneClick.replace('/one-click', 'x/one-click'), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(forged.status).toBe(400);
    const posted = await fetch(oneClick, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(posted.status).toBe(200);
    expect((await preference(`phone:${PHONE}`))?.marketingSms).toBe(false);
  });
}

describeInChromium('back office: messages and mailbox (Chromium)', messagesSuite);
