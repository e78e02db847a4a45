import { AppError, ErrorCode, MAX_PAGE_SIZE, withUserErrors, type Money, type RequestContext } from '@webwaka/kit';
import {
  createPriceList,
  parseCurrency,
  quoteMany,
  removePrice,
  removePriceList,
  setBasePrice,
  setListPrice,
  setSalePrice,
  setTierPrice,
  managesAllPrices,
  type PriceListRecord,
  type PriceRecord,
} from '../services/pricing-admin';
import type { PriceQuote as Quote, SalesChannel as Channel } from '../services/pricing';
import { CATALOG_MANAGERS } from './auth';
import { builder, CATALOG_WRITERS } from './builder';

/** Price lists are tenant-wide: administrators, staff and integrators manage them, not vendors. */
const LIST_MANAGERS = CATALOG_MANAGERS;
/** The back office and integrators read raw price rows and lists; shoppers read quotes. */
const PRICE_READERS = { ...CATALOG_WRITERS, $any: { apiScope: 'catalog:read' } };

export const SalesChannelEnum = builder.enumType('SalesChannel', {
  description: 'Where a sale happens: SVM (single-vendor store), MVM (multi-vendor marketplace), POS (point of sale).',
  values: ['SVM', 'MVM', 'POS'] as const,
});

const PriceSourceEnum = builder.enumType('PriceSource', {
  description: 'Which rule set a quoted price.',
  values: {
    BASE: { description: "The variant's regular price." },
    TIER: { description: 'A volume price of the base ladder (minQuantity above 1).' },
    PRICE_LIST: { description: 'A price list for the channel and/or customer group.' },
    SALE: { description: 'A time-bounded sale price.' },
  } as const,
});

const money = (row: { amount: bigint; currency: string }): Money => ({ amount: row.amount, currency: row.currency });

export const PriceListType = builder.prismaObject('PriceList', {
  description: 'Prices for a channel and/or customer group, optionally time-bounded; the highest priority list that matches wins.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    channel: t.field({ type: SalesChannelEnum, nullable: true, description: 'Null: every channel.', resolve: (l) => l.channel }),
    customerGroup: t.exposeString('customerGroup', { nullable: true, description: 'Null: everyone.' }),
    currency: t.exposeString('currency'),
    priority: t.exposeInt('priority'),
    startsAt: t.expose('startsAt', { type: 'DateTime', nullable: true }),
    endsAt: t.expose('endsAt', { type: 'DateTime', nullable: true, description: 'Exclusive: the list no longer applies at this instant.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

export const PriceType = builder.prismaObject('Price', {
  description: 'One price point of a variant: base (no list, no window), sale (window), volume tier (minQuantity > 1) or list price.',
  fields: (t) => ({
    id: t.exposeID('id'),
    variantId: t.exposeID('variantId'),
    // The id rather than the relation: a removed row's payload has no list left to load.
    priceListId: t.exposeID('priceListId', { nullable: true, description: 'The price list; null for base, sale and tier prices.' }),
    amount: t.field({ type: builder.MoneyRef, resolve: money }),
    minQuantity: t.exposeInt('minQuantity'),
    startsAt: t.expose('startsAt', { type: 'DateTime', nullable: true }),
    endsAt: t.expose('endsAt', { type: 'DateTime', nullable: true, description: 'Exclusive.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const PriceQuoteType = builder.objectRef<Quote>('PriceQuote').implement({
  description:
    'What a variant costs in a context. Amounts include tax or not as `taxInclusive` says (the tenant setting); tax is computed once on the line total, rounded half-up to the minor unit.',
  fields: (t) => ({
    unit: t.field({ type: builder.MoneyRef, description: 'One unit at this quantity.', resolve: (q) => q.unit }),
    compareAt: t.field({ type: builder.MoneyRef, nullable: true, description: 'The regular unit price a sale or cheaper list beats (for strike-through).', resolve: (q) => q.compareAt }),
    subtotal: t.field({ type: builder.MoneyRef, description: 'unit × quantity.', resolve: (q) => q.subtotal }),
    tax: t.field({ type: builder.MoneyRef, resolve: (q) => q.tax }),
    totalInclTax: t.field({ type: builder.MoneyRef, resolve: (q) => q.totalInclTax }),
    totalExclTax: t.field({ type: builder.MoneyRef, resolve: (q) => q.totalExclTax }),
    taxInclusive: t.exposeBoolean('taxInclusive'),
    taxRateBps: t.exposeInt('taxRateBps', { description: 'VAT in basis points (750 = 7.5%).' }),
    source: t.field({ type: PriceSourceEnum, resolve: (q) => q.source }),
    priceListId: t.exposeID('priceListId', { nullable: true }),
    quantity: t.exposeInt('quantity'),
  }),
});

const PriceContextInput = builder.inputType('PriceContextInput', {
  fields: (t) => ({
    currency: t.string({ required: true, description: 'ISO 4217, e.g. NGN.' }),
    channel: t.field({ type: SalesChannelEnum, required: true }),
    customerGroup: t.string({ description: 'Honoured for staff, administrators and API keys (e.g. a POS quoting a wholesale customer).' }),
    quantity: t.int({ defaultValue: 1, description: 'Units on the line (quantity tiers), at least 1.' }),
  }),
});

/** A loader key: one variant in one context (several contexts may be asked in one request, via aliases). */
interface QuoteKey {
  variantId: string;
  currency: string;
  channel: Channel;
  customerGroup: string | null;
  quantity: number;
}

type ContextArg = { currency: string; channel: Channel; customerGroup?: string | null; quantity?: number | null };

/** Validates a price context argument (request errors: it is a query) and makes the loader key. */
function quoteKey(variantId: string, context: ContextArg, ctx: RequestContext): QuoteKey {
  let currency: string;
  try {
    currency = parseCurrency(context.currency);
  } catch (e) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, (e as Error).message);
  }
  const quantity = context.quantity ?? 1;
  if (!Number.isInteger(quantity) || quantity < 1) throw new AppError(ErrorCode.BAD_USER_INPUT, 'quantity must be at least 1');
  // Customer-group prices (wholesale...) are not for anyone who claims the group: until customers carry a
  // group of their own, only the back office, the POS and integrators may quote them.
  const customerGroup = context.customerGroup ?? null;
  if (customerGroup !== null && !(managesAllPrices(ctx.actor) || (ctx.actor.kind === 'apiKey' && ctx.actor.scopes.includes('catalog:read')))) {
    throw new AppError(ErrorCode.FORBIDDEN, 'Customer-group prices are quoted for staff and integrators only');
  }
  return { variantId, currency, channel: context.channel, customerGroup, quantity };
}

builder.prismaObjectField('ProductVariant', 'price', (t) =>
  t.loadable({
    type: PriceQuoteType,
    nullable: true,
    description: 'The price in this context now, or null when the variant has no price that applies (e.g. none in this currency).',
    args: { context: t.arg({ type: PriceContextInput, required: true }) },
    // The key needs the variant id whichever selection mode ProductVariant uses (the cast: loadable's
    // typings do not carry prisma's `select` option through, though the prisma plugin honours it).
    select: { id: true } as never,
    // One batch per request for every variant and context asked for: three queries in all (services/pricing-admin quoteMany).
    load: async (keys: string[], ctx) => {
      const requests = keys.map((k) => {
        const { variantId, ...context } = JSON.parse(k) as QuoteKey;
        return { variantId, context };
      });
      const results = await quoteMany(ctx, requests);
      return results.map((r) => (r.kind === 'QUOTE' ? r : null));
    },
    resolve: (variant, { context }, ctx) => JSON.stringify(quoteKey((variant as { id: string }).id, context, ctx)),
  }),
);

builder.prismaObjectField('ProductVariant', 'prices', (t) =>
  t.relation('prices', {
    description: 'Every price row of the variant (base, sales, tiers, list prices), for the back office.',
    authScopes: PRICE_READERS,
    query: { orderBy: [{ currency: 'asc' }, { priceListId: 'asc' }, { minQuantity: 'asc' }, { id: 'asc' }] },
  }),
);

builder.queryFields((t) => ({
  priceLists: t.prismaConnection({
    type: 'PriceList',
    cursor: 'id',
    maxSize: MAX_PAGE_SIZE,
    defaultSize: 20,
    authScopes: PRICE_READERS,
    description: "The tenant's price lists, oldest first.",
    resolve: (query, _r, _a, ctx) => ctx.prisma.priceList.findMany({ ...query, where: { tenantId: ctx.tenantId! }, orderBy: { id: 'asc' } }),
  }),
}));

// Amounts are plain strings here, not the BigIntString of MoneyInput: "12.5" or "-1" must reach the
// service and come back as userErrors, rather than fail scalar parsing as a request error.
const amountDescription = 'Minor units (kobo for NGN) as a decimal string of digits, e.g. "1250000" for ₦12,500.00.';

const SetBasePriceInput = builder.inputType('SetBasePriceInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    amount: t.string({ required: true, description: amountDescription }),
    currency: t.string({ required: true }),
  }),
});
const SetSalePriceInput = builder.inputType('SetSalePriceInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    amount: t.string({ required: true, description: amountDescription }),
    currency: t.string({ required: true }),
    startsAt: t.field({ type: 'DateTime', required: true, description: 'Inclusive.' }),
    endsAt: t.field({ type: 'DateTime', required: true, description: 'Exclusive.' }),
  }),
});
const SetTierPriceInput = builder.inputType('SetTierPriceInput', {
  fields: (t) => ({
    variantId: t.id({ required: true }),
    amount: t.string({ required: true, description: amountDescription }),
    currency: t.string({ required: true }),
    minQuantity: t.int({ required: true, description: 'The unit price applies from this many units on.' }),
  }),
});
const SetListPriceInput = builder.inputType('SetListPriceInput', {
  fields: (t) => ({
    listId: t.id({ required: true }),
    variantId: t.id({ required: true }),
    amount: t.string({ required: true, description: amountDescription }),
    currency: t.string({ required: true, description: "Must be the list's currency." }),
    minQuantity: t.int({ defaultValue: 1 }),
  }),
});
const CreatePriceListInput = builder.inputType('CreatePriceListInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    currency: t.string({ required: true }),
    channel: t.field({ type: SalesChannelEnum, description: 'Omit for every channel.' }),
    customerGroup: t.string({ description: 'Omit for everyone.' }),
    priority: t.int({ defaultValue: 0, description: 'Higher wins when several lists match.' }),
    startsAt: t.field({ type: 'DateTime' }),
    endsAt: t.field({ type: 'DateTime', description: 'Exclusive.' }),
  }),
});

const PricePayload = builder.payloadObject<{ price: PriceRecord }>('PricePayload', (t) => ({
  price: t.field({ type: PriceType, nullable: true, resolve: (p) => p.price ?? null }),
}));
const PriceListPayload = builder.payloadObject<{ priceList: PriceListRecord }>('PriceListPayload', (t) => ({
  priceList: t.field({ type: PriceListType, nullable: true, resolve: (p) => p.priceList ?? null }),
}));

const id = (v: string | number) => String(v);

builder.mutationFields((t) => ({
  setBasePrice: t.field({
    type: PricePayload,
    authScopes: CATALOG_WRITERS,
    description: "Sets a variant's regular unit price in a currency.",
    args: { input: t.arg({ type: SetBasePriceInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ price: await setBasePrice(ctx, id(input.variantId), input) })),
  }),
  setSalePrice: t.field({
    type: PricePayload,
    authScopes: CATALOG_WRITERS,
    description: 'Sets a sale price for [startsAt, endsAt); it applies while lower than the regular price.',
    args: { input: t.arg({ type: SetSalePriceInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ price: await setSalePrice(ctx, id(input.variantId), input, input.startsAt, input.endsAt) })),
  }),
  setTierPrice: t.field({
    type: PricePayload,
    authScopes: CATALOG_WRITERS,
    description: 'Sets a volume price: the unit price from minQuantity units on.',
    args: { input: t.arg({ type: SetTierPriceInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ price: await setTierPrice(ctx, id(input.variantId), input, input.minQuantity) })),
  }),
  setListPrice: t.field({
    type: PricePayload,
    authScopes: CATALOG_WRITERS,
    description: "Sets a variant's price on a price list (from minQuantity units, default 1).",
    args: { input: t.arg({ type: SetListPriceInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({ price: await setListPrice(ctx, id(input.listId), id(input.variantId), input, input.minQuantity ?? 1) })),
  }),
  removePrice: t.field({
    type: PricePayload,
    authScopes: CATALOG_WRITERS,
    description: 'Removes one price row; returns it as it was.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => withUserErrors(async () => ({ price: await removePrice(ctx, id(args.id)) })),
  }),
  createPriceList: t.field({
    type: PriceListPayload,
    authScopes: LIST_MANAGERS,
    args: { input: t.arg({ type: CreatePriceListInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ priceList: await createPriceList(ctx, input) })),
  }),
  removePriceList: t.field({
    type: PriceListPayload,
    authScopes: LIST_MANAGERS,
    description: 'Removes a price list and every price on it; returns the list as it was.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => withUserErrors(async () => ({ priceList: await removePriceList(ctx, id(args.id)) })),
  }),
}));
