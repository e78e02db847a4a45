/**
 * Subscriptions (issue 15, decision 0060) against the sandbox provider, through the services: the first
 * order is a checkout whose payment leaves a reusable authorisation (sealed at rest, never a GraphQL field);
 * each due cycle is an ordinary order placed and charged once, even when the job runs twice or stops between
 * the order and the charge; a card that declines renewals goes PAST_DUE with a message per failure, retried
 * after 1, 3 and 5 days, then CANCELLED; the customer pauses, resumes, skips, changes and cancels; the ledger
 * stays balanced (each paid renewal is an ORDER_PAID like any order).
 */
import { decryptSecret, TOPICS, uuidv7, type RoleName } from '@webwaka/kit';
import type { TestStack } from '../../../test/support/stack';
import { assertLedgerInvariants } from '../../../test/support/ledger';
import { schema } from '../src/schema';
import { syncPayment } from '../src/services/payments';
import { decideSandboxCharge, sandboxAuthorizationCode } from '../src/services/providers/sandbox';
import {
  activate,
  cancelCustomerSubscription,
  cancelSubscription,
  pauseSubscription,
  renew,
  renewalKey,
  renewalReference,
  resumeSubscription,
  runSubscriptions,
  skipNextSubscriptionCharge,
  subscribe,
  updateSubscription,
  updateSubscriptionSettings,
} from '../src/services/subscriptions';
import { LAGOS, makeProduct, orderEvents, serviceContext, startCommerceStack, stockOf, tenantId, type TestProduct } from './support';

let s: TestStack;
let store: string;
let p: TestProduct;
const customerId = uuidv7();
const DAY = 86_400_000;

beforeAll(async () => {
  s = await startCommerceStack();
  store = await tenantId(s.stack.prisma, 'ade-fashion');
  p = await makeProduct(s.stack.prisma, store, { price: 250_000n, stock: 100 });
}, 120_000);
afterEach(async () => {
  await assertLedgerInvariants(s.stack.prisma);
});
afterAll(async () => {
  await s?.stop();
});

const admin = () => serviceContext(s, store);
const customer = (userId = customerId) => serviceContext(s, store, { userId, roles: ['CUSTOMER'] as RoleName[], mfa: false });
const jobDeps = () => admin();
const codeOf = async (p: Promise<unknown>) => p.then(() => 'OK', (e) => (e as { code?: string }).code ?? String(e));
const sub = (id: string) => s.stack.prisma.subscription.findUniqueOrThrow({ where: { id } });
const input = (extra: Record<string, unknown> = {}) => ({ variantId: p.variantId, quantity: 2, interval: 'WEEKLY', idempotencyKey: uuidv7(), email: 'subscriber@example.com', shippingAddress: LAGOS, shippingMethod: 'STANDARD', ...extra });

/** Subscribes and pays the first order on the sandbox page (`decision`), then lets the job activate it. */
async function activeSubscription(decision: 'pay' | 'pay-decline-renewals' = 'pay', userId = customerId) {
  const r = await subscribe(customer(userId), input());
  expect(r.subscription.status).toBe('PENDING');
  await decideSandboxCharge(s.stack.prisma, r.payment!.reference, decision);
  expect(await syncPayment(admin(), store, r.payment!.reference)).toBe('paid');
  await activate(admin(), await sub(r.subscription.id));
  return { ...r, subscription: await sub(r.subscription.id) };
}

const messages = async (subscriptionId: string) =>
  (await s.stack.prisma.outboxEvent.findMany({ where: { topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }))
    .map((e) => e.payload as { key: string; variables: Record<string, string> })
    .filter((m) => m.key.startsWith(`subscription.payment_failed:${subscriptionId}:`));

it('is refused while the shop does not sell on subscription, and to a guest', async () => {
  await updateSubscriptionSettings(admin(), false);
  expect(await codeOf(subscribe(customer(), input()))).toBe('BAD_USER_INPUT');
  await updateSubscriptionSettings(admin(), true);
  expect(await codeOf(subscribe(serviceContext(s, store, { kind: 'anonymous', userId: null } as never), input()))).toBe('UNAUTHENTICATED');
  expect(await codeOf(subscribe(customer(), input({ quantity: 0 })))).toBe('BAD_USER_INPUT');
  expect(await codeOf(subscribe(customer(), input({ interval: 'DAILY' })))).toBe('BAD_USER_INPUT');
});

it('activates on the first payment with the authorisation sealed, and never exposes it', async () => {
  const { subscription, payment } = await activeSubscription();
  expect(subscription).toMatchObject({ status: 'ACTIVE', cycle: 1, attempt: 0, customerUserId: customerId });
  const code = sandboxAuthorizationCode(payment!.reference);
  expect(subscription.authorizationSealed).toBeTruthy();
  expect(subscription.authorizationSealed).not.toContain(code);
  expect(decryptSecret(subscription.authorizationSealed!)).toBe(code);
  const [row] = await s.stack.prisma.$queryRaw<{ a: string }[]>`SELECT "authorizationSealed" AS a FROM "commerce"."Subscription" WHERE "id" = ${subscription.id}::uuid`;
  expect(row.a).not.toContain(code);
  const type = schema.getType('ProductSubscription') as { getFields(): Record<string, unknown> };
  expect(Object.keys(type.getFields()).filter((f) => /authori[sz]ation|sealed|token/i.test(f))).toEqual([]);
  expect(subscription.nextChargeAt!.getTime()).toBeGreaterThan(Date.now() + 6 * DAY);
});

it('charges a due cycle once as an ordinary paid order, even when the job runs twice', async () => {
  const { subscription } = await activeSubscription();
  const before = await stockOf(s.stack.prisma, p.variantId);
  expect(await renew(jobDeps(), subscription)).toBe('paid');
  // The same attempt again (a second job run that read the subscription before the first finished).
  expect(await renew(jobDeps(), subscription)).toBe('paid');
  const checkouts = await s.stack.prisma.checkout.findMany({ where: { tenantId: store, idempotencyKey: renewalKey(subscription) } });
  expect(checkouts).toHaveLength(1);
  const order = await s.stack.prisma.order.findUniqueOrThrow({ where: { id: checkouts[0].orderId! }, include: { payments: true, lines: true } });
  expect(order).toMatchObject({ status: 'PAID', customerUserId: customerId, email: 'subscriber@example.com' });
  expect(order.payments.map((x) => [x.reference, x.status])).toEqual([[renewalReference(subscription), 'SUCCEEDED']]);
  expect(order.lines.map((l) => [l.variantId, l.quantity, l.stockStatus])).toEqual([[p.variantId, 2, 'COMMITTED']]);
  expect(await s.stack.prisma.sandboxCharge.count({ where: { reference: renewalReference(subscription) } })).toBe(1);
  expect((await stockOf(s.stack.prisma, p.variantId)).onHand).toBe(before.onHand - 2);
  expect((await orderEvents(s.stack.prisma, order.id)).map((e) => e.topic)).toEqual([TOPICS.LEDGER_POSTING_REQUESTED, TOPICS.COMMERCE_ORDER_PAID]);
  const after = await sub(subscription.id);
  expect(after).toMatchObject({ status: 'ACTIVE', cycle: 2, attempt: 0, lastOrderId: order.id, lastTotal: order.total });
  expect(after.nextChargeAt!.getTime()).toBeGreaterThan(Date.now() + 6 * DAY);
});

it('a job that stopped between placing the order and charging it finishes the same order with one charge', async () => {
  const { subscription } = await activeSubscription();
  // The process dies as the charge is about to be asked for: the order and its payment row exist, no charge.
  const dying = new Proxy(s.stack.prisma, {
    get(target, key) {
      if (key === 'sandboxAuthorization') throw new Error('process killed');
      const v = Reflect.get(target, key);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  await expect(renew({ ...jobDeps(), prisma: dying }, subscription)).rejects.toThrow('process killed');
  const [first] = await s.stack.prisma.checkout.findMany({ where: { tenantId: store, idempotencyKey: renewalKey(subscription) } });
  expect((await s.stack.prisma.order.findUniqueOrThrow({ where: { id: first.orderId! } })).status).toBe('PENDING_PAYMENT');
  expect(await s.stack.prisma.sandboxCharge.count({ where: { reference: renewalReference(subscription) } })).toBe(0);
  // The next run, through the job itself (due now).
  await s.stack.prisma.subscription.update({ where: { id: subscription.id }, data: { nextChargeAt: new Date(Date.now() - 1000) } });
  await runSubscriptions(jobDeps());
  expect(await s.stack.prisma.checkout.count({ where: { tenantId: store, idempotencyKey: renewalKey(subscription) } })).toBe(1);
  expect((await s.stack.prisma.order.findUniqueOrThrow({ where: { id: first.orderId! } })).status).toBe('PAID');
  expect(await s.stack.prisma.sandboxCharge.count({ where: { reference: renewalReference(subscription) } })).toBe(1);
  expect(await s.stack.prisma.payment.count({ where: { orderId: first.orderId! } })).toBe(1);
  expect((await sub(subscription.id)).cycle).toBe(2);
});

it('a declined renewal retries after 1, 3 and 5 days (PAST_DUE, a message each time), then cancels', async () => {
  const { subscription } = await activeSubscription('pay-decline-renewals');
  const before = await stockOf(s.stack.prisma, p.variantId);
  const waits: number[] = [];
  for (let attempt = 0; attempt < 4; attempt++) {
    const current = await sub(subscription.id);
    const t0 = Date.now();
    expect(await renew(jobDeps(), current)).toBe('failed');
    const after = await sub(subscription.id);
    expect(after.failureCount).toBe(attempt + 1);
    const placed = await s.stack.prisma.checkout.findFirstOrThrow({ where: { tenantId: store, idempotencyKey: renewalKey(current) } });
    const order = await s.stack.prisma.order.findUniqueOrThrow({ where: { id: placed.orderId! } });
    expect(order.status).toBe('CANCELLED');
    if (attempt < 3) {
      expect(after.status).toBe('PAST_DUE');
      waits.push(Math.round((after.nextChargeAt!.getTime() - t0) / DAY));
    } else {
      expect(after).toMatchObject({ status: 'CANCELLED', authorizationSealed: null, nextChargeAt: null });
    }
  }
  expect(waits).toEqual([1, 3, 5]);
  // The stock each failed attempt held is back.
  const stock = await stockOf(s.stack.prisma, p.variantId);
  expect([stock.onHand, stock.reserved]).toEqual([before.onHand, before.reserved]);
  const sent = await messages(subscription.id);
  expect(sent).toHaveLength(4);
  expect(sent[0].variables.status).toMatch(/payment failed .* we will try again on/);
  expect(sent[3].variables.status).toMatch(/cancelled/);
  const code = sandboxAuthorizationCode((await s.stack.prisma.payment.findFirstOrThrow({ where: { orderId: subscription.firstOrderId } })).reference);
  expect(JSON.stringify(sent)).not.toContain(code);
  // A run after the cancellation charges nothing more.
  await runSubscriptions(jobDeps(), new Date(Date.now() + 60 * DAY));
  expect((await sub(subscription.id)).failureCount).toBe(4);
});

it('pause, skip, change, resume and cancel by the customer; cancel by an administrator; others get NOT_FOUND', async () => {
  const { subscription } = await activeSubscription();
  expect(await codeOf(pauseSubscription(customer(uuidv7()), subscription.id))).toBe('NOT_FOUND');
  expect((await pauseSubscription(customer(), subscription.id)).status).toBe('PAUSED');
  expect(await codeOf(pauseSubscription(customer(), subscription.id))).toBe('INVALID_TRANSITION');
  // Paused: a due date passing charges nothing.
  const due = new Date(Date.now() - 1000);
  await s.stack.prisma.subscription.update({ where: { id: subscription.id }, data: { nextChargeAt: due } });
  await runSubscriptions(jobDeps());
  expect(await s.stack.prisma.checkout.count({ where: { idempotencyKey: renewalKey(subscription) } })).toBe(0);
  const skipped = await skipNextSubscriptionCharge(customer(), subscription.id);
  expect(skipped.cycle).toBe(2);
  expect(skipped.nextChargeAt!.getTime()).toBe(due.getTime() + 7 * DAY);
  const changed = await updateSubscription(customer(), subscription.id, { quantity: 3, interval: 'MONTHLY' });
  expect([changed.quantity, changed.interval]).toEqual([3, 'MONTHLY']);
  expect(await codeOf(updateSubscription(customer(), subscription.id, { quantity: 99 }))).toBe('BAD_USER_INPUT');
  const resumed = await resumeSubscription(customer(), subscription.id);
  expect(resumed.status).toBe('ACTIVE');
  expect(resumed.nextChargeAt!.getTime()).toBeGreaterThan(Date.now());
  expect((await cancelSubscription(customer(), subscription.id))).toMatchObject({ status: 'CANCELLED', authorizationSealed: null });
  expect(await codeOf(resumeSubscription(customer(), subscription.id))).toBe('INVALID_TRANSITION');

  const other = await activeSubscription('pay', uuidv7());
  expect(await codeOf(cancelCustomerSubscription(serviceContext(s, await tenantId(s.stack.prisma, 'naija-market')), other.subscription.id, null))).toBe('NOT_FOUND');
  expect(await cancelCustomerSubscription(admin(), other.subscription.id, 'Out of season')).toMatchObject({ status: 'CANCELLED', cancelReason: 'Out of season' });
});
