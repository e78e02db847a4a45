// Products → Prices in a real browser on a phone-sized screen (issue 14): staff of a store create a price
// list for wholesale customers at the point of sale, then give a product a sale with a start and an end, a
// price from ten units on and a price on that list; the API then quotes each in its context. Removing the
// quantity price and the list takes them out of the quotes again. A vendor gets the page's refusal from
// the server for another vendor's product, and the API refuses it too. axe checks the page with a form open.
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import catalog from '../../storefront/messages/catalog.en.json';
import { signIn } from '../support/callers';
import { gql } from '../support/graphql';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const MARKET = 'naija-market';
const fill = (text: string, vars: Record<string, string | number>) => text.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));

/** A day in Lagos as YYYY-MM-DD, `days` from today. */
const lagosDate = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Lagos' }).format(new Date(Date.now() + days * 86_400_000));

interface Quote {
  unit: { amount: string };
  source: string;
}

const PRODUCTS = `query { products(first: 50) { edges { node { id title vendor { id slug } variants { id sku
  one: price(context: { currency: "NGN", channel: SVM }) { unit { amount } source }
  ten: price(context: { currency: "NGN", channel: SVM, quantity: 10 }) { unit { amount } source } } } } } }`;

const QUOTES = `query ($id: ID!) { productById(id: $id) { variants { id
  one: price(context: { currency: "NGN", channel: SVM }) { unit { amount } source }
  ten: price(context: { currency: "NGN", channel: SVM, quantity: 10 }) { unit { amount } source }
  wholesale: price(context: { currency: "NGN", channel: POS, customerGroup: "wholesale" }) { unit { amount } source } } } }`;

function pricingSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
  }, 300_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  async function phone(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    return context.newPage();
  }

  test('staff set a list, a sale and a quantity price; the API quotes them', async () => {
    // A store product with one variant at its regular price for one unit and for ten.
    const listed = await gql(stack.gatewayUrl, PRODUCTS, {}, { 'x-tenant': STORE });
    type Row = { id: string; title: string; variants: { id: string; sku: string; one: Quote | null; ten: Quote | null }[] };
    const product = (listed.data.products.edges as { node: Row }[])
      .map((e) => e.node)
      .find((p) => p.variants.length === 1 && p.variants[0].one?.source === 'BASE' && p.variants[0].ten?.source === 'BASE');
    if (!product) throw new Error('no store product with only a regular price');
    const [variant] = product.variants;
    const base = BigInt(variant.one!.unit.amount);
    // Whole naira below the regular price: the sale beats it, the quantity price beats the sale, the list both.
    const naira = (percent: bigint) => (base * percent) / 10_000n;
    const sale = naira(90n);
    const tier = naira(60n);
    const list = naira(50n);
    const staff = { ...(await signIn(stack, STORE, 'staff')), 'x-tenant': STORE };
    const quotes = async () => (await gql(stack.gatewayUrl, QUOTES, { id: product.id }, staff)).data.productById.variants[0] as { one: Quote; ten: Quote; wholesale: Quote };

    const page = await phone();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'staff', path: '/products', landing: en['admin.products.title'] });
    await page.locator('.page-head').getByRole('link', { name: catalog['pricing.link'] }).click();
    await page.getByRole('heading', { level: 1, name: catalog['pricing.title'] }).waitFor();

    // A price list for wholesale customers at the point of sale.
    await page.getByText(catalog['pricing.newList'], { exact: true }).click();
    const newList = page.getByRole('form', { name: catalog['pricing.newList'] });
    await newList.getByLabel(catalog['pricing.listName']).fill('Browser Wholesale');
    await newList.getByLabel(catalog['pricing.channel']).selectOption({ label: catalog['pricing.channel.POS'] });
    await newList.getByLabel(catalog['pricing.customerGroup']).fill('wholesale');
    await newList.getByLabel(catalog['pricing.priority']).fill('5');
    await newList.getByRole('button', { name: catalog['pricing.createList'] }).click();
    await page.locator('[data-price-list="Browser Wholesale"]').waitFor();

    // Find the product and open its prices.
    await page.getByRole('searchbox', { name: catalog['picker.search'] }).fill(product.title);
    await page.getByRole('button', { name: catalog['picker.find'] }).click();
    await page.getByTestId('product-picker').getByRole('link', { name: product.title, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: fill(catalog['pricing.priceOne'], { title: product.title }) }).waitFor();
    const prices = page.locator(`[data-variant="${variant.sku}"]`);
    const open = (key: 'pricing.saleOne' | 'pricing.tierOne' | 'pricing.listPriceOne') => prices.getByText(fill(catalog[key], { sku: variant.sku }), { exact: true }).click();
    const form = (key: 'pricing.saleOne' | 'pricing.tierOne' | 'pricing.listPriceOne') => page.getByRole('form', { name: fill(catalog[key], { sku: variant.sku }) });

    // A sale from today to the end of tomorrow (Lagos days).
    await open('pricing.saleOne');
    await form('pricing.saleOne').getByLabel(catalog['pricing.amount']).fill(String(sale));
    await form('pricing.saleOne').getByLabel(catalog['pricing.startsOn']).fill(lagosDate(0));
    await form('pricing.saleOne').getByLabel(catalog['pricing.endsOn']).fill(lagosDate(1));
    await expectAccessible(page);
    await form('pricing.saleOne').getByRole('button', { name: catalog['pricing.setSale'] }).click();
    await prices.locator('tr[data-price-kind="sale"]').waitFor();

    // From ten units on.
    await open('pricing.tierOne');
    await form('pricing.tierOne').getByLabel(catalog['pricing.minQuantity']).fill('10');
    await form('pricing.tierOne').getByLabel(catalog['pricing.amount']).fill(String(tier));
    await form('pricing.tierOne').getByRole('button', { name: catalog['pricing.setTier'] }).click();
    await prices.locator('tr[data-price-kind="tier"]').waitFor();

    // On the wholesale list.
    await open('pricing.listPriceOne');
    await form('pricing.listPriceOne').getByLabel(catalog['pricing.list']).selectOption({ label: 'Browser Wholesale' });
    await form('pricing.listPriceOne').getByLabel(catalog['pricing.amount']).fill(String(list));
    await form('pricing.listPriceOne').getByRole('button', { name: catalog['pricing.setListPrice'] }).click();
    await prices.locator('tr[data-price-kind="list"]').waitFor();
    await expect(prices.locator('tr[data-price-kind="list"] th').textContent()).resolves.toBe(fill(catalog['pricing.kind.list'], { name: 'Browser Wholesale' }));
    await expectAccessible(page);
    await screenshot(page, 'backoffice-pricing');

    // The API prices accordingly: the sale for one unit, the quantity price for ten, the list for wholesale at the till.
    let q = await quotes();
    expect([q.one.source, q.one.unit.amount]).toEqual(['SALE', String(sale * 100n)]);
    expect([q.ten.source, q.ten.unit.amount]).toEqual(['TIER', String(tier * 100n)]);
    expect([q.wholesale.source, q.wholesale.unit.amount]).toEqual(['PRICE_LIST', String(list * 100n)]);

    // Remove the quantity price: ten units are on sale too now.
    await page.getByRole('form', { name: fill(catalog['pricing.removeOne'], { kind: catalog['pricing.kind.tier'], sku: variant.sku, count: 10 }) }).getByRole('button').click();
    await page.getByRole('status').getByText(catalog['pricing.done.priceRemoved']).waitFor();
    await expect(prices.locator('tr[data-price-kind="tier"]').count()).resolves.toBe(0);
    q = await quotes();
    expect([q.ten.source, q.ten.unit.amount]).toEqual(['SALE', String(sale * 100n)]);

    // Remove the list, with its prices: wholesale customers get the sale too.
    await page.getByRole('form', { name: fill(catalog['pricing.removeListOne'], { name: 'Browser Wholesale' }) }).getByRole('button').click();
    await page.getByRole('status').getByText(catalog['pricing.done.listRemoved']).waitFor();
    await expect(page.locator('[data-price-list="Browser Wholesale"]').count()).resolves.toBe(0);
    q = await quotes();
    expect([q.wholesale.source, q.wholesale.unit.amount]).toEqual(['SALE', String(sale * 100n)]);
  }, 300_000);

  test("a vendor is refused another vendor's product and price lists, by the page and by the API", async () => {
    const listed = await gql(stack.gatewayUrl, PRODUCTS, {}, { 'x-tenant': MARKET });
    type Row = { id: string; title: string; vendor: { slug: string }; variants: { id: string }[] };
    const rows = (listed.data.products.edges as { node: Row }[]).map((e) => e.node);
    const other = rows.find((p) => p.vendor.slug !== 'chiamakas-closet');
    const own = rows.find((p) => p.vendor.slug === 'chiamakas-closet');
    if (!other || !own) throw new Error('demo marketplace products missing');

    const page = await phone();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: MARKET, user: 'vendor', path: `/products/pricing?product=${other.id}`, landing: catalog['pricing.title'] });
    await page.getByRole('alert').getByText(catalog['pricing.notYours']).waitFor();
    await page.getByText(catalog['pricing.listsManagersOnly']).waitFor();
    await expect(page.getByRole('form').count()).resolves.toBe(0);
    await expectAccessible(page);

    // Its own product: its sale and quantity prices, but still no price lists.
    await page.goto(`${storefrontUrl}/admin/${MARKET}/products/pricing?product=${own.id}`);
    await page.getByRole('heading', { level: 2, name: fill(catalog['pricing.priceOne'], { title: own.title }) }).waitFor();
    await expect(page.getByRole('form', { name: catalog['pricing.newList'] }).count()).resolves.toBe(0);

    const vendor = { ...(await signIn(stack, MARKET, 'vendor')), 'x-tenant': MARKET };
    const refusedSale = await gql(
      stack.gatewayUrl,
      'mutation ($i: SetSalePriceInput!) { setSalePrice(input: $i) { price { id } userErrors { code } } }',
      { i: { variantId: other.variants[0].id, amount: '100', currency: 'NGN', startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 86_400_000).toISOString() } },
      vendor,
    );
    expect(refusedSale.data?.setSalePrice.userErrors[0]?.code).toBe('FORBIDDEN');
    const refusedList = await gql(stack.gatewayUrl, 'mutation { createPriceList(input: { name: "Mine", currency: "NGN" }) { priceList { id } userErrors { code } } }', {}, vendor);
    expect(refusedList.errors?.[0]?.extensions?.code ?? refusedList.data?.createPriceList.userErrors[0]?.code).toBe('FORBIDDEN');
  }, 180_000);
}

describeInChromium('back office: prices', pricingSuite);
