/**
 * refundPreview (issue 10: a refund went through in one click): the back office shows what a refund will
 * give back before the administrator confirms. The preview is refundOrder's own computation stopped before
 * it writes, so it equals the refund that follows, writes nothing, and refuses what refundOrder refuses.
 */
import { gql } from '../../../test/support/graphql';
import type { TestStack } from '../../../test/support/stack';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, payload, signIn, startCommerceStack, tenantId, waitFor, type TestProduct } from './support';

let s: TestStack;
let store: string;
let p: TestProduct;
let q: TestProduct;
let admin: Record<string, string>;
beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  p = await makeProduct(s.stack.prisma, store, { price: 333_333n, stock: 100 });
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
  return s.stack.prisma.order.findUniqueOrThrow({ where: { id: r.order.id }, include: { lines: { orderBy: { id: 'asc' } } } });
}

const PREVIEW = 'query ($i: RefundOrderInput!) { refundPreview(input: $i) { amount { amount currency } shipping { amount } lines { orderLineId sku quantity amount { amount } } } }';
const REFUND = 'mutation ($i: RefundOrderInput!) { refundOrder(input: $i) { refund { amount { amount } } userErrors { code } } }';

it('shows exactly what the refund then gives back, line by line, and writes nothing', async () => {
  const order = await paidOrder([
    { variantId: p.variantId, quantity: 3 },
    { variantId: q.variantId, quantity: 1 },
  ]);
  const pLine = order.lines.find((l) => l.variantId === p.variantId)!;
  const qLine = order.lines.find((l) => l.variantId === q.variantId)!;

  // Part of one line: no shipping back yet.
  const part = { orderId: order.id, lines: [{ orderLineId: pLine.id, quantity: 2 }] };
  const first = (await gql(s.gatewayUrl, PREVIEW, { i: part }, admin)).data!.refundPreview;
  expect(first.lines).toEqual([{ orderLineId: pLine.id, sku: pLine.sku, quantity: 2, amount: { amount: first.amount.amount } }]);
  expect(first.shipping).toEqual({ amount: '0' });
  expect(await s.stack.prisma.refund.count({ where: { orderId: order.id } })).toBe(0);
  const refunded = payload(await gql(s.gatewayUrl, REFUND, { i: part }, admin), 'refundOrder');
  expect(refunded.refund.amount.amount).toBe(first.amount.amount);

  // Everything left: the remaining units and the shipping with its tax; the total is what was paid.
  const rest = (await gql(s.gatewayUrl, PREVIEW, { i: { orderId: order.id } }, admin)).data!.refundPreview;
  expect(rest.lines.map((l: { orderLineId: string; quantity: number }) => [l.orderLineId, l.quantity]).sort()).toEqual([[pLine.id, 1], [qLine.id, 1]].sort());
  expect(BigInt(rest.shipping.amount)).toBeGreaterThan(0n);
  expect(BigInt(rest.amount.amount) + BigInt(first.amount.amount)).toBe(order.total);
  const last = payload(await gql(s.gatewayUrl, REFUND, { i: { orderId: order.id } }, admin), 'refundOrder');
  expect(last.refund.amount.amount).toBe(rest.amount.amount);
});

it("refuses what refundOrder refuses, with the same codes, and only to those who may refund", async () => {
  const order = await paidOrder([{ variantId: p.variantId, quantity: 1 }]);
  const line = order.lines[0];
  const tooMany = await gql(s.gatewayUrl, PREVIEW, { i: { orderId: order.id, lines: [{ orderLineId: line.id, quantity: 2 }] } }, admin);
  expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  const staff = await signIn(s, 'ade-fashion', 'staff');
  const refused = await gql(s.gatewayUrl, PREVIEW, { i: { orderId: order.id } }, staff);
  expect(refused.data?.refundPreview ?? null).toBeNull();
  expect(['FORBIDDEN', 'UNAUTHENTICATED', 'TWO_FACTOR_REQUIRED']).toContain(refused.errors?.[0]?.extensions?.code);
});
