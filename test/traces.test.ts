/**
 * Issue 18's "traces appear for a checkout in development" (decision 0072): the embedded graph runs with
 * TRACES_FILE set, a guest checks out, and the file holds one trace for that checkout spanning the gateway,
 * commerce, inventory and their database queries, continued by the outbox delivery of the events the
 * checkout wrote. Every span of it carries the request id and the tenant, and none carries the shopper's data.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { SpanJson } from '@webwaka/protocol';
import { startStack, type TestStack } from './support/stack';
import { checkout, checkoutInput, guestCart, makeProduct, payload, tenantId, waitFor } from '../subgraphs/commerce/test/support';

const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'webwaka-traces-')), 'traces.jsonl');
let s: TestStack;

beforeAll(async () => {
  // Read once, at the first span: set before anything starts.
  process.env.TRACES_FILE = file;
  s = await startStack({ demoProducts: 5 });
}, 180_000);
afterAll(async () => {
  await s?.stop();
  delete process.env.TRACES_FILE;
});

const readSpans = (): SpanJson[] =>
  fs.existsSync(file)
    ? fs
        .readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l))
    : [];

test('a checkout is one trace across gateway, commerce, inventory, the database and the outbox', async () => {
  const shop = await tenantId(s.stack.prisma, 'ade-fashion');
  const product = await makeProduct(s.stack.prisma, shop, { price: 250_000n, stock: 3 });
  const token = await guestCart(s, 'ade-fashion', [{ variantId: product.variantId, quantity: 1 }]);
  // The request id the client sends finds the trace; the client's own traceparent is only linked (the edge).
  const requestId = `trace-test-${randomBytes(6).toString('hex')}`;
  const clientTrace = randomBytes(16).toString('hex');
  const email = 'traced.shopper@example.ng';
  const placed = payload(
    await checkout(s, 'ade-fashion', checkoutInput(token, { email }), { 'x-request-id': requestId, traceparent: `00-${clientTrace}-${randomBytes(8).toString('hex')}-01` }),
    'checkout',
  );
  expect(placed.order.id).toBeTruthy();

  // The outbox delivers the checkout's events after the answer: wait for a delivery in the same trace.
  const spans = (await waitFor(async () => {
    const all = readSpans();
    const traceId = all.find((x) => x.service === 'webwaka-gateway' && x.kind === 'SERVER' && x.attributes['webwaka.request_id'] === requestId)?.traceId;
    const trace = all.filter((x) => x.traceId === traceId);
    return trace.some((x) => x.name.startsWith('outbox deliver ')) ? trace : null;
  }, 20_000))!;

  const services = new Set(spans.map((x) => x.service));
  for (const service of ['webwaka-gateway', 'webwaka-commerce', 'webwaka-inventory']) expect(services).toContain(service);

  const root = spans.find((x) => x.service === 'webwaka-gateway' && x.kind === 'SERVER')!;
  expect(root).toMatchObject({ name: 'mutation', parentSpanId: null, attributes: expect.objectContaining({ 'graphql.operation.type': 'mutation', 'http.response.status_code': 200 }) });
  expect(root.traceId).not.toBe(clientTrace);
  expect(root.links.map((l) => l.traceId)).toEqual([clientTrace]);

  // The gateway's call to commerce is the parent of commerce's server span.
  const toCommerce = spans.find((x) => x.name === 'subgraph commerce' && x.kind === 'CLIENT')!;
  const commerce = spans.find((x) => x.service === 'webwaka-commerce' && x.kind === 'SERVER')!;
  expect(toCommerce.parentSpanId).toBe(root.spanId);
  expect(commerce.parentSpanId).toBe(toCommerce.spanId);
  // Database queries under a subgraph's request: model and operation only.
  const queries = spans.filter((x) => x.name.startsWith('prisma ') && x.service === 'webwaka-commerce');
  expect(queries.length).toBeGreaterThan(0);
  expect(queries.some((q) => q.attributes['db.collection.name'] === 'Order' && q.attributes['db.operation.name'] === 'create')).toBe(true);

  // The outbox delivery continues the trace that wrote the event, under the consuming subgraph.
  const delivery = spans.find((x) => x.name.startsWith('outbox deliver '))!;
  expect(delivery.kind).toBe('CONSUMER');
  expect(spans.some((x) => x.spanId === delivery.parentSpanId)).toBe(true);

  // Every span of the checkout's request carries its request id and tenant; nothing carries the shopper's address.
  const request = spans.filter((x) => x.startMs <= root.startMs + root.durationMs && !x.name.startsWith('outbox deliver') && x.attributes['webwaka.request_id'] === requestId);
  expect(request.length).toBeGreaterThan(5);
  for (const x of spans.filter((x) => !x.name.startsWith('outbox') && x.attributes['webwaka.request_id'] !== undefined)) expect(x.attributes['webwaka.request_id']).toBe(requestId);
  for (const x of spans.filter((x) => x.startMs > root.startMs && x.startMs < root.startMs + root.durationMs)) expect(x.attributes['webwaka.tenant']).toBe(shop);
  expect(JSON.stringify(spans)).not.toContain(email);
  expect(JSON.stringify(spans)).not.toContain(token);
}, 60_000);
