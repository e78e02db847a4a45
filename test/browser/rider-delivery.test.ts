// The rider's page in a real browser (Debian Chromium via playwright-core) on a 390 px phone screen
// (decision 0086): a pay-on-delivery order is shipped with the shop's staff member as the rider; signed in,
// the rider sees it under "My deliveries today" with a directions link, marks it picked up, enters a wrong
// code (refused, tries counted), then the customer's code with the cash collected; the order is delivered
// and paid. An administrator ships 2 of 3 units from the order's "Ship items" page, choosing the rider from the staff.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { uuidv7 } from '@webwaka/kit';
import sh from '../../storefront/messages/shipments.en.json';
import { checkout, checkoutInput, guestCart, makeProduct, payload, serviceContext, tenantId } from '../../subgraphs/commerce/test/support';
import { createShipment, deliveryCode } from '../../subgraphs/commerce/src/services/shipments';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';

function riderSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
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
    const rider = await db.user.findFirstOrThrow({ where: { email: 'staff@webwaka.test' } });
    const shipment = await createShipment(serviceContext(stack, shop, { userId: uuidv7() }), {
      vendorOrderId: order.lines[0].vendorOrderId,
      carrier: 'OWN_RIDERS',
      riderUserId: rider.id,
      items: [{ orderLineId: order.lines[0].id, quantity: 1 }],
      packages: [{ weightGrams: 800, lengthMm: 300, widthMm: 200, heightMm: 100 }],
    });
    const code = deliveryCode(shipment.deliveryCodeSalt);

    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'staff', path: '/orders/deliveries', landing: sh.riderTitle }).catch(async (e) => {
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

  test('an administrator ships part of a pay-on-delivery order with a rider chosen from the staff', async () => {
    const db = stack.stack.prisma;
    const shop = await tenantId(db, STORE);
    await db.commerceSettings.upsert({ where: { tenantId: shop }, create: { tenantId: shop, paymentMethods: ['CARD', 'PAY_ON_DELIVERY'] }, update: { paymentMethods: ['CARD', 'PAY_ON_DELIVERY'] } });
    const product = await makeProduct(db, shop, { price: 200_000n, stock: 5 });
    const r = payload(await checkout(stack, STORE, checkoutInput(await guestCart(stack, STORE, [{ variantId: product.variantId, quantity: 3 }]), { paymentMethod: 'PAY_ON_DELIVERY' })), 'checkout');
    const rider = await db.user.findFirstOrThrow({ where: { email: 'staff@webwaka.test' } });

    await signInToBackOffice(page, { stack, storefrontUrl, tenant: STORE, user: 'client', path: `/orders/${r.order.id}/ship`, landing: sh.shipTitle.replace('{number}', r.order.number) });
    await page.getByTestId('carrier-quote').waitFor();
    const line = await db.orderLine.findFirstOrThrow({ where: { orderId: r.order.id } });
    await page.locator(`[name="qty-${line.id}"]`).fill('2');
    await page.getByLabel(sh.rider, { exact: true }).selectOption(rider.id);
    await expectAccessible(page);
    await page.getByRole('button', { name: sh.create }).click();
    await page.getByRole('status').getByText(sh['done.created']).waitFor();
    await page.getByTestId('shipment-events').getByText(sh['status.PENDING']).waitFor();
    const shipment = await db.shipment.findFirstOrThrow({ where: { orderId: r.order.id }, include: { items: true } });
    expect(shipment).toMatchObject({ riderUserId: rider.id, carrier: 'OWN_RIDERS', items: [expect.objectContaining({ quantity: 2 })] });
  });
}

describeInChromium('rider delivery (Chromium, 390 px)', riderSuite);
