// Subscriptions in a real browser (Debian Chromium via playwright-core) against the real stack, on a 390 px
// phone screen (decision 0058's pattern, decision 0060): the store's administrator turns selling on subscription
// on in Orders › Subscriptions; the product page then offers "Subscribe"; the demo customer subscribes through
// the API and pays the first order on the sandbox page; once active (the job's activation), the account's
// Subscriptions page shows it and pauses, resumes and skips it; the administrator sees it in the list and
// cancels it. axe-core (no serious/critical violations) on each page.
import { Peers } from '@webwaka/kit';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import subs from '../../storefront/messages/subscriptions-shop.en.json';
import { activate } from '../../subgraphs/commerce/src/services/subscriptions';
import { signIn } from '../support/callers';
import { gql } from '../support/graphql';
import { decideOnSandboxPage } from '../support/sandbox';
import type { TestStack } from '../support/stack';
import { waitFor } from '../support/wait';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const BASE = `/s/${STORE}`;

function subscriptionsSuite(): void {
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

  test('the administrator turns subscriptions on; a customer manages theirs on a phone; the administrator cancels it', async () => {
    const admin = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
    await signInToBackOffice(admin, { stack, storefrontUrl, tenant: STORE, user: 'client', path: '/orders/subscriptions', landing: subs['admin.title'] });
    await admin.getByText(subs['admin.offNow']).waitFor();
    await expectAccessible(admin);
    await admin.getByLabel(subs['admin.enabled']).check();
    await admin.getByRole('button', { name: subs['admin.save'] }).click();
    await admin.getByText(subs['admin.onNow']).waitFor();

    // The customer subscribes (through the API) to an in-stock product and pays the first order.
    const customer = await signIn(stack, STORE, 'customer');
    const products = await gql(stack.gatewayUrl, '{ searchProducts(first: 50) { edges { node { title slug variants { id availableForSale } } } } }', {}, { 'x-tenant': STORE });
    const product = products.data!.searchProducts.edges.map((e: any) => e.node).find((n: any) => n.variants.some((v: any) => v.availableForSale));
    const variant = product.variants.find((v: any) => v.availableForSale);
    const input = {
      variantId: variant.id,
      quantity: 1,
      interval: 'WEEKLY',
      idempotencyKey: `subscribe-${Date.now()}`,
      email: stack.demo.customerEmail,
      shippingAddress: { name: 'Ada Obi', line1: '12 Admiralty Way', city: 'Lekki', region: 'Lagos', country: 'NG' },
      shippingMethod: 'STANDARD',
    };
    const placed = ok(await gql(stack.gatewayUrl, 'mutation ($i: SubscribeInput!) { subscribe(input: $i) { subscription { id } order { id } payment { authorizationUrl } userErrors { code } } }', { i: input }, customer), 'subscribe');
    await decideOnSandboxPage(stack, placed.payment.authorizationUrl, 'pay');
    await waitFor(async () => (await stack.stack.prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } })).status === 'PAID');
    const deps = { prisma: stack.stack.prisma, peers: new Peers({ ...stack.stack.subgraphs }), requestId: 'browser-test', eventsRecorded: () => {} };
    await activate(deps, await stack.stack.prisma.subscription.findUniqueOrThrow({ where: { id: placed.subscription.id } }));

    // The product page offers it now.
    await page.goto(`${storefrontUrl}${BASE}/p/${product.slug}`);
    await page.getByRole('link', { name: subs['subscribe.offer'] }).waitFor();

    // The account's Subscriptions page: sign in, pause, resume, skip.
    await page.goto(`${storefrontUrl}${BASE}/account/subscriptions`);
    await page.getByLabel(en['signIn.email']).fill(stack.demo.customerEmail);
    await page.getByLabel(en['signIn.password']).fill(stack.demo.customerPassword);
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    await page.getByRole('heading', { level: 1, name: subs['subs.title'] }).waitFor();
    await page.getByTestId('subscriptions').getByText(subs['subs.status.ACTIVE']).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: subs['subs.pause'] }).click();
    await page.getByText(subs['subs.done.pause']).waitFor();
    await page.getByRole('button', { name: subs['subs.resume'] }).click();
    await page.getByText(subs['subs.done.resume']).waitFor();
    await page.getByRole('button', { name: subs['subs.skip'] }).click();
    await page.getByText(subs['subs.done.skip']).waitFor();
    await screenshot(page, 'subscriptions-account');
    expect(await stack.stack.prisma.subscription.findUniqueOrThrow({ where: { id: placed.subscription.id } })).toMatchObject({ status: 'ACTIVE', cycle: 2 });

    // The administrator sees it and cancels it.
    await admin.goto(`${storefrontUrl}/admin/${STORE}/orders/subscriptions`);
    await admin.getByRole('cell', { name: stack.demo.customerEmail }).first().waitFor();
    await expectAccessible(admin);
    await admin.getByRole('button', { name: new RegExp(`^${subs['admin.cancel']}: .*${stack.demo.customerEmail.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).first().click();
    await admin.getByText(subs['admin.cancelled']).waitFor();
    expect((await stack.stack.prisma.subscription.findUniqueOrThrow({ where: { id: placed.subscription.id } })).status).toBe('CANCELLED');
  });
}

describeInChromium('subscriptions', subscriptionsSuite);
