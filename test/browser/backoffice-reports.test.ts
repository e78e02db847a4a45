// Sales reports in a real browser on a phone-sized screen (issue 14, CB-2): an administrator opens Reports,
// sees today's sales from every paid order (one is put in the book here), groups them by product, and
// downloads the same figures as CSV; the dashboard's sales tile is the aggregate too. A vendor is refused
// the page and the CSV by the server. axe checks the page.
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import { uuidv7 } from '../../subgraphs/kit/src';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const TITLE = `Report test adire ${Date.now()}`;

function reportsSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
    // A paid order of today, as checkout and payment leave it (the aggregates themselves are tested in
    // subgraphs/commerce/test/reports.test.ts against real checkouts).
    const prisma = stack.stack.prisma;
    const tenantId = (await prisma.tenant.findUniqueOrThrow({ where: { slug: STORE } })).id;
    const orderId = uuidv7();
    const vendorOrderId = uuidv7();
    const now = new Date();
    const variant = await prisma.productVariant.findFirstOrThrow({ where: { tenantId } });
    const location = await prisma.location.findFirstOrThrow({ where: { tenantId } });
    await prisma.$transaction([
      prisma.order.create({
        data: {
          id: orderId, tenantId, number: `RPT-${Date.now()}`, channel: 'SVM', status: 'PAID', checkoutId: uuidv7(), cartId: uuidv7(), email: 'buyer@example.ng', currency: 'NGN',
          subtotal: 1_000_000n, shipping: 150_000n, tax: 75_000n, total: 1_225_000n, taxInclusive: false, taxRateBps: 750, shippingMethod: 'standard', expiresAt: now, paidAt: now,
        },
      }),
      prisma.vendorOrder.create({ data: { id: vendorOrderId, tenantId, orderId, vendorId: uuidv7(), vendorName: 'Ade Fashion House', subtotal: 1_000_000n, shipping: 150_000n, tax: 75_000n, commissionBps: 0, commission: 0n } }),
      prisma.orderLine.create({
        data: { id: uuidv7(), tenantId, orderId, vendorOrderId, variantId: variant.id, productId: variant.productId, reservationId: uuidv7(), locationId: location.id, sku: 'RPT-1', title: TITLE, quantity: 2, unitPrice: 500_000n, subtotal: 1_000_000n, tax: 75_000n, commissionBps: 0 },
      }),
    ]);
  }, 300_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    return context.newPage();
  }

  test('an administrator reads the period by day and by product, and downloads it as CSV', async () => {
    const page = await newPage();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'client' });
    // The dashboard's sales tile: every paid order of 30 days, not a sample.
    await page.getByText(en['admin.tiles.allPaidOrders'].replace('{days}', '30')).waitFor();
    await page.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name: en['admin.nav.reports'] }).click();
    await page.getByRole('heading', { level: 1, name: en['admin.reports.title'] }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'backoffice-reports');
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Lagos' }).format(new Date());
    const day = page.locator(`tr[data-key="${today}"]`);
    await day.waitFor();
    expect(Number(await day.locator('td').nth(0).textContent())).toBeGreaterThanOrEqual(1);

    await page.getByRole('combobox', { name: en['admin.reports.by'] }).selectOption('PRODUCT');
    await page.getByRole('button', { name: en['admin.reports.show'] }).click();
    await page.waitForURL((url) => url.searchParams.get('by') === 'PRODUCT');
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.waitFor();
    expect(await row.locator('td').allTextContents()).toEqual(expect.arrayContaining(['1', '2']));
    await expectAccessible(page);

    const href = await page.getByRole('link', { name: en['admin.reports.csv'] }).getAttribute('href');
    const response = await page.request.get(`${storefrontUrl}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/csv');
    expect(response.headers()['content-disposition']).toMatch(/attachment; filename="sales-by-product-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv"/);
    const lines = (await response.text()).trim().split('\r\n');
    expect(lines[0]).toBe('product,label,orders,units,revenue,tax,refunded,commission,currency');
    expect(lines.find((l) => l.includes(TITLE))).toMatch(new RegExp(`^[0-9a-f-]{36},${TITLE},1,2,10750\\.00,750\\.00,0\\.00,0\\.00,NGN$`));
  }, 240_000);

  test('a vendor is refused the reports page and the CSV by the server', async () => {
    const page = await newPage();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: 'naija-market', user: 'vendor' });
    expect(await page.getByRole('link', { name: en['admin.nav.reports'] }).count()).toBe(0);
    await page.goto(`${storefrontUrl}/admin/naija-market/reports`);
    await page.waitForURL((url) => url.pathname === '/admin/naija-market');
    const csv = await page.request.get(`${storefrontUrl}/admin/naija-market/reports/export?by=VENDOR`, { maxRedirects: 0 });
    expect(csv.status()).toBeGreaterThanOrEqual(300);
    expect(csv.status()).toBeLessThan(400);
    expect(await csv.text()).not.toContain('revenue');
  }, 120_000);
}

describeInChromium('back office: sales reports', reportsSuite);
