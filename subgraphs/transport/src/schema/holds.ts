import { AppError, ErrorCode, money, requireTenant, withUserErrors, type RequestContext } from '@webwaka/kit';
import { effectiveHoldStatus, extendHold, findHold, holdSeats, releaseHold, HOLD_CAP_SECONDS, HOLD_TTL_SECONDS, type HoldRow } from '../services/holds';
import { countViewers, tripHeartbeat } from '../services/presence';
import { visibleTrip } from '../services/scope';
import { builder, SeatHoldStatusEnum } from './builder';

export const SeatHold = builder.prismaObject('SeatHold', {
  description: `Seats held for one buyer: ${HOLD_TTL_SECONDS / 60} minutes, extendable once, never past ${HOLD_CAP_SECONDS / 60} minutes in all. Booking needs its token.`,
  fields: (t) => ({
    id: t.exposeID('id'),
    tripId: t.exposeID('tripId'),
    seatLabels: t.exposeStringList('seatLabels'),
    status: t.field({ type: SeatHoldStatusEnum, resolve: (h) => effectiveHoldStatus(h) }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    canExtend: t.boolean({ resolve: (h) => effectiveHoldStatus(h) === 'ACTIVE' && !h.extendedAt && h.expiresAt < h.maxExpiresAt }),
    total: t.field({
      type: builder.MoneyRef,
      description: 'What the held seats cost (the sum of their classes’ fares): what a checkout charges.',
      resolve: (h, _a, ctx) => holdTotal(ctx, h),
    }),
  }),
});

async function holdTotal(ctx: RequestContext, h: HoldRow) {
  const [trip, seats, fares] = await Promise.all([
    ctx.prisma.trip.findUniqueOrThrow({ where: { id: h.tripId }, select: { currency: true } }),
    ctx.prisma.tripSeat.findMany({ where: { tripId: h.tripId, label: { in: h.seatLabels } }, select: { seatClass: true } }),
    ctx.prisma.tripFare.findMany({ where: { tripId: h.tripId } }),
  ]);
  const fare = new Map(fares.map((f) => [f.seatClass, f.amount]));
  return money(seats.reduce((sum, s) => sum + (fare.get(s.seatClass) ?? 0n), 0n), trip.currency);
}

const TripPresence = builder.objectRef<{ tripId: string; viewers: number }>('TripPresence').implement({
  description: 'How many people are looking at a trip (heartbeats within the last window).',
  fields: (t) => ({ tripId: t.exposeID('tripId'), viewers: t.exposeInt('viewers') }),
});

builder.queryFields((t) => ({
  seatHold: t.prismaField({
    type: 'SeatHold',
    nullable: true,
    description: 'The hold a token names (public: the token is the proof), if made at or for this tenant.',
    args: { token: t.arg.string({ required: true }) },
    resolve: async (_q, _r, { token }, ctx) => findHold(ctx.prisma, requireTenant(ctx), token).catch(() => null),
  }),
  tripPresence: t.field({
    type: TripPresence,
    description: 'How many people are looking at a trip now (public). Live through the `tripPresence(tripId)` subscription.',
    args: { tripId: t.arg.id({ required: true }) },
    resolve: async (_r, { tripId }, ctx) => {
      const trip = await visibleTrip(ctx.prisma, requireTenant(ctx), String(tripId));
      if (!trip) throw new AppError(ErrorCode.NOT_FOUND, 'No such trip');
      return { tripId: trip.id, viewers: await countViewers(ctx.prisma, trip.id) };
    },
  }),
}));

const HoldSeatsPayload = builder.payloadObject<{ hold: HoldRow; holdToken: string }>('HoldSeatsPayload', (t) => ({
  hold: t.field({ type: SeatHold, nullable: true, resolve: (p) => p.hold ?? null }),
  holdToken: t.string({ nullable: true, description: 'Shown once: release, extend and book with it.', resolve: (p) => p.holdToken ?? null }),
}));
const SeatHoldPayload = builder.payloadObject<{ hold: HoldRow }>('SeatHoldPayload', (t) => ({
  hold: t.field({ type: SeatHold, nullable: true, resolve: (p) => p.hold ?? null }),
}));
const TripHeartbeatPayload = builder.payloadObject<{ presence: { tripId: string; viewers: number } }>('TripHeartbeatPayload', (t) => ({
  presence: t.field({ type: TripPresence, nullable: true, resolve: (p) => p.presence ?? null }),
}));

builder.mutationFields((t) => ({
  holdSeats: t.field({
    type: HoldSeatsPayload,
    description: 'Holds seats of a trip for one buyer (anyone, signed in or not). All or nothing: SEAT_UNAVAILABLE when someone else has one.',
    args: { tripId: t.arg.id({ required: true }), seatLabels: t.arg.stringList({ required: true }) },
    resolve: (_r, args, ctx) =>
      withUserErrors(async () => {
        const { hold, token } = await holdSeats(ctx, { tripId: String(args.tripId), seatLabels: args.seatLabels });
        return { hold, holdToken: token };
      }),
  }),
  extendSeatHold: t.field({
    type: SeatHoldPayload,
    description: 'Extends a hold once (HOLD_EXPIRED after it ran out; INVALID_TRANSITION the second time).',
    args: { holdToken: t.arg.string({ required: true }) },
    resolve: (_r, { holdToken }, ctx) => withUserErrors(async () => ({ hold: await extendHold(ctx, holdToken) })),
  }),
  releaseSeatHold: t.field({
    type: SeatHoldPayload,
    description: 'Gives the held seats back. Idempotent.',
    args: { holdToken: t.arg.string({ required: true }) },
    resolve: (_r, { holdToken }, ctx) => withUserErrors(async () => ({ hold: await releaseHold(ctx, holdToken) })),
  }),
  tripHeartbeat: t.field({
    type: TripHeartbeatPayload,
    description: 'A viewer of a trip page is still there (send every ~10 s with a random id per page view), or `leaving`.',
    args: { tripId: t.arg.id({ required: true }), viewerId: t.arg.string({ required: true }), leaving: t.arg.boolean() },
    resolve: (_r, args, ctx) => withUserErrors(async () => ({ presence: await tripHeartbeat(ctx, ctx.pubsub, { tripId: String(args.tripId), viewerId: args.viewerId, leaving: args.leaving }) })),
  }),
}));
