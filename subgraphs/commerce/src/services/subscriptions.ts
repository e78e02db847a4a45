/**
 * Subscriptions (issue 15, decision 0060): a product bought on a schedule (weekly, monthly) by a signed-in
 * customer, charged through the authorisation the provider saved at the first payment. The rules:
 * - `subscribe` is a checkout of one line (a cart made for it) under the customer's idempotency key; the
 *   subscription is PENDING until that order is paid. The job then asks the provider (verify) for the
 *   payment's reusable authorisation: with one the subscription is ACTIVE (stored sealed with kit's
 *   encryptSecret, never returned by the API), without one (a transfer, a card the provider will not keep)
 *   it is CANCELLED and the customer keeps the first order.
 * - Each due cycle is an ordinary order, placed through placeOrder under `subscription:<id>:<cycle>:<attempt>`
 *   and priced and reserved as a checkout (checkout.ts `orderForLines`): the price is the product's price
 *   at each cycle, not the first one. Its payment (reference `ww-sub-<id>-<cycle>-<attempt>`) is charged
 *   with the provider's `chargeAuthorization`, which never charges one reference twice; success goes
 *   through settlePayment like any payment (stock committed, PAID, ORDER_PAID in the ledger). A crash at
 *   any point is picked up by the next run under the same key and reference: never two orders or two
 *   charges for one attempt.
 * - A failed charge (or an order that cannot be made: out of stock, product gone) cancels that attempt's
 *   order, releases its stock and retries after RETRY_DAYS (1, 3, 5 days) with the subscription PAST_DUE;
 *   the last failure CANCELS it. Each failure tells the customer (notifications, in the same transaction).
 * - The customer pauses, resumes, skips the next charge, changes quantity or interval, or cancels; an
 *   administrator can cancel. Cancelling erases the saved authorisation.
 */
import {
  decryptSecret,
  DomainError,
  encryptSecret,
  ErrorCode,
  formatMoney,
  logger,
  randomToken,
  recordEvent,
  requireTenant,
  tenantLinks,
  TOPICS,
  uuidv7,
  type MessageRequestedPayload,
  type Prisma,
  type TenantLinks,
} from '@webwaka/kit';
import { checkout, orderForLines, type CheckoutInput } from './checkout';
import { TX_OPTIONS, type ServiceContext } from './context';
import { placeOrder } from './order-placement';
import { cancelUnpaidOrder, cleanUpOrder, failPayment, settlePayment, type Deps } from './payments';
import { providerFor } from './providers';
import type { Address } from './settings';
import { salesChannel } from './tenant';

export type SubscriptionInterval = 'WEEKLY' | 'MONTHLY';
export type SubscriptionStatus = 'PENDING' | 'ACTIVE' | 'PAUSED' | 'PAST_DUE' | 'CANCELLED';
export const SUBSCRIPTION_INTERVALS = ['WEEKLY', 'MONTHLY'] as const;
export const SUBSCRIPTION_STATUSES = ['PENDING', 'ACTIVE', 'PAUSED', 'PAST_DUE', 'CANCELLED'] as const;

/** Days to wait before each retry of a failed charge; after the last retry fails the subscription is cancelled. */
export const RETRY_DAYS = [1, 3, 5] as const;
export const MAX_SUBSCRIPTION_QUANTITY = 20;
const BATCH = 50;
const DAY_MS = 86_400_000;

type Sub = Prisma.SubscriptionGetPayload<true>;
type JobDeps = Deps & Pick<ServiceContext, 'actor'>;

/** The next date a cycle is due: a week later, or the same day next month (the 31st → the month's last day). */
export function addInterval(from: Date, interval: SubscriptionInterval): Date {
  if (interval === 'WEEKLY') return new Date(from.getTime() + 7 * DAY_MS);
  const d = new Date(from);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + 1);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d;
}

const bad = (message: string, field: string[]) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);

function customerOf(ctx: Pick<ServiceContext, 'actor'>): string {
  if (ctx.actor.kind !== 'user' || !ctx.actor.userId) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to subscribe');
  return ctx.actor.userId;
}

function checkQuantity(q: number) {
  if (!Number.isInteger(q) || q < 1 || q > MAX_SUBSCRIPTION_QUANTITY) throw bad(`quantity must be 1 to ${MAX_SUBSCRIPTION_QUANTITY}`, ['quantity']);
}

function checkInterval(i: string): SubscriptionInterval {
  if (!(SUBSCRIPTION_INTERVALS as readonly string[]).includes(i)) throw bad('interval must be WEEKLY or MONTHLY', ['interval']);
  return i as SubscriptionInterval;
}

// ——— Settings ———

export async function subscriptionsEnabled(ctx: Pick<ServiceContext, 'prisma'>, tenantId: string): Promise<boolean> {
  return (await ctx.prisma.subscriptionSettings.findUnique({ where: { tenantId } }))?.enabled ?? false;
}

export async function updateSubscriptionSettings(ctx: ServiceContext, enabled: boolean) {
  const tenantId = requireTenant(ctx);
  await ctx.prisma.subscriptionSettings.upsert({ where: { tenantId }, create: { tenantId, enabled }, update: { enabled } });
  return { enabled };
}

// ——— Subscribing ———

export interface SubscribeInput extends Omit<CheckoutInput, 'cartToken' | 'couponCode'> {
  variantId: string;
  quantity: number;
  interval: string;
}

/** The first order of a subscription: a checkout of one line; the subscription waits for its payment. */
export async function subscribe(ctx: ServiceContext, input: SubscribeInput) {
  const tenantId = requireTenant(ctx);
  const userId = customerOf(ctx);
  if (!(await subscriptionsEnabled(ctx, tenantId))) throw bad('This shop does not sell on subscription', ['variantId']);
  checkQuantity(input.quantity);
  const interval = checkInterval(input.interval);
  if (!/^[0-9a-f-]{36}$/i.test(input.variantId ?? '')) throw bad('variantId must be a variant id', ['variantId']);
  // A repeat of the same request finds the subscription its first run made (placeOrder's key space).
  const earlier = await ctx.prisma.checkout.findUnique({ where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: input.idempotencyKey } } });
  if (earlier?.orderId) {
    const sub = await ctx.prisma.subscription.findFirst({ where: { tenantId, firstOrderId: earlier.orderId, customerUserId: userId } });
    if (sub) return { subscription: sub, order: await ctx.prisma.order.findUniqueOrThrow({ where: { id: sub.firstOrderId } }), payment: await latestPayment(ctx, sub.firstOrderId) };
  }
  const shop = await salesChannel(ctx, tenantId);
  const cartId = uuidv7();
  const token = randomToken(24);
  await ctx.prisma.cart.create({
    data: { id: cartId, tenantId, token, customerUserId: userId, currency: shop.currency, channel: shop.channel, lines: { create: [{ id: uuidv7(), tenantId, variantId: input.variantId, quantity: input.quantity }] } },
  });
  const { variantId: _v, quantity: _q, interval: _i, ...asked } = input;
  const { order, payment } = await checkout(ctx, { ...asked, cartToken: token, saveAuthorization: true });
  const line = await ctx.prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id }, orderBy: { id: 'asc' } });
  const subscription = await ctx.prisma.subscription.create({
    data: {
      id: uuidv7(),
      tenantId,
      customerUserId: userId,
      email: order.email,
      phone: order.phone,
      variantId: input.variantId,
      title: line.title,
      quantity: input.quantity,
      interval,
      currency: order.currency,
      lastTotal: order.total,
      shippingAddress: order.shippingAddress as Prisma.InputJsonValue,
      shippingMethod: order.shippingMethod,
      provider: payment?.provider ?? 'SANDBOX',
      firstOrderId: order.id,
      lastOrderId: order.id,
    },
  });
  return { subscription, order, payment };
}

const latestPayment = (ctx: Pick<ServiceContext, 'prisma'>, orderId: string) => ctx.prisma.payment.findFirst({ where: { orderId }, orderBy: { createdAt: 'desc' } });

// ——— The customer's and the administrators' changes ———

async function ownSubscription(ctx: ServiceContext, id: string): Promise<Sub> {
  const tenantId = requireTenant(ctx);
  const userId = customerOf(ctx);
  const sub = /^[0-9a-f-]{36}$/i.test(id) ? await ctx.prisma.subscription.findFirst({ where: { id, tenantId, customerUserId: userId } }) : null;
  if (!sub) throw new DomainError(ErrorCode.NOT_FOUND, 'No such subscription', ['id']);
  return sub;
}

/** Moves a subscription only from the statuses named (a concurrent change makes this INVALID_TRANSITION). */
async function move(ctx: ServiceContext, sub: Sub, from: readonly SubscriptionStatus[], data: Prisma.SubscriptionUpdateManyMutationInput, what: string): Promise<Sub> {
  if (!from.includes(sub.status)) throw new DomainError(ErrorCode.INVALID_TRANSITION, `A ${sub.status.toLowerCase().replace('_', ' ')} subscription cannot be ${what}`, ['id']);
  const moved = await ctx.prisma.subscription.updateMany({ where: { id: sub.id, status: sub.status, cycle: sub.cycle }, data });
  if (moved.count === 0) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'The subscription changed meanwhile; try again', ['id']);
  return ctx.prisma.subscription.findUniqueOrThrow({ where: { id: sub.id } });
}

export async function pauseSubscription(ctx: ServiceContext, id: string) {
  return move(ctx, await ownSubscription(ctx, id), ['ACTIVE'], { status: 'PAUSED' }, 'paused');
}

/** Resumed: charged on its date, or at the next run of the job when that date passed while paused. */
export async function resumeSubscription(ctx: ServiceContext, id: string) {
  const sub = await ownSubscription(ctx, id);
  const next = sub.nextChargeAt && sub.nextChargeAt.getTime() > Date.now() ? sub.nextChargeAt : new Date();
  return move(ctx, sub, ['PAUSED'], { status: 'ACTIVE', nextChargeAt: next }, 'resumed');
}

/** The next cycle is not charged: its number is passed over and the date moves one interval on. */
export async function skipNextSubscriptionCharge(ctx: ServiceContext, id: string) {
  const sub = await ownSubscription(ctx, id);
  if (sub.attempt > 0 || !sub.nextChargeAt) throw new DomainError(ErrorCode.INVALID_TRANSITION, 'A charge being retried cannot be skipped', ['id']);
  return move(ctx, sub, ['ACTIVE', 'PAUSED'], { cycle: { increment: 1 }, nextChargeAt: addInterval(sub.nextChargeAt, sub.interval) }, 'skipped');
}

/** Quantity and interval apply from the next cycle (the next date stays as it is). */
export async function updateSubscription(ctx: ServiceContext, id: string, input: { quantity?: number | null; interval?: string | null }) {
  const sub = await ownSubscription(ctx, id);
  const data: Prisma.SubscriptionUpdateManyMutationInput = {};
  if (input.quantity != null) {
    checkQuantity(input.quantity);
    data.quantity = input.quantity;
  }
  if (input.interval != null) data.interval = checkInterval(input.interval);
  return move(ctx, sub, ['PENDING', 'ACTIVE', 'PAUSED', 'PAST_DUE'], data, 'changed');
}

const cancelled = (reason: string): Prisma.SubscriptionUpdateManyMutationInput => ({ status: 'CANCELLED', cancelledAt: new Date(), cancelReason: reason, nextChargeAt: null, authorizationSealed: null });

export async function cancelSubscription(ctx: ServiceContext, id: string) {
  return move(ctx, await ownSubscription(ctx, id), ['PENDING', 'ACTIVE', 'PAUSED', 'PAST_DUE'], cancelled('Cancelled by the customer'), 'cancelled');
}

/** An administrator cancels any of the shop's subscriptions. */
export async function cancelCustomerSubscription(ctx: ServiceContext, id: string, reason: string | null) {
  const tenantId = requireTenant(ctx);
  const sub = /^[0-9a-f-]{36}$/i.test(id) ? await ctx.prisma.subscription.findFirst({ where: { id, tenantId } }) : null;
  if (!sub) throw new DomainError(ErrorCode.NOT_FOUND, 'No such subscription', ['id']);
  const why = reason?.trim().slice(0, 300) || 'Cancelled by the shop';
  return move(ctx, sub, ['PENDING', 'ACTIVE', 'PAUSED', 'PAST_DUE'], cancelled(why), 'cancelled');
}

// ——— The job ———

/** Activates subscriptions whose first order was paid, then charges the cycles that are due. */
export async function runSubscriptions(deps: JobDeps, now = new Date()): Promise<void> {
  const pending = await deps.prisma.subscription.findMany({ where: { status: 'PENDING' }, take: BATCH, orderBy: { createdAt: 'asc' } });
  for (const sub of pending) await guarded('activating a subscription', sub, () => activate(deps, sub));
  const due = await deps.prisma.subscription.findMany({ where: { status: { in: ['ACTIVE', 'PAST_DUE'] }, nextChargeAt: { lte: now } }, take: BATCH, orderBy: { nextChargeAt: 'asc' } });
  for (const sub of due) await guarded('renewing a subscription', sub, () => renew(deps, sub));
}

async function guarded(what: string, sub: Sub, run: () => Promise<unknown>) {
  try {
    await run();
  } catch (e) {
    logger.warn(`commerce job: ${what} failed; will retry`, { subscriptionId: sub.id, error: String(e) });
  }
}

/** A PENDING subscription whose first order is paid gets the provider's reusable authorisation, or is cancelled. */
export async function activate(deps: Deps, sub: Sub): Promise<void> {
  const order = await deps.prisma.order.findUniqueOrThrow({ where: { id: sub.firstOrderId } });
  if (!order.paidAt || !order.paidPaymentId) {
    if (order.status === 'CANCELLED') await deps.prisma.subscription.updateMany({ where: { id: sub.id, status: 'PENDING' }, data: cancelled('The first order was not paid') });
    return;
  }
  const payment = await deps.prisma.payment.findUniqueOrThrow({ where: { id: order.paidPaymentId } });
  const adapter = await providerFor(deps.prisma, sub.tenantId, payment.provider);
  const verified = await adapter.verify(payment.reference, payment.providerReference);
  if (verified.status !== 'SUCCEEDED') return;
  const data: Prisma.SubscriptionUpdateManyMutationInput = verified.authorization
    ? { status: 'ACTIVE', provider: payment.provider, authorizationSealed: encryptSecret(verified.authorization), nextChargeAt: addInterval(order.paidAt, sub.interval) }
    : cancelled('The payment method used cannot be charged again');
  await deps.prisma.subscription.updateMany({ where: { id: sub.id, status: 'PENDING' }, data });
}

export const renewalKey = (sub: Pick<Sub, 'id' | 'cycle' | 'attempt'>) => `subscription:${sub.id}:${sub.cycle}:${sub.attempt}`;
export const renewalReference = (sub: Pick<Sub, 'id' | 'cycle' | 'attempt'>) => `ww-sub-${sub.id}-${sub.cycle}-${sub.attempt}`;

/**
 * One attempt at a due cycle (see the module comment). Re-entrant: a second run of the same attempt finds
 * its order (placeOrder's key) and its payment (the reference), and the provider charges a reference once.
 */
export async function renew(deps: JobDeps, sub: Sub): Promise<'paid' | 'failed' | 'pending'> {
  const ctx: ServiceContext = { ...deps, tenantId: sub.tenantId, ip: null };
  let orderId: string;
  try {
    const input: CheckoutInput = { idempotencyKey: renewalKey(sub), email: sub.email, phone: sub.phone, shippingAddress: sub.shippingAddress as unknown as Address, shippingMethod: sub.shippingMethod };
    const cart = { id: uuidv7(), tenantId: sub.tenantId, currency: sub.currency, status: 'ACTIVE', visitorId: null, referralCode: null, couponCode: null, lines: [{ variantId: sub.variantId, quantity: sub.quantity }] };
    const shop = await salesChannel(ctx, sub.tenantId);
    ({ orderId } = await placeOrder(ctx, {
      tenantId: sub.tenantId,
      idempotencyKey: renewalKey(sub),
      request: { subscription: sub.id, cycle: sub.cycle, attempt: sub.attempt },
      cartId: cart.id,
      check: async () => undefined,
      prepare: async (checkoutId) => ({
        ...(await orderForLines(ctx, checkoutId, cart, sub.customerUserId, input)),
        newCart: { token: randomToken(24), customerUserId: sub.customerUserId, currency: sub.currency, channel: shop.channel },
        reason: `Subscription renewal (cycle ${sub.cycle})`,
      }),
    }));
  } catch (e) {
    if (!(e instanceof DomainError) || e.code === ErrorCode.PEER_UNAVAILABLE) throw e;
    await recordFailure(deps, sub, e.message, null);
    return 'failed';
  }
  let order = await deps.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
  if (!order.paidAt && order.status === 'PENDING_PAYMENT') await charge(deps, sub, order);
  order = await deps.prisma.order.findUniqueOrThrow({ where: { id: orderId } });
  if (order.paidAt) {
    await recordSuccess(deps, sub, order);
    return 'paid';
  }
  if (order.status === 'CANCELLED') {
    const failed = await deps.prisma.payment.findFirst({ where: { orderId, status: 'FAILED' }, orderBy: { createdAt: 'desc' } });
    await recordFailure(deps, sub, failed?.failureReason ?? order.cancelReason ?? 'The charge did not go through', order);
    return 'failed';
  }
  return 'pending';
}

/** Charges the attempt's payment on the saved authorisation and settles or cancels the order with the answer. */
async function charge(deps: JobDeps, sub: Sub, order: { id: string; tenantId: string; total: bigint; currency: string }) {
  const reference = renewalReference(sub);
  await deps.prisma.payment.createMany({ data: [{ id: uuidv7(), tenantId: sub.tenantId, orderId: order.id, provider: sub.provider, reference, amount: order.total, currency: order.currency }], skipDuplicates: true });
  const payment = await deps.prisma.payment.findUniqueOrThrow({ where: { reference } });
  if (payment.status === 'SUCCEEDED') return settlePayment(deps, payment.id);
  if (payment.status !== 'PENDING') return giveUp(deps, order);
  if (!sub.authorizationSealed) {
    await failPayment(deps, payment.id, 'No saved payment method');
    return giveUp(deps, order);
  }
  const adapter = await providerFor(deps.prisma, sub.tenantId, payment.provider);
  let answer;
  try {
    answer = await adapter.chargeAuthorization({ authorization: decryptSecret(sub.authorizationSealed), amount: payment.amount, currency: payment.currency, email: sub.email, reference });
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    // Unknown outcome (unreachable, a repeated reference refused): ask about the reference; else try again next run.
    answer = await adapter.verify(reference, payment.providerReference).catch(() => null);
    if (!answer) {
      logger.warn('subscription charge: outcome unknown; retried next run', { subscriptionId: sub.id, error: e.message });
      return 'pending';
    }
  }
  if (answer.status === 'PENDING') return 'pending';
  if (answer.status === 'FAILED') {
    await failPayment(deps, payment.id, answer.failureReason ?? 'declined');
    return giveUp(deps, order);
  }
  const mismatch = answer.amount !== payment.amount || answer.currency !== payment.currency;
  await deps.prisma.payment.updateMany({
    where: { id: payment.id, status: 'PENDING' },
    data: {
      status: 'SUCCEEDED',
      succeededAt: new Date(),
      providerReference: answer.providerReference ?? payment.providerReference,
      amount: answer.amount,
      failureReason: mismatch ? `Paid ${answer.amount} ${answer.currency}, expected ${payment.amount} ${payment.currency}` : null,
    },
  });
  return settlePayment(deps, payment.id);
}

/** The attempt's order is not paid: cancel it and give its stock back. */
async function giveUp(deps: JobDeps, order: { id: string; tenantId: string }) {
  if (await cancelUnpaidOrder(deps, order.id, order.tenantId, { actorType: 'system', actorId: null }, 'The subscription charge did not go through')) await cleanUpOrder(deps, order.id);
  return 'failed' as const;
}

/** The cycle is paid: the next one is due an interval from now (once per attempt: the update names it). */
async function recordSuccess(deps: Deps, sub: Sub, order: { id: string; total: bigint }) {
  await deps.prisma.subscription.updateMany({
    where: { id: sub.id, cycle: sub.cycle, attempt: sub.attempt },
    data: {
      cycle: { increment: 1 },
      attempt: 0,
      failureCount: 0,
      lastOrderId: order.id,
      lastTotal: order.total,
      ...(sub.status === 'PAST_DUE' ? { status: 'ACTIVE' as const } : {}),
      ...(sub.status === 'CANCELLED' ? {} : { nextChargeAt: addInterval(new Date(), sub.interval) }),
    },
  });
}

/** The attempt failed: retry later (PAST_DUE) or, after the last retry, cancel; the customer is told once per attempt. */
async function recordFailure(deps: Deps, sub: Sub, reason: string, order: { id: string; number: string } | null) {
  const retryIn = RETRY_DAYS[sub.attempt];
  const retryAt = retryIn === undefined ? null : new Date(Date.now() + retryIn * DAY_MS);
  const links = await tenantLinks(deps.peers, sub.tenantId, 'commerce', deps.requestId).catch(() => null);
  await deps.prisma.$transaction(async (tx) => {
    const moved = await tx.subscription.updateMany({
      where: { id: sub.id, cycle: sub.cycle, attempt: sub.attempt, status: { in: ['ACTIVE', 'PAST_DUE'] } },
      data: {
        attempt: { increment: 1 },
        failureCount: { increment: 1 },
        lastOrderId: order?.id ?? sub.lastOrderId,
        ...(retryAt ? { status: 'PAST_DUE' as const, nextChargeAt: retryAt } : cancelled(`Payment failed ${sub.attempt + 1} times: ${reason}`.slice(0, 300))),
      },
    });
    if (moved.count === 1) await recordEvent(tx, { tenantId: sub.tenantId, topic: TOPICS.NOTIFICATIONS_MESSAGE_REQUESTED, payload: dunningMessage(sub, order, retryAt, links) });
  }, TX_OPTIONS);
}

/** "Payment failed — we will try again on 8 December 2026" (or the cancellation), as an order status message. */
export function dunningMessage(sub: Sub, order: { number: string } | null, retryAt: Date | null, links: TenantLinks | null): MessageRequestedPayload {
  const address = sub.shippingAddress as { name?: unknown } | null;
  const name = typeof address?.name === 'string' ? address.name : '';
  const amount = formatMoney({ amount: sub.lastTotal, currency: sub.currency });
  const status = retryAt
    ? `payment failed for your ${sub.title} subscription (${amount}) — we will try again on ${retryAt.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`
    : `payment failed again, so your ${sub.title} subscription is cancelled`;
  return {
    key: `subscription.payment_failed:${sub.id}:${sub.cycle}:${sub.attempt}`,
    tenantId: sub.tenantId,
    template: 'order.status_changed',
    to: { email: sub.email, phone: sub.phone, name: name || null, userId: sub.customerUserId },
    channels: sub.phone ? ['EMAIL', 'SMS'] : ['EMAIL'],
    variables: { name, orderNumber: order?.number ?? `subscription ${sub.title}`, status, orderUrl: links?.shop('/account/subscriptions') ?? '' },
  };
}
