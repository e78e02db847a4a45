// Product import in a real browser: Debian Chromium driven by playwright-core, against the real stack
// (PGlite, every subgraph, the gateway, `next start`). The store administrator (TOTP) uploads a CSV of
// three products (one with two variants) and one bad row, sees the preview with the row error, imports
// with a progress bar to 100%, finds the products in the store with their prices and stock, then uploads
// the same file again: everything is already imported and nothing is created. axe on the page.
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import { screenshot, expectAccessible, describeInChromium, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';
import type { TestStack } from '../support/stack';

const STORE = 'ade-fashion';

const CSV = [
  'handle,title,description,category,sku,option1_name,option1_value,option2_name,option2_value,price_ngn,stock',
  'imported-adire-tote,Imported Adire Tote,"Hand-dyed tote, lined",fashion,IMP-TOTE-01,,,,,8500,12',
  'imported-ankara-hat,Imported Ankara Hat,"Reversible, ""one size fits most""",Caps & Hats,IMP-HAT-S,size,S,,,6500.50,5',
  'imported-ankara-hat,,,,IMP-HAT-L,size,L,,,6500.50,4',
  'imported-bad-price,Bad Price Bag,,,IMP-BAD-1,,,,,"4,500",1',
  'imported-shea-butter,Imported Shea Butter,,skincare,IMP-SHEA-250,,,,,3200,',
].join('\r\n');

/** Replaces {placeholders} in a message. */
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_m, name: string) => String(vars[name]));

function importSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await context.newPage();

    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'client', path: '/products', landing: en['admin.products.title'] });
  }, 300_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  async function checkFile(): Promise<void> {
    await page.getByLabel(en['admin.import.file']).setInputFiles({ name: 'products.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    await page.getByLabel(en['admin.import.status']).selectOption('ACTIVE');
    await page.getByRole('button', { name: en['admin.import.check'] }).click();
    const preview = page.getByRole('heading', { level: 2, name: en['admin.import.previewTitle'] });
    const refused = page.getByRole('form', { name: en['admin.import.formLabel'] }).getByRole('alert');
    await preview.or(refused).waitFor();
    // A refused file fails here with the page's own message.
    if (await refused.isVisible()) throw new Error(`preview refused: ${await refused.textContent()}`);
  }

  test('imports a CSV with progress; the products are in the store; a second run creates nothing', async () => {
    const prisma = stack.stack.prisma;
    const { id: tenantId } = await prisma.tenant.findUniqueOrThrow({ where: { slug: STORE } });
    const productsBefore = await prisma.product.count({ where: { tenantId } });

    await page.getByRole('link', { name: en['admin.import.link'] }).click();
    await page.getByRole('heading', { level: 1, name: en['admin.import.title'] }).waitFor();
    // The sample linked from the page is served.
    const sampleHref = await page.getByRole('link', { name: en['admin.import.sample'] }).getAttribute('href');
    const sample = await page.request.get(`${storefrontUrl}${sampleHref}`);
    expect(sample.status()).toBe(200);
    expect((await sample.text()).split(/\r?\n/)[0]).toBe(CSV.split('\r\n')[0]);
    await expectAccessible(page);

    await checkFile();
    await page.getByText(fill(en['admin.import.previewSummary'], { products: 3, variants: 4, rows: 5 })).waitFor();
    await page.getByText(fill(en['admin.import.lineMessage'], { line: 5, message: fill(en['admin.import.error.badPrice'], { price: '4,500' }) })).waitFor();
    await page.getByText(fill(en['admin.import.leftOut'], { count: 1 })).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'backoffice-import-preview');

    await page.getByRole('button', { name: fill(en['admin.import.start'], { count: 3 }) }).click();
    await page.getByText(fill(en['admin.import.finished'], { created: 3, skipped: 0, failed: 0 })).waitFor({ timeout: 60_000 });
    const progress = page.getByRole('progressbar');
    expect(await progress.getAttribute('aria-valuenow')).toBe('100');
    expect(await progress.getAttribute('value')).toBe('100');
    const created = page.getByRole('heading', { level: 3, name: fill(en['admin.import.createdTitle'], { count: 3 }) });
    await created.waitFor();
    await expectAccessible(page);
    await screenshot(page, 'backoffice-import-done');

    // What the API holds: four variants with kobo prices, categories, status, and the received stock.
    const products = await prisma.product.findMany({
      where: { tenantId, slug: { startsWith: 'imported-' } },
      include: { variants: { include: { prices: true }, orderBy: { position: 'asc' } }, category: true },
      orderBy: { slug: 'asc' },
    });
    expect(products.map((p) => [p.slug, p.title, p.status, p.category?.slug ?? null])).toEqual([
      ['imported-adire-tote', 'Imported Adire Tote', 'ACTIVE', 'fashion'],
      ['imported-ankara-hat', 'Imported Ankara Hat', 'ACTIVE', 'caps-hats'],
      ['imported-shea-butter', 'Imported Shea Butter', 'ACTIVE', 'skincare'],
    ]);
    expect(products[1].description).toBe('Reversible, "one size fits most"');
    expect(products.flatMap((p) => p.variants.map((v) => [v.sku, v.options, v.prices.map((x) => [x.amount, x.currency])]))).toEqual([
      ['IMP-TOTE-01', {}, [[850_000n, 'NGN']]],
      ['IMP-HAT-S', { size: 'S' }, [[650_050n, 'NGN']]],
      ['IMP-HAT-L', { size: 'L' }, [[650_050n, 'NGN']]],
      ['IMP-SHEA-250', {}, [[320_000n, 'NGN']]],
    ]);
    expect(await prisma.productVariant.count({ where: { tenantId, sku: 'IMP-BAD-1' } })).toBe(0);
    const stock = async (sku: string) => {
      const variant = await prisma.productVariant.findFirstOrThrow({ where: { tenantId, sku } });
      return (await prisma.stockLevel.findMany({ where: { tenantId, variantId: variant.id } })).reduce((n, l) => n + l.onHand, 0);
    };
    expect([await stock('IMP-TOTE-01'), await stock('IMP-HAT-S'), await stock('IMP-HAT-L'), await stock('IMP-SHEA-250')]).toEqual([12, 5, 4, 0]);

    // The store shows them.
    await page.goto(`${storefrontUrl}/s/${STORE}/p/imported-ankara-hat`);
    await page.getByRole('heading', { level: 1, name: 'Imported Ankara Hat' }).waitFor();
    await page.getByText('₦6,500.50').first().waitFor();
    await screenshot(page, 'backoffice-import-in-store');
    await page.goto(`${storefrontUrl}/s/${STORE}/search?q=${encodeURIComponent('Imported Shea Butter')}`);
    await page.getByRole('link', { name: /Imported Shea Butter/ }).first().waitFor();

    // The same file again: already imported, nothing to create.
    await page.goto(`${storefrontUrl}/admin/${STORE}/products/import`);
    await checkFile();
    await page.getByText(fill(en['admin.import.alreadyImported'], { count: 3 })).waitFor();
    await page.getByText(en['admin.import.nothingNew']).waitFor();
    expect(await page.getByRole('button', { name: /^Import \d+ products$/ }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'backoffice-import-again');
    expect(await prisma.product.count({ where: { tenantId } })).toBe(productsBefore + 3);
  });
}

describeInChromium('product import in Chromium', importSuite);
