/**
 * Hundreds of shoppers, few units: 200 guests check out concurrently through the gateway for a variant
 * with 5 units in stock, then every pending order is paid on the sandbox page. Exactly 5 orders end PAID,
 * stock is never oversold (it ends at 0 on hand, 0 reserved), and every loser got INSUFFICIENT_STOCK
 * naming the line.
 */
import type { TestStack } from '../../../test/support/stack';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, startCommerceStack, stockOf, tenantId, waitFor } from './support';

const SHOPPERS = 200;
const UNITS = 5;

let s: TestStack;
beforeAll(async () => {
  s = await startCommerceStack();
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

it(`${SHOPPERS} concurrent checkouts for ${UNITS} units: exactly ${UNITS} paid, none oversold, every loser told why`, async () => {
  const store = await tenantId(s.stack.prisma, 'ade-fashion');
  const p = await makeProduct(s.stack.prisma, store, { price: 500_000n, stock: UNITS });
  const carts: string[] = [];
  for (let i = 0; i < SHOPPERS; i++) carts.push(await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]));

  const results = await Promise.all(carts.map((token) => checkout(s, 'ade-fashion', checkoutInput(token))));
  const payloads = results.map((r) => {
    expect(r.errors ?? []).toEqual([]);
    return r.data!.checkout;
  });
  const winners = payloads.filter((p) => p.order);
  const losers = payloads.filter((p) => !p.order);
  expect(winners).toHaveLength(UNITS);
  expect(losers).toHaveLength(SHOPPERS - UNITS);
  for (const l of losers) {
    expect(l.userErrors).toEqual([{ code: 'INSUFFICIENT_STOCK', message: expect.stringContaining(p.sku), field: ['lines', p.variantId] }]);
  }
  expect(await stockOf(s.stack.prisma, p.variantId)).toMatchObject({ onHand: UNITS, reserved: UNITS });

  for (const w of winners) expect(await decideOnSandboxPage(s, w.payment.authorizationUrl, 'pay')).toBe(200);
  const paid = await waitFor(async () => {
    const n = await s.stack.prisma.order.count({ where: { tenantId: store, status: 'PAID', lines: { some: { variantId: p.variantId } } } });
    return n === UNITS ? n : 0;
  });
  expect(paid).toBe(UNITS);
  expect(await s.stack.prisma.order.count({ where: { lines: { some: { variantId: p.variantId } } } })).toBe(UNITS);
  expect(await stockOf(s.stack.prisma, p.variantId)).toMatchObject({ onHand: 0, reserved: 0 });
}, 300_000);
