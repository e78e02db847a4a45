// Money in the back office, in real Chromium against the real stack. A shopper referred by an agent buys
// from a marketplace vendor and pays on the sandbox page (commerce → MLAS → ledger through the outbox); then
// the marketplace administrator (with their authenticator code) finds the vendor's payable and its
// statement, creates a payout batch, sends it and marks the vendor's item paid — the payable is then 0;
// the vendor reads its own account and sets its payout bank (a vendor is paid only once its order is
// delivered and the return window passed, and only to bank details on file: decision 0031); the agent sees
// its commission and referral code. axe checks each page.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import { formatMoney } from '../../storefront/lib/money';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, payload, serviceContext, tenantId, waitFor } from '../../subgraphs/commerce/test/support';
import { advanceOrder } from '../../subgraphs/commerce/src/services/orders';
import { DEMO_AGENTS } from '../../prisma/seed/mlas';
import { assertLedgerInvariants, ledgerBalance, type AccountKey } from '../support/ledger';
import { screenshot, expectAccessible, describeInChromium, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';
import type { TestStack } from '../support/stack';

const MARKET = 'naija-market';
const VENDOR_SLUG = 'chiamakas-closet';
const agent = DEMO_AGENTS.find((a) => a.code === 'MUSA-NJM')!;

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => values[k]);
const naira = (kobo: bigint) => formatMoney({ amount: kobo.toString(), currency: 'NGN' });

function moneySuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  let vendorAccount: AccountKey;
  let agentAccount: AccountKey;
  let vendorName: string;

  const signIn = (p: Page, user: string) => signInToBackOffice(p, { stack, storefrontUrl, tenant: MARKET, user });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    return context.newPage();
  }

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());

    // Seed money through the API: ₦10,750 incl. VAT, listed at 10% commission, referred by MUSA-NJM.
    const prisma = stack.stack.prisma;
    const market = await tenantId(prisma, MARKET);
    const product = await makeProduct(prisma, market, { price: 1_075_000n, stock: 3, vendorSlug: VENDOR_SLUG, commissionBps: 1000 });
    vendorName = (await prisma.vendor.findUniqueOrThrow({ where: { id: product.vendorId } })).name;
    const token = await guestCart(stack, MARKET, [{ variantId: product.variantId, quantity: 1 }], { visitorId: 'visitor-backoffice-money', referralCode: agent.code });
    const placed = payload(await checkout(stack, MARKET, checkoutInput(token)), 'checkout');
    expect(await decideOnSandboxPage(stack, placed.payment.authorizationUrl, 'pay')).toBeLessThan(400);
    vendorAccount = { tenantId: market, ownerType: 'VENDOR', ownerId: product.vendorId, purpose: 'VENDOR_PAYABLE', currency: 'NGN' };
    agentAccount = { tenantId: market, ownerType: 'AGENT', ownerId: agent.userId, purpose: 'AGENT_COMMISSION_PAYABLE', currency: 'NGN' };
    // Settlement is asynchronous: the agent's share is the last posting to land in this book.
    await waitFor(async () => (await ledgerBalance(prisma, vendorAccount)) !== 0n && (await ledgerBalance(prisma, agentAccount)) !== 0n, 30_000);
    // Delivered, with no return window in this test, so the vendor's part is free to pay out (decision 0031).
    process.env.PAYOUT_RETURN_WINDOW_DAYS = '0';
    const manager = serviceContext(stack, market);
    for (const to of ['FULFILLING', 'SHIPPED', 'DELIVERED'] as const) await advanceOrder(manager, placed.order.id, to);
    await waitFor(async () => !!(await prisma.payoutHold.findFirst({ where: { orderId: placed.order.id, releasesAt: { not: null } } })), 30_000);
  }, 600_000);

  afterAll(async () => {
    delete process.env.PAYOUT_RETURN_WINDOW_DAYS;
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  afterEach(async () => {
    await assertLedgerInvariants(stack.stack.prisma);
  });

  test("the agent sees its commission and its referral code and link", async () => {
    const page = await newPage();
    await signIn(page, 'agent');
    await page.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name: en['admin.nav.commissions'] }).click();
    await page.getByRole('heading', { level: 1, name: en['admin.money.commissions.title'] }).waitFor();
    expect(await page.getByTestId('referral-code').textContent()).toBe(agent.code);
    expect(await page.getByLabel(en['admin.money.commissions.link']).inputValue()).toContain(`ref=${agent.code}`);
    // HYBRID: the attributed agent's 20% of the ₦1,000 commission.
    const row = page.getByRole('row').filter({ hasText: naira(20_000n) });
    await row.first().waitFor();
    expect(await row.first().textContent()).toContain(en['admin.money.commissions.statuses.POSTED']);
    await expectAccessible(page);
    await screenshot(page, 'backoffice-agent-commissions');

    // Its own payable, on the money page.
    await page.getByRole('link', { name: en['admin.nav.money'] }).click();
    await page.getByRole('heading', { level: 1, name: en['admin.money.title'] }).waitFor();
    await page.getByRole('row').filter({ hasText: en['admin.money.purpose.AGENT_COMMISSION_PAYABLE'] }).filter({ hasText: naira(await ledgerBalance(stack.stack.prisma, agentAccount)) }).waitFor();
    await expectAccessible(page);
    await page.context().close();
  });

  test('the vendor reads its own payable and statement', async () => {
    const page = await newPage();
    await signIn(page, 'vendor');
    await page.goto(`${storefrontUrl}/admin/${MARKET}/money`);
    const balance = await ledgerBalance(stack.stack.prisma, vendorAccount);
    const row = page.getByRole('row').filter({ hasText: en['admin.money.purpose.VENDOR_PAYABLE'] });
    expect(await row.textContent()).toContain(naira(balance));
    await row.getByRole('link').click();
    await page.getByTestId('account-balance').waitFor();
    expect(await page.getByTestId('account-balance').textContent()).toBe(naira(balance));
    await expectAccessible(page);
    await screenshot(page, 'backoffice-vendor-statement');

    // Its payout bank, on its Account page: the number goes in, only its last 4 digits come back.
    await page.goto(`${storefrontUrl}/admin/${MARKET}/account`);
    expect(await page.getByTestId('payout-bank').textContent()).toBe(en['admin.payoutBank.none']);
    const form = page.getByRole('form', { name: fill(en['admin.payoutBank.title'], { vendor: vendorName }) });
    await form.getByLabel(en['admin.payoutBank.bankName']).fill('Zenith Bank');
    await form.getByLabel(en['admin.payoutBank.accountNumber']).fill('12345');
    await form.getByLabel(en['admin.payoutBank.accountName']).fill('Chiamaka Closet Ltd');
    await form.getByRole('button', { name: en['admin.payoutBank.save'] }).click();
    await form.getByText('The account number is the 10-digit NUBAN').waitFor();
    await form.getByLabel(en['admin.payoutBank.accountNumber']).fill('0712345678');
    await form.getByRole('button', { name: en['admin.payoutBank.save'] }).click();
    await page.getByText(en['admin.payoutBank.saved']).waitFor();
    expect(await page.getByTestId('payout-bank').textContent()).toBe('Zenith Bank · ••••••5678 · Chiamaka Closet Ltd');
    expect(await page.content()).not.toContain('0712345678');
    await expectAccessible(page);
    await screenshot(page, 'backoffice-vendor-payout-bank');
    await page.context().close();
  });

  test('the marketplace administrator sees the vendor payable and its statement, pays it out and the balance goes to 0', async () => {
    const prisma = stack.stack.prisma;
    const page = await newPage();
    await signIn(page, 'client');
    await page.getByRole('link', { name: en['admin.nav.money'] }).click();
    await page.getByRole('heading', { level: 1, name: en['admin.money.title'] }).waitFor();
    const balance = await ledgerBalance(prisma, vendorAccount);
    expect(balance).toBeGreaterThan(0n);
    const vendors = page.getByRole('region', { name: en['admin.money.purpose.VENDOR_PAYABLE'] });
    const row = vendors.getByRole('row').filter({ has: page.getByRole('link', { name: vendorName, exact: true }) });
    expect(await row.textContent()).toContain(naira(balance));
    await expectAccessible(page);
    await screenshot(page, 'backoffice-money');

    // The statement: the sale credited, the commission debited, the running balance ending at the balance.
    await row.getByRole('link', { name: vendorName, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: fill(en['admin.money.statementTitle'], { owner: vendorName, purpose: en['admin.money.purpose.VENDOR_PAYABLE'] }) }).waitFor();
    const lines = page.getByRole('region', { name: en['admin.money.statement'] }).locator('tbody tr');
    expect(await lines.count()).toBeGreaterThanOrEqual(2);
    expect(await lines.first().locator('td').last().textContent()).toBe(naira(balance));
    await expectAccessible(page);
    await screenshot(page, 'backoffice-money-statement');

    // A payout batch: created (the balance set aside at once), sent, the vendor's item marked paid.
    await page.getByRole('link', { name: en['admin.money.back'] }).click();
    await page.getByRole('button', { name: en['admin.money.createBatch'] }).click();
    await page.getByText(en['admin.money.done.created']).waitFor();
    expect(await page.getByTestId('batch-status').textContent()).toBe(en['admin.money.batchStatus.DRAFT']);
    const item = page.getByRole('row').filter({ has: page.getByRole('link', { name: vendorName, exact: true }) });
    expect(await item.textContent()).toContain(naira(balance));
    expect(await item.textContent()).toContain('Zenith Bank ••••5678');
    expect(await ledgerBalance(prisma, vendorAccount)).toBe(0n);
    await expectAccessible(page);
    await page.getByRole('button', { name: en['admin.money.submit'] }).click();
    await page.getByText(en['admin.money.done.submitted']).waitFor();

    const paidForm = page.getByRole('form', { name: fill(en['admin.money.markPaidFor'], { owner: vendorName }) });
    await paidForm.getByLabel(en['admin.money.reference']).fill('NIP-000123');
    await paidForm.getByRole('button', { name: en['admin.money.markPaid'] }).click();
    await page.getByText(en['admin.money.done.paid']).waitFor();
    await page.getByRole('row').filter({ hasText: 'NIP-000123' }).filter({ hasText: en['admin.money.itemStatus.PAID'] }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'backoffice-payout-batch');

    expect(await ledgerBalance(prisma, vendorAccount)).toBe(0n);
    const paid = (await prisma.payoutItem.findMany({ where: { accountId: (await prisma.ledgerAccount.findFirstOrThrow({ where: { ownerId: vendorAccount.ownerId, purpose: 'VENDOR_PAYABLE' } })).id } })).map((i) => ({ status: i.status, amount: i.amount.toString() }));
    expect(paid).toEqual([{ status: 'PAID', amount: balance.toString() }]);
    await page.context().close();
  });
}

describeInChromium('back office money in Chromium', moneySuite);
