// The shop's offline shell in Chromium (decision 0053), against the real stack and `next start` on
// 127.0.0.1 (a secure context, so service workers run): a shopper opens a shop's home page and a product
// page online, loses the network, reloads the product page and still reads it (the service worker's copy,
// with the offline notice); opens a page never visited and gets the shop's offline page listing what is
// kept; adds to the cart offline and is told it is saved; comes back online and finds it in the cart.
// Nothing private was kept. 390 x 844, axe-core on the offline copy and the offline page.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import { describeInChromium, expectAccessible, screenshot, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';
import type { TestStack } from '../support/stack';

const STORE = 'ade-fashion';
const BASE = `/s/${STORE}`;
const PAGES_CACHE = `ww-shop:${STORE}:pages`;

const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k]);
/** The part of a message before its first placeholder (the rest is the time or the item). */
const lead = (template: string) => template.slice(0, template.indexOf('{'));

function offlineSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  /** A product with an in-stock variant, asked of the gateway as an anonymous visitor. */
  async function inStockProduct(): Promise<{ slug: string; title: string; variantId: string }> {
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tenant': STORE },
      body: JSON.stringify({ query: '{ searchProducts(first: 50) { edges { node { slug title variants { id availableForSale } } } } }' }),
    });
    const body = (await res.json()) as { data: { searchProducts: { edges: Array<{ node: { slug: string; title: string; variants: Array<{ id: string; availableForSale: boolean | null }> } }> } } };
    for (const { node } of body.data.searchProducts.edges) {
      const variant = node.variants.find((v) => v.availableForSale);
      if (variant) return { slug: node.slug, title: node.title, variantId: variant.id };
    }
    throw new Error('no product in stock');
  }

  /** The paths (with query) of the pages the shop's worker keeps. */
  const keptPages = (p: Page) =>
    p.evaluate(async (name) => {
      const cache = await caches.open(name);
      return (await cache.keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search);
    }, PAGES_CACHE);

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
  }, 300_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  beforeEach(async () => {
    context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context?.close();
  });

  test('the shop installs, keeps visited pages readable offline, and an offline "Add to cart" reaches the cart once back online', async () => {
    const product = await inStockProduct();
    const productPath = `${BASE}/p/${product.slug}`;

    // Installable: the layout links the shop's manifest, which starts at its home page in its colours.
    await page.goto(`${storefrontUrl}${BASE}`);
    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestHref).toBe(`${BASE}/manifest.webmanifest`);
    const manifest = (await (await page.request.get(`${storefrontUrl}${manifestHref}`)).json()) as { name: string; start_url: string; display: string; theme_color: string; icons: Array<{ src: string; type: string }> };
    expect(manifest).toMatchObject({ start_url: BASE, display: 'standalone', theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i) });
    expect(manifest.name.length).toBeGreaterThan(0);
    for (const icon of manifest.icons) {
      const res = await page.request.get(`${storefrontUrl}${icon.src}`);
      expect([res.status(), res.headers()['content-type']]).toEqual([200, icon.type]);
    }
    // The worker is the shop's, scoped to its prefix (the till and the back office have none of it).
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(BASE);
    // Chromium itself finds nothing stopping an install but the test's own private window.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId)).toEqual(['in-incognito']);
    await cdp.detach(); // left attached, setOffline no longer reached navigator.onLine in this page
    // The home page came before the worker; it asks the worker to keep it too.
    await page.waitForFunction(async ([name, path]) => (await (await caches.open(name)).keys()).some((r) => new URL(r.url).pathname === path), [PAGES_CACHE, BASE] as const);

    // A product page read online is kept.
    await page.goto(`${storefrontUrl}${productPath}`);
    await page.getByRole('heading', { level: 1, name: product.title }).waitFor();
    await page.waitForFunction(async ([name, path]) => (await (await caches.open(name)).keys()).some((r) => new URL(r.url).pathname === path), [PAGES_CACHE, productPath] as const);

    // Offline: the reload comes from the phone, with the notice saying so.
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: product.title }).waitFor();
    await page.getByRole('status').getByText(lead(en['shop.offline.copy'])).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'shop-offline-copy');

    // "Add to cart" offline is kept, and the shopper is told so.
    await page.getByLabel(en['shop.cart.quantity']).fill('2');
    await page.getByRole('button', { name: en['shop.cart.add'] }).click();
    await page.getByRole('status').getByText(fill(en['shop.offline.queued'], { item: product.title })).waitFor();
    expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]'), `ww-shop-pending:${STORE}`)).toEqual([
      expect.objectContaining({ variantId: product.variantId, quantity: 2, name: product.title }),
    ]);
    await screenshot(page, 'shop-offline-saved');

    // A page never visited: the shop's offline page, with the pages kept on this phone.
    await page.goto(`${storefrontUrl}${BASE}/search?q=never-visited`);
    await page.getByRole('heading', { level: 1, name: en['shop.offline.title'] }).waitFor();
    await page.getByRole('heading', { level: 2, name: en['shop.offline.savedPages'] }).waitFor();
    await page.getByRole('link', { name: new RegExp(product.title) }).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'shop-offline-fallback');

    // Back online: the kept item is sent, once, and is in the cart.
    await context.setOffline(false);
    await page.getByRole('status').getByText(fill(en['shop.offline.sent'], { item: product.title })).waitFor();
    expect(await page.evaluate((key) => localStorage.getItem(key), `ww-shop-pending:${STORE}`)).toBeNull();
    await page.getByRole('link', { name: en['shop.offline.viewCart'] }).click();
    await page.getByRole('heading', { level: 1, name: en['shop.cart.title'] }).waitFor();
    await page.getByRole('link', { name: product.title }).waitFor();
    expect(await page.getByLabel(en['shop.cart.quantity']).inputValue()).toBe('2');

    // Only catalogue pages were kept: never the cart (nor checkout, account or orders).
    const kept = await keptPages(page);
    expect(kept.length).toBeGreaterThanOrEqual(2);
    for (const path of kept) expect(path).toMatch(new RegExp(`^${BASE}(/p/[^/?]+|/c/[^/?]+|/search|/vendors(/[^/?]+)?)?(\\?.*)?$`));
  }, 180_000);

  test('an offline "Add to cart" the shop no longer accepts is refused with its reason, not lost', async () => {
    const product = await inStockProduct();
    await page.goto(`${storefrontUrl}${BASE}/p/${product.slug}`);
    await page.evaluate(async () => navigator.serviceWorker.ready);
    // Kept while offline, then made unsellable before the network comes back: an unknown variant.
    await context.setOffline(true);
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify([{ id: 'x', variantId: '00000000-0000-4000-8000-000000000000', quantity: 1, name: 'Gone item' }])), `ww-shop-pending:${STORE}`);
    await context.setOffline(false);
    await page.getByRole('status').getByText(fill(lead(en['shop.offline.refused']), { item: 'Gone item' })).waitFor();
    expect(await page.evaluate((key) => localStorage.getItem(key), `ww-shop-pending:${STORE}`)).toBeNull();
  }, 120_000);

  test('an "Add to cart" posted while the browser still thinks it is online is kept by the worker\'s answer, not lost', async () => {
    const product = await inStockProduct();
    const productPath = `${BASE}/p/${product.slug}`;
    await page.goto(`${storefrontUrl}${productPath}`);
    await page.evaluate(async () => navigator.serviceWorker.ready);
    await page.reload(); // now controlled by the worker
    await page.getByRole('heading', { level: 1, name: product.title }).waitFor();
    // The network is gone but the page was not told (a dead connection): the form posts as usual.
    await context.setOffline(true);
    await page.evaluate(() => Object.defineProperty(navigator, 'onLine', { get: () => true }));
    await page.getByRole('button', { name: en['shop.cart.add'] }).click();
    // The worker's answer hands the form back; the page keeps it and returns to the product page (its kept
    // copy), so a reload does not post again; the notice names the product.
    await page.getByRole('status').getByText(fill(en['shop.offline.queued'], { item: product.title })).waitFor();
    expect(new URL(page.url()).pathname).toBe(productPath);
    expect(await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]'), `ww-shop-pending:${STORE}`)).toEqual([expect.objectContaining({ variantId: product.variantId, quantity: 1 })]);
    await context.setOffline(false);
    await page.getByRole('status').getByText(fill(en['shop.offline.sent'], { item: product.title })).waitFor();
  }, 120_000);

  test('signed-in pages and the cart are never kept', async () => {
    const res = await fetch(`${storefrontUrl}${BASE}`);
    expect(res.headers.get('x-offline-copy')).toBe('shared');
    for (const path of ['/cart', '/checkout', '/account', '/sign-in', '/offline']) {
      const other = await fetch(`${storefrontUrl}${BASE}${path}`, { redirect: 'manual' });
      expect([path, other.headers.get('x-offline-copy')]).toEqual([path, null]);
    }
    // A signed-in shopper's catalogue page names them: not marked either.
    const signedIn = await fetch(`${storefrontUrl}${BASE}`, { headers: { cookie: `ww_at_${STORE}=x` } });
    expect(signedIn.headers.get('x-offline-copy')).toBeNull();
    // The worker is served for the shop with the shop's prefix as its allowed scope.
    const worker = await fetch(`${storefrontUrl}${BASE}/sw.js`);
    expect([worker.status, worker.headers.get('service-worker-allowed'), worker.headers.get('content-type')]).toEqual([200, BASE, 'text/javascript; charset=utf-8']);
  }, 60_000);
}

describeInChromium('shop offline shell (Chromium)', offlineSuite);
