// The rider's page in a real browser (Debian Chromium via playwright-core) on a 390 px phone screen
// (decision 0086): a pay-on-delivery order is shipped with the shop's rider (a RIDER member, decision 0093); signed in,
// the rider sees it under "My deliveries today" with a directions link, marks it picked up, enters a wrong
// code (refused, tries counted), then the customer's code with the cash collected; the order is delivered
// and paid. An administrator ships 2 of 3 units in two packages (rows added and removed on the phone) from the
// order's "Ship items" page, choosing the rider from the shop's riders and staff.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword, uuidv7 } from '@webwaka/kit';
import sh from '../../storefront/messages/shipments.en.json';
import { checkout, checkoutInput, guestCart, makeProduct, payload, serviceContext, tenantId } from '../../subgraphs/commerce/test/support';
import { createShipment, deliveryCode } from '../../subgraphs/commerce/src/services/shipments';
import { createUser } from '../support/callers';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';

function riderSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** The shop's delivery rider: the RIDER role only (signs in as rider@webwaka.test). */
  let rider: { id: string };

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
    const shop = await tenantId(stack.stack.prisma, STORE);
    rider = await createUser(stack.stack.prisma, { email: 'rider@webwaka.test', name: 'Musa Rider', passwordHash: await hashPassword(stack.demo.password), memberships: [{ tenantId: shop, role: 'RIDER' }] });
  }, 600_000);

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

  test('a rider delivers a pay-on-delivery order with the customer’s code and collects the cash', async () => {
    const db = stack.stack.prisma;
    const shop = await tenantId(db, STORE);
    await db.commerceSettings.upsert({ where: { tenantId: shop }, create: { tenantId: shop, paymentMethods: ['CARD', 'PAY_ON_DELIVERY'] }, update: { paymentMethods: ['CARD', 'PAY_ON_DELIVERY'] } });
    const product = await makeProduct(db, shop, { price: 450_000n, stock: 5 });
    const r = payload(await checkout(stack, STORE, checkoutInput(await guestCart(stack, STORE, [{ variantId: product.variantId, quantity: 1 }]), { paymentMethod: 'PAY_ON_DELIVERY' })), 'checkout');
    const order = await db.order.findUniqueOrThrow({ where: { id: r.order.id }, include: { lines: true } });
    const shipment = await createShipment(serviceContext(stack, shop, { userId: uuidv7() }), {
      vendorOrderId: order.lines[0].vendorOrderId,
      carrier: 'OWN_RIDERS',
      riderUserId: rider.id,
      items: [{ orderLineId: order.lines[0].id, quantity: 1 }],
      packages: [{ weightGrams: 800, lengthMm: 300, widthMm: 200, heightMm: 100 }],
    });
    const code = deliveryCode(shipment.deliveryCodeSalt);

    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'rider', path: '/orders/deliveries', landing: sh.riderTitle }).catch(async (e) => {
      throw new Error(`${e}\n${page.url()}\n${(await page.locator('body').innerText()).slice(0, 1500)}`);
    });
    const card = page.locator(`[data-shipment="${shipment.id}"]`);
    await card.waitFor();
    const directions = await card.getByRole('link', { name: sh.navigate }).getAttribute('href');
    expect(directions).toMatch(/^https:\/\/www\.google\.com\/maps\/dir\/\?api=1&destination=12%20Admiralty%20Way/);
    await expectAccessible(page);
    await card.getByRole('button', { name: sh.pickedUp }).click();
    await page.getByRole('status').getByText(sh['riderDone.PICKED_UP']).waitFor();

    // A wrong code is refused with the tries left; the right one delivers and records the cash.
    const wrong = code === '000000' ? '111111' : '000000';
    await card.getByLabel(sh.code).fill(wrong);
    await card.getByRole('button', { name: /Delivered, collected/ }).click();
    await card.getByText(/not the customer’s code; 4 tries left/).waitFor();
    await card.getByLabel(sh.code).fill(code);
    await card.getByLabel(sh.via).selectOption('CASH');
    await screenshot(page, 'rider-delivery');
    await card.getByRole('button', { name: /Delivered, collected/ }).click();
    await page.getByRole('status').getByText(sh['riderDone.DELIVERED']).waitFor();

    const done = await db.order.findUniqueOrThrow({ where: { id: order.id }, include: { payments: true } });
    expect(done.status).toBe('DELIVERED');
    expect(done.payments[0]).toMatchObject({ status: 'SUCCEEDED', collectedByUserId: rider.id, collectedVia: 'CASH' });
    expect(await db.shipment.findUniqueOrThrow({ where: { id: shipment.id } })).toMatchObject({ status: 'DELIVERED', codeTries: 1, deliveredByUserId: rider.id });
  });

  test('an administrator ships part of a pay-on-delivery order in two packages with a rider chosen from the riders', async () => {
    const db = stack.stack.prisma;
    const shop = await tenantId(db, STORE);
    await db.commerceSettings.upsert({ where: { tenantId: shop }, create: { tenantId: shop, paymentMethods: ['CARD', 'PAY_ON_DELIVERY'] }, update: { paymentMethods: ['CARD', 'PAY_ON_DELIVERY'] } });
    const product = await makeProduct(db, shop, { price: 200_000n, stock: 5 });
    const r = payload(await checkout(stack, STORE, checkoutInput(await guestCart(stack, STORE, [{ variantId: product.variantId, quantity: 3 }]), { paymentMethod: 'PAY_ON_DELIVERY' })), 'checkout');

    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'client', path: `/orders/${r.order.id}/ship`, landing: sh.shipTitle.replace('{number}', r.order.number) });
    await page.getByTestId('carrier-quote').waitFor();
    const line = await db.orderLine.findFirstOrThrow({ where: { orderId: r.order.id } });
    await page.locator(`[name="qty-${line.id}"]`).fill('2');
    await page.getByLabel(sh.rider, { exact: true }).selectOption(rider.id);
    // Three package rows, the middle one removed: two go, each with its own weight and size.
    const rows = page.getByTestId('package-row');
    await page.getByRole('button', { name: sh.addPackage }).click();
    await page.getByRole('button', { name: sh.addPackage }).click();
    await rows.nth(1).getByLabel(sh.weight).fill('777');
    await rows.nth(2).getByLabel(sh.weight).fill('2500');
    await rows.nth(2).getByLabel(sh.height).fill('250');
    await page.getByRole('button', { name: sh.removePackage.replace('{n}', '2') }).click();
    expect(await rows.count()).toBe(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'ship-items-packages');
    await page.getByRole('button', { name: sh.create }).click();
    await page.getByRole('status').getByText(sh['done.created']).waitFor();
    await page.getByTestId('shipment-events').getByText(sh['status.PENDING']).waitFor();
    const shipment = await db.shipment.findFirstOrThrow({ where: { orderId: r.order.id }, include: { items: true, packages: { select: { weightGrams: true, lengthMm: true, widthMm: true, heightMm: true } } } });
    expect(shipment).toMatchObject({ riderUserId: rider.id, carrier: 'OWN_RIDERS', items: [expect.objectContaining({ quantity: 2 })] });
    expect([...shipment.packages].sort((a, b) => a.weightGrams - b.weightGrams)).toEqual([
      { weightGrams: 1000, lengthMm: 300, widthMm: 200, heightMm: 100 },
      { weightGrams: 2500, lengthMm: 300, widthMm: 200, heightMm: 250 },
    ]);
  });
}

describeInChromium('rider delivery (Chromium, 390 px)', riderSuite);
