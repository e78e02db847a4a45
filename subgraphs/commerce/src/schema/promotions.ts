import { withUserErrors, type RequestContext } from '@webwaka/kit';
import { cartPromotions } from '../services/cart-coupons';
import { createPromotion, deactivatePromotion, listPromotions, updatePromotion, type PromotionInput } from '../services/promotions';
import { parseAmount } from '../services/settings';
import { builder, money, MONEY_ADMINS } from './builder';

/** Administrators and commerce:write keys manage the tenant's promotions; a marketplace vendor its own (decision 0067). */
const PROMOTION_MANAGERS = { ...MONEY_ADMINS, roles: [...MONEY_ADMINS.roles, 'VENDOR' as const] };

export const PromotionKindEnum = builder.enumType('PromotionKind', {
  description: 'BUY_X_GET_Y: buy buyQuantity of the listed products/variants, get getQuantity more of them getPercentBps off (10000 = free; the cheapest units); SPEND_SAVE: goods of at least threshold save amount; BUNDLE_PRICE: one of each listed variant together for bundlePrice.',
  values: ['BUY_X_GET_Y', 'SPEND_SAVE', 'BUNDLE_PRICE'] as const,
});

export const Promotion = builder.prismaObject('Promotion', {
  description: 'An automatic promotion: applied without a code in the cart and at checkout, after sale prices and before a coupon (decision 0061).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name', { description: "Shoppers see it as the discount's label." }),
    kind: t.field({ type: PromotionKindEnum, resolve: (p) => p.kind }),
    buyQuantity: t.exposeInt('buyQuantity', { nullable: true }),
    getQuantity: t.exposeInt('getQuantity', { nullable: true }),
    getPercentBps: t.exposeInt('getPercentBps', { nullable: true, description: 'BUY_X_GET_Y: basis points off the units got (10000 = free).' }),
    threshold: t.field({ type: builder.MoneyRef, nullable: true, description: 'SPEND_SAVE: the goods (after sale prices and line promotions) an order needs.', resolve: (p) => (p.threshold === null ? null : money(p.threshold, p.currency)) }),
    amount: t.field({ type: builder.MoneyRef, nullable: true, description: 'SPEND_SAVE: what comes off.', resolve: (p) => (p.amount === null ? null : money(p.amount, p.currency)) }),
    bundlePrice: t.field({ type: builder.MoneyRef, nullable: true, description: 'BUNDLE_PRICE: the price of one of each listed variant together.', resolve: (p) => (p.bundlePrice === null ? null : money(p.bundlePrice, p.currency)) }),
    vendorId: t.exposeID('vendorId', { nullable: true, description: 'A marketplace vendor’s own promotion: it counts that vendor’s lines only and the vendor funds it (decision 0067). Null: the shop’s or marketplace’s.' }),
    productIds: t.exposeIDList('productIds', { description: 'BUY_X_GET_Y: products whose units it counts.' }),
    variantIds: t.exposeIDList('variantIds', { description: 'BUY_X_GET_Y: variants whose units it counts; BUNDLE_PRICE: the bundle.' }),
    discountGiven: t.field({
      type: builder.MoneyRef,
      description: 'What it took off the orders placed with it.',
      resolve: async (p, _a, ctx: RequestContext) => {
        const r = await ctx.prisma.promotionUse.aggregate({ where: { promotionId: p.id }, _sum: { amount: true } });
        return money(r._sum.amount ?? 0n, p.currency);
      },
    }),
    startsAt: t.expose('startsAt', { type: 'DateTime', nullable: true }),
    endsAt: t.expose('endsAt', { type: 'DateTime', nullable: true }),
    active: t.exposeBoolean('active'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const PromotionInputType = builder.inputType('PromotionInput', {
  description: 'On update, omitted fields keep their value; null clears an optional one.',
  fields: (t) => ({
    name: t.string({ description: '2 to 80 characters. Required on create.' }),
    kind: t.field({ type: PromotionKindEnum, description: 'Required on create.' }),
    buyQuantity: t.int({ description: 'BUY_X_GET_Y: 1 to 1000.' }),
    getQuantity: t.int({ description: 'BUY_X_GET_Y: 1 to 1000.' }),
    getPercentBps: t.int({ description: 'BUY_X_GET_Y: 1 to 10000 basis points off (default 10000: free).' }),
    threshold: t.string({ description: 'SPEND_SAVE: minor units, e.g. "2000000" for ₦20,000.00.' }),
    amount: t.string({ description: 'SPEND_SAVE: minor units, at most the threshold.' }),
    bundlePrice: t.string({ description: 'BUNDLE_PRICE: minor units.' }),
    productIds: t.idList(),
    variantIds: t.idList({ description: 'BUNDLE_PRICE: at least two.' }),
    startsAt: t.field({ type: 'DateTime' }),
    endsAt: t.field({ type: 'DateTime' }),
    active: t.boolean(),
  }),
});

function promotionInput(i: typeof PromotionInputType.$inferInput): PromotionInput {
  const amount = (v: string | null | undefined, field: string) => (v === undefined ? undefined : v === null ? null : parseAmount(v, field));
  const idList = (v: (string | number)[] | null | undefined) => (v === undefined ? undefined : v === null ? [] : v.map(String));
  return {
    ...i,
    threshold: amount(i.threshold, 'threshold'),
    amount: amount(i.amount, 'amount'),
    bundlePrice: amount(i.bundlePrice, 'bundlePrice'),
    productIds: idList(i.productIds),
    variantIds: idList(i.variantIds),
  };
}

const PromotionPayload = builder.payloadObject<{ promotion: Awaited<ReturnType<typeof createPromotion>> }>('PromotionPayload', (t) => ({
  promotion: t.field({ type: Promotion, nullable: true, resolve: (p) => p.promotion ?? null }),
}));

builder.queryFields((t) => ({
  promotions: t.prismaField({
    type: ['Promotion'],
    authScopes: PROMOTION_MANAGERS,
    description: "The shop's automatic promotions (active first, newest first; at most 500); a marketplace vendor sees its own only.",
    args: { activeOnly: t.arg.boolean() },
    resolve: (_q, _r, { activeOnly }, ctx) => listPromotions(ctx, { activeOnly }),
  }),
}));

builder.mutationFields((t) => ({
  createPromotion: t.field({
    type: PromotionPayload,
    authScopes: PROMOTION_MANAGERS,
    args: { input: t.arg({ type: PromotionInputType, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ promotion: await createPromotion(ctx, promotionInput(input)) })),
  }),
  updatePromotion: t.field({
    type: PromotionPayload,
    authScopes: PROMOTION_MANAGERS,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: PromotionInputType, required: true }) },
    resolve: (_r, { id, input }, ctx) => withUserErrors(async () => ({ promotion: await updatePromotion(ctx, String(id), promotionInput(input)) })),
  }),
  deactivatePromotion: t.field({
    type: PromotionPayload,
    authScopes: PROMOTION_MANAGERS,
    description: 'Switches a promotion off (orders placed with it keep their discount). updatePromotion with active: true switches it on again.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ promotion: await deactivatePromotion(ctx, String(id)) })),
  }),
}));

// ---- the labels of a discount: the promotions in a cart and on an order

const AppliedPromotion = builder.objectRef<{ name: string; amount: bigint; currency: string }>('AppliedPromotion').implement({
  description: 'A promotion that applies, as the discount shows it: its name and what it takes off (as the shop states prices).',
  fields: (t) => ({
    name: t.exposeString('name'),
    discount: t.field({ type: builder.MoneyRef, resolve: (p) => money(p.amount, p.currency) }),
  }),
});

builder.prismaObjectFields('Cart', (t) => ({
  promotions: t.field({ type: [AppliedPromotion], description: 'The automatic promotions the cart gets now (checkout works them out again).', resolve: (c, _a, ctx: RequestContext) => cartPromotions(ctx, c) }),
}));

builder.prismaObjectFields('Order', (t) => ({
  promotions: t.field({
    type: [AppliedPromotion],
    description: 'The automatic promotions in the order’s discount.',
    resolve: (o, _a, ctx: RequestContext) => ctx.prisma.promotionUse.findMany({ where: { orderId: o.id, tenantId: o.tenantId }, orderBy: { id: 'asc' } }),
  }),
}));
