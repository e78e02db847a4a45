// "Cash at agents" in a real browser: Debian Chromium driven by playwright-core against the real stack
// (PGlite, every subgraph, the gateway, `next start`). An agent's cash sales are seeded through the API (staff
// allot seats, the agent's device syncs three sales); the operator's administrator finds the agent's cash in
// the back office, is refused a hand-in above it (the error next to the amount), records a partial hand-in in
// naira and sees the outstanding amount drop; the agent sees the same figures, read-only. axe checks the page.
import type { Browser, Page } from 'playwright-core';
import en from '../../storefront/messages/en.json';
import { formatMoney } from '../../storefront/lib/money';
import { uuidv7 } from '../../subgraphs/protocol/src/ids';
import { gql } from '../support/graphql';
import type { TestStack } from '../support/stack';
import { expectAccessible, screenshot, describeInChromium, signInToBackOffice, startStorefrontAndChromium, stopStorefrontAndChromium } from './support';

const OPERATOR = 'abc-transport';
const naira = (kobo: bigint) => formatMoney({ amount: kobo.toString(), currency: 'NGN' });

function cashSuite(): void {
  let stack: TestStack;
  let storefrontUrl: string;
  let browser: Browser;
  let agentUserId: string;

  async function api<T = any>(document: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const r = await gql(stack.gatewayUrl, document, variables, { authorization: `Bearer ${token}` });
    if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
    return r.data as T;
  }

  async function login(email: string): Promise<{ token: string; userId: string }> {
    const r = await gql(stack.gatewayUrl, 'mutation($i: LoginInput!) { login(input: $i) { session { accessToken user { id } } } }', { i: { tenantSlug: OPERATOR, email, password: stack.demo.password } }, {});
    return { token: r.data.login.session.accessToken, userId: r.data.login.session.user.id };
  }

  const signIn = (p: Page, user: string) => signInToBackOffice(p, { stack, storefrontUrl, tenant: OPERATOR, user });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    return context.newPage();
  }

  beforeAll(async () => {
    ({ stack, storefrontUrl, browser } = await startStorefrontAndChromium());

    // The agent's sales, as the agent page syncs them: three seats of tomorrow's Lagos–Abuja trip, ₦10,000 each.
    const [staff, agent] = [await login('staff@webwaka.test'), await login('agent@webwaka.test')];
    agentUserId = agent.userId;
    const tomorrow = new Date(Date.now() + 25 * 3600_000).toLocaleDateString('en-CA', { timeZone: 'Africa/Lagos' });
    const { searchTrips } = await api('query($d: String!) { searchTrips(origin: "Lagos", destination: "Abuja", date: $d) { id } }', { d: tomorrow }, staff.token);
    const tripId = searchTrips[0].id;
    const { seatMap } = await api('query($t: ID!) { seatMap(tripId: $t) { seats { label state } } }', { t: tripId }, staff.token);
    const labels = seatMap.seats.filter((s: { state: string }) => s.state === 'AVAILABLE').slice(-3).map((s: { label: string }) => s.label);
    const allotted = await api('mutation($i: AllotSeatsInput!) { allotSeats(input: $i) { userErrors { code } } }', { i: { tripId, agentUserId, seatLabels: labels } }, staff.token);
    expect(allotted.allotSeats.userErrors).toEqual([]);
    const sales = labels.map((seatLabel: string) => ({ clientSaleId: uuidv7(), tripId, seatLabel, passengerName: `Passenger ${seatLabel}`, amountPaid: '1000000', soldAt: new Date().toISOString() }));
    const synced = await api('mutation($s: [AgentSaleInput!]!) { syncAgentSales(sales: $s) { results { status } } }', { s: sales }, agent.token);
    expect(synced.syncAgentSales.results.map((r: { status: string }) => r.status)).toEqual(['APPLIED', 'APPLIED', 'APPLIED']);
  }, 300_000);

  afterAll(async () => {
    await stopStorefrontAndChromium({ stack, browser });
  }, 60_000);

  test('the administrator records a partial hand-in in naira and sees the outstanding amount drop', async () => {
    const page = await newPage();
    await signIn(page, 'client');
    await page.getByRole('navigation', { name: en['admin.nav.label'] }).getByRole('link', { name: en['admin.nav.cash'] }).click();
    await page.getByRole('heading', { level: 1, name: en['admin.cash.title'] }).waitFor();
    const card = page.locator(`[data-agent="${agentUserId}"]`);
    await expect(card.getByTestId('cash-outstanding').textContent()).resolves.toBe(naira(3_000_000n));
    await expectAccessible(page);

    // More than the agent holds: refused, the message next to the amount, nothing recorded.
    await card.getByLabel(en['admin.cash.amount'].replace('{currency}', 'NGN')).fill('30000.01');
    await card.getByRole('button', { name: en['admin.cash.submit'] }).click();
    await card.getByText('3000000 NGN minor units').waitFor();
    await expect(card.getByTestId('cash-outstanding').textContent()).resolves.toBe(naira(3_000_000n));

    await card.getByLabel(en['admin.cash.amount'].replace('{currency}', 'NGN')).fill('12,500.50');
    await card.getByLabel(en['admin.cash.note']).fill('Receipt 0042');
    await card.getByRole('button', { name: en['admin.cash.submit'] }).click();
    await page.getByRole('status').getByText(en['admin.cash.done.recorded']).waitFor();
    const after = page.locator(`[data-agent="${agentUserId}"]`);
    await expect(after.getByTestId('cash-outstanding').textContent()).resolves.toBe(naira(1_749_950n));
    await after.getByRole('cell', { name: 'Receipt 0042' }).waitFor();
    await expect(after.getByRole('cell', { name: naira(1_250_050n) }).count()).resolves.toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'backoffice-cash');
    await page.context().close();
  });

  test('the agent sees their own position, read-only', async () => {
    const page = await newPage();
    await signIn(page, 'agent');
    await page.goto(`${storefrontUrl}/admin/${OPERATOR}/cash`);
    await page.getByRole('heading', { level: 1, name: en['admin.cash.title'] }).waitFor();
    const row = page.getByTestId('cash-positions').getByRole('row', { name: new RegExp(en['admin.cash.you']) });
    await expect(row.getByRole('cell').allTextContents()).resolves.toEqual([naira(3_000_000n), naira(1_250_050n), naira(1_749_950n), expect.any(String)]);
    await expect(page.getByRole('button', { name: en['admin.cash.submit'] }).count()).resolves.toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'backoffice-cash-agent');
    await page.context().close();
  });
}

describeInChromium('cash at agents in Chromium', cashSuite);
