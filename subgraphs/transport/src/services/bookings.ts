/**
 * Booking: turning a hold into tickets. `confirmBooking(holdToken, passengers, paymentReference)` is the
 * step a paid order calls (commerce, as a service with transport:write) and the window a staff member
 * sells at (paid in cash). It needs the hold's token; the hold must still be ACTIVE and unexpired when the
 * transaction takes its seats' locks (compare-and-set ACTIVE -> CONFIRMED), and every held seat gets a
 * ticket with its passenger's name. Confirming the same hold again with the same payment reference
 * returns the same booking (a retried paid order); one payment reference pays for one booking per operator.
 */
import { DomainError, ErrorCode, isUniqueViolation, uuidv7, type TenantLinks } from '@webwaka/kit';
import { TX_OPTIONS, type ServiceContext } from './context';
import { recordSeatEvent } from './events';
import { findHold, holdClosed, lockSeats, type HoldRow } from './holds';
import { requireTenant } from './scope';
import { optionalPhone } from './phone';
import { newBookingReference } from './reference';
import { recordTicketMessage, type OnlineBuyer } from './ticket-messages';
import { checkPassengerName, issueTicket } from './tickets';

export interface PassengerInput {
  seatLabel: string;
  name: string;
}

/** One passenger name per held seat (BAD_USER_INPUT for a seat not held, named twice, or left unnamed). */
export function passengerNames(hold: Pick<HoldRow, 'seatLabels'>, passengers: PassengerInput[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const [i, p] of (passengers ?? []).entries()) {
    const label = (p.seatLabel ?? '').trim().toUpperCase();
    if (!hold.seatLabels.includes(label) || names.has(label)) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Seat ${label} is not held by this hold, or named twice`, ['passengers', String(i), 'seatLabel']);
    names.set(label, checkPassengerName(p.name, ['passengers', String(i), 'name']));
  }
  const unnamed = hold.seatLabels.filter((l) => !names.has(l));
  if (unnamed.length) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Name a passenger for seat ${unnamed.join(', ')}`, ['passengers']);
  return names;
}

export async function confirmBooking(ctx: ServiceContext, input: { holdToken: string; passengers: PassengerInput[]; paymentReference: string; phone?: string | null }) {
  const hold = await findHold(ctx.prisma, requireTenant(ctx), input.holdToken);
  return confirmHeldSeats(ctx, hold, { ...input, contactPhone: optionalPhone(input.phone, ['phone']) });
}

/** confirmBooking once the hold is known: by its token, or by its id for a paid online purchase (purchases.ts). */
export async function confirmHeldSeats(
  ctx: ServiceContext,
  hold: HoldRow,
  input: { passengers: PassengerInput[]; paymentReference: string; contactPhone?: string | null; buyer?: OnlineBuyer | null; links?: TenantLinks | null },
) {
  const paymentReference = (input.paymentReference ?? '').trim();
  if (paymentReference.length < 1 || paymentReference.length > 200) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'paymentReference must be 1 to 200 characters', ['paymentReference']);
  const earlier = await ctx.prisma.booking.findUnique({ where: { holdId: hold.id } });
  if (earlier) {
    if (earlier.paymentReference === paymentReference) return earlier;
    throw new DomainError(ErrorCode.INVALID_TRANSITION, 'This hold is booked already, with another payment', ['holdToken']);
  }
  const names = passengerNames(hold, input.passengers);
  const channel = ctx.actor.kind === 'user' ? ('WINDOW' as const) : ('ONLINE' as const);

  try {
    const booking = await ctx.prisma.$transaction(async (tx) => {
      const seats = await lockSeats(tx, { holdId: hold.id });
      const confirmed = await tx.$queryRaw<{ id: string }[]>`
        UPDATE "transport"."SeatHold" SET "status" = 'CONFIRMED', "updatedAt" = now()
        WHERE "id" = ${hold.id}::uuid AND "status" = 'ACTIVE' AND "expiresAt" > now() RETURNING "id"`;
      if (!confirmed.length) return null;
      const trip = await tx.trip.findUniqueOrThrow({ where: { id: hold.tripId } });
      const fares = new Map((await tx.tripFare.findMany({ where: { tripId: trip.id } })).map((f) => [f.seatClass, f.amount]));
      const total = seats.reduce((sum, s) => sum + fares.get(s.seatClass)!, 0n);
      const booking = await tx.booking.create({
        data: {
          id: uuidv7(),
          tenantId: hold.tenantId,
          channelTenantId: hold.channelTenantId,
          tripId: trip.id,
          channel,
          reference: newBookingReference(),
          holdId: hold.id,
          paymentReference,
          customerUserId: hold.userId,
          contactPhone: input.contactPhone ?? null,
          total,
          amountPaid: total,
          currency: trip.currency,
        },
      });
      const soldAt = new Date();
      for (const seat of seats) {
        await issueTicket(
          tx,
          { booking: { ...booking, agentUserId: null }, trip, seat, passengerName: names.get(seat.label)!, fare: fares.get(seat.seatClass)!, amountPaid: fares.get(seat.seatClass)!, soldAt },
          async (ticketId) =>
            (await tx.$executeRaw`UPDATE "transport"."TripSeat" SET "status" = 'SOLD', "ticketId" = ${ticketId}::uuid, "holdId" = NULL, "holdExpiresAt" = NULL, "updatedAt" = now()
              WHERE "id" = ${seat.id}::uuid AND "holdId" = ${hold.id}::uuid AND "status" = 'HELD'`) === 1,
        );
      }
      await recordSeatEvent(tx, { tenantId: hold.tenantId, tripId: trip.id, kind: 'SOLD', seatLabels: seats.map((s) => s.label) });
      await recordTicketMessage(tx, booking, trip, seats.map((s) => ({ seatLabel: s.label, name: names.get(s.label)! })), input.links ?? null, input.buyer ?? null);
      return booking;
    }, TX_OPTIONS);
    if (booking) {
      ctx.eventsRecorded();
      return booking;
    }
  } catch (e) {
    if (isUniqueViolation(e, 'paymentReference')) throw new DomainError(ErrorCode.IDEMPOTENCY_KEY_REUSED, 'This payment reference paid for another booking', ['paymentReference']);
    if (isUniqueViolation(e, 'holdId')) {
      // A concurrent confirmation of the same hold won: answer as a retry would.
      return confirmHeldSeats(ctx, hold, input);
    }
    throw e;
  }
  const now = await ctx.prisma.seatHold.findUniqueOrThrow({ where: { id: hold.id } });
  if (now.status === 'CONFIRMED') return confirmHeldSeats(ctx, hold, input);
  throw holdClosed(now);
}
