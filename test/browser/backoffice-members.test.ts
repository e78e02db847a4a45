// Members, the audit log and account security in a real browser on a phone-sized screen (issue 14): the client
// administrator of Ade Fashion gives an existing account (by e-mail) the Staff role, sees it listed and filtered,
// sees an unknown e-mail refused in the form, and revokes the role; staff are refused the page server-side. The
// audit log lists the grant and the revocation, newest first, filters by type and shows one event in full. On the
// account page, turning two-factor off is refused for an administrator with the service's reason, and "Sign out
// everywhere" ends this browser's session and another's. axe checks every new page.
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const GRANTEE = 'vendor@webwaka.test';

/** Nothing wider than the phone's screen outside a scrolling box (the navigation, a table-scroll wrapper). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const wide = await page.evaluate(() => {
    const scrolls = (e: Element | null): boolean => !!e && (['auto', 'scroll'].includes(getComputedStyle(e).overflowX) || scrolls(e.parentElement));
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !scrolls(e.parentElement))
      .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''}`);
  });
  expect(wide).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
}

function membersSuite(): void {
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

  const navLink = (page: Page, name: string) => page.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name });

  // -- members --
  test('an administrator gives a role by e-mail, sees it listed and filtered, and revokes it; staff are refused', async () => {
    const page = await newPage();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'client' });
    await navLink(page, en['admin.nav.members']).click();
    await page.getByRole('heading', { level: 1, name: en['admin.members.title'] }).waitFor();
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);

    const grant = page.getByRole('form', { name: en['admin.members.grant'] });
    // An e-mail with no account: the service's reason, next to the field.
    await grant.getByRole('textbox', { name: en['admin.members.email'] }).fill('nobody@webwaka.test');
    await grant.getByRole('combobox', { name: en['admin.members.role'] }).selectOption('STAFF');
    await grant.getByRole('button', { name: en['admin.members.grantSubmit'] }).click();
    await grant.getByText(/No account with that e-mail/).waitFor();

    await grant.getByRole('textbox', { name: en['admin.members.email'] }).fill(GRANTEE);
    await grant.getByRole('combobox', { name: en['admin.members.role'] }).selectOption('STAFF');
    await grant.getByRole('button', { name: en['admin.members.grantSubmit'] }).click();
    await grant.getByRole('status').getByText(en['admin.members.granted'].replace('{email}', GRANTEE)).waitFor();
    const row = page.locator(`tr[data-email="${GRANTEE}"]`);
    await row.getByText(en['admin.role.STAFF']).waitFor();
    const user = await stack.stack.prisma.user.findUniqueOrThrow({ where: { email: GRANTEE } });
    const tenant = await stack.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: STORE } });
    expect(await stack.stack.prisma.membership.count({ where: { userId: user.id, tenantId: tenant.id, role: 'STAFF' } })).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'backoffice-members');

    // Filter by role: only Staff memberships, the new one among them.
    await page.getByRole('form', { name: en['admin.members.filterLabel'] }).getByRole('combobox', { name: en['admin.members.role'] }).selectOption('STAFF');
    await page.getByRole('button', { name: en['admin.members.filter'] }).click();
    await page.waitForURL((url) => url.searchParams.get('role') === 'STAFF');
    const roles = await page.locator('tbody tr td:nth-child(2)').allTextContents();
    expect(roles.length).toBeGreaterThanOrEqual(2);
    expect(new Set(roles)).toEqual(new Set([en['admin.role.STAFF']]));

    await page.locator(`tr[data-email="${GRANTEE}"]`).getByRole('button', { name: en['admin.members.revoke'] }).click();
    await page.getByRole('status').getByText(en['admin.members.revoked']).waitFor();
    await expect(page.locator(`tr[data-email="${GRANTEE}"]`).count()).resolves.toBe(0);
    expect(await stack.stack.prisma.membership.count({ where: { userId: user.id, tenantId: tenant.id, role: 'STAFF' } })).toBe(0);

    // Staff have no members page: the server sends them to the dashboard, and the navigation has no entry.
    const staff = await newPage();
    await signInToBackOffice(staff, { stack, storefrontUrl, tenant: STORE, user: 'staff' });
    await expect(navLink(staff, en['admin.nav.members']).count()).resolves.toBe(0);
    const refused = await staff.goto(`${storefrontUrl}/admin/${STORE}/members`);
    expect(new URL(refused!.url()).pathname).toBe(`/admin/${STORE}`);
    await staff.getByRole('heading', { level: 1, name: en['admin.dashboard.title'] }).waitFor();
    await staff.context().close();
    await page.context().close();
  }, 180_000);
  // -- end members --

  // -- audit --
  test('the audit log lists the grant, filters by type and opens one event, all readable on a phone', async () => {
    const page = await newPage();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'client' });
    await navLink(page, en['admin.nav.audit']).click();
    await page.getByRole('heading', { level: 1, name: en['admin.audit.title'] }).waitFor();
    // Newest first: the revocation above comes before the grant.
    const types = await page.locator('tbody tr[data-event-type]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-type')));
    expect(types.indexOf('role.revoked')).toBeGreaterThanOrEqual(0);
    expect(types.indexOf('role.revoked')).toBeLessThan(types.indexOf('role.granted'));
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);

    await page.getByRole('combobox', { name: en['admin.audit.type'] }).selectOption('role.granted');
    await page.getByRole('button', { name: en['admin.audit.filter'] }).click();
    await page.waitForURL((url) => url.searchParams.get('type') === 'role.granted');
    const filtered = await page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event-type')));
    expect(filtered.length).toBeGreaterThanOrEqual(1);
    expect(new Set(filtered)).toEqual(new Set(['role.granted']));

    await page.locator('tbody tr').first().getByRole('link', { name: 'role.granted' }).click();
    await page.getByRole('heading', { level: 1, name: en['admin.audit.eventTitle'] }).waitFor();
    const grantee = await stack.stack.prisma.user.findUniqueOrThrow({ where: { email: GRANTEE } });
    await page.locator('dl.details').getByText(grantee.id).waitFor();
    await page.locator('pre').getByText(/"role": "STAFF"/).waitFor();
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'backoffice-audit-event');

    // Staff have no audit log either.
    const staff = await newPage();
    await signInToBackOffice(staff, { stack, storefrontUrl, tenant: STORE, user: 'staff' });
    const refused = await staff.goto(`${storefrontUrl}/admin/${STORE}/audit`);
    expect(new URL(refused!.url()).pathname).toBe(`/admin/${STORE}`);
    await staff.context().close();
    await page.context().close();
  }, 180_000);
  // -- end audit --

  // -- account --
  test('an administrator may not turn two-factor off (the service says why), and signs out everywhere', async () => {
    const other = await newPage();
    await signInToBackOffice(other, { stack, storefrontUrl, tenant: STORE, user: 'client' });
    const page = await newPage();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'client' });
    await page.getByRole('link', { name: en['admin.nav.account'] }).click();
    await page.getByRole('heading', { level: 1, name: en['admin.account.title'] }).waitFor();
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);

    const disable = page.getByRole('form', { name: en['admin.account.disableTitle'] });
    await disable.getByRole('textbox', { name: en['admin.account.disableCode'] }).fill('123456');
    await disable.getByRole('button', { name: en['admin.account.disable'] }).click();
    await disable.getByRole('alert').getByText('Administrators must keep two-factor authentication on').waitFor();
    const client = await stack.stack.prisma.user.findUniqueOrThrow({ where: { email: 'client@webwaka.test' } });
    expect(client.twoFactorEnabledAt).not.toBeNull();

    await page.getByRole('form', { name: en['admin.account.sessions'] }).getByRole('button', { name: en['admin.account.logoutEverywhere'] }).click();
    await page.waitForURL((url) => url.pathname === `/admin/${STORE}/sign-in`);
    // The other browser's session ended too: its next page asks it to sign in.
    await other.goto(`${storefrontUrl}/admin/${STORE}/orders`);
    await other.waitForURL((url) => url.pathname === `/admin/${STORE}/sign-in`);
    await other.context().close();
    await page.context().close();
  }, 180_000);
  // -- end account --
}

describeInChromium('back office: members, audit log and account security', membersSuite);
