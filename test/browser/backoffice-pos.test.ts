// The back office's point of sale in a real browser on a phone-sized screen (issue 13): a shop's administrator
// registers a till and sees its pairing code once (with where to enter it), makes a new code for it and
// revokes it after ticking the confirmation; adds a supervisor with a PIN typed twice and deactivates them;
// opens the Z-report of a session a paired till synced through the API (totals, tenders, cash short by ₦50,
// receipt numbers as the database holds them; printed without the back office around it); resolves the
// conflict that session's unapproved discount raised, with a note; saves the receipts' header, footer and VAT
// number. axe checks every page.
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import pos from '../../storefront/messages/pos-admin.en.json';
import { formatMoney } from '../../storefront/lib/money';
import { uuidv7 } from '../../subgraphs/protocol/src/ids';
import { addCashier, payload, pricedVariants, registerTill, signIn, sync, TillEvents } from '../../subgraphs/pos/test/support';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const naira = (kobo: bigint) => formatMoney({ amount: kobo.toString(), currency: 'NGN' });
const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_w, k: string) => String(vars[k]));

function posSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  let page: Page;
  let sessionId: string;
  let seededTill: string;

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium({ demoProducts: 20 }));

    // A till's closed session, synced as the till sends it: a float of ₦10,000, a cash sale with change, a
    // transfer sale with a 10% discount the cashier (limit 0%) gave without a supervisor, a pay-out, and a
    // count ₦50 short.
    const admin = await signIn(stack, STORE, 'client');
    const till = await registerTill(stack, admin, { name: 'Seeded counter' });
    const amaka = await addCashier(stack, admin, { name: 'Amaka Eze', pin: '2580', discountLimitBps: 0 });
    const [a, b] = await pricedVariants(stack, till, 2);
    const ev = new TillEvents();
    sessionId = uuidv7();
    const float = 1_000_000n;
    const open = ev.open(sessionId, amaka, float);
    const cashSale = ev.sale(sessionId, amaka, [{ item: a, quantity: 2 }], (total) => [{ tender: 'CASH', amount: total + 5_000n }]);
    const transferSale = ev.sale(sessionId, amaka, [{ item: b, quantity: 1, discount: b.unitPrice / 10n }], (total) => [{ tender: 'TRANSFER', amount: total, reference: 'GTB-123' }]);
    const payOut = ev.cash(sessionId, amaka, 'PAY_OUT', 150_000n, 'diesel for the generator');
    const expected = float + cashSale.cashIn - 150_000n;
    const close = ev.close(sessionId, amaka, expected - 5_000n);
    const synced = payload(await sync(stack, till, [open, cashSale.event, transferSale.event, payOut, close]), 'syncPosBatch');
    expect(synced.results.map((r: { status: string }) => r.status)).toEqual(['APPLIED', 'APPLIED', 'APPLIED', 'APPLIED', 'APPLIED']);
    seededTill = (await stack.stack.prisma.posDevice.findUniqueOrThrow({ where: { id: till.deviceId } })).name;

    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await context.newPage();
  }, 300_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  const tillRow = (name: string) => page.getByTestId('pos-tills').getByRole('row').filter({ hasText: name });

  test('the administrator registers a till, sees its pairing code once, renews it and revokes the till', async () => {
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'client' });
    await page.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name: en['admin.nav.pos'] }).click();
    await page.getByRole('heading', { level: 1, name: pos.title }).waitFor();
    await expect(tillRow(seededTill).getByTestId('till-status').textContent()).resolves.toBe(pos['status.ACTIVE']);
    await expectAccessible(page);

    const register = page.getByRole('form', { name: pos['register.title'] });
    await register.getByLabel(pos['register.name']).fill('Back counter');
    await register.getByRole('button', { name: pos['register.submit'] }).click();
    const code = register.locator('output.secret');
    await code.waitFor();
    expect((await code.textContent())?.trim()).toMatch(/^[A-Z2-7]{5}-[A-Z2-7]{5}$/);
    await register.getByText(`/pos/${STORE}`, { exact: false }).waitFor();
    await expect(tillRow('Back counter').getByTestId('till-status').textContent()).resolves.toBe(pos['status.PENDING']);
    await expectAccessible(page);
    await screenshot(page, 'backoffice-pos-pairing-code');
    const first = (await code.textContent())?.trim();

    // A new code for the till not yet paired: another one, shown once too.
    const card = page.getByTestId('pos-manage-till').filter({ has: page.getByRole('heading', { name: /Back counter/ }) });
    await card.getByRole('button', { name: pos['manage.renew'] }).click();
    const renewed = card.locator('output.secret');
    await renewed.waitFor();
    expect((await renewed.textContent())?.trim()).not.toBe(first);

    // Revoking asks for the tick first.
    await card.getByRole('button', { name: pos['manage.revoke'] }).click();
    await card.getByText(pos['manage.revokeNotConfirmed']).waitFor();
    await card.getByRole('checkbox').check();
    await card.getByRole('button', { name: pos['manage.revoke'] }).click();
    await page.getByRole('status').getByText(pos['done.revoked']).waitFor();
    await expect(tillRow('Back counter').getByTestId('till-status').textContent()).resolves.toBe(pos['status.REVOKED']);
    const device = await stack.stack.prisma.posDevice.findFirstOrThrow({ where: { name: 'Back counter' } });
    expect(device.status).toBe('REVOKED');
  });

  test('adds a supervisor with a PIN typed twice, then deactivates them', async () => {
    await page.getByRole('link', { name: pos['tabs.cashiers'] }).click();
    await page.getByRole('heading', { level: 1, name: pos['cashiers.title'] }).waitFor();
    const form = page.getByRole('form', { name: pos['cashiers.add'] });
    await form.getByLabel(pos['cashiers.name']).fill('Chidi Okafor');
    await form.getByLabel(pos['cashiers.role']).selectOption('SUPERVISOR');
    await form.getByLabel(pos['cashiers.limitLabel']).fill('12.5');
    await form.getByLabel(pos['cashiers.pin'], { exact: true }).fill('4826');
    await form.getByLabel(pos['cashiers.pinRepeat']).fill('4827');
    await form.getByRole('button', { name: pos['cashiers.submitAdd'] }).click();
    await form.getByText(pos['cashiers.invalid.pinRepeat']).waitFor();
    await form.getByLabel(pos['cashiers.pin'], { exact: true }).fill('4826');
    await form.getByLabel(pos['cashiers.pinRepeat']).fill('4826');
    await form.getByRole('button', { name: pos['cashiers.submitAdd'] }).click();
    await page.getByRole('status').getByText(pos['done.cashierAdded']).waitFor();
    const row = page.getByTestId('pos-cashiers').getByRole('row').filter({ hasText: 'Chidi Okafor' });
    await row.getByText(pos['role.SUPERVISOR']).waitFor();
    await row.getByText('12.5%').waitFor();
    const saved = await stack.stack.prisma.posCashier.findFirstOrThrow({ where: { name: 'Chidi Okafor' } });
    expect([saved.role, saved.discountLimitBps, saved.active]).toEqual(['SUPERVISOR', 1250, true]);
    await expectAccessible(page);

    const edit = page.getByTestId('pos-edit-cashier').filter({ hasText: 'Chidi Okafor' });
    await edit.getByText(fill(pos['cashiers.edit'], { name: 'Chidi Okafor' })).click();
    await edit.getByRole('button', { name: pos['cashiers.deactivate'] }).click();
    await page.getByRole('status').getByText(pos['done.deactivated']).waitFor();
    await row.getByText(pos['cashiers.inactive']).waitFor();
    await screenshot(page, 'backoffice-pos-cashiers');
  });

  test("opens a closed session's Z-report: totals, tenders, the cash short by ₦50 and the receipts", async () => {
    await page.getByRole('link', { name: pos['tabs.sessions'] }).click();
    await page.getByRole('heading', { level: 1, name: pos['sessions.title'] }).waitFor();
    await expectAccessible(page);
    await page.locator(`a[href$="/pos/sessions/${sessionId}"]`).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`Z-report: till .*${seededTill}`) }).waitFor();
    const session = await stack.stack.prisma.tillSession.findUniqueOrThrow({ where: { id: sessionId } });
    await expect(page.getByTestId('over-short').textContent()).resolves.toBe(`⚠ ${fill(pos['z.short'], { amount: naira(5_000n) })}`);
    await page.getByTestId('z-cash').getByText(naira(session.expectedCash!)).waitFor();
    await page.getByTestId('z-tenders').getByRole('rowheader', { name: pos['tender.CASH'] }).waitFor();
    await page.getByTestId('z-tenders').getByRole('rowheader', { name: pos['tender.TRANSFER'] }).waitFor();
    const sales = await stack.stack.prisma.posSale.findMany({ where: { sessionId } });
    expect(sales).toHaveLength(2);
    for (const sale of sales) await page.getByTestId('z-sales').getByRole('link', { name: sale.receiptNumber }).waitFor();
    await page.getByRole('button', { name: pos['z.print'] }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'backoffice-pos-z-report');
    // Printed: the report without the back office's header, tabs and buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: pos['z.print'] }).isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: en['admin.nav.label'] }).isVisible()).toBe(false);
    await expect(page.getByTestId('over-short').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  test('resolves the conflict of the unapproved discount with a note', async () => {
    await page.getByRole('link', { name: pos['tabs.conflicts'] }).click();
    await page.getByRole('heading', { level: 1, name: pos['conflicts.title'] }).waitFor();
    const conflict = page.getByTestId('pos-conflict').filter({ has: page.getByRole('heading', { name: pos['conflictKind.DISCOUNT_OVER_LIMIT'] }) });
    const sale = await stack.stack.prisma.posSale.findFirstOrThrow({ where: { sessionId, discount: { gt: 0n } } });
    await conflict.getByText(sale.receiptNumber, { exact: true }).waitFor();
    await expectAccessible(page);
    await conflict.getByLabel(pos['conflicts.note']).fill('Agreed with Amaka: loyal customer');
    await conflict.getByRole('button', { name: pos['conflicts.resolve'] }).click();
    await page.getByRole('status').getByText(pos['done.resolved']).waitFor();
    await page.getByRole('link', { name: pos['conflicts.showResolved'] }).click();
    await page.getByTestId('pos-resolved-conflicts').getByText('Agreed with Amaka: loyal customer').waitFor();
  });

  test('saves what receipts print', async () => {
    await page.getByRole('link', { name: pos['tabs.receipts'] }).click();
    await page.getByRole('heading', { level: 1, name: pos['receipts.title'] }).waitFor();
    const form = page.getByRole('form', { name: pos['receipts.title'] });
    await form.getByLabel(pos['receipts.header']).fill('Ade Fashion\n12 Allen Avenue, Ikeja');
    await form.getByLabel(pos['receipts.footer']).fill('Thank you! Returns within 7 days with this receipt.');
    await form.getByLabel(pos['receipts.vat']).fill('12345678-0001');
    await form.getByRole('button', { name: pos['receipts.submit'] }).click();
    await page.getByRole('status').getByText(pos['done.receipts']).waitFor();
    await expect(form.getByLabel(pos['receipts.vat']).inputValue()).resolves.toBe('12345678-0001');
    await expectAccessible(page);
  });
}

describeInChromium('back office: point of sale (Chromium, 390 px)', posSuite);
