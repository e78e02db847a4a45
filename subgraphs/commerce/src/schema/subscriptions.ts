/**
 * Subscriptions (decision 0060; services/subscriptions.ts has the rules): a signed-in customer subscribes to a
 * product (the first order is a checkout) and manages their subscriptions; administrators list and cancel
 * them and turn selling on subscription on or off. The saved authorisation is never a field.
 */
import { MAX_PAGE_SIZE, requireTenant, withUserErrors, type RoleName } from '@webwaka/kit';
import {
  cancelCustomerSubscription,
  cancelSubscription,
  pauseSubscription,
  resumeSubscription,
  skipNextSubscriptionCharge,
  subscribe,
  subscriptionsEnabled,
  SUBSCRIPTION_INTERVALS,
  SUBSCRIPTION_STATUSES,
  updateSubscription,
  updateSubscriptionSettings,
} from '../services/subscriptions';
import { builder, money, MONEY_ADMINS, SALES_READERS } from './builder';
import { AddressInput, Order, Payment } from './order';

/** Subscribers: signed-in customers only (the service checks each subscription is theirs). */
const SUBSCRIBERS = { roles: ['CUSTOMER'] as RoleName[] };

export const SubscriptionIntervalEnum = builder.enumType('SubscriptionInterval', { values: SUBSCRIPTION_INTERVALS });
export const SubscriptionStatusEnum = builder.enumType('SubscriptionStatus', {
  description: 'PENDING (first order awaiting payment) → ACTIVE ⇄ PAUSED; ACTIVE → PAST_DUE (a charge failed, retried) → ACTIVE | CANCELLED.',
  values: SUBSCRIPTION_STATUSES,
});

export const ProductSubscription = builder.prismaObject('Subscription', {
  name: 'ProductSubscription',
  description: 'A product bought on a schedule, each cycle an order charged through the payment method saved at the first one.',
  fields: (t) => ({
    id: t.exposeID('id'),
    variantId: t.exposeID('variantId'),
    title: t.exposeString('title'),
    quantity: t.exposeInt('quantity'),
    interval: t.field({ type: SubscriptionIntervalEnum, resolve: (s) => s.interval }),
    status: t.field({ type: SubscriptionStatusEnum, resolve: (s) => s.status }),
    email: t.exposeString('email'),
    lastTotal: t.field({ type: builder.MoneyRef, description: 'The latest order’s total (each cycle is priced at the day’s price).', resolve: (s) => money(s.lastTotal, s.currency) }),
    nextChargeAt: t.expose('nextChargeAt', { type: 'DateTime', nullable: true }),
    failureCount: t.exposeInt('failureCount', { description: 'Failed charges in a row.' }),
    firstOrderId: t.exposeID('firstOrderId'),
    lastOrderId: t.exposeID('lastOrderId', { nullable: true }),
    cancelReason: t.exposeString('cancelReason', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const SubscriptionSettingsRef = builder.objectRef<{ enabled: boolean }>('SubscriptionSettings').implement({
  fields: (t) => ({ enabled: t.exposeBoolean('enabled', { description: 'Whether the shop sells on subscription.' }) }),
});

builder.queryFields((t) => ({
  mySubscriptions: t.prismaField({
    type: ['Subscription'],
    authScopes: SUBSCRIBERS,
    description: "The signed-in customer's subscriptions in this shop, newest first.",
    resolve: (query, _r, _a, ctx) =>
      ctx.actor.kind === 'user' && ctx.actor.userId ? ctx.prisma.subscription.findMany({ ...query, where: { tenantId: requireTenant(ctx), customerUserId: ctx.actor.userId }, orderBy: { id: 'desc' }, take: MAX_PAGE_SIZE }) : [],
  }),
  subscriptions: t.prismaConnection({
    type: 'Subscription',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: SALES_READERS,
    description: "The shop's subscriptions, newest first.",
    args: { status: t.arg({ type: SubscriptionStatusEnum }) },
    resolve: (query, _r, args, ctx) => ctx.prisma.subscription.findMany({ ...query, where: { tenantId: requireTenant(ctx), ...(args.status ? { status: args.status } : {}) }, orderBy: { id: 'desc' } }),
  }),
  subscriptionSettings: t.field({
    type: SubscriptionSettingsRef,
    description: 'Whether the shop sells on subscription (public: the product page offers it).',
    resolve: async (_r, _a, ctx) => ({ enabled: await subscriptionsEnabled(ctx, requireTenant(ctx)) }),
  }),
}));

const SubscribeInput = builder.inputType('SubscribeInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    quantity: t.int({ required: true }),
    interval: t.field({ type: SubscriptionIntervalEnum, required: true }),
    idempotencyKey: t.string({ required: true, description: 'A new random key per attempt; a retry with the same key returns the first result.' }),
    email: t.string({ required: true }),
    phone: t.string(),
    shippingAddress: t.field({ type: AddressInput, required: true }),
    shippingMethod: t.string({ required: true }),
    returnUrl: t.string(),
  }),
});

const SubscribePayload = builder.payloadObject<{ subscription: { id: string }; order: { id: string }; payment: { id: string } | null }>('SubscribePayload', (t) => ({
  subscription: t.field({ type: ProductSubscription, nullable: true, resolve: (p) => (p.subscription as never) ?? null }),
  order: t.field({ type: Order, nullable: true, resolve: (p) => (p.order as never) ?? null }),
  payment: t.field({ type: Payment, nullable: true, description: 'Pay the first order on its page; the subscription starts once it is paid.', resolve: (p) => (p.payment as never) ?? null }),
}));

const SubscriptionPayload = builder.payloadObject<{ subscription: { id: string } }>('SubscriptionPayload', (t) => ({
  subscription: t.field({ type: ProductSubscription, nullable: true, resolve: (p) => (p.subscription as never) ?? null }),
}));

const SubscriptionSettingsPayload = builder.payloadObject<{ settings: { enabled: boolean } }>('SubscriptionSettingsPayload', (t) => ({
  settings: t.field({ type: SubscriptionSettingsRef, nullable: true, resolve: (p) => p.settings ?? null }),
}));

builder.mutationFields((t) => ({
  subscribe: t.field({
    type: SubscribePayload,
    authScopes: SUBSCRIBERS,
    description: 'Subscribe to a product: places the first order (pay it like a checkout); later cycles are charged to the same payment method.',
    args: { input: t.arg({ type: SubscribeInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(() => subscribe(ctx, { ...input, variantId: String(input.variantId) })),
  }),
  pauseSubscription: t.field({
    type: SubscriptionPayload,
    authScopes: SUBSCRIBERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => withUserErrors(async () => ({ subscription: await pauseSubscription(ctx, String(a.id)) })),
  }),
  resumeSubscription: t.field({
    type: SubscriptionPayload,
    authScopes: SUBSCRIBERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => withUserErrors(async () => ({ subscription: await resumeSubscription(ctx, String(a.id)) })),
  }),
  skipSubscriptionCharge: t.field({
    type: SubscriptionPayload,
    authScopes: SUBSCRIBERS,
    description: 'Skip the next charge: the date moves one interval on.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => withUserErrors(async () => ({ subscription: await skipNextSubscriptionCharge(ctx, String(a.id)) })),
  }),
  updateSubscription: t.field({
    type: SubscriptionPayload,
    authScopes: SUBSCRIBERS,
    description: 'Change the quantity or the interval, from the next cycle.',
    args: { id: t.arg.id({ required: true }), quantity: t.arg.int(), interval: t.arg({ type: SubscriptionIntervalEnum }) },
    resolve: (_r, a, ctx) => withUserErrors(async () => ({ subscription: await updateSubscription(ctx, String(a.id), { quantity: a.quantity, interval: a.interval }) })),
  }),
  cancelSubscription: t.field({
    type: SubscriptionPayload,
    authScopes: SUBSCRIBERS,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, a, ctx) => withUserErrors(async () => ({ subscription: await cancelSubscription(ctx, String(a.id)) })),
  }),
  cancelCustomerSubscription: t.field({
    type: SubscriptionPayload,
    authScopes: MONEY_ADMINS,
    description: "An administrator cancels one of the shop's subscriptions.",
    args: { id: t.arg.id({ required: true }), reason: t.arg.string() },
    resolve: (_r, a, ctx) => withUserErrors(async () => ({ subscription: await cancelCustomerSubscription(ctx, String(a.id), a.reason ?? null) })),
  }),
  updateSubscriptionSettings: t.field({
    type: SubscriptionSettingsPayload,
    authScopes: MONEY_ADMINS,
    args: { enabled: t.arg.boolean({ required: true }) },
    resolve: (_r, a, ctx) => withUserErrors(async () => ({ settings: await updateSubscriptionSettings(ctx, a.enabled) })),
  }),
}));
