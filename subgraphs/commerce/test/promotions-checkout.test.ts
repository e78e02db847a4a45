/**
 * Automatic promotions through the gateway (decision 0061): the back office makes them, the cart shows them
 * by name, checkout takes them off the lines (no code needed) and records them on the order, and the ledger
 * stays balanced: in a store the promotion lowers the vendor's payable; in a marketplace the marketplace
 * funds it (DISCOUNT_EXPENSE), the vendor being paid on the price before it. A full refund unit by unit
 * gives back exactly what was paid. Each promotion here is switched off at the end of its test. A
 * marketplace vendor makes promotions of its own on its own products only (decision 0067) and funds them:
 * its payable is lowered by them while the marketplace's promotion, shared over several vendors' lines, is
 * the marketplace's expense; every vendor's payable is reversed exactly by the refunds.
 */
import { TOPICS, uuidv7 } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import { assertLedgerInvariants } from '../../../test/support/ledger';
import type { TestStack } from '../../../test/support/stack';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, orderEvents, payload, signIn, startCommerceStack, tenantId, waitFor } from './support';

let s: TestStack;
let store: string;
let market: string;
const admins = {} as Record<'store' | 'market', Record<string, string>>;
let vendor: Record<string, string>;
beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  market = await tenantId(s.stack.prisma, 'naija-market');
  admins.store = await signIn(s, 'ade-fashion', 'client');
  admins.market = await signIn(s, 'naija-market', 'client');
  vendor = await signIn(s, 'naija-market', 'vendor');
}, 120_000);
afterAll(async () => {
  await s?.stop();
});
afterEach(async () => {
  await assertLedgerInvariants(s.stack.prisma);
});

const FIELDS = 'id vendorId name kind buyQuantity getQuantity getPercentBps threshold { amount } amount { amount } bundlePrice { amount } productIds variantIds discountGiven { amount } active';
const CREATE = `mutation ($i: PromotionInput!) { createPromotion(input: $i) { promotion { ${FIELDS} } userErrors { code message field } } }`;
const UPDATE = `mutation ($id: ID!, $i: PromotionInput!) { updatePromotion(id: $id, input: $i) { promotion { ${FIELDS} } userErrors { code message field } } }`;
const DEACTIVATE = `mutation ($id: ID!) { deactivatePromotion(id: $id) { promotion { id active } userErrors { code message field } } }`;
const LIST = `query { promotions { ${FIELDS} } }`;
const CART = 'query ($t: String) { cart(cartToken: $t) { promotions { name discount { amount } } } }';
const ORDER_PROMOTIONS = 'query ($id: ID!) { order(id: $id) { promotions { name discount { amount } } } }';
const REFUND = 'mutation ($i: RefundOrderInput!) { refundOrder(input: $i) { refund { id amount { amount } } userErrors { code message } } }';

async function create(tenant: 'store' | 'market' | 'vendor', input: Record<string, unknown>) {
  const r = payload(await gql(s.gatewayUrl, CREATE, { i: input }, tenant === 'vendor' ? vendor : admins[tenant]), 'createPromotion');
  expect(r.userErrors).toEqual([]);
  return r.promotion;
}
const deactivate = async (tenant: 'store' | 'market', id: string) => payload(await gql(s.gatewayUrl, DEACTIVATE, { id }, admins[tenant]), 'deactivatePromotion');

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
const posted = (tenant: string, idempotencyKey: string) =>
  waitFor(() => s.stack.prisma.journalEntry.findFirst({ where: { tenantId: tenant, idempotencyKey }, include: { lines: { include: { account: true } } } }));

it('a store: buy 2 get 1 free in the cart and at checkout, labelled by name; the payable is lowered; refunds are exact', async () => {
  const p = await makeProduct(s.stack.prisma, store, { price: 1_000_000n, stock: 10 });
  const promo = await create('store', { name: 'Buy 2 get 1 free', kind: 'BUY_X_GET_Y', buyQuantity: 2, getQuantity: 1, productIds: [p.productId] });
  expect(promo).toMatchObject({ kind: 'BUY_X_GET_Y', getPercentBps: 10_000, active: true });
  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 3 }]);
  expect(payload(await gql(s.gatewayUrl, CART, { t: token }, { 'x-tenant': 'ade-fashion' }), 'cart').promotions).toEqual([{ name: 'Buy 2 get 1 free', discount: { amount: '1000000' } }]);

  const r = payload(await checkout(s, 'ade-fashion', checkoutInput(token)), 'checkout');
  const order = await pay(r);
  expect(order).toMatchObject({ discount: 1_000_000n, couponCode: null, couponFundedBy: null });
  expect(payload(await gql(s.gatewayUrl, ORDER_PROMOTIONS, { id: order.id }, admins.store), 'order').promotions).toEqual([{ name: 'Buy 2 get 1 free', discount: { amount: '1000000' } }]);
  const paidPosting = (await orderEvents(s.stack.prisma, order.id)).find((e) => e.topic === TOPICS.LEDGER_POSTING_REQUESTED)!.payload as any;
  expect(sides(paidPosting)).toEqual({ debit: order.total, credit: order.total });
  expect(linesOf(paidPosting, 'VENDOR_PAYABLE').map((l: any) => l.amount)).toEqual([String(order.vendorOrders[0].subtotal + order.vendorOrders[0].shipping)]);
  expect(linesOf(paidPosting, 'DISCOUNT_EXPENSE')).toEqual([]);
  await posted(store, `order-paid:${order.id}`);

  const refunds = [];
  for (let i = 0; i < 3; i++) refunds.push(payload(await gql(s.gatewayUrl, REFUND, { i: { orderId: order.id, lines: [{ orderLineId: order.lines[0].id, quantity: 1 }] } }, admins.store), 'refundOrder').refund);
  expect(refunds.reduce((a, f) => a + BigInt(f.amount.amount), 0n)).toBe(order.total);
  for (const f of refunds) await posted(store, `refund:${f.id}`);

  const list = payload(await gql(s.gatewayUrl, LIST, {}, admins.store), 'promotions');
  expect(list.find((x: any) => x.id === promo.id)).toMatchObject({ discountGiven: { amount: '1000000' } });
  expect((await deactivate('store', promo.id)).promotion).toEqual({ id: promo.id, active: false });
});

it('a marketplace: spend ₦20,000 save ₦2,000 is funded by the marketplace, balanced, and a full refund reverses it exactly', async () => {
  const promo = await create('market', { name: 'Spend ₦20,000 save ₦2,000', kind: 'SPEND_SAVE', threshold: '2000000', amount: '200000' });
  try {
    const p = await makeProduct(s.stack.prisma, market, { price: 1_200_000n, stock: 10, vendorSlug: 'chiamakas-closet', commissionBps: 800 });
    const token = await guestCart(s, 'naija-market', [{ variantId: p.variantId, quantity: 2 }]);
    const order = await pay(payload(await checkout(s, 'naija-market', checkoutInput(token)), 'checkout'));
    expect(order).toMatchObject({ discount: 200_000n, couponFundedBy: 'MARKETPLACE' });
    const [vo] = order.vendorOrders;
    const paidPosting = (await orderEvents(s.stack.prisma, order.id)).find((e) => e.topic === TOPICS.LEDGER_POSTING_REQUESTED)!.payload as any;
    expect(sides(paidPosting)).toEqual({ debit: order.total + vo.discount, credit: order.total + vo.discount });
    expect(linesOf(paidPosting, 'VENDOR_PAYABLE').map((l: any) => l.amount)).toEqual([String(vo.subtotal + vo.shipping + vo.discount)]);
    expect(linesOf(paidPosting, 'DISCOUNT_EXPENSE')).toEqual([expect.objectContaining({ side: 'DEBIT', amount: String(vo.discount), account: expect.objectContaining({ ownerType: 'TENANT', ownerId: market }) })]);
    await posted(market, `order-paid:${order.id}`);

    const refunds = [];
    for (let i = 0; i < 2; i++) refunds.push(payload(await gql(s.gatewayUrl, REFUND, { i: { orderId: order.id, lines: [{ orderLineId: order.lines[0].id, quantity: 1 }] } }, admins.market), 'refundOrder').refund);
    expect(refunds.reduce((a, f) => a + BigInt(f.amount.amount), 0n)).toBe(order.total);
    for (const f of refunds) await posted(market, `refund:${f.id}`);
  } finally {
    await deactivate('market', promo.id);
  }
});

it('the back office: edits checked whole with stable codes; another shop’s promotion reads as none', async () => {
  const raw = (r: any, field: string) => r.data![field];
  const bad = raw(await gql(s.gatewayUrl, CREATE, { i: { name: 'Bundle', kind: 'BUNDLE_PRICE', bundlePrice: '100' } }, admins.store), 'createPromotion');
  expect(bad).toEqual({ promotion: null, userErrors: [{ code: 'BAD_USER_INPUT', message: expect.any(String), field: ['variantIds'] }] });
  const promo = await create('store', { name: 'Spend big', kind: 'SPEND_SAVE', threshold: '90000000', amount: '100', active: false });
  const edited = payload(await gql(s.gatewayUrl, UPDATE, { id: promo.id, i: { amount: '200' } }, admins.store), 'updatePromotion');
  expect(edited).toMatchObject({ promotion: { amount: { amount: '200' }, threshold: { amount: '90000000' }, active: false }, userErrors: [] });
  const tooMuch = raw(await gql(s.gatewayUrl, UPDATE, { id: promo.id, i: { amount: '90000001' } }, admins.store), 'updatePromotion');
  expect(tooMuch.userErrors).toEqual([{ code: 'BAD_USER_INPUT', message: expect.any(String), field: ['amount'] }]);
  const foreign = raw(await gql(s.gatewayUrl, DEACTIVATE, { id: promo.id }, admins.market), 'deactivatePromotion');
  expect(foreign.userErrors).toEqual([{ code: 'NOT_FOUND', message: expect.any(String), field: ['id'] }]);
});

it('a marketplace vendor funds its own promotion on its own products, the marketplace its promotion over two vendors; each payable is balanced and reversed exactly', async () => {
  const raw = (r: any, field: string) => r.data![field];
  const own = await makeProduct(s.stack.prisma, market, { price: 500_000n, stock: 10, vendorSlug: 'chiamakas-closet', commissionBps: 800 });
  const other = await makeProduct(s.stack.prisma, market, { price: 1_500_000n, stock: 10, vendorSlug: 'aba-made', commissionBps: 1200 });
  const offer = { name: 'Chiamaka: buy 2 get 1 free', kind: 'BUY_X_GET_Y', buyQuantity: 2, getQuantity: 1 };
  // Never on another vendor's product, nor by product id, nor a spend-and-save.
  for (const [input, field] of [
    [{ ...offer, variantIds: [other.variantId] }, 'variantIds'],
    [{ ...offer, variantIds: [own.variantId, other.variantId] }, 'variantIds'],
    [{ ...offer, productIds: [own.productId] }, 'productIds'],
    [{ name: 'Vendor spend and save', kind: 'SPEND_SAVE', threshold: '100000', amount: '100' }, 'kind'],
  ] as const) {
    expect(raw(await gql(s.gatewayUrl, CREATE, { i: input }, vendor), 'createPromotion').userErrors).toEqual([{ code: 'BAD_USER_INPUT', message: expect.any(String), field: [field] }]);
  }
  const mine = await create('vendor', { ...offer, variantIds: [own.variantId] });
  expect(mine).toMatchObject({ vendorId: own.vendorId, variantIds: [own.variantId] });
  const theirs = await create('market', { name: 'Spend ₦20,000 save ₦2,000', kind: 'SPEND_SAVE', threshold: '2000000', amount: '200000' });
  // Another vendor's promotion (made here in the database: the demo has one vendor user).
  const elsewhere = await s.stack.prisma.promotion.create({
    data: { id: uuidv7(), tenantId: market, vendorId: other.vendorId, vendorOwnerUserId: uuidv7(), name: 'Aba Made bundle', kind: 'BUY_X_GET_Y', currency: 'NGN', buyQuantity: 5, getQuantity: 1, getPercentBps: 100, variantIds: [other.variantId], active: true },
  });
  try {
    // The vendor sees and changes its own only; the marketplace's administrator sees them all.
    expect(payload(await gql(s.gatewayUrl, LIST, {}, vendor), 'promotions').map((p: any) => p.id)).toEqual([mine.id]);
    expect(payload(await gql(s.gatewayUrl, LIST, {}, admins.market), 'promotions').map((p: any) => p.id)).toEqual(expect.arrayContaining([mine.id, theirs.id, elsewhere.id]));
    for (const id of [theirs.id, elsewhere.id]) {
      expect(raw(await gql(s.gatewayUrl, DEACTIVATE, { id }, vendor), 'deactivatePromotion').userErrors).toEqual([{ code: 'NOT_FOUND', message: expect.any(String), field: ['id'] }]);
      expect(raw(await gql(s.gatewayUrl, UPDATE, { id, i: { name: 'Mine now' } }, vendor), 'updatePromotion').userErrors).toEqual([{ code: 'NOT_FOUND', message: expect.any(String), field: ['id'] }]);
    }
    expect(raw(await gql(s.gatewayUrl, UPDATE, { id: mine.id, i: { variantIds: [other.variantId] } }, vendor), 'updatePromotion').userErrors).toEqual([{ code: 'BAD_USER_INPUT', message: expect.any(String), field: ['variantIds'] }]);
    // The store's administrator does not see the marketplace's.
    expect(payload(await gql(s.gatewayUrl, LIST, {}, admins.store), 'promotions').map((p: any) => p.id)).not.toContain(mine.id);

    // 3 of Chiamaka's (one free, her offer) and 1 of Aba Made's; the marketplace's ₦2,000 over what is left of both.
    const token = await guestCart(s, 'naija-market', [{ variantId: own.variantId, quantity: 3 }, { variantId: other.variantId, quantity: 1 }]);
    expect(payload(await gql(s.gatewayUrl, CART, { t: token }, { 'x-tenant': 'naija-market' }), 'cart').promotions).toEqual([
      { name: 'Chiamaka: buy 2 get 1 free', discount: { amount: '500000' } },
      { name: 'Spend ₦20,000 save ₦2,000', discount: { amount: '200000' } },
    ]);
    const order = await pay(payload(await checkout(s, 'naija-market', checkoutInput(token)), 'checkout'));
    expect(order).toMatchObject({ discount: 700_000n, couponFundedBy: 'MARKETPLACE' });
    const voOwn = order.vendorOrders.find((v) => v.vendorId === own.vendorId)!;
    const voOther = order.vendorOrders.find((v) => v.vendorId === other.vendorId)!;
    expect(voOther.vendorFunded).toBe(0n);
    expect(voOwn.vendorFunded > 0n && voOwn.vendorFunded < voOwn.discount).toBe(true);
    expect(voOwn.vendorFunded).toBe(order.lines.filter((l) => l.vendorOrderId === voOwn.id).reduce((a, l) => a + l.vendorFunded, 0n));
    // Commission is on what was sold after every discount, as for coupons (decision 0057).
    expect(voOwn.commission).toBe((voOwn.subtotal * 800n + 5_000n) / 10_000n);

    const paidPosting = (await orderEvents(s.stack.prisma, order.id)).find((e) => e.topic === TOPICS.LEDGER_POSTING_REQUESTED)!.payload as any;
    const marketplacePart = voOwn.discount - voOwn.vendorFunded + voOther.discount;
    expect(sides(paidPosting)).toEqual({ debit: order.total + marketplacePart, credit: order.total + marketplacePart });
    const payables = Object.fromEntries(linesOf(paidPosting, 'VENDOR_PAYABLE').map((l: any) => [l.account.ownerId, l.amount]));
    expect(payables).toEqual({
      [own.vendorId]: String(voOwn.subtotal + voOwn.shipping + voOwn.discount - voOwn.vendorFunded),
      [other.vendorId]: String(voOther.subtotal + voOther.shipping + voOther.discount),
    });
    expect(linesOf(paidPosting, 'DISCOUNT_EXPENSE')).toEqual([expect.objectContaining({ side: 'DEBIT', amount: String(marketplacePart), account: expect.objectContaining({ ownerType: 'TENANT', ownerId: market }) })]);
    await posted(market, `order-paid:${order.id}`);

    // Unit by unit, every line refunded: the customer gets the total back and each vendor's payable and the
    // marketplace's expense are reversed exactly.
    const refunds = [];
    for (const l of order.lines) for (let i = 0; i < l.quantity; i++) refunds.push(payload(await gql(s.gatewayUrl, REFUND, { i: { orderId: order.id, lines: [{ orderLineId: l.id, quantity: 1 }] } }, admins.market), 'refundOrder').refund);
    expect(refunds.reduce((a, f) => a + BigInt(f.amount.amount), 0n)).toBe(order.total);
    const back = new Map<string, bigint>();
    for (const f of refunds) {
      const entry = await posted(market, `refund:${f.id}`);
      for (const l of entry!.lines) {
        const key = l.account.purpose === 'VENDOR_PAYABLE' ? l.account.ownerId : l.account.purpose;
        back.set(key, (back.get(key) ?? 0n) + (l.side === 'DEBIT' ? l.amount : -l.amount));
      }
    }
    expect(back.get(own.vendorId)).toBe(BigInt(payables[own.vendorId]));
    expect(back.get(other.vendorId)).toBe(BigInt(payables[other.vendorId]));
    expect(back.get('DISCOUNT_EXPENSE')).toBe(-marketplacePart);
  } finally {
    await deactivate('market', theirs.id);
    await deactivate('market', mine.id);
    await deactivate('market', elsewhere.id);
  }
});
