/**
 * Seat holds (seats.io semantics). Holding seats returns a hold token; the hold lasts HOLD_TTL_SECONDS,
 * can be extended once (never past HOLD_CAP_SECONDS from its start), and is released by its token or
 * expires. Booking needs the token (bookings.ts).
 *
 * One seat, one holder: a hold is one conditional UPDATE of the trip's seat rows — only seats that are
 * FREE (or HELD by a hold already expired) and in no agent's allotment change — after locking them in
 * label order (the one lock order for seat rows; then the hold row). If fewer rows changed than seats
 * asked for, the transaction rolls back and the caller gets SEAT_UNAVAILABLE: the check and the set are
 * one statement, so hundreds of concurrent holds cannot both win a seat, on PGlite or on PostgreSQL.
 * Expired holds hold nothing: readers treat their seats as free at once, a newer hold takes them over,
 * and the sweeper (`expireHolds`) marks them EXPIRED and announces the freed seats.
 *
 * Hoarding (decision 0025): a buyer — a signed-in user, and separately the client address the gateway
 * saw — holds at most `seatsPerHolder` seats of a trip at once, and its holds of the trip within the
 * last `windowSeconds` (released and expired ones included) cover at most `seatsPerWindow` seats, so
 * letting holds lapse and taking them again cannot keep a bus blocked. The operator's own people (staff,
 * administrators with the second factor, keys and services with transport:write) sell at the window and
 * are not capped. Each check runs under an advisory lock per (trip, user) and (trip, address), so
 * concurrent holds by one buyer cannot both pass it.
 */
import { DomainError, ErrorCode, grantsOf, Prisma, randomToken, sha256Hex, uuidv7, type PrismaClient } from '@webwaka/kit';
import { TX_OPTIONS, type Db, type ServiceContext, type Tx } from './context';
import { recordSeatEvent } from './events';
import { requireTenant, requireVisibleTrip } from './scope';

export const HOLD_TTL_SECONDS = 600;
/** However it is extended, a hold ends at most this long after it started. */
export const HOLD_CAP_SECONDS = 1200;
export const MAX_SEATS_PER_HOLD = 10;
const TOKEN_PREFIX = 'hold_';

const envInt = (name: string, fallback: number) => {
  const raw = process.env[name];
  const v = raw === undefined || raw === '' ? NaN : Number(raw);
  return Number.isInteger(v) && v >= 0 ? v : fallback;
};

/**
 * What one buyer may hold (read per call, so a deployment tunes them by environment; 0 turns a limit off):
 * TRANSPORT_HOLD_MAX_SEATS (6) seats of a trip at once, TRANSPORT_HOLD_MAX_SEATS_PER_WINDOW (12) seats of
 * a trip in holds made within TRANSPORT_HOLD_WINDOW_SECONDS (3600).
 */
export function holdLimits() {
  return {
    seatsPerHolder: envInt('TRANSPORT_HOLD_MAX_SEATS', 6),
    seatsPerWindow: envInt('TRANSPORT_HOLD_MAX_SEATS_PER_WINDOW', 12),
    windowSeconds: envInt('TRANSPORT_HOLD_WINDOW_SECONDS', 3600),
  };
}

/** The operator's own people and services sell at the window for anyone: they are not capped. */
const sellsForOthers = (ctx: ServiceContext) => grantsOf(ctx.actor, ['transport:write']).tenantWide;

const limitReached = (message: string) => new DomainError(ErrorCode.HOLD_LIMIT_REACHED, message, ['seatLabels']);

/** Refuses a hold of `count` more seats that would take the caller (user, address) past the limits. Inside the hold's transaction. */
async function checkHoldLimits(tx: Tx, ctx: ServiceContext, tripId: string, count: number) {
  if (sellsForOthers(ctx)) return;
  const limits = holdLimits();
  if (limits.seatsPerHolder && count > limits.seatsPerHolder) throw limitReached(`One buyer may hold at most ${limits.seatsPerHolder} seats of a trip`);
  // Both limits off (0): nothing below can refuse, so no lock and no count (two round trips per holder).
  if (!limits.seatsPerHolder && !limits.seatsPerWindow) return;
  const holders: [column: 'userId' | 'ip', value: string][] = [];
  if (ctx.actor.kind === 'user' && ctx.actor.userId) holders.push(['userId', ctx.actor.userId]);
  if (ctx.ip) holders.push(['ip', ctx.ip]);
  const since = new Date(Date.now() - limits.windowSeconds * 1000);
  for (const [column, value] of holders) {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`transport.hold:${tripId}:${column}:${value}`}))`;
    const [row] = await tx.$queryRaw<{ active: number; recent: number }[]>`
      SELECT COALESCE(SUM(cardinality("seatLabels")) FILTER (WHERE "status" = 'ACTIVE' AND "expiresAt" > now()), 0)::int AS "active",
             COALESCE(SUM(cardinality("seatLabels")), 0)::int AS "recent"
      FROM "transport"."SeatHold"
      WHERE "tripId" = ${tripId}::uuid AND ${column === 'userId' ? Prisma.sql`"userId" = ${value}::uuid` : Prisma.sql`"ip" = ${value}`} AND "createdAt" > ${since}`;
    const who = column === 'userId' ? 'You' : 'Your connection';
    if (limits.seatsPerHolder && row.active + count > limits.seatsPerHolder) {
      throw limitReached(`${who} already hold${column === 'ip' ? 's' : ''} ${row.active} seat(s) of this trip; at most ${limits.seatsPerHolder} at once`);
    }
    if (limits.seatsPerWindow && row.recent + count > limits.seatsPerWindow) {
      throw limitReached(`${who} held ${row.recent} seat(s) of this trip recently; try again later or buy the seats you hold`);
    }
  }
}

export type HoldRow = Awaited<ReturnType<Tx['seatHold']['findUniqueOrThrow']>>;

/** What a reader sees: an ACTIVE hold past expiresAt is EXPIRED already, swept or not. */
export const effectiveHoldStatus = (h: Pick<HoldRow, 'status' | 'expiresAt'>) => (h.status === 'ACTIVE' && h.expiresAt.getTime() <= Date.now() ? 'EXPIRED' : h.status);

export function checkSeatLabels(raw: string[], field = ['seatLabels'], max = MAX_SEATS_PER_HOLD): string[] {
  const labels = [...new Set((raw ?? []).map((l) => (l ?? '').trim().toUpperCase()))].sort();
  if (labels.length < 1 || labels.length > max) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Name 1 to ${max} different seats`, field);
  return labels;
}

/** Seat rows of a trip locked for update, in label order. */
export async function lockSeats(tx: Tx, where: { tripId: string; labels: string[] } | { holdId: string } | { allotmentId: string }) {
  const cond =
    'holdId' in where
      ? Prisma.sql`"holdId" = ${where.holdId}::uuid`
      : 'allotmentId' in where
        ? Prisma.sql`"allotmentId" = ${where.allotmentId}::uuid`
        : Prisma.sql`"tripId" = ${where.tripId}::uuid AND "label" = ANY(${where.labels}::text[])`;
  return tx.$queryRaw<{ id: string; label: string; status: string; allotmentId: string | null; holdId: string | null; holdExpiresAt: Date | null; seatClass: string }[]>`
    SELECT "id", "label", "status"::text AS "status", "allotmentId", "holdId", "holdExpiresAt", "seatClass" FROM "transport"."TripSeat" WHERE ${cond} ORDER BY "label" FOR UPDATE`;
}

/**
 * When a bus fills, most hold attempts lose the race for a seat someone already has. Those are refused from
 * one plain read, without opening a transaction or queueing on the seats' row locks behind the winner; in
 * the bench's rush (200 clients, 20 seats) nine attempts in ten are refusals. A seat seen free here is
 * still decided by the locked, conditional update below, so this can only refuse early, never grant.
 * Unknown labels fall through, so they are reported as such.
 */
async function refuseSeatsSeenTaken(ctx: ServiceContext, tripId: string, labels: string[]) {
  const seats = await ctx.prisma.$queryRaw<{ label: string; available: boolean }[]>`
    SELECT "label", ("allotmentId" IS NULL AND ("status" = 'FREE' OR ("status" = 'HELD' AND "holdExpiresAt" <= now()))) AS "available"
    FROM "transport"."TripSeat" WHERE "tripId" = ${tripId}::uuid AND "label" = ANY(${labels}::text[])`;
  const taken = seats.filter((s) => !s.available).map((s) => s.label);
  if (seats.length === labels.length && taken.length) {
    throw new DomainError(ErrorCode.SEAT_UNAVAILABLE, `Seat ${labels.filter((l) => taken.includes(l)).join(', ')} is not available`, ['seatLabels']);
  }
}

/**
 * Holds seats of a trip the tenant sees (its own, or an operator its park lists) for HOLD_TTL_SECONDS.
 * All or nothing: SEAT_UNAVAILABLE names the seats someone else has. The token is shown once; only its
 * hash is stored.
 */
export async function holdSeats(ctx: ServiceContext, input: { tripId: string; seatLabels: string[] }) {
  const channelTenantId = requireTenant(ctx);
  const labels = checkSeatLabels(input.seatLabels);
  const trip = await requireVisibleTrip(ctx, input.tripId);
  if (trip.departureAt.getTime() <= Date.now()) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'This trip has departed', ['tripId']);
  await refuseSeatsSeenTaken(ctx, trip.id, labels);
  const token = `${TOKEN_PREFIX}${randomToken(24)}`;
  const now = Date.now();
  const expiresAt = new Date(now + HOLD_TTL_SECONDS * 1000);
  const hold = await ctx.prisma.$transaction(async (tx) => {
    await checkHoldLimits(tx, ctx, trip.id, labels.length);
    const seats = await lockSeats(tx, { tripId: trip.id, labels });
    const unknown = labels.filter((l) => !seats.some((s) => s.label === l));
    if (unknown.length) throw new DomainError(ErrorCode.BAD_USER_INPUT, `No seat ${unknown.join(', ')} on this trip`, ['seatLabels']);
    const holdId = uuidv7();
    const taken = await tx.$queryRaw<{ label: string }[]>`
      UPDATE "transport"."TripSeat" SET "status" = 'HELD', "holdId" = ${holdId}::uuid, "holdExpiresAt" = ${expiresAt}, "updatedAt" = now()
      WHERE "tripId" = ${trip.id}::uuid AND "label" = ANY(${labels}::text[]) AND "allotmentId" IS NULL
        AND ("status" = 'FREE' OR ("status" = 'HELD' AND "holdExpiresAt" <= now()))
      RETURNING "label"`;
    if (taken.length !== labels.length) {
      const got = new Set(taken.map((t) => t.label));
      throw new DomainError(ErrorCode.SEAT_UNAVAILABLE, `Seat ${labels.filter((l) => !got.has(l)).join(', ')} is not available`, ['seatLabels']);
    }
    const created = await tx.seatHold.create({
      data: {
        id: holdId,
        tenantId: trip.tenantId,
        channelTenantId,
        tripId: trip.id,
        tokenHash: sha256Hex(token),
        seatLabels: labels,
        userId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        ip: ctx.ip,
        expiresAt,
        maxExpiresAt: new Date(now + HOLD_CAP_SECONDS * 1000),
      },
    });
    await recordSeatEvent(tx, { tenantId: trip.tenantId, tripId: trip.id, kind: 'HELD', seatLabels: labels });
    return created;
  }, TX_OPTIONS);
  ctx.eventsRecorded();
  return { hold, token };
}

/** The hold a token names, if the tenant made it or owns its seats; NOT_FOUND otherwise. */
export async function findHold(db: Db, tenantId: string, token: string | null | undefined, field = ['holdToken']) {
  const hold = typeof token === 'string' && token.startsWith(TOKEN_PREFIX) ? await db.seatHold.findUnique({ where: { tokenHash: sha256Hex(token) } }) : null;
  if (!hold || (hold.tenantId !== tenantId && hold.channelTenantId !== tenantId)) throw new DomainError(ErrorCode.NOT_FOUND, 'No such hold', field);
  return hold;
}

/** Why a hold cannot change any more, as the error to report. */
export function holdClosed(hold: HoldRow, field = ['holdToken']): DomainError {
  const status = effectiveHoldStatus(hold);
  if (status === 'EXPIRED') return new DomainError(ErrorCode.HOLD_EXPIRED, 'The hold has expired; hold the seats again', field);
  if (status === 'ACTIVE' && hold.extendedAt) return new DomainError(ErrorCode.INVALID_TRANSITION, 'A hold can be extended once only', field);
  return new DomainError(ErrorCode.INVALID_TRANSITION, `The hold is ${status.toLowerCase()}`, field);
}

/** Extends an active hold once: by HOLD_TTL_SECONDS from now, never past its cap. */
export async function extendHold(ctx: ServiceContext, token: string) {
  const hold = await findHold(ctx.prisma, requireTenant(ctx), token);
  const until = new Date(Math.min(Date.now() + HOLD_TTL_SECONDS * 1000, hold.maxExpiresAt.getTime()));
  const extended = await ctx.prisma.$transaction(async (tx) => {
    await lockSeats(tx, { holdId: hold.id });
    const rows = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "transport"."SeatHold" SET "expiresAt" = GREATEST("expiresAt", ${until}), "extendedAt" = now(), "updatedAt" = now()
      WHERE "id" = ${hold.id}::uuid AND "status" = 'ACTIVE' AND "extendedAt" IS NULL AND "expiresAt" > now()
      RETURNING "id"`;
    if (!rows.length) return null;
    const updated = await tx.seatHold.findUniqueOrThrow({ where: { id: hold.id } });
    await tx.tripSeat.updateMany({ where: { holdId: hold.id, status: 'HELD' }, data: { holdExpiresAt: updated.expiresAt } });
    return updated;
  }, TX_OPTIONS);
  if (extended) return extended;
  throw holdClosed(await ctx.prisma.seatHold.findUniqueOrThrow({ where: { id: hold.id } }));
}

/**
 * Frees a hold's seats now: RELEASED (EXPIRED when it was already overdue). Releasing a released or
 * expired hold changes nothing; a confirmed one is sold and cannot be released.
 */
export async function releaseHold(ctx: ServiceContext, token: string) {
  const hold = await findHold(ctx.prisma, requireTenant(ctx), token);
  const released = await ctx.prisma.$transaction((tx) => endHold(tx, hold, 'RELEASED'), TX_OPTIONS);
  if (released) {
    ctx.eventsRecorded();
    return released;
  }
  const now = await ctx.prisma.seatHold.findUniqueOrThrow({ where: { id: hold.id } });
  if (now.status === 'CONFIRMED') throw holdClosed(now);
  return now;
}

/**
 * Ends an ACTIVE hold inside the caller's transaction (compare-and-set: null if it was not ACTIVE, or,
 * for the sweeper, not yet overdue) and frees the seats it still holds, announcing them.
 */
async function endHold(tx: Tx, hold: HoldRow, reason: 'RELEASED' | 'EXPIRED') {
  await lockSeats(tx, { holdId: hold.id });
  const rows = await tx.$queryRaw<{ status: 'RELEASED' | 'EXPIRED' }[]>`
    UPDATE "transport"."SeatHold" SET "status" = (CASE WHEN "expiresAt" <= now() THEN 'EXPIRED' ELSE 'RELEASED' END)::"transport"."SeatHoldStatus", "updatedAt" = now()
    WHERE "id" = ${hold.id}::uuid AND "status" = 'ACTIVE' ${reason === 'EXPIRED' ? Prisma.sql`AND "expiresAt" <= now()` : Prisma.empty}
    RETURNING "status"::text AS "status"`;
  if (!rows.length) return null;
  const freed = await tx.$queryRaw<{ label: string }[]>`
    UPDATE "transport"."TripSeat" SET "status" = 'FREE', "holdId" = NULL, "holdExpiresAt" = NULL, "updatedAt" = now()
    WHERE "holdId" = ${hold.id}::uuid AND "status" = 'HELD' RETURNING "label"`;
  if (freed.length) await recordSeatEvent(tx, { tenantId: hold.tenantId, tripId: hold.tripId, kind: rows[0].status, seatLabels: freed.map((f) => f.label) });
  return tx.seatHold.findUniqueOrThrow({ where: { id: hold.id } });
}

/** The sweeper: marks overdue ACTIVE holds EXPIRED and frees (and announces) their seats. Returns how many expired. */
export async function expireHolds(prisma: PrismaClient, limit = 500): Promise<number> {
  const due = await prisma.seatHold.findMany({ where: { status: 'ACTIVE', expiresAt: { lte: new Date() } }, orderBy: { expiresAt: 'asc' }, take: limit });
  let expired = 0;
  for (const hold of due) {
    if (await prisma.$transaction((tx) => endHold(tx, hold, 'EXPIRED'), TX_OPTIONS)) expired++;
  }
  return expired;
}
