/**
 * Gift cards sold as products (issue 15, decision 0064), through the gateway: an administrator marks a
 * product as a gift card; a guest buys two ₦10,000 cards for a friend (no stock held, no shipping or tax);
 * paying issues two cards in the PAID transaction, their value a liability in the ledger, and the friend's
 * mailbox (the local SMTP sink) holds both codes. A replayed payment issues nothing more; a card pays part
 * of a later order; the unused card is refunded (disabled, liability reversed), the used one is not; a gift
 * card cannot buy a gift card; another shop sees none of it.
 */
import { gql } from '../../../test/support/graphql';
import { assertLedgerInvariants, ledgerBalance } from '../../../test/support/ledger';
import type { TestStack } from '../../../test/support/stack';
import { userErrorCodes } from '../../../test/support/callers';
import { hashCode } from '../src/services/stored-value';
import { syncPayment } from '../src/services/payments';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, payload, serviceContext, signIn, startCommerceStack, tenantId, waitFor, type TestProduct } from './support';

const SHOP = 'ade-fashion';
const OTHER = 'naija-market';
let s: TestStack;
let shop: string;
let admin: Record<string, string>;
let card: TestProduct;
let goods: TestProduct;

const liability = () => ledgerBalance(s.stack.prisma, { tenantId: shop, ownerType: 'TENANT', ownerId: shop, purpose: 'GIFT_CARD_LIABILITY', currency: 'NGN' });
async function ledgerSettled() {
  await waitFor(async () => (await s.stack.prisma.outboxEvent.count({ where: { topic: 'ledger.posting.requested', dispatchedAt: null } })) === 0, 20_000);
  await assertLedgerInvariants(s.stack.prisma);
}
async function paid(placed: any) {
  if (placed.payment.authorizationUrl) await decideOnSandboxPage(s, placed.payment.authorizationUrl, 'pay');
  return waitFor(async () => {
    const o = await s.stack.prisma.order.findUniqueOrThrow({ where: { id: placed.order.id } });
    return o.status === 'PAID' ? o : null;
  }, 20_000);
}
const REFUND = 'mutation ($i: RefundOrderInput!) { refundOrder(input: $i) { refund { status amount { amount } } userErrors { code message } } }';

beforeAll(async () => {
  s = await startCommerceStack();
  shop = await tenantId(s.stack.prisma, SHOP);
  admin = await signIn(s, SHOP, 'client');
  // No stock at all: gift cards never run out.
  card = await makeProduct(s.stack.prisma, shop, { price: 1_000_000n, stock: 0 });
  goods = await makeProduct(s.stack.prisma, shop, { price: 1_075_000n, stock: 20 });
  const set = payload(await gql(s.gatewayUrl, 'mutation ($p: ID!) { setGiftCardProduct(productId: $p, giftCard: true) { productId giftCard userErrors { code } } }', { p: card.productId }, admin), 'setGiftCardProduct');
  expect(set.giftCard).toBe(true);
}, 180_000);
afterAll(() => s?.stop());

let codes: { code: string; unitIndex: number }[] = [];
let orderId: string;

it('two ₦10,000 gift cards bought: no stock, shipping or tax; two cards issued once, a liability, mailed to the recipient', async () => {
  const products = await gql(s.gatewayUrl, 'query ($ids: [ID!]!) { giftCardProducts(productIds: $ids) }', { ids: [card.productId, goods.productId] }, { 'x-tenant': SHOP });
  expect(products.data!.giftCardProducts).toEqual([card.productId]);
  const before = await liability();
  const token = await guestCart(s, SHOP, [{ variantId: card.variantId, quantity: 2 }]);
  const placed = payload(await checkout(s, SHOP, checkoutInput(token, { email: 'buyer@example.ng', giftCardRecipient: { name: 'Ngozi', email: 'Ngozi@Example.ng', message: 'Happy birthday!' } })), 'checkout');
  expect([placed.order.total.amount, placed.order.shipping.amount, placed.order.tax.amount]).toEqual(['2000000', '0', '0']);
  expect(placed.order.lines[0].stockStatus).toBe('NOT_STOCKED');
  orderId = placed.order.id;
  await paid(placed);

  const cards = await s.stack.prisma.giftCard.findMany({ where: { orderId }, orderBy: { unitIndex: 'asc' } });
  expect(cards.map((c) => [c.source, c.initialValue, c.balance, c.unitIndex, c.recipientEmail, c.status])).toEqual([
    ['SOLD', 1_000_000n, 1_000_000n, 0, 'ngozi@example.ng', 'ACTIVE'],
    ['SOLD', 1_000_000n, 1_000_000n, 1, 'ngozi@example.ng', 'ACTIVE'],
  ]);
  await ledgerSettled();
  expect(await liability()).toBe(before + 2_000_000n);

  // The recipient's mailbox (the SMTP sink) holds each code; the outbox and the delivery log never did in clear.
  const mails = (await waitFor(async () => {
    const rows = await s.stack.prisma.sandboxMessage.findMany({ where: { to: 'ngozi@example.ng', channel: 'EMAIL' } });
    return rows.length === 2 ? rows : null;
  }, 30_000))!;
  for (const m of mails) {
    expect(m.subject).toContain('₦10,000.00');
    expect(m.text).toContain('Happy birthday!');
    const code = m.text.match(/[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}/)![0];
    const mine = cards.find((c) => c.codeHash === hashCode(code));
    expect(mine).toBeDefined();
    codes.push({ code, unitIndex: mine!.unitIndex! });
  }
  const outbox = await s.stack.prisma.outboxEvent.findMany({ where: { topic: 'notifications.message.requested' } });
  for (const { code } of codes) expect(JSON.stringify(outbox.map((o) => o.payload))).not.toContain(code);
  codes = codes.sort((a, b) => a.unitIndex - b.unitIndex);

  // A replayed payment (webhook, return, reconciler) issues nothing more and posts nothing more.
  const payment = await s.stack.prisma.payment.findFirstOrThrow({ where: { orderId, status: 'SUCCEEDED' } });
  expect(await syncPayment(serviceContext(s, shop), shop, payment.reference)).toBe('paid');
  expect(await syncPayment(serviceContext(s, shop), shop, payment.reference)).toBe('paid');
  expect(await s.stack.prisma.giftCard.count({ where: { orderId } })).toBe(2);
  await ledgerSettled();
  expect(await liability()).toBe(before + 2_000_000n);

  // The back office's list says where a sold card came from.
  const list = await gql(s.gatewayUrl, '{ giftCards(first: 10) { edges { node { id source soldInOrder { orderId orderNumber } } } } }', {}, admin);
  const sold = list.data!.giftCards.edges.map((e: any) => e.node).filter((n: any) => n.source === 'SOLD');
  expect(sold.map((n: any) => n.soldInOrder)).toEqual([
    { orderId, orderNumber: placed.order.number },
    { orderId, orderNumber: placed.order.number },
  ]);
});

it('a gift card cannot buy a gift card', async () => {
  const token = await guestCart(s, SHOP, [{ variantId: card.variantId, quantity: 1 }]);
  expect(userErrorCodes(await checkout(s, SHOP, checkoutInput(token, { giftCardCodes: [codes[1]!.code] })), 'checkout')).toEqual(['GIFT_CARD_INVALID']);
});

it('a sold card pays part of a later order; the unused card is refunded (disabled, liability reversed), the used one is not', async () => {
  const token = await guestCart(s, SHOP, [{ variantId: goods.variantId, quantity: 2 }]);
  const placed = payload(await checkout(s, SHOP, checkoutInput(token, { giftCardCodes: [codes[0]!.code] })), 'checkout');
  await paid(placed);
  const used = await s.stack.prisma.giftCard.findFirstOrThrow({ where: { orderId, unitIndex: 0 } });
  expect(used.balance).toBe(0n);
  await ledgerSettled();
  const before = await liability();

  const line = await s.stack.prisma.orderLine.findFirstOrThrow({ where: { orderId } });
  const one = payload(await gql(s.gatewayUrl, REFUND, { i: { orderId, lines: [{ orderLineId: line.id, quantity: 1 }] } }, admin), 'refundOrder');
  expect(one.refund).toMatchObject({ status: 'SUCCEEDED', amount: { amount: '1000000' } });
  const refunded = await s.stack.prisma.giftCard.findFirstOrThrow({ where: { orderId, unitIndex: 1 } });
  expect([refunded.status, refunded.balance]).toEqual(['DISABLED', 0n]);
  await ledgerSettled();
  expect(await liability()).toBe(before - 1_000_000n);
  expect((await gql(s.gatewayUrl, 'query ($c: String!) { giftCardBalance(code: $c) { balance { amount } status } }', { c: codes[1]!.code }, { 'x-tenant': SHOP })).data!.giftCardBalance).toEqual({ balance: { amount: '0' }, status: 'DISABLED' });

  // The other card has been spent from: it is not refunded, and nothing changes.
  const again = await gql(s.gatewayUrl, REFUND, { i: { orderId, lines: [{ orderLineId: line.id, quantity: 1 }] } }, admin);
  expect(userErrorCodes(again, 'refundOrder')).toEqual(['GIFT_CARD_USED']);
  await ledgerSettled();
  expect(await liability()).toBe(before - 1_000_000n);
});

it('another shop neither sees nor changes this shop’s gift-card products', async () => {
  const otherAdmin = await signIn(s, OTHER, 'client');
  const seen = await gql(s.gatewayUrl, 'query ($ids: [ID!]!) { giftCardProducts(productIds: $ids) }', { ids: [card.productId] }, { 'x-tenant': OTHER });
  expect(seen.data!.giftCardProducts).toEqual([]);
  payload(await gql(s.gatewayUrl, 'mutation ($p: ID!) { setGiftCardProduct(productId: $p, giftCard: false) { giftCard userErrors { code } } }', { p: card.productId }, otherAdmin), 'setGiftCardProduct');
  expect(await s.stack.prisma.giftCardProduct.count({ where: { tenantId: shop, productId: card.productId } })).toBe(1);
  const cards = await gql(s.gatewayUrl, '{ giftCards(first: 50) { edges { node { id soldInOrder { orderId } } } } }', {}, otherAdmin);
  expect(cards.data!.giftCards.edges.filter((e: any) => e.node.soldInOrder?.orderId === orderId)).toEqual([]);
});
