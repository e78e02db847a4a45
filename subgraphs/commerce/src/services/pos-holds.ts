/**
 * Points and gift cards spent at a till (decision 0080) through a network-only hold: taken before the
 * cashier tenders it (the balance falls now, so an offline sale cannot spend it twice), captured by the
 * synced sale once, released on void, expired after HOLD_MINUTES; a till return gives back what it paid.
 * The ledger sees the spending in pos's own entry for the sale (it debits the points or gift-card liability
 * as ORDER_PAID does online), so nothing is posted here.
 */
import { DomainError, ErrorCode, isUuid, requireTenant, uuidv7 } from '@webwaka/kit';
import { TX_OPTIONS, type ServiceContext, type Tx } from './context';
import { balanceOf, givePointsBack, programmeOf, takePoints } from './loyalty';
import { applyBps } from './money';
import { giftCardByCode, giftCardRefusal } from './stored-value';
import { checkTillPointsCode, spendTillPointsCode } from './till-points-codes';

/** A till may hold at most this many at once (decision 0080): a stolen till's key cannot freeze a shop's cards. */
export const MAX_OPEN_HOLDS_PER_DEVICE = 20;
/** A hold not tendered by a synced sale within this long goes back to the card or the customer. */
export const HOLD_MINUTES = 30;

export interface TakeHoldInput {
  kind: 'POINTS' | 'GIFT_CARD';
  currency: string;
  /** What the sale still owes (minor units): a hold never takes more. */
  due: bigint;
  /** The sale's total: points pay at most the programme's share of it, as at checkout. */
  saleTotal: bigint;
  customerUserId?: string | null;
  points?: number | null;
  giftCardCode?: string | null;
  /** POINTS: the code the customer received and read out (decision 0084). */
  code?: string | null;
  idempotencyKey: string;
}

const bad = (message: string, field: string) => new DomainError(ErrorCode.BAD_USER_INPUT, message, [field]);

/** The balance left after a hold: the customer's points, or the gift card's value. */
async function remainingAfter(db: Tx | ServiceContext['prisma'], hold: { tenantId: string; kind: string; userId: string | null; giftCardId: string | null }) {
  if (hold.kind === 'POINTS') return { remainingPoints: await balanceOf(db, hold.tenantId, hold.userId!), giftCardBalance: null };
  const card = await db.giftCard.findUnique({ where: { id: hold.giftCardId! } });
  return { remainingPoints: null, giftCardBalance: card?.balance ?? 0n };
}

/**
 * Takes a hold for the calling till (pos passes its device after checking the key): the balance falls now,
 * in one transaction with the hold and its BalanceMovement. The same idempotency key gives the same hold.
 */
export async function takeTillHold(ctx: ServiceContext, deviceId: string, input: TakeHoldInput, now = new Date()) {
  const tenantId = requireTenant(ctx);
  if (!isUuid(deviceId)) throw bad('deviceId must be an id', 'deviceId');
  const key = (input.idempotencyKey ?? '').trim();
  if (!key || key.length > 100) throw bad('idempotencyKey: 1 to 100 characters', 'idempotencyKey');
  if (!/^[A-Z]{3}$/.test(input.currency)) throw bad('A currency is three letters', 'currency');
  if (input.due <= 0n || input.saleTotal <= 0n || input.due > input.saleTotal) throw bad('due: more than nothing, and no more than the sale total', 'due');
  const id = uuidv7();
  // Points need the customer's code (decision 0084), checked before the transaction so a wrong one counts
  // even though the hold is refused; a retried request (same key) is its hold, whose code is spent already.
  let confirmed: { id: string } | null = null;
  if (input.kind === 'POINTS' && !(await ctx.prisma.posTenderHold.findUnique({ where: { deviceId_idempotencyKey: { deviceId, idempotencyKey: key } } }))) {
    const userId = input.customerUserId ?? '';
    if (!isUuid(userId)) throw bad('Find the customer first: points belong to a customer', 'customerUserId');
    if (!Number.isInteger(input.points) || input.points! < 1 || input.points! > 10_000_000) throw bad('A whole number of points, 1 or more', 'points');
    confirmed = await checkTillPointsCode(ctx.prisma, { tenantId, deviceId, userId, points: input.points!, code: input.code }, now);
  }
  const hold = await ctx.prisma.$transaction(async (tx) => {
    // One till's holds one at a time: the count of open ones is exact.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`commerce.pos-hold:${deviceId}`}, 0))`;
    const again = await tx.posTenderHold.findUnique({ where: { deviceId_idempotencyKey: { deviceId, idempotencyKey: key } } });
    if (again) {
      if (again.tenantId !== tenantId) throw new DomainError(ErrorCode.IDEMPOTENCY_KEY_REUSED, 'This key was used for another hold', ['idempotencyKey']);
      return again;
    }
    const open = await tx.posTenderHold.count({ where: { tenantId, deviceId, status: 'HELD', expiresAt: { gt: now } } });
    if (open >= MAX_OPEN_HOLDS_PER_DEVICE) throw new DomainError(ErrorCode.HOLD_LIMIT_REACHED, `A till holds at most ${MAX_OPEN_HOLDS_PER_DEVICE} at once: finish or void a sale first`, ['kind']);
    const expiresAt = new Date(now.getTime() + HOLD_MINUTES * 60_000);
    const note = 'Held at the till';
    if (input.kind === 'POINTS') {
      const userId = input.customerUserId ?? '';
      if (!isUuid(userId)) throw bad('Find the customer first: points belong to a customer', 'customerUserId');
      if (!Number.isInteger(input.points) || input.points! < 1 || input.points! > 10_000_000) throw bad('A whole number of points, 1 or more', 'points');
      const programme = await programmeOf(tx, tenantId);
      if (!programme.enabled || programme.currency !== input.currency) throw bad('This shop does not take points for this sale', 'points');
      const cap = applyBps(input.saleTotal, programme.maxRedeemBps);
      const most = Number((cap < input.due ? cap : input.due) / programme.pointValue);
      if (input.points! > most) throw bad(`At most ${most} points on this sale`, 'points');
      // takePoints refuses (INSUFFICIENT_BALANCE) a customer who is not this shop's or has fewer points.
      if (!confirmed) throw new DomainError(ErrorCode.INVALID_CREDENTIALS, 'The customer confirms points with a code: send one to their phone and enter it', ['code']);
      await spendTillPointsCode(tx, confirmed.id, id);
      await takePoints(tx, { tenantId, userId, points: input.points!, reason: 'REDEEM', key: `pos-hold:${id}`, orderId: null, note });
      return tx.posTenderHold.create({ data: { id, tenantId, deviceId, kind: 'POINTS', userId, points: input.points!, amount: BigInt(input.points!) * programme.pointValue, currency: input.currency, expiresAt, idempotencyKey: key } });
    }
    if (input.kind !== 'GIFT_CARD') throw bad('A hold is on POINTS or a GIFT_CARD', 'kind');
    const card = await giftCardByCode({ prisma: tx as ServiceContext['prisma'] }, tenantId, (input.giftCardCode ?? '').slice(0, 40));
    if (!card) throw new DomainError(ErrorCode.GIFT_CARD_INVALID, 'This shop has no such gift card', ['giftCardCode']);
    const refusal = giftCardRefusal(card, input.currency);
    if (refusal) throw new DomainError(ErrorCode.GIFT_CARD_INVALID, refusal, ['giftCardCode']);
    const amount = card.balance < input.due ? card.balance : input.due;
    const taken = await tx.giftCard.updateMany({ where: { id: card.id, tenantId, status: 'ACTIVE', balance: { gte: amount } }, data: { balance: { decrement: amount } } });
    if (taken.count === 0) throw new DomainError(ErrorCode.INSUFFICIENT_BALANCE, 'The gift card was spent meanwhile: check its balance', ['giftCardCode']);
    await tx.balanceMovement.create({ data: { id: uuidv7(), tenantId, kind: 'GIFT_CARD', giftCardId: card.id, amount: -amount, reason: 'REDEEM', idempotencyKey: `pos-hold:${id}`, note } });
    return tx.posTenderHold.create({ data: { id, tenantId, deviceId, kind: 'GIFT_CARD', giftCardId: card.id, amount, currency: input.currency, expiresAt, idempotencyKey: key } });
  }, TX_OPTIONS);
  return { ...hold, ...(await remainingAfter(ctx.prisma, hold)) };
}

type Hold = NonNullable<Awaited<ReturnType<Tx['posTenderHold']['findUnique']>>>;

/** Gives a hold's balance back (the part not yet refunded), once per key. */
async function giveHoldBack(tx: Tx, hold: Hold, amount: bigint, key: string, note: string) {
  if (amount <= 0n) return;
  if (hold.kind === 'GIFT_CARD') {
    if (await tx.balanceMovement.findUnique({ where: { tenantId_idempotencyKey: { tenantId: hold.tenantId, idempotencyKey: key } } })) return;
    await tx.giftCard.update({ where: { id: hold.giftCardId! }, data: { balance: { increment: amount } } });
    await tx.balanceMovement.create({ data: { id: uuidv7(), tenantId: hold.tenantId, kind: 'GIFT_CARD', giftCardId: hold.giftCardId, amount, reason: 'RELEASE', idempotencyKey: key, note } });
  } else {
    // Points back in proportion to the money (whole points, rounded down); all of them when all of it.
    const points = amount === hold.amount ? hold.points! : Number((BigInt(hold.points ?? 0) * amount) / hold.amount);
    await givePointsBack(tx, { tenantId: hold.tenantId, userId: hold.userId!, points, key, orderId: null, note });
  }
}

/** Releases a HELD hold whole (VOID: the till voided the sale; EXPIRED: the job or a late capture); false when it was not HELD. */
async function releaseHold(tx: Tx, hold: Hold, reason: 'VOID' | 'EXPIRED'): Promise<boolean> {
  const changed = await tx.posTenderHold.updateMany({ where: { id: hold.id, status: 'HELD' }, data: { status: 'RELEASED', releasedReason: reason } });
  if (!changed.count) return false;
  await giveHoldBack(tx, hold, hold.amount, `pos-hold-release:${hold.id}`, reason === 'VOID' ? 'Sale voided at the till' : 'Till hold expired');
  return true;
}

/** The till voided the sale (or took the tender off): the hold goes back whole. A released one stays released. */
export async function releaseTillHold(ctx: ServiceContext, deviceId: string, holdId: string) {
  const tenantId = requireTenant(ctx);
  if (!isUuid(holdId)) throw bad('holdId must be an id', 'holdId');
  return ctx.prisma.$transaction(async (tx) => {
    const hold = await tx.posTenderHold.findFirst({ where: { id: holdId, tenantId, deviceId } });
    if (!hold) throw new DomainError(ErrorCode.NOT_FOUND, 'This till has no such hold', ['holdId']);
    if (hold.status === 'CAPTURED') throw new DomainError(ErrorCode.INVALID_TRANSITION, 'A synced sale spent this hold: refund it with a return', ['holdId']);
    await releaseHold(tx, hold, 'VOID');
    return tx.posTenderHold.findUniqueOrThrow({ where: { id: holdId } });
  }, TX_OPTIONS);
}

/** The expiry job: HELD holds past their time go back. Returns how many. */
export async function expireTillHolds(prisma: ServiceContext['prisma'], now = new Date(), limit = 200): Promise<number> {
  const due = await prisma.posTenderHold.findMany({ where: { status: 'HELD', expiresAt: { lte: now } }, orderBy: { expiresAt: 'asc' }, take: limit });
  let expired = 0;
  for (const hold of due) if (await prisma.$transaction((tx) => releaseHold(tx, hold, 'EXPIRED'), TX_OPTIONS)) expired++;
  return expired;
}

export interface CaptureRequest {
  holdId: string;
  saleId: string;
  kind: 'POINTS' | 'GIFT_CARD';
  amount: bigint;
}
export type CaptureOutcome = { holdId: string; saleId: string; captured: true } | { holdId: string; saleId: string; captured: false; reason: string };

/**
 * pos, at sync, before its batch's transaction: each sale's hold is captured by that sale, exactly once.
 * Asked again for the same (hold, sale) — a redelivered or twice-synced batch — it answers captured and
 * changes nothing. A hold that is another till's or shop's, another sale's, of another kind or amount, released,
 * or past its time (released now, if the job has not yet) is not captured, with the reason.
 */
export async function captureTillHolds(ctx: ServiceContext, deviceId: string, requests: CaptureRequest[], now = new Date()): Promise<CaptureOutcome[]> {
  const tenantId = requireTenant(ctx);
  if (requests.length > 1000) throw bad('At most 1000 holds at a time', 'holds');
  const out: CaptureOutcome[] = [];
  for (const r of requests) {
    const no = (reason: string): CaptureOutcome => ({ holdId: r.holdId, saleId: r.saleId, captured: false, reason });
    if (!isUuid(r.holdId) || !isUuid(r.saleId)) {
      out.push(no('not a hold id'));
      continue;
    }
    out.push(
      await ctx.prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM "commerce"."PosTenderHold" WHERE id = ${r.holdId}::uuid FOR UPDATE`;
        const hold = await tx.posTenderHold.findFirst({ where: { id: r.holdId, tenantId, deviceId } });
        if (!hold) return no('this till has no such hold');
        if (hold.kind !== r.kind || hold.amount !== r.amount) return no(`the hold is ${hold.amount} of ${hold.kind}, the sale tenders ${r.amount} of ${r.kind}`);
        if (hold.status === 'CAPTURED') return hold.saleId === r.saleId ? { holdId: r.holdId, saleId: r.saleId, captured: true as const } : no('another sale spent it');
        if (hold.status === 'RELEASED') return no(hold.releasedReason === 'EXPIRED' ? 'it expired before the sale was synced' : 'it was released (the sale was voided)');
        if (hold.expiresAt <= now) {
          await releaseHold(tx, hold, 'EXPIRED');
          return no('it expired before the sale was synced');
        }
        await tx.posTenderHold.update({ where: { id: hold.id }, data: { status: 'CAPTURED', saleId: r.saleId } });
        return { holdId: r.holdId, saleId: r.saleId, captured: true as const };
      }, TX_OPTIONS),
    );
  }
  return out;
}

/**
 * A till return refunds what a sale paid by its holds (in the return's transaction): each named hold the
 * sale captured gets back up to what it has not yet had back, once per (return, hold).
 */
export async function refundTillHolds(tx: Tx, tenantId: string, ret: { saleId: string; returnOfSaleId: string; receiptNumber: string; tenders: { tender: string; amount: string; holdId?: string | null }[] }) {
  for (const t of ret.tenders) {
    if (!t.holdId || (t.tender !== 'POINTS' && t.tender !== 'GIFT_CARD')) continue;
    const hold = await tx.posTenderHold.findFirst({ where: { id: t.holdId, tenantId, status: 'CAPTURED', saleId: ret.returnOfSaleId } });
    if (!hold) continue;
    const room = hold.amount - hold.refunded;
    const back = BigInt(t.amount) < room ? BigInt(t.amount) : room;
    if (back <= 0n) continue;
    const key = `pos-hold-refund:${ret.saleId}:${hold.id}`;
    if (await tx.balanceMovement.findUnique({ where: { tenantId_idempotencyKey: { tenantId, idempotencyKey: key } } })) continue;
    await giveHoldBack(tx, hold, back, key, `Returned at the till, receipt ${ret.receiptNumber}`);
    await tx.posTenderHold.update({ where: { id: hold.id }, data: { refunded: { increment: back } } });
  }
}
