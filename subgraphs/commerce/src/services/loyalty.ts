/**
 * Loyalty points (decision 0059). A tenant's programme says how much spending earns a point, what a point
 * is worth when spent, how long points live, how many of an order's naira points may pay, and its tiers
 * (a multiplier for customers who earned enough in the last year). Points are earned in the transaction
 * that marks an order PAID, on what the customer paid for goods (after discounts, before tax and
 * shipping, less what points themselves paid), as a lot that expires; spending uses the oldest lots first.
 * The ledger carries the liability at the points' value: earning posts DISCOUNT_EXPENSE against
 * LOYALTY_LIABILITY, expiry and claw-back the reverse, spending is part of ORDER_PAID (tenders.ts).
 */
import { DomainError, ErrorCode, uuidv7 } from '@webwaka/kit';
import { actorRef, TX_OPTIONS, type ServiceContext, type Tx } from './context';
import { applyBps } from './money';
import { discountExpense, postStoredValue } from './stored-value';

type Db = ServiceContext['prisma'] | Tx;

export interface Tier {
  name: string;
  minPoints: number;
  multiplierBps: number;
}

export interface LoyaltyProgramme {
  enabled: boolean;
  currency: string;
  spendPerPoint: bigint;
  pointValue: bigint;
  expiryDays: number;
  maxRedeemBps: number;
  tiers: Tier[];
}

const DEFAULTS: LoyaltyProgramme = { enabled: false, currency: 'NGN', spendPerPoint: 10_000n, pointValue: 100n, expiryDays: 365, maxRedeemBps: 5000, tiers: [] };

export const loyaltyLiability = (tenantId: string) => ({ tenantId, ownerType: 'TENANT' as const, ownerId: tenantId, purpose: 'LOYALTY_LIABILITY' as const });

export async function programmeOf(db: Db, tenantId: string): Promise<LoyaltyProgramme> {
  const row = await db.loyaltySettings.findUnique({ where: { tenantId } });
  return row ? { ...row, tiers: (row.tiers as unknown as Tier[]) ?? [] } : { ...DEFAULTS };
}

export async function saveProgramme(ctx: ServiceContext, input: Partial<Omit<LoyaltyProgramme, 'tiers'>> & { tiers?: Tier[] }): Promise<LoyaltyProgramme> {
  const current = await programmeOf(ctx.prisma, ctx.tenantId!);
  const next = { ...current, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)) } as LoyaltyProgramme;
  if (next.spendPerPoint < 1n || next.spendPerPoint > 100_000_000n) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Spend per point: from 1 minor unit to ₦1,000,000', ['spendPerPoint']);
  if (next.pointValue < 1n || next.pointValue > next.spendPerPoint) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A point is worth at least 1 minor unit and no more than the spend that earns it', ['pointValue']);
  if (!Number.isInteger(next.expiryDays) || next.expiryDays < 0 || next.expiryDays > 3650) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Expiry: 0 (never) to 3650 days', ['expiryDays']);
  if (!Number.isInteger(next.maxRedeemBps) || next.maxRedeemBps < 0 || next.maxRedeemBps > 10_000) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'At most 100% of an order', ['maxRedeemBps']);
  if (!/^[A-Z]{3}$/.test(next.currency)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A currency is three letters', ['currency']);
  const tiers = [...next.tiers].sort((a, b) => a.minPoints - b.minPoints);
  tiers.forEach((t, i) => {
    if (!t.name?.trim() || t.name.length > 40) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Each tier needs a name (40 characters at most)', ['tiers', String(i), 'name']);
    if (!Number.isInteger(t.minPoints) || t.minPoints < 1) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A tier starts at 1 point or more', ['tiers', String(i), 'minPoints']);
    if (!Number.isInteger(t.multiplierBps) || t.multiplierBps < 10_000 || t.multiplierBps > 50_000) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A tier multiplies points by 1× to 5×', ['tiers', String(i), 'multiplierBps']);
  });
  if (new Set(tiers.map((t) => t.minPoints)).size !== tiers.length) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Two tiers start at the same points', ['tiers']);
  const data = { enabled: next.enabled, currency: next.currency, spendPerPoint: next.spendPerPoint, pointValue: next.pointValue, expiryDays: next.expiryDays, maxRedeemBps: next.maxRedeemBps, tiers: tiers as unknown as object };
  await ctx.prisma.loyaltySettings.upsert({ where: { tenantId: ctx.tenantId! }, create: { tenantId: ctx.tenantId!, ...data }, update: data });
  return programmeOf(ctx.prisma, ctx.tenantId!);
}

const YEAR_MS = 365 * 86_400_000;

/** Points earned in the last 365 days (what tiers are measured by). */
export async function pointsEarnedLastYear(db: Db, tenantId: string, userId: string): Promise<number> {
  const r = await db.balanceMovement.aggregate({ where: { tenantId, kind: 'POINTS', userId, reason: 'EARN', createdAt: { gte: new Date(Date.now() - YEAR_MS) } }, _sum: { amount: true } });
  return Number(r._sum.amount ?? 0n);
}

export function tierFor(tiers: Tier[], earned: number): Tier | null {
  return [...tiers].sort((a, b) => b.minPoints - a.minPoints).find((t) => earned >= t.minPoints) ?? null;
}

export async function balanceOf(db: Db, tenantId: string, userId: string): Promise<number> {
  return (await db.loyaltyAccount.findUnique({ where: { tenantId_userId: { tenantId, userId } } }))?.points ?? 0;
}

/** Points an order earns: what was paid for goods, by the spend per point, times the tier's multiplier. */
export function pointsFor(programme: LoyaltyProgramme, goodsPaid: bigint, tier: Tier | null): number {
  if (!programme.enabled || goodsPaid <= 0n) return 0;
  const base = goodsPaid / programme.spendPerPoint;
  return Number(tier ? applyBps(base, tier.multiplierBps) : base);
}

/**
 * Earns an order's points in the caller's transaction (the one that marks it PAID), once per order.
 * `goodsPaid`: minor units paid for goods, after discounts and before tax and shipping, less points spent.
 */
export async function earnPoints(tx: Tx, o: { tenantId: string; userId: string | null; orderId: string; orderNumber: string; currency: string; goodsPaid: bigint }): Promise<number> {
  if (!o.userId) return 0;
  const programme = await programmeOf(tx, o.tenantId);
  if (!programme.enabled || programme.currency !== o.currency) return 0;
  const tier = tierFor(programme.tiers, await pointsEarnedLastYear(tx, o.tenantId, o.userId));
  const points = pointsFor(programme, o.goodsPaid, tier);
  if (points <= 0) return 0;
  const key = `points-earn:${o.orderId}`;
  if (await tx.balanceMovement.findUnique({ where: { tenantId_idempotencyKey: { tenantId: o.tenantId, idempotencyKey: key } } })) return 0;
  const expiresAt = programme.expiryDays ? new Date(Date.now() + programme.expiryDays * 86_400_000) : null;
  await tx.balanceMovement.create({ data: { id: uuidv7(), tenantId: o.tenantId, kind: 'POINTS', userId: o.userId, orderId: o.orderId, amount: BigInt(points), remaining: BigInt(points), expiresAt, reason: 'EARN', idempotencyKey: key, note: `Order ${o.orderNumber}${tier ? ` (${tier.name})` : ''}` } });
  await tx.loyaltyAccount.upsert({ where: { tenantId_userId: { tenantId: o.tenantId, userId: o.userId } }, create: { tenantId: o.tenantId, userId: o.userId, points }, update: { points: { increment: points } } });
  await postStoredValue(tx, { tenantId: o.tenantId, key: `points-earned:${o.orderId}`, currency: o.currency, amount: BigInt(points) * programme.pointValue, memo: `${points} points earned on order ${o.orderNumber}`, debit: discountExpense(o.tenantId), credit: loyaltyLiability(o.tenantId), reference: { type: 'Order', id: o.orderId } });
  return points;
}

/**
 * Takes points from a customer's oldest unexpired lots in the caller's transaction (spending at checkout,
 * claw-back on refund); INSUFFICIENT_BALANCE when they have fewer. Once per key.
 */
export async function takePoints(tx: Tx, t: { tenantId: string; userId: string; points: number; reason: 'REDEEM' | 'CLAWBACK'; key: string; orderId: string | null; note?: string }): Promise<boolean> {
  if (await tx.balanceMovement.findUnique({ where: { tenantId_idempotencyKey: { tenantId: t.tenantId, idempotencyKey: t.key } } })) return false;
  const taken = await tx.loyaltyAccount.updateMany({ where: { tenantId: t.tenantId, userId: t.userId, points: { gte: t.points } }, data: { points: { decrement: t.points } } });
  if (taken.count === 0) throw new DomainError(ErrorCode.INSUFFICIENT_BALANCE, 'Not enough points', ['points']);
  let left = BigInt(t.points);
  const lots = await tx.balanceMovement.findMany({ where: { tenantId: t.tenantId, kind: 'POINTS', userId: t.userId, reason: { in: ['EARN', 'RELEASE', 'ADJUST'] }, remaining: { gt: 0n } }, orderBy: [{ expiresAt: { sort: 'asc', nulls: 'last' } }, { id: 'asc' }] });
  for (const lot of lots) {
    if (left === 0n) break;
    const use = lot.remaining! < left ? lot.remaining! : left;
    await tx.balanceMovement.update({ where: { id: lot.id }, data: { remaining: { decrement: use } } });
    left -= use;
  }
  await tx.balanceMovement.create({ data: { id: uuidv7(), tenantId: t.tenantId, kind: 'POINTS', userId: t.userId, orderId: t.orderId, amount: -BigInt(t.points), reason: t.reason, idempotencyKey: t.key, note: t.note ?? null } });
  return true;
}

/** Gives points back (an order cancelled or refunded that had spent them) as a new lot that lives a full term. */
export async function givePointsBack(tx: Tx, g: { tenantId: string; userId: string; points: number; key: string; orderId: string | null; note?: string }): Promise<boolean> {
  if (g.points <= 0) return false;
  if (await tx.balanceMovement.findUnique({ where: { tenantId_idempotencyKey: { tenantId: g.tenantId, idempotencyKey: g.key } } })) return false;
  const programme = await programmeOf(tx, g.tenantId);
  const expiresAt = programme.expiryDays ? new Date(Date.now() + programme.expiryDays * 86_400_000) : null;
  await tx.balanceMovement.create({ data: { id: uuidv7(), tenantId: g.tenantId, kind: 'POINTS', userId: g.userId, orderId: g.orderId, amount: BigInt(g.points), remaining: BigInt(g.points), expiresAt, reason: 'RELEASE', idempotencyKey: g.key, note: g.note ?? null } });
  await tx.loyaltyAccount.upsert({ where: { tenantId_userId: { tenantId: g.tenantId, userId: g.userId } }, create: { tenantId: g.tenantId, userId: g.userId, points: g.points }, update: { points: { increment: g.points } } });
  return true;
}

/**
 * Expires the lots whose time has come (a job): each lot's remaining points leave the balance, and their
 * value leaves the liability (back to DISCOUNT_EXPENSE). Returns how many lots expired.
 */
export async function expirePoints(prisma: ServiceContext['prisma'], now = new Date(), limit = 200): Promise<number> {
  const due = await prisma.balanceMovement.findMany({ where: { kind: 'POINTS', remaining: { gt: 0n }, expiresAt: { lte: now } }, take: limit, orderBy: { expiresAt: 'asc' } });
  let expired = 0;
  for (const lot of due) {
    const done = await prisma.$transaction(async (tx) => {
      const emptied = await tx.balanceMovement.updateMany({ where: { id: lot.id, remaining: lot.remaining }, data: { remaining: 0n } });
      if (!emptied.count) return false;
      const points = Number(lot.remaining);
      await tx.loyaltyAccount.updateMany({ where: { tenantId: lot.tenantId, userId: lot.userId! }, data: { points: { decrement: points } } });
      await tx.balanceMovement.create({ data: { id: uuidv7(), tenantId: lot.tenantId, kind: 'POINTS', userId: lot.userId, amount: -lot.remaining!, reason: 'EXPIRE', idempotencyKey: `points-expire:${lot.id}`, note: 'Expired' } });
      const programme = await programmeOf(tx, lot.tenantId);
      await postStoredValue(tx, { tenantId: lot.tenantId, key: `points-expired:${lot.id}`, currency: programme.currency, amount: lot.remaining! * programme.pointValue, memo: `${points} points expired`, debit: loyaltyLiability(lot.tenantId), credit: discountExpense(lot.tenantId), reference: { type: 'Customer', id: lot.userId! } });
      return true;
    }, TX_OPTIONS);
    if (done) expired++;
  }
  return expired;
}

/** An administrator's correction of a customer's points (a complaint, a mistake), with a reason. */
export async function adjustPoints(ctx: ServiceContext, input: { userId: string; points: number; note: string; idempotencyKey: string }) {
  const tenantId = ctx.tenantId!;
  if (!Number.isInteger(input.points) || input.points === 0 || Math.abs(input.points) > 10_000_000) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'A whole, non-zero number of points', ['points']);
  const note = input.note.trim();
  if (!note) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Say why (the customer sees it)', ['note']);
  const programme = await programmeOf(ctx.prisma, tenantId);
  const key = `points-adjust:${input.idempotencyKey}`.slice(0, 200);
  const actor = actorRef(ctx);
  await ctx.prisma.$transaction(async (tx) => {
    if (input.points < 0) {
      if (!(await takePoints(tx, { tenantId, userId: input.userId, points: -input.points, reason: 'CLAWBACK', key, orderId: null, note }))) return;
    } else {
      if (await tx.balanceMovement.findUnique({ where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: key } } })) return;
      const expiresAt = programme.expiryDays ? new Date(Date.now() + programme.expiryDays * 86_400_000) : null;
      await tx.balanceMovement.create({ data: { id: uuidv7(), tenantId, kind: 'POINTS', userId: input.userId, amount: BigInt(input.points), remaining: BigInt(input.points), expiresAt, reason: 'ADJUST', idempotencyKey: key, note, actorUserId: actor.actorId } });
      await tx.loyaltyAccount.upsert({ where: { tenantId_userId: { tenantId, userId: input.userId } }, create: { tenantId, userId: input.userId, points: input.points }, update: { points: { increment: input.points } } });
    }
    const value = BigInt(Math.abs(input.points)) * programme.pointValue;
    await postStoredValue(tx, { tenantId, key: `ledger:${key}`, currency: programme.currency, amount: value, memo: `Points adjusted: ${note.slice(0, 100)}`, debit: input.points > 0 ? discountExpense(tenantId) : loyaltyLiability(tenantId), credit: input.points > 0 ? loyaltyLiability(tenantId) : discountExpense(tenantId), reference: { type: 'Customer', id: input.userId } });
  }, TX_OPTIONS);
  ctx.eventsRecorded();
  return balanceOf(ctx.prisma, tenantId, input.userId);
}

/**
 * A refund takes back the points its order earned, in proportion (whole points, rounded down), as far as
 * the customer still has them; the liability goes back to DISCOUNT_EXPENSE for what was taken.
 */
export async function clawBackPoints(tx: Tx, r: { tenantId: string; orderId: string; orderNumber: string; refundId: string; currency: string; amount: bigint; orderTotal: bigint }): Promise<number> {
  const earned = await tx.balanceMovement.findUnique({ where: { tenantId_idempotencyKey: { tenantId: r.tenantId, idempotencyKey: `points-earn:${r.orderId}` } } });
  if (!earned?.userId) return 0;
  const owed = Number((earned.amount * r.amount) / r.orderTotal);
  const points = Math.min(owed, await balanceOf(tx, r.tenantId, earned.userId));
  if (points <= 0) return 0;
  const key = `points-clawback:${r.refundId}`;
  if (!(await takePoints(tx, { tenantId: r.tenantId, userId: earned.userId, points, reason: 'CLAWBACK', key, orderId: r.orderId, note: `Refund on order ${r.orderNumber}` }))) return 0;
  const programme = await programmeOf(tx, r.tenantId);
  await postStoredValue(tx, { tenantId: r.tenantId, key: `points-clawed-back:${r.refundId}`, currency: programme.currency, amount: BigInt(points) * programme.pointValue, memo: `${points} points taken back: refund on order ${r.orderNumber}`, debit: loyaltyLiability(r.tenantId), credit: discountExpense(r.tenantId), reference: { type: 'Refund', id: r.refundId } });
  return points;
}
