/**
 * Placing an order: the one path for every way commerce sells, a shopper's cart at checkout (checkout.ts)
 * and another capability's lines (external-orders.ts: transport's bus seats). Stripe's idempotency
 * semantics, per (tenant, idempotencyKey), one key space for both (Checkout rows):
 * - the first request under a key claims it, before anything slow is done, with a PROCESSING checkout that
 *   holds the order's cart (`Checkout.cartLock` is unique: one cart makes at most one order);
 * - a repeat of the same request (its SHA-256) gets the first one's order, waiting while it runs
 *   (CHECKOUT_IN_PROGRESS after DUPLICATE_WAIT_MS), or the first one's error; a different request under the
 *   key is IDEMPOTENCY_KEY_REUSED. Of two concurrent first requests the key's unique index lets one
 *   through; the other is a repeat.
 * - the caller's `check` refuses a request before anything is stored (a repeat is answered before it);
 *   its `prepare` does the slow part after the claim (pricing, reserving stock). A DomainError from then on
 *   is recorded on the checkout (FAILED, the cart free again) and given to every repeat.
 * - ONE transaction writes the order: its cart closed (or made, for an order that has none), the order with
 *   its number (WW-000001, per tenant), its vendor orders and lines, the first timeline row, and the
 *   checkout COMPLETED, the order's coupon use (coupons.ts) and its prepaid tenders held (tenders.ts). If that fails, `undo` gives back what `prepare` held.
 * The input rules both share (`text`, `email`) are here too.
 */
import { createHash } from 'node:crypto';
import { DomainError, ErrorCode, isUniqueViolation, uuidv7, type Prisma } from '@webwaka/kit';
import { actorRef, TX_OPTIONS, type ServiceContext, type Tx } from './context';
import { redeemCoupon, type CouponUse } from './coupons';
import { earnPoints } from './loyalty';
import { redeemPosCoupon } from './pos-coupons';
import { recordPromotionUses } from './promotions';
import { holdTenders, type PlannedTender } from './tenders';
import { requestInvoices } from './invoice-requests';

/** How long a duplicate request waits for the first one before answering CHECKOUT_IN_PROGRESS. */
const DUPLICATE_WAIT_MS = Number(process.env.CHECKOUT_DUPLICATE_WAIT_MS ?? 60_000);

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** A trimmed string of at most `max` characters; null when empty and not required (BAD_USER_INPUT naming `field`). */
export function text(v: string | null | undefined, field: string[], max: number, required: true): string;
export function text(v: string | null | undefined, field: string[], max: number, required: boolean): string | null;
export function text(v: string | null | undefined, field: string[], max: number, required: boolean): string | null {
  const s = v?.trim() || null;
  if (required && !s) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field[field.length - 1]} is required`, field);
  if (s && s.length > max) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field[field.length - 1]} is at most ${max} characters`, field);
  return s;
}

/** The buyer's e-mail address, lower-cased. */
export function email(v: string | null | undefined): string {
  const address = text(v, ['email'], 254, true).toLowerCase();
  if (!EMAIL_RE.test(address)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'That is not an e-mail address', ['email']);
  return address;
}

export const idempotencyKey = (v: string | null | undefined) => text(v, ['idempotencyKey'], 200, true);

/** An order to write: its own fields, its vendor orders and their lines (ids, tenant and links are added here). */
export interface NewOrder {
  order: Omit<Prisma.OrderCreateManyInput, 'id' | 'tenantId' | 'number' | 'checkoutId' | 'cartId' | 'ip'>;
  vendorOrders: (Omit<Prisma.VendorOrderCreateManyInput, 'id' | 'tenantId' | 'orderId'> & { lines: Omit<Prisma.OrderLineCreateManyInput, 'id' | 'tenantId' | 'orderId' | 'vendorOrderId'>[] })[];
  /** The first timeline row's reason. */
  reason: string;
}

export interface Prepared extends NewOrder {
  /** A cart made for an order that has none of its own (its token is the guest's access), written checked out. */
  newCart?: Omit<Prisma.CartCreateManyInput, 'id' | 'tenantId' | 'status'>;
  /** The coupon use the order's transaction takes (coupons.ts redeemCoupon: counted exactly once). */
  couponUse?: CouponUse;
  /** An order paid where it was made (a till's sale, decision 0071): its points are earned with it, once. */
  earnPointsNow?: boolean;
  /** What points paid of it (a till's POINTS tenders): not earning, as online (decision 0084). */
  pointsPaid?: bigint;
  /** What each automatic promotion took off (promotions.ts: the order's labels for its discount). */
  promotionUses?: { id: string; name: string; amount: bigint }[];
  /** The points, gift cards and store credit the order's transaction holds (tenders.ts; `order.prepaid` is their sum). */
  tenders?: PlannedTender[];
  /** Whom the order's gift cards go to (gift-card-sales.ts). */
  giftCardRecipient?: { name: string | null; email: string | null; message: string | null } | null;
  /** Gives back what `prepare` holds (reserved stock) when the order could not be written. */
  undo?: () => Promise<void>;
}

export interface Placement<Checked> {
  tenantId: string;
  idempotencyKey: string;
  /** Everything that makes two requests "the same" (hashed; bigints as decimal strings). */
  request: object;
  /** The order's cart: the shopper's, which must still be ACTIVE and is closed with the order; or `Prepared.newCart`'s id. */
  cartId: string;
  /** Refuses the request before anything is stored; what it returns goes to `prepare`. */
  check: () => Promise<Checked>;
  /** The work after the key is claimed: the order to write. */
  prepare: (checkoutId: string, checked: Checked) => Promise<Prepared>;
}

/** An order row as its transaction wrote it. */
export type PlacedOrder = Prisma.OrderGetPayload<true>;

/**
 * Places the order, or finds the one placed under the key (`replayed`). A new order comes back as its
 * transaction wrote it (`order`), so the caller need not read it again.
 */
export async function placeOrder<Checked>(ctx: ServiceContext, p: Placement<Checked>): Promise<{ orderId: string; replayed: boolean; order?: PlacedOrder }> {
  const { tenantId, cartId } = p;
  const hash = createHash('sha256')
    .update(JSON.stringify(p.request, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)))
    .digest('hex');
  const underKey = { tenantId_idempotencyKey: { tenantId, idempotencyKey: p.idempotencyKey } };

  const earlier = await ctx.prisma.checkout.findUnique({ where: underKey });
  if (earlier) return { orderId: await replay(ctx, earlier.id, hash), replayed: true };
  const checked = await p.check();

  let checkoutId: string;
  try {
    checkoutId = (await ctx.prisma.checkout.create({ data: { id: uuidv7(), tenantId, idempotencyKey: p.idempotencyKey, requestHash: hash, cartId, cartLock: cartId } })).id;
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    // A concurrent duplicate breaks both the key's and the cart lock's unique index, and PostgreSQL names
    // whichever it checks first, so the key decides: a row under it means this is a repeat.
    const first = await ctx.prisma.checkout.findUnique({ where: underKey });
    if (first) return { orderId: await replay(ctx, first.id, hash), replayed: true };
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This cart is being checked out by another request', ['cartToken']);
  }

  try {
    const prepared = await p.prepare(checkoutId, checked);
    try {
      const order = await writeOrder(ctx, tenantId, checkoutId, cartId, prepared);
      return { orderId: order.id, replayed: false, order };
    } catch (e) {
      await prepared.undo?.();
      throw e;
    }
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

/** A repeated key: the first request's order (waiting while it runs) or its error; IDEMPOTENCY_KEY_REUSED for a different request. */
async function replay(ctx: ServiceContext, checkoutId: string, hash: string): Promise<string> {
  const deadline = Date.now() + DUPLICATE_WAIT_MS;
  for (;;) {
    const c = await ctx.prisma.checkout.findUniqueOrThrow({ where: { id: checkoutId } });
    if (c.requestHash !== hash) throw new DomainError(ErrorCode.IDEMPOTENCY_KEY_REUSED, 'This idempotency key was used for a different checkout', ['idempotencyKey']);
    if (c.status === 'FAILED') throw new DomainError(c.errorCode as ErrorCode, c.errorMessage ?? 'Checkout failed', c.errorField.length ? c.errorField : undefined);
    if (c.status === 'COMPLETED' && c.orderId) return c.orderId;
    if (Date.now() > deadline) throw new DomainError(ErrorCode.CHECKOUT_IN_PROGRESS, 'A checkout with this idempotency key is still running; try again shortly', ['idempotencyKey']);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The order's transaction (see the module comment); returns the order row it wrote. */
async function writeOrder(ctx: ServiceContext, tenantId: string, checkoutId: string, cartId: string, o: Prepared): Promise<PlacedOrder> {
  const orderId = uuidv7();
  return ctx.prisma.$transaction(async (tx) => {
    if (o.newCart) {
      await tx.cart.create({ data: { ...o.newCart, id: cartId, tenantId, status: 'CHECKED_OUT' } });
    } else {
      const closed = await tx.cart.updateMany({ where: { id: cartId, status: 'ACTIVE' }, data: { status: 'CHECKED_OUT' } });
      if (closed.count === 0) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This cart was already checked out', ['cartToken']);
    }
    const order = await tx.order.create({ data: { ...o.order, id: orderId, tenantId, number: await nextOrderNumber(tx, tenantId), checkoutId, cartId, ip: ctx.ip } });
    if (o.couponUse?.posSaleId) await redeemPosCoupon(tx, tenantId, orderId, { ...o.couponUse, posSaleId: o.couponUse.posSaleId });
    else if (o.couponUse) await redeemCoupon(tx, tenantId, orderId, o.couponUse);
    if (o.promotionUses?.length) await recordPromotionUses(tx, tenantId, orderId, order.currency, o.promotionUses.map((p) => ({ promotion: { id: p.id, name: p.name }, lineDiscounts: [], amount: p.amount })));
    if (o.giftCardRecipient) await tx.giftCardRecipient.create({ data: { orderId, tenantId, ...o.giftCardRecipient } });
    if (o.tenders?.length) await holdTenders(tx, { tenantId, orderId, orderNumber: order.number, userId: order.customerUserId, currency: order.currency }, o.tenders);
    for (const { lines, ...vendorOrder } of o.vendorOrders) {
      const vendorOrderId = uuidv7();
      await tx.vendorOrder.create({ data: { ...vendorOrder, id: vendorOrderId, tenantId, orderId } });
      await tx.orderLine.createMany({ data: lines.map((l) => ({ ...l, id: uuidv7(), tenantId, orderId, vendorOrderId })) });
    }
    // As payments.ts does when an order is paid: on goods after discounts, before tax (once per order).
    if (o.earnPointsNow) await earnPoints(tx, { tenantId, userId: order.customerUserId, orderId, orderNumber: order.number, currency: order.currency, goodsPaid: order.subtotal - (o.pointsPaid ?? 0n) });
    const actor = actorRef(ctx);
    // An order paid where it was made (a till's sale) starts in its own status; everything else awaits payment.
    await tx.orderEvent.create({ data: { id: uuidv7(), tenantId, orderId, fromStatus: null, toStatus: o.order.status ?? 'PENDING_PAYMENT', actorType: actor.actorType, actorId: actor.actorId, reason: o.reason } });
    await tx.checkout.update({ where: { id: checkoutId }, data: { status: 'COMPLETED', orderId } });
    // Paid where it was made (a till's sale): its invoices now; other orders get theirs when paid (payments.ts).
    if (order.paidAt) await requestInvoices(tx, orderId, order.paidAt);
    return order;
  }, TX_OPTIONS);
}

/** The tenant's next human order number: WW-000001, WW-000002... */
async function nextOrderNumber(tx: Tx, tenantId: string): Promise<string> {
  const [{ last }] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "commerce"."OrderCounter" ("tenantId", "last") VALUES (${tenantId}::uuid, 1)
    ON CONFLICT ("tenantId") DO UPDATE SET "last" = "OrderCounter"."last" + 1 RETURNING "last"`;
  return `WW-${String(last).padStart(6, '0')}`;
}
