/**
 * The point of sale's sync (issue 13): a 10,000-sale backlog made offline on five tills, sent in batches of
 * 100 as fast as the tills can (five at once), as `syncPosBatch` acknowledges them (sales/s), and then how
 * long until every sale is a paid order in commerce (settled: commerce's consumer behind the outbox).
 */
import { randomUUID } from 'node:crypto';
import { TillEvents, type Priced } from '../subgraphs/pos/test/till-events';

type Gql = (url: string, query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<any>;

const round = (x: number) => Math.round(x * 10) / 10;

export async function posSyncScenario(opts: { gateway: string; gql: Gql; adminToken: string; tenantSlug: string; sales: number; tills: number }) {
  const { gateway, gql, tenantSlug, sales, tills: tillCount } = opts;
  const admin = { authorization: `Bearer ${opts.adminToken}` };
  const location = (await gql(gateway, '{ locations(first: 1, active: true) { edges { node { id } } } }', {}, admin)).data.locations.edges[0].node.id;
  const cashier = (await gql(gateway, 'mutation ($i: SavePosCashierInput!) { savePosCashier(input: $i) { cashier { id } } }', { i: { name: `Bench ${randomUUID().slice(0, 6)}`, role: 'CASHIER', discountLimitBps: 0, pin: '4826' } }, admin)).data.savePosCashier.cashier.id;
  const tills: { headers: Record<string, string> }[] = [];
  for (let i = 0; i < tillCount; i++) {
    const { pairingCode } = (await gql(gateway, 'mutation ($i: RegisterPosDeviceInput!) { registerPosDevice(input: $i) { pairingCode } }', { i: { name: `Bench till ${i + 1}`, locationId: location } }, admin)).data.registerPosDevice;
    const { deviceKey } = (await gql(gateway, 'mutation ($c: String!) { pairPosDevice(code: $c) { deviceKey } }', { c: pairingCode }, { 'x-tenant': tenantSlug })).data.pairPosDevice;
    tills.push({ headers: { 'x-api-key': deviceKey } });
  }
  const products = await gql(gateway, '{ products(first: 20) { edges { node { title variants { id sku price(context: { currency: "NGN", channel: POS }) { unit { amount } taxInclusive taxRateBps } } } } } }', {}, tills[0].headers);
  const items: Priced[] = products.data.products.edges
    .flatMap(({ node }: any) => node.variants.filter((v: any) => v.price).map((v: any) => ({ variantId: v.id, sku: v.sku, title: node.title, unitPrice: BigInt(v.price.unit.amount), taxInclusive: v.price.taxInclusive, taxRateBps: v.price.taxRateBps })))
    .slice(0, 8);

  const batches = tills.map((_, t) => {
    const ev = new TillEvents();
    const session = randomUUID();
    const events: object[] = [ev.open(session, cashier, 0n)];
    for (let n = 0; n < sales / tillCount; n++) events.push(ev.sale(session, cashier, [{ item: items[(n + t) % items.length], quantity: 1 }], (total) => [{ tender: n % 2 ? 'CASH' : 'TRANSFER', amount: total }]).event);
    const out: object[][] = [];
    for (let i = 0; i < events.length; i += 100) out.push(events.slice(i, i + 100));
    return out;
  });

  const from = new Date(Date.now() - 60_000).toISOString();
  const posOrders = async () => {
    const rows = (await gql(gateway, 'query ($f: DateTime!, $t: DateTime!) { salesReport(from: $f, to: $t, groupBy: CHANNEL) { key orders } }', { f: from, t: new Date(Date.now() + 3_600_000).toISOString() }, admin)).data.salesReport;
    return rows.find((r: { key: string }) => r.key === 'POS')?.orders ?? 0;
  };
  const before = await posOrders();
  const started = performance.now();
  await Promise.all(
    tills.map(async (till, t) => {
      for (const batch of batches[t]) {
        const r = await gql(gateway, 'mutation ($e: [PosEventInput!]!) { syncPosBatch(events: $e) { lastSequence userErrors { code message } } }', { e: batch }, till.headers);
        if (r.errors || r.data.syncPosBatch.userErrors.length) throw new Error(JSON.stringify(r.errors ?? r.data.syncPosBatch.userErrors));
      }
    }),
  );
  const synced = performance.now();
  while ((await posOrders()) - before < sales) {
    if (performance.now() - synced > 900_000) throw new Error('POS sales did not settle within 15 minutes');
    await new Promise((r) => setTimeout(r, 500));
  }
  const settled = performance.now();
  return [
    { scenario: 'pos-sync:acknowledged', tills: tillCount, count: sales, perSec: round((sales / (synced - started)) * 1000), seconds: round((synced - started) / 1000) },
    { scenario: 'pos-sync:settled-as-orders', tills: tillCount, count: sales, perSec: round((sales / (settled - started)) * 1000), seconds: round((settled - started) / 1000) },
  ];
}

/**
 * The till page's JavaScript as a phone downloads it: every script the page's HTML names, gzip-compressed
 * (the storefront serves them compressed), summed. The bound is 200 kB.
 */
export async function tillJavaScript(storefrontUrl: string, tenantSlug: string) {
  const { gzipSync } = await import('node:zlib');
  const html = await (await fetch(`${storefrontUrl}/pos/${tenantSlug}`)).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
  let compressed = 0;
  for (const src of srcs) compressed += gzipSync(Buffer.from(await (await fetch(new URL(src, storefrontUrl))).arrayBuffer())).length;
  return { scenario: 'pos-till:javascript', scripts: srcs.length, kBCompressed: round(compressed / 1024), budgetKB: 200 };
}
