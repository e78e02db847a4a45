import { DomainError, ErrorCode, withUserErrors } from '@webwaka/kit';
import { cashHeldByCollectors, collectOnDelivery, collectorHandIns, handInCollectedCash, ordersToCollect, type CollectorPosition } from '../services/pay-on-delivery';
import { ADMIN_ROLES, type RoleName } from '@webwaka/kit';
import { builder, money } from './builder';
import { Order } from './order';

/** Collectors at the door: the shop's staff and administrators (people: the ledger names who holds the cash). */
const COLLECTORS = { roles: [...ADMIN_ROLES, 'STAFF'] as RoleName[] };
/** Who receives collectors' cash: administrators. */
const CASH_RECEIVERS = { roles: [...ADMIN_ROLES] as RoleName[] };

const CollectionWayEnum = builder.enumType('CollectionWay', {
  description: 'How pay-on-delivery money was taken (decision 0083): CASH is held by the collector until handed in; TRANSFER went to the shop.',
  values: ['CASH', 'TRANSFER'] as const,
});

const CollectorCash = builder.objectRef<CollectorPosition>('CollectorCash').implement({
  description: 'Cash a collector took on delivery and has not handed in yet, in one currency.',
  fields: (t) => ({
    collectorUserId: t.exposeID('collectorUserId'),
    openCollections: t.exposeInt('openCollections'),
    held: t.field({ type: builder.MoneyRef, resolve: (p) => money(p.held, p.currency) }),
    oldestCollectedAt: t.expose('oldestCollectedAt', { type: 'DateTime', nullable: true }),
  }),
});

const CollectorHandIn = builder.prismaObject('CollectorHandIn', {
  description: 'Cash a collector handed in: what the open collections added up to, what was counted, and the difference.',
  fields: (t) => ({
    id: t.exposeID('id'),
    collectorUserId: t.exposeID('collectorUserId'),
    expected: t.field({ type: builder.MoneyRef, resolve: (h) => money(h.expected, h.currency) }),
    amount: t.field({ type: builder.MoneyRef, description: 'What was counted.', resolve: (h) => money(h.amount, h.currency) }),
    overShort: t.field({ type: builder.MoneyRef, description: 'Counted minus expected: positive over, negative short.', resolve: (h) => money(h.amount - h.expected, h.currency) }),
    note: t.exposeString('note', { nullable: true }),
    receivedByUserId: t.exposeID('receivedByUserId'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const minorUnits = (raw: string, field: string) => {
  if (!/^\d{1,16}$/.test(raw.trim())) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} must be a whole number of minor units`, [field]);
  return BigInt(raw.trim());
};

builder.queryFields((t) => ({
  payOnDeliveryOrders: t.prismaField({
    type: ['Order'],
    authScopes: COLLECTORS,
    description: "The shop's pay-on-delivery orders whose money is still to be collected, oldest first.",
    args: { first: t.arg.int() },
    resolve: (_q, _r, { first }, ctx) => ordersToCollect(ctx, first ?? 50),
  }),
  cashHeldByCollectors: t.field({
    type: [CollectorCash],
    authScopes: CASH_RECEIVERS,
    description: 'Cash collected on delivery that each collector still holds, largest first.',
    resolve: (_r, _a, ctx) => cashHeldByCollectors(ctx),
  }),
  collectorHandIns: t.prismaField({
    type: ['CollectorHandIn'],
    authScopes: CASH_RECEIVERS,
    description: 'The latest hand-ins of cash collected on delivery, newest first.',
    args: { first: t.arg.int() },
    resolve: (_q, _r, { first }, ctx) => collectorHandIns(ctx, first ?? 20),
  }),
}));

const CollectOnDeliveryInput = builder.inputType('CollectOnDeliveryInput', {
  fields: (t) => ({
    orderId: t.id({ required: true }),
    amount: t.string({ required: true, description: 'Minor units: exactly what the order owes (COLLECTION_AMOUNT_MISMATCH otherwise).' }),
    currency: t.string({ required: true }),
    via: t.field({ type: CollectionWayEnum, required: true }),
  }),
});
const HandInCollectedCashInput = builder.inputType('HandInCollectedCashInput', {
  fields: (t) => ({
    collectorUserId: t.id({ required: true }),
    currency: t.string({ required: true }),
    amount: t.string({ required: true, description: 'Minor units counted (may differ from what was held: the difference is over or short).' }),
    idempotencyKey: t.string({ required: true }),
    note: t.string(),
  }),
});

const CollectPayload = builder.payloadObject<{ order: Awaited<ReturnType<typeof collectOnDelivery>> }>('CollectOnDeliveryPayload', (t) => ({
  order: t.field({ type: Order, nullable: true, resolve: (p) => p.order ?? null }),
}));
const HandInPayload = builder.payloadObject<{ handIn: Awaited<ReturnType<typeof handInCollectedCash>> }>('HandInCollectedCashPayload', (t) => ({
  handIn: t.field({ type: CollectorHandIn, nullable: true, resolve: (p) => p.handIn ?? null }),
}));

builder.mutationFields((t) => ({
  collectOnDelivery: t.field({
    type: CollectPayload,
    authScopes: COLLECTORS,
    description: 'Records the money a collector took for a pay-on-delivery order; the order becomes PAID. Repeating the same record changes nothing.',
    args: { input: t.arg({ type: CollectOnDeliveryInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({ order: await collectOnDelivery(ctx, { orderId: String(input.orderId), amount: minorUnits(input.amount, 'amount'), currency: input.currency, via: input.via }) })),
  }),
  handInCollectedCash: t.field({
    type: HandInPayload,
    authScopes: CASH_RECEIVERS,
    description: "Records cash a collector handed in, closing all their open cash collections in the currency; posts CASH_HAND_IN with any over or short.",
    args: { input: t.arg({ type: HandInCollectedCashInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({
        handIn: await handInCollectedCash(ctx, { collectorUserId: String(input.collectorUserId), currency: input.currency, amount: minorUnits(input.amount, 'amount'), idempotencyKey: input.idempotencyKey, note: input.note }),
      })),
  }),
}));
