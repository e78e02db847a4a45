/**
 * Checkout, with Stripe's idempotency semantics: the first request under a key runs; a repeat with the
 * same input gets the first result (the order, or the same error); a repeat with different input is
 * IDEMPOTENCY_KEY_REUSED; a concurrent repeat waits for the first to finish. Keys are per tenant. One cart
 * makes at most one order (a checkout holds the cart while it runs: `Checkout.cartLock` is unique).
 *
 * Steps: price the cart (catalog, pricing.ts), reserve every line's stock through inventory (an
 * idempotency key per line, held a little longer than the payment window), then ONE transaction creates
 * the order (PENDING_PAYMENT, with a human number per tenant), its vendor orders, lines and first timeline
 * row, and closes the cart and the checkout. Any line short: what was reserved is released and the
 * checkout fails with INSUFFICIENT_STOCK naming the line. Finally the payment is initialized
 * (payments.ts); a provider refusal leaves the order payable by `retryPayment` until it expires.
 */
import { createHash } from 'node:crypto';
import { DomainError, ErrorCode, grantsOf, isUniqueViolation, requireTenant, uuidv7 } from '@webwaka/kit';
import { findCart } from './carts';
import { TX_OPTIONS, actorRef, type ServiceContext } from './context';
import { release, reserve, type HeldStock } from './peers';
import { startPayment } from './payments';
import { checkReturnUrl } from './return-url';
import { priceOrder, type PricedOrder } from './pricing';
import { getSettings, type Address } from './settings';
import { salesChannel } from './tenant';

export interface CheckoutInput {
  cartToken?: string | null;
  idempotencyKey: string;
  email: string;
  phone?: string | null;
  shippingAddress: Address;
  shippingMethod: string;
  couponCode?: string | null;
  deviceId?: string | null;
  returnUrl?: string | null;
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
  const awaiting = { tenantId, status: 'PENDING_PAYMENT' as const, expiresAt: { gt: new Date() } };
  if (userId && limits.pendingPerCustomer && (await ctx.prisma.order.count({ where: { ...awaiting, customerUserId: userId } })) >= limits.pendingPerCustomer) {
    throw new DomainError(ErrorCode.PENDING_ORDER_LIMIT, `You have ${limits.pendingPerCustomer} orders awaiting payment: pay or cancel one first`, ['cartToken']);
  }
  if (ctx.ip && limits.pendingPerIp && (await ctx.prisma.order.count({ where: { ...awaiting, ip: ctx.ip } })) >= limits.pendingPerIp) {
    throw new DomainError(ErrorCode.PENDING_ORDER_LIMIT, 'Too many orders from your connection are awaiting payment: pay for one first, or try again later', ['cartToken']);
  }
}

/** How long a duplicate request waits for the first one before answering CHECKOUT_IN_PROGRESS. */
const DUPLICATE_WAIT_MS = Number(process.env.CHECKOUT_DUPLICATE_WAIT_MS ?? 60_000);
/** Reservations outlive the payment window by this much, so the expiry job (not inventory) decides. */
const RESERVATION_GRACE_SECONDS = 300;

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function text(v: string | null | undefined, field: string[], max: number, required: boolean): string | null {
  const s = v?.trim() || null;
  if (required && !s) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field[field.length - 1]} is required`, field);
  if (s && s.length > max) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field[field.length - 1]} is at most ${max} characters`, field);
  return s;
}

/** Validates and normalises the request (nothing is stored for a request refused here). */
function normalise(input: CheckoutInput) {
  const idempotencyKey = text(input.idempotencyKey, ['idempotencyKey'], 200, true)!;
  const email = text(input.email, ['email'], 254, true)!.toLowerCase();
  if (!EMAIL_RE.test(email)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'That is not an e-mail address', ['email']);
  const a = input.shippingAddress;
  const address: Address = {
    name: text(a.name, ['shippingAddress', 'name'], 120, true)!,
    line1: text(a.line1, ['shippingAddress', 'line1'], 200, true)!,
    line2: text(a.line2, ['shippingAddress', 'line2'], 200, false),
    city: text(a.city, ['shippingAddress', 'city'], 100, true)!,
    region: text(a.region, ['shippingAddress', 'region'], 100, true)!,
    country: text(a.country, ['shippingAddress', 'country'], 2, true)!.toUpperCase(),
    postalCode: text(a.postalCode, ['shippingAddress', 'postalCode'], 20, false),
    phone: text(a.phone, ['shippingAddress', 'phone'], 30, false),
  };
  if (!/^[A-Z]{2}$/.test(address.country)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'country must be an ISO 3166-1 alpha-2 code, e.g. NG', ['shippingAddress', 'country']);
  // Where the payment page may send the shopper is checked against the tenant in checkout() (return-url.ts).
  const returnUrl = text(input.returnUrl, ['returnUrl'], 500, false);
  return {
    idempotencyKey,
    email,
    phone: text(input.phone, ['phone'], 30, false),
    address,
    shippingMethod: text(input.shippingMethod, ['shippingMethod'], 32, true)!.toUpperCase(),
    couponCode: text(input.couponCode, ['couponCode'], 64, false),
    deviceId: text(input.deviceId, ['deviceId'], 100, false),
    returnUrl,
  };
}

type Request = ReturnType<typeof normalise>;

/** What makes two requests "the same": the cart and its lines, the caller and everything they sent. */
function requestHash(cart: { id: string; lines: { variantId: string; quantity: number }[] }, userId: string | null, r: Request) {
  const lines = [...cart.lines].map((l) => [l.variantId, l.quantity]).sort();
  const { idempotencyKey: _key, ...rest } = r;
  return createHash('sha256').update(JSON.stringify({ cart: cart.id, lines, userId, ...rest })).digest('hex');
}

export async function checkout(ctx: ServiceContext, input: CheckoutInput) {
  const tenantId = requireTenant(ctx);
  const request = normalise(input);
  await checkReturnUrl(ctx, tenantId, request.returnUrl);
  const found = await findCart(ctx, input.cartToken);
  if (!found) throw new DomainError(ErrorCode.NOT_FOUND, 'No such cart', ['cartToken']);
  const cart = await ctx.prisma.cart.findUniqueOrThrow({ where: { id: found.id }, include: { lines: { orderBy: { id: 'asc' } } } });
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const hash = requestHash(cart, userId, request);

  const earlier = await ctx.prisma.checkout.findUnique({ where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: request.idempotencyKey } } });
  if (earlier) return replay(ctx, earlier.id, hash);
  if (cart.status !== 'ACTIVE') throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This cart was already checked out', ['cartToken']);
  if (cart.lines.length === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The cart is empty', ['cartToken']);
  await checkCheckoutLimits(ctx, tenantId, cart.lines, userId);

  let checkoutId: string;
  try {
    checkoutId = (await ctx.prisma.checkout.create({ data: { id: uuidv7(), tenantId, idempotencyKey: request.idempotencyKey, requestHash: hash, cartId: cart.id, cartLock: cart.id } })).id;
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // A concurrent duplicate breaks both the key's and the cart lock's unique index, and PostgreSQL names
    // whichever it checks first, so the key decides: a row under it means this is a repeat.
    const first = await ctx.prisma.checkout.findUnique({ where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: request.idempotencyKey } } });
    if (first) return replay(ctx, first.id, hash);
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This cart is being checked out by another request', ['cartToken']);
  }

  try {
    const orderId = await placeOrder(ctx, checkoutId, cart, userId, request);
    const payment = await startPayment(ctx, tenantId, orderId, request.returnUrl);
    return { order: await ctx.prisma.order.findUniqueOrThrow({ where: { id: orderId } }), payment };
  } catch (e) {
    if (e instanceof DomainError) {
      await ctx.prisma.checkout.updateMany({
        where: { id: checkoutId, status: 'PROCESSING' },
        data: { status: 'FAILED', cartLock: null, errorCode: e.code, errorMessage: e.message, errorField: e.field ?? [] },
      });
    }
    throw e;
  }
}

/** A repeated key: the first result (waiting while it runs), or IDEMPOTENCY_KEY_REUSED for a different request. */
async function replay(ctx: ServiceContext, checkoutId: string, hash: string) {
  const deadline = Date.now() + DUPLICATE_WAIT_MS;
  for (;;) {
    const c = await ctx.prisma.checkout.findUniqueOrThrow({ where: { id: checkoutId } });
    if (c.requestHash !== hash) throw new DomainError(ErrorCode.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was used for a different checkout', ['idempotencyKey']);
    if (c.status === 'FAILED') throw new DomainError(c.errorCode as ErrorCode, c.errorMessage ?? 'Checkout failed', c.errorField.length ? c.errorField : undefined);
    if (c.status === 'COMPLETED' && c.orderId) {
      const order = await ctx.prisma.order.findUniqueOrThrow({ where: { id: c.orderId } });
      const payment = await ctx.prisma.payment.findFirst({ where: { orderId: order.id }, orderBy: { createdAt: 'desc' } });
      return { order, payment };
    }
    if (Date.now() > deadline) throw new DomainError(ErrorCode.CHECKOUT_IN_PROGRESS, 'A checkout with this idempotency key is still running; try again shortly', ['idempotencyKey']);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Prices, reserves and creates the order; returns its id. */
async function placeOrder(ctx: ServiceContext, checkoutId: string, cart: { id: string; tenantId: string; currency: string; visitorId: string | null; referralCode: string | null; customerUserId: string | null; lines: { variantId: string; quantity: number }[] }, userId: string | null, r: Request) {
  const tenant = await salesChannel(ctx, cart.tenantId);
  const priced = await priceOrder(ctx, {
    tenantId: cart.tenantId,
    channel: tenant.channel,
    currency: cart.currency,
    lines: cart.lines.map((l) => ({ variantId: l.variantId, quantity: l.quantity })),
    address: r.address,
    shippingMethod: r.shippingMethod,
    couponCode: r.couponCode,
    customerUserId: userId,
  });
  if (priced.total <= 0n) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'There is nothing to pay for', ['cartToken']);
  const settings = await getSettings(ctx.prisma, cart.tenantId);
  const held = await reserveAll(ctx, cart.tenantId, checkoutId, priced, settings.paymentWindowMinutes * 60 + RESERVATION_GRACE_SECONDS);
  try {
    return await createOrder(ctx, checkoutId, cart, userId, r, priced, held, settings.paymentWindowMinutes);
  } catch (e) {
    await releaseAll(ctx, cart.tenantId, [...held.values()]);
    throw e;
  }
}

/** Reserves every line at once; if any cannot be held, gives back the others and names the first short line. */
async function reserveAll(ctx: ServiceContext, tenantId: string, checkoutId: string, priced: PricedOrder, ttlSeconds: number): Promise<Map<string, HeldStock>> {
  const lines = priced.vendorOrders.flatMap((v) => v.lines);
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

async function createOrder(
  ctx: ServiceContext,
  checkoutId: string,
  cart: { id: string; tenantId: string; visitorId: string | null; referralCode: string | null },
  userId: string | null,
  r: Request,
  priced: PricedOrder,
  held: Map<string, HeldStock>,
  windowMinutes: number,
): Promise<string> {
  const tenantId = cart.tenantId;
  const orderId = uuidv7();
  await ctx.prisma.$transaction(async (tx) => {
    const closed = await tx.cart.updateMany({ where: { id: cart.id, status: 'ACTIVE' }, data: { status: 'CHECKED_OUT' } });
    if (closed.count === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This cart was already checked out', ['cartToken']);
    const [{ last }] = await tx.$queryRaw<{ last: number }[]>`
      INSERT INTO "commerce"."OrderCounter" ("tenantId", "last") VALUES (${tenantId}::uuid, 1)
      ON CONFLICT ("tenantId") DO UPDATE SET "last" = "OrderCounter"."last" + 1 RETURNING "last"`;
    const number = `WW-${String(last).padStart(6, '0')}`;
    await tx.order.create({
      data: {
        id: orderId,
        tenantId,
        number,
        channel: priced.channel,
        checkoutId,
        cartId: cart.id,
        customerUserId: userId,
        email: r.email,
        phone: r.phone,
        visitorId: cart.visitorId,
        referralCode: cart.referralCode,
        ip: ctx.ip,
        deviceId: r.deviceId,
        currency: priced.currency,
        subtotal: priced.subtotal,
        discount: priced.discount,
        shipping: priced.shipping,
        tax: priced.tax,
        total: priced.total,
        taxInclusive: priced.taxInclusive,
        taxRateBps: priced.taxRateBps,
        shippingMethod: r.shippingMethod,
        shippingAddress: { ...r.address },
        expiresAt: new Date(Date.now() + windowMinutes * 60_000),
      },
    });
    for (const v of priced.vendorOrders) {
      const vendorOrderId = uuidv7();
      await tx.vendorOrder.create({
        data: {
          id: vendorOrderId,
          tenantId,
          orderId,
          vendorId: v.vendorId,
          vendorName: v.vendorName,
          vendorOwnerUserId: v.vendorOwnerUserId,
          subtotal: v.subtotal,
          shipping: v.shipping,
          tax: v.tax,
          commissionBps: v.commissionBps,
          commission: v.commission,
        },
      });
      await tx.orderLine.createMany({
        data: v.lines.map((l) => ({
          id: uuidv7(),
          tenantId,
          orderId,
          vendorOrderId,
          variantId: l.variantId,
          productId: l.productId,
          sku: l.sku,
          title: l.title,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          subtotal: l.subtotal,
          tax: l.tax,
          commissionBps: l.commissionBps,
          reservationId: held.get(l.variantId)!.id,
          locationId: held.get(l.variantId)!.locationId,
        })),
      });
    }
    const actor = actorRef(ctx);
    await tx.orderEvent.create({ data: { id: uuidv7(), tenantId, orderId, fromStatus: null, toStatus: 'PENDING_PAYMENT', actorType: actor.actorType, actorId: actor.actorId, reason: 'Checked out' } });
    await tx.checkout.update({ where: { id: checkoutId }, data: { status: 'COMPLETED', orderId } });
  }, TX_OPTIONS);
  return orderId;
}
