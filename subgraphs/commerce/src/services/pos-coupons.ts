/**
 * Coupons at the till (decision 0071). A till sells offline, so it cannot ask how many uses are left:
 * - its snapshot carries the shop's coupons a till may apply (`posCoupons`, for a till's key): the SHA-256 of
 *   each normalised code, never the code (a till's storage is not a safe place), and the rules the till needs
 *   to work out the discount as checkout does;
 * - pos checks each replayed sale's coupon against the rules (`posCouponRules`, service-only) and passes the
 *   coupon on with `pos.sale.recorded`;
 * - the order's transaction counts the use once (the order's key `pos:<saleId>` and the redemption's
 *   unique (couponId, orderId) make a redelivery count nothing). A use past the total or the customer's
 *   limit is recorded and flagged `overLimit`, not refused: the goods have left the shop. Such a use is not
 *   added to `used`, which stays within `usageLimit` (the database keeps it so).
 */
import { DEVICE_SCOPE, DomainError, ErrorCode, isUuid, requireTenant, sha256Hex, uuidv7 } from '@webwaka/kit';
import type { ServiceContext, Tx } from './context';
import type { CouponUse } from './coupons';

/** At most this many coupons go to a till (the newest first). */
export const MAX_POS_COUPONS = 500;

function requireTill(ctx: ServiceContext) {
  const tenantId = requireTenant(ctx);
  if (ctx.actor.kind !== 'apiKey' || !ctx.actor.scopes.includes(DEVICE_SCOPE) || ctx.actor.tenantId !== tenantId) throw new DomainError(ErrorCode.FORBIDDEN, 'Only a registered till may do this');
  return tenantId;
}

/** SHA-256 (hex) of a code as the shop keys it (trimmed, upper-case); the till hashes what the cashier types the same way. */
export const posCodeHash = (code: string) => sha256Hex(code.trim().toUpperCase());

/**
 * The coupons a till may apply, for the calling till's shop: active, not over, not used up now, and the
 * shop's own (a marketplace vendor's own coupon is for its online shop). Free-shipping coupons are included
 * so the till can say why they do not apply.
 */
export async function posCoupons(ctx: ServiceContext, now = new Date()) {
  const tenantId = requireTill(ctx);
  const rows = await ctx.prisma.coupon.findMany({
    where: { tenantId, active: true, ownerVendorId: null, OR: [{ endsAt: null }, { endsAt: { gt: now } }] },
    orderBy: { createdAt: 'desc' },
    take: MAX_POS_COUPONS,
  });
  return rows.filter((c) => c.usageLimit === null || c.used < c.usageLimit).map((c) => ({ ...c, codeHash: posCodeHash(c.codeKey) }));
}

/** The rules of the shop's coupons by id, in whatever state (for pos's check at sync); others' are absent. */
export async function posCouponRules(ctx: ServiceContext, ids: string[]) {
  const tenantId = requireTenant(ctx);
  const wanted = [...new Set(ids.map(String))].filter(isUuid);
  if (wanted.length > 100) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'At most 100 coupons at a time', ['ids']);
  return ctx.prisma.coupon.findMany({ where: { tenantId, id: { in: wanted } } });
}

/**
 * Inside the order's transaction of a till sale: counts the use (within the limit: `used` + 1) or, past the
 * total or the customer's limit, records it flagged. Never refuses. Idempotent with the order: a second
 * redemption of the same (coupon, order) cannot be written.
 */
export async function redeemPosCoupon(tx: Tx, tenantId: string, orderId: string, use: CouponUse & { posSaleId: string }) {
  const coupon = await tx.coupon.findFirst({ where: { id: use.couponId, tenantId } });
  if (!coupon) return;
  // The row lock the UPDATE takes makes the per-customer count after it exact, as online (decision 0057).
  const taken = await tx.$executeRaw`
    UPDATE "commerce"."Coupon" SET "used" = "used" + 1
    WHERE "id" = ${use.couponId}::uuid AND "tenantId" = ${tenantId}::uuid AND ("usageLimit" IS NULL OR "used" < "usageLimit")`;
  let overLimit = taken === 0;
  if (coupon.perCustomerLimit !== null && use.customer.userId) {
    const before = await tx.couponRedemption.count({ where: { couponId: coupon.id, releasedAt: null, customerUserId: use.customer.userId } });
    if (before >= coupon.perCustomerLimit) overLimit = true;
  }
  await tx.couponRedemption.create({
    data: { id: uuidv7(), tenantId, couponId: coupon.id, orderId, customerUserId: use.customer.userId, email: use.customer.email ?? '', amount: use.amount, currency: use.currency, posSaleId: use.posSaleId, overLimit },
  });
}
