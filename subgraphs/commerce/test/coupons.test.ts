/**
 * Coupons through the gateway (decision 0057): the back office makes them (a marketplace must say who funds
 * one), a shopper applies one to the cart and sees the discount, checkout takes it off the lines and counts
 * the use, and the ledger's entries stay balanced: in the store the discount lowers the vendor's payable; in
 * the marketplace a PLATFORM- or MARKETPLACE-funded coupon leaves the vendor's payable on the price before
 * the discount and debits the funder's DISCOUNT_EXPENSE, a VENDOR-funded one lowers the payable. Refunds give
 * back exactly what was paid for a line, and the funder's share with it. Refusals carry stable codes;
 * another shop's code is simply invalid; guests are counted by e-mail; a cancelled unpaid order gives its
 * use back.
 */
import { TOPICS } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { assertLedgerInvariants } from '../../../test/support/ledger';
import type { TestStack } from '../../../test/support/stack';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, orderEvents, payload, signIn, startCommerceStack, tenantId, waitFor } from './support';

let s: TestStack;
let store: string;
let market: string;
const admins = {} as Record<'store' | 'market', Record<string, string>>;
beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  market = await tenantId(s.stack.prisma, 'naija-market');
  admins.store = await signIn(s, 'ade-fashion', 'client');
  admins.market = await signIn(s, 'naija-market', 'client');
}, 120_000);
afterAll(async () => {
  await s?.stop();
});
afterEach(async () => {
  await assertLedgerInvariants(s.stack.prisma);
});

const COUPON_FIELDS = 'id code kind percentBps amount { amount currency } used discountGiven { amount } active fundedBy';
const CREATE = `mutation ($i: CouponInput!) { createCoupon(input: $i) { coupon { ${COUPON_FIELDS} } userErrors { code message field } } }`;
const APPLY = 'mutation ($t: String, $c: String!) { applyCouponToCart(input: { cartToken: $t, couponCode: $c }) { cart { coupon { code discount { amount } freeShipping problem { code } } } userErrors { code message field } } }';
const CART = 'query ($t: String) { cart(cartToken: $t) { couponsAccepted coupon { code discount { amount } problem { code } } quote { total { amount } } } }';
const REFUND = 'mutation ($i: RefundOrderInput!) { refundOrder(input: $i) { refund { id amount { amount } } userErrors { code message } } }';

const slugOf = (tenant: 'store' | 'market') => (tenant === 'store' ? 'ade-fashion' : 'naija-market');
async function createCoupon(tenant: 'store' | 'market', input: Record<string, unknown>) {
  return payload(await gql(s.gatewayUrl, CREATE, { i: input }, admins[tenant]), 'createCoupon').coupon;
}
const apply = (slug: string, token: string, code: string) => gql(s.gatewayUrl, APPLY, { t: token, c: code }, { 'x-tenant': slug }).then((r) => r.data!.applyCouponToCart);

async function pay(r: any) {
  await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay');
  await waitFor(async () => (await s.stack.prisma.order.findUniqueOrThrow({ where: { id: r.order.id } })).status === 'PAID');
  return s.stack.prisma.order.findUniqueOrThrow({ where: { id: r.order.id }, include: { lines: { orderBy: { id: 'asc' } }, vendorOrders: true } });
}

const sides = (posting: any) => ({
  debit: posting.lines.filter((l: any) => l.side === 'DEBIT').reduce((a: bigint, l: any) => a + BigInt(l.amount), 0n),
  credit: posting.lines.filter((l: any) => l.side === 'CREDIT').reduce((a: bigint, l: any) => a + BigInt(l.amount), 0n),
});
const linesOf = (posting: any, purpose: string) => posting.lines.filter((l: any) => l.account.purpose === purpose);

/** The ledger's posted entry for a key (not a rejected request). */
const posted = (tenant: string, idempotencyKey: string) =>
  waitFor(() => s.stack.prisma.journalEntry.findFirst({ where: { tenantId: tenant, idempotencyKey }, include: { lines: { include: { account: true } } } }));

describe('the store', () => {
  it('shows no coupon field until the shop has a coupon in force', async () => {
    const p = await makeProduct(s.stack.prisma, store, { price: 1_000_000n, stock: 5 });
    const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
    expect(payload(await gql(s.gatewayUrl, CART, { t: token }, { 'x-tenant': 'ade-fashion' }), 'cart').couponsAccepted).toBe(false);
    await createCoupon('store', { code: 'LATER', kind: 'FREE_SHIPPING', startsAt: new Date(Date.now() + 86_400_000).toISOString() });
    expect(payload(await gql(s.gatewayUrl, CART, { t: token }, { 'x-tenant': 'ade-fashion' }), 'cart').couponsAccepted).toBe(false);
    expect((await apply('ade-fashion', token, 'later')).userErrors).toEqual([{ code: 'COUPON_EXPIRED', message: expect.stringContaining('starts on'), field: ['couponCode'] }]);
  });

  it('10% off in the cart and at checkout; the vendor’s payable is lowered; refunds unit by unit give back exactly what was paid', async () => {
    const coupon = await createCoupon('store', { code: 'Save10', kind: 'PERCENTAGE', percentBps: 1000, usageLimit: 100 });
    expect(coupon).toMatchObject({ code: 'Save10', used: 0, fundedBy: null, active: true });
    // ₦12,500.00 incl. 7.5% VAT, 2 units: ₦25,000 of goods; 10% off = ₦2,500.
    const p = await makeProduct(s.stack.prisma, store, { price: 1_250_000n, stock: 10 });
    const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 2 }]);
    const applied = await apply('ade-fashion', token, ' save10 ');
    expect(applied).toEqual({ cart: { coupon: { code: 'Save10', discount: { amount: '250000' }, freeShipping: false, problem: null } }, userErrors: [] });
    const cart = payload(await gql(s.gatewayUrl, CART, { t: token }, { 'x-tenant': 'ade-fashion' }), 'cart');
    expect(cart).toMatchObject({ couponsAccepted: true, coupon: { code: 'Save10', discount: { amount: '250000' } }, quote: { total: { amount: '2500000' } } });

    // Checkout takes the cart's coupon: goods 2,250,000 incl. → tax 156,977; shipping ₦1,500 (tax 10,465).
    const r = payload(await checkout(s, 'ade-fashion', checkoutInput(token)), 'checkout');
    expect(r.order).toMatchObject({ subtotal: { amount: '2093023' }, tax: { amount: String(156_977 + 10_465) }, total: { amount: '2400000' } });
    const order = await pay(r);
    expect(order).toMatchObject({ discount: 250_000n, couponCode: 'Save10', couponFundedBy: null });
    expect(order.lines[0]).toMatchObject({ subtotal: 2_093_023n, tax: 156_977n, discount: 2_325_581n - 2_093_023n });
    expect(await s.stack.prisma.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).toMatchObject({ used: 1 });
    expect(await s.stack.prisma.couponRedemption.findMany({ where: { couponId: coupon.id } })).toEqual([expect.objectContaining({ orderId: order.id, amount: 250_000n, email: 'shopper@example.com', releasedAt: null })]);

    const events = await orderEvents(s.stack.prisma, order.id);
    const paidPosting = events.find((e) => e.topic === TOPICS.LEDGER_POSTING_REQUESTED)!.payload as any;
    expect(sides(paidPosting)).toEqual({ debit: 2_400_000n, credit: 2_400_000n });
    expect(linesOf(paidPosting, 'VENDOR_PAYABLE')).toEqual([expect.objectContaining({ side: 'CREDIT', amount: String(2_093_023 + 139_535) })]);
    expect(linesOf(paidPosting, 'DISCOUNT_EXPENSE')).toEqual([]);
    const paidEvent = events.find((e) => e.topic === TOPICS.COMMERCE_ORDER_PAID)!.payload as any;
    expect(paidEvent.vendorOrders[0].subtotal).toBe('2093023');
    await posted(store, `order-paid:${order.id}`);

    // One of the two units: half (half-up shares) of what the line cost after the discount; the second
    // unit takes the rest and the shipping: together exactly what was paid.
    const REFUND_ONE = { i: { orderId: order.id, lines: [{ orderLineId: order.lines[0].id, quantity: 1 }] } };
    const refund = payload(await gql(s.gatewayUrl, REFUND, REFUND_ONE, admins.store), 'refundOrder').refund;
    expect(refund.amount.amount).toBe(String(1_046_512 + 78_489));
    const last = payload(await gql(s.gatewayUrl, REFUND, REFUND_ONE, admins.store), 'refundOrder').refund;
    expect(BigInt(refund.amount.amount) + BigInt(last.amount.amount)).toBe(2_400_000n);
    const refundPostings = (await orderEvents(s.stack.prisma, order.id)).filter((e) => (e.payload as any).kind === 'REFUND').map((e) => e.payload as any);
    expect(refundPostings.map(sides)).toEqual([
      { debit: 1_125_001n, credit: 1_125_001n },
      { debit: 1_274_999n, credit: 1_274_999n },
    ]);
    await posted(store, `refund:${last.id}`);
    // A paid order keeps its use, refunded or not.
    expect((await s.stack.prisma.coupon.findUniqueOrThrow({ where: { id: coupon.id } })).used).toBe(1);
  });

  it('refuses with stable codes; another shop’s code is invalid; guests are counted by e-mail; a cancelled unpaid order gives its use back', async () => {
    const p = await makeProduct(s.stack.prisma, store, { price: 1_000_000n, stock: 20 });
    const other = await makeProduct(s.stack.prisma, store, { price: 1_000_000n, stock: 5 });
    await createCoupon('market', { code: 'MARKET5', kind: 'PERCENTAGE', percentBps: 500, fundedBy: 'MARKETPLACE' });
    await createCoupon('store', { code: 'ENDED', kind: 'PERCENTAGE', percentBps: 500, startsAt: '2024-01-01T00:00:00Z', endsAt: '2024-02-01T00:00:00Z' });
    await createCoupon('store', { code: 'BIGSPEND', kind: 'FIXED_AMOUNT', amount: '100000', minimumSpend: '5000000' });
    await createCoupon('store', { code: 'OTHERONLY', kind: 'PERCENTAGE', percentBps: 500, productIds: [other.productId] });
    const once = await createCoupon('store', { code: 'ONCE', kind: 'FIXED_AMOUNT', amount: '50000', perCustomerLimit: 1 });
    const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
    for (const [code, error] of [
      ['MARKET5', 'COUPON_INVALID'],
      ['NOSUCH', 'COUPON_INVALID'],
      ['ENDED', 'COUPON_EXPIRED'],
      ['BIGSPEND', 'COUPON_MINIMUM_NOT_MET'],
      ['OTHERONLY', 'COUPON_NOT_APPLICABLE'],
    ]) {
      expect({ code, errors: (await apply('ade-fashion', token, code)).userErrors.map((e: any) => [e.code, e.field]) }).toEqual({ code, errors: [[error, ['couponCode']]] });
      const r = (await checkout(s, 'ade-fashion', checkoutInput(token, { couponCode: code }))).data!.checkout;
      expect({ code, errors: r.userErrors.map((e: any) => e.code) }).toEqual({ code, errors: [error] });
    }

    // Once per customer: a guest is known by e-mail (any case).
    const first = payload(await checkout(s, 'ade-fashion', checkoutInput(token, { couponCode: 'once', email: 'Ngozi@Example.com' })), 'checkout');
    expect(first.order.total.amount).toBe(String(1_000_000 - 50_000 + 150_000));
    const again = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
    const refused = (await checkout(s, 'ade-fashion', checkoutInput(again, { couponCode: 'ONCE', email: 'ngozi@example.com' }))).data!.checkout;
    expect(refused.userErrors).toEqual([{ code: 'COUPON_USED_UP', message: expect.stringContaining('already used'), field: ['couponCode'] }]);
    expect((await s.stack.prisma.coupon.findUniqueOrThrow({ where: { id: once.id } })).used).toBe(1);

    // The first order is cancelled unpaid: its use comes back and the same shopper may use the coupon again.
    payload(await gql(s.gatewayUrl, 'mutation ($id: ID!) { cancelOrder(orderId: $id) { order { status } userErrors { code } } }', { id: first.order.id }, admins.store), 'cancelOrder');
    expect((await s.stack.prisma.coupon.findUniqueOrThrow({ where: { id: once.id } })).used).toBe(0);
    expect((await s.stack.prisma.couponRedemption.findFirstOrThrow({ where: { orderId: first.order.id } })).releasedAt).not.toBeNull();
    const retried = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
    expect(payload(await checkout(s, 'ade-fashion', checkoutInput(retried, { couponCode: 'ONCE', email: 'ngozi@example.com' })), 'checkout').order.total.amount).toBe('1100000');
  });

  it('the back office: codes unique regardless of case, edits checked whole, deactivation refuses the code, usage listed', async () => {
    const made = await createCoupon('store', { code: 'Edit-Me', kind: 'FIXED_AMOUNT', amount: '20000' });
    const taken = (await gql(s.gatewayUrl, CREATE, { i: { code: 'EDIT-ME', kind: 'FREE_SHIPPING' } }, admins.store)).data!.createCoupon;
    expect(taken.userErrors).toEqual([{ code: 'COUPON_CODE_TAKEN', message: expect.any(String), field: ['code'] }]);
    const funded = (await gql(s.gatewayUrl, CREATE, { i: { code: 'FUNDED', kind: 'FREE_SHIPPING', fundedBy: 'VENDOR' } }, admins.store)).data!.createCoupon;
    expect(funded.userErrors.map((e: any) => [e.code, e.field])).toEqual([['BAD_USER_INPUT', ['fundedBy']]]);
    const unfunded = (await gql(s.gatewayUrl, CREATE, { i: { code: 'UNFUNDED', kind: 'FREE_SHIPPING' } }, admins.market)).data!.createCoupon;
    expect(unfunded.userErrors.map((e: any) => [e.code, e.field])).toEqual([['BAD_USER_INPUT', ['fundedBy']]]);
    const badWindow = (await gql(s.gatewayUrl, 'mutation ($id: ID!) { updateCoupon(id: $id, input: { startsAt: "2027-01-02T00:00:00Z", endsAt: "2027-01-01T00:00:00Z" }) { userErrors { code field } } }', { id: made.id }, admins.store)).data!.updateCoupon;
    expect(badWindow.userErrors).toEqual([{ code: 'BAD_USER_INPUT', field: ['endsAt'] }]);
    const edited = payload(await gql(s.gatewayUrl, `mutation ($id: ID!) { updateCoupon(id: $id, input: { kind: PERCENTAGE, percentBps: 1500 }) { coupon { ${COUPON_FIELDS} } userErrors { code } } }`, { id: made.id }, admins.store), 'updateCoupon').coupon;
    expect(edited).toMatchObject({ kind: 'PERCENTAGE', percentBps: 1500, amount: null });
    payload(await gql(s.gatewayUrl, 'mutation ($id: ID!) { deactivateCoupon(id: $id) { coupon { active } userErrors { code } } }', { id: made.id }, admins.store), 'deactivateCoupon');
    const p = await makeProduct(s.stack.prisma, store, { price: 500_000n, stock: 5 });
    const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 1 }]);
    expect((await apply('ade-fashion', token, 'edit-me')).userErrors.map((e: any) => e.code)).toEqual(['COUPON_INVALID']);
    const list = payload(await gql(s.gatewayUrl, `{ coupons { ${COUPON_FIELDS} } }`, {}, admins.store), 'coupons');
    expect(list.find((c: any) => c.code === 'Save10')).toMatchObject({ used: 1, discountGiven: { amount: '250000' }, active: true });
    expect(list.find((c: any) => c.code === 'Edit-Me')).toMatchObject({ active: false });
    expect(list.every((c: any) => c.fundedBy === null)).toBe(true);
  });
});

describe('the marketplace: who funds the discount', () => {
  it.each(['MARKETPLACE', 'PLATFORM', 'VENDOR'] as const)('%s: the order posts balanced, the funder pays, and a full refund reverses it exactly', async (funder) => {
    const code = `OFF1000${funder.slice(0, 3)}`;
    await createCoupon('market', { code, kind: 'FIXED_AMOUNT', amount: '100000', fundedBy: funder });
    const p = await makeProduct(s.stack.prisma, market, { price: 1_200_000n, stock: 10, vendorSlug: 'chiamakas-closet', commissionBps: 800 });
    const token = await guestCart(s, 'naija-market', [{ variantId: p.variantId, quantity: 3 }]);
    const r = payload(await checkout(s, 'naija-market', checkoutInput(token, { couponCode: code.toLowerCase() })), 'checkout');
    const order = await pay(r);
    expect(order).toMatchObject({ discount: 100_000n, couponFundedBy: funder });
    const [vo] = order.vendorOrders;
    expect(vo.discount).toBeGreaterThan(0n);
    expect(vo.subtotal).toBe(order.lines[0].subtotal);

    const paidPosting = (await orderEvents(s.stack.prisma, order.id)).find((e) => e.topic === TOPICS.LEDGER_POSTING_REQUESTED)!.payload as any;
    const funderPays = funder !== 'VENDOR';
    expect(sides(paidPosting)).toEqual({ debit: order.total + (funderPays ? vo.discount : 0n), credit: order.total + (funderPays ? vo.discount : 0n) });
    expect(linesOf(paidPosting, 'VENDOR_PAYABLE').map((l: any) => l.amount)).toEqual([String(vo.subtotal + vo.shipping + (funderPays ? vo.discount : 0n))]);
    const expense = linesOf(paidPosting, 'DISCOUNT_EXPENSE');
    expect(expense).toEqual(funderPays ? [expect.objectContaining({ side: 'DEBIT', amount: String(vo.discount), account: { tenantId: market, ownerType: funder === 'PLATFORM' ? 'PLATFORM' : 'TENANT', ownerId: market, purpose: 'DISCOUNT_EXPENSE' } })] : []);
    const entry = await posted(market, `order-paid:${order.id}`);
    expect(entry!.lines.some((l) => l.account.purpose === 'DISCOUNT_EXPENSE')).toBe(funderPays);

    // Refund the units one by one: the parts add up to what was paid, and the funder's share comes back.
    const refunds = [];
    for (let i = 0; i < 3; i++) {
      refunds.push(payload(await gql(s.gatewayUrl, REFUND, { i: { orderId: order.id, lines: [{ orderLineId: order.lines[0].id, quantity: 1 }] } }, admins.market), 'refundOrder').refund);
    }
    expect(refunds.reduce((a, f) => a + BigInt(f.amount.amount), 0n)).toBe(order.total);
    const refundPostings = (await orderEvents(s.stack.prisma, order.id)).filter((e) => (e.payload as any).kind === 'REFUND').map((e) => e.payload as any);
    expect(refundPostings).toHaveLength(3);
    const back = (purpose: string, side: string) => refundPostings.flatMap((x) => linesOf(x, purpose)).filter((l: any) => l.side === side).reduce((a: bigint, l: any) => a + BigInt(l.amount), 0n);
    for (const x of refundPostings) expect(sides(x).debit).toBe(sides(x).credit);
    expect(back('VENDOR_PAYABLE', 'DEBIT')).toBe(vo.subtotal + vo.shipping + (funderPays ? vo.discount : 0n));
    expect(back('DISCOUNT_EXPENSE', 'CREDIT')).toBe(funderPays ? vo.discount : 0n);
    for (const f of refunds) await posted(market, `refund:${f.id}`);
    if (funderPays) {
      const account = await s.stack.prisma.ledgerAccount.findFirstOrThrow({ where: { tenantId: market, purpose: 'DISCOUNT_EXPENSE', ownerType: funder === 'PLATFORM' ? 'PLATFORM' : 'TENANT' } });
      expect(account.normalSide).toBe('DEBIT');
    }
  });
});
