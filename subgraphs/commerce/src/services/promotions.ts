/**
 * Automatic promotions (SC-1, decision 0061): rules a tenant's administrators set that apply without a code,
 * in the cart and at checkout, as the second source of the discounts step (discounts.ts). Precedence:
 * 1. sale prices (catalog's quote already has them): promotions see each line as the shop states it after them;
 * 2. line promotions, BUY_X_GET_Y and BUNDLE_PRICE: each is worked out on the lines no other promotion has
 *    taken, the one saving the customer most wins its lines, then the next, until none saves anything (a
 *    line gets at most one line promotion);
 * 3. SPEND_SAVE on the goods left after line promotions: the one saving most, if its threshold is reached;
 * 4. a coupon on what is left (coupons.ts).
 * Nothing goes below zero: every part is at most what is left of its line. Amounts are shared over lines by
 * cumulative shares (coupons.ts shareOut), so they add up exactly.
 * BUY_X_GET_Y: among the units of the listed products/variants, every `buyQuantity + getQuantity` units give
 * `getQuantity` units `getPercentBps` off (10000 = free), the cheapest units being the discounted ones.
 * BUNDLE_PRICE: each complete set of one of every listed variant costs `bundlePrice` instead of the sum of
 * their prices (only when that is cheaper).
 * A marketplace vendor's own promotion (`vendorId`, decision 0067) counts that vendor's lines only and
 * competes with the marketplace's on the same terms: per line the one saving most, one line promotion and one
 * spend-and-save at most, never two automatic promotions of the same stage on a line. The vendor funds its
 * own (`PromotionApplied.vendorId`); pricing.ts keeps that part apart (`vendorFunded`) for the ledger.
 */
import { DomainError, ErrorCode, isUuid, requireTenant, uuidv7, type Prisma, type PrismaClient } from '@webwaka/kit';
import type { ServiceContext, Tx } from './context';
import { bad, ids, requireDiscountAdmin, shareOut } from './coupons';
import { divRoundHalfUp, sum } from './money';
import { quoteLines } from './peers';
import { salesChannel } from './tenant';

export type Promotion = Prisma.PromotionGetPayload<true>;
export type PromotionKind = Promotion['kind'];

export interface PromotionLine {
  variantId: string | null;
  productId: string | null;
  /** The line's vendor (a vendor's promotion counts its own lines only). */
  vendorId?: string | null;
  quantity: number;
  /** The line's goods as the shop states prices, after sale prices. */
  stated: bigint;
}

export interface PromotionApplied {
  promotion: Pick<Promotion, 'id' | 'name'>;
  /** The vendor that funds it (its own promotion), or null: the tenant's. */
  vendorId: string | null;
  /** Per line, what this promotion takes off. */
  lineDiscounts: bigint[];
  amount: bigint;
}

export interface PromotionResult {
  applied: PromotionApplied[];
  /** Per line, what all promotions take off together. */
  lineDiscounts: bigint[];
}

type Rule = Pick<Promotion, 'id' | 'name' | 'kind' | 'currency' | 'buyQuantity' | 'getQuantity' | 'getPercentBps' | 'threshold' | 'amount' | 'bundlePrice' | 'productIds' | 'variantIds'> & { vendorId?: string | null };

/** Whether the rule may count the line at all: a vendor's promotion only that vendor's lines. */
const reaches = (p: Rule, l: PromotionLine) => !p.vendorId || l.vendorId === p.vendorId;
const listed = (p: Rule, l: PromotionLine) => reaches(p, l) && ((l.productId !== null && p.productIds.includes(l.productId)) || (l.variantId !== null && p.variantIds.includes(l.variantId)));

/** BUY_X_GET_Y on the open lines: the discount per line (cheapest units first). */
function buyXGetY(p: Rule, lines: PromotionLine[], open: boolean[]): bigint[] {
  const off = lines.map(() => 0n);
  const idx = lines.map((_, i) => i).filter((i) => open[i] && lines[i].quantity > 0 && listed(p, lines[i]));
  const units = sum(idx.map((i) => BigInt(lines[i].quantity)));
  const group = BigInt(p.buyQuantity! + p.getQuantity!);
  let discounted = (units / group) * BigInt(p.getQuantity!);
  // Cheapest unit first: compare stated/quantity by cross-multiplying (no rounding).
  idx.sort((a, b) => {
    const x = lines[a].stated * BigInt(lines[b].quantity);
    const y = lines[b].stated * BigInt(lines[a].quantity);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  for (const i of idx) {
    if (discounted === 0n) break;
    const q = BigInt(lines[i].quantity);
    const n = discounted < q ? discounted : q;
    discounted -= n;
    off[i] = divRoundHalfUp(lines[i].stated * n * BigInt(p.getPercentBps!), q * 10_000n);
  }
  return off;
}

/** BUNDLE_PRICE on the open lines: complete sets of one of each listed variant at the bundle price. */
function bundle(p: Rule, lines: PromotionLine[], open: boolean[]): bigint[] {
  const off = lines.map(() => 0n);
  const byVariant = p.variantIds.map((v) => lines.map((l, i) => i).filter((i) => open[i] && lines[i].variantId === v && lines[i].quantity > 0 && reaches(p, lines[i])));
  if (byVariant.length === 0 || byVariant.some((is) => is.length === 0)) return off;
  // One line per variant is what a cart holds; the first open line of each variant carries its sets.
  const first = byVariant.map((is) => is[0]);
  const sets = Math.min(...first.map((i) => lines[i].quantity));
  const parts = first.map((i) => divRoundHalfUp(lines[i].stated * BigInt(sets), BigInt(lines[i].quantity)));
  const saving = sum(parts) - BigInt(sets) * p.bundlePrice!;
  if (saving <= 0n) return off;
  shareOut(saving, parts).forEach((s, k) => (off[first[k]] = s));
  return off;
}

/** The promotions' discounts on these lines (see the module comment); `rules` are the tenant's usable ones. */
export function applyPromotions(rules: Rule[], currency: string, lines: PromotionLine[]): PromotionResult {
  const usable = rules.filter((r) => r.currency === currency);
  const total = lines.map(() => 0n);
  const open = lines.map(() => true);
  const applied: PromotionApplied[] = [];
  let candidates = usable.filter((r) => r.kind !== 'SPEND_SAVE');
  for (;;) {
    let best: PromotionApplied | null = null;
    for (const r of candidates) {
      const off = r.kind === 'BUY_X_GET_Y' ? buyXGetY(r, lines, open) : bundle(r, lines, open);
      const amount = sum(off);
      if (amount > 0n && (!best || amount > best.amount)) best = { promotion: { id: r.id, name: r.name }, vendorId: r.vendorId ?? null, lineDiscounts: off, amount };
    }
    if (!best) break;
    applied.push(best);
    best.lineDiscounts.forEach((d, i) => {
      if (d > 0n) open[i] = false;
      total[i] += d;
    });
    candidates = candidates.filter((r) => r.id !== best!.promotion.id);
  }
  // Spend-and-save on what is left: the one saving most, then (a vendor's counting only its own lines) the
  // next on lines none has taken yet; a line gets at most one.
  const left = lines.map((l, i) => l.stated - total[i]);
  const spendOpen = lines.map(() => true);
  let spends = usable.filter((u) => u.kind === 'SPEND_SAVE');
  for (;;) {
    let spend: PromotionApplied | null = null;
    for (const r of spends) {
      const mine = left.map((v, i) => (spendOpen[i] && reaches(r, lines[i]) ? v : 0n));
      const goods = sum(mine);
      if (goods <= 0n || goods < r.threshold!) continue;
      const amount = r.amount! < goods ? r.amount! : goods;
      if (!spend || amount > spend.amount) spend = { promotion: { id: r.id, name: r.name }, vendorId: r.vendorId ?? null, lineDiscounts: shareOut(amount, mine), amount };
    }
    if (!spend) break;
    applied.push(spend);
    const taken = spends.find((r) => r.id === spend!.promotion.id)!;
    spend.lineDiscounts.forEach((d, i) => {
      total[i] += d;
      if (spendOpen[i] && reaches(taken, lines[i])) spendOpen[i] = false;
    });
    spends = spends.filter((r) => r.id !== spend!.promotion.id);
  }
  return { applied, lineDiscounts: total };
}

/** The tenant's promotions in force now, in this currency. */
export function activePromotions(db: Pick<PrismaClient, 'promotion'>, tenantId: string, currency: string, now = new Date()) {
  return db.promotion.findMany({
    where: { tenantId, currency, active: true, AND: [{ OR: [{ startsAt: null }, { startsAt: { lte: now } }] }, { OR: [{ endsAt: null }, { endsAt: { gt: now } }] }] },
    orderBy: { id: 'asc' },
    take: 100,
  });
}

/** Inside the order's transaction: what each promotion took off the order, its label for the order. */
export async function recordPromotionUses(tx: Tx, tenantId: string, orderId: string, currency: string, applied: Pick<PromotionApplied, 'promotion' | 'amount'>[]) {
  if (applied.length === 0) return;
  await tx.promotionUse.createMany({ data: applied.map((a) => ({ id: uuidv7(), tenantId, promotionId: a.promotion.id, orderId, name: a.promotion.name, amount: a.amount, currency })) });
}

// ---- administration

/**
 * Who manages which promotions: administrators (with the second factor) and integrators with commerce:write
 * the tenant's own (null); a marketplace vendor its own only (its user id: `Promotion.vendorOwnerUserId`).
 * The schema checks the same roles.
 */
function promotionManager(ctx: ServiceContext): { vendorOwnerUserId: string | null } {
  const a = ctx.actor;
  if (a.kind === 'user' && a.userId && a.roles.includes('VENDOR') && !a.roles.some((r) => ['SUPER_ADMIN', 'PARTNER_ADMIN', 'CLIENT_ADMIN'].includes(r))) return { vendorOwnerUserId: a.userId };
  requireDiscountAdmin(ctx, 'promotions');
  return { vendorOwnerUserId: null };
}

/** What a manager may see and change: a vendor its own promotions, an administrator the tenant's own. */
const managedBy = (m: { vendorOwnerUserId: string | null }) => ({ vendorOwnerUserId: m.vendorOwnerUserId });

/**
 * A vendor's promotion names the vendor's own variants only (decision 0067): catalog's quote says whose each
 * listed variant is; a product id, a variant of another vendor or none at all is BAD_USER_INPUT on
 * `variantIds`. Spend-and-save is the marketplace's (a vendor's would need catalog to name the caller's vendor).
 */
async function vendorOf(ctx: ServiceContext, tenantId: string, currency: string, ownerUserId: string, data: { kind: PromotionKind; productIds: string[]; variantIds: string[] }): Promise<string> {
  if (data.kind === 'SPEND_SAVE') bad('Spend-and-save promotions are the marketplace’s: a vendor offers buy X get Y or a bundle on its own products', 'kind');
  if (data.productIds.length > 0) bad('A vendor lists its own variants (variantIds), not product ids', 'productIds');
  if (data.variantIds.length === 0) bad('List your variants the offer counts', 'variantIds');
  const quoted = await quoteLines(ctx, tenantId, 'MVM', currency, data.variantIds.map((variantId) => ({ variantId, quantity: 1 })));
  const vendors = new Set(quoted.map((q) => (q.vendorOwnerUserId === ownerUserId ? q.vendorId : null)));
  if (quoted.length !== data.variantIds.length || vendors.has(null) || vendors.size !== 1) bad('Every listed variant must be one of your own products', 'variantIds');
  return [...vendors][0]!;
}

export interface PromotionInput {
  name?: string | null;
  kind?: PromotionKind | null;
  buyQuantity?: number | null;
  getQuantity?: number | null;
  getPercentBps?: number | null;
  threshold?: bigint | null;
  amount?: bigint | null;
  bundlePrice?: bigint | null;
  productIds?: string[] | null;
  variantIds?: string[] | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
  active?: boolean | null;
}

const count = (v: number | null, field: string, max: number) => {
  if (!Number.isInteger(v) || v! < 1 || v! > max) bad(`${field} is a whole number from 1 to ${max}`, field);
  return v!;
};

/** The promotion the input describes, merged over `was` (update) and checked whole. */
export function promotionData(input: PromotionInput, was: Rule & Pick<Promotion, 'startsAt' | 'endsAt' | 'active'> | null, currency: string) {
  const pick = <K extends keyof PromotionInput & keyof Promotion>(k: K) => (input[k] !== undefined ? input[k] : (was?.[k] ?? null));
  const name = (pick('name') as string | null)?.trim() ?? '';
  if (name.length < 2 || name.length > 80) bad('A name is 2 to 80 characters (shoppers see it as the discount’s label)', 'name');
  const kind = (pick('kind') as PromotionKind | null) ?? bad('kind is required', 'kind');
  const productIds = input.productIds !== undefined ? ids(input.productIds, 'productIds') : (was?.productIds ?? []);
  const variantIds = input.variantIds !== undefined ? ids(input.variantIds, 'variantIds') : (was?.variantIds ?? []);
  const data = { name, kind, currency: was?.currency ?? currency, buyQuantity: null as number | null, getQuantity: null as number | null, getPercentBps: null as number | null, threshold: null as bigint | null, amount: null as bigint | null, bundlePrice: null as bigint | null, productIds: [] as string[], variantIds: [] as string[] };
  if (kind === 'BUY_X_GET_Y') {
    data.buyQuantity = count(pick('buyQuantity') as number | null, 'buyQuantity', 1000);
    data.getQuantity = count(pick('getQuantity') as number | null, 'getQuantity', 1000);
    data.getPercentBps = count((pick('getPercentBps') as number | null) ?? 10_000, 'getPercentBps', 10_000);
    if (productIds.length + variantIds.length === 0) bad('List the products or variants the offer counts', 'productIds');
    Object.assign(data, { productIds, variantIds });
  } else if (kind === 'SPEND_SAVE') {
    const threshold = pick('threshold') as bigint | null;
    const amount = pick('amount') as bigint | null;
    if (threshold === null || threshold <= 0n) bad('threshold must be above zero (minor units)', 'threshold');
    if (amount === null || amount <= 0n) bad('amount must be above zero (minor units)', 'amount');
    if (amount! > threshold!) bad('amount cannot be more than the threshold', 'amount');
    Object.assign(data, { threshold, amount });
  } else {
    const bundlePrice = pick('bundlePrice') as bigint | null;
    if (bundlePrice === null || bundlePrice < 0n) bad('bundlePrice must be zero or more (minor units)', 'bundlePrice');
    if (variantIds.length < 2) bad('A bundle lists at least two variants', 'variantIds');
    Object.assign(data, { bundlePrice, variantIds });
  }
  const startsAt = pick('startsAt') as Date | null;
  const endsAt = pick('endsAt') as Date | null;
  if (startsAt && endsAt && startsAt >= endsAt) bad('endsAt must be after startsAt', 'endsAt');
  return { ...data, startsAt, endsAt, active: input.active ?? was?.active ?? true };
}

export async function createPromotion(ctx: ServiceContext, input: PromotionInput) {
  const tenantId = requireTenant(ctx);
  const manager = promotionManager(ctx);
  const tenant = await salesChannel(ctx, tenantId);
  const data = promotionData(input, null, tenant.currency);
  let vendorId: string | null = null;
  if (manager.vendorOwnerUserId) {
    if (tenant.channel !== 'MVM') throw new DomainError(ErrorCode.FORBIDDEN, 'Only administrators manage promotions');
    vendorId = await vendorOf(ctx, tenantId, data.currency, manager.vendorOwnerUserId, data);
  }
  return ctx.prisma.promotion.create({ data: { id: uuidv7(), tenantId, ...data, vendorId, vendorOwnerUserId: manager.vendorOwnerUserId } });
}

/** The tenant's promotion by id that this manager manages; another tenant's (or another vendor's) reads as none. */
export async function findPromotion(ctx: Pick<ServiceContext, 'prisma' | 'tenantId'>, id: string, manager: { vendorOwnerUserId: string | null } | null = { vendorOwnerUserId: null }) {
  const tenantId = requireTenant(ctx);
  const promotion = isUuid(id) ? await ctx.prisma.promotion.findFirst({ where: { id, tenantId, ...(manager ? managedBy(manager) : {}) } }) : null;
  if (!promotion) throw new DomainError(ErrorCode.NOT_FOUND, 'No such promotion', ['id']);
  return promotion;
}

export async function updatePromotion(ctx: ServiceContext, id: string, input: PromotionInput) {
  const tenantId = requireTenant(ctx);
  const manager = promotionManager(ctx);
  const was = await findPromotion(ctx, id, manager);
  const data = promotionData(input, was, was.currency);
  // A vendor's changed list is checked again: still its own variants only.
  if (manager.vendorOwnerUserId && (input.variantIds !== undefined || input.productIds !== undefined || input.kind !== undefined)) await vendorOf(ctx, tenantId, was.currency, manager.vendorOwnerUserId, data);
  return ctx.prisma.promotion.update({ where: { id: was.id }, data });
}

/** A vendor switches off its own; an administrator any of the tenant's, a vendor's too (moderation). */
export async function deactivatePromotion(ctx: ServiceContext, id: string) {
  requireTenant(ctx);
  const manager = promotionManager(ctx);
  const was = await findPromotion(ctx, id, manager.vendorOwnerUserId ? manager : null);
  return ctx.prisma.promotion.update({ where: { id: was.id }, data: { active: false } });
}

/** An administrator: the tenant's promotions and its vendors' (`vendorId` tells them apart); a vendor: its own. */
export async function listPromotions(ctx: ServiceContext, opts: { activeOnly?: boolean | null } = {}) {
  const tenantId = requireTenant(ctx);
  const manager = promotionManager(ctx);
  return ctx.prisma.promotion.findMany({
    where: { tenantId, ...(manager.vendorOwnerUserId ? managedBy(manager) : {}), ...(opts.activeOnly ? { active: true } : {}) },
    orderBy: [{ active: 'desc' }, { createdAt: 'desc' }],
    take: 500,
  });
}
