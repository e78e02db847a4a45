import { requireTenant, withUserErrors, type RequestContext } from '@webwaka/kit';
import { addCartLine, createCart, findCart, mergeGuestCart, removeCartLine, updateCartLine } from '../services/carts';
import { sum } from '../services/money';
import { quoteLines, type QuotedLine } from '../services/peers';
import { builder, CartStatusEnum, CommerceChannelEnum, money } from './builder';
import { ProductVariantRef } from './refs';

export const CartLine = builder.prismaObject('CartLine', {
  fields: (t) => ({
    id: t.exposeID('id'),
    variantId: t.exposeID('variantId'),
    variant: t.field({ type: ProductVariantRef, resolve: (l) => ({ id: l.variantId }) }),
    quantity: t.exposeInt('quantity'),
  }),
});

interface CartQuoteShape {
  currency: string;
  lines: QuotedLine[];
}

const CartQuoteLine = builder.objectRef<QuotedLine>('CartQuoteLine').implement({
  description: 'A cart line priced now by the catalogue (the price at checkout may differ if prices change).',
  fields: (t) => ({
    variantId: t.exposeID('variantId'),
    productId: t.exposeID('productId', { nullable: true }),
    quantity: t.exposeInt('quantity'),
    sellable: t.exposeBoolean('sellable'),
    reason: t.exposeString('reason', { nullable: true, description: 'Why it cannot be bought now (NOT_ACTIVE, NO_PRICE...).' }),
    sku: t.exposeString('sku', { nullable: true }),
    title: t.exposeString('title', { nullable: true }),
    vendorId: t.exposeID('vendorId', { nullable: true }),
    vendorName: t.exposeString('vendorName', { nullable: true }),
    unitPrice: t.field({ type: builder.MoneyRef, nullable: true, resolve: (l) => (l.unit ? money(BigInt(l.unit), l.currency) : null) }),
    total: t.field({ type: builder.MoneyRef, nullable: true, description: 'Tax included.', resolve: (l) => (l.totalInclTax ? money(BigInt(l.totalInclTax), l.currency) : null) }),
    tax: t.field({ type: builder.MoneyRef, nullable: true, resolve: (l) => (l.tax ? money(BigInt(l.tax), l.currency) : null) }),
  }),
});

interface VendorGroup {
  vendorId: string;
  vendorName: string;
  currency: string;
  lines: QuotedLine[];
}

const CartVendorGroup = builder.objectRef<VendorGroup>('CartVendorGroup').implement({
  description: 'The part of a cart one vendor sells (a marketplace order splits this way at checkout).',
  fields: (t) => ({
    vendorId: t.exposeID('vendorId'),
    vendorName: t.exposeString('vendorName'),
    lines: t.field({ type: [CartQuoteLine], resolve: (g) => g.lines }),
    total: t.field({ type: builder.MoneyRef, description: 'Goods, tax included; shipping is added at checkout.', resolve: (g) => money(sum(g.lines.map((l) => BigInt(l.totalInclTax ?? 0))), g.currency) }),
  }),
});

const CartQuote = builder.objectRef<CartQuoteShape>('CartQuote').implement({
  fields: (t) => ({
    lines: t.field({ type: [CartQuoteLine], resolve: (q) => q.lines }),
    vendors: t.field({
      type: [CartVendorGroup],
      resolve: (q) => {
        const groups = new Map<string, VendorGroup>();
        for (const l of q.lines.filter((x) => x.sellable)) {
          const g = groups.get(l.vendorId!) ?? { vendorId: l.vendorId!, vendorName: l.vendorName!, currency: q.currency, lines: [] };
          g.lines.push(l);
          groups.set(l.vendorId!, g);
        }
        return [...groups.values()];
      },
    }),
    subtotal: t.field({ type: builder.MoneyRef, description: 'Sellable goods, tax excluded.', resolve: (q) => money(sum(q.lines.filter((l) => l.sellable).map((l) => BigInt(l.totalExclTax!))), q.currency) }),
    tax: t.field({ type: builder.MoneyRef, resolve: (q) => money(sum(q.lines.filter((l) => l.sellable).map((l) => BigInt(l.tax!))), q.currency) }),
    total: t.field({ type: builder.MoneyRef, description: 'Sellable goods, tax included (before shipping).', resolve: (q) => money(sum(q.lines.filter((l) => l.sellable).map((l) => BigInt(l.totalInclTax!))), q.currency) }),
  }),
});

export const Cart = builder.prismaObject('Cart', {
  description: "A shopper's cart in a store or marketplace. Guests hold it by its token; signed-in customers also without one.",
  fields: (t) => ({
    id: t.exposeID('id'),
    token: t.exposeString('token', { description: 'The secret a guest keeps (e.g. in a cookie) to come back to this cart.' }),
    status: t.field({ type: CartStatusEnum, resolve: (c) => c.status }),
    channel: t.field({ type: CommerceChannelEnum, resolve: (c) => c.channel }),
    currency: t.exposeString('currency'),
    visitorId: t.exposeString('visitorId', { nullable: true }),
    referralCode: t.exposeString('referralCode', { nullable: true }),
    lines: t.relation('lines', { query: { orderBy: { id: 'asc' } } }),
    quote: t.field({
      type: CartQuote,
      description: "Today's prices from the catalogue, with the split by vendor.",
      select: { lines: { orderBy: { id: 'asc' } } },
      resolve: async (c, _a, ctx: RequestContext) => ({
        currency: c.currency,
        lines: c.lines.length ? await quoteLines(ctx, c.tenantId, c.channel, c.currency, c.lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity }))) : [],
      }),
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  cart: t.prismaField({
    type: 'Cart',
    nullable: true,
    description: "A guest's cart by token, or the signed-in customer's active cart.",
    args: { cartToken: t.arg.string() },
    resolve: async (query, _r, { cartToken }, ctx) => {
      requireTenant(ctx);
      const cart = await findCart(ctx, cartToken);
      return cart ? ctx.prisma.cart.findUnique({ ...query, where: { id: cart.id } }) : null;
    },
  }),
}));

const CartPayload = builder.payloadObject<{ cart: Awaited<ReturnType<typeof createCart>> }>('CartPayload', (t) => ({
  cart: t.field({ type: Cart, nullable: true, resolve: (p) => p.cart ?? null }),
}));

const CreateCartInput = builder.inputType('CreateCartInput', {
  fields: (t) => ({
    visitorId: t.string({ description: "The storefront's anonymous visitor id (attribution)." }),
    referralCode: t.string({ description: 'The `?ref=` code the visitor arrived with.' }),
  }),
});
const AddCartLineInput = builder.inputType('AddCartLineInput', {
  fields: (t) => ({
    cartToken: t.string({ description: "Omit to use the signed-in customer's cart, or to start a new cart." }),
    variantId: t.id({ required: true }),
    quantity: t.int({ required: true }),
    visitorId: t.string({ description: 'Recorded when this call creates the cart.' }),
    referralCode: t.string({ description: 'Recorded when this call creates the cart.' }),
  }),
});
const CartLineInput = builder.inputType('CartLineInput', {
  fields: (t) => ({ cartToken: t.string(), variantId: t.id({ required: true }), quantity: t.int({ required: true, description: '0 removes the line.' }) }),
});
const RemoveCartLineInput = builder.inputType('RemoveCartLineInput', {
  fields: (t) => ({ cartToken: t.string(), variantId: t.id({ required: true }) }),
});

builder.mutationFields((t) => ({
  createCart: t.field({
    type: CartPayload,
    description: "Starts a cart (a signed-in customer gets their active cart back). Keep the token if you're a guest.",
    args: { input: t.arg({ type: CreateCartInput }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ cart: await createCart(ctx, input ?? {}) })),
  }),
  addCartLine: t.field({
    type: CartPayload,
    args: { input: t.arg({ type: AddCartLineInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ cart: await addCartLine(ctx, { ...input, variantId: String(input.variantId) }) })),
  }),
  updateCartLine: t.field({
    type: CartPayload,
    args: { input: t.arg({ type: CartLineInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ cart: await updateCartLine(ctx, { ...input, variantId: String(input.variantId) }) })),
  }),
  removeCartLine: t.field({
    type: CartPayload,
    args: { input: t.arg({ type: RemoveCartLineInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ cart: await removeCartLine(ctx, { ...input, variantId: String(input.variantId) }) })),
  }),
  mergeGuestCart: t.field({
    type: CartPayload,
    authScopes: { authenticated: true },
    description: "At sign-in: folds the guest cart into the customer's cart.",
    args: { cartToken: t.arg.string({ required: true }) },
    resolve: (_r, { cartToken }, ctx) => withUserErrors(async () => ({ cart: await mergeGuestCart(ctx, cartToken) })),
  }),
}));
