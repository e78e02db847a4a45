// Invitations by e-mail in a real browser on a phone-sized screen (issue 14, PF-1): the administrator of Ade
// Fashion invites a new address as Staff and is shown the link once (no mail is needed to pass it on); the
// invitee opens it signed out, opens an account with a name and password, is sent to sign-in, signs in and
// lands in the back office as Staff. The used link is dead; a revoked one too; a shop's link opened under another
// shop's address shows as invalid. axe checks the invitation page and the members page.
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const PASSWORD = 'Suya-by-the-roadside-9';

function invitationsSuite(): void {
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
  const fill = (text: string, vars: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k]);

  async function inviteFrom(admin: Page, email: string): Promise<string> {
    const form = admin.getByRole('form', { name: en['admin.invitations.invite'] });
    await form.getByRole('textbox', { name: en['admin.invitations.email'] }).fill(email);
    await form.getByRole('combobox', { name: en['admin.members.role'] }).selectOption('STAFF');
    await form.getByRole('button', { name: en['admin.invitations.inviteSubmit'] }).click();
    await form.getByRole('status').getByText(fill(en['admin.invitations.sent'], { email })).waitFor();
    const link = (await form.locator('output.secret').textContent())!.trim();
    expect(link).toMatch(new RegExp(`/admin/${STORE}/invite/[A-Za-z0-9_-]{43}$`));
    return link;
  }

  test('an administrator invites a new address; the invitee opens an account through the link and signs in as staff', async () => {
    const prisma = stack.stack.prisma;
    const email = `new.staff.${Date.now()}@example.ng`;
    const admin = await newPage();
    await signInToBackOffice(admin, { stack, storefrontUrl, tenant: STORE, user: 'client' });
    await navLink(admin, en['admin.nav.members']).click();
    await admin.getByRole('heading', { level: 1, name: en['admin.members.title'] }).waitFor();
    const link = await inviteFrom(admin, email);
    await admin.reload();
    await admin.locator(`[data-invitation="${email}"]`).waitFor();
    await expectAccessible(admin);

    // The invitee, signed out, on their own phone.
    const invitee = await newPage();
    await invitee.goto(link);
    await invitee.getByRole('heading', { level: 1, name: fill(en['admin.invitations.title'], { name: 'Ade Fashion House' }) }).waitFor();
    await invitee.getByText(en['admin.invitations.newAccount']).waitFor();
    await expectAccessible(invitee);
    await screenshot(invitee, 'backoffice-invitation');
    const form = invitee.getByRole('form', { name: en['admin.invitations.accept'] });
    await form.getByRole('textbox', { name: en['admin.invitations.name'] }).fill('Kemi Adewale');
    await form.getByLabel(en['admin.invitations.newPassword']).fill(PASSWORD);
    await form.getByLabel(en['admin.invitations.confirm']).fill(`${PASSWORD}x`);
    await form.getByRole('button', { name: en['admin.invitations.accept'] }).click();
    await form.getByText(en['admin.invitations.invalid.confirm']).waitFor();
    await form.getByLabel(en['admin.invitations.newPassword']).fill(PASSWORD);
    await form.getByLabel(en['admin.invitations.confirm']).fill(PASSWORD);
    await form.getByRole('button', { name: en['admin.invitations.accept'] }).click();
    await invitee.waitForURL((url) => url.pathname === `/admin/${STORE}/sign-in`);
    await invitee.getByRole('status').getByText(en['admin.invitations.joined']).waitFor();
    await invitee.getByLabel(en['signIn.email']).fill(email);
    await invitee.getByLabel(en['signIn.password']).fill(PASSWORD);
    await invitee.getByRole('button', { name: en['signIn.submit'] }).click();
    await invitee.getByRole('heading', { level: 1, name: en['admin.dashboard.title'] }).waitFor();
    await navLink(invitee, en['admin.nav.products']).waitFor();
    const tenant = await prisma.tenant.findUniqueOrThrow({ where: { slug: STORE } });
    expect((await prisma.membership.findMany({ where: { user: { email }, tenantId: tenant.id }, select: { role: true } })).map((m) => m.role)).toEqual(['STAFF']);

    // Used: the link is dead.
    const again = await newPage();
    await again.goto(link);
    await again.getByRole('alert').getByText(en['admin.invitations.invalid']).waitFor();
  }, 240_000);

  test('a revoked link is dead, and a link opened under another shop shows as invalid', async () => {
    const admin = await newPage();
    await signInToBackOffice(admin, { stack, storefrontUrl, tenant: STORE, user: 'client', path: '/members', landing: en['admin.members.title'] });
    const email = `revoked.${Date.now()}@example.ng`;
    const link = await inviteFrom(admin, email);

    // Another shop's invitation page does not accept this shop's link.
    const elsewhere = await newPage();
    await elsewhere.goto(link.replace(`/admin/${STORE}/`, '/admin/naija-market/'));
    await elsewhere.getByRole('alert').getByText(en['admin.invitations.invalid']).waitFor();
    expect(await elsewhere.getByRole('form', { name: en['admin.invitations.accept'] }).count()).toBe(0);

    await admin.reload();
    await admin.getByRole('button', { name: en['admin.invitations.revoke'] }).and(admin.locator(`[data-invitation="${email}"] button`)).click();
    await admin.getByRole('status').getByText(en['admin.invitations.revoked']).waitFor();
    const invitee = await newPage();
    await invitee.goto(link);
    await invitee.getByRole('alert').getByText(en['admin.invitations.invalid']).waitFor();
  }, 180_000);
}

describeInChromium('back office: invitations by e-mail', invitationsSuite);
