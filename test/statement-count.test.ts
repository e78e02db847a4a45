/**
 * SQL statements per request for the benchmark scenarios' requests (bench/run.ts, bench/checkout.ts,
 * bench/seats.ts): each statement is a round trip through Prisma to the database, and on PGlite (the
 * test stacks' database) every one queues on its single connection (docs/benchmarks.md, "SQL statements per request").
 * Counts, not times: they do not depend on how busy the machine is. Each budget is the count the code
 * reaches today; a change that adds a statement to one of these requests fails here and has to say why
 * (raise the budget in the same commit, with the reason in its message). Counts are of the steady state:
 * each request follows a warm-up within seconds, well inside the minute catalog keeps a tenant's settings.
 * `STATEMENT_COUNT_REPORT=1` prints every scenario's count and statements.
 */
import { describeCount, installStatementCounter, type StatementCount, type StatementCounter } from './support/statement-count';
import { startStack, type TestStack } from './support/stack';
import { signIn } from './support/callers';
import { gql } from './support/graphql';

let s: TestStack;
let counter: StatementCounter;

beforeAll(async () => {
  s = await startStack();
  counter = installStatementCounter(s.stack);
  // The gateway resolves a tenant slug once per process (then from its cache): warm it for each tenant,
  // so the counts are those of the steady state the benchmarks measure.
  for (const tenant of ['naija-market', 'ade-fashion', 'abc-transport']) await gql(s.gatewayUrl, '{ currentTenant { id } }', {}, { 'x-tenant': tenant });
});

afterAll(async () => {
  counter?.uninstall();
  await s?.stop();
});

/** Fails with the statements themselves, so the failure says what was added. */
function expectAtMost(count: StatementCount, budget: number, name: string) {
  if (process.env.STATEMENT_COUNT_REPORT) console.log(`${name}: ${describeCount(count)}`);
  if (count.total > budget) throw new Error(`${name}: ${count.total} statements, budget ${budget}\n${describeCount(count)}`);
}

const VARIANT_CATALOG = 'id sku title price(context: { currency: "NGN", channel: MVM }) { unit { amount currency formatted } compareAt { amount } }';
const MARKET = { 'x-tenant': 'naija-market' };

async function counted(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  const { result, count } = await counter.request(query, variables, headers);
  if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors ?? result));
  return { data: result.data, count };
}

/** A read as the bench sends it, over and over: counted on a repeat, with per-process copies warm. */
async function countedRepeat(query: string, variables: Record<string, unknown>, headers: Record<string, string>) {
  await gql(s.gatewayUrl, query, variables, headers);
  return counted(query, variables, headers);
}

describe('catalogue reads (uncached, as bench/run.ts sends them)', () => {
  it('product list: 20 products with vendor, variants, NGN prices and availability', async () => {
    const list = `query ProductList { products(first: 20) { edges { node { id title slug vendor { name } variants { ${VARIANT_CATALOG} availableForSale } availableForSale } } } }`;
    const { data, count } = await countedRepeat(list, {}, MARKET);
    expect(data.products.edges).toHaveLength(20);
    expectAtMost(count, 6, 'product list');
  });

  it('product search with totalCount and category facets', async () => {
    const { data, count } = await countedRepeat(
      'query Search($q: String!) { searchProducts(query: $q, first: 20) { totalCount edges { node { id title slug variants { id price(context: { currency: "NGN", channel: MVM }) { unit { formatted } } } } } facets { categories { id name count } } } }',
      { q: 'ankara dress' },
      MARKET,
    );
    expect(data.searchProducts.totalCount).toBeGreaterThan(0);
    expectAtMost(count, 4, 'product search');
  });

  it('product page', async () => {
    const slug = (await gql(s.gatewayUrl, '{ products(first: 1) { edges { node { slug } } } }', {}, MARKET)).data.products.edges[0].node.slug;
    const { data, count } = await countedRepeat(
      `query Page($slug: String!) { product(slug: $slug) { id title description seoTitle seoDescription vendor { name } category { name } media { url alt } variants { ${VARIANT_CATALOG} availableForSale } availableForSale } }`,
      { slug },
      MARKET,
    );
    expect(data.product).toMatchObject({ id: expect.any(String), title: expect.any(String) });
    expectAtMost(count, 8, 'product page');
  });
});

describe('checkout (bench/checkout.ts: a guest cart of one in-stock line)', () => {
  it('addCartLine, then checkout with the sandbox provider', async () => {
    const store = { 'x-tenant': 'ade-fashion' };
    const admin = await signIn(s, 'ade-fashion', 'client');
    const variantId = (await gql(s.gatewayUrl, '{ products(first: 1) { edges { node { variants { id } } } } }', {}, store)).data.products.edges[0].node.variants[0].id;
    const location = (await gql(s.gatewayUrl, '{ locations(first: 1) { edges { node { id } } } }', {}, admin)).data.locations.edges[0].node.id;
    // Plenty, so no reservation here takes a level below its low-stock threshold (an alert is one more statement).
    await gql(s.gatewayUrl, 'mutation ($i: ReceiveStockInput!) { receiveStock(input: $i) { userErrors { code } } }', { i: { variantId, locationId: location, quantity: 100, reference: 'statement-count' } }, admin);

    const ADD_LINE = 'mutation ($i: AddCartLineInput!) { addCartLine(input: $i) { cart { token } userErrors { code message } } }';
    const CHECKOUT = 'mutation ($i: CheckoutInput!) { checkout(input: $i) { order { id } payment { authorizationUrl } userErrors { code message } } }';
    const checkoutOf = (cartToken: string) => ({
      cartToken,
      idempotencyKey: `statement-count-${cartToken}`,
      email: 'bench@example.com',
      shippingMethod: 'STANDARD',
      shippingAddress: { name: 'Bench Shopper', line1: '1 Marina', city: 'Lagos Island', region: 'Lagos', country: 'NG' },
    });
    // The steady state the bench measures: commerce has asked identity for the tenant's sales channel
    // (once per process) and inventory has the channel's policy row (made by its first reservation).
    const warm = await gql(s.gatewayUrl, ADD_LINE, { i: { variantId, quantity: 1 } }, store);
    const again = await counted(ADD_LINE, { i: { cartToken: warm.data.addCartLine.cart.token, variantId, quantity: 1 } }, store);
    expect(again.data.addCartLine.userErrors).toEqual([]);
    expectAtMost(again.count, 10, 'addCartLine (more of a line in the cart)');
    await gql(s.gatewayUrl, CHECKOUT, { i: checkoutOf(warm.data.addCartLine.cart.token) }, store);

    const added = await counted(ADD_LINE, { i: { variantId, quantity: 1 } }, store);
    expect(added.data.addCartLine.userErrors).toEqual([]);
    expectAtMost(added.count, 6, 'addCartLine (new cart)');

    const placed = await counted(CHECKOUT, { i: checkoutOf(added.data.addCartLine.cart.token) }, store);
    expect(placed.data.checkout.userErrors).toEqual([]);
    expect(placed.data.checkout.payment.authorizationUrl).toBeTruthy();
    // 37: the discounts step reads the shop's automatic promotions in force (one SELECT, decision 0061).
    // 38: pricing asks which of the lines' products are sold as gift cards (one SELECT, decision 0064).
    expectAtMost(placed.count, 38, 'checkout');
  });
});

describe('seats (bench/seats.ts)', () => {
  it('holdSeats of one seat, then releaseSeatHold', async () => {
    const transport = { 'x-tenant': 'abc-transport' };
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Africa/Lagos', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(Date.now() + 24 * 3600_000));
    const trips = await gql(s.gatewayUrl, 'query($o: String!, $d: String!, $day: String!) { searchTrips(origin: $o, destination: $d, date: $day) { id seatMap { seats { label state } } } }', { o: 'Abuja', d: 'Lagos', day }, transport);
    const trip = trips.data.searchTrips[0];
    const seat = trip.seatMap.seats.find((x: { state: string }) => x.state === 'AVAILABLE').label;

    const HOLD = 'mutation($t: ID!, $s: [String!]!) { holdSeats(tripId: $t, seatLabels: $s) { holdToken userErrors { code } } }';
    const held = await counted(HOLD, { t: trip.id, s: [seat] }, transport);
    expect(held.data.holdSeats.userErrors).toEqual([]);
    // 11: one plain read first refuses seats already taken without a transaction (holds.ts), which a granted
    // hold pays for and the many refused ones of a rush save four statements and a lock wait by.
    expectAtMost(held.count, 11, 'holdSeats');

    const again = await counted(HOLD, { t: trip.id, s: [seat] }, transport);
    expect(again.data.holdSeats.userErrors).toEqual([{ code: 'SEAT_UNAVAILABLE' }]);
    expectAtMost(again.count, 3, 'holdSeats refused for a seat already held');

    const RELEASE = 'mutation($h: String!) { releaseSeatHold(holdToken: $h) { userErrors { code } } }';
    const released = await counted(RELEASE, { h: held.data.holdSeats.holdToken }, transport);
    expect(released.data.releaseSeatHold.userErrors).toEqual([]);
    expectAtMost(released.count, 9, 'releaseSeatHold');

    // The bench lifts the hold limits (bench/run.ts): then no limit is checked, and nothing is read for it.
    const limits = { max: process.env.TRANSPORT_HOLD_MAX_SEATS, window: process.env.TRANSPORT_HOLD_MAX_SEATS_PER_WINDOW };
    process.env.TRANSPORT_HOLD_MAX_SEATS = '0';
    process.env.TRANSPORT_HOLD_MAX_SEATS_PER_WINDOW = '0';
    try {
      const unlimited = await counted(HOLD, { t: trip.id, s: [seat] }, transport);
      expect(unlimited.data.holdSeats.userErrors).toEqual([]);
      expectAtMost(unlimited.count, 9, 'holdSeats, limits lifted as in the bench');
      await counted(RELEASE, { h: unlimited.data.holdSeats.holdToken }, transport);
    } finally {
      for (const [name, value] of [['TRANSPORT_HOLD_MAX_SEATS', limits.max], ['TRANSPORT_HOLD_MAX_SEATS_PER_WINDOW', limits.window]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
