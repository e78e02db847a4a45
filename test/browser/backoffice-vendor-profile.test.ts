// A vendor edits its own profile in the back office, in real Chromium against the real stack, on a phone
// (390 px): the demo vendor of naija-market opens its Account page, sees its approved legal name and TIN
// (read-only) and its profile prefilled; an e-mail catalog refuses shows the error beside the field; new
// phone and address are saved (the notice shows, the database has them, the slug stays). axe on the page.
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const MARKET = 'naija-market';

describeInChromium('a vendor edits its own profile in the browser', () => {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
  }, 300_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  test('the demo vendor changes its phone and address; a bad e-mail is refused beside the field', async () => {
    const prisma = stack.stack.prisma;
    const market = await prisma.tenant.findUniqueOrThrow({ where: { slug: MARKET } });
    const owner = await prisma.user.findFirstOrThrow({ where: { email: 'vendor@webwaka.test' } });
    const before = await prisma.vendor.findFirstOrThrow({ where: { tenantId: market.id, ownerUserId: owner.id }, orderBy: { createdAt: 'desc' } });

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page: Page = await context.newPage();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: MARKET, user: 'vendor' });
    await page.goto(`${storefrontUrl}/admin/${MARKET}/account`);
    await page.getByRole('heading', { level: 2, name: en['admin.vendorProfile.title'] }).waitFor();

    // Approved details shown, not editable; the rest prefilled.
    const approved = page.getByTestId('vendor-profile-approved');
    expect(await approved.textContent()).toContain(before.legalName ?? '—');
    expect(await approved.textContent()).toContain(before.tin ?? '—');
    const form = page.getByRole('form', { name: en['admin.vendorProfile.title'] });
    expect(await form.getByLabel(en['admin.vendorProfile.name']).inputValue()).toBe(before.name);
    expect(await form.getByLabel(en['admin.vendorProfile.email']).inputValue()).toBe(before.email);
    expect(await form.getByLabel(en['admin.vendorProfile.legalName'], { exact: true }).count()).toBe(0);
    await expectAccessible(page);

    // An address the browser lets through but catalog refuses: the error sits beside the e-mail field.
    const email = form.getByLabel(en['admin.vendorProfile.email']);
    await email.fill('sales@chiamaka');
    await form.getByLabel(en['admin.vendorProfile.phone']).fill('+234 802 555 0199');
    await form.getByLabel(en['admin.vendorProfile.address']).fill('7 Adeola Odeku Street, Victoria Island, Lagos');
    await form.getByRole('button', { name: en['admin.vendorProfile.save'] }).click();
    await form.locator('.field-error').getByText('Not an e-mail address').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    const errorId = (await email.getAttribute('aria-describedby'))!.split(' ')[0];
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe('Not an e-mail address');
    expect((await prisma.vendor.findUniqueOrThrow({ where: { id: before.id } })).phone).toBe(before.phone);
    await expectAccessible(page);

    // Corrected: saved, the notice shows, the database has the new phone and address; slug, legal name, TIN unchanged.
    await email.fill(before.email);
    await form.getByRole('button', { name: en['admin.vendorProfile.save'] }).click();
    await page.getByRole('status').filter({ hasText: en['admin.vendorProfile.saved'] }).waitFor();
    const after = await prisma.vendor.findUniqueOrThrow({ where: { id: before.id } });
    expect(after).toMatchObject({ phone: '+234 802 555 0199', address: '7 Adeola Odeku Street, Victoria Island, Lagos', email: before.email, name: before.name, slug: before.slug, legalName: before.legalName, tin: before.tin });
    expect(await page.getByRole('form', { name: en['admin.vendorProfile.title'] }).getByLabel(en['admin.vendorProfile.phone']).inputValue()).toBe('+234 802 555 0199');
    await expectAccessible(page);
    await screenshot(page, 'backoffice-vendor-profile');
    await context.close();
  }, 180_000);
});
