// Live rider location in a real browser (decision 0089), everything on 390 px phone screens: a guest buys
// and pays; the shop ships with its rider (a member with the RIDER role, decision 0093, who signs in to a
// back office of their deliveries only). The rider's page, with the phone's
// position mocked, shares it; the customer's order page shows it live over graphql-ws; the rider moves and
// the page follows. A second customer window whose websockets are all refused shows it too, by polling,
// and follows the next move. Then the rider delivers with the customer's code from the order page, and the
// positions are gone.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { hashPassword } from '@webwaka/kit';
import en from '../../storefront/messages/en.json';
import riderEn from '../../storefront/messages/rider-location.en.json';
import shipmentsEn from '../../storefront/messages/shipments.en.json';
import { makeProduct, serviceContext, tenantId } from '../../subgraphs/commerce/test/support';
import { createShipment, stepShipment } from '../../subgraphs/commerce/src/services/shipments';
import { createUser } from '../support/callers';
import type { TestStack } from '../support/stack';
import { describeInChromium, expectAccessible, placeAndPay, screenshot, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const STORE = 'ade-fashion';
const BASE = `/s/${STORE}`;
const PHONE = { viewport: { width: 390, height: 844 } };

function riderLocationSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // The customer's page polls every 2 s without a socket (15 s in production), so the test stays short.
    process.env.RIDER_TRACKING_POLL_MS = '2000';
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
  }, 600_000);

  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await stopStorefrontAndChromium({ stack, browser });
    delete process.env.RIDER_TRACKING_POLL_MS;
  }, 60_000);

  const newContext = async (opts: Parameters<Browser['newContext']>[0] = {}) => {
    const c = await browser.newContext({ ...PHONE, ...opts });
    contexts.push(c);
    return c;
  };
  const shownLatitude = async (p: Page) => Number(await p.getByTestId('rider-position').getAttribute('data-latitude'));
  const waitForLatitude = (p: Page, latitude: number, timeout = 45_000) =>
    p.waitForFunction((lat) => Number(document.querySelector('[data-testid="rider-position"]')?.getAttribute('data-latitude')) === lat, latitude, { timeout });

  test('the customer follows the rider live, and by polling with the socket blocked; the rider delivers with the code', async () => {
    const prisma = stack.stack.prisma;
    const shop = await tenantId(prisma, STORE);
    const product = await makeProduct(prisma, shop, { price: 250_000n, stock: 5 });

    // The guest buys and pays.
    const customer = await newContext();
    const page = await customer.newPage();
    await page.goto(`${storefrontUrl}${BASE}/p/${product.sku.toLowerCase()}`);
    await page.getByLabel(en['shop.cart.quantity']).fill('1');
    await page.getByRole('button', { name: en['shop.cart.add'] }).click();
    await page.getByText(en['shop.cart.added']).waitFor();
    await page.goto(`${storefrontUrl}${BASE}/checkout`);
    await page.getByLabel(en['shop.checkout.field.email']).fill('rider.watcher@example.com');
    await page.getByLabel(en['shop.checkout.field.name']).fill('Ada Obi');
    await page.getByLabel(en['shop.checkout.field.phone']).fill('0803 123 4567');
    await page.getByLabel(en['shop.checkout.field.line1']).fill('12 Admiralty Way');
    await page.getByLabel(en['shop.checkout.field.city']).fill('Lekki');
    await page.getByLabel(en['shop.checkout.field.region']).selectOption('Lagos');
    await page.getByRole('button', { name: en['shop.checkout.continue'] }).click();
    const orderId = await placeAndPay(page, { placeOrder: en['shop.checkout.placeOrder'], thanks: en['shop.order.thanks'] });
    const orderUrl = page.url();

    // The shop ships it with its rider (RIDER role), who picks it up (their own screens are decision 0086's tests).
    const riderUser = await createUser(prisma, { email: 'rider@webwaka.test', name: 'Musa Rider', passwordHash: await hashPassword(stack.demo.password), memberships: [{ tenantId: shop, role: 'RIDER' }] });
    const o = await prisma.order.findUniqueOrThrow({ where: { id: orderId }, include: { lines: true, vendorOrders: true } });
    const shipment = await createShipment(serviceContext(stack, shop), {
      vendorOrderId: o.vendorOrders[0].id,
      carrier: 'OWN_RIDERS',
      riderUserId: riderUser.id,
      items: [{ orderLineId: o.lines[0].id, quantity: 1 }],
      packages: [{ weightGrams: 800, lengthMm: 300, widthMm: 200, heightMm: 100 }],
    });
    await stepShipment(serviceContext(stack, shop, { userId: riderUser.id, roles: ['RIDER'], mfa: false }), shipment.id, 'PICKED_UP');

    // The rider's phone, somewhere in Lekki.
    const riderContext = await newContext({ permissions: ['geolocation'], geolocation: { latitude: 6.4474, longitude: 3.4723, accuracy: 15 } });
    const rider = await riderContext.newPage();
    // Signing in at the back office's front door lands on My deliveries, the rider's only section.
    await signInToBackOffice(rider, { stack, storefrontUrl, tenant: STORE, user: 'rider', landing: shipmentsEn.riderTitle }).catch(async (e) => {
      throw new Error(`${e}\n${rider.url()}\n${(await rider.locator('body').innerText()).slice(0, 1500)}`);
    });
    const nav = rider.getByRole('navigation', { name: en['admin.nav.label'] });
    expect(await nav.getByRole('link').allInnerTexts()).toEqual([en['admin.nav.deliveries']]);
    // The shop's orders are not theirs: the page sends them back to their deliveries.
    await rider.goto(`${storefrontUrl}/admin/${STORE}/orders`);
    await rider.getByRole('heading', { level: 1, name: shipmentsEn.riderTitle }).waitFor();
    await rider.locator(`[data-shipment="${shipment.id}"] [data-testid="rider-sharing"][data-state="sharing"]`).waitFor();
    for (let i = 0; i < 40 && (await prisma.riderLocation.count({ where: { shipmentId: shipment.id } })) === 0; i++) await new Promise((r) => setTimeout(r, 500));
    expect(await prisma.riderLocation.count({ where: { shipmentId: shipment.id } })).toBe(1);

    // The customer's order page: the rider's position, live.
    await page.goto(orderUrl);
    await page.locator('[data-testid="rider-tracking"][data-connection="live"]').waitFor({ timeout: 20_000 });
    expect(await shownLatitude(page)).toBe(6.4474);
    await page.getByRole('link', { name: riderEn.openInMaps }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'rider-location-live');

    // The rider moves; the page follows over the socket (the phone sends at most every 15 s).
    await riderContext.setGeolocation({ latitude: 6.4512, longitude: 3.4781, accuracy: 10 });
    await waitForLatitude(page, 6.4512);

    // A window whose websockets are all refused: it falls back to polling and still follows.
    const blocked = await newContext({ storageState: await customer.storageState() });
    await blocked.routeWebSocket(/\/graphql/, (ws) => ws.close());
    const poller = await blocked.newPage();
    await poller.goto(orderUrl);
    await poller.locator('[data-testid="rider-tracking"][data-connection="polling"]').waitFor({ timeout: 20_000 });
    expect(await shownLatitude(poller)).toBe(6.4512);
    await riderContext.setGeolocation({ latitude: 6.4555, longitude: 3.4802, accuracy: 10 });
    await waitForLatitude(poller, 6.4555);
    await waitForLatitude(page, 6.4555);
    await screenshot(poller, 'rider-location-polling');
    expect(await poller.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    // The rider delivers with the customer's code from the order page; the positions go with it.
    const code = (await page.getByTestId('delivery-code').textContent())!.trim();
    const card = rider.locator(`[data-shipment="${shipment.id}"]`);
    await card.getByLabel(shipmentsEn.code).fill(code);
    await card.getByRole('button', { name: shipmentsEn.deliver, exact: true }).click();
    await rider.waitForURL((url) => url.searchParams.get('done') === 'DELIVERED');
    expect((await prisma.shipment.findUniqueOrThrow({ where: { id: shipment.id } })).status).toBe('DELIVERED');
    expect(await prisma.riderLocation.count({ where: { shipmentId: shipment.id } })).toBe(0);
    await page.goto(orderUrl);
    await page.getByTestId('order-shipments').waitFor();
    expect(await page.getByTestId('rider-tracking').count()).toBe(0);
  }, 240_000);
}

describeInChromium('live rider location (Chromium, 390 px)', riderLocationSuite);
