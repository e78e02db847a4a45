// "Order updates on this phone" in a real browser on a phone-sized screen (issue 15, decision 0063). A
// signed-in customer turns the switch on in their account's messages page: the page registers the shop's
// service worker, asks for notification permission, subscribes through PushManager with the installation's
// VAPID key and registers the subscription; an order update then reaches that subscription as web push.
// Chromium here has no push service (it is offline), so the test stands in for one the only way it can:
// the browser's PushManager.subscribe answers with a subscription the sandbox's push service made for the
// same VAPID key (test code in an init script; the page's code is the product's, unchanged). Turning the
// switch off removes it. Without that stand-in, the real subscribe fails and the page says so. axe checks.
import type { Browser, BrowserContext } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import ns from '../../storefront/messages/notifications-shop.en.json';
import { recordEvent, TOPICS } from '../../subgraphs/kit/src/events';
import { sandboxUrls } from '../../subgraphs/notifications/src/services/providers';
import { gql } from '../support/graphql';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';

function pushSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium({ demoProducts: 5 }));
  }, 900_000);
  afterAll(() => stopStorefrontAndChromium({ stack, browser }));

  async function signedInOnMessagesPage(context: BrowserContext) {
    const page = await context.newPage();
    await page.goto(`${storefrontUrl}/s/${STORE}/account/notifications`);
    await page.getByLabel(en['signIn.email']).fill(stack.demo.customerEmail);
    await page.getByLabel(en['signIn.password']).fill(stack.demo.customerPassword);
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    await page.getByRole('heading', { level: 1, name: ns['prefs.title'] }).waitFor();
    return page;
  }

  test('the service worker script is served to every shop', async () => {
    const res = await fetch(`${storefrontUrl}/push-sw.js`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain("addEventListener('push'");
  });

  test('a customer turns order updates on this phone on: the subscription is registered and an order update arrives as push; off removes it', async () => {
    const publicKey = (await gql(stack.gatewayUrl, '{ webPushPublicKey }')).data!.webPushPublicKey as string;
    const made = await fetch(`${sandboxUrls()!.httpUrl}/push/subscriptions`, { method: 'POST', body: JSON.stringify({ applicationServerKey: publicKey }) });
    const sub = (await made.json()) as { endpoint: string; keys: { p256dh: string; auth: string } };
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.grantPermissions(['notifications'], { origin: storefrontUrl });
    // The stand-in for the browser's push service (see the header): the page's calls are unchanged.
    await context.addInitScript((s: { endpoint: string; p256dh: string; auth: string }) => {
      let current: unknown = null;
      const w = window as unknown as { PushManager?: { prototype: Record<string, unknown> }; __pushKeyLength?: number };
      if (!w.PushManager) return;
      w.PushManager.prototype.subscribe = async function (options: { applicationServerKey?: ArrayBufferView | ArrayBuffer }) {
        w.__pushKeyLength = options?.applicationServerKey ? (options.applicationServerKey as ArrayBuffer).byteLength : 0;
        current = { endpoint: s.endpoint, expirationTime: null, toJSON: () => ({ endpoint: s.endpoint, expirationTime: null, keys: { p256dh: s.p256dh, auth: s.auth } }), unsubscribe: async () => ((current = null), true) };
        return current;
      };
      w.PushManager.prototype.getSubscription = async () => current;
    }, { endpoint: sub.endpoint, p256dh: sub.keys.p256dh, auth: sub.keys.auth });
    const page = await signedInOnMessagesPage(context);
    const group = page.getByRole('group', { name: ns['push.legend'] });
    const toggle = group.getByLabel(ns['push.toggle']);
    await page.waitForFunction(() => !(document.querySelector('[data-testid="push-toggle"] input') as HTMLInputElement | null)?.disabled);
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click(); // a switch that works asynchronously: checked once the browser and the server agreed
    await group.getByRole('status').getByText(ns['push.on']).waitFor();
    expect(await page.evaluate(() => (window as unknown as { __pushKeyLength?: number }).__pushKeyLength)).toBe(65);
    const customer = await stack.stack.prisma.user.findUniqueOrThrow({ where: { email: stack.demo.customerEmail } });
    const tenantId = (await stack.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: STORE } })).id;
    const row = await stack.stack.prisma.pushSubscription.findFirstOrThrow({ where: { tenantId, endpoint: sub.endpoint } });
    expect(row.userId).toBe(customer.id);
    expect(row.label).toMatch(/^Chrome/);
    await expectAccessible(page);
    await screenshot(page, 'shop-push-on');

    // An order update for this customer reaches the subscription as web push (decrypted by the sandbox).
    await recordEvent(stack.stack.prisma, {
      tenantId,
      topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED,
      payload: { key: `browser:push:${Date.now()}`, tenantId, template: 'order.status_changed', to: { userId: customer.id }, channels: ['EMAIL'], variables: { name: 'Ada', orderNumber: 'ADE-9001', status: 'delivered', orderUrl: `${storefrontUrl}/s/${STORE}/orders/x` } },
    });
    const deadline = Date.now() + 30_000;
    let received = null;
    while (!received && Date.now() < deadline) {
      received = await stack.stack.prisma.sandboxMessage.findFirst({ where: { channel: 'PUSH', to: sub.endpoint } });
      if (!received) await new Promise((r) => setTimeout(r, 250));
    }
    expect(received).toMatchObject({ subject: 'Order ADE-9001: delivered' });

    await toggle.click();
    await group.getByRole('status').getByText(ns['push.off']).waitFor();
    expect(await stack.stack.prisma.pushSubscription.count({ where: { tenantId, endpoint: sub.endpoint } })).toBe(0);
    await context.close();
  });

  test('without a push service (Chromium offline), turning it on says it could not, and nothing is registered', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.grantPermissions(['notifications'], { origin: storefrontUrl });
    const page = await signedInOnMessagesPage(context);
    const group = page.getByRole('group', { name: ns['push.legend'] });
    const toggle = group.getByLabel(ns['push.toggle']);
    await page.waitForFunction(() => !(document.querySelector('[data-testid="push-toggle"] input') as HTMLInputElement | null)?.disabled);
    const before = await stack.stack.prisma.pushSubscription.count();
    await toggle.click();
    await group.getByRole('alert').waitFor({ timeout: 30_000 });
    expect(await toggle.isChecked()).toBe(false);
    expect(await stack.stack.prisma.pushSubscription.count()).toBe(before);
    await expectAccessible(page);
    await context.close();
  });
}

describeInChromium('shop: order updates on this phone (web push)', pushSuite);
