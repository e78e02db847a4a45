// Storefront in a real browser: Debian Chromium driven by playwright-core (never `playwright install`).
// Default: the real stack from test/support/stack.ts (gateway + subgraphs + storefront).
// STOREFRONT_FAKE_GATEWAY=1: a throwaway fake gateway (./fake-gateway.ts) + the real storefront.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import { totpAt } from '../../subgraphs/kit/src/totp';
import { CHROMIUM_PATH, hasChromium } from '../support/services';
import { freePort, startStorefront } from '../../scripts/storefront';
import { startFakeGateway, type FakeGateway } from './fake-gateway';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
const SCREENSHOT_DIR = resolve(__dirname, '../../test-artifacts/screenshots');
const USE_FAKE_GATEWAY = process.env.STOREFRONT_FAKE_GATEWAY === '1';

interface TestStack {
  gatewayUrl: string;
  storefrontUrl: string;
  demo: { tenantSlug: string; customerEmail: string; customerPassword: string };
  /** A demo account with two-factor on, when the stack has one. */
  twoFactor?: { email: string; password: string; name: string; code(): string };
  stop(): Promise<void>;
}

async function startTestStack(): Promise<TestStack & { fake?: FakeGateway }> {
  if (USE_FAKE_GATEWAY) {
    const fake = await startFakeGateway();
    const storefront = await startStorefront({ gatewayUrl: fake.gatewayUrl });
    return {
      fake,
      gatewayUrl: fake.gatewayUrl,
      storefrontUrl: storefront.url,
      demo: fake.demo,
      twoFactor: { ...fake.twoFactor, code: () => fake.twoFactor.totpCode },
      stop: async () => {
        await storefront.stop();
        await fake.stop();
      },
    };
  }
  // Loaded lazily: the fake-gateway path does not need the embedded stack (PGlite, subgraphs) at all.
  const { startStack } = await import('../support/stack');
  const stack = await startStack({ storefront: true });
  if (!stack.storefrontUrl) {
    await stack.stop();
    throw new Error('startStack({ storefront: true }) returned no storefrontUrl');
  }
  // The seeded client administrator of the demo store has two-factor on, with the demo TOTP secret.
  const admin = stack.demo.users.client;
  const twoFactor = admin?.twoFactor
    ? { email: admin.email, password: stack.demo.password, name: admin.name, code: () => totpAt(stack.demo.totpSecret) }
    : undefined;
  return { gatewayUrl: stack.gatewayUrl, storefrontUrl: stack.storefrontUrl, demo: stack.demo, twoFactor, stop: () => stack.stop() };
}

/** Ask the gateway directly (what the page should show is whatever the gateway says). */
async function gateway<T>(url: string, tenant: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tenant': tenant, 'x-test-direct': '1' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (!body.data) throw new Error(`gateway: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The form's own alert (Next also renders an empty role="alert" route announcer). */
function formAlert(page: Page) {
  return page.locator('form').getByRole('alert');
}

function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

async function fillSignIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel(en['signIn.email']).fill(email);
  await page.getByLabel(en['signIn.password']).fill(password);
  await page.getByRole('button', { name: en['signIn.submit'] }).click();
}

function storefrontSuite(): void {
  let stack: TestStack & { fake?: FakeGateway };
  let browser: Browser;
  let tenantName: string;
  let customerName: string;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    stack = await startTestStack();
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const { tenantSlug, customerEmail, customerPassword } = stack.demo;
    const tenant = await gateway<{ tenantBySlug: { name: string } | null }>(
      stack.gatewayUrl,
      tenantSlug,
      'query TenantBySlug($slug: String!) { tenantBySlug(slug: $slug) { name } }',
      { slug: tenantSlug },
    );
    if (!tenant.tenantBySlug) throw new Error(`demo tenant ${tenantSlug} unknown to the gateway`);
    tenantName = tenant.tenantBySlug.name;
    const login = await gateway<{ login: { session: { user: { name: string } } | null; userErrors: unknown[] } }>(
      stack.gatewayUrl,
      tenantSlug,
      'mutation Login($input: LoginInput!) { login(input: $input) { session { user { name } } userErrors { code message } } }',
      { input: { tenantSlug, email: customerEmail, password: customerPassword } },
    );
    if (!login.login.session) throw new Error(`demo customer cannot sign in: ${JSON.stringify(login.login.userErrors)}`);
    customerName = login.login.session.user.name;
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  beforeEach(async () => {
    // Phone-sized viewport: the storefront is mobile-first.
    context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  test("shows the tenant's name and a labelled sign-in form", async () => {
    const response = await page.goto(`${stack.storefrontUrl}/s/${stack.demo.tenantSlug}`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: tenantName }).waitFor();
    expect(await page.title()).toContain(tenantName);
    await page.getByRole('heading', { name: en['signIn.title'] }).waitFor();
    expect(await page.getByLabel(en['signIn.email']).getAttribute('type')).toBe('email');
    expect(await page.getByLabel(en['signIn.password']).getAttribute('type')).toBe('password');
    await screenshot(page, 'storefront-home');
  });

  test('a wrong password shows an accessible error and keeps the form usable', async () => {
    await page.goto(`${stack.storefrontUrl}/s/${stack.demo.tenantSlug}`);
    await fillSignIn(page, stack.demo.customerEmail, `${stack.demo.customerPassword}-wrong`);
    const alert = formAlert(page);
    await alert.waitFor();
    expect((await alert.textContent())?.trim()).toBe(en['error.INVALID_CREDENTIALS']);
    expect(await page.getByLabel(en['signIn.email']).inputValue()).toBe(stack.demo.customerEmail);
    await screenshot(page, 'storefront-sign-in-error');
    expect((await context.cookies()).filter((c) => c.name.startsWith('ww_'))).toEqual([]);
  });

  test('signs in, stays signed in across a reload, and signs out', async () => {
    await page.goto(`${stack.storefrontUrl}/s/${stack.demo.tenantSlug}`);
    await fillSignIn(page, stack.demo.customerEmail, stack.demo.customerPassword);
    await page.getByText(`Signed in as ${customerName}`).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/s/${stack.demo.tenantSlug}`);
    await screenshot(page, 'storefront-signed-in');

    const cookies = (await context.cookies()).filter((c) => c.name.startsWith('ww_'));
    expect(cookies.map((c) => c.name).sort()).toEqual([`ww_at_${stack.demo.tenantSlug}`, `ww_rt_${stack.demo.tenantSlug}`]);
    for (const cookie of cookies) {
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    }
    expect(await page.evaluate(() => document.cookie)).not.toContain('ww_'); // httpOnly: invisible to scripts

    await page.reload();
    await page.getByText(`Signed in as ${customerName}`).waitFor();

    // The access cookie lives as long as its token; once it is gone the refresh token renews the session.
    const accessName = `ww_at_${stack.demo.tenantSlug}`;
    const refreshName = `ww_rt_${stack.demo.tenantSlug}`;
    const oldRefresh = cookies.find((c) => c.name === refreshName)!.value;
    await context.clearCookies({ name: accessName });
    await page.reload();
    await page.getByText(`Signed in as ${customerName}`).waitFor();
    const renewed = await context.cookies();
    expect(renewed.find((c) => c.name === accessName)?.value).toBeTruthy();
    const newRefresh = renewed.find((c) => c.name === refreshName)!.value;
    expect(newRefresh).not.toBe(oldRefresh); // rotated

    await page.getByRole('button', { name: en['signIn.signOut'] }).click();
    await page.getByRole('heading', { name: en['signIn.title'] }).waitFor();
    expect((await context.cookies()).filter((c) => c.name.startsWith('ww_'))).toEqual([]);
    if (stack.fake) expect(stack.fake.loggedOut).toContain(newRefresh); // revoked at the gateway
    await screenshot(page, 'storefront-signed-out');
  });

  test('signing in works without JavaScript (progressive enhancement)', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
    try {
      const p = await noJs.newPage();
      await p.goto(`${stack.storefrontUrl}/s/${stack.demo.tenantSlug}`);
      await fillSignIn(p, stack.demo.customerEmail, `${stack.demo.customerPassword}-wrong`);
      await formAlert(p).waitFor();
      await fillSignIn(p, stack.demo.customerEmail, stack.demo.customerPassword);
      await p.getByText(`Signed in as ${customerName}`).waitFor();
    } finally {
      await noJs.close();
    }
  });

  test('/ leads to a store and an unknown store is a 404', async () => {
    await page.goto(`${stack.storefrontUrl}/`);
    expect(new URL(page.url()).pathname).toMatch(/^\/s\/[^/]+$/);
    const response = await page.goto(`${stack.storefrontUrl}/s/no-such-store-${Date.now()}`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: en['notFound.title'] }).waitFor();
  });

  test('shows an error page when the gateway is unreachable', async () => {
    const port = await freePort(); // nothing listens here
    const broken = await startStorefront({ gatewayUrl: `http://127.0.0.1:${port}/graphql`, env: { GATEWAY_TIMEOUT_MS: '2000' } });
    try {
      const response = await page.goto(`${broken.url}/s/${stack.demo.tenantSlug}`);
      expect(response?.status()).toBe(500);
      await page.getByRole('heading', { name: en['errorPage.title'] }).waitFor();
      await screenshot(page, 'storefront-gateway-down');
    } finally {
      await broken.stop();
    }
  });

  test('two-factor sign-in asks for the authentication code', async () => {
    const twoFactor = stack.twoFactor;
    if (!twoFactor) {
      console.warn('two-factor browser test skipped: the stack has no demo account with two-factor');
      return;
    }
    await page.goto(`${stack.storefrontUrl}/s/${stack.demo.tenantSlug}`);
    await fillSignIn(page, twoFactor.email, twoFactor.password);
    await formAlert(page).getByText(en['error.TWO_FACTOR_REQUIRED']).waitFor();
    const wrong = twoFactor.code() === '000000' ? '111111' : '000000';
    await page.getByLabel(en['signIn.totp']).fill(wrong);
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    await formAlert(page).getByText(en['error.TWO_FACTOR_INVALID']).waitFor();
    await page.getByLabel(en['signIn.totp']).fill(twoFactor.code());
    await screenshot(page, 'storefront-two-factor');
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    await page.getByText(`Signed in as ${twoFactor.name}`).waitFor();
  });

  // Only the fake gateway records the requests it receives, so this check exists only in that mode.
  if (USE_FAKE_GATEWAY) test('every gateway request carries x-tenant and the shopper IP (fake gateway only)', () => {
    const requests = stack.fake!.requests.filter((r) => !r.fromTest);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.every((r) => r.tenant === stack.demo.tenantSlug || r.tenant?.startsWith('no-such-store-'))).toBe(true);
    const ops = new Set(requests.map((r) => r.operationName));
    expect([...ops].sort()).toEqual(['Login', 'Logout', 'Me', 'RefreshSession', 'TenantBySlug']);
    expect(requests.every((r) => r.forwardedFor && /127\.0\.0\.1/.test(r.forwardedFor))).toBe(true);
  });
}

if (hasChromium()) {
  describe('storefront in Chromium', storefrontSuite);
} else if (process.env.CI === 'true') {
  describe('storefront in Chromium', () => {
    test('chromium is installed', () => {
      throw new Error(`${CHROMIUM_PATH} not available${process.env.WEBWAKA_ASSUME_ABSENT ? " (WEBWAKA_ASSUME_ABSENT)" : ""}: install it with \`apt-get update && apt-get install -y chromium\` (CI must run the browser tests)`);
    });
  });
} else {
  console.warn(`storefront browser test skipped: ${CHROMIUM_PATH} not found (apt-get install -y chromium)`);
  describe.skip('storefront in Chromium', storefrontSuite);
  test.skip('skipped: chromium not installed', () => undefined);
}
