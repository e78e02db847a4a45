/**
 * Checkout throughput (issue 4): orders per second at a given concurrency through the gateway, with the
 * sandbox provider, on whatever stack `gateway` points at. Three timed phases over `count` guest carts of
 * one in-stock line each: checkout (price quote, stock reservation, order, payment initialised), payment
 * (the shopper presses Pay on the sandbox page; its signed webhook reaches commerce), and settlement (every
 * order reads PAID: stock committed, ledger posting and commission events written). Cart building is not
 * timed. The stock is received first so no checkout fails for want of it.
 */
import { randomUUID } from 'node:crypto';

type Gql = (url: string, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<any>;

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);
const round = (x: number) => Math.round(x * 10) / 10;

/** Runs `work` over `items` with at most `concurrency` in flight; returns each call's latency in ms. */
async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++];
        const started = performance.now();
        await work(item);
        latencies.push(performance.now() - started);
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
}

function phase(name: string, count: number, concurrency: number, ms: number, latencies: number[]) {
  return { scenario: `checkout:${name}`, connections: concurrency, count, perSec: round((count / ms) * 1000), p50ms: round(percentile(latencies, 50)), p95ms: round(percentile(latencies, 95)), p99ms: round(percentile(latencies, 99)) };
}

export async function checkoutScenario(opts: { gateway: string; gql: Gql; adminToken: string; tenantSlug: string; count: number; concurrency: number }) {
  const { gateway, gql, tenantSlug, count, concurrency } = opts;
  const admin = { authorization: `Bearer ${opts.adminToken}` };
  const anon = { 'x-tenant': tenantSlug };
  const must = (r: any, field: string) => {
    if (r.errors?.length || !r.data?.[field] || r.data[field].userErrors?.length) throw new Error(`${field}: ${JSON.stringify(r.errors ?? r.data?.[field]?.userErrors ?? r)}`);
    return r.data[field];
  };

  const product = (await gql(gateway, '{ products(first: 1) { edges { node { variants { id } } } } }', {}, anon)).data.products.edges[0].node;
  const variantId = product.variants[0].id;
  const location = (await gql(gateway, '{ locations(first: 1) { edges { node { id } } } }', {}, admin)).data.locations.edges[0].node.id;
  must(await gql(gateway, 'mutation ($i: ReceiveStockInput!) { receiveStock(input: $i) { userErrors { code message } } }', { i: { variantId, locationId: location, quantity: count * 2, reference: 'bench' } }, admin), 'receiveStock');

  const carts: string[] = [];
  await pool(Array.from({ length: count }), concurrency, async () => {
    const r = must(await gql(gateway, 'mutation ($i: AddCartLineInput!) { addCartLine(input: $i) { cart { token } userErrors { code message } } }', { i: { variantId, quantity: 1 } }, anon), 'addCartLine');
    carts.push(r.cart.token);
  });

  const orders: { id: string; token: string; payUrl: string }[] = [];
  let started = performance.now();
  const checkoutLatencies = await pool(carts, concurrency, async (token) => {
    const input = { cartToken: token, idempotencyKey: randomUUID(), email: 'bench@example.com', shippingMethod: 'STANDARD', shippingAddress: { name: 'Bench Shopper', line1: '1 Marina', city: 'Lagos Island', region: 'Lagos', country: 'NG' } };
    const r = must(await gql(gateway, 'mutation ($i: CheckoutInput!) { checkout(input: $i) { order { id } payment { authorizationUrl } userErrors { code message } } }', { i: input }, anon), 'checkout');
    orders.push({ id: r.order.id, token, payUrl: r.payment.authorizationUrl });
  });
  const checkoutMs = performance.now() - started;

  const base = gateway.replace(/\/graphql$/, '');
  started = performance.now();
  const payLatencies = await pool(orders, concurrency, async (o) => {
    const res = await fetch(`${base}${o.payUrl}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'decision=pay', redirect: 'manual' });
    await res.text();
    if (res.status >= 400) throw new Error(`sandbox payment answered ${res.status}`);
  });
  const payMs = performance.now() - started;

  // Settlement is asynchronous after the webhook: wait until every order reads PAID.
  const pending = new Set(orders.map((o) => o.id));
  while (pending.size) {
    await pool([...pending], concurrency, async (id) => {
      const o = orders.find((x) => x.id === id)!;
      const r = await gql(gateway, 'query ($id: ID!, $t: String) { order(id: $id, cartToken: $t) { status } }', { id, t: o.token }, anon);
      const status = r.data?.order?.status;
      if (status === 'PAID') pending.delete(id);
      else if (status && status !== 'PENDING_PAYMENT') throw new Error(`order ${id} ended ${status}`);
    });
    if (pending.size) await new Promise((r) => setTimeout(r, 200));
  }
  const settledMs = performance.now() - started;

  return [
    phase('create-order', count, concurrency, checkoutMs, checkoutLatencies),
    phase('pay-on-sandbox-page', count, concurrency, payMs, payLatencies),
    { scenario: 'checkout:paid-orders', connections: concurrency, count, perSec: round((count / (checkoutMs + settledMs)) * 1000), note: 'orders from checkout to PAID, end to end' },
  ];
}
