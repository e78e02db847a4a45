// Custom domains and the shop switcher in a real browser on a phone-sized screen (decision 0022): the
// client administrator signs in once (password + code) at Ade Fashion, opens "Switch shop" and enters Naija
// Market's back office without a code; there, Settings → Domains: adds a domain, reads the TXT record to
// publish, presses Verify (refused with the reason while DNS has nothing), publishes it (identity's DNS is
// faked in this process), verifies and sees it live, then removes it. axe checks both pages.
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import { domainProbes } from '../../subgraphs/identity/src/services/domains';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const DOMAIN = 'browser.naijamarket.ng';

function domainsSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  const txt: Record<string, string[][]> = {};
  const original = { ...domainProbes };

  beforeAll(async () => {
    domainProbes.resolveTxt = async (name) => {
      if (txt[name]) return txt[name];
      throw Object.assign(new Error(`queryTxt ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
    };
    domainProbes.fetch = async () => new Response('not found', { status: 404 });
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
  }, 300_000);

  afterAll(async () => {
    Object.assign(domainProbes, original);
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    return context.newPage();
  }

  test('one sign-in, switch to the marketplace, prove a domain and remove it', async () => {
    const page = await newPage();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: 'ade-fashion', user: 'client' });

    await page.getByRole('link', { name: en['admin.nav.shops'] }).click();
    await page.getByRole('heading', { level: 1, name: en['admin.shops.title'] }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'backoffice-shops');
    await page.locator('[data-shop="naija-market"]').getByRole('button', { name: en['admin.shops.switch'] }).click();
    await page.waitForURL((url) => url.pathname === '/admin/naija-market');
    await page.getByRole('heading', { level: 1, name: en['admin.dashboard.title'] }).waitFor();

    // Settings → Domains.
    await page.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name: en['admin.nav.settings'] }).click();
    await page.getByTestId('settings-pages').getByRole('link', { name: en['admin.nav.domains'] }).click();
    await page.getByRole('heading', { level: 1, name: en['admin.domains.title'] }).waitFor();
    await page.getByRole('textbox', { name: en['admin.domains.domain'], exact: true }).fill(DOMAIN);
    await page.getByRole('button', { name: en['admin.domains.add'] }).click();
    const card = page.locator(`[data-domain="${DOMAIN}"]`);
    await card.getByText(`_webwaka-challenge.${DOMAIN}`).waitFor();
    await expect(card.locator('[data-status]').getAttribute('data-status')).resolves.toBe('pending');
    const token = (await card.locator('code.secret').nth(1).textContent())!;
    expect(token).toMatch(/^webwaka-verify-[\w-]{32}$/);
    await expectAccessible(page);
    await screenshot(page, 'backoffice-domains-pending');

    // Nothing published yet: refused, with the reason.
    await card.getByRole('button', { name: en['admin.domains.verify'] }).click();
    await card.getByRole('alert').getByText(/No TXT record/).waitFor();

    txt[`_webwaka-challenge.${DOMAIN}`] = [[token]];
    await card.getByRole('button', { name: en['admin.domains.verify'] }).click();
    await page.getByRole('status').getByText(en['admin.domains.verified']).waitFor();
    await expect(page.locator(`[data-domain="${DOMAIN}"] [data-status]`).getAttribute('data-status')).resolves.toBe('live');
    expect((await stack.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: 'naija-market' } })).customDomain).toBe(DOMAIN);

    await page.locator(`[data-domain="${DOMAIN}"]`).getByRole('button', { name: en['admin.domains.remove'] }).click();
    await page.getByRole('status').getByText(en['admin.domains.removed']).waitFor();
    expect((await stack.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: 'naija-market' } })).customDomain).toBeNull();
  }, 180_000);
}

describeInChromium('back office: custom domains and the shop switcher', domainsSuite);
