import { DEVICE_SCOPE, withUserErrors, type RequestContext } from '@webwaka/kit';
import { applyCouponToCart, cartCoupon, removeCouponFromCart, type CartCoupon } from '../services/cart-coupons';
import { acceptsCoupons, createCoupon, deactivateCoupon, listCoupons, updateCoupon, type CouponInput } from '../services/coupons';
import { posCouponRules, posCoupons } from '../services/pos-coupons';
import { parseAmount } from '../services/settings';
import { builder, money, MONEY_ADMINS } from './builder';
import { Cart } from './cart';

export const CouponKindEnum = builder.enumType('CouponKind', {
  description: 'PERCENTAGE: percentBps off the eligible lines; FIXED_AMOUNT: amount off them (at most their total); FREE_SHIPPING: no shipping fee for vendor orders holding an eligible line.',
  values: ['PERCENTAGE', 'FIXED_AMOUNT', 'FREE_SHIPPING'] as const,
});
export const CouponFunderEnum = builder.enumType('CouponFunder', {
  description: "Who pays a marketplace coupon's discount: PLATFORM or MARKETPLACE (the vendor is paid on the price before it; the funder's DISCOUNT_EXPENSE pays the difference) or VENDOR (the vendor's payable is lowered).",
  values: ['PLATFORM', 'MARKETPLACE', 'VENDOR'] as const,
});

export const Coupon = builder.prismaObject('Coupon', {
  description: 'A coupon code shoppers can enter in the cart or at checkout (decision 0057).',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: 'Shoppers may type it in any case.' }),
    description: t.exposeString('description', { nullable: true }),
    kind: t.field({ type: CouponKindEnum, resolve: (c) => c.kind }),
    percentBps: t.exposeInt('percentBps', { nullable: true, description: 'PERCENTAGE: basis points (1000 = 10%).' }),
    amount: t.field({ type: builder.MoneyRef, nullable: true, description: 'FIXED_AMOUNT: what comes off.', resolve: (c) => (c.amount === null ? null : money(c.amount, c.currency)) }),
    minimumSpend: t.field({ type: builder.MoneyRef, nullable: true, description: "The goods total (as the shop states prices) an order needs.", resolve: (c) => (c.minimumSpend === null ? null : money(c.minimumSpend, c.currency)) }),
    usageLimit: t.exposeInt('usageLimit', { nullable: true }),
    perCustomerLimit: t.exposeInt('perCustomerLimit', { nullable: true, description: 'Per signed-in customer or e-mail address.' }),
    used: t.exposeInt('used', { description: 'Orders holding a use (an unpaid order cancelled or expired gives its use back).' }),
    discountGiven: t.field({
      type: builder.MoneyRef,
      description: 'The discounts of the orders holding a use.',
      resolve: async (c, _a, ctx: RequestContext) => {
        const r = await ctx.prisma.couponRedemption.aggregate({ where: { couponId: c.id, releasedAt: null }, _sum: { amount: true } });
        return money(r._sum.amount ?? 0n, c.currency);
      },
    }),
    posUses: t.int({
      description: 'Uses made at a till (decision 0071), over-limit ones included.',
      resolve: (c, _a, ctx: RequestContext) => ctx.prisma.couponRedemption.count({ where: { couponId: c.id, releasedAt: null, posSaleId: { not: null } } }),
    }),
    overLimitUses: t.int({
      description: 'Till uses made offline past the total or per-customer limit: recorded (the goods were sold), not counted in `used`.',
      resolve: (c, _a, ctx: RequestContext) => ctx.prisma.couponRedemption.count({ where: { couponId: c.id, releasedAt: null, overLimit: true } }),
    }),
    startsAt: t.expose('startsAt', { type: 'DateTime', nullable: true }),
    endsAt: t.expose('endsAt', { type: 'DateTime', nullable: true }),
    active: t.exposeBoolean('active'),
    productIds: t.exposeIDList('productIds', { description: 'With categoryIds and vendorIds: what it applies to (all three empty: everything).' }),
    categoryIds: t.exposeIDList('categoryIds'),
    vendorIds: t.exposeIDList('vendorIds'),
    fundedBy: t.field({ type: CouponFunderEnum, nullable: true, description: 'Null in a store (the store funds its coupons).', resolve: (c) => c.fundedBy }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const CouponInputType = builder.inputType('CouponInput', {
  description: 'On update, omitted fields keep their value; null clears an optional one.',
  fields: (t) => ({
    code: t.string({ description: '3 to 32 letters, digits, dashes or underscores; unique in the shop regardless of case. Required on create.' }),
    description: t.string(),
    kind: t.field({ type: CouponKindEnum, description: 'Required on create.' }),
    percentBps: t.int({ description: 'PERCENTAGE: 1 to 10000 basis points.' }),
    amount: t.string({ description: 'FIXED_AMOUNT: minor units of the shop currency, e.g. "50000" for ₦500.00.' }),
    minimumSpend: t.string({ description: 'Minor units.' }),
    usageLimit: t.int(),
    perCustomerLimit: t.int(),
    startsAt: t.field({ type: 'DateTime' }),
    endsAt: t.field({ type: 'DateTime' }),
    active: t.boolean(),
    productIds: t.idList(),
    categoryIds: t.idList(),
    vendorIds: t.idList(),
    fundedBy: t.field({ type: CouponFunderEnum, description: 'Required in a marketplace; not allowed in a store.' }),
  }),
});

type RawCouponInput = typeof CouponInputType.$inferInput;

function couponInput(i: RawCouponInput): CouponInput {
  const amount = (v: string | null | undefined, field: string) => (v === undefined ? undefined : v === null ? null : parseAmount(v, field));
  const idList = (v: (string | number)[] | null | undefined) => (v === undefined ? undefined : v === null ? [] : v.map(String));
  return {
    ...i,
    amount: amount(i.amount, 'amount'),
    minimumSpend: amount(i.minimumSpend, 'minimumSpend'),
    productIds: idList(i.productIds),
    categoryIds: idList(i.categoryIds),
    vendorIds: idList(i.vendorIds),
  };
}

const CouponPayload = builder.payloadObject<{ coupon: Awaited<ReturnType<typeof createCoupon>> }>('CouponPayload', (t) => ({
  coupon: t.field({ type: Coupon, nullable: true, resolve: (p) => p.coupon ?? null }),
}));

builder.queryFields((t) => ({
  coupons: t.prismaField({
    type: ['Coupon'],
    authScopes: MONEY_ADMINS,
    description: "The shop's coupons with their usage (active first, newest first; at most 500).",
    args: { activeOnly: t.arg.boolean() },
    resolve: (_q, _r, { activeOnly }, ctx) => listCoupons(ctx, { activeOnly }),
  }),
}));

type PosCouponRow = Awaited<ReturnType<typeof posCouponRules>>[number] & { codeHash?: string };
const PosCouponRef = builder.objectRef<PosCouponRow>('PosCoupon').implement({
  description: 'A coupon as a till needs it offline (decision 0071): the SHA-256 of its code, never the code, and its rules.',
  fields: (t) => ({
    id: t.exposeID('id'),
    codeHash: t.string({ description: 'SHA-256 (hex) of the code trimmed and upper-cased.', resolve: (c) => c.codeHash ?? '' }),
    kind: t.field({ type: CouponKindEnum, resolve: (c) => c.kind }),
    percentBps: t.exposeInt('percentBps', { nullable: true }),
    amount: t.string({ nullable: true, description: 'FIXED_AMOUNT: minor units.', resolve: (c) => c.amount?.toString() ?? null }),
    currency: t.exposeString('currency'),
    minimumSpend: t.string({ nullable: true, description: 'Minor units.', resolve: (c) => c.minimumSpend?.toString() ?? null }),
    productIds: t.exposeIDList('productIds'),
    categoryIds: t.exposeIDList('categoryIds'),
    vendorIds: t.exposeIDList('vendorIds'),
    startsAt: t.expose('startsAt', { type: 'DateTime', nullable: true }),
    endsAt: t.expose('endsAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.queryFields((t) => ({
  posCoupons: t.field({
    type: [PosCouponRef],
    authScopes: { apiScope: DEVICE_SCOPE },
    description: "For a till's key: the shop's coupons a till may apply offline (active, not over, not used up; at most 500).",
    resolve: (_r, _a, ctx) => posCoupons(ctx),
  }),
  posCouponRules: t.field({
    type: [PosCouponRef],
    inaccessible: true,
    authScopes: { apiScope: 'commerce:pos-coupons' },
    description: 'Service-only (pos, at sync): the rules of the shop’s coupons by id, in whatever state.',
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_r, { ids }, ctx) => posCouponRules(ctx, ids.map(String)),
  }),
}));

builder.mutationFields((t) => ({
  createCoupon: t.field({
    type: CouponPayload,
    authScopes: MONEY_ADMINS,
    args: { input: t.arg({ type: CouponInputType, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ coupon: await createCoupon(ctx, couponInput(input)) })),
  }),
  updateCoupon: t.field({
    type: CouponPayload,
    authScopes: MONEY_ADMINS,
    args: { id: t.arg.id({ required: true }), input: t.arg({ type: CouponInputType, required: true }) },
    resolve: (_r, { id, input }, ctx) => withUserErrors(async () => ({ coupon: await updateCoupon(ctx, String(id), couponInput(input)) })),
  }),
  deactivateCoupon: t.field({
    type: CouponPayload,
    authScopes: MONEY_ADMINS,
    description: 'Switches a coupon off: shoppers can no longer use it (orders that used it keep their discount). updateCoupon with active: true switches it on again.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, { id }, ctx) => withUserErrors(async () => ({ coupon: await deactivateCoupon(ctx, String(id)) })),
  }),
}));

// ---- the cart's coupon

const CartCouponProblem = builder.objectRef<NonNullable<CartCoupon['problem']>>('CartCouponProblem').implement({
  fields: (t) => ({ code: t.exposeString('code', { description: 'COUPON_EXPIRED, COUPON_USED_UP, COUPON_MINIMUM_NOT_MET...' }), message: t.exposeString('message') }),
});

const CartCouponRef = builder.objectRef<CartCoupon>('CartCoupon').implement({
  description: "The coupon applied to a cart, as it stands now (checkout checks it again and counts the use).",
  fields: (t) => ({
    code: t.exposeString('code'),
    discount: t.field({ type: builder.MoneyRef, description: "Off the cart's goods as the shop states prices (tax included when they include it).", resolve: (c) => money(c.discount, c.currency) }),
    freeShipping: t.exposeBoolean('freeShipping', { description: 'The shipping fee is waived at checkout.' }),
    problem: t.field({ type: CartCouponProblem, nullable: true, description: 'Why it does not apply now (the cart keeps it; checkout would refuse it).', resolve: (c) => c.problem }),
  }),
});

builder.prismaObjectFields('Cart', (t) => ({
  coupon: t.field({ type: CartCouponRef, nullable: true, resolve: (c, _a, ctx: RequestContext) => cartCoupon(ctx, c) }),
  couponsAccepted: t.boolean({ description: 'Whether the shop has a coupon in force now (the storefront shows its coupon field only then).', resolve: (c, _a, ctx: RequestContext) => acceptsCoupons(ctx.prisma, c.tenantId) }),
}));

const CartCouponInput = builder.inputType('CartCouponInput', {
  fields: (t) => ({ cartToken: t.string({ description: "Omit for the signed-in customer's cart." }), couponCode: t.string({ required: true }) }),
});

const CartCouponPayload = builder.payloadObject<{ cart: Awaited<ReturnType<typeof applyCouponToCart>> }>('CartCouponPayload', (t) => ({
  cart: t.field({ type: Cart, nullable: true, resolve: (p) => p.cart ?? null }),
}));

builder.mutationFields((t) => ({
  applyCouponToCart: t.field({
    type: CartCouponPayload,
    description: 'Applies a coupon code to the cart (one at a time: it replaces any other). Refusals: COUPON_INVALID, COUPON_EXPIRED, COUPON_USED_UP, COUPON_NOT_APPLICABLE, COUPON_MINIMUM_NOT_MET on couponCode.',
    args: { input: t.arg({ type: CartCouponInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ cart: await applyCouponToCart(ctx, input.cartToken, input.couponCode) })),
  }),
  removeCouponFromCart: t.field({
    type: CartCouponPayload,
    args: { cartToken: t.arg.string() },
    resolve: (_r, { cartToken }, ctx) => withUserErrors(async () => ({ cart: await removeCouponFromCart(ctx, cartToken) })),
  }),
}));
