/**
 * Checkout limits (decision 0025): a guest cannot take a shop's stock off sale for the payment window by
 * checking out huge quantities or many orders it never pays. Units per line and per order are capped;
 * orders awaiting payment are capped per signed-in customer and per client address; a refused checkout
 * reserves and stores nothing; staff are not limited.
 */
import type { TestStack } from '../../../test/support/stack';
import { checkout, checkoutInput, guestCart, makeProduct, payload, signIn, startCommerceStack, stockOf, tenantId, type TestProduct } from './support';
import { gql } from '../../../test/support/graphql';
import { checkoutLimits } from '../src/services/checkout';

let s: TestStack;
let store: string;
let p: TestProduct;
let q: TestProduct;
let r: TestProduct;
beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  [p, q, r] = [
    await makeProduct(s.stack.prisma, store, { price: 100_000n, stock: 500 }),
    await makeProduct(s.stack.prisma, store, { price: 100_000n, stock: 500 }),
    await makeProduct(s.stack.prisma, store, { price: 100_000n, stock: 500 }),
  ];
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

const codes = (res: any) => (res.data?.checkout?.userErrors ?? []).map((e: any) => [e.code, e.field]);

/** Runs `fn` with environment overrides, restoring them after. */
async function withEnv<T>(env: Record<string, string>, fn: () => Promise<T>): Promise<T> {
  const before = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  try {
    return await fn();
  } finally {
    for (const [k, v] of Object.entries(before)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

it('has the documented defaults', () => {
  expect(checkoutLimits()).toEqual({ lineUnits: 20, orderUnits: 50, pendingPerCustomer: 5, pendingPerIp: 10 });
});

it('refuses more than 20 units of a line and more than 50 units in all, reserving nothing', async () => {
  const line = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 21 }]);
  expect(codes(await checkout(s, 'ade-fashion', checkoutInput(line)))).toEqual([['ORDER_QUANTITY_LIMIT', ['lines', p.variantId]]]);
  const order = await guestCart(s, 'ade-fashion', [
    { variantId: p.variantId, quantity: 20 },
    { variantId: q.variantId, quantity: 20 },
    { variantId: r.variantId, quantity: 11 },
  ]);
  expect(codes(await checkout(s, 'ade-fashion', checkoutInput(order)))).toEqual([['ORDER_QUANTITY_LIMIT', ['cartToken']]]);
  for (const x of [p, q, r]) expect((await stockOf(s.stack.prisma, x.variantId)).reserved).toBe(0);
  expect(await s.stack.prisma.order.count({ where: { tenantId: store } })).toBe(0);
  // Exactly at the limits is fine.
  const ok = await guestCart(s, 'ade-fashion', [
    { variantId: p.variantId, quantity: 20 },
    { variantId: q.variantId, quantity: 20 },
    { variantId: r.variantId, quantity: 10 },
  ]);
  expect(payload(await checkout(s, 'ade-fashion', checkoutInput(ok)), 'checkout').order.status).toBe('PENDING_PAYMENT');
});

it('caps orders awaiting payment per client address, then per signed-in customer', async () => {
  const pending = await s.stack.prisma.order.count({ where: { tenantId: store, status: 'PENDING_PAYMENT' } });
  await withEnv({ CHECKOUT_MAX_PENDING_ORDERS_PER_IP: String(pending + 2) }, async () => {
    for (let i = 0; i < 2; i++) {
      const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
      expect(payload(await checkout(s, 'ade-fashion', checkoutInput(token)), 'checkout').order.status).toBe('PENDING_PAYMENT');
    }
    const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
    expect(codes(await checkout(s, 'ade-fashion', checkoutInput(token)))).toEqual([['PENDING_ORDER_LIMIT', ['cartToken']]]);
    // Once an order is no longer awaiting payment (paid, cancelled or expired), the address may order again.
    await s.stack.prisma.order.updateMany({ where: { tenantId: store, status: 'PENDING_PAYMENT' }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(payload(await checkout(s, 'ade-fashion', checkoutInput(token)), 'checkout').order.status).toBe('PENDING_PAYMENT');
  });

  const customer = await signIn(s, 'ade-fashion', 'customer');
  await withEnv({ CHECKOUT_MAX_PENDING_ORDERS: '1' }, async () => {
    const add = async () =>
      payload(await gql(s.gatewayUrl, 'mutation ($v: ID!) { addCartLine(input: { variantId: $v, quantity: 1 }) { cart { token } userErrors { code } } }', { v: q.variantId }, customer), 'addCartLine').cart.token;
    expect(payload(await checkout(s, 'ade-fashion', checkoutInput(await add()), customer), 'checkout').order.status).toBe('PENDING_PAYMENT');
    expect(codes(await checkout(s, 'ade-fashion', checkoutInput(await add()), customer))).toEqual([['PENDING_ORDER_LIMIT', ['cartToken']]]);
  });
});

it('does not limit staff', async () => {
  const staff = await signIn(s, 'ade-fashion', 'staff');
  await withEnv({ CHECKOUT_MAX_LINE_QUANTITY: '1' }, async () => {
    const token = await guestCart(s, 'ade-fashion', [{ variantId: r.variantId, quantity: 3 }]);
    expect(codes(await checkout(s, 'ade-fashion', checkoutInput(token)))).toEqual([['ORDER_QUANTITY_LIMIT', ['lines', r.variantId]]]);
    const own = payload(await gql(s.gatewayUrl, 'mutation ($v: ID!) { addCartLine(input: { variantId: $v, quantity: 3 }) { cart { token } userErrors { code } } }', { v: r.variantId }, staff), 'addCartLine').cart.token;
    expect(payload(await checkout(s, 'ade-fashion', checkoutInput(own), staff), 'checkout').order.status).toBe('PENDING_PAYMENT');
  });
});
