/**
 * A coupon's uses are counted exactly once under true concurrency (decision 0057). PGlite runs one
 * statement at a time, so here the whole graph runs on PostgreSQL with a pool of 20 connections: 200
 * guests check out at once with a 50-use coupon. Exactly 50 orders carry the discount, the other 150 are
 * told COUPON_USED_UP on couponCode and hold nothing (no order, no stock), and the coupon's count, its
 * redemptions and the orders agree.
 */
import { startEmbedded, type EmbeddedStack } from '../../../test/support/boot';
import { describeIfService, startPostgres } from '../../../test/support/services';
import { demo, type TestStack } from '../../../test/support/stack';
import { checkout, checkoutInput, guestCart, makeProduct, payload, signIn, stockOf, tenantId } from './support';
import { gql } from '../../../test/support/graphql';

const SHOPPERS = 200;
const USES = 50;

describeIfService(['postgresql'], 'coupon uses on PostgreSQL under true concurrency', () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let stack: EmbeddedStack;
  let s: TestStack;
  const limit = process.env.CHECKOUT_MAX_PENDING_ORDERS_PER_IP;

  beforeAll(async () => {
    // Every guest here calls from the same address: the per-address cap on unpaid orders is off.
    process.env.CHECKOUT_MAX_PENDING_ORDERS_PER_IP = '0';
    pg = await startPostgres();
    stack = await startEmbedded({ databaseUrl: `${pg.url}?connection_limit=20`, demoProducts: 0 });
    s = { gatewayUrl: stack.gateway.url, wsUrl: stack.gateway.wsUrl, stack, demo, stop: () => stack.close() };
  }, 180_000);
  afterAll(async () => {
    if (limit === undefined) delete process.env.CHECKOUT_MAX_PENDING_ORDERS_PER_IP;
    else process.env.CHECKOUT_MAX_PENDING_ORDERS_PER_IP = limit;
    await stack?.close();
    await pg?.stop();
  });

  it(`${SHOPPERS} concurrent checkouts with a ${USES}-use coupon: exactly ${USES} discounted orders`, async () => {
    const prisma = stack.prisma;
    const store = await tenantId(prisma, 'ade-fashion');
    const admin = await signIn(s, 'ade-fashion', 'client');
    const coupon = payload(
      await gql(s.gatewayUrl, `mutation { createCoupon(input: { code: "RACE50", kind: FIXED_AMOUNT, amount: "100000", usageLimit: ${USES} }) { coupon { id } userErrors { code message } } }`, {}, admin),
      'createCoupon',
    ).coupon;
    const p = await makeProduct(prisma, store, { price: 1_000_000n, stock: SHOPPERS });
    const carts: string[] = [];
    for (let i = 0; i < SHOPPERS; i++) carts.push(await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]));

    const results = await Promise.all(carts.map((token, i) => checkout(s, 'ade-fashion', checkoutInput(token, { couponCode: 'race50', email: `shopper${i}@example.com` }))));
    const payloads = results.map((r) => {
      expect(r.errors ?? []).toEqual([]);
      return r.data!.checkout;
    });
    const winners = payloads.filter((x) => x.order);
    const losers = payloads.filter((x) => !x.order);
    expect(winners).toHaveLength(USES);
    for (const w of winners) expect(w.order.total.amount).toBe(String(1_000_000 - 100_000 + 150_000));
    expect(losers).toHaveLength(SHOPPERS - USES);
    for (const l of losers) expect(l.userErrors).toEqual([{ code: 'COUPON_USED_UP', message: expect.stringContaining('used up'), field: ['couponCode'] }]);

    const orders = await prisma.order.findMany({ where: { tenantId: store, couponId: coupon.id } });
    expect(orders).toHaveLength(USES);
    expect(orders.every((o) => o.discount === 100_000n)).toBe(true);
    expect(await prisma.orderLine.count({ where: { tenantId: store, variantId: p.variantId } })).toBe(USES);
    expect(await prisma.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ used: USES });
    expect(await prisma.couponRedemption.count({ where: { couponId: coupon.id, releasedAt: null } })).toBe(USES);
    // The losers' stock went back when their orders were refused.
    expect(await stockOf(prisma, p.variantId)).toMatchObject({ onHand: SHOPPERS, reserved: USES });
  }, 600_000);
});
