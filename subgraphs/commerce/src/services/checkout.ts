/**
 * Checkout: a cart becomes an order, placed like every order (order-placement.ts: Stripe's idempotency
 * semantics per key, one order per cart, one transaction that writes it and closes the cart). What is
 * checkout's own: the cart must be active and not empty, the hoarding limits, then, once the key is
 * claimed, price the cart (catalog, pricing.ts) and reserve every line's stock through inventory (an
 * idempotency key per line, held a little longer than the payment window). Any line short: what was
 * reserved is released and the checkout fails with INSUFFICIENT_STOCK naming the line. Finally the
 * payment is initialized (payments.ts); a provider refusal leaves the order payable by `retryPayment`
 * until it expires. A repeat gets the order and its latest payment.
 */
import { DomainError, ErrorCode, grantsOf, NIGERIAN_TIN, requireTenant, TIN_FORMAT_MESSAGE } from '@webwaka/kit';
import { lockedQuote, quoteParts } from './carrier-rates';
import { mapPosition } from '@webwaka/kit';
import { findCart } from './carts';
import type { ServiceContext } from './context';
import { email, idempotencyKey, placeOrder, text, type Prepared } from './order-placement';
import { release, reserve, type HeldStock } from './peers';
import { startPayment } from './payments';
import { checkReturnUrl } from './return-url';
import { priceOrder, type PricedOrder } from './pricing';
import { settingsFor, type Address } from './settings';
import { mobileMoneyNetworkFor, ussdBankFor, walletPhone } from './providers/direct-charges';
import type { PaymentMethod } from './providers/provider';
import { planTenders } from './tenders';
import { sum } from './money';
import { salesChannel } from './tenant';
import { normaliseRecipient, refuseTendersForGiftCards, type RecipientInput } from './gift-card-sales';

export interface CheckoutInput {
  cartToken?: string | null;
  idempotencyKey: string;
  email: string;
  phone?: string | null;
  /** A business buyer's TIN, printed on the invoice (NIGERIAN_TIN). */
  taxId?: string | null;
  shippingAddress: Address;
  shippingMethod: string;
  /** A carrier's quote from quoteCartShipping (decision 0091): its locked price is the shipping; shippingMethod must be its method. */
  shippingQuoteId?: string | null;
  couponCode?: string | null;
  /** Prepaid tenders (tenders.ts): gift card codes, the customer's store credit, points to spend. */
  giftCardCodes?: string[] | null;
  useStoreCredit?: boolean | null;
  points?: number | null;
  /** Whom the order's gift cards go to (gift-card-sales.ts): their codes are e-mailed there, else to the buyer. */
  giftCardRecipient?: RecipientInput | null;
  deviceId?: string | null;
  returnUrl?: string | null;
  /** How the shopper pays: one of the shop's enabled methods (decision 0076); the hosted card page when omitted. */
  paymentMethod?: PaymentMethod | null;
  /** USSD: the shopper's bank, a code from checkoutUssdBanks (decision 0087). */
  ussdBank?: string | null;
  /** MOBILE_MONEY: the network or wallet (checkoutMobileMoneyNetworks) and the phone that approves the charge. */
  mobileMoneyNetwork?: string | null;
  mobileMoneyPhone?: string | null;
  /** The provider keeps the card for later charges (a subscription's first order; not part of the API's input). */
  saveAuthorization?: boolean;
}

/** The buyer's TIN: optional, spaces dropped, in one of the two Nigerian forms (decision 0077). */
function taxId(raw: string | null | undefined): string | null {
  const value = (raw ?? '').replace(/\s+/g, '');
  if (!value) return null;
  if (!NIGERIAN_TIN.test(value)) throw new DomainError(ErrorCode.BAD_USER_INPUT, TIN_FORMAT_MESSAGE, ['taxId']);
  return value;
}

const envInt = (name: string, fallback: number) => {
  const raw = process.env[name];
  const v = raw === undefined || raw === '' ? NaN : Number(raw);
  return Number.isInteger(v) && v >= 0 ? v : fallback;
};

/**
 * What one checkout may hold (decision 0025; read per call so a deployment tunes them, 0 turns one off):
 * stock is reserved for the whole payment window, so a buyer must not be able to take a shop's stock
 * off sale by checking out and never paying. CHECKOUT_MAX_LINE_QUANTITY (20) units per line,
 * CHECKOUT_MAX_ORDER_UNITS (50) units per order, CHECKOUT_MAX_PENDING_ORDERS (5) orders awaiting payment
 * per signed-in customer and CHECKOUT_MAX_PENDING_ORDERS_PER_IP (10) per client address, per shop.
 */
export function checkoutLimits() {
  return {
    lineUnits: envInt('CHECKOUT_MAX_LINE_QUANTITY', 20),
    orderUnits: envInt('CHECKOUT_MAX_ORDER_UNITS', 50),
    pendingPerCustomer: envInt('CHECKOUT_MAX_PENDING_ORDERS', 5),
    pendingPerIp: envInt('CHECKOUT_MAX_PENDING_ORDERS_PER_IP', 10),
  };
}

/**
 * Refuses a checkout past the limits (before anything is reserved or stored). The shop's own people and
 * integrators (staff, administrators with the second factor, keys with commerce:write) are not limited.
 */
async function checkCheckoutLimits(ctx: ServiceContext, tenantId: string, lines: { variantId: string; quantity: number }[], userId: string | null) {
  if (grantsOf(ctx.actor, ['commerce:write']).tenantWide) return;
  const limits = checkoutLimits();
  const big = lines.find((l) => limits.lineUnits && l.quantity > limits.lineUnits);
  if (big) throw new DomainError(ErrorCode.ORDER_QUANTITY_LIMIT, `At most ${limits.lineUnits} of one item per order`, ['lines', big.variantId]);
  const units = lines.reduce((n, l) => n + l.quantity, 0);
  if (limits.orderUnits && units > limits.orderUnits) throw new DomainError(ErrorCode.ORDER_QUANTITY_LIMIT, `At most ${limits.orderUnits} items per order`, ['cartToken']);
  const awaiting = awaitingPayment(tenantId);
  if (userId && limits.pendingPerCustomer && (await ctx.prisma.order.count({ where: { ...awaiting, customerUserId: userId } })) >= limits.pendingPerCustomer) {
    throw new DomainError(ErrorCode.PENDING_ORDER_LIMIT, `You have ${limits.pendingPerCustomer} orders awaiting payment: pay or cancel one first`, ['cartToken']);
  }
  if (ctx.ip && limits.pendingPerIp && (await ctx.prisma.order.count({ where: { ...awaiting, ip: ctx.ip } })) >= limits.pendingPerIp) {
    throw new DomainError(ErrorCode.PENDING_ORDER_LIMIT, 'Too many orders from your connection are awaiting payment: pay for one first, or try again later', ['cartToken']);
  }
}

/** Orders awaiting an approval on one wallet phone, per shop (decision 0087). */
export const MAX_PROMPTS_PER_WALLET = 3;

/**
 * A mobile-money checkout sends a prompt to whatever phone it names: whoever types a stranger's number could
 * bombard that phone with approval requests from many connections. So a phone may have only a few orders
 * waiting on its approval in a shop at once, whoever asks (PENDING_ORDER_LIMIT, before anything is reserved).
 */
export async function checkWalletPrompts(ctx: ServiceContext, tenantId: string, phone: string) {
  const waiting = await ctx.prisma.order.count({ where: { tenantId, status: 'PENDING_PAYMENT', expiresAt: { gt: new Date() }, payments: { some: { method: 'MOBILE_MONEY', status: 'PENDING', mobileMoneyPhone: phone } } } });
  if (waiting >= MAX_PROMPTS_PER_WALLET) throw new DomainError(ErrorCode.PENDING_ORDER_LIMIT, 'This phone already has payments waiting for its approval: approve or decline them first', ['mobileMoneyPhone']);
}

/**
 * Orders that still hold stock awaiting payment: inside their payment window, or confirmed to be paid on
 * delivery (decision 0083: those never expire, so they count however old they are). The pending-order
 * limits (here and the chat's, decision 0085) count these.
 */
export const awaitingPayment = (tenantId: string) => ({
  tenantId,
  status: 'PENDING_PAYMENT' as const,
  OR: [{ expiresAt: { gt: new Date() } }, { payments: { some: { method: 'PAY_ON_DELIVERY' as const, status: 'PENDING' as const } } }],
});

/** Whether an order with `due` left to pay may be paid on delivery at this shop (its optional maximum, decision 0083). */
export const payOnDeliveryAllows = (settings: { payOnDeliveryMaxTotal: bigint | null }, due: bigint) => settings.payOnDeliveryMaxTotal == null || due <= settings.payOnDeliveryMaxTotal;

/** Reservations outlive the payment window by this much, so the expiry job (not inventory) decides. */
const RESERVATION_GRACE_SECONDS = 300;

/** Validates and normalises the request (nothing is stored for a request refused here). */
function normalise(input: CheckoutInput) {
  const key = idempotencyKey(input.idempotencyKey);
  const buyer = email(input.email);
  const a = input.shippingAddress;
  const address: Address = {
    name: text(a.name, ['shippingAddress', 'name'], 120, true),
    line1: text(a.line1, ['shippingAddress', 'line1'], 200, true),
    line2: text(a.line2, ['shippingAddress', 'line2'], 200, false),
    city: text(a.city, ['shippingAddress', 'city'], 100, true),
    region: text(a.region, ['shippingAddress', 'region'], 100, true),
    country: text(a.country, ['shippingAddress', 'country'], 2, true).toUpperCase(),
    postalCode: text(a.postalCode, ['shippingAddress', 'postalCode'], 20, false),
    phone: text(a.phone, ['shippingAddress', 'phone'], 30, false),
    ...mapPosition(a.latitude, a.longitude, ['shippingAddress', 'position']),
  };
  if (!/^[A-Z]{2}$/.test(address.country)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'country must be an ISO 3166-1 alpha-2 code, e.g. NG', ['shippingAddress', 'country']);
  // Where the payment page may send the shopper is checked against the tenant in checkout() (return-url.ts).
  const returnUrl = text(input.returnUrl, ['returnUrl'], 500, false);
  return {
    idempotencyKey: key,
    email: buyer,
    phone: text(input.phone, ['phone'], 30, false),
    taxId: taxId(input.taxId),
    address,
    shippingMethod: text(input.shippingMethod, ['shippingMethod'], 32, true).toUpperCase(),
    shippingQuoteId: text(input.shippingQuoteId, ['shippingQuoteId'], 36, false),
    couponCode: text(input.couponCode, ['couponCode'], 64, false),
    deviceId: text(input.deviceId, ['deviceId'], 100, false),
    giftCardCodes: (input.giftCardCodes ?? []).map((c, i) => text(c, ['giftCardCodes', String(i)], 40, true)),
    useStoreCredit: !!input.useStoreCredit,
    points: input.points ?? null,
    giftCardRecipient: normaliseRecipient(input.giftCardRecipient),
    returnUrl,
    paymentMethod: input.paymentMethod ?? 'CARD',
    ussdBank: input.paymentMethod === 'USSD' ? text(input.ussdBank, ['ussdBank'], 20, false) : null,
    mobileMoneyNetwork: input.paymentMethod === 'MOBILE_MONEY' ? text(input.mobileMoneyNetwork, ['mobileMoneyNetwork'], 60, false) : null,
    mobileMoneyPhone: input.paymentMethod === 'MOBILE_MONEY' ? text(input.mobileMoneyPhone, ['mobileMoneyPhone'], 30, false) : null,
  };
}

type Request = ReturnType<typeof normalise>;

type CartToOrder = { id: string; tenantId: string; currency: string; status: string; visitorId: string | null; referralCode: string | null; couponCode: string | null; lines: { variantId: string; quantity: number }[] };

export async function checkout(ctx: ServiceContext, input: CheckoutInput) {
  const tenantId = requireTenant(ctx);
  const request = normalise(input);
  await checkReturnUrl(ctx, tenantId, request.returnUrl);
  const settings = await settingsFor(ctx, tenantId);
  if (!settings.paymentMethods.includes(request.paymentMethod)) {
    throw new DomainError(ErrorCode.PAYMENT_METHOD_UNAVAILABLE, 'This shop does not take that way of paying', ['paymentMethod']);
  }
  const found = await findCart(ctx, input.cartToken);
  if (!found) throw new DomainError(ErrorCode.NOT_FOUND, 'No such cart', ['cartToken']);
  // The bank, network and phone of a charge on the shopper's phone are checked before anything is reserved.
  if (request.paymentMethod === 'USSD') ussdBankFor(settings.paymentProvider, request.ussdBank);
  if (request.paymentMethod === 'MOBILE_MONEY') {
    request.mobileMoneyPhone = walletPhone(request.mobileMoneyPhone, mobileMoneyNetworkFor(settings.paymentProvider, request.mobileMoneyNetwork, found.currency));
    await checkWalletPrompts(ctx, tenantId, request.mobileMoneyPhone);
  }
  // The cart row was just read: only its lines are still needed (reading the cart again with them cost a round trip more).
  const cart: CartToOrder = { ...found, lines: await ctx.prisma.cartLine.findMany({ where: { cartId: found.id, tenantId }, orderBy: { id: 'asc' } }) };
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  // A code sent with the checkout wins over the one applied to the cart (applyCouponToCart).
  if (!request.couponCode) request.couponCode = cart.couponCode;
  const { idempotencyKey: key, ...asked } = request;

  const placed = await placeOrder(ctx, {
    tenantId,
    idempotencyKey: key,
    // What makes two checkouts "the same": the cart and its lines, the caller and everything they sent.
    request: { cart: cart.id, lines: cart.lines.map((l) => [l.variantId, l.quantity]).sort(), userId, ...asked },
    cartId: cart.id,
    check: async () => {
      if (cart.status !== 'ACTIVE') throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This cart was already checked out', ['cartToken']);
      if (cart.lines.length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The cart is empty', ['cartToken']);
      await checkCheckoutLimits(ctx, tenantId, cart.lines, userId);
    },
    prepare: (checkoutId) => orderFromCart(ctx, checkoutId, cart, userId, request),
  });
  const payment = placed.replayed
    ? await ctx.prisma.payment.findFirst({ where: { orderId: placed.orderId }, orderBy: { createdAt: 'desc' } })
    : await startPayment(ctx, tenantId, placed.orderId, request.returnUrl, placed.order, { saveAuthorization: !!input.saveAuthorization, method: request.paymentMethod, phoneCharge: request });
  // A new order is answered as its transaction wrote it (starting the payment does not change the order).
  return { order: placed.order ?? (await ctx.prisma.order.findUniqueOrThrow({ where: { id: placed.orderId } })), payment };
}

/** Prices the cart and reserves its stock: the order to write, and how to give the stock back. */
async function orderFromCart(ctx: ServiceContext, checkoutId: string, cart: CartToOrder, userId: string | null, r: Request): Promise<Prepared> {
  const tenant = await salesChannel(ctx, cart.tenantId);
  // A carrier's quote is checked against this very cart, its lines and address before anything is held.
  const quote = r.shippingQuoteId ? await lockedQuote(ctx, cart.tenantId, r.shippingQuoteId, { cartId: cart.id, lines: cart.lines, address: r.address, currency: cart.currency, shippingMethod: r.shippingMethod }) : null;
  const priced = await priceOrder(ctx, {
    tenantId: cart.tenantId,
    channel: tenant.channel,
    currency: cart.currency,
    lines: cart.lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
    address: r.address,
    shippingMethod: r.shippingMethod,
    couponCode: r.couponCode,
    customerUserId: userId,
    email: r.email,
    carrierParts: quote ? quoteParts(quote) : null,
  });
  if (priced.total <= 0n) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'There is nothing to pay for', ['cartToken']);
  const cardLines = priced.vendorOrders.flatMap((v) => v.lines).filter((l) => l.giftCard);
  // Gift cards and points do not buy gift cards (decision 0064).
  if (cardLines.length > 0) refuseTendersForGiftCards(r);
  const tenders = await planTenders(ctx, { tenantId: cart.tenantId, userId, currency: priced.currency, total: priced.total }, r);
  const settings = await settingsFor(ctx, cart.tenantId);
  const due = priced.total - sum(tenders.map((t) => t.amount));
  if (r.paymentMethod === 'PAY_ON_DELIVERY' && !payOnDeliveryAllows(settings, due)) {
    throw new DomainError(ErrorCode.PAYMENT_METHOD_UNAVAILABLE, `Pay on delivery is for orders up to ${settings.payOnDeliveryMaxTotal} minor units of ${priced.currency}: choose another way to pay`, ['paymentMethod']);
  }
  const held = await reserveAll(ctx, cart.tenantId, checkoutId, priced, settings.paymentWindowMinutes * 60 + RESERVATION_GRACE_SECONDS);
  return {
    order: {
      channel: priced.channel,
      customerUserId: userId,
      email: r.email,
      phone: r.phone,
      customerTaxId: r.taxId,
      visitorId: cart.visitorId,
      referralCode: cart.referralCode,
      deviceId: r.deviceId,
      currency: priced.currency,
      subtotal: priced.subtotal,
      discount: priced.discount,
      couponId: priced.coupon?.id ?? null,
      couponCode: priced.coupon?.code ?? null,
      couponFundedBy: priced.discountFundedBy,
      shipping: priced.shipping,
      tax: priced.tax,
      total: priced.total,
      prepaid: sum(tenders.map((t) => t.amount)),
      taxInclusive: priced.taxInclusive,
      taxRateBps: priced.taxRateBps,
      shippingMethod: r.shippingMethod,
      shippingQuoteId: quote?.id ?? null,
      shippingAddress: { ...r.address },
      expiresAt: new Date(Date.now() + settings.paymentWindowMinutes * 60_000),
    },
    vendorOrders: priced.vendorOrders.map((v) => ({
      vendorId: v.vendorId,
      vendorName: v.vendorName,
      vendorOwnerUserId: v.vendorOwnerUserId,
      subtotal: v.subtotal,
      shipping: v.shipping,
      tax: v.tax,
      commissionBps: v.commissionBps,
      commission: v.commission,
      discount: v.discount,
      vendorFunded: v.vendorFunded,
      lines: v.lines.map((l) => ({
        variantId: l.variantId,
        productId: l.productId,
        sku: l.sku,
        title: l.title,
        quantity: l.quantity,
        unitPrice: l.unitPrice,
        subtotal: l.subtotal,
        tax: l.tax,
        discount: l.discount,
        vendorFunded: l.vendorFunded,
        commissionBps: l.commissionBps,
        ...(l.giftCard ? { reservationId: null, locationId: null, stockStatus: 'NOT_STOCKED' as const } : { reservationId: held.get(l.variantId)!.id, locationId: held.get(l.variantId)!.locationId }),
      })),
    })),
    reason: priced.coupon ? `Checked out with the coupon ${priced.coupon.code}` : 'Checked out',
    couponUse: priced.coupon ? { couponId: priced.coupon.id, amount: priced.couponDiscount, currency: priced.currency, customer: { userId, email: r.email } } : undefined,
    promotionUses: priced.promotions,
    tenders,
    giftCardRecipient: cardLines.length > 0 ? r.giftCardRecipient : null,
    undo: () => releaseAll(ctx, cart.tenantId, [...held.values()]),
  };
}

/** Reserves every line at once; if any cannot be held, gives back the others and names the first short line. */
async function reserveAll(ctx: ServiceContext, tenantId: string, checkoutId: string, priced: PricedOrder, ttlSeconds: number): Promise<Map<string, HeldStock>> {
  // Gift cards hold no stock (decision 0064).
  const lines = priced.vendorOrders.flatMap((v) => v.lines).filter((l) => !l.giftCard);
  const results = await Promise.allSettled(
    lines.map((l) => reserve(ctx, tenantId, { variantId: l.variantId, quantity: l.quantity, channel: priced.channel, ttlSeconds, reference: `checkout:${checkoutId}`, idempotencyKey: `checkout:${checkoutId}:${l.variantId}` })),
  );
  const held = new Map<string, HeldStock>();
  results.forEach((r, i) => r.status === 'fulfilled' && held.set(lines[i].variantId, r.value));
  const failed = results.findIndex((r) => r.status === 'rejected');
  if (failed < 0) return held;
  await releaseAll(ctx, tenantId, [...held.values()]);
  const error = (results[failed] as PromiseRejectedResult).reason;
  if (error instanceof DomainError && error.code === ErrorCode.INSUFFICIENT_STOCK) {
    const line = lines[failed];
    throw new DomainError(ErrorCode.INSUFFICIENT_STOCK, `Not enough stock of ${line.sku} (${line.title}) for ${line.quantity}`, ['lines', line.variantId]);
  }
  throw error;
}

async function releaseAll(ctx: ServiceContext, tenantId: string, held: HeldStock[]) {
  await Promise.all(held.map((h) => release(ctx, tenantId, h.id)));
}

/**
 * The order a cart's lines make for a buyer with no cart of theirs (a subscription's renewal,
 * subscriptions.ts): priced and reserved exactly as a checkout's, from the same input a checkout takes.
 */
export const orderForLines = (ctx: ServiceContext, checkoutId: string, cart: CartToOrder, userId: string | null, input: CheckoutInput) => orderFromCart(ctx, checkoutId, cart, userId, normalise(input));
