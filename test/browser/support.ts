/**
 * What every Chromium test shares: how Debian's Chromium is launched headless, where screenshots go, and
 * the accessibility check (axe-core injected into the page; serious and critical violations fail).
 */
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
export const SCREENSHOT_DIR = resolve(__dirname, '../../test-artifacts/screenshots');
const AXE_PATH = require.resolve('axe-core/axe.min.js');

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
  await p.getByRole('button', { name: 'Pay' }).click();
  await p.waitForURL((url) => /\/orders\/[0-9a-f-]{36}$/.test(url.pathname));
  await p.getByText(labels.thanks).waitFor({ timeout: 30_000 });
  return new URL(p.url()).pathname.split('/').pop()!;
}
