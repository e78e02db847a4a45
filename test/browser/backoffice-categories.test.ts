// Products → Categories in a real browser on a phone-sized screen (issue 14, decision 0042): staff of a
// store add a category and two subcategories (each goes last), move one up, rename it, are told why a
// category that still has subcategories cannot be deleted, and move one to the top level; the shop shows
// the tree as they left it. A vendor gets the page's refusal from the server, not just a hidden link.
// axe checks the page with an edit panel open.
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const MARKET = 'naija-market';
const fill = (text: string, vars: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k]);

function categoriesSuite(): void {
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

  /** The slugs of the categories directly inside `parent` (the whole tree's top level for null), in order. */
  const childrenOf = (page: Page, parent: string | null) =>
    page.locator(parent ? `[data-category="${parent}"] > ul > li` : '[data-testid="category-tree"] > li').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.category));
  const row = (page: Page, slug: string) => page.locator(`[data-category="${slug}"] > .category-row`);
  const edit = async (page: Page, name: string) => {
    await page.getByText(fill(en['admin.categories.editOne'], { name }), { exact: true }).click();
  };

  test('staff build, reorder, rename and move categories; the shop shows them', async () => {
    const page = await phone();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'staff', path: '/products', landing: en['admin.products.title'] });
    await page.locator('.page-head').getByRole('link', { name: en['admin.categories.title'] }).click();
    await page.getByRole('heading', { level: 1, name: en['admin.categories.title'] }).waitFor();

    const newForm = page.getByRole('form', { name: en['admin.categories.new'] });
    const add = async (name: string, slug: string, parent?: string) => {
      await newForm.getByLabel(en['admin.categories.name']).fill(name);
      await newForm.getByLabel(en['admin.categories.parent']).selectOption({ label: parent ?? en['admin.categories.topLevel'] });
      await newForm.getByRole('button', { name: en['admin.categories.add'] }).click();
      await page.locator(`[data-category="${slug}"]`).waitFor();
    };
    await add('Browser Beads', 'browser-beads');
    expect((await childrenOf(page, null)).at(-1)).toBe('browser-beads');
    await add('Browser Waist beads', 'browser-waist-beads', 'Browser Beads');
    await add('Browser Anklets', 'browser-anklets', 'Browser Beads');
    expect(await childrenOf(page, 'browser-beads')).toEqual(['browser-waist-beads', 'browser-anklets']);

    // Move up: the first of its siblings now, so it has no "Move up" any more.
    await row(page, 'browser-anklets').getByRole('button', { name: en['admin.categories.moveUp'] }).click();
    await page.waitForFunction(() => document.querySelector('[data-category="browser-beads"] > ul > li')?.getAttribute('data-category') === 'browser-anklets');
    await expect(row(page, 'browser-anklets').getByRole('button', { name: en['admin.categories.moveUp'] }).count()).resolves.toBe(0);

    // Rename: the name changes, the address (slug) stays.
    await edit(page, 'Browser Anklets');
    const renameForm = page.getByRole('form', { name: fill(en['admin.categories.renameOne'], { name: 'Browser Anklets' }) });
    await renameForm.getByLabel(en['admin.categories.name']).fill('Browser Ankle chains');
    await renameForm.getByRole('button', { name: en['admin.categories.rename'] }).click();
    await row(page, 'browser-anklets').getByText('Browser Ankle chains').waitFor();

    await edit(page, 'Browser Beads');
    await expectAccessible(page);
    await screenshot(page, 'backoffice-categories');

    // A category with subcategories stays, and the page says why.
    const deleteForm = page.getByRole('form', { name: fill(en['admin.categories.deleteOne'], { name: 'Browser Beads' }) });
    await deleteForm.getByRole('button', { name: en['admin.categories.delete'] }).click();
    await deleteForm.getByRole('alert').getByText('“Browser Beads” still has 2 subcategories: move or delete them first').waitFor();

    // The shop sees the tree in the order staff left it.
    const shopper = await phone();
    await shopper.goto(`${storefrontUrl}/s/${STORE}/c/browser-beads`);
    await shopper.getByRole('heading', { level: 1, name: 'Browser Beads' }).waitFor();
    await expect(shopper.getByRole('navigation', { name: en['category.subcategories'] }).getByRole('link').allTextContents()).resolves.toEqual(['Browser Ankle chains', 'Browser Waist beads']);

    // Move to another parent: the top level, last there.
    await edit(page, 'Browser Waist beads');
    const moveForm = page.getByRole('form', { name: fill(en['admin.categories.moveOne'], { name: 'Browser Waist beads' }) });
    await moveForm.getByLabel(en['admin.categories.newParent']).selectOption({ label: en['admin.categories.topLevel'] });
    await moveForm.getByRole('button', { name: en['admin.categories.move'] }).click();
    await page.locator('[data-testid="category-tree"] > li[data-category="browser-waist-beads"]').waitFor();
    expect((await childrenOf(page, null)).slice(-2)).toEqual(['browser-beads', 'browser-waist-beads']);
    expect(await childrenOf(page, 'browser-beads')).toEqual(['browser-anklets']);
    await shopper.goto(`${storefrontUrl}/s/${STORE}/c/browser-waist-beads`);
    await shopper.getByRole('heading', { level: 1, name: 'Browser Waist beads' }).waitFor();
    await expect(shopper.getByRole('navigation', { name: en['nav.breadcrumb'] }).textContent()).resolves.not.toContain('Browser Beads');
  }, 240_000);

  test('a vendor is refused by the server', async () => {
    const page = await phone();
    await signInToBackOffice(page, { stack, storefrontUrl, tenant: MARKET, user: 'vendor', path: '/products/categories', landing: en['admin.categories.title'] });
    await page.getByText(en['admin.categories.managersOnly']).waitFor();
    await expect(page.getByRole('form').count()).resolves.toBe(0);
    await expectAccessible(page);
  }, 120_000);
}

describeInChromium('back office: categories', categoriesSuite);
