/**
 * Live carrier rates at checkout (issue 16, decision 0091). When the shop names a quoting carrier
 * (CommerceSettings.checkoutCarrier) and every shippable line of the cart has a weight (catalog's variant),
 * `quoteCartShipping` asks the carrier for each seller's parcel (each vendor ships its own goods), with a
 * short timeout and outside any transaction, and stores the answer as a ShippingQuote: its id, the price
 * per seller, the ETA, what it was for (the cart's lines, the destination, the currency) and an expiry. The
 * shopper's checkout names the quote's id, never a price; `lockedQuote` honours it only for the same cart,
 * lines, destination and currency before it expires, so the price is locked even if the carrier's changes.
 * A carrier that fails, is slow or does not quote is logged and leaves the shop's zone rates alone: asking
 * for a quote never fails a checkout.
 */
import { DomainError, ErrorCode, isUuid, logger, requireTenant, uuidv7 } from '@webwaka/kit';
import { carrierFor } from './carriers';
import type { CarrierAdapter, CarrierName, Destination, PackageSize } from './carriers/carrier';
import { findCart } from './carts';
import type { ServiceContext } from './context';
import { giftCardProductIds } from './gift-card-sales';
import { quoteSellable } from './pricing';
import { getSettings, type Address } from './settings';
import { salesChannel } from './tenant';
import type { QuotedLine } from './peers';

/** How long a quote holds its price (the shopper's time to review and pay for it). */
export const SHIPPING_QUOTE_TTL_MINUTES = 30;
/** A stored quote is offered again while it has at least this long left; else a fresh one is asked for. */
const REUSE_MARGIN_MS = 5 * 60_000;
/** Carrier calls one cart may cause in an hour (each costs the shop an API call; the page re-renders). */
export const MAX_QUOTES_PER_CART_HOUR = 20;

/**
 * Carts the carrier just gave no quote for (failed, slow or null), by cart, lines and destination: the page
 * asks on every render, and a carrier that is down must not be called (and waited for) each time. In this
 * process only, for a minute; bounded so it cannot grow without limit.
 */
const recentMisses = new Map<string, number>();
const MISS_MEMORY_MS = 60_000;
const MAX_MISSES_KEPT = 10_000;
function missedRecently(key: string) {
  const at = recentMisses.get(key);
  if (at !== undefined && Date.now() - at < MISS_MEMORY_MS) return true;
  recentMisses.delete(key);
  return false;
}
function rememberMiss(key: string) {
  if (recentMisses.size >= MAX_MISSES_KEPT) recentMisses.clear();
  recentMisses.set(key, Date.now());
}

/** How long to wait for a carrier (CARRIER_QUOTE_TIMEOUT_MS, 3 s by default): the shopper is waiting. */
export function carrierQuoteTimeoutMs() {
  const v = Number(process.env.CARRIER_QUOTE_TIMEOUT_MS ?? '');
  return Number.isInteger(v) && v > 0 ? v : 3_000;
}

/** The shipping method code a carrier's quote is chosen by at checkout. */
export const carrierMethod = (carrier: CarrierName) => `CARRIER_${carrier}`;

/** The carrier's name as the shopper reads it ("Delivery by Sandbox carrier"). */
export const carrierLabel = (carrier: CarrierName) => ({ OWN_RIDERS: 'our riders', SANDBOX: 'Sandbox carrier', KWIK: 'Kwik' } as Record<string, string>)[carrier] ?? carrier;

export type QuoteDestination = Pick<Address, 'city' | 'region' | 'country'> & { name?: string | null; line1?: string | null; phone?: string | null; latitude?: number | null; longitude?: number | null };

const norm = (s: string | null | undefined) => (s ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
/** The destination a quote is for, as compared at checkout (case and spacing do not matter; the street does not change the price). */
export const destinationKey = (d: Pick<Address, 'city' | 'region' | 'country'>) => [norm(d.country), norm(d.region).replace(/ state$/, ''), norm(d.city)].join('|');
export const linesKey = (lines: { variantId: string; quantity: number }[]) =>
  lines
    .map((l) => `${l.variantId}:${l.quantity}`)
    .sort()
    .join(',');

/** The carrier's destination: a map position only when the address carries one (Kwik routes by it). */
function carrierDestination(d: QuoteDestination): Destination {
  const placed = typeof d.latitude === 'number' && typeof d.longitude === 'number' && d.name && d.phone && d.line1;
  return {
    city: d.city.trim(),
    state: d.region.trim(),
    recipient: placed ? { name: d.name!, phone: d.phone!, address: `${d.line1}, ${d.city}, ${d.region}`, latitude: d.latitude!, longitude: d.longitude! } : null,
  };
}

/**
 * One parcel per seller: the units' weight summed; the box as long and wide as the largest item and as
 * high as the items stacked. Null when a line's weight is unknown (no quote then). A side nobody gave is 0.
 */
export function parcelOf(lines: QuotedLine[]): PackageSize | null {
  if (lines.some((l) => !l.weightGrams)) return null;
  return {
    weightGrams: lines.reduce((s, l) => s + l.weightGrams! * l.quantity, 0),
    lengthMm: Math.max(...lines.map((l) => l.lengthMm ?? 0)),
    widthMm: Math.max(...lines.map((l) => l.widthMm ?? 0)),
    heightMm: lines.reduce((s, l) => s + (l.heightMm ?? 0) * l.quantity, 0),
  };
}

/** The carrier's answer, or a rejection after `ms`. */
function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/**
 * A carrier's quote for delivering the cart to the destination, stored and returned; null when the shop
 * quotes no carrier, the cart has nothing to weigh, or the carrier did not answer usefully in time (the
 * zone rates apply). `adapterFor` is the carrier seam (tests pass a slow or failing carrier).
 */
export async function quoteCartShipping(
  ctx: ServiceContext,
  input: { cartToken?: string | null; destination: QuoteDestination },
  adapterFor: (carrier: CarrierName) => CarrierAdapter | Promise<CarrierAdapter> = (carrier) => carrierFor(ctx.prisma, requireTenant(ctx), carrier),
) {
  const tenantId = requireTenant(ctx);
  const d = input.destination;
  for (const field of ['city', 'region', 'country'] as const) {
    const v = d[field];
    if (typeof v !== 'string' || !v.trim() || v.length > 100) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field} is required (at most 100 characters)`, ['destination', field]);
  }
  if (!/^[A-Za-z]{2}$/.test(d.country.trim())) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'country must be an ISO 3166-1 alpha-2 code, e.g. NG', ['destination', 'country']);
  const cart = await findCart(ctx, input.cartToken);
  if (!cart) throw new DomainError(ErrorCode.NOT_FOUND, 'No such cart', ['cartToken']);
  const { checkoutCarrier: carrier } = await getSettings(ctx.prisma, tenantId);
  if (!carrier || cart.status !== 'ACTIVE') return null;
  const lines = await ctx.prisma.cartLine.findMany({ where: { cartId: cart.id, tenantId }, orderBy: { id: 'asc' }, select: { variantId: true, quantity: true } });
  if (lines.length === 0) return null;
  const forWhat = { tenantId, cartId: cart.id, carrier, currency: cart.currency, linesKey: linesKey(lines), destinationKey: destinationKey(d) };
  const reusable = await ctx.prisma.shippingQuote.findFirst({ where: { ...forWhat, expiresAt: { gt: new Date(Date.now() + REUSE_MARGIN_MS) } }, orderBy: { createdAt: 'desc' } });
  if (reusable) return reusable;
  const recent = await ctx.prisma.shippingQuote.count({ where: { tenantId, cartId: cart.id, createdAt: { gt: new Date(Date.now() - 3_600_000) } } });
  if (recent >= MAX_QUOTES_PER_CART_HOUR) {
    logger.warn('carrier quote skipped: too many for this cart', { tenantId, cartId: cart.id });
    return null;
  }
  const missKey = [tenantId, cart.id, carrier, forWhat.linesKey, forWhat.destinationKey].join('/');
  if (missedRecently(missKey)) return null;

  let quoted: QuotedLine[];
  try {
    const { channel } = await salesChannel(ctx, tenantId);
    quoted = await quoteSellable(ctx, tenantId, channel, cart.currency, lines);
  } catch (e) {
    // An unsellable line is the checkout's to report; there is nothing to quote meanwhile.
    if (e instanceof DomainError) return null;
    throw e;
  }
  const cards = await giftCardProductIds(ctx.prisma, tenantId, quoted.map((q) => q.productId!));
  const bySeller = new Map<string, QuotedLine[]>();
  for (const q of quoted.filter((x) => !cards.has(x.productId!))) bySeller.set(q.vendorId!, [...(bySeller.get(q.vendorId!) ?? []), q]);
  const parcels = [...bySeller].map(([vendorId, ls]) => ({ vendorId, parcel: parcelOf(ls) }));
  if (parcels.length === 0 || parcels.some((p) => !p.parcel)) return null;

  // Kwik loads the shop's sealed account (decision 0090); one disconnected since it was chosen gives zone rates.
  const adapter = await Promise.resolve(adapterFor(carrier)).catch((e) => {
    logger.warn('carrier quote skipped: carrier not usable', { tenantId, carrier, error: String(e instanceof Error ? e.message : e) });
    return null;
  });
  if (!adapter) return null;
  const destination = carrierDestination(d);
  const ms = carrierQuoteTimeoutMs();
  const answers = await Promise.all(
    parcels.map(async ({ vendorId, parcel }) => {
      try {
        const q = await withTimeout(adapter.quote({ packages: [parcel!], destination, currency: cart.currency }), ms);
        if (!q) return null;
        if (q.currency !== cart.currency || typeof q.amount !== 'bigint' || q.amount < 0n || !Number.isInteger(q.etaHours) || q.etaHours < 0) {
          logger.warn('carrier quote unusable', { tenantId, carrier, currency: q.currency });
          return null;
        }
        return { vendorId, amount: q.amount, etaHours: q.etaHours };
      } catch (e) {
        logger.warn('carrier quote failed', { tenantId, carrier, error: String(e instanceof Error ? e.message : e) });
        return null;
      }
    }),
  );
  if (answers.some((a) => !a)) {
    rememberMiss(missKey);
    return null;
  }
  const parts = Object.fromEntries(answers.map((a) => [a!.vendorId, a!.amount.toString()]));
  return ctx.prisma.shippingQuote.create({
    data: {
      id: uuidv7(),
      ...forWhat,
      amount: answers.reduce((s, a) => s + a!.amount, 0n),
      parts,
      etaHours: Math.max(...answers.map((a) => a!.etaHours)),
      expiresAt: new Date(Date.now() + SHIPPING_QUOTE_TTL_MINUTES * 60_000),
    },
  });
}

export type ShippingQuoteRow = NonNullable<Awaited<ReturnType<typeof quoteCartShipping>>>;

/** Each seller's locked price in a quote (minor units). */
export const quoteParts = (q: Pick<ShippingQuoteRow, 'parts'>) => new Map(Object.entries(q.parts as Record<string, string>).map(([vendorId, amount]) => [vendorId, BigInt(amount)]));

const invalid = (why: string) => new DomainError(ErrorCode.SHIPPING_QUOTE_INVALID, `That delivery quote ${why}: choose a delivery option again`, ['shippingQuoteId']);

/**
 * The quote a checkout names, if it is this tenant's, for this cart, its lines, the destination and the
 * currency, with the method the shopper chose, and not expired. Another tenant's reads as unknown.
 */
export async function lockedQuote(
  ctx: Pick<ServiceContext, 'prisma'>,
  tenantId: string,
  id: string,
  checkout: { cartId: string; lines: { variantId: string; quantity: number }[]; address: Address; currency: string; shippingMethod: string },
): Promise<ShippingQuoteRow> {
  const quote = isUuid(id) ? await ctx.prisma.shippingQuote.findFirst({ where: { id, tenantId } }) : null;
  if (!quote || quote.cartId !== checkout.cartId) throw invalid('is not for this cart');
  if (carrierMethod(quote.carrier) !== checkout.shippingMethod) throw invalid(`is for ${carrierMethod(quote.carrier)}, not ${checkout.shippingMethod}`);
  if (quote.linesKey !== linesKey(checkout.lines)) throw invalid('was for other items');
  if (quote.destinationKey !== destinationKey(checkout.address)) throw invalid('was for another address');
  if (quote.currency !== checkout.currency) throw invalid('is in another currency');
  if (quote.expiresAt <= new Date()) throw new DomainError(ErrorCode.SHIPPING_QUOTE_EXPIRED, 'That delivery quote has expired: choose a delivery option again', ['shippingQuoteId']);
  return quote;
}
