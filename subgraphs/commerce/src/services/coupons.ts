/**
 * Coupons (SC-1, decision 0057): codes a tenant's administrators offer, applied at checkout (and previewed
 * on the cart). The rules, in the order a code is checked:
 * - the code is the tenant's (case-insensitive) and active, else COUPON_INVALID (another tenant's code reads
 *   the same as none); inside its window (startsAt ≤ now < endsAt), else COUPON_EXPIRED; uses left in total
 *   and for this customer (a signed-in user or the same e-mail: guests are counted by e-mail), else
 *   COUPON_USED_UP;
 * - it applies to every line, or to lines of its listed products, categories or vendors (any of them); no
 *   such line, or a FIXED_AMOUNT coupon of another currency: COUPON_NOT_APPLICABLE; the cart's goods (as the
 *   shop states its prices) below `minimumSpend`: COUPON_MINIMUM_NOT_MET;
 * - the discount is taken off eligible lines as the shop states prices (after sale prices: catalog's quote
 *   already has them), PERCENTAGE as `percentBps` of their total, FIXED_AMOUNT as `amount` up to their total,
 *   shared out in proportion (cumulative shares, so the parts add up exactly and no line goes below zero);
 *   each discounted line's tax is computed again on what is left. FREE_SHIPPING waives the fee of every
 *   vendor order holding an eligible line.
 * Counting: the order's transaction takes a use with a conditional UPDATE (`used < usageLimit`), which also
 * locks the coupon's row until the order commits, so the per-customer count read after it is exact too.
 * An unpaid order that is cancelled or expires gives its use back; a paid order keeps it, refunded or not.
 */
import { DomainError, ErrorCode, isUniqueViolation, isUuid, requireTenant, uuidv7, type Prisma, type PrismaClient } from '@webwaka/kit';
import type { ServiceContext, Tx } from './context';
import { applyBps, divRoundHalfUp, sum } from './money';
import { salesChannel } from './tenant';

export type Coupon = Prisma.CouponGetPayload<true>;
export type CouponKind = Coupon['kind'];
export type CouponFunder = NonNullable<Coupon['fundedBy']>;

const CODE_RE = /^[A-Za-z0-9_-]{3,32}$/;

export const codeKey = (code: string) => code.trim().toUpperCase();

const refuse = (code: ErrorCode, message: string): never => {
  throw new DomainError(code, message, ['couponCode']);
};

/** The tenant's coupon for a code, checked for being usable now (not yet for this cart or customer). */
export async function usableCoupon(db: Pick<PrismaClient, 'coupon'>, tenantId: string, rawCode: string, now = new Date()): Promise<Coupon> {
  const code = rawCode.trim();
  const coupon = CODE_RE.test(code) ? await db.coupon.findUnique({ where: { tenantId_codeKey: { tenantId, codeKey: codeKey(code) } } }) : null;
  if (!coupon || !coupon.active) return refuse(ErrorCode.COUPON_INVALID, `This shop does not accept the coupon "${code}"`);
  if (coupon.startsAt && coupon.startsAt > now) refuse(ErrorCode.COUPON_EXPIRED, `The coupon ${coupon.code} starts on ${coupon.startsAt.toISOString().slice(0, 10)}`);
  if (coupon.endsAt && coupon.endsAt <= now) refuse(ErrorCode.COUPON_EXPIRED, `The coupon ${coupon.code} has expired`);
  if (coupon.usageLimit !== null && coupon.used >= coupon.usageLimit) refuse(ErrorCode.COUPON_USED_UP, `The coupon ${coupon.code} has been used up`);
  return coupon;
}

export interface Customer {
  userId: string | null;
  /** Lower-case; null before the shopper has given one (the cart). */
  email: string | null;
}

/** How many uses the customer holds (unreleased redemptions by the same user or the same e-mail). */
async function usesBy(db: Pick<PrismaClient, 'couponRedemption'>, couponId: string, c: Customer) {
  const who: Prisma.CouponRedemptionWhereInput[] = [];
  if (c.userId) who.push({ customerUserId: c.userId });
  if (c.email) who.push({ email: c.email });
  if (who.length === 0) return 0;
  return db.couponRedemption.count({ where: { couponId, releasedAt: null, OR: who } });
}

export async function checkCustomerLimit(db: Pick<PrismaClient, 'couponRedemption'>, coupon: Coupon, c: Customer) {
  if (coupon.perCustomerLimit !== null && (await usesBy(db, coupon.id, c)) >= coupon.perCustomerLimit) {
    refuse(ErrorCode.COUPON_USED_UP, coupon.perCustomerLimit === 1 ? `You have already used the coupon ${coupon.code}` : `You have used the coupon ${coupon.code} ${coupon.perCustomerLimit} times, its limit`);
  }
}

export interface CouponLine {
  productId: string | null;
  categoryId: string | null;
  vendorId: string | null;
  /** The line's goods as the shop states prices (tax included when prices include it). */
  stated: bigint;
}

export interface Allocation {
  /** Per line, what comes off its stated amount (0 for lines the coupon does not cover). */
  lineDiscounts: bigint[];
  eligible: boolean[];
  freeShipping: boolean;
}

const covers = (c: Pick<Coupon, 'productIds' | 'categoryIds' | 'vendorIds'>, l: CouponLine) =>
  (c.productIds.length === 0 && c.categoryIds.length === 0 && c.vendorIds.length === 0) ||
  (l.productId !== null && c.productIds.includes(l.productId)) ||
  (l.categoryId !== null && c.categoryIds.includes(l.categoryId)) ||
  (l.vendorId !== null && c.vendorIds.includes(l.vendorId));

/** Shares `whole` out over `weights` in proportion, half-up, cumulatively: the parts sum to `whole` exactly. */
export function shareOut(whole: bigint, weights: bigint[]): bigint[] {
  const total = sum(weights);
  if (total === 0n) return weights.map(() => 0n);
  let before = 0n;
  let running = 0n;
  return weights.map((w) => {
    running += w;
    const upTo = running === total ? whole : divRoundHalfUp(whole * running, total);
    const part = upTo - before;
    before = upTo;
    return part;
  });
}

/** The coupon's discount on these lines (see the module comment); refuses a coupon that does not apply. */
export function allocate(coupon: Pick<Coupon, 'code' | 'kind' | 'percentBps' | 'amount' | 'currency' | 'minimumSpend' | 'productIds' | 'categoryIds' | 'vendorIds'>, currency: string, lines: CouponLine[]): Allocation {
  const eligible = lines.map((l) => covers(coupon, l));
  if (!eligible.some(Boolean)) refuse(ErrorCode.COUPON_NOT_APPLICABLE, `The coupon ${coupon.code} does not apply to anything in your cart`);
  if (coupon.currency !== currency) refuse(ErrorCode.COUPON_NOT_APPLICABLE, `The coupon ${coupon.code} is for payments in ${coupon.currency}`);
  const goods = sum(lines.map((l) => l.stated));
  if (coupon.minimumSpend !== null && goods < coupon.minimumSpend) {
    refuse(ErrorCode.COUPON_MINIMUM_NOT_MET, `The coupon ${coupon.code} needs an order of at least ${coupon.minimumSpend} ${currency} (minor units) of goods; add ${coupon.minimumSpend - goods} more`);
  }
  const weights = lines.map((l, i) => (eligible[i] ? l.stated : 0n));
  const base = sum(weights);
  const whole = coupon.kind === 'PERCENTAGE' ? applyBps(base, coupon.percentBps!) : coupon.kind === 'FIXED_AMOUNT' ? (coupon.amount! < base ? coupon.amount! : base) : 0n;
  return { lineDiscounts: shareOut(whole, weights), eligible, freeShipping: coupon.kind === 'FREE_SHIPPING' };
}

/** What the order's transaction records for a coupon use. */
export interface CouponUse {
  couponId: string;
  amount: bigint;
  currency: string;
  customer: Customer;
  /** A till sale's use (decision 0071): counted by pos-coupons.ts redeemPosCoupon, never refused. */
  posSaleId?: string;
}

/**
 * Inside the order's transaction: takes one use (conditional UPDATE: never past the limit, whatever runs
 * concurrently; it holds the coupon's row until the order commits), checks the customer's own limit
 * under that lock, and records the redemption. A refusal rolls the whole order back.
 */
export async function redeemCoupon(tx: Tx, tenantId: string, orderId: string, use: CouponUse) {
  const taken = await tx.$executeRaw`
    UPDATE "commerce"."Coupon" SET "used" = "used" + 1
    WHERE "id" = ${use.couponId}::uuid AND "tenantId" = ${tenantId}::uuid AND "active" AND ("usageLimit" IS NULL OR "used" < "usageLimit")`;
  const coupon = await tx.coupon.findUniqueOrThrow({ where: { id: use.couponId } });
  if (taken === 0) refuse(coupon.active ? ErrorCode.COUPON_USED_UP : ErrorCode.COUPON_INVALID, coupon.active ? `The coupon ${coupon.code} has been used up` : `This shop does not accept the coupon "${coupon.code}"`);
  await checkCustomerLimit(tx, coupon, use.customer);
  await tx.couponRedemption.create({
    data: { id: uuidv7(), tenantId, couponId: use.couponId, orderId, customerUserId: use.customer.userId, email: use.customer.email ?? '', amount: use.amount, currency: use.currency },
  });
}

/** Inside the transaction that cancels an unpaid order: its coupon use goes back (once). */
export async function releaseCouponUse(tx: Tx, orderId: string) {
  const held = await tx.couponRedemption.findMany({ where: { orderId, releasedAt: null } });
  for (const r of held) {
    const released = await tx.couponRedemption.updateMany({ where: { id: r.id, releasedAt: null }, data: { releasedAt: new Date() } });
    if (released.count) await tx.$executeRaw`UPDATE "commerce"."Coupon" SET "used" = "used" - 1 WHERE "id" = ${r.couponId}::uuid AND "used" > 0`;
  }
}

// ---- administration

/** Administrators (with the second factor) and integrators with commerce:write; the schema checks the same. */
export function requireDiscountAdmin(ctx: ServiceContext, what = 'coupons') {
  const a = ctx.actor;
  const ok = (a.kind === 'apiKey' && a.scopes.includes('commerce:write')) || (a.kind === 'user' && a.mfa && a.roles.some((r) => ['SUPER_ADMIN', 'PARTNER_ADMIN', 'CLIENT_ADMIN'].includes(r)));
  if (!ok) throw new DomainError(ErrorCode.FORBIDDEN, `Only administrators manage ${what}`);
}
const requireCouponAdmin = (ctx: ServiceContext) => requireDiscountAdmin(ctx);

export interface CouponInput {
  code?: string | null;
  description?: string | null;
  kind?: CouponKind | null;
  percentBps?: number | null;
  amount?: bigint | null;
  minimumSpend?: bigint | null;
  usageLimit?: number | null;
  perCustomerLimit?: number | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  active?: boolean | null;
  productIds?: string[] | null;
  categoryIds?: string[] | null;
  vendorIds?: string[] | null;
  fundedBy?: CouponFunder | null;
}

export const bad = (message: string, field: string): never => {
  throw new DomainError(ErrorCode.BAD_USER_INPUT, message, [field]);
};

export function ids(v: string[] | null | undefined, field: string): string[] {
  const list = [...new Set(v ?? [])];
  if (list.length > 200) bad(`At most 200 ${field}`, field);
  if (list.some((id) => !isUuid(id))) bad(`${field} must be ids`, field);
  return list;
}

/** The coupon the input describes, merged over `was` (update) and checked whole. */
function couponData(input: CouponInput, was: Coupon | null, channel: 'SVM' | 'MVM', currency: string) {
  const code = input.code != null ? input.code.trim() : was?.code;
  if (!code || !CODE_RE.test(code)) bad('A code is 3 to 32 letters, digits, dashes or underscores', 'code');
  const kind = input.kind ?? was?.kind ?? bad('kind is required', 'kind');
  const pick = <K extends keyof CouponInput & keyof Coupon>(k: K) => (input[k] !== undefined ? input[k] : (was?.[k] ?? null));
  const description = (pick('description') as string | null)?.trim() || null;
  if (description && description.length > 200) bad('A description is at most 200 characters', 'description');
  const percentBps = kind === 'PERCENTAGE' ? (pick('percentBps') as number | null) : null;
  if (kind === 'PERCENTAGE' && (!Number.isInteger(percentBps) || percentBps! < 1 || percentBps! > 10_000)) bad('percentBps is from 1 to 10000 (basis points: 1000 = 10%)', 'percentBps');
  const amount = kind === 'FIXED_AMOUNT' ? (pick('amount') as bigint | null) : null;
  if (kind === 'FIXED_AMOUNT' && (amount === null || amount <= 0n)) bad('amount must be above zero (minor units)', 'amount');
  const minimumSpend = pick('minimumSpend') as bigint | null;
  if (minimumSpend !== null && minimumSpend < 0n) bad('minimumSpend cannot be negative', 'minimumSpend');
  const usageLimit = pick('usageLimit') as number | null;
  if (usageLimit !== null && (!Number.isInteger(usageLimit) || usageLimit < 1 || usageLimit > 10_000_000)) bad('usageLimit is a whole number of at least 1 (or none)', 'usageLimit');
  if (usageLimit !== null && was && usageLimit < was.used) bad(`usageLimit cannot be below the ${was.used} uses already made`, 'usageLimit');
  const perCustomerLimit = pick('perCustomerLimit') as number | null;
  if (perCustomerLimit !== null && (!Number.isInteger(perCustomerLimit) || perCustomerLimit < 1 || perCustomerLimit > 1000)) bad('perCustomerLimit is from 1 to 1000 (or none)', 'perCustomerLimit');
  const startsAt = pick('startsAt') as Date | null;
  const endsAt = pick('endsAt') as Date | null;
  if (startsAt && endsAt && startsAt >= endsAt) bad('endsAt must be after startsAt', 'endsAt');
  const fundedBy = channel === 'SVM' ? null : ((pick('fundedBy') as CouponFunder | null) ?? bad('In a marketplace, say who funds the coupon: PLATFORM, MARKETPLACE or VENDOR', 'fundedBy'));
  if (channel === 'SVM' && input.fundedBy) bad('A store funds its own coupons: fundedBy is for marketplaces', 'fundedBy');
  const vendorIds = input.vendorIds !== undefined ? ids(input.vendorIds, 'vendorIds') : (was?.vendorIds ?? []);
  return {
    code: code!,
    codeKey: codeKey(code!),
    description,
    kind,
    percentBps,
    amount,
    currency: was?.currency ?? currency,
    minimumSpend,
    usageLimit,
    perCustomerLimit,
    startsAt,
    endsAt,
    active: input.active ?? was?.active ?? true,
    productIds: input.productIds !== undefined ? ids(input.productIds, 'productIds') : (was?.productIds ?? []),
    categoryIds: input.categoryIds !== undefined ? ids(input.categoryIds, 'categoryIds') : (was?.categoryIds ?? []),
    vendorIds,
    fundedBy,
  };
}

async function saveCoupon<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError(ErrorCode.COUPON_CODE_TAKEN, 'Another coupon of this shop has that code', ['code']);
    throw e;
  }
}

export async function createCoupon(ctx: ServiceContext, input: CouponInput) {
  const tenantId = requireTenant(ctx);
  requireCouponAdmin(ctx);
  const tenant = await salesChannel(ctx, tenantId);
  const data = couponData(input, null, tenant.channel, tenant.currency);
  return saveCoupon(() => ctx.prisma.coupon.create({ data: { id: uuidv7(), tenantId, ...data } }));
}

/** The tenant's coupon by id; another tenant's reads as none. */
export async function findCoupon(ctx: Pick<ServiceContext, 'prisma' | 'tenantId'>, id: string) {
  const tenantId = requireTenant(ctx);
  const coupon = isUuid(id) ? await ctx.prisma.coupon.findFirst({ where: { id, tenantId } }) : null;
  if (!coupon) throw new DomainError(ErrorCode.NOT_FOUND, 'No such coupon', ['id']);
  return coupon;
}

export async function updateCoupon(ctx: ServiceContext, id: string, input: CouponInput) {
  const tenantId = requireTenant(ctx);
  requireCouponAdmin(ctx);
  const was = await findCoupon(ctx, id);
  const tenant = await salesChannel(ctx, tenantId);
  const data = couponData(input, was, tenant.channel, tenant.currency);
  // The uses are counted by checkouts only: an edit never writes `used` (nor loses one made meanwhile).
  return saveCoupon(() => ctx.prisma.coupon.update({ where: { id: was.id }, data }));
}

export async function deactivateCoupon(ctx: ServiceContext, id: string) {
  requireTenant(ctx);
  requireCouponAdmin(ctx);
  const was = await findCoupon(ctx, id);
  return ctx.prisma.coupon.update({ where: { id: was.id }, data: { active: false } });
}

export async function listCoupons(ctx: ServiceContext, opts: { activeOnly?: boolean | null } = {}) {
  const tenantId = requireTenant(ctx);
  requireCouponAdmin(ctx);
  return ctx.prisma.coupon.findMany({ where: { tenantId, ...(opts.activeOnly ? { active: true } : {}) }, orderBy: [{ active: 'desc' }, { createdAt: 'desc' }], take: 500 });
}

/** Whether the tenant has a coupon a shopper could use now (the storefront shows its coupon field only then). */
export async function acceptsCoupons(db: Pick<PrismaClient, 'coupon'>, tenantId: string, now = new Date()) {
  const one = await db.coupon.findFirst({
    where: { tenantId, active: true, AND: [{ OR: [{ startsAt: null }, { startsAt: { lte: now } }] }, { OR: [{ endsAt: null }, { endsAt: { gt: now } }] }] },
    select: { id: true },
  });
  return one !== null;
}
