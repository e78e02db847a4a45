// The transport operator's back office in a real browser (Debian Chromium driven by playwright-core against
// the real stack: PGlite, every subgraph, the gateway, `next start`), on a phone-sized screen: the operator's
// staff adds a park, creates a route with stops from it and sets the route's usual fares, then draws a
// vehicle's seats on the layout editor (rows, columns, classes, a door), schedules a trip with them in
// Lagos time, and a shopper buys a seat on it on the storefront; the trip's manifest shows the passenger
// and prints on one A4 page; a recurring trip is scheduled for three days. axe checks every new page; an
// agent of the same operator is refused the pages by the server (a redirect, not a hidden link).
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import messages from '../../storefront/messages/transport.en.json';
import { gql } from '../support/graphql';
import type { TestStack } from '../support/stack';
import { expectAccessible, screenshot, describeInChromium, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const OPERATOR = 'abc-transport';
/** A date in Lagos `days` from now, as YYYY-MM-DD. */
const dayInLagos = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Lagos', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + days * 24 * 3600_000));
const tt = (key: keyof typeof messages, vars: Record<string, string | number> = {}) => messages[key].replace(/\{(\w+)\}/g, (_w, name: string) => String(vars[name]));

function transportBackOfficeSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  /** The trip staff schedules (test 3), bought on by a shopper. */
  let tripId: string;

  /** Signs in at `path` (the dashboard by default) and waits for that page's heading. */
  const signIn = (p: Page, user: string, at?: { path: string; landing: string }) => signInToBackOffice(p, { stack, storefrontUrl, tenant: OPERATOR, user, ...at });

  /** A query of the operator's public API (what the storefront reads). */
  async function api<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
    const r = await gql<T>(stack.gatewayUrl, document, variables, { 'x-tenant': OPERATOR });
    if (r.errors?.length || !r.data) throw new Error(JSON.stringify(r.errors));
    return r.data;
  }

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    return context.newPage();
  }

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
  }, 300_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  test('staff adds a park, creates a route with stops and sets its usual fares, on a phone (axe on each page)', async () => {
    const page = await newPage();
    await signIn(page, 'staff');
    await page.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name: en['admin.nav.transport'] }).click();
    await page.getByRole('heading', { level: 1, name: tt('admin.routes.title') }).waitFor();
    // The seeded routes are listed with their usual fares.
    await page.locator('[data-route="LOS-ABV"]').getByText('₦32,000.00').waitFor();
    await expectAccessible(page);

    const parkForm = page.getByRole('form', { name: tt('admin.parks.add') });
    await parkForm.getByLabel(tt('admin.parks.name')).fill('Ore Junction Park');
    await parkForm.getByLabel(tt('admin.parks.city')).fill('Ore');
    await parkForm.getByLabel(tt('admin.parks.state')).fill('Ondo');
    await parkForm.getByRole('button', { name: tt('admin.parks.submit') }).click();
    await page.getByText(tt('admin.done.park')).waitFor();
    await page.getByTestId('transport-parks').getByText('Ore Junction Park').waitFor();

    await page.getByRole('link', { name: tt('admin.routes.new') }).click();
    await page.getByRole('heading', { level: 1, name: tt('admin.routes.newTitle') }).waitFor();
    await expectAccessible(page);
    // A code with a space is refused next to the field; the rest of the form is kept.
    await page.getByLabel(tt('admin.routes.code')).fill('LOS ORE');
    await page.getByLabel(tt('admin.routes.from')).selectOption({ label: 'Jibowu Terminal (Lagos)' });
    await page.getByLabel(tt('admin.routes.to')).selectOption({ label: 'Ore Junction Park (Ore)' });
    await page.getByLabel(tt('admin.routes.stops')).fill('Sagamu\nIjebu-Ode');
    await page.getByRole('button', { name: tt('admin.routes.create') }).click();
    await page.getByText('Code must be 1-32 letters, digits or dashes').waitFor();
    expect(await page.getByLabel(tt('admin.routes.stops')).inputValue()).toBe('Sagamu\nIjebu-Ode');
    await page.getByLabel(tt('admin.routes.code')).fill('los-ore');
    await page.getByRole('button', { name: tt('admin.routes.create') }).click();
    await page.getByRole('heading', { level: 1, name: tt('admin.routes.editTitle', { code: 'LOS-ORE' }) }).waitFor();
    await page.getByText(tt('admin.done.created')).waitFor();

    // Usual fares per seat class (the operator's vehicles have STANDARD and PREMIUM seats).
    const fares = page.getByRole('form', { name: tt('admin.fares.title') });
    await fares.getByLabel(tt('admin.fares.label', { seatClass: messages['seatClass.STANDARD'], currency: 'NGN' })).fill('9,500');
    await fares.getByLabel(tt('admin.fares.label', { seatClass: messages['seatClass.PREMIUM'], currency: 'NGN' })).fill('12000.50');
    await fares.getByRole('button', { name: tt('admin.fares.submit') }).click();
    await page.getByText(tt('admin.done.fares')).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'backoffice-transport-route');

    // Edit: one more stop.
    await page.getByLabel(tt('admin.routes.stops')).fill('Sagamu\nIjebu-Ode\nOdogbolu');
    await page.getByRole('button', { name: tt('admin.routes.save') }).click();
    await page.getByText(tt('admin.done.saved')).waitFor();

    await page.getByRole('link', { name: tt('admin.routes.back') }).click();
    const row = page.locator('[data-route="LOS-ORE"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('Sagamu → Ijebu-Ode → Odogbolu');
    expect(await row.textContent()).toContain('₦9,500.00');
    expect(await row.textContent()).toContain('₦12,000.50');
  });

  test('staff draws a vehicle’s seats on the grid editor, on a phone (axe), and it is saved with generated labels', async () => {
    const page = await newPage();
    await signIn(page, 'staff', { path: '/transport/vehicles', landing: tt('admin.vehicles.title') });
    await page.getByRole('link', { name: tt('admin.vehicles.new') }).click();
    await page.getByRole('heading', { level: 1, name: tt('admin.vehicles.newTitle') }).waitFor();
    await expectAccessible(page);

    await page.getByLabel(tt('admin.vehicleForm.registration')).fill('ore-777-xz');
    await page.getByLabel(tt('admin.vehicleForm.name')).fill('Toyota Coaster (14 seats)');
    await page.getByLabel(tt('admin.vehicleForm.rows')).fill('4');
    await page.getByLabel(tt('admin.vehicleForm.columns')).fill('4');
    const cell = (at: string) => page.locator(`[data-cell="${at}"]`);
    await cell('4:4').waitFor();
    expect(await page.locator('[data-cell]').count()).toBe(16);
    // The front row: two premium seats, then the door and the driver (no seats).
    await page.getByLabel(tt('admin.vehicleForm.class.PREMIUM')).check();
    await cell('1:1').click();
    await cell('1:2').click();
    await page.getByLabel(tt('admin.vehicleForm.toolNone')).check();
    await cell('1:3').click();
    await cell('1:4').click();
    expect(await cell('1:1').getAttribute('aria-label')).toBe(tt('admin.vehicleForm.seat', { label: '1A', seatClass: messages['admin.vehicleForm.class.PREMIUM'] }));
    expect(await cell('1:4').getAttribute('data-kind')).toBe('NONE');
    expect(await cell('2:3').textContent()).toBe('2C');
    await page.getByTestId('seat-summary').getByText(tt('admin.vehicleForm.summary', { count: 14, classes: `${messages['admin.vehicleForm.class.PREMIUM']} 2, ${messages['admin.vehicleForm.class.STANDARD']} 12` })).waitFor();
    // Numbered seats instead: 1, 2 in the front row, 3 to 14 behind.
    await page.getByLabel(tt('admin.vehicleForm.numbering')).selectOption('numbers');
    expect(await cell('2:1').textContent()).toBe('3');
    await page.getByLabel(tt('admin.vehicleForm.numbering')).selectOption('letters');
    await expectAccessible(page);
    await screenshot(page, 'backoffice-transport-vehicle-editor');

    await page.getByRole('button', { name: tt('admin.vehicleForm.submit') }).click();
    await page.getByText(tt('admin.done.vehicle')).waitFor();
    const row = page.locator('[data-vehicle="ORE-777-XZ"]');
    expect(await row.textContent()).toContain(`14 (${messages['seatClass.PREMIUM']} 2, ${messages['seatClass.STANDARD']} 12)`);
    await expectAccessible(page);
    // Saved as drawn, through createVehicle.
    const { vehicles } = await api<{ vehicles: { registration: string; layout: { aisleAfterColumn: number | null; seats: { label: string; seatClass: string }[] } }[] }>('{ vehicles { registration layout { aisleAfterColumn seats { label seatClass } } } }');
    const saved = vehicles.find((v) => v.registration === 'ORE-777-XZ')!;
    expect(saved.layout.aisleAfterColumn).toBe(2);
    expect(saved.layout.seats.slice(0, 3)).toEqual([{ label: '1A', seatClass: 'PREMIUM' }, { label: '1B', seatClass: 'PREMIUM' }, { label: '2A', seatClass: 'STANDARD' }]);
  });

  test('staff schedules a trip on the new route and vehicle (Lagos time, the route’s usual fare), and a shopper buys a seat on it', async () => {
    const page = await newPage();
    await signIn(page, 'staff', { path: '/transport/trips', landing: tt('admin.trips.title') });
    await page.getByRole('heading', { level: 1, name: tt('admin.trips.title') }).waitFor();
    await expectAccessible(page);
    const form = page.getByRole('form', { name: tt('admin.trips.schedule') });
    await form.getByLabel(tt('admin.trips.route')).selectOption({ label: 'LOS-ORE: Jibowu Terminal → Ore Junction Park' });
    await form.getByLabel(tt('admin.trips.vehicle')).selectOption({ label: 'ORE-777-XZ (14)' });
    const day = dayInLagos(3);
    await form.getByLabel(tt('admin.trips.date')).fill(day);
    await form.getByLabel(tt('admin.trips.time')).fill('09:30');
    // Standard left blank: the route's usual ₦9,500; Premium typed for this trip.
    await form.getByLabel(tt('admin.fares.label', { seatClass: messages['seatClass.PREMIUM'], currency: 'NGN' })).fill('13000');
    await form.getByRole('button', { name: tt('admin.trips.submit') }).click();
    await page.getByText(tt('admin.done.trip')).waitFor();
    const row = page.locator('[data-trip]', { hasText: 'LOS-ORE' });
    await row.waitFor();
    tripId = (await row.getAttribute('data-trip'))!;
    const text = (await row.textContent())!;
    expect(text).toContain('ORE-777-XZ');
    expect(text).toContain('14 / 14');
    expect(text).toContain('₦9,500.00');
    expect(text).toContain('₦13,000.00');
    await expectAccessible(page);
    await screenshot(page, 'backoffice-transport-trips');
    // Departs at 09:30 in Lagos (UTC+1).
    const { trip } = await api<{ trip: { departureAt: string } }>('query($id: ID!) { trip(id: $id) { departureAt } }', { id: tripId });
    expect(trip.departureAt).toBe(new Date(`${day}T08:30:00.000Z`).toISOString());

    // A shopper on the storefront finds the trip and pays for seat 2A online, as in transport.test.ts.
    const shopper = await newPage();
    await shopper.goto(`${storefrontUrl}/s/${OPERATOR}/trips/${tripId}`);
    await shopper.locator('[data-seat="2A"]').click();
    await shopper.getByRole('button', { name: messages['hold.holdOne'] }).click();
    await shopper.getByTestId('hold').waitFor();
    await shopper.getByRole('link', { name: messages['hold.checkout'] }).click();
    await shopper.getByRole('heading', { level: 1, name: messages['checkout.title'] }).waitFor();
    await shopper.locator('input[name="passenger:2A"]').fill('Tunde Bakare');
    await shopper.getByLabel(messages['checkout.email']).fill('tunde@example.com');
    await shopper.getByLabel(messages['checkout.phone']).fill('0803 555 0101');
    await shopper.getByRole('button', { name: /^Pay ₦9,500\.00/ }).click();
    await shopper.waitForURL((url) => url.pathname.startsWith('/pay/sandbox/'));
    await shopper.getByRole('button', { name: 'Pay', exact: true }).click();
    await shopper.waitForURL((url) => /\/trips\/orders\/[0-9a-f-]{36}$/.test(url.pathname));
    await shopper.getByText(messages['order.paid']).waitFor({ timeout: 45_000 });
    const { seatMap } = await api<{ seatMap: { seats: { label: string; state: string }[] } }>('query($t: ID!) { seatMap(tripId: $t) { seats { label state } } }', { t: tripId });
    expect(seatMap.seats.find((s) => s.label === '2A')?.state).toBe('SOLD');
  });

  test('the trip’s manifest lists the passenger on their seat, not boarded, and prints on one A4 page (axe)', async () => {
    const page = await newPage();
    await signIn(page, 'staff', { path: '/transport/trips', landing: tt('admin.trips.title') });
    await page.locator(`[data-trip="${tripId}"] a`).click();
    await page.getByRole('heading', { level: 1, name: /^Manifest: LOS-ORE/ }).waitFor();
    const seat = page.locator('[data-seat="2A"]');
    expect(await seat.textContent()).toContain('Tunde Bakare');
    expect(await seat.textContent()).toContain('+2348035550101');
    expect(await seat.getAttribute('data-boarded')).toBe('false');
    expect(await page.locator('[data-seat]').count()).toBe(14);
    expect(await page.getByTestId('manifest-counts').textContent()).toBe(tt('admin.manifest.countsValue', { sold: 1, boarded: 0, seats: 14 }));
    await expectAccessible(page);
    await screenshot(page, 'backoffice-transport-manifest');

    // Printed: only the manifest (no back-office header or buttons), one A4 page.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.admin-header').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: tt('admin.manifest.print') }).isVisible()).toBe(false);
    expect(await page.getByTestId('manifest').isVisible()).toBe(true);
    const pdf = (await page.pdf({ format: 'A4', preferCSSPageSize: true })).toString('latin1');
    expect(pdf.startsWith('%PDF')).toBe(true);
    expect(pdf.match(/\/Type\s*\/Page(?!s)/g)).toHaveLength(1);
  });

  test('staff schedules a recurring trip (every day at 07:00, Lagos time) on a phone, and a day already taken is skipped (axe)', async () => {
    const page = await newPage();
    await signIn(page, 'staff', { path: '/transport/trips', landing: tt('admin.trips.title') });
    const form = page.getByRole('form', { name: tt('admin.recurring.title') });
    await form.getByLabel(tt('admin.trips.route')).selectOption({ label: 'LOS-ORE: Jibowu Terminal → Ore Junction Park' });
    await form.getByLabel(tt('admin.trips.vehicle')).selectOption({ label: 'ORE-777-XZ (14)' });
    await form.getByLabel(tt('admin.trips.time')).fill('07:00');
    await form.getByLabel(tt('admin.recurring.firstDay')).fill(dayInLagos(5));
    await form.getByLabel(tt('admin.recurring.lastDay')).fill(dayInLagos(7));
    await form.getByRole('button', { name: tt('admin.recurring.submit') }).click();
    await page.getByText(tt('admin.done.recurring', { count: 3, skipped: 0 })).waitFor();
    expect(await page.locator('[data-trip]', { hasText: 'LOS-ORE' }).count()).toBe(4);
    await expectAccessible(page);
    await screenshot(page, 'backoffice-transport-recurring');
    const departures = await api<{ upcomingTrips: { departureAt: string; route: { code: string } }[] }>('{ upcomingTrips(first: 50) { departureAt route { code } } }');
    const recurring = departures.upcomingTrips.filter((t) => t.route.code === 'LOS-ORE' && t.departureAt.endsWith('T06:00:00.000Z')).map((t) => t.departureAt.slice(0, 10));
    expect(recurring).toEqual([5, 6, 7].map(dayInLagos));

    // The same schedule one day longer: only the new day is scheduled, the three taken days are skipped.
    const again = page.getByRole('form', { name: tt('admin.recurring.title') });
    await again.getByLabel(tt('admin.trips.route')).selectOption({ label: 'LOS-ORE: Jibowu Terminal → Ore Junction Park' });
    await again.getByLabel(tt('admin.trips.vehicle')).selectOption({ label: 'ORE-777-XZ (14)' });
    await again.getByLabel(tt('admin.recurring.firstDay')).fill(dayInLagos(5));
    await again.getByLabel(tt('admin.recurring.lastDay')).fill(dayInLagos(8));
    await again.getByRole('button', { name: tt('admin.recurring.submit') }).click();
    await page.getByText(tt('admin.done.recurring', { count: 1, skipped: 3 })).waitFor();
  });

  test('an agent of the operator is refused the transport pages by the server', async () => {
    const page = await newPage();
    await signIn(page, 'agent');
    expect(await page.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name: en['admin.nav.transport'] }).count()).toBe(0);
    for (const path of ['/transport', '/transport/routes/new', '/transport/vehicles', '/transport/vehicles/new', '/transport/trips', `/transport/trips/${tripId}`]) {
      // The server answers with a redirect to the dashboard.
      const response = await page.context().request.get(`${storefrontUrl}/admin/${OPERATOR}${path}`, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(new URL(response.headers().location, storefrontUrl).pathname).toBe(`/admin/${OPERATOR}`);
      // None of the operator's network is in the answer.
      expect(await response.text()).not.toContain('LOS-ABV');
    }
  });
}

describeInChromium('transport back office in Chromium', transportBackOfficeSuite);
