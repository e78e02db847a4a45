/**
 * Prices an order from a cart, never from the client: each line through catalog's pricing engine for the
 * tenant's channel and currency (peer call), grouped into one vendor order per vendor. Per vendor order:
 * - goods: the quoted lines (tax computed once per line by catalog, half-up);
 * - shipping: the chosen method's rate in the address's zone (per vendor order: each vendor ships its own
 *   goods), free when the vendor order's goods reach the rate's threshold, or the seller's part of a
 *   carrier's locked quote (decision 0091, no threshold); VAT on it at the catalogue's
 *   rate when the tenant taxes shipping, stated inclusive or exclusive like the catalogue's prices;
 * - commission: Σ round_half_up(line subtotal × line rate / 10,000); its rate is the lines' common rate,
 *   or, when lines differ, the effective rate rounded (`commission` is the exact figure).
 * Order totals are the sums; total = subtotal + shipping + tax (all tax-exclusive parts plus all tax).
 * A gift card's line (gift-card-sales.ts, decision 0064) is its stated price with no tax, discount or
 * commission, and ships nothing: it is left out of the shipping fee and of the free-shipping threshold.
 */
import { DomainError, ErrorCode } from '@webwaka/kit';
import type { ServiceContext } from './context';
import { discountsFor } from './discounts';
import { applyBps, divRoundHalfUp, sum, taxOf } from './money';
import { quoteLines, type QuotedLine } from './peers';
import { settingsFor, zoneFor, type Address } from './settings';
import { giftCardProductIds } from './gift-card-sales';

export interface PricedLine {
  variantId: string;
  productId: string;
  sku: string;
  title: string;
  quantity: number;
  unitPrice: bigint;
  /** Tax-exclusive. */
  subtotal: bigint;
  tax: bigint;
  /** The promotions' and coupon's discount on the line, tax excluded (`subtotal` and `tax` are after it). */
  discount: bigint;
  /** Of `discount`, the vendor's own promotions' part (decision 0067): the vendor funds it. */
  vendorFunded: bigint;
  commissionBps: number;
  /** A gift card (decision 0064): no stock is held for it; the paid order issues one card per unit. */
  giftCard?: boolean;
}

export interface PricedVendorOrder {
  vendorId: string;
  vendorName: string;
  vendorOwnerUserId: string | null;
  lines: PricedLine[];
  subtotal: bigint;
  goodsTax: bigint;
  shipping: bigint;
  shippingTax: bigint;
  tax: bigint;
  commissionBps: number;
  commission: bigint;
  /** Its lines' discounts plus shipping a FREE_SHIPPING coupon waived, tax excluded. */
  discount: bigint;
  /** Of `discount`, its own promotions' part (its lines' `vendorFunded`). */
  vendorFunded: bigint;
}

export interface PricedOrder {
  channel: 'SVM' | 'MVM' | 'POS';
  currency: string;
  taxInclusive: boolean;
  taxRateBps: number;
  vendorOrders: PricedVendorOrder[];
  subtotal: bigint;
  /** What promotions and the coupon took off, as the shop states prices (goods and waived shipping). */
  discount: bigint;
  /** Of `discount`, the coupon's part (its redemption records it). */
  couponDiscount: bigint;
  /** The automatic promotions that apply (decision 0061): their names label the discount. */
  promotions: { id: string; name: string; amount: bigint }[];
  /** Who funds the discount vendors do not fund themselves (the order's `couponFundedBy`): the coupon's
   * funder, or in a marketplace the marketplace for its promotions; null: the seller. */
  discountFundedBy: 'PLATFORM' | 'MARKETPLACE' | 'VENDOR' | null;
  shipping: bigint;
  tax: bigint;
  total: bigint;
  coupon: { id: string; code: string; fundedBy: 'PLATFORM' | 'MARKETPLACE' | 'VENDOR' | null } | null;
}

const UNSELLABLE: Record<string, string> = {
  NOT_FOUND: 'is not sold here',
  NOT_ACTIVE: 'is not on sale',
  VENDOR_NOT_APPROVED: "is from a seller who can't sell now",
  NOT_LISTED: 'is not listed in this marketplace',
  NO_PRICE: 'has no price in this currency',
};

/**
 * Catalog's quote for cart lines; the lines that cannot be sold are refused, naming the line: NOT_FOUND for
 * a variant the tenant does not have (another tenant's reads the same as none), BAD_USER_INPUT otherwise.
 */
export async function quoteSellable(ctx: Pick<ServiceContext, 'peers' | 'requestId'>, tenantId: string, channel: 'SVM' | 'MVM' | 'POS', currency: string, lines: { variantId: string; quantity: number }[]): Promise<QuotedLine[]> {
  const quoted = await quoteLines(ctx, tenantId, channel, currency, lines);
  quoted.forEach((q, i) => {
    if (q.sellable) return;
    const code = q.reason === 'NOT_FOUND' ? ErrorCode.NOT_FOUND : ErrorCode.BAD_USER_INPUT;
    throw new DomainError(code, `${q.sku ?? q.variantId} ${UNSELLABLE[q.reason ?? ''] ?? 'cannot be sold'}`, ['lines', String(i)]);
  });
  return quoted;
}

export interface PriceOrderInput {
  tenantId: string;
  channel: 'SVM' | 'MVM' | 'POS';
  currency: string;
  lines: { variantId: string; quantity: number }[];
  address: Address;
  shippingMethod: string;
  couponCode: string | null;
  customerUserId: string | null;
  /** The buyer's e-mail, lower-case (a coupon's per-customer limit counts guests by it). */
  email: string | null;
  /** A carrier's locked quote per seller (carrier-rates.ts): shipping is these instead of a zone rate. */
  carrierParts?: Map<string, bigint> | null;
}

/** A seller's part of a carrier's quote; a seller the quote left out means it was for other goods. */
function carrierFee(parts: Map<string, bigint>, vendorId: string): bigint {
  const fee = parts.get(vendorId);
  if (fee === undefined) throw new DomainError(ErrorCode.SHIPPING_QUOTE_INVALID, 'That delivery quote was for other items: choose a delivery option again', ['shippingQuoteId']);
  return fee;
}

export async function priceOrder(ctx: ServiceContext, input: PriceOrderInput): Promise<PricedOrder> {
  const quoted = await quoteSellable(ctx, input.tenantId, input.channel, input.currency, input.lines);
  const taxInclusive = quoted[0].taxInclusive!;
  const taxRateBps = quoted[0].taxRateBps!;
  // Promotions, then a coupon, apply to the price after sale prices (catalog's quote has them), as the shop states prices.
  const stated = (q: QuotedLine) => BigInt(taxInclusive ? q.totalInclTax! : q.totalExclTax!);
  const cards = await giftCardProductIds(ctx.prisma, input.tenantId, quoted.map((q) => q.productId!));
  const isCard = (q: QuotedLine) => cards.has(q.productId!);
  const applied = await discountsFor(ctx.prisma, {
    tenantId: input.tenantId,
    couponCode: input.couponCode,
    currency: input.currency,
    customer: { userId: input.customerUserId, email: input.email },
    channel: input.channel,
    lines: quoted.map((q) => ({ productId: q.productId, categoryId: q.categoryId ?? null, vendorId: q.vendorId, variantId: q.variantId, quantity: q.quantity, stated: isCard(q) ? 0n : stated(q) })),
  });
  const settings = await settingsFor(ctx, input.tenantId);
  const carrierParts = input.carrierParts ?? null;
  const zone = carrierParts ? null : await zoneFor(ctx.prisma, input.tenantId, input.address);
  const method = input.shippingMethod.trim().toUpperCase();
  const rate = carrierParts ? null : zone?.rates.find((r) => r.method === method && r.currency === input.currency);
  if (!rate && !carrierParts) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Shipping method ${method} is not available to ${input.address.region}, ${input.address.country}`, ['shippingMethod']);
  const shippingOf = (fee: bigint) => (settings.taxShipping ? taxOf(fee, taxRateBps, taxInclusive) : { tax: 0n, exclTax: fee });

  const indexOf = new Map(quoted.map((q, i) => [q, i]));
  const byVendor = new Map<string, QuotedLine[]>();
  for (const q of quoted) byVendor.set(q.vendorId!, [...(byVendor.get(q.vendorId!) ?? []), q]);
  let waived = 0n;
  const vendorOrders = [...byVendor.values()].map((qs): PricedVendorOrder => {
    const lines = qs.map((q): PricedLine => {
      if (isCard(q)) {
        const value = stated(q);
        return { variantId: q.variantId, productId: q.productId!, sku: q.sku!, title: q.title!, quantity: q.quantity, unitPrice: BigInt(q.unit!), subtotal: value, tax: 0n, discount: 0n, vendorFunded: 0n, commissionBps: 0, giftCard: true };
      }
      const off = applied.lineDiscounts[indexOf.get(q)!];
      const vendorOff = applied.vendorLineDiscounts[indexOf.get(q)!];
      const before = BigInt(q.totalExclTax!);
      // A discounted line's tax is computed again on what is left of it (never below zero: off ≤ stated).
      const after = off > 0n ? taxOf(stated(q) - off, q.taxRateBps ?? taxRateBps, taxInclusive) : { exclTax: before, tax: BigInt(q.tax!) };
      return {
        variantId: q.variantId,
        productId: q.productId!,
        sku: q.sku!,
        title: q.title!,
        quantity: q.quantity,
        unitPrice: BigInt(q.unit!),
        subtotal: after.exclTax,
        tax: after.tax,
        discount: before - after.exclTax,
        // The vendor's own promotions' share of the tax-exclusive discount (at most all of it).
        vendorFunded: vendorOff > 0n ? divRoundHalfUp((before - after.exclTax) * vendorOff, off) : 0n,
        commissionBps: q.commissionBps,
      };
    });
    const subtotal = sum(lines.map((l) => l.subtotal));
    const goodsTax = sum(lines.map((l) => l.tax));
    const goods = lines.filter((l) => !l.giftCard);
    const free = rate != null && rate.freeOverAmount !== null && sum(goods.map((l) => l.subtotal + l.tax)) >= rate.freeOverAmount;
    const fee = free || goods.length === 0 ? 0n : rate ? rate.amount : carrierFee(carrierParts!, qs[0].vendorId!);
    const couponWaives = fee > 0n && applied.freeShipping && qs.some((q) => applied.eligible[indexOf.get(q)!]);
    const { tax: shippingTax, exclTax: shipping } = shippingOf(couponWaives ? 0n : fee);
    if (couponWaives) waived += fee;
    const commission = sum(lines.map((l) => applyBps(l.subtotal, l.commissionBps)));
    const rates = new Set(lines.map((l) => l.commissionBps));
    const commissionBps = rates.size === 1 ? lines[0].commissionBps : subtotal > 0n ? Number(divRoundHalfUp(commission * 10_000n, subtotal)) : 0;
    return {
      vendorId: qs[0].vendorId!,
      vendorName: qs[0].vendorName!,
      vendorOwnerUserId: qs[0].vendorOwnerUserId,
      lines,
      subtotal,
      goodsTax,
      shipping,
      shippingTax,
      tax: goodsTax + shippingTax,
      commissionBps,
      commission,
      discount: sum(lines.map((l) => l.discount)) + (couponWaives ? shippingOf(fee).exclTax : 0n),
      vendorFunded: sum(lines.map((l) => l.vendorFunded)),
    };
  });
  const subtotal = sum(vendorOrders.map((v) => v.subtotal));
  const shipping = sum(vendorOrders.map((v) => v.shipping));
  const tax = sum(vendorOrders.map((v) => v.tax));
  const c = applied.coupon;
  const promotions = applied.promotions.map((a) => ({ id: a.promotion.id, name: a.promotion.name, amount: a.amount }));
  const promoted = sum(promotions.map((a) => a.amount));
  const vendorsPromoted = sum(applied.promotions.filter((a) => a.vendorId).map((a) => a.amount));
  return {
    channel: input.channel,
    currency: input.currency,
    taxInclusive,
    taxRateBps,
    vendorOrders,
    subtotal,
    discount: sum(applied.lineDiscounts) + waived,
    couponDiscount: sum(applied.lineDiscounts) + waived - promoted,
    promotions,
    discountFundedBy: c ? c.fundedBy : promoted - vendorsPromoted > 0n && input.channel === 'MVM' ? 'MARKETPLACE' : null,
    shipping,
    tax,
    total: subtotal + shipping + tax,
    coupon: c ? { id: c.id, code: c.code, fundedBy: c.fundedBy } : null,
  };
}
