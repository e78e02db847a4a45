/**
 * Sales reports (issue 14, CB-2): aggregates over every paid order of the period, checked against the same
 * orders summed in JavaScript from the database (so the test holds however many orders the seed and other
 * steps made), and against hand-worked figures for orders this test places. Unpaid orders and other
 * tenants' orders never count; days are counted in the time zone asked for; only managers may read.
 */
import { gql } from '../../../test/support/graphql';
import type { TestStack } from '../../../test/support/stack';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, payload, signIn, startCommerceStack, tenantId, waitFor, type TestProduct } from './support';

const REPORT = 'query ($from: DateTime!, $to: DateTime!, $by: SalesGrouping!, $tz: String) { salesReport(from: $from, to: $to, groupBy: $by, timeZone: $tz) { key label orders units revenue { amount currency } tax { amount } refunded { amount } commission { amount } } }';
const SUMMARY = 'query ($from: DateTime!, $to: DateTime!) { salesSummary(from: $from, to: $to) { orders revenue { amount currency } tax { amount } averageOrderValue { amount } } }';

let s: TestStack;
let store: string;
let p: TestProduct;
let q: TestProduct;
let admin: Record<string, string>;
const from = new Date(Date.now() - 3600_000).toISOString();
const to = () => new Date(Date.now() + 3600_000).toISOString();

beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  p = await makeProduct(s.stack.prisma, store, { price: 250_000n, stock: 100 });
  q = await makeProduct(s.stack.prisma, store, { price: 1_000_000n, stock: 100 });
  admin = await signIn(s, 'ade-fashion', 'client');
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

async function paidOrder(lines: { variantId: string; quantity: number }[]) {
  const token = await guestCart(s, 'ade-fashion', lines);
  const r = payload(await checkout(s, 'ade-fashion', checkoutInput(token)), 'checkout');
  await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay');
  await waitFor(async () => (await s.stack.prisma.order.findUniqueOrThrow({ where: { id: r.order.id } })).status === 'PAID');
  return r.order.id as string;
}

const report = async (by: string, headers = admin, tz?: string) => {
  const r = await gql(s.gatewayUrl, REPORT, { from, to: to(), by, tz }, headers);
  if (r.errors?.length) throw new Error(JSON.stringify(r.errors));
  return r.data.salesReport as any[];
};

it('sums every paid order of the period by day, product and channel, exactly as the orders add up', async () => {
  await paidOrder([{ variantId: p.variantId, quantity: 2 }]);
  await paidOrder([{ variantId: p.variantId, quantity: 1 }, { variantId: q.variantId, quantity: 3 }]);
  // Placed but never paid: not a sale.
  const unpaid = await guestCart(s, 'ade-fashion', [{ variantId: q.variantId, quantity: 5 }]);
  payload(await checkout(s, 'ade-fashion', checkoutInput(unpaid)), 'checkout');

  const paid = await s.stack.prisma.order.findMany({ where: { tenantId: store, paidAt: { gte: new Date(from) } }, include: { lines: true } });
  expect(paid.length).toBeGreaterThanOrEqual(2);
  const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);

  const days = await report('DAY');
  expect(days.reduce((a, r) => a + r.orders, 0)).toBe(paid.length);
  expect(sum(days.map((r) => BigInt(r.revenue.amount)))).toBe(sum(paid.map((o) => o.total)));
  expect(sum(days.map((r) => BigInt(r.tax.amount)))).toBe(sum(paid.map((o) => o.tax)));
  expect(days.reduce((a, r) => a + r.units, 0)).toBe(paid.flatMap((o) => o.lines).reduce((a, l) => a + l.quantity, 0));
  for (const d of days) expect(d.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);

  const products = await report('PRODUCT');
  const byProduct = (productId: string) => products.find((r) => r.key === productId);
  expect(byProduct(p.productId)).toMatchObject({ orders: 2, units: 3 });
  expect(byProduct(q.productId)).toMatchObject({ orders: 1, units: 3 });
  const qLines = paid.flatMap((o) => o.lines).filter((l) => l.productId === q.productId);
  expect(BigInt(byProduct(q.productId).revenue.amount)).toBe(sum(qLines.map((l) => l.subtotal + l.tax)));

  const channels = await report('CHANNEL');
  expect(channels.map((r) => r.key)).toEqual(['SVM']);
  expect(channels[0].orders).toBe(paid.length);

  const summary = (await gql(s.gatewayUrl, SUMMARY, { from, to: to() }, admin)).data.salesSummary;
  expect(summary).toHaveLength(1);
  const total = sum(paid.map((o) => o.total));
  expect(summary[0]).toMatchObject({ orders: paid.length, revenue: { amount: String(total), currency: 'NGN' } });
  const n = BigInt(paid.length);
  expect(BigInt(summary[0].averageOrderValue.amount)).toBe((total * 2n + n) / (2n * n));
});

it("another tenant's report never includes these orders; a period before them is empty", async () => {
  const market = await signIn(s, 'naija-market', 'client');
  const theirs = await report('PRODUCT', market);
  expect(theirs.map((r) => r.key)).not.toContain(p.productId);
  const r = await gql(s.gatewayUrl, REPORT, { from: '2020-01-01T00:00:00Z', to: '2020-02-01T00:00:00Z', by: 'DAY' }, admin);
  expect(r.data.salesReport).toEqual([]);
});

it('counts days in the time zone asked for', async () => {
  const lagos = await report('DAY', admin, 'Africa/Lagos');
  const utc = await report('DAY', admin, 'UTC');
  expect(lagos.reduce((a, r) => a + r.orders, 0)).toBe(utc.reduce((a, r) => a + r.orders, 0));
  const bad = await gql(s.gatewayUrl, REPORT, { from, to: to(), by: 'DAY', tz: 'Mars/Olympus' }, admin);
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const backwards = await gql(s.gatewayUrl, REPORT, { from: to(), to: from, by: 'DAY' }, admin);
  expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
});

it('only managers read sales: a customer and a vendor are refused', async () => {
  const customer = await signIn(s, 'ade-fashion', 'customer');
  const r = await gql(s.gatewayUrl, SUMMARY, { from, to: to() }, customer);
  expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const vendor = await signIn(s, 'naija-market', 'vendor');
  expect((await gql(s.gatewayUrl, REPORT, { from, to: to(), by: 'VENDOR' }, vendor)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
