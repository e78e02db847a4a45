/**
 * Agents sell at the park from seat allotments: seats of a trip the operator sets aside for one agent.
 * An allotted seat cannot be held or sold by anyone else (holds only take seats with no allotment), so
 * sales an agent makes offline cannot collide with online ones.
 *
 * The agent's device queues sales while offline and syncs them in batches, as often as it needs to:
 * each sale carries a client-generated id, unique per agent (a unique constraint), so a replayed batch
 * changes nothing and reports DUPLICATE with the first outcome. A sale of a seat outside the agent's live
 * allotment, of a seat already sold, or of an unknown seat or trip is recorded as a CONFLICT (the cash
 * was taken; someone must sort it out) and never sells the seat twice. Agent sales are paid in cash at
 * the park; the amount paid is recorded beside the fare. Every ticket sold emits `transport.ticket.sold`
 * (commissions) and requests its TICKET_SALE ledger posting (tickets.ts).
 *
 * An agent syncs through the tenant it sells for: the operator itself, or a motor park that lists the
 * operator (APPROVED listing). The seat must be in an allotment the operator gave that agent either way;
 * the sale's booking and ticket are the operator's with the park as `channelTenantId`, so the park's
 * agent programme (MLAS) pays the commission. The sale record stays in the tenant it was synced through.
 */
import { DomainError, ErrorCode, isUniqueViolation, isUuid, uuidv7 } from '@webwaka/kit';
import { TX_OPTIONS, type ServiceContext, type Tx } from './context';
import { recordSeatEvent } from './events';
import { checkSeatLabels, lockSeats } from './holds';
import { requireOwnTrip, requireTenant, visibleTrip } from './scope';
import { newBookingReference } from './reference';
import { checkPassengerName, issueTicket } from './tickets';

export const MAX_ALLOTMENT = 60;
export const MAX_SALES_PER_SYNC = 200;
/** Device clocks drift; a sale dated further ahead than this is a broken clock. */
const MAX_CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * Sets seats of one of the operator's trips aside for an agent (a user id; identity owns who holds the
 * AGENT role). All or nothing: SEAT_UNAVAILABLE when any is held, sold or allotted already.
 */
export async function allotSeats(ctx: ServiceContext, input: { tripId: string; agentUserId: string; seatLabels: string[] }) {
  const tenantId = requireTenant(ctx);
  if (!isUuid(input.agentUserId)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'agentUserId must be a user id', ['agentUserId']);
  const labels = checkSeatLabels(input.seatLabels, ['seatLabels'], MAX_ALLOTMENT);
  const trip = await requireOwnTrip(ctx.prisma, tenantId, input.tripId);
  const allotment = await ctx.prisma.$transaction(async (tx) => {
    const seats = await lockSeats(tx, { tripId: trip.id, labels });
    const unknown = labels.filter((l) => !seats.some((s) => s.label === l));
    if (unknown.length) throw new DomainError(ErrorCode.BAD_USER_INPUT, `No seat ${unknown.join(', ')} on this trip`, ['seatLabels']);
    const id = uuidv7();
    // An overdue hold holds nothing: its seats can be allotted (and stop being HELD).
    const taken = await tx.$queryRaw<{ label: string }[]>`
      UPDATE "transport"."TripSeat" SET "allotmentId" = ${id}::uuid, "status" = 'FREE', "holdId" = NULL, "holdExpiresAt" = NULL, "updatedAt" = now()
      WHERE "tripId" = ${trip.id}::uuid AND "label" = ANY(${labels}::text[]) AND "allotmentId" IS NULL
        AND ("status" = 'FREE' OR ("status" = 'HELD' AND "holdExpiresAt" <= now()))
      RETURNING "label"`;
    if (taken.length !== labels.length) {
      const got = new Set(taken.map((t) => t.label));
      throw new DomainError(ErrorCode.SEAT_UNAVAILABLE, `Seat ${labels.filter((l) => !got.has(l)).join(', ')} is not available`, ['seatLabels']);
    }
    const created = await tx.agentAllotment.create({ data: { id, tenantId, tripId: trip.id, agentUserId: input.agentUserId } });
    await recordSeatEvent(tx, { tenantId, tripId: trip.id, kind: 'ALLOTTED', seatLabels: labels });
    return created;
  }, TX_OPTIONS);
  ctx.eventsRecorded();
  return allotment;
}

/** Gives an allotment's unsold seats back to everyone. Idempotent; sold seats stay sold. */
export async function releaseAllotment(ctx: ServiceContext, id: string) {
  const tenantId = requireTenant(ctx);
  const allotment = isUuid(id) ? await ctx.prisma.agentAllotment.findFirst({ where: { id, tenantId } }) : null;
  if (!allotment) throw new DomainError(ErrorCode.NOT_FOUND, 'No such allotment', ['id']);
  if (allotment.releasedAt) return allotment;
  const released = await ctx.prisma.$transaction(async (tx) => {
    await lockSeats(tx, { allotmentId: allotment.id });
    const done = await tx.agentAllotment.updateMany({ where: { id: allotment.id, releasedAt: null }, data: { releasedAt: new Date() } });
    if (!done.count) return tx.agentAllotment.findUniqueOrThrow({ where: { id: allotment.id } });
    const freed = await tx.$queryRaw<{ label: string }[]>`
      UPDATE "transport"."TripSeat" SET "allotmentId" = NULL, "updatedAt" = now() WHERE "allotmentId" = ${allotment.id}::uuid AND "status" = 'FREE' RETURNING "label"`;
    if (freed.length) await recordSeatEvent(tx, { tenantId, tripId: allotment.tripId, kind: 'RELEASED', seatLabels: freed.map((f) => f.label) });
    return tx.agentAllotment.findUniqueOrThrow({ where: { id: allotment.id } });
  }, TX_OPTIONS);
  ctx.eventsRecorded();
  return released;
}

export interface AgentSaleInput {
  clientSaleId: string;
  tripId: string;
  seatLabel: string;
  passengerName: string;
  /** Cash taken, minor units of the trip's currency. */
  amountPaid: bigint;
  soldAt: Date;
}

export type AgentSaleRow = Awaited<ReturnType<Tx['agentSale']['findUniqueOrThrow']>>;
export type SyncStatus = 'APPLIED' | 'DUPLICATE' | 'CONFLICT';
export interface SyncResult {
  clientSaleId: string;
  status: SyncStatus;
  sale: AgentSaleRow;
}

/**
 * Applies an agent's queued sales in order, each in its own transaction (a retry after a dropped
 * connection completes what is missing). The batch is checked first: malformed input refuses it with
 * nothing written; a sale that cannot be honoured is recorded as a CONFLICT, not refused.
 */
export async function syncAgentSales(ctx: ServiceContext, sales: AgentSaleInput[]): Promise<SyncResult[]> {
  const tenantId = requireTenant(ctx);
  const agentUserId = ctx.actor.userId;
  if (!agentUserId) throw new DomainError(ErrorCode.FORBIDDEN, 'Agents sync their own sales', []);
  if (!Array.isArray(sales) || sales.length < 1 || sales.length > MAX_SALES_PER_SYNC) throw new DomainError(ErrorCode.BAD_USER_INPUT, `A sync holds 1 to ${MAX_SALES_PER_SYNC} sales`, ['sales']);
  const prepared = sales.map((s, i) => {
    const at = ['sales', String(i)];
    const clientSaleId = (s.clientSaleId ?? '').trim();
    if (clientSaleId.length < 1 || clientSaleId.length > 100) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'clientSaleId must be 1 to 100 characters', [...at, 'clientSaleId']);
    if (!isUuid(s.tripId)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'tripId must be a trip id', [...at, 'tripId']);
    const seatLabel = (s.seatLabel ?? '').trim().toUpperCase();
    if (!seatLabel || seatLabel.length > 8) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'seatLabel must be 1 to 8 characters', [...at, 'seatLabel']);
    if (typeof s.amountPaid !== 'bigint' || s.amountPaid < 0n) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'amountPaid is a non-negative amount of minor units', [...at, 'amountPaid']);
    if (!(s.soldAt instanceof Date) || Number.isNaN(s.soldAt.getTime()) || s.soldAt.getTime() > Date.now() + MAX_CLOCK_SKEW_MS) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'soldAt must be a valid time, not in the future', [...at, 'soldAt']);
    }
    return { clientSaleId, tripId: s.tripId, seatLabel, passengerName: checkPassengerName(s.passengerName, [...at, 'passengerName']), amountPaid: s.amountPaid, soldAt: s.soldAt };
  });
  const results: SyncResult[] = [];
  for (const sale of prepared) results.push(await applySale(ctx, tenantId, agentUserId, sale));
  return results;
}

async function applySale(ctx: ServiceContext, tenantId: string, agentUserId: string, s: AgentSaleInput): Promise<SyncResult> {
  const key = { tenantId_agentUserId_clientSaleId: { tenantId, agentUserId, clientSaleId: s.clientSaleId } };
  const earlier = await ctx.prisma.agentSale.findUnique({ where: key });
  if (earlier) return { clientSaleId: s.clientSaleId, status: 'DUPLICATE', sale: earlier };
  try {
    const sale = await ctx.prisma.$transaction(async (tx) => {
      const record = (data: { status: 'APPLIED' | 'CONFLICT'; conflictReason?: string; currency: string; ticketId?: string }) =>
        tx.agentSale.create({ data: { id: uuidv7(), tenantId, agentUserId, clientSaleId: s.clientSaleId, tripId: s.tripId, seatLabel: s.seatLabel, passengerName: s.passengerName, amountPaid: s.amountPaid, soldAt: s.soldAt, ...data } });
      const trip = await visibleTrip(tx, tenantId, s.tripId);
      if (!trip) return record({ status: 'CONFLICT', conflictReason: 'UNKNOWN_TRIP', currency: 'NGN' });
      const [seat] = await lockSeats(tx, { tripId: trip.id, labels: [s.seatLabel] });
      if (!seat) return record({ status: 'CONFLICT', conflictReason: 'UNKNOWN_SEAT', currency: trip.currency });
      if (seat.status === 'SOLD') return record({ status: 'CONFLICT', conflictReason: 'ALREADY_SOLD', currency: trip.currency });
      const allotment = seat.allotmentId ? await tx.agentAllotment.findUnique({ where: { id: seat.allotmentId } }) : null;
      if (!allotment || allotment.agentUserId !== agentUserId || allotment.releasedAt) return record({ status: 'CONFLICT', conflictReason: 'NOT_IN_ALLOTMENT', currency: trip.currency });
      const fare = (await tx.tripFare.findUniqueOrThrow({ where: { tripId_seatClass: { tripId: trip.id, seatClass: seat.seatClass } } })).amount;
      const booking = await tx.booking.create({
        data: { id: uuidv7(), tenantId: trip.tenantId, channelTenantId: tenantId, tripId: trip.id, channel: 'AGENT', reference: newBookingReference(), agentUserId, total: fare, amountPaid: s.amountPaid, currency: trip.currency, createdAt: new Date() },
      });
      const ticket = await issueTicket(tx, { booking, trip, seat, passengerName: s.passengerName, fare, amountPaid: s.amountPaid, soldAt: s.soldAt }, async (ticketId) =>
        (await tx.$executeRaw`UPDATE "transport"."TripSeat" SET "status" = 'SOLD', "ticketId" = ${ticketId}::uuid, "updatedAt" = now()
          WHERE "id" = ${seat.id}::uuid AND "status" = 'FREE' AND "allotmentId" = ${allotment.id}::uuid`) === 1,
      );
      await recordSeatEvent(tx, { tenantId: trip.tenantId, tripId: trip.id, kind: 'SOLD', seatLabels: [seat.label] });
      return record({ status: 'APPLIED', currency: trip.currency, ticketId: ticket.id });
    }, TX_OPTIONS);
    ctx.eventsRecorded();
    return { clientSaleId: s.clientSaleId, status: sale.status, sale };
  } catch (e) {
    // The same sale arrived through another connection and committed first.
    if (isUniqueViolation(e)) {
      const other = await ctx.prisma.agentSale.findUnique({ where: key });
      if (other) return { clientSaleId: s.clientSaleId, status: 'DUPLICATE', sale: other };
    }
    throw e;
  }
}
