/**
 * What an order's customer is told (order-messages.ts): one `notifications.message.requested` per
 * announced move, written with the move (so a repeat of the move, refused or re-entered, writes nothing
 * new), to the order's e-mail (and phone by SMS when given), with the variables the templates use and no
 * secret (the guest's cart token never leaves commerce).
 */
import { TOPICS, linksOf, type MessageRequestedPayload } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import type { TestStack } from '../../../test/support/stack';
import { itemsSummary, orderMessage, type OrderForMessage } from '../src/services/order-messages';
import { settlePayment } from '../src/services/payments';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, payload, serviceContext, signIn, startCommerceStack, tenantId, waitFor, type TestProduct } from './support';

describe('the message of a move (pure)', () => {
  const order: OrderForMessage = { id: 'o1', tenantId: 't1', number: 'ADE-1001', channel: 'SVM', email: 'a@example.com', phone: null, customerUserId: null, currency: 'NGN', total: 1_250_000n, shippingAddress: { name: 'Ada Obi' } };
  const links = linksOf({ slug: 'ade-fashion', name: 'Ade Fashion', kind: 'STORE' });
  const shirt = { title: 'Ankara shirt', quantity: 2, source: 'CATALOG' };

  it('confirms a paid order with its formatted total and items, by e-mail only without a phone', () => {
    expect(orderMessage(order, [shirt, { title: 'Cap', quantity: 1, source: 'CATALOG' }], 'PAID', links)).toEqual({
      key: 'order.confirmed:o1',
      tenantId: 't1',
      template: 'order.confirmed',
      to: { email: 'a@example.com', phone: null, name: 'Ada Obi', userId: null },
      channels: ['EMAIL'],
      variables: { name: 'Ada Obi', orderNumber: 'ADE-1001', total: '₦12,500.00', itemsSummary: '2 × Ankara shirt, 1 × Cap', orderUrl: `${links.shop('/orders/o1')}` },
    });
    expect(links.shop('/orders/o1')).toMatch(/\/s\/ade-fashion\/orders\/o1$/);
  });

  it('announces shipped, delivered, cancelled and refunded, nothing else; SMS too when the order has a phone', () => {
    const withPhone = { ...order, phone: '+2348030000001' };
    const said = (['FULFILLING', 'SHIPPED', 'DELIVERED', 'COMPLETED', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED', 'PENDING_PAYMENT'] as const).map((st) => orderMessage(withPhone, [shirt], st, links));
    expect(said.map((m) => m && [m.key, m.variables.status, m.channels])).toEqual([
      null,
      ['order.status_changed:o1:SHIPPED', 'shipped', ['EMAIL', 'SMS']],
      ['order.status_changed:o1:DELIVERED', 'delivered', ['EMAIL', 'SMS']],
      null,
      ['order.status_changed:o1:CANCELLED', 'cancelled and refunded', ['EMAIL', 'SMS']],
      ['order.status_changed:o1:REFUNDED', 'refunded', ['EMAIL', 'SMS']],
      null,
      null,
    ]);
  });

  it('sends nothing for a till sale, and no confirmation for tickets only (transport sends the ticket) but their refund links the trip order', () => {
    expect(orderMessage({ ...order, channel: 'POS' }, [shirt], 'PAID', links)).toBeNull();
    expect(orderMessage({ ...order, channel: 'POS' }, [shirt], 'REFUNDED', links)).toBeNull();
    const seat = { title: 'Lagos→Abuja, seat 3A', quantity: 1, source: 'TRANSPORT' };
    expect(orderMessage(order, [seat], 'PAID', links)).toBeNull();
    expect(orderMessage(order, [seat], 'REFUNDED', links)!.variables.orderUrl).toBe(links.shop('/trips/orders/o1'));
    expect(orderMessage(order, [seat, shirt], 'PAID', links)!.template).toBe('order.confirmed');
  });

  it('names at most five items; without links the URL is empty rather than wrong', () => {
    const lines = Array.from({ length: 7 }, (_, i) => ({ title: `Item ${i + 1}`, quantity: 1, source: 'CATALOG' }));
    expect(itemsSummary(lines)).toBe('1 × Item 1, 1 × Item 2, 1 × Item 3, 1 × Item 4, 1 × Item 5 and 2 more');
    expect(orderMessage(order, [shirt], 'PAID', null)!.variables.orderUrl).toBe('');
  });
});

let s: TestStack;
let store: string;
let p: TestProduct;
let admin: Record<string, string>;
beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  p = await makeProduct(s.stack.prisma, store, { price: 1_250_000n, stock: 100 });
  admin = await signIn(s, 'ade-fashion', 'client');
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

async function messages(orderId: string): Promise<MessageRequestedPayload[]> {
  const rows = await s.stack.prisma.outboxEvent.findMany({ where: { topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return rows.map((r) => r.payload as unknown as MessageRequestedPayload).filter((m) => m.key.includes(orderId));
}

async function paidOrder(extra: Record<string, unknown> = {}) {
  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 2 }]);
  const r = payload(await checkout(s, 'ade-fashion', checkoutInput(token, extra)), 'checkout');
  expect(await messages(r.order.id)).toEqual([]);
  await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay');
  await waitFor(async () => (await s.stack.prisma.order.findUniqueOrThrow({ where: { id: r.order.id } })).status === 'PAID');
  return { order: await s.stack.prisma.order.findUniqueOrThrow({ where: { id: r.order.id } }), cartToken: token, paymentReference: r.payment.reference as string };
}

const call = (query: string, variables: Record<string, unknown>) => gql(s.gatewayUrl, query, variables, admin);
const MOVE = (op: string) => `mutation ($id: ID!) { ${op}(orderId: $id) { order { status } userErrors { code } } }`;

it('a paid order is confirmed once, to its e-mail and phone, and settling the payment again adds nothing', async () => {
  const { order, cartToken } = await paidOrder({ phone: '+2348030000001' });
  const [m, ...more] = await messages(order.id);
  expect(more).toEqual([]);
  expect(m).toEqual({
    key: `order.confirmed:${order.id}`,
    tenantId: store,
    template: 'order.confirmed',
    to: { email: 'shopper@example.com', phone: '+2348030000001', name: 'Ada Obi', userId: null },
    channels: ['EMAIL', 'SMS'],
    variables: { name: 'Ada Obi', orderNumber: order.number, total: expect.stringMatching(/^₦[\d,]+\.\d{2}$/), itemsSummary: `2 × ${(await s.stack.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } })).title}`, orderUrl: expect.stringMatching(new RegExp(`^https?://[^/]+/s/ade-fashion/orders/${order.id}$`)) },
  });
  // No secret: the guest's cart token stays in commerce, nothing is sealed.
  expect(JSON.stringify(m)).not.toContain(cartToken);
  expect(m.secretSealed ?? null).toBeNull();

  const payment = await s.stack.prisma.payment.findFirstOrThrow({ where: { orderId: order.id, status: 'SUCCEEDED' } });
  expect(await settlePayment(serviceContext(s, store), payment.id)).toBe('paid');
  expect(await messages(order.id)).toHaveLength(1);
});

it('shipped and delivered are told once each; the steps between and a refused repeat are not', async () => {
  const { order } = await paidOrder();
  for (const op of ['fulfilOrder', 'shipOrder', 'deliverOrder', 'completeOrder']) payload(await call(MOVE(op), { id: order.id }), op);
  expect((await call(MOVE('shipOrder'), { id: order.id })).data!.shipOrder.userErrors.map((e: any) => e.code)).toEqual(['INVALID_TRANSITION']);
  const said = await messages(order.id);
  expect(said.map((m) => [m.template, m.variables.status ?? null, m.channels])).toEqual([
    ['order.confirmed', null, ['EMAIL']],
    ['order.status_changed', 'shipped', ['EMAIL']],
    ['order.status_changed', 'delivered', ['EMAIL']],
  ]);
  expect(said[1]).toMatchObject({ key: `order.status_changed:${order.id}:SHIPPED`, to: { email: 'shopper@example.com', name: 'Ada Obi' }, variables: { name: 'Ada Obi', orderNumber: order.number, orderUrl: said[0].variables.orderUrl } });
});

it('a cancelled paid order and a fully refunded one are told once; a partial refund is not', async () => {
  const cancelled = (await paidOrder()).order;
  payload(await call('mutation ($id: ID!) { cancelOrder(orderId: $id, reason: "Out of fabric") { order { status } userErrors { code } } }', { id: cancelled.id }), 'cancelOrder');
  const again = await call('mutation ($id: ID!) { cancelOrder(orderId: $id) { order { status } userErrors { code } } }', { id: cancelled.id });
  expect(again.data!.cancelOrder.userErrors.map((e: any) => e.code)).toEqual(['INVALID_TRANSITION']);
  expect((await messages(cancelled.id)).map((m) => m.key)).toEqual([`order.confirmed:${cancelled.id}`, `order.status_changed:${cancelled.id}:CANCELLED`]);

  const refunded = (await paidOrder()).order;
  const line = await s.stack.prisma.orderLine.findFirstOrThrow({ where: { orderId: refunded.id } });
  const REFUND = 'mutation ($i: RefundOrderInput!) { refundOrder(input: $i) { refund { status } userErrors { code message } } }';
  payload(await call(REFUND, { i: { orderId: refunded.id, lines: [{ orderLineId: line.id, quantity: 1 }] } }), 'refundOrder');
  expect((await messages(refunded.id)).map((m) => m.key)).toEqual([`order.confirmed:${refunded.id}`]);
  payload(await call(REFUND, { i: { orderId: refunded.id, lines: [{ orderLineId: line.id, quantity: 1 }] } }), 'refundOrder');
  const said = await messages(refunded.id);
  expect(said.map((m) => m.key)).toEqual([`order.confirmed:${refunded.id}`, `order.status_changed:${refunded.id}:REFUNDED`]);
  expect(said[1].variables.status).toBe('refunded');
});
