/**
 * Gift cards, store credit and loyalty points (decision 0059), through the gateway: earned on a paid order,
 * spent at checkout beside the provider's payment, given back when an unpaid order is cancelled or a paid
 * one refunded, and every step balanced in the ledger. A shopper's balances never go below zero, even
 * when two checkouts spend the same gift card at once.
 */
import { gql } from '../../../test/support/graphql';
import { assertLedgerInvariants, ledgerBalance } from '../../../test/support/ledger';
import type { TestStack } from '../../../test/support/stack';
import { expirePoints } from '../src/services/loyalty';
import { checkoutInput, decideOnSandboxPage, makeProduct, payload, signIn, startCommerceStack, tenantId, waitFor, type TestProduct } from './support';

const SHOP = 'ade-fashion';
let s: TestStack;
let shop: string;
let admin: Record<string, string>;
let customer: Record<string, string>;
let customerId: string;
let product: TestProduct;

const ORDER = 'id number status total { amount } prepaid { amount } amountDue { amount } subtotal { amount } tenders { kind amount { amount } points status }';
const CHECKOUT = `mutation ($i: CheckoutInput!) { checkout(input: $i) { order { ${ORDER} } payment { status amount { amount } authorizationUrl } userErrors { code message field } } }`;
const REWARDS = `{ myRewards { points pointsValue { amount } storeCredit { amount } tier history { reason points amount { amount } } } }`;

async function cartOf(headers: Record<string, string>, quantity: number): Promise<string> {
  // A refused checkout leaves the customer's cart open with its lines: start each purchase from an empty one.
  if (headers === customer) await s.stack.prisma.cartLine.deleteMany({ where: { cart: { customerUserId: customerId, status: 'ACTIVE' } } });
  const r = await gql(s.gatewayUrl, `mutation ($i: AddCartLineInput!) { addCartLine(input: $i) { cart { token } userErrors { code } } }`, { i: { variantId: product.variantId, quantity } }, headers);
  return payload(r, 'addCartLine').cart.token;
}

async function buy(quantity: number, extra: Record<string, unknown> = {}, headers = customer) {
  const token = await cartOf(headers, quantity);
  return gql(s.gatewayUrl, CHECKOUT, { i: checkoutInput(token, { email: 'customer@webwaka.test', ...extra }) }, headers);
}

async function pay(result: any): Promise<any> {
  const { order, payment } = payload(result, 'checkout');
  if (payment.authorizationUrl) await decideOnSandboxPage(s, payment.authorizationUrl, 'pay');
  return waitFor(async () => {
    const o = await s.stack.prisma.order.findUniqueOrThrow({ where: { id: order.id } });
    return o.status === 'PAID' ? o : null;
  }, 20_000);
}

/** Waits for the ledger to post everything commerce asked of it, then checks every invariant. */
async function ledgerSettled() {
  await waitFor(async () => (await s.stack.prisma.outboxEvent.count({ where: { topic: 'ledger.posting.requested', dispatchedAt: null } })) === 0, 20_000);
  await assertLedgerInvariants(s.stack.prisma);
}
const account = (purpose: 'GIFT_CARD_LIABILITY' | 'LOYALTY_LIABILITY' | 'DISCOUNT_EXPENSE' | 'PAYMENT_CLEARING') => ledgerBalance(s.stack.prisma, { tenantId: shop, ownerType: 'TENANT', ownerId: shop, purpose, currency: 'NGN' });
const wallet = () => ledgerBalance(s.stack.prisma, { tenantId: shop, ownerType: 'CUSTOMER', ownerId: customerId, purpose: 'CUSTOMER_WALLET', currency: 'NGN' });
const rewards = async () => (await gql(s.gatewayUrl, REWARDS, {}, customer)).data!.myRewards;

async function issueCard(amount: bigint): Promise<string> {
  const r = payload(await gql(s.gatewayUrl, `mutation ($i: IssueGiftCardInput!) { issueGiftCard(input: $i) { code giftCard { id last4 balance { amount } } userErrors { code } } }`, { i: { amount: amount.toString(), currency: 'NGN', idempotencyKey: `card-${Math.random()}` } }, admin), 'issueGiftCard');
  return r.code;
}

beforeAll(async () => {
  s = await startCommerceStack();
  shop = await tenantId(s.stack.prisma, SHOP);
  admin = await signIn(s, SHOP, 'client');
  customer = await signIn(s, SHOP, 'customer');
  customerId = (await s.stack.prisma.user.findUniqueOrThrow({ where: { email: 'customer@webwaka.test' } })).id;
  product = await makeProduct(s.stack.prisma, shop, { price: 1_075_000n, stock: 100 }); // ₦10,750 tax included: ₦10,000 + 7.5% VAT
  payload(
    await gql(s.gatewayUrl, `mutation ($i: SaveLoyaltyProgrammeInput!) { saveLoyaltyProgramme(input: $i) { programme { enabled } userErrors { code message } } }`, { i: { enabled: true, spendPerPoint: '10000', pointValue: '100', expiryDays: 365, maxRedeemBps: 5000, tiers: [{ name: 'Gold', minPoints: 250, multiplierBps: 20000 }] } }, admin),
    'saveLoyaltyProgramme',
  );
}, 180_000);
afterAll(() => s?.stop());

it('a paid order earns points on its goods before tax, and the points are a liability in the ledger', async () => {
  const order = await pay(await buy(2));
  // Goods ₦20,000 before tax: 200 points worth ₦200.
  expect(order.subtotal).toBe(2_000_000n);
  const mine = await rewards();
  expect(mine).toMatchObject({ points: 200, pointsValue: { amount: '20000' }, tier: null });
  expect(mine.history[0]).toMatchObject({ reason: 'EARN', points: 200 });
  await ledgerSettled();
  expect(await account('LOYALTY_LIABILITY')).toBe(20_000n);
  // The next order puts them past 250 points this year: Gold earns double.
  await pay(await buy(1));
  expect((await rewards()).points).toBe(200 + 100);
  await pay(await buy(1));
  expect((await rewards())).toMatchObject({ points: 300 + 200, tier: 'Gold' });
});

it('points, a gift card and store credit pay part of an order; the provider is asked for the rest; a full refund returns each exactly', async () => {
  const code = await issueCard(500_000n); // ₦5,000
  expect((await gql(s.gatewayUrl, `query ($c: String!) { giftCardBalance(code: $c) { balance { amount } status } }`, { c: code }, { 'x-tenant': SHOP })).data!.giftCardBalance).toEqual({ balance: { amount: '500000' }, status: 'ACTIVE' });
  payload(await gql(s.gatewayUrl, `mutation ($i: AdjustStoreCreditInput!) { adjustStoreCredit(input: $i) { rewards { storeCredit { amount } } userErrors { code } } }`, { i: { userId: customerId, amount: '100000', currency: 'NGN', note: 'Sorry for the late delivery', idempotencyKey: 'goodwill-1' } }, admin), 'adjustStoreCredit');
  await ledgerSettled();
  const before = { points: (await rewards()).points, gift: await account('GIFT_CARD_LIABILITY'), loyalty: await account('LOYALTY_LIABILITY'), wallet: await wallet() };
  expect(before.wallet).toBe(100_000n);

  const result = await buy(2, { points: 300, giftCardCodes: [code], useStoreCredit: true });
  const { order, payment } = payload(result, 'checkout');
  // ₦21,500 and shipping: 300 points (₦300), the card's ₦5,000, ₦1,000 of credit; the rest for the provider.
  expect(order.tenders.map((t: any) => [t.kind, t.amount.amount, t.points, t.status])).toEqual([
    ['POINTS', '30000', 300, 'HELD'],
    ['GIFT_CARD', '500000', null, 'HELD'],
    ['STORE_CREDIT', '100000', null, 'HELD'],
  ]);
  expect(order.prepaid.amount).toBe('630000');
  expect(payment.amount.amount).toBe(String(BigInt(order.total.amount) - 630_000n));
  const paid = await pay(result);
  await ledgerSettled();
  expect(await account('GIFT_CARD_LIABILITY')).toBe(before.gift - 500_000n);
  expect(await wallet()).toBe(0n);
  const card = await gql(s.gatewayUrl, `query ($c: String!) { giftCardBalance(code: $c) { balance { amount } } }`, { c: code }, { 'x-tenant': SHOP });
  expect(card.data!.giftCardBalance.balance.amount).toBe('0');
  // It earned points on ₦20,000 of goods less the ₦300 points paid, doubled (Gold): 394.
  const afterPaid = await rewards();
  expect(afterPaid.points).toBe(before.points - 300 + 394);

  const refund = await gql(s.gatewayUrl, `mutation ($i: RefundOrderInput!) { refundOrder(input: $i) { refund { status amount { amount } } userErrors { code message } } }`, { i: { orderId: paid.id } }, admin);
  expect(payload(refund, 'refundOrder').refund.status).toBe('SUCCEEDED');
  await ledgerSettled();
  expect(await account('GIFT_CARD_LIABILITY')).toBe(before.gift);
  expect(await wallet()).toBe(100_000n);
  expect((await gql(s.gatewayUrl, `query ($c: String!) { giftCardBalance(code: $c) { balance { amount } } }`, { c: code }, { 'x-tenant': SHOP })).data!.giftCardBalance.balance.amount).toBe('500000');
  // The 300 points spent come back; the 394 it earned go.
  expect((await rewards()).points).toBe(before.points);
  expect(await account('LOYALTY_LIABILITY')).toBe(before.loyalty);
  const provider = await s.stack.prisma.refund.findFirstOrThrow({ where: { orderId: paid.id } });
  expect([provider.amount, provider.prepaidPart]).toEqual([BigInt(order.total.amount), 630_000n]);
});

it('an order its gift card pays in full is paid at checkout, with no provider', async () => {
  const code = await issueCard(5_000_000n);
  const result = await buy(1, { giftCardCodes: [code] });
  const { order, payment } = payload(result, 'checkout');
  expect([order.amountDue.amount, payment.status, payment.authorizationUrl]).toEqual(['0', 'SUCCEEDED', null]);
  expect((await s.stack.prisma.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe('PAID');
  await ledgerSettled();
});

it('cancelling an unpaid order gives its points, gift card and credit back whole', async () => {
  const code = await issueCard(200_000n);
  const points = (await rewards()).points;
  const { order } = payload(await buy(1, { giftCardCodes: [code], points: 100 }), 'checkout');
  expect((await rewards()).points).toBe(points - 100);
  payload(await gql(s.gatewayUrl, `mutation ($id: ID!) { cancelOrder(orderId: $id) { order { status } userErrors { code } } }`, { id: order.id }, admin), 'cancelOrder');
  expect((await rewards()).points).toBe(points);
  expect((await gql(s.gatewayUrl, `query ($c: String!) { giftCardBalance(code: $c) { balance { amount } } }`, { c: code }, { 'x-tenant': SHOP })).data!.giftCardBalance.balance.amount).toBe('200000');
  expect(await s.stack.prisma.orderTender.findMany({ where: { orderId: order.id } })).toEqual([expect.objectContaining({ status: 'RELEASED' }), expect.objectContaining({ status: 'RELEASED' })]);
});

it('two checkouts spending the same gift card at once: one gets it, the other is refused, the card never goes below zero', async () => {
  const code = await issueCard(1_000_000n);
  // The customer and a guest, each with their own cart filled first; then both check out at once.
  const carts = [await cartOf(customer, 1), await cartOf({ 'x-tenant': SHOP }, 1)];
  const [a, b] = await Promise.all(
    carts.map((token, i) => gql(s.gatewayUrl, CHECKOUT, { i: checkoutInput(token, { email: 'customer@webwaka.test', giftCardCodes: [code] }) }, i === 0 ? customer : { 'x-tenant': SHOP })),
  );
  // The later one is refused whether it saw the card spent (GIFT_CARD_INVALID: used up) or lost the race to hold it.
  const outcomes = [a, b].map((r) => r.data!.checkout.userErrors[0]?.code ?? 'OK').sort();
  expect(outcomes[1]).toBe('OK');
  expect(['INSUFFICIENT_BALANCE', 'GIFT_CARD_INVALID']).toContain(outcomes[0]);
  const card = await s.stack.prisma.giftCard.findFirstOrThrow({ where: { tenantId: shop, initialValue: 1_000_000n }, orderBy: { createdAt: 'desc' } });
  expect(card.balance).toBe(0n);
});

it('bad tenders get stable codes', async () => {
  const points = (await rewards()).points;
  const cases: [Record<string, unknown>, Record<string, string>, string][] = [
    [{ giftCardCodes: ['AAAA-BBBB-CCCC-DDDD'] }, customer, 'GIFT_CARD_INVALID'],
    [{ points: points + 1 }, customer, 'INSUFFICIENT_BALANCE'],
    [{ points: 10 }, { 'x-tenant': SHOP }, 'UNAUTHENTICATED'],
  ];
  for (const [extra, headers, code] of cases) {
    const r = await buy(1, extra, headers);
    expect(r.data!.checkout.userErrors.map((e: any) => e.code)).toEqual([code]);
  }
  // Another shop's card is no card here.
  const marketAdmin = await signIn(s, 'naija-market', 'client');
  const foreign = payload(await gql(s.gatewayUrl, `mutation ($i: IssueGiftCardInput!) { issueGiftCard(input: $i) { code userErrors { code } } }`, { i: { amount: '100000', currency: 'NGN', idempotencyKey: 'foreign' } }, marketAdmin), 'issueGiftCard').code;
  expect((await buy(1, { giftCardCodes: [foreign] })).data!.checkout.userErrors.map((e: any) => e.code)).toEqual(['GIFT_CARD_INVALID']);
  expect((await gql(s.gatewayUrl, `query ($c: String!) { giftCardBalance(code: $c) { balance { amount } } }`, { c: foreign }, { 'x-tenant': SHOP })).data!.giftCardBalance).toBeNull();
});

it('a refund can go to store credit instead of the card, and points expire out of the ledger', async () => {
  const paid = await pay(await buy(1));
  const credit = await wallet();
  payload(await gql(s.gatewayUrl, `mutation ($i: RefundOrderInput!) { refundOrder(input: $i) { refund { status } userErrors { code message } } }`, { i: { orderId: paid.id, toStoreCredit: true } }, admin), 'refundOrder');
  await ledgerSettled();
  expect(await wallet()).toBe(credit + paid.total);
  expect((await rewards()).storeCredit.amount).toBe(String(credit + paid.total));

  const points = (await rewards()).points;
  const liability = await account('LOYALTY_LIABILITY');
  await s.stack.prisma.balanceMovement.updateMany({ where: { tenantId: shop, userId: customerId, kind: 'POINTS', remaining: { gt: 0n } }, data: { expiresAt: new Date(Date.now() - 1000) } });
  expect(await expirePoints(s.stack.prisma)).toBeGreaterThan(0);
  await ledgerSettled();
  expect((await rewards()).points).toBe(0);
  expect(await account('LOYALTY_LIABILITY')).toBe(liability - BigInt(points) * 100n);
});

it('another business of the same administrator sees and changes none of this shop’s cards, points or credit', async () => {
  // The demo client administers both the shop and the marketplace: one person, several roles.
  const marketAdmin = await signIn(s, 'naija-market', 'client');
  const card = await s.stack.prisma.giftCard.findFirstOrThrow({ where: { tenantId: shop } });
  const listed = await gql(s.gatewayUrl, `{ giftCards(first: 100) { edges { node { id } } } }`, {}, marketAdmin);
  expect(listed.data!.giftCards.edges.map((e: any) => e.node.id)).not.toContain(card.id);
  const disable = await gql(s.gatewayUrl, `mutation ($id: ID!) { setGiftCardStatus(id: $id, status: DISABLED) { userErrors { code } } }`, { id: card.id }, marketAdmin);
  expect(disable.data!.setGiftCardStatus.userErrors.map((e: any) => e.code)).toEqual(['NOT_FOUND']);
  expect((await s.stack.prisma.giftCard.findUniqueOrThrow({ where: { id: card.id } })).status).toBe(card.status);
  payload(await gql(s.gatewayUrl, `mutation ($i: AdjustPointsInput!) { adjustPoints(input: $i) { rewards { points } userErrors { code } } }`, { i: { userId: customerId, points: 50, note: 'Welcome', idempotencyKey: 'market-welcome' } }, marketAdmin), 'adjustPoints');
  // Points given in the marketplace are the marketplace's: the shop's balance does not move.
  expect((await rewards()).points).toBe(0);
  const theirs = await gql(s.gatewayUrl, `query ($id: ID!) { customerRewards(userId: $id) { points } }`, { id: customerId }, marketAdmin);
  expect(theirs.data!.customerRewards.points).toBe(50);
  await ledgerSettled();
});
