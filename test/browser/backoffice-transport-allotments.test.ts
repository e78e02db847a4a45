// The transport back office's agent allotments, park listings and cash hand-ins in a real browser (Debian
// Chromium driven by playwright-core against the real stack: PGlite, every subgraph, the gateway, `next
// start`), on a phone-sized screen: staff allot two seats of a trip to the demo agent on the trip's page, see
// them listed (and in the database) and release them; ABC Transport's administrator asks Jibowu Motor Park
// to list it and the park's administrator approves it (the park then sells its trips); the cash page lists
// a hand-in with who received it, filtered by agent; an agent and staff are refused these pages by the
// server (a redirect, not a hidden link). axe checks every page.
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import messages from '../../storefront/messages/transport.en.json';
import { formatMoney } from '../../storefront/lib/money';
import { uuidv7 } from '../../subgraphs/protocol/src/ids';
import { gql } from '../support/graphql';
import type { TestStack } from '../support/stack';
import { expectAccessible, screenshot, describeInChromium, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const OPERATOR = 'abc-transport';
const PARK = 'jibowu-park';
const tt = (key: keyof typeof messages, vars: Record<string, string | number> = {}) => messages[key].replace(/\{(\w+)\}/g, (_w, name: string) => String(vars[name]));
const naira = (kobo: bigint) => formatMoney({ amount: kobo.toString(), currency: 'NGN' });
/** A date in Lagos `days` from now, as YYYY-MM-DD. */
const dayInLagos = (days: number) => new Date(Date.now() + days * 24 * 3600_000).toLocaleDateString('en-CA', { timeZone: 'Africa/Lagos' });

function allotmentsSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  let staff: { token: string; userId: string };
  let agent: { token: string; userId: string };

  async function api<T = any>(document: string, variables: Record<string, unknown>, headers: Record<string, string>): Promise<T> {
    const r = await gql(stack.gatewayUrl, document, variables, headers);
    if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
    return r.data as T;
  }
  const as = (token: string) => ({ authorization: `Bearer ${token}` });

  async function login(email: string): Promise<{ token: string; userId: string }> {
    const r = await gql(stack.gatewayUrl, 'mutation($i: LoginInput!) { login(input: $i) { session { accessToken user { id } } } }', { i: { tenantSlug: OPERATOR, email, password: stack.demo.password } }, {});
    return { token: r.data.login.session.accessToken, userId: r.data.login.session.user.id };
  }

  const signIn = (p: Page, user: string, tenant = OPERATOR) => signInToBackOffice(p, { stack, storefrontUrl, tenant, user });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    return context.newPage();
  }

  /** Tomorrow's first trip from `from` to `to` and the labels of its seats still on sale. */
  async function tripWithFreeSeats(from: string, to: string): Promise<{ tripId: string; free: string[] }> {
    const { searchTrips } = await api('query($d: String!, $o: String!, $t: String!) { searchTrips(origin: $o, destination: $t, date: $d) { id } }', { d: dayInLagos(1), o: from, t: to }, { 'x-tenant': OPERATOR });
    const tripId = searchTrips[0].id;
    const { seatMap } = await api('query($t: ID!) { seatMap(tripId: $t) { seats { label state } } }', { t: tripId }, { 'x-tenant': OPERATOR });
    return { tripId, free: seatMap.seats.filter((s: { state: string }) => s.state === 'AVAILABLE').map((s: { label: string }) => s.label) };
  }

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());
    [staff, agent] = [await login('staff@webwaka.test'), await login('agent@webwaka.test')];
  }, 300_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  test('staff allot two seats of a trip to the demo agent on its page and release them, on a phone (axe)', async () => {
    const { tripId, free } = await tripWithFreeSeats('Lagos', 'Ibadan');
    const seats = free.slice(-2);
    const page = await newPage();
    await signIn(page, 'staff');
    await page.goto(`${storefrontUrl}/admin/${OPERATOR}/transport/trips/${tripId}`);
    await page.getByRole('heading', { level: 2, name: tt('admin.allotments.title') }).waitFor();
    await page.getByText(tt('admin.allotments.none')).waitFor();
    await expectAccessible(page);

    const form = page.getByRole('form', { name: tt('admin.allotments.add') });
    // No seat ticked: refused next to the seats, before any request.
    await form.getByLabel(tt('admin.allotments.agent')).selectOption(agent.userId);
    await form.getByRole('button', { name: tt('admin.allotments.submit') }).click();
    await form.getByText(tt('admin.allotments.pickSeats')).waitFor();
    for (const label of seats) await form.getByRole('checkbox', { name: new RegExp(`^${label} `) }).check();
    await form.getByRole('button', { name: tt('admin.allotments.submit') }).click();
    await page.getByRole('status').getByText(tt('admin.allotments.done.allotted')).waitFor();
    const item = page.locator(`[data-agent="${agent.userId}"]`);
    await item.getByText(tt('admin.allotments.seats', { seats: seats.join(', ') })).waitFor();
    await expect(item.locator('h3').textContent()).resolves.toContain('agent@webwaka.test');
    // The allotted seats are no longer offered, and the manifest shows them with the agent.
    await expect(form.getByRole('checkbox', { name: new RegExp(`^${seats[0]} `) }).count()).resolves.toBe(0);
    await expect(page.locator(`[data-seat="${seats[0]}"]`).textContent()).resolves.toContain(messages['admin.manifest.state.ALLOTTED']);
    await expectAccessible(page);
    await screenshot(page, 'backoffice-transport-allotments');

    const rows = await stack.stack.prisma.agentAllotment.findMany({ where: { tripId, agentUserId: agent.userId, releasedAt: null } });
    expect(rows).toHaveLength(1);
    const held = await stack.stack.prisma.tripSeat.findMany({ where: { allotmentId: rows[0].id }, select: { label: true } });
    expect(held.map((s) => s.label).sort()).toEqual([...seats].sort());
    // The agent sees its allotment through the API.
    const mine = await api('query($t: ID!) { agentAllotments(tripId: $t) { id seatLabels } }', { t: tripId }, as(agent.token));
    expect(mine.agentAllotments).toEqual([{ id: rows[0].id, seatLabels: [...seats].sort() }]);

    await item.getByRole('button', { name: tt('admin.allotments.release') }).click();
    await page.getByRole('status').getByText(tt('admin.allotments.done.released')).waitFor();
    await page.getByText(tt('admin.allotments.none')).waitFor();
    expect((await stack.stack.prisma.agentAllotment.findUniqueOrThrow({ where: { id: rows[0].id } })).releasedAt).not.toBeNull();
    const { seatMap } = await api('query($t: ID!) { seatMap(tripId: $t) { seats { label state } } }', { t: tripId }, { 'x-tenant': OPERATOR });
    expect(seatMap.seats.filter((s: { label: string }) => seats.includes(s.label)).map((s: { state: string }) => s.state)).toEqual(['AVAILABLE', 'AVAILABLE']);
    await expectAccessible(page);
    await page.context().close();
  });

  test('the operator asks Jibowu Motor Park to list it and the park’s administrator approves, on a phone (axe)', async () => {
    const abc = await stack.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: OPERATOR } });
    const park = await stack.stack.prisma.tenant.findUniqueOrThrow({ where: { slug: PARK } });
    // The demo has ABC listed at Jibowu already: start from no listing.
    await stack.stack.prisma.parkListing.deleteMany({ where: { tenantId: park.id, operatorTenantId: abc.id } });

    const operator = await newPage();
    await signIn(operator, 'client');
    await operator.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name: en['admin.nav.transport'] }).click();
    await operator.getByRole('heading', { level: 1, name: tt('admin.routes.title') }).waitFor();
    await operator.getByRole('link', { name: tt('admin.tabs.listings') }).click();
    await operator.getByRole('heading', { level: 1, name: tt('admin.listings.title') }).waitFor();
    await operator.getByText(tt('admin.listings.noneAsked')).waitFor();
    await expectAccessible(operator);

    const ask = operator.getByRole('form', { name: tt('admin.listings.request') });
    await ask.getByLabel(tt('admin.listings.parkAddress')).fill('no-such-park');
    await ask.getByRole('button', { name: tt('admin.listings.submit') }).click();
    await ask.getByText(tt('admin.listings.unknownPark', { park: 'no-such-park' })).waitFor();
    await ask.getByLabel(tt('admin.listings.parkAddress')).fill(`${storefrontUrl}/${PARK}`);
    await ask.getByRole('button', { name: tt('admin.listings.submit') }).click();
    await operator.getByRole('status').getByText(tt('admin.listings.done.requested')).waitFor();
    const row = operator.locator(`[data-park="${park.id}"]`);
    await expect(row.getAttribute('data-status')).resolves.toBe('PENDING');
    await expect(row.textContent()).resolves.toContain('Jibowu Motor Park');
    await expectAccessible(operator);
    await operator.context().close();

    // The park's administrator finds it from the vendors page.
    const admin = await newPage();
    await signIn(admin, 'client', PARK);
    await admin.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name: en['admin.nav.vendors'] }).click();
    await admin.getByRole('heading', { level: 1, name: en['admin.vendors.title'] }).waitFor();
    await admin.getByRole('link', { name: tt('admin.listings.fromVendors') }).click();
    await admin.getByRole('heading', { level: 1, name: tt('admin.listings.title') }).waitFor();
    const card = admin.locator('[data-listing="ABC Transport"]');
    await expect(card.getAttribute('data-status')).resolves.toBe('PENDING');
    await expectAccessible(admin);
    await card.getByRole('button', { name: tt('admin.listings.approve') }).click();
    await admin.getByRole('status').getByText(tt('admin.listings.done.approved')).waitFor();
    await expect(admin.locator('[data-listing="ABC Transport"]').getAttribute('data-status')).resolves.toBe('APPROVED');
    await admin.locator('[data-listing="ABC Transport"]').getByRole('button', { name: tt('admin.listings.suspend') }).waitFor();
    await expectAccessible(admin);
    await screenshot(admin, 'backoffice-transport-park-listings');
    await admin.context().close();

    const saved = await stack.stack.prisma.parkListing.findFirstOrThrow({ where: { tenantId: park.id, operatorTenantId: abc.id } });
    expect(saved.status).toBe('APPROVED');
    // The park sells the operator's trips again.
    const { upcomingTrips } = await api('{ upcomingTrips(first: 5) { operatorId } }', {}, { 'x-tenant': PARK });
    expect(upcomingTrips.some((t: { operatorId: string }) => t.operatorId === abc.id)).toBe(true);
  });

  test('the cash page lists hand-ins with who received them, filtered by agent (axe)', async () => {
    // The agent's cash: one seat allotted and sold (₦8,000), ₦5,000 of it handed in to staff.
    const { tripId, free } = await tripWithFreeSeats('Lagos', 'Abuja');
    const seatLabel = free[free.length - 1];
    const allotted = await api('mutation($i: AllotSeatsInput!) { allotSeats(input: $i) { userErrors { code } } }', { i: { tripId, agentUserId: agent.userId, seatLabels: [seatLabel] } }, as(staff.token));
    expect(allotted.allotSeats.userErrors).toEqual([]);
    const sale = { clientSaleId: uuidv7(), tripId, seatLabel, passengerName: 'Bola Ahmed', amountPaid: '800000', soldAt: new Date().toISOString() };
    const synced = await api('mutation($s: [AgentSaleInput!]!) { syncAgentSales(sales: $s) { results { status } } }', { s: [sale] }, as(agent.token));
    expect(synced.syncAgentSales.results).toEqual([{ status: 'APPLIED' }]);
    const handIn = await api(
      'mutation($i: RecordCashHandInInput!) { recordCashHandIn(input: $i) { handIn { id } userErrors { code } } }',
      { i: { agentUserId: agent.userId, amount: '500000', currency: 'NGN', idempotencyKey: uuidv7(), note: 'Receipt 77' } },
      as(staff.token),
    );
    expect(handIn.recordCashHandIn.userErrors).toEqual([]);
    const id = handIn.recordCashHandIn.handIn.id;

    const page = await newPage();
    await signIn(page, 'client');
    await page.goto(`${storefrontUrl}/admin/${OPERATOR}/cash`);
    await page.getByRole('heading', { level: 2, name: tt('admin.handIns.title') }).waitFor();
    const row = page.locator(`[data-hand-in="${id}"]`);
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual([expect.stringContaining('agent@webwaka.test'), naira(500_000n), 'Funke Adeleke', 'Receipt 77']);
    await expectAccessible(page);
    // One agent's: the superagent has handed nothing in.
    const superagent = await login('superagent@webwaka.test');
    const filter = page.getByRole('form', { name: tt('admin.handIns.filter') });
    await filter.getByLabel(tt('admin.handIns.agent')).selectOption(superagent.userId);
    await filter.getByRole('button', { name: tt('admin.handIns.apply') }).click();
    await page.waitForURL((url) => url.searchParams.get('agent') === superagent.userId);
    await page.getByText(tt('admin.handIns.none')).waitFor();
    await page.getByRole('form', { name: tt('admin.handIns.filter') }).getByLabel(tt('admin.handIns.agent')).selectOption(agent.userId);
    await page.getByRole('form', { name: tt('admin.handIns.filter') }).getByRole('button', { name: tt('admin.handIns.apply') }).click();
    await page.waitForURL((url) => url.searchParams.get('agent') === agent.userId);
    await page.locator(`[data-hand-in="${id}"]`).waitFor();
    expect(new Set(await page.locator('[data-hand-in]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-hand-in-agent'))))).toEqual(new Set([agent.userId]));
    await expectAccessible(page);
    await screenshot(page, 'backoffice-cash-hand-ins');
    await page.context().close();

    // Staff who received it read "You".
    const staffPage = await newPage();
    await signIn(staffPage, 'staff');
    await staffPage.goto(`${storefrontUrl}/admin/${OPERATOR}/cash`);
    await staffPage.locator(`[data-hand-in="${id}"]`).getByRole('cell', { name: tt('admin.handIns.you'), exact: true }).waitFor();
    await staffPage.context().close();
  });

  test('an agent is refused the trip’s allotments and the listings by the server, and staff the listings', async () => {
    const { tripId } = await tripWithFreeSeats('Lagos', 'Ibadan');
    const page = await newPage();
    await signIn(page, 'agent');
    for (const path of [`/transport/trips/${tripId}`, '/transport/listings']) {
      await page.goto(`${storefrontUrl}/admin/${OPERATOR}${path}`);
      await page.waitForURL((url) => url.pathname === `/admin/${OPERATOR}`);
      await page.getByRole('heading', { level: 1, name: en['admin.dashboard.title'] }).waitFor();
    }
    await page.context().close();

    const staffPage = await newPage();
    await signIn(staffPage, 'staff');
    await staffPage.goto(`${storefrontUrl}/admin/${OPERATOR}/transport/listings`);
    await staffPage.waitForURL((url) => url.pathname === `/admin/${OPERATOR}`);
    await staffPage.getByRole('heading', { level: 1, name: en['admin.dashboard.title'] }).waitFor();
    // Nor is the tab offered to them.
    await staffPage.goto(`${storefrontUrl}/admin/${OPERATOR}/transport`);
    await staffPage.getByRole('heading', { level: 1, name: tt('admin.routes.title') }).waitFor();
    await expect(staffPage.getByRole('link', { name: tt('admin.tabs.listings') }).count()).resolves.toBe(0);
    // And the API refuses staff a listing decision (transport's TRANSPORT_ADMINS).
    const r = await gql(stack.gatewayUrl, 'mutation { requestParkListing(parkTenantId: "00000000-0000-0000-0000-000000000001") { userErrors { code } } }', {}, as(staff.token));
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await staffPage.context().close();
  });
}

describeInChromium('transport allotments, park listings and hand-ins in Chromium', allotmentsSuite);
