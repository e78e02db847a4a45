import { AppError, ErrorCode, isUuid, requireTenant, type RequestContext } from '@webwaka/kit';
import { parseCurrency, quoteMany } from '../services/pricing-admin';
import type { SalesChannel } from '../services/pricing';
import { builder } from './builder';
import { SalesChannelEnum } from './pricing';

/** The most lines one checkout may price (a cart larger than this is refused by commerce first). */
const MAX_LINES = 100;

/** Why a line cannot be sold now. */
type Unsellable = 'NOT_FOUND' | 'NOT_ACTIVE' | 'VENDOR_NOT_APPROVED' | 'NOT_LISTED' | 'NO_PRICE';

interface QuoteLine {
  variantId: string;
  quantity: number;
  sellable: boolean;
  reason: Unsellable | null;
  sku: string | null;
  title: string | null;
  productId: string | null;
  categoryId: string | null;
  vendorId: string | null;
  vendorName: string | null;
  vendorOwnerUserId: string | null;
  commissionBps: number;
  currency: string;
  unit: bigint | null;
  subtotal: bigint | null;
  tax: bigint | null;
  totalInclTax: bigint | null;
  totalExclTax: bigint | null;
  taxInclusive: boolean | null;
  taxRateBps: number | null;
  /** The variant's packed weight and box size (decision 0091); null: unknown. */
  weightGrams: number | null;
  lengthMm: number | null;
  widthMm: number | null;
  heightMm: number | null;
}

const CheckoutQuoteLine = builder.objectRef<QuoteLine>('CheckoutQuoteLine').implement({
  inaccessible: true,
  description: "One line priced for a checkout: the pricing engine's quote, what the line is, who sells it, and the commission on it.",
  fields: (t) => ({
    variantId: t.exposeID('variantId'),
    quantity: t.exposeInt('quantity'),
    sellable: t.exposeBoolean('sellable'),
    reason: t.exposeString('reason', { nullable: true, description: 'NOT_FOUND, NOT_ACTIVE, VENDOR_NOT_APPROVED, NOT_LISTED (marketplace) or NO_PRICE.' }),
    sku: t.exposeString('sku', { nullable: true }),
    title: t.exposeString('title', { nullable: true }),
    productId: t.exposeID('productId', { nullable: true }),
    categoryId: t.exposeID('categoryId', { nullable: true, description: "The product's category (commerce's coupons may apply to categories)." }),
    vendorId: t.exposeID('vendorId', { nullable: true }),
    vendorName: t.exposeString('vendorName', { nullable: true }),
    vendorOwnerUserId: t.exposeID('vendorOwnerUserId', { nullable: true }),
    commissionBps: t.exposeInt('commissionBps', { description: "The marketplace listing's commission (0 in a store)." }),
    currency: t.exposeString('currency'),
    unit: t.field({ type: 'BigIntString', nullable: true, resolve: (l) => l.unit }),
    subtotal: t.field({ type: 'BigIntString', nullable: true, resolve: (l) => l.subtotal }),
    tax: t.field({ type: 'BigIntString', nullable: true, resolve: (l) => l.tax }),
    totalInclTax: t.field({ type: 'BigIntString', nullable: true, resolve: (l) => l.totalInclTax }),
    totalExclTax: t.field({ type: 'BigIntString', nullable: true, resolve: (l) => l.totalExclTax }),
    taxInclusive: t.exposeBoolean('taxInclusive', { nullable: true }),
    taxRateBps: t.exposeInt('taxRateBps', { nullable: true }),
    weightGrams: t.exposeInt('weightGrams', { nullable: true, description: "One unit's packed weight (commerce's carrier quotes, decision 0091)." }),
    lengthMm: t.exposeInt('lengthMm', { nullable: true }),
    widthMm: t.exposeInt('widthMm', { nullable: true }),
    heightMm: t.exposeInt('heightMm', { nullable: true }),
  }),
});

const CheckoutQuoteLineInput = builder.inputType('CheckoutQuoteLineInput', {
  inaccessible: true,
  fields: (t) => ({ variantId: t.id({ required: true }), quantity: t.int({ required: true }) }),
});

/**
 * The authoritative prices of a checkout, for commerce (a service actor with `catalog:read`): each line
 * through the pricing engine for the channel, quantity and currency, with the sku, titles, vendor and the
 * marketplace commission (the active listing's rate; a marketplace sells listed products only). Lines of
 * unknown or foreign variants, inactive products, unapproved vendors or without a price come back
 * `sellable: false` with the reason. @inaccessible: subgraphs call it directly; the public API does not
 * offer it.
 */
builder.queryField('checkoutQuote', (t) =>
  t.field({
    type: [CheckoutQuoteLine],
    inaccessible: true,
    authScopes: { apiScope: 'catalog:read' },
    args: {
      lines: t.arg({ type: [CheckoutQuoteLineInput], required: true }),
      channel: t.arg({ type: SalesChannelEnum, required: true }),
      currency: t.arg.string({ required: true }),
    },
    resolve: (_r, args, ctx) => quoteCheckout(ctx, args.lines.map((l) => ({ variantId: String(l.variantId), quantity: l.quantity })), args.channel, args.currency),
  }),
);

async function quoteCheckout(ctx: RequestContext, lines: { variantId: string; quantity: number }[], channel: SalesChannel, rawCurrency: string): Promise<QuoteLine[]> {
  const tenantId = requireTenant(ctx);
  if (lines.length > MAX_LINES) throw new AppError(ErrorCode.BAD_USER_INPUT, `At most ${MAX_LINES} lines`);
  if (lines.some((l) => !Number.isInteger(l.quantity) || l.quantity < 1)) throw new AppError(ErrorCode.BAD_USER_INPUT, 'Quantities must be whole numbers of at least 1');
  let currency: string;
  try {
    currency = parseCurrency(rawCurrency);
  } catch (e) {
    throw new AppError(ErrorCode.BAD_USER_INPUT, (e as Error).message);
  }
  const ids = [...new Set(lines.map((l) => l.variantId).filter(isUuid))];
  const variants = ids.length
    ? await ctx.prisma.productVariant.findMany({ where: { tenantId, id: { in: ids } }, include: { product: { include: { vendor: true } } } })
    : [];
  const productIds = [...new Set(variants.map((v) => v.productId))];
  const listings = channel === 'MVM' && productIds.length ? await ctx.prisma.marketplaceListing.findMany({ where: { tenantId, productId: { in: productIds } } }) : [];
  const quotes = await quoteMany(ctx, lines.map((l) => ({ variantId: l.variantId, context: { currency, channel, quantity: l.quantity } })));
  const byId = new Map(variants.map((v) => [v.id, v]));
  const listingOf = new Map(listings.map((l) => [l.productId, l]));

  return lines.map((line, i) => {
    const v = byId.get(line.variantId);
    const q = quotes[i];
    const listing = v ? listingOf.get(v.productId) : undefined;
    const reason: Unsellable | null = !v
      ? 'NOT_FOUND'
      : v.product.status !== 'ACTIVE'
        ? 'NOT_ACTIVE'
        : v.product.vendor.status !== 'APPROVED'
          ? 'VENDOR_NOT_APPROVED'
          : channel === 'MVM' && !listing?.active
            ? 'NOT_LISTED'
            : q.kind !== 'QUOTE'
              ? 'NO_PRICE'
              : null;
    const quote = q.kind === 'QUOTE' ? q : null;
    return {
      variantId: line.variantId,
      quantity: line.quantity,
      sellable: reason === null,
      reason,
      sku: v?.sku ?? null,
      title: v ? (v.title && v.title !== v.product.title ? `${v.product.title} — ${v.title}` : v.product.title) : null,
      productId: v?.productId ?? null,
      categoryId: v?.product.categoryId ?? null,
      vendorId: v?.product.vendorId ?? null,
      vendorName: v?.product.vendor.name ?? null,
      vendorOwnerUserId: v?.product.vendor.ownerUserId ?? null,
      commissionBps: channel === 'MVM' && listing?.active ? listing.commissionBps : 0,
      currency,
      unit: quote?.unit.amount ?? null,
      subtotal: quote?.subtotal.amount ?? null,
      tax: quote?.tax.amount ?? null,
      totalInclTax: quote?.totalInclTax.amount ?? null,
      totalExclTax: quote?.totalExclTax.amount ?? null,
      taxInclusive: quote?.taxInclusive ?? null,
      taxRateBps: quote?.taxRateBps ?? null,
      weightGrams: v?.weightGrams ?? null,
      lengthMm: v?.lengthMm ?? null,
      widthMm: v?.widthMm ?? null,
      heightMm: v?.heightMm ?? null,
    };
  });
}
