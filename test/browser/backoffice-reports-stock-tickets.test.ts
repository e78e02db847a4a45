// Stock and ticket-sales reports in a real browser on a phone-sized screen (issue 14, CB-2): a store's
// administrator opens Reports, switches to Stock (units per location, then per product, as the database
// holds them) and downloads it as CSV; the store has no ticket report. A bus operator's administrator sells
// a seat, opens Ticket sales for the coming days, finds the trip with its seat sold, and downloads it as CSV.
// A marketplace's administrator reads the commissions and the payouts of the period, and downloads them.
// axe checks every report. A store's administrator records the payment of an approved expense on its page
// and downloads the profit and loss and the balance by account as PDFs (decision 0088); the PDF routes
// refuse the signed-out and another tenant's reports.
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import ex from '../../storefront/messages/expenses.en.json';
import { approveExpense, createExpense, type ExpenseInput } from '../../subgraphs/ledger/src/services/expenses';
import { serviceContext } from '../../subgraphs/ledger/test/support';
import { uuidv7 } from '../../subgraphs/protocol/src/ids';
import { commissionPosting } from '../../subgraphs/ledger/test/support';
import { postJournalEntry } from '../../subgraphs/ledger/src/services/posting';
import { signIn } from '../support/callers';
import { gql } from '../support/graphql';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const OPERATOR = 'abc-transport';
const MARKET = 'naija-market';
/** A date in Lagos `days` from now, as YYYY-MM-DD. */
const dayInLagos = (days: number) => new Date(Date.now() + days * 24 * 3600_000).toLocaleDateString('en-CA', { timeZone: 'Africa/Lagos' });

function reportsSuite(): void {
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

  async function downloadCsv(page: Page): Promise<{ name: string; lines: string[] }> {
    const href = await page.getByRole('link', { name: en['admin.reports.csv'] }).getAttribute('href');
    const response = await page.request.get(`${storefrontUrl}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/csv');
    return { name: response.headers()['content-disposition'], lines: (await response.text()).trim().split('\r\n') };
  }

  test('a store administrator reads stock per location and per product, and downloads it as CSV', async () => {
    const prisma = stack.stack.prisma;
    const tenantId = (await prisma.tenant.findUniqueOrThrow({ where: { slug: STORE } })).id;
    const level = await prisma.stockLevel.findFirstOrThrow({ where: { tenantId, onHand: { gt: 0 } } });
    const atLocation = await prisma.stockLevel.aggregate({ where: { tenantId, locationId: level.locationId }, _sum: { onHand: true } });

    const page = await newPage();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'client' });
    await page.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name: en['admin.nav.reports'] }).click();
    await page.getByRole('heading', { level: 1, name: en['admin.reports.title'] }).waitFor();
    const kinds = page.getByRole('navigation', { name: en['admin.reports.kinds'] });
    // A store runs no trips: no ticket sales.
    expect(await kinds.getByRole('link').allTextContents()).toEqual([en['admin.reports.kind.sales'], en['admin.reports.kind.stock'], en['admin.reports.kind.commissions'], en['admin.reports.kind.payouts'], en['admin.reports.kind.vat'], en['admin.reports.kind.pnl'], en['admin.reports.kind.vendors']]);
    await kinds.getByRole('link', { name: en['admin.reports.kind.stock'] }).click();
    await page.getByRole('heading', { level: 2, name: en['admin.reports.stock.by.LOCATION'] }).waitFor();
    const row = page.locator(`tr[data-key="${level.locationId}"]`);
    await row.waitFor();
    expect((await row.locator('td').nth(1).textContent())?.replace(/,/g, '')).toBe(String(atLocation._sum.onHand));
    await expectAccessible(page);
    await screenshot(page, 'backoffice-reports-stock');
    const byLocation = await downloadCsv(page);
    expect(byLocation.name).toBe('attachment; filename="stock-by-location.csv"');
    expect(byLocation.lines[0]).toBe('location,label,variants,on_hand,reserved,available');
    expect(byLocation.lines.find((l) => l.startsWith(level.locationId))).toMatch(new RegExp(`,${atLocation._sum.onHand},\\d+,\\d+$`));

    await page.getByRole('combobox', { name: en['admin.reports.by'] }).selectOption('PRODUCT');
    await page.getByRole('button', { name: en['admin.reports.show'] }).click();
    await page.waitForURL((url) => url.searchParams.get('by') === 'PRODUCT' && url.searchParams.get('report') === 'stock');
    await page.getByRole('heading', { level: 2, name: en['admin.reports.stock.by.PRODUCT'] }).waitFor();
    const item = await prisma.inventoryItem.findUniqueOrThrow({ where: { variantId: level.variantId } });
    const product = await prisma.product.findUniqueOrThrow({ where: { id: item.productId } });
    await page.locator(`tr[data-key="${item.productId}"]`).getByRole('rowheader', { name: product.title }).waitFor();
    await expectAccessible(page);
    const byProduct = await downloadCsv(page);
    expect(byProduct.lines[0]).toBe('product,label,variants,on_hand,reserved,available');
    expect(byProduct.lines.some((l) => l.startsWith(`${item.productId},`))).toBe(true);
  }, 240_000);

  test('an operator reads ticket sales per trip of the coming days, and downloads them as CSV', async () => {
    // One seat sold at the window on tomorrow's first trip.
    const login = await gql(stack.gatewayUrl, 'mutation($i: LoginInput!) { login(input: $i) { session { accessToken } } }', { i: { tenantSlug: OPERATOR, email: 'staff@webwaka.test', password: stack.demo.password } }, {});
    const staff = { authorization: `Bearer ${login.data.login.session.accessToken}` };
    const { data: found } = await gql(stack.gatewayUrl, 'query($d: String!) { searchTrips(origin: "Lagos", destination: "Abuja", date: $d) { id } }', { d: dayInLagos(1) }, { 'x-tenant': OPERATOR });
    const tripId: string = found.searchTrips[0].id;
    const { data: map } = await gql(stack.gatewayUrl, 'query($t: ID!) { seatMap(tripId: $t) { seats { label state } } }', { t: tripId }, { 'x-tenant': OPERATOR });
    const seat: string = map.seatMap.seats.find((s: { state: string }) => s.state === 'AVAILABLE').label;
    const held = await gql(stack.gatewayUrl, 'mutation ($t: ID!, $l: [String!]!) { holdSeats(tripId: $t, seatLabels: $l) { holdToken userErrors { code } } }', { t: tripId, l: [seat] }, staff);
    const sold = await gql(
      stack.gatewayUrl,
      'mutation ($t: String!, $s: String!, $r: String!) { confirmBooking(input: { holdToken: $t, passengers: [{ seatLabel: $s, name: "Report Test" }], paymentReference: $r }) { booking { id } userErrors { code } } }',
      { t: held.data.holdSeats.holdToken, s: seat, r: `report-${Date.now()}` },
      staff,
    );
    expect(sold.data.confirmBooking.userErrors).toEqual([]);
    const tickets = await stack.stack.prisma.ticket.count({ where: { tripId } });

    const page = await newPage();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: OPERATOR, user: 'client' });
    await page.goto(`${storefrontUrl}/admin/${OPERATOR}/reports?report=tickets&from=${dayInLagos(0)}&to=${dayInLagos(2)}`);
    await page.getByRole('heading', { level: 2, name: en['admin.reports.summary'].replace('{from}', dayInLagos(0)).replace('{to}', dayInLagos(2)) }).waitFor();
    const kinds = page.getByRole('navigation', { name: en['admin.reports.kinds'] });
    expect(await kinds.getByRole('link', { name: en['admin.reports.kind.tickets'] }).getAttribute('aria-current')).toBe('page');
    const row = page.locator(`tr[data-key="${tripId}"]`);
    await row.waitFor();
    expect(await row.locator('td').nth(1).textContent()).toMatch(new RegExp(`^${tickets} of \\d+$`));
    await expectAccessible(page);
    await screenshot(page, 'backoffice-reports-tickets');
    const csv = await downloadCsv(page);
    expect(csv.name).toBe(`attachment; filename="ticket-sales-${dayInLagos(0)}-to-${dayInLagos(2)}.csv"`);
    expect(csv.lines[0]).toBe('trip,route,origin,destination,departure,seats,seats_sold,seats_boarded,revenue,currency');
    expect(csv.lines.find((l) => l.startsWith(tripId))).toMatch(new RegExp(`,\\d+,${tickets},\\d+,\\d+\\.\\d{2},NGN$`));
  }, 240_000);

  test('a marketplace administrator reads the commissions of the period per beneficiary, and downloads them as CSV', async () => {
    // One commission line of today for the demo agent, as a paid order's split leaves it (the aggregate
    // itself is tested in subgraphs/mlas/test/reports.test.ts against processed orders and tickets).
    const prisma = stack.stack.prisma;
    const market = (await prisma.tenant.findUniqueOrThrow({ where: { slug: MARKET } })).id;
    const musa = await prisma.agentProfile.findFirstOrThrow({ where: { tenantId: market, code: 'MUSA-NJM' } });
    const orderId = uuidv7();
    const vendorOrderId = uuidv7();
    const order = await prisma.commissionOrder.create({ data: { id: uuidv7(), tenantId: market, orderId, orderNumber: 'WW-REPORT', currency: 'NGN', paidAt: new Date(), attribution: 'CART_CODE' } });
    const split = await prisma.commissionSplit.create({
      data: { id: uuidv7(), tenantId: market, orderRecordId: order.id, orderId, vendorOrderId, vendorId: uuidv7(), currency: 'NGN', subtotal: 100_000n, pool: 10_000n, revenueModelId: uuidv7(), status: 'POSTED' },
    });
    await prisma.commission.create({
      data: { id: uuidv7(), tenantId: market, splitId: split.id, orderId, vendorOrderId, beneficiary: 'AGENT', level: 1, beneficiaryId: musa.userId, agentId: musa.id, currency: 'NGN', amount: 4_000n, status: 'POSTED' },
    });
    const today = dayInLagos(0);
    const lines = await prisma.commission.count({ where: { tenantId: market, beneficiary: 'AGENT', level: 1, beneficiaryId: musa.userId, createdAt: { gte: new Date(`${dayInLagos(-29)}T00:00:00+01:00`) } } });

    const page = await newPage();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: MARKET, user: 'client' });
    await page.goto(`${storefrontUrl}/admin/${MARKET}/reports`);
    await page.getByRole('navigation', { name: en['admin.reports.kinds'] }).getByRole('link', { name: en['admin.reports.kind.commissions'] }).click();
    await page.waitForURL((url) => url.searchParams.get('report') === 'commissions');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Agent level 1: MUSA-NJM', exact: true }) });
    await row.waitFor();
    expect(await row.locator('td').first().textContent()).toBe(String(lines));
    await expectAccessible(page);
    await screenshot(page, 'backoffice-reports-commissions');
    const csv = await downloadCsv(page);
    expect(csv.name).toBe(`attachment; filename="commissions-${dayInLagos(-29)}-to-${today}.csv"`);
    expect(csv.lines[0]).toBe('beneficiary,level,beneficiary_id,agent_code,lines,amount,posted,held,flagged,clawed_back,currency');
    expect(csv.lines.find((l) => l.startsWith(`AGENT,1,${musa.userId},MUSA-NJM,`))).toMatch(/,\d+\.\d{2},NGN$/);
  }, 240_000);

  test('a marketplace administrator reads the payouts of the period per payee, and downloads them as CSV', async () => {
    // An agent's commission payable in the book, paid out in a batch made through the API.
    const prisma = stack.stack.prisma;
    const market = (await prisma.tenant.findUniqueOrThrow({ where: { slug: MARKET } })).id;
    const agent = uuidv7();
    await postJournalEntry(prisma, commissionPosting(market, agent, 700_000n));
    const made = await gql(stack.gatewayUrl, 'mutation { createPayoutBatch(currency: "NGN") { batch { id } userErrors { code } } }', {}, await signIn(stack, MARKET, 'client'));
    expect(made.data.createPayoutBatch.userErrors).toEqual([]);
    const payee = await prisma.ledgerAccount.findFirstOrThrow({ where: { tenantId: market, ownerId: agent } });

    const page = await newPage();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: MARKET, user: 'client' });
    await page.goto(`${storefrontUrl}/admin/${MARKET}/reports?report=payouts`);
    const row = page.locator(`tr[data-key="${payee.id}"]`);
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual(expect.arrayContaining(['1', '₦7,000.00']));
    await expectAccessible(page);
    await screenshot(page, 'backoffice-reports-payouts');
    const csv = await downloadCsv(page);
    expect(csv.name).toBe(`attachment; filename="payouts-${dayInLagos(-29)}-to-${dayInLagos(0)}.csv"`);
    expect(csv.lines[0]).toBe('account,owner_type,owner_id,purpose,payouts,amount,paid,pending,failed,bank,account_last4,last_paid_at,currency');
    expect(csv.lines.find((l) => l.startsWith(payee.id))).toBe(`${payee.id},AGENT,${agent},AGENT_COMMISSION_PAYABLE,1,7000.00,0.00,7000.00,0.00,,,,NGN`);
  }, 240_000);

  test('a store administrator pays an approved expense on its page and downloads reports as PDF (390 px)', async () => {
    const prisma = stack.stack.prisma;
    const tenantId = (await prisma.tenant.findUniqueOrThrow({ where: { slug: STORE } })).id;
    // Written by staff, approved by another administrator: the signed-in administrator is neither.
    const input = { category: 'FUEL_AND_POWER', supplier: `Diesel ${uuidv7().slice(-6)}`, spentOn: new Date(`${dayInLagos(-1)}T00:00:00Z`), currency: 'NGN', amount: 40_000_00n, vatPaid: 3_000_00n, submit: true } as ExpenseInput & { submit: boolean };
    const expense = await createExpense(serviceContext(stack, tenantId, { roles: ['STAFF'], mfa: false }), input);
    await approveExpense(serviceContext(stack, tenantId), expense.id);

    const page = await newPage();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'client' });
    await page.goto(`${storefrontUrl}/admin/${STORE}/money/expenses?status=UNPAID`);
    await page.getByRole('link', { name: input.supplier }).click();
    await page.getByRole('heading', { level: 2, name: ex['pay.title'] }).waitFor();
    await expectAccessible(page);
    await page.getByLabel(ex['pay.from']).selectOption('BANK');
    await page.getByLabel(ex['pay.reference']).fill('TRF-0088-01');
    await page.getByRole('button', { name: ex['pay.submit'] }).click();
    await page.getByText(ex['done.paid']).waitFor();
    expect(await page.getByTestId('expense-paid').textContent()).toContain('TRF-0088-01');
    expect(await page.getByRole('button', { name: ex['pay.submit'] }).count()).toBe(0);
    const payment = await prisma.expensePayment.findUniqueOrThrow({ where: { expenseId: expense.id } });
    expect(payment).toMatchObject({ paidFrom: 'BANK', reference: 'TRF-0088-01' });
    await screenshot(page, 'backoffice-expense-paid');

    // Profit and loss: the PDF link beside the CSV.
    await page.goto(`${storefrontUrl}/admin/${STORE}/reports?report=pnl`);
    const href = await page.getByRole('link', { name: en['admin.reports.pdf'] }).getAttribute('href');
    const pdf = await page.request.get(`${storefrontUrl}${href}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(pdf.headers()['content-disposition']).toMatch(/^attachment; filename="profit-and-loss-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const text = (await pdf.body()).toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain('(Expenses: Fuel and power) Tj');
    expect(text).toContain('(Net profit) Tj');
    // The balance by account, from Money > Trial balance.
    await page.goto(`${storefrontUrl}/admin/${STORE}/money/trial-balance`);
    const tb = await page.request.get(`${storefrontUrl}${await page.getByRole('link', { name: en['admin.reports.pdf'] }).getAttribute('href')}`);
    expect(tb.headers()['content-type']).toBe('application/pdf');
    expect((await tb.body()).toString('latin1')).toContain('(Expenses payable) Tj');
    // Another tenant's report with this session, and no session at all: never a PDF.
    const foreign = await page.request.get(`${storefrontUrl}/admin/${MARKET}/reports/pdf?report=pnl`, { maxRedirects: 0 });
    expect(foreign.headers()['content-type'] ?? '').not.toContain('application/pdf');
    const context = await browser.newContext();
    const signedOut = await context.request.get(`${storefrontUrl}/admin/${STORE}/reports/pdf?report=pnl`, { maxRedirects: 0 });
    expect(signedOut.headers()['content-type'] ?? '').not.toContain('application/pdf');
    await context.close();
  }, 240_000);
}

describeInChromium('back office: stock and ticket-sales reports', reportsSuite);
