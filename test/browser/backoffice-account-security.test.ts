// Account security in a real browser on a phone-sized screen (issue 14): a member signed in on two phones sees
// both sessions on the account page and signs the other one out (that phone is sent back to sign-in on its
// next page); changes the password (a wrong current one is refused beside its field; afterwards the old one no
// longer signs in); and closes an account, refused while the only administrator of a business, and allowed
// for a plain member, who is then signed out and cannot sign in again. axe checks the account page.
import { hashPassword } from '@webwaka/kit';
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import { createUser } from '../support/callers';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const PASSWORD = 'Moi-moi-and-akara-4';
const NEW_PASSWORD = 'Zobo-on-a-hot-day-8';

function accountSecuritySuite(): void {
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

  async function member(role: 'STAFF' | 'CLIENT_ADMIN', tenantSlug = STORE): Promise<string> {
    const email = `account.${role.toLowerCase()}.${Date.now()}@example.ng`;
    const tenant = await stack.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: tenantSlug } });
    await createUser(stack.stack.prisma, { email, name: 'Ify Okoro', passwordHash: await hashPassword(PASSWORD), memberships: [{ tenantId: tenant.id, role }] });
    return email;
  }

  async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
    await page.goto(`${storefrontUrl}/admin/${STORE}/sign-in`);
    await page.getByLabel(en['signIn.email']).fill(email);
    await page.getByLabel(en['signIn.password']).fill(password);
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    await page.getByRole('heading', { level: 1, name: en['admin.dashboard.title'] }).waitFor();
  }

  const openAccount = async (page: Page) => {
    await page.goto(`${storefrontUrl}/admin/${STORE}/account`);
    await page.getByRole('heading', { level: 1, name: en['admin.account.title'] }).waitFor();
  };

  test('two phones: one signs the other out; then the password changes and the old one stops working', async () => {
    const email = await member('STAFF');
    const phone = await newPage();
    const other = await newPage();
    await signIn(phone, email);
    await signIn(other, email);
    await openAccount(phone);
    await expectAccessible(phone);
    await screenshot(phone, 'backoffice-account-security');
    expect(await phone.locator('[data-session="current"]').count()).toBe(1);
    expect(await phone.locator('[data-session="other"]').count()).toBe(1);
    await phone.locator('[data-session="other"]').getByRole('button', { name: en['admin.account.endSession'] }).click();
    await phone.getByRole('status').getByText(en['admin.account.sessionEnded']).waitFor();
    expect(await phone.locator('[data-session="other"]').count()).toBe(0);
    // The other phone's next page: signed out (its access token is refused at once, decision 0024).
    await other.goto(`${storefrontUrl}/admin/${STORE}/orders`);
    await other.waitForURL((url) => url.pathname === `/admin/${STORE}/sign-in`);

    const form = phone.getByRole('form', { name: en['admin.account.passwordSection'] });
    await form.getByLabel(en['admin.account.currentPassword']).fill('not-my-password-at-all');
    await form.getByLabel(en['admin.invitations.newPassword']).fill(NEW_PASSWORD);
    await form.getByLabel(en['admin.invitations.confirm']).fill(NEW_PASSWORD);
    await form.getByRole('button', { name: en['admin.account.changePassword'] }).click();
    await form.getByText('Wrong current password').waitFor();
    await form.getByLabel(en['admin.account.currentPassword']).fill(PASSWORD);
    await form.getByLabel(en['admin.invitations.newPassword']).fill(NEW_PASSWORD);
    await form.getByLabel(en['admin.invitations.confirm']).fill(NEW_PASSWORD);
    await form.getByRole('button', { name: en['admin.account.changePassword'] }).click();
    await phone.getByRole('status').getByText(en['admin.account.passwordChanged']).waitFor();
    // This phone stays signed in; the old password no longer opens the door, the new one does.
    await openAccount(phone);
    await other.getByLabel(en['signIn.email']).fill(email);
    await other.getByLabel(en['signIn.password']).fill(PASSWORD);
    await other.getByRole('button', { name: en['signIn.submit'] }).click();
    await other.getByRole('alert').waitFor();
    await signIn(other, email, NEW_PASSWORD);
  }, 240_000);

  test("closing an account: refused for a business's only administrator, done for a member, who cannot sign in again", async () => {
    // The only administrator of a new shop (also staff here, to sign in here).
    const lonelyShop = await stack.stack.prisma.tenant.create({
      data: { id: crypto.randomUUID(), kind: 'STORE', slug: `lonely-${Date.now()}`, name: 'Lonely Shop', parentId: (await stack.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: STORE } })).parentId },
    });
    const lonely = await member('STAFF');
    const user = await stack.stack.prisma.user.findUniqueOrThrow({ where: { email: lonely } });
    await stack.stack.prisma.membership.create({ data: { id: crypto.randomUUID(), userId: user.id, tenantId: lonelyShop.id, role: 'CLIENT_ADMIN' } });
    const page = await newPage();
    await signIn(page, lonely);
    await openAccount(page);
    const close = page.getByRole('form', { name: en['admin.account.close'] });
    await close.getByLabel(en['admin.account.closePassword']).fill(PASSWORD);
    await close.getByRole('button', { name: en['admin.account.closeSubmit'] }).click();
    await close.getByRole('alert').getByText(/only administrator of Lonely Shop/).waitFor();

    const leaver = await member('STAFF');
    const leaving = await newPage();
    await signIn(leaving, leaver);
    await openAccount(leaving);
    const form = leaving.getByRole('form', { name: en['admin.account.close'] });
    await form.getByLabel(en['admin.account.closePassword']).fill(PASSWORD);
    await form.getByRole('button', { name: en['admin.account.closeSubmit'] }).click();
    await leaving.waitForURL((url) => url.pathname === `/admin/${STORE}/sign-in`);
    await leaving.getByRole('status').getByText(en['admin.account.closed']).waitFor();
    await leaving.getByLabel(en['signIn.email']).fill(leaver);
    await leaving.getByLabel(en['signIn.password']).fill(PASSWORD);
    await leaving.getByRole('button', { name: en['signIn.submit'] }).click();
    await leaving.getByRole('alert').waitFor();
    expect((await stack.stack.prisma.user.findUniqueOrThrow({ where: { email: leaver } })).deletionRequestedAt).not.toBeNull();
  }, 240_000);
}

describeInChromium('back office: sessions, password and closing an account', accountSecuritySuite);
