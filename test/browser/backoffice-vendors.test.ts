// Becoming a marketplace vendor and selling, in a real browser (Debian Chromium via playwright-core)
// against the real stack (decision 0026): a member applies on "Sell here"; a marketplace administrator
// approves (identity then grants the VENDOR role); the applicant signs in again, is told they are approved,
// finds the vendor menu with Inventory, creates a published product, receives stock for it by part of its
// SKU; and a shopper buys it (no NOT_LISTED: publishing listed it). One lean journey: CI time matters.
import type { Browser, Page } from 'playwright-core';
import { hashPassword, uuidv7 } from '@webwaka/kit';
import en from '../../storefront/messages/en.json';
import { gql } from '../support/graphql';
import { payload, signIn as apiSignIn, createUser } from '../support/callers';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, placeAndPay, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const MARKET = 'naija-market';
const fill = (template: string, vars: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, k: string) => vars[k]);

describeInChromium('marketplace vendors in the browser', () => {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
  }, 300_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  const eventually = async <T,>(check: () => Promise<T>, ms = 15_000): Promise<T> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = await check();
      if (v || Date.now() > deadline) return v;
      await new Promise((r) => setTimeout(r, 100));
    }
  };

  test('an applicant is approved, becomes a vendor, creates and stocks a product, and a shopper buys it', async () => {
    const prisma = stack.stack.prisma;
    const market = await prisma.tenant.findUniqueOrThrow({ where: { slug: MARKET } });
    const name = `applicant-${uuidv7().slice(-8)}`;
    const user = await createUser(prisma, { email: `${name}@webwaka.test`, passwordHash: await hashPassword(stack.demo.password), memberships: [{ tenantId: market.id, role: 'CUSTOMER' }] });
    const business = `Yaba Crafts ${name.slice(-4)}`;

    const applicant = await browser.newContext({ viewport: { width: 390, height: 844 } });
    let p: Page = await applicant.newPage();
    // (b) The member applies on "Sell here".
    await p.goto(`${storefrontUrl}/m/${MARKET}/sign-in?next=${encodeURIComponent(`/m/${MARKET}/sell`)}`);
    await p.getByLabel(en['signIn.email']).fill(`${name}@webwaka.test`);
    await p.getByLabel(en['signIn.password']).fill(stack.demo.password);
    await p.getByRole('button', { name: en['signIn.submit'] }).click();
    await p.getByLabel(en['sell.businessName']).waitFor();
    await p.getByLabel(en['sell.businessName']).fill(business);
    await p.getByLabel(en['sell.legalName']).fill(`${business} Ltd`);
    await p.getByLabel(en['sell.tin']).fill('12345678-0003');
    await p.getByLabel(en['sell.email']).fill('hello@yabacrafts.example.ng');
    await p.getByLabel(en['sell.phone']).fill('+2348012345678');
    await p.getByLabel(en['sell.address']).fill('12 Herbert Macaulay Way, Yaba');
    await p.getByRole('button', { name: en['sell.submit'] }).click();
    await p.getByText(fill(en['sell.submitted'], { vendor: business })).waitFor();
    const vendor = await prisma.vendor.findFirstOrThrow({ where: { tenantId: market.id, ownerUserId: user.id } });

    // A marketplace administrator approves (the back-office approval itself is backoffice.test's); identity grants the role.
    const admin = await apiSignIn(stack, MARKET, 'client');
    payload(await gql(stack.gatewayUrl, 'mutation ($id: ID!) { approveVendor(id: $id) { vendor { status } userErrors { code } } }', { id: vendor.id }, admin), 'approveVendor');
    expect(await eventually(async () => (await prisma.membership.count({ where: { userId: user.id, tenantId: market.id, role: 'VENDOR' } })) === 1)).toBe(true);

    // The role change ended their sessions: on their next visit they sign in again and act as a vendor.
    await applicant.close();
    const vendorContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
    p = await vendorContext.newPage();
    await signInToBackOffice(p, { stack, storefrontUrl, tenant: MARKET, user: name });
    const nav = await p.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link').allTextContents();
    expect(nav).toEqual(expect.arrayContaining([en['admin.nav.products'], en['admin.nav.inventory']]));
    await p.goto(`${storefrontUrl}/m/${MARKET}/sell`);
    await p.getByText(fill(en['sell.status.APPROVED'], { vendor: business })).waitFor();
    await p.getByRole('link', { name: en['sell.dashboardLink'] }).waitFor();
    await screenshot(p, 'vendor-approved-notice');

    // (a) The vendor creates a published product with a naira price.
    const sku = `YABA-TOTE-${name.slice(-4).toUpperCase()}`;
    await p.goto(`${storefrontUrl}/admin/${MARKET}/products/new`);
    const form = p.getByRole('form', { name: en['admin.products.new'] });
    await form.getByLabel(en['admin.products.productTitle']).fill(`Adire Tote ${name.slice(-4)}`);
    await form.getByLabel(en['admin.products.status']).selectOption('ACTIVE');
    const variant = p.getByRole('group', { name: en['admin.products.variantN'].replace('{n}', '1') });
    await variant.getByLabel(en['admin.products.sku'], { exact: true }).fill(sku);
    await variant.getByLabel(en['admin.products.price'], { exact: true }).fill('12,500');
    await p.getByRole('button', { name: en['admin.products.create'] }).click();
    await p.getByText(en['admin.products.saved.created']).waitFor();
    // The product page says it is listed (publishing listed it at the marketplace's default commission).
    expect(await p.getByTestId('listing-state').textContent()).toBe(fill(en['admin.products.listing.listed'], { rate: '10' }));
    const product = await prisma.product.findFirstOrThrow({ where: { tenantId: market.id, vendorId: vendor.id } });
    expect(await prisma.marketplaceListing.findFirst({ where: { productId: product.id, active: true } })).not.toBeNull();

    // It stocks it from its inventory page, finding the variant by part of its SKU.
    await eventually(() => prisma.inventoryItem.findFirst({ where: { tenantId: market.id, sku } }));
    await p.goto(`${storefrontUrl}/admin/${MARKET}/inventory?sku=${encodeURIComponent(sku.slice(-9).toLowerCase())}`);
    await p.getByRole('heading', { level: 1, name: en['admin.inventory.title'] }).waitFor();
    const stockForm = p.getByRole('form', { name: en['admin.inventory.adjust'] });
    await stockForm.getByLabel(en['admin.inventory.sku']).fill(sku);
    await stockForm.getByLabel(en['admin.inventory.reason']).selectOption('RECEIPT');
    await stockForm.getByLabel(en['admin.inventory.quantity']).fill('5');
    await stockForm.getByRole('button', { name: en['admin.inventory.adjustSubmit'] }).click();
    await p.getByText(en['admin.inventory.done.adjusted']).waitFor();
    const item = await prisma.inventoryItem.findFirstOrThrow({ where: { tenantId: market.id, sku } });
    expect((await prisma.stockLevel.findMany({ where: { variantId: item.variantId } })).map((l) => l.onHand)).toEqual([5]);
    await expectAccessible(p);
    await screenshot(p, 'vendor-stocked');

    // A shopper buys it, with another vendor's product: checkout takes it (listed, in stock).
    const levels = await prisma.stockLevel.findMany({ where: { tenantId: market.id, onHand: { gte: 5 }, reserved: 0 }, orderBy: { id: 'asc' }, take: 50 });
    const candidates = await prisma.productVariant.findMany({
      where: { id: { in: levels.map((l) => l.variantId) }, product: { status: 'ACTIVE', vendor: { status: 'APPROVED' }, listings: { some: { active: true } } } },
      include: { product: true },
      orderBy: { id: 'asc' },
    });
    const other = candidates[0];
    expect(other.product.vendorId).not.toBe(vendor.id);
    const shopper = await browser.newContext({ viewport: { width: 390, height: 844 } });
    try {
      const s = await shopper.newPage();
      for (const [slug, variantSku] of [
        [product.slug, sku],
        [other.product.slug, other.sku],
      ]) {
        await s.goto(`${storefrontUrl}/m/${MARKET}/p/${slug}?variant=${encodeURIComponent(variantSku)}`);
        await s.getByLabel(en['shop.cart.quantity']).fill('1');
        await s.getByRole('button', { name: en['shop.cart.add'] }).click();
        await s.getByText(en['shop.cart.added']).waitFor();
      }
      await s.goto(`${storefrontUrl}/m/${MARKET}/cart`);
      await s.getByRole('link', { name: en['shop.cart.checkout'] }).click();
      await s.getByLabel(en['shop.checkout.field.email']).fill('shopper@example.com');
      await s.getByLabel(en['shop.checkout.field.name']).fill('Ada Shopper');
      await s.getByLabel(en['shop.checkout.field.phone']).fill('0803 123 4567');
      await s.getByLabel(en['shop.checkout.field.line1']).fill('12 Admiralty Way');
      await s.getByLabel(en['shop.checkout.field.city']).fill('Lekki');
      await s.getByLabel(en['shop.checkout.field.region']).selectOption('Lagos');
      await s.getByRole('button', { name: en['shop.checkout.continue'] }).click();
      await s.getByRole('heading', { name: en['shop.checkout.shippingAndPay'] }).waitFor();
      const orderId = await placeAndPay(s, { placeOrder: en['shop.checkout.placeOrder'], thanks: en['shop.order.thanks'] });
      const order = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { vendorOrders: true } });
      expect(order.vendorOrders.map((v) => v.vendorId).sort()).toEqual([vendor.id, other.product.vendorId].sort());
      // The vendor's order list shows its own part, not the whole order's total.
      const part = order.vendorOrders.find((v) => v.vendorId === vendor.id)!;
      const naira = (kobo: bigint) => new Intl.NumberFormat('en-NG', { style: 'currency', currency: 'NGN' }).format(Number(kobo) / 100);
      await p.goto(`${storefrontUrl}/admin/${MARKET}/orders`);
      const row = p.getByRole('row').filter({ has: p.getByRole('link', { name: order.number }) });
      await row.waitFor();
      expect(await row.textContent()).toContain(naira(part.subtotal + part.shipping + part.tax));
      expect(await row.textContent()).not.toContain(naira(order.total));
    } finally {
      await shopper.close();
      await vendorContext.close();
    }
  });
});
