// The transport operator's back office in a real browser (Debian Chromium driven by playwright-core against
// the real stack: PGlite, every subgraph, the gateway, `next start`), on a phone-sized screen: the operator's
// staff adds a park, creates a route with stops from it and sets the route's usual fares. axe checks every
// new page; an agent of the same operator is refused the pages by the server (a redirect, not a hidden link).
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import messages from '../../storefront/messages/transport.en.json';
import type { TestStack } from '../support/stack';
import { expectAccessible, screenshot, describeInChromium, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const OPERATOR = 'abc-transport';
const tt = (key: keyof typeof messages, vars: Record<string, string | number> = {}) => messages[key].replace(/\{(\w+)\}/g, (_w, name: string) => String(vars[name]));

function transportBackOfficeSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;

  /** Signs in at `path` (the dashboard by default) and waits for that page's heading. */
  const signIn = (p: Page, user: string, at?: { path: string; landing: string }) => signInToBackOffice(p, { stack, storefrontUrl, tenant: OPERATOR, user, ...at });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    return context.newPage();
  }

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
  }, 300_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  test('staff adds a park, creates a route with stops and sets its usual fares, on a phone (axe on each page)', async () => {
    const page = await newPage();
    await signIn(page, 'staff');
    await page.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name: en['admin.nav.transport'] }).click();
    await page.getByRole('heading', { level: 1, name: tt('admin.routes.title') }).waitFor();
    // The seeded routes are listed with their usual fares.
    await page.locator('[data-route="LOS-ABV"]').getByText('₦32,000.00').waitFor();
    await expectAccessible(page);

    const parkForm = page.getByRole('form', { name: tt('admin.parks.add') });
    await parkForm.getByLabel(tt('admin.parks.name')).fill('Ore Junction Park');
    await parkForm.getByLabel(tt('admin.parks.city')).fill('Ore');
    await parkForm.getByLabel(tt('admin.parks.state')).fill('Ondo');
    await parkForm.getByRole('button', { name: tt('admin.parks.submit') }).click();
    await page.getByText(tt('admin.done.park')).waitFor();
    await page.getByTestId('transport-parks').getByText('Ore Junction Park').waitFor();

    await page.getByRole('link', { name: tt('admin.routes.new') }).click();
    await page.getByRole('heading', { level: 1, name: tt('admin.routes.newTitle') }).waitFor();
    await expectAccessible(page);
    // A code with a space is refused next to the field; the rest of the form is kept.
    await page.getByLabel(tt('admin.routes.code')).fill('LOS ORE');
    await page.getByLabel(tt('admin.routes.from')).selectOption({ label: 'Jibowu Terminal (Lagos)' });
    await page.getByLabel(tt('admin.routes.to')).selectOption({ label: 'Ore Junction Park (Ore)' });
    await page.getByLabel(tt('admin.routes.stops')).fill('Sagamu\nIjebu-Ode');
    await page.getByRole('button', { name: tt('admin.routes.create') }).click();
    await page.getByText('Code must be 1-32 letters, digits or dashes').waitFor();
    expect(await page.getByLabel(tt('admin.routes.stops')).inputValue()).toBe('Sagamu\nIjebu-Ode');
    await page.getByLabel(tt('admin.routes.code')).fill('los-ore');
    await page.getByRole('button', { name: tt('admin.routes.create') }).click();
    await page.getByRole('heading', { level: 1, name: tt('admin.routes.editTitle', { code: 'LOS-ORE' }) }).waitFor();
    await page.getByText(tt('admin.done.created')).waitFor();

    // Usual fares per seat class (the operator's vehicles have STANDARD and PREMIUM seats).
    const fares = page.getByRole('form', { name: tt('admin.fares.title') });
    await fares.getByLabel(tt('admin.fares.label', { seatClass: messages['seatClass.STANDARD'], currency: 'NGN' })).fill('9,500');
    await fares.getByLabel(tt('admin.fares.label', { seatClass: messages['seatClass.PREMIUM'], currency: 'NGN' })).fill('12000.50');
    await fares.getByRole('button', { name: tt('admin.fares.submit') }).click();
    await page.getByText(tt('admin.done.fares')).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'backoffice-transport-route');

    // Edit: one more stop.
    await page.getByLabel(tt('admin.routes.stops')).fill('Sagamu\nIjebu-Ode\nOdogbolu');
    await page.getByRole('button', { name: tt('admin.routes.save') }).click();
    await page.getByText(tt('admin.done.saved')).waitFor();

    await page.getByRole('link', { name: tt('admin.routes.back') }).click();
    const row = page.locator('[data-route="LOS-ORE"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('Sagamu → Ijebu-Ode → Odogbolu');
    expect(await row.textContent()).toContain('₦9,500.00');
    expect(await row.textContent()).toContain('₦12,000.50');
  });

  test('an agent of the operator is refused the transport pages by the server', async () => {
    const page = await newPage();
    await signIn(page, 'agent');
    expect(await page.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name: en['admin.nav.transport'] }).count()).toBe(0);
    for (const path of ['/transport', '/transport/routes/new']) {
      // The server answers with a redirect to the dashboard: no part of the page is rendered.
      const response = await page.context().request.get(`${storefrontUrl}/admin/${OPERATOR}${path}`, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers().location, storefrontUrl).pathname).toBe(`/admin/${OPERATOR}`);
      expect(await response.text()).not.toContain(tt('admin.routes.title'));
    }
  });
}

describeInChromium('transport back office in Chromium', transportBackOfficeSuite);
