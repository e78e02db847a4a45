// Products → catalogue settings, collections and marketplace listings, and suspending a vendor, in a real
// browser on a phone-sized screen (issue 14): a marketplace administrator sets VAT and the default
// commission, builds a collection (and takes its product out again), lists a product at a commission of
// its own, suspends a vendor saying why and reinstates it; the API then answers accordingly. Staff read
// the settings without a form; a vendor is refused collections and the vendor queue by the server. axe
// checks each page.
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

function catalogSuite(): void {
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

  test('an administrator sets VAT and commission, builds a collection, lists a product and suspends a vendor', async () => {
    const admin = { ...(await signIn(stack, MARKET, 'client')), 'x-tenant': MARKET };
    const page = await phone();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: MARKET, user: 'client', path: '/products', landing: en['admin.products.title'] });
    const head = page.locator('.page-head');

    // Catalogue settings.
    await head.getByRole('link', { name: catalog['settings.link'] }).click();
    await page.getByRole('heading', { level: 1, name: catalog['settings.title'] }).waitFor();
    const settings = page.getByRole('form', { name: catalog['settings.taxAndCommission'] });
    await settings.getByLabel(catalog['settings.taxRate']).fill('10');
    await settings.getByLabel(catalog['settings.pricesIncludeTax']).selectOption({ label: catalog['settings.includeTax.no'] });
    await settings.getByLabel(catalog['settings.defaultCommission']).fill('12.5');
    await settings.getByRole('button', { name: en['admin.save'] }).click();
    await page.getByRole('status').getByText(catalog['settings.saved']).waitFor();
    await expectAccessible(page);
    const saved = await gql(stack.gatewayUrl, '{ catalogSettings { taxRateBps pricesIncludeTax defaultCommissionBps } }', {}, admin);
    expect(saved.data.catalogSettings).toEqual({ taxRateBps: 1000, pricesIncludeTax: false, defaultCommissionBps: 1250 });

    // A collection with one product.
    await page.getByRole('link', { name: en['admin.products.back'] }).click();
    await head.getByRole('link', { name: catalog['collections.link'] }).click();
    await page.getByRole('heading', { level: 1, name: catalog['collections.title'] }).waitFor();
    const create = page.getByRole('form', { name: catalog['collections.new'] });
    await create.getByLabel(catalog['collections.name']).fill('Browser Picks');
    await create.getByRole('button', { name: catalog['collections.create'] }).click();
    await page.locator('[data-collection="browser-picks"]').waitFor();
    await page.getByRole('navigation', { name: catalog['collections.all'] }).getByRole('link', { name: 'Browser Picks' }).waitFor();
    const picker = page.getByTestId('product-picker');
    const first = (await picker.locator('li form').first().getAttribute('aria-label'))!;
    const title = first.slice('Add '.length, first.lastIndexOf(' to Browser Picks'));
    await page.getByRole('form', { name: first }).getByRole('button').click();
    await page.getByTestId('collection-entries').getByRole('link', { name: title }).waitFor();
    await expectAccessible(page);
    const shop = await gql(stack.gatewayUrl, '{ collection(slug: "browser-picks") { entries(first: 5) { edges { node { product { title } } } } } }', {}, { 'x-tenant': MARKET });
    expect(shop.data.collection.entries.edges.map((e: { node: { product: { title: string } } }) => e.node.product.title)).toEqual([title]);
    await page.getByRole('form', { name: fill(catalog['collections.removeOne'], { title, collection: 'Browser Picks' }) }).getByRole('button').click();
    await page.getByRole('status').getByText(catalog['collections.done.removed']).waitFor();
    await page.getByText(catalog['collections.empty']).waitFor();

    // That product at a commission of its own.
    await page.getByRole('link', { name: en['admin.products.back'] }).click();
    await head.getByRole('link', { name: catalog['listings.link'] }).click();
    await page.getByRole('heading', { level: 1, name: catalog['listings.title'] }).waitFor();
    await page.getByRole('searchbox', { name: catalog['picker.search'] }).fill(title);
    await page.getByRole('button', { name: catalog['picker.find'] }).click();
    const list = page.getByRole('form', { name: fill(catalog['listings.listOne'], { title }) }).last();
    await list.getByLabel(catalog['listings.commission']).fill('9');
    await list.getByRole('button', { name: catalog['listings.list'] }).click();
    await page.getByRole('status').getByText(catalog['listings.done.listed']).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'backoffice-listings');
    const listings = await gql(stack.gatewayUrl, '{ marketplaceListings(first: 100) { edges { node { commissionBps active product { title } } } } }', {}, admin);
    const listing = listings.data.marketplaceListings.edges.map((e: { node: unknown }) => e.node).find((n: { product: { title: string } }) => n.product.title === title);
    expect(listing).toMatchObject({ commissionBps: 900, active: true });

    // Suspend a vendor, saying why; then reinstate it.
    await page.goto(`${storefrontUrl}/admin/${MARKET}/vendors?status=APPROVED`);
    const suspend = page.getByRole('form', { name: fill(catalog['vendors.suspendOne'], { name: 'Kano Leather Works' }) });
    await suspend.getByLabel(catalog['vendors.suspendReason']).fill('Browser test: documents expired');
    await expectAccessible(page);
    await suspend.getByRole('button', { name: catalog['vendors.suspend'] }).click();
    await page.getByRole('status').getByText(catalog['vendors.done.suspended']).waitFor();
    await page.getByText('“Browser test: documents expired”').waitFor();
    const vendorStatus = async () => (await gql(stack.gatewayUrl, '{ vendorApplications(status: SUSPENDED, first: 50) { edges { node { name } } } }', {}, admin)).data.vendorApplications.edges.map((e: { node: { name: string } }) => e.node.name);
    expect(await vendorStatus()).toContain('Kano Leather Works');
    await page.getByRole('form', { name: fill(catalog['vendors.reinstateOne'], { name: 'Kano Leather Works' }) }).getByRole('button', { name: catalog['vendors.reinstate'] }).click();
    await page.getByRole('status').getByText(catalog['vendors.done.reinstated']).waitFor();
    expect(await vendorStatus()).not.toContain('Kano Leather Works');
  }, 300_000);

  test('staff read the settings without a form; a vendor is refused collections and the vendor queue', async () => {
    const staff = await phone();
    await signInToBackOffice(staff, { stack, storefrontUrl, tenant: STORE, user: 'staff', path: '/products/settings', landing: catalog['settings.title'] });
    await staff.getByText(catalog['settings.adminsOnly']).waitFor();
    await expect(staff.getByRole('form').count()).resolves.toBe(0);
    await expectAccessible(staff);

    const vendor = await phone();
    await signInToBackOffice(vendor, { stack, storefrontUrl, tenant: MARKET, user: 'vendor', path: '/products/collections', landing: catalog['collections.title'] });
    await vendor.getByText(catalog['collections.managersOnly']).waitFor();
    await expect(vendor.getByRole('form').count()).resolves.toBe(0);
    await vendor.goto(`${storefrontUrl}/admin/${MARKET}/vendors?status=APPROVED`);
    await vendor.waitForURL((url) => url.pathname === `/admin/${MARKET}`);
    const headers = { ...(await signIn(stack, MARKET, 'vendor')), 'x-tenant': MARKET };
    const refused = await gql(stack.gatewayUrl, 'mutation { createCollection(input: { title: "Mine" }) { collection { id } userErrors { code } } }', {}, headers);
    expect(refused.errors?.[0]?.extensions?.code ?? refused.data?.createCollection.userErrors[0]?.code).toBe('FORBIDDEN');
  }, 180_000);
}

describeInChromium('back office: catalogue', catalogSuite);
