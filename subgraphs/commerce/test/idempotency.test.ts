/**
 * Checkout idempotency (Stripe semantics) through the gateway: the same key and input return the first
 * order; the same key with different input is IDEMPOTENCY_KEY_REUSED; concurrent duplicates make one
 * order; a failed attempt replays its failure; one cart never makes two orders, whatever the keys.
 */
import { uuidv7 } from '@webwaka/kit';
import type { TestStack } from '../../../test/support/stack';
import { checkout as checkoutService } from '../src/services/checkout';
import { checkout, checkoutInput, guestCart, KANO, makeProduct, serviceContext, startCommerceStack, stockOf, tenantId, type TestProduct } from './support';

let s: TestStack;
let p: TestProduct;
let store: string;
beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  p = await makeProduct(s.stack.prisma, store, { price: 300_000n, stock: 50 });
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

async function ordersOf(cartToken: string) {
  const cart = await s.stack.prisma.cart.findUniqueOrThrow({ where: { token: cartToken } });
  return s.stack.prisma.order.count({ where: { cartId: cart.id } });
}

it('same key and input: the first order comes back', async () => {
  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 2 }]);
  const input = checkoutInput(token);
  const first = (await checkout(s, 'ade-fashion', input)).data!.checkout;
  const again = (await checkout(s, 'ade-fashion', input)).data!.checkout;
  expect(first.order.id).toBeTruthy();
  expect(again).toEqual(first);
  expect(await ordersOf(token)).toBe(1);
});

it('same key, different input: IDEMPOTENCY_KEY_REUSED and nothing else happens', async () => {
  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
  const input = checkoutInput(token);
  await checkout(s, 'ade-fashion', input);
  const before = await stockOf(s.stack.prisma, p.variantId);
  const other = (await checkout(s, 'ade-fashion', { ...input, shippingAddress: KANO })).data!.checkout;
  expect(other).toEqual({ order: null, payment: null, userErrors: [{ code: 'IDEMPOTENCY_KEY_REUSED', message: expect.any(String), field: ['idempotencyKey'] }] });
  expect(await stockOf(s.stack.prisma, p.variantId)).toEqual(before);
});

it('concurrent duplicates make one order and all get it', async () => {
  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
  const input = checkoutInput(token);
  const results = await Promise.all(Array.from({ length: 12 }, () => checkout(s, 'ade-fashion', input)));
  const ids = new Set(results.map((r) => r.data!.checkout.order?.id));
  expect(ids.size).toBe(1);
  expect([...ids][0]).toBeTruthy();
  expect(await ordersOf(token)).toBe(1);
});

it('a duplicate that read before the first request stored anything still gets the first order', async () => {
  // The interleaving behind a CI failure: the duplicate reads the cart (still ACTIVE) and finds no row under
  // its key; the first request stores its row; the duplicate's insert then breaks the cart lock's unique
  // index (PostgreSQL names that one, not the key's). Both reads are made stale here so it happens every run.
  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
  const input = checkoutInput(token) as any;
  const ctx = serviceContext(s, store, { kind: 'anonymous' } as any);
  const first = await checkoutService(ctx, input);
  const stale = new Set(['cart.findUnique', 'checkout.findUnique']);
  const table = (name: 'cart' | 'checkout') =>
    new Proxy(ctx.prisma[name], {
      get: (target, method, receiver) => {
        const real = Reflect.get(target, method, receiver);
        if (!stale.delete(`${name}.${String(method)}`)) return real;
        return async (args: unknown) => (name === 'cart' ? { ...(await real.call(target, args)), status: 'ACTIVE' } : null);
      },
    });
  const racing = { ...ctx, prisma: new Proxy(ctx.prisma, { get: (t, k, r) => (k === 'cart' || k === 'checkout' ? table(k) : Reflect.get(t, k, r)) }) };
  const again = await checkoutService(racing as any, input);
  expect(stale.size).toBe(0);
  expect(again.order.id).toBe(first.order.id);
  expect(await ordersOf(token)).toBe(1);
});

it('a failed attempt replays its failure; a new key on the same cart still works', async () => {
  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
  const input = checkoutInput(token, { shippingMethod: 'CARRIER_PIGEON' });
  const first = (await checkout(s, 'ade-fashion', input)).data!.checkout;
  expect(first.userErrors.map((e: any) => e.code)).toEqual(['BAD_USER_INPUT']);
  expect((await checkout(s, 'ade-fashion', input)).data!.checkout).toEqual(first);
  const ok = (await checkout(s, 'ade-fashion', checkoutInput(token))).data!.checkout;
  expect(ok.order.status).toBe('PENDING_PAYMENT');
});

it('one cart never makes two orders, whatever the keys', async () => {
  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
  const results = await Promise.all(Array.from({ length: 6 }, () => checkout(s, 'ade-fashion', { ...checkoutInput(token), idempotencyKey: uuidv7() })));
  expect(results.filter((r) => r.data!.checkout.order).length).toBe(1);
  expect(await ordersOf(token)).toBe(1);
});
