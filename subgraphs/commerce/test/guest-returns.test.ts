/**
 * Returns for guests (issue 15, decision 0065's "Guests"): a guest proves their order with the token of the
 * cart it came from (the checkout cookie the shop already reads the order with) and asks for a return as a
 * signed-in customer would, without photos. A wrong token, another order's token, another tenant's token and
 * an order placed by a signed-in customer all answer the same NOT_FOUND; the store answers as usual and the
 * guest is told at the checkout e-mail.
 */
import { anonymousActor, uuidv7, type Actor, type RoleName } from '@webwaka/kit';
import type { TestStack } from '../../../test/support/stack';
import { assertLedgerInvariants } from '../../../test/support/ledger';
import { lookUpGuestOrder, LOOKUPS_PER_ADDRESS, LOOKUPS_PER_ORDER } from '../src/services/guest-order-lookup';
import { advanceOrder } from '../src/services/orders';
import { approveReturn, guestReturnRequests, receiveReturn, refundReturn, requestReturn, returnableLines } from '../src/services/returns';
import { checkout, checkoutInput, decideOnSandboxPage, guestCart, makeProduct, payload, serviceContext, startCommerceStack, tenantId, waitFor, type TestProduct } from './support';

let s: TestStack;
let store: string;
let market: string;
let p: TestProduct;

beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  market = await tenantId(s.stack.prisma, 'naija-market');
  p = await makeProduct(s.stack.prisma, store, { price: 500_000n, stock: 100 });
}, 120_000);
afterEach(async () => {
  await assertLedgerInvariants(s.stack.prisma);
});
afterAll(async () => {
  await s?.stop();
});

const admin = (tenant = store) => serviceContext(s, tenant);
/** Nobody signed in (the shop's guest). */
const guest = (tenant = store) => ({ ...serviceContext(s, tenant), actor: anonymousActor(tenant) as Actor });
const customer = (userId: string) => serviceContext(s, store, { userId, roles: ['CUSTOMER'] as RoleName[], mfa: false });
const codeOf = async (x: Promise<unknown>) => x.then(() => 'OK', (e) => (e as { code?: string }).code ?? String(e));

/** A paid, delivered guest order (placed without an account) and the token of the cart it came from. */
async function guestOrder(userId: string | null = null) {
  const token = await guestCart(s, 'ade-fashion', [{ variantId: p.variantId, quantity: 2 }]);
  const r = payload(await checkout(s, 'ade-fashion', checkoutInput(token)), 'checkout');
  await decideOnSandboxPage(s, r.payment.authorizationUrl, 'pay');
  await waitFor(async () => (await s.stack.prisma.order.findUniqueOrThrow({ where: { id: r.order.id } })).status === 'PAID');
  if (userId) await s.stack.prisma.order.update({ where: { id: r.order.id }, data: { customerUserId: userId } });
  for (const to of ['FULFILLING', 'SHIPPED', 'DELIVERED'] as const) await advanceOrder(admin(), r.order.id, to);
  const order = await s.stack.prisma.order.findUniqueOrThrow({ where: { id: r.order.id }, include: { lines: true } });
  return { order, token };
}

describe('a guest returns with the token of the cart their order came from', () => {
  it('asks, is answered and refunded, and hears of it at the checkout e-mail', async () => {
    const { order, token } = await guestOrder();
    const line = order.lines[0];
    expect((await returnableLines(guest(), order.id, token)).map((l) => [l.line.id, l.left, l.problem])).toEqual([[line.id, 2, null]]);
    // Photos are a signed-in customer's uploads: a guest's request carries none.
    expect(await codeOf(requestReturn(guest(), { orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }], reason: 'DAMAGED', photoIds: [uuidv7()], cartToken: token }))).toBe('BAD_USER_INPUT');
    const [r] = await requestReturn(guest(), { orderId: order.id, lines: [{ orderLineId: line.id, quantity: 1 }], reason: 'DAMAGED', details: 'Torn seam', cartToken: token });
    expect(r).toMatchObject({ status: 'REQUESTED', customerUserId: null, orderId: order.id, details: 'Torn seam' });
    expect((await guestReturnRequests(guest(), order.id, token)).map((x) => x.id)).toEqual([r.id]);
    // The line is held by the open request, as for a customer.
    expect((await returnableLines(guest(), order.id, token))[0].problem).toMatch(/open return request/);

    await approveReturn(admin(), r.id, 'Post it to Lekki');
    await receiveReturn(admin(), r.id);
    const done = await refundReturn(admin(), r.id, false);
    expect(done.status).toBe('REFUNDED');
    const messages = (await s.stack.prisma.outboxEvent.findMany({ where: { topic: 'notifications.message.requested' } }))
      .map((m) => m.payload as { key: string; to: { email: string; userId: string | null }; variables: { status: string } })
      .filter((m) => m.key.includes(`:return:${r.id}:`));
    expect(messages.map((m) => m.variables.status).sort()).toEqual(['return approved', 'return refunded']);
    for (const m of messages) expect(m.to).toMatchObject({ email: order.email, userId: null });
  });

  it('a wrong token, another order’s token, another tenant and a signed-in customer’s order are all NOT_FOUND', async () => {
    const a = await guestOrder();
    const b = await guestOrder();
    const ask = (ctx: ReturnType<typeof guest>, orderId: string, cartToken: string) =>
      codeOf(requestReturn(ctx, { orderId, lines: [{ orderLineId: a.order.lines[0].id, quantity: 1 }], reason: 'DAMAGED', cartToken }));
    // Someone knowing only the order's id (or number) has no token.
    expect(await ask(guest(), a.order.id, uuidv7())).toBe('NOT_FOUND');
    expect(await ask(guest(), a.order.id, '')).toBe('NOT_FOUND');
    // Order B's token does not open order A.
    expect(await ask(guest(), a.order.id, b.token)).toBe('NOT_FOUND');
    expect(await codeOf(returnableLines(guest(), a.order.id, b.token))).toBe('NOT_FOUND');
    expect(await codeOf(guestReturnRequests(guest(), a.order.id, b.token))).toBe('NOT_FOUND');
    // The right token in another tenant: unknown there.
    expect(await ask(guest(market), a.order.id, a.token)).toBe('NOT_FOUND');
    expect(await codeOf(returnableLines(guest(market), a.order.id, a.token))).toBe('NOT_FOUND');
    // Being signed in as someone else does not matter: the token decides, and only for a guest's order.
    expect(await codeOf(returnableLines(customer(uuidv7()), a.order.id, a.token))).toBe('OK');
    // An order that belongs to a customer account is returned by signing in, never with a cart token.
    const owner = uuidv7();
    const c = await guestOrder(owner);
    expect(await codeOf(returnableLines(guest(), c.order.id, c.token))).toBe('NOT_FOUND');
    expect(await codeOf(requestReturn(guest(), { orderId: c.order.id, lines: [{ orderLineId: c.order.lines[0].id, quantity: 1 }], reason: 'DAMAGED', cartToken: c.token }))).toBe('NOT_FOUND');
    expect(await codeOf(returnableLines(customer(owner), c.order.id))).toBe('OK');
    // Without a token nobody signed in asks at all.
    expect(await codeOf(requestReturn(guest(), { orderId: a.order.id, lines: [{ orderLineId: a.order.lines[0].id, quantity: 1 }], reason: 'DAMAGED' }))).toBe('NOT_FOUND');
    expect(await s.stack.prisma.returnRequest.count({ where: { orderId: { in: [a.order.id, c.order.id] } } })).toBe(0);
  });

  it('finds the order again by number and checkout e-mail (no telling a wrong e-mail from an unknown number), throttled', async () => {
    const { order, token } = await guestOrder();
    const from = (ip: string, tenant = store) => ({ ...guest(tenant), ip });
    // Any case and spacing of the number and e-mail: the order's id and the same cart token, which then asks for returns.
    expect(await lookUpGuestOrder(from('10.9.0.1'), ` ${order.number.toLowerCase()} `, order.email.toUpperCase())).toEqual({ orderId: order.id, cartToken: token });
    expect((await returnableLines(guest(), order.id, token))[0].left).toBe(2);
    // A wrong e-mail, an unknown number, the same in another tenant: one answer.
    expect(await codeOf(lookUpGuestOrder(from('10.9.0.1'), order.number, 'someone.else@example.com'))).toBe('NOT_FOUND');
    expect(await codeOf(lookUpGuestOrder(from('10.9.0.1'), 'WW-999999', order.email))).toBe('NOT_FOUND');
    await expect(lookUpGuestOrder(from('10.9.0.1', market), order.number, order.email)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await codeOf(lookUpGuestOrder(from('10.9.0.1'), '  ', order.email))).toBe('BAD_USER_INPUT');
    // An order of a customer account is not a guest's: found by signing in only.
    const owned = await guestOrder(uuidv7());
    expect(await codeOf(lookUpGuestOrder(from('10.9.0.2'), owned.order.number, owned.order.email))).toBe('NOT_FOUND');

    // Per order number: five tries in 15 minutes (from any addresses), then RATE_LIMITED even with the right e-mail.
    const target = await guestOrder();
    for (let i = 0; i < LOOKUPS_PER_ORDER; i++) expect(await codeOf(lookUpGuestOrder(from(`10.8.0.${i}`), target.order.number, `guess${i}@example.com`))).toBe('NOT_FOUND');
    expect(await codeOf(lookUpGuestOrder(from('10.8.1.1'), target.order.number, target.order.email))).toBe('RATE_LIMITED');
    // A quarter of an hour later it answers again.
    expect(await lookUpGuestOrder(from('10.8.1.1'), target.order.number, target.order.email, new Date(Date.now() + 16 * 60_000))).toMatchObject({ orderId: target.order.id });

    // Per client address: twenty tries over any numbers, then RATE_LIMITED.
    for (let i = 0; i < LOOKUPS_PER_ADDRESS; i++) expect(await codeOf(lookUpGuestOrder(from('10.7.0.1'), `WW-${900000 + i}`, 'x@example.com'))).toBe('NOT_FOUND');
    expect(await codeOf(lookUpGuestOrder(from('10.7.0.1'), order.number, order.email))).toBe('RATE_LIMITED');
    expect(await codeOf(lookUpGuestOrder(from('10.7.0.2'), order.number, order.email))).toBe('OK');
  });
});
