/**
 * What every Chromium test shares: how Debian's Chromium is launched headless, where screenshots go, and
 * the accessibility check (axe-core injected into the page; serious and critical violations fail).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import { totpAt } from '../../subgraphs/kit/src/totp';
import { CHROMIUM_PATH, hasChromium } from '../support/services';
import type { TestStack } from '../support/stack';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
export const SCREENSHOT_DIR = resolve(__dirname, '../../test-artifacts/screenshots');
const AXE_PATH = require.resolve('axe-core/axe.min.js');

/**
 * What every browser suite starts first: the whole graph with its storefront (`next start`), and one
 * headless Chromium; the suite stops them with `stopStorefrontAndChromium` in its afterAll.
 */
export async function startStorefrontAndChromium(opts: { demoProducts?: number } = {}): Promise<{ stack: TestStack; storefrontUrl: string; browser: Browser }> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Loaded here, not at the top: a suite skipped for want of Chromium never loads the stack.
  const { startStack } = await import('../support/stack');
  const stack = await startStack({ storefront: true, ...opts });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  return { stack, storefrontUrl: stack.storefrontUrl!, browser };
}

export async function stopStorefrontAndChromium(o: { stack?: TestStack; browser?: Browser }): Promise<void> {
  await o.browser?.close();
  await o.stack?.stop();
}

export function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Runs axe-core in the page; returns serious and critical violations (WCAG 2.1 A/AA and best practice). */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.targets.join(', ')}`);
}

export async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/**
 * On checkout's review step: place the order, pay on the sandbox page (after `onPaymentPage`, e.g. a
 * screenshot), and wait for the order page; returns the order id.
 */
export async function placeAndPay(p: Page, labels: { placeOrder: string; thanks: string }, onPaymentPage?: (p: Page) => Promise<unknown>): Promise<string> {
  await p.getByRole('button', { name: labels.placeOrder }).click();
  await p.waitForURL((url) => url.pathname.startsWith('/pay/sandbox/'));
  await onPaymentPage?.(p);
  await p.getByRole('button', { name: 'Pay', exact: true }).click();
  await p.waitForURL((url) => /\/orders\/[0-9a-f-]{36}$/.test(url.pathname));
  await p.getByText(labels.thanks).waitFor({ timeout: 30_000 });
  return new URL(p.url()).pathname.split('/').pop()!;
}

/**
 * Runs a browser suite in Chromium. Without Chromium the suite is skipped with the reason, except under CI
 * (`CI=true`), where .ci/run has installed it and its absence fails the run.
 */
export function describeInChromium(name: string, suite: () => void): void {
  if (hasChromium()) {
    describe(name, suite);
  } else if (process.env.CI === 'true') {
    describe(name, () => {
      test('chromium is installed', () => {
        throw new Error(`${CHROMIUM_PATH} not available${process.env.WEBWAKA_ASSUME_ABSENT ? ' (WEBWAKA_ASSUME_ABSENT)' : ''}: install it with \`apt-get update && apt-get install -y chromium\` (CI must run the browser tests)`);
      });
    });
  } else {
    console.warn(`${name}: skipped, ${CHROMIUM_PATH} not found (apt-get install -y chromium)`);
    describe.skip(name, suite);
    test.skip(`${name}: skipped, chromium not installed`, () => undefined);
  }
}

/** Demo users who sign in with an authenticator code too (administrators). */
const TWO_FACTOR_USERS = ['client', 'superadmin', 'partner'];

/**
 * Signs a demo user in to the back office through its form, starting at `path` below `/admin/<tenant>`
 * (the sign-in page sends them back there), with the authenticator code for administrators; waits for the
 * page heading `landing` (the dashboard's by default).
 */
export async function signInToBackOffice(p: Page, o: { stack: TestStack; storefrontUrl: string; tenant: string; user: string; path?: string; landing?: string }): Promise<void> {
  await p.goto(`${o.storefrontUrl}/admin/${o.tenant}${o.path ?? ''}`);
  await p.waitForURL((url) => url.pathname === `/admin/${o.tenant}/sign-in`);
  await p.getByLabel(en['signIn.email']).fill(`${o.user}@webwaka.test`);
  await p.getByLabel(en['signIn.password']).fill(o.stack.demo.password);
  await p.getByRole('button', { name: en['signIn.submit'] }).click();
  if (TWO_FACTOR_USERS.includes(o.user)) {
    await p.locator('form').getByRole('alert').getByText(en['error.TWO_FACTOR_REQUIRED']).waitFor();
    // TOTP codes are single-use: forget the ones earlier sign-ins of this stack used.
    const { forgetUsedTotpCodes } = await import('../support/stack');
    await forgetUsedTotpCodes(o.stack.stack.prisma);
    await p.getByLabel(en['signIn.totp']).fill(totpAt(o.stack.demo.totpSecret));
    await p.getByRole('button', { name: en['signIn.submit'] }).click();
  }
  await p.getByRole('heading', { level: 1, name: o.landing ?? en['admin.dashboard.title'] }).waitFor();
}
