import { AppError, ErrorCode, isUuid, requireTenant } from '@webwaka/kit';
import { seatMapOf, type MapSeat, type SeatMapView } from '../services/seat-map';
import { visibleTrip } from '../services/scope';
import { builder, SeatEventKindEnum, SeatStateEnum } from './builder';

export const Seat = builder.objectRef<MapSeat>('Seat').implement({
  fields: (t) => ({
    label: t.exposeString('label'),
    row: t.exposeInt('row'),
    column: t.exposeInt('column'),
    seatClass: t.exposeString('seatClass'),
    state: t.field({ type: SeatStateEnum, resolve: (s) => s.state }),
    price: t.field({ type: builder.MoneyRef, resolve: (s) => s.price }),
  }),
});

export const SeatMap = builder.objectRef<SeatMapView>('SeatMap').implement({
  description: 'Every seat of a trip and what it is now. Live through the `seatMap(tripId)` subscription; poll this when the socket is down.',
  fields: (t) => ({
    tripId: t.exposeID('tripId'),
    rows: t.exposeInt('rows'),
    columns: t.exposeInt('columns'),
    aisleAfterColumn: t.exposeInt('aisleAfterColumn', { nullable: true }),
    seats: t.field({ type: [Seat], resolve: (m) => m.seats }),
    available: t.exposeInt('available'),
    lastEventId: t.exposeID('lastEventId', { nullable: true, description: 'The newest seat event of the trip: a poller that saw it has seen every change before it.' }),
  }),
});

export const SeatEvent = builder.prismaObject('SeatEvent', {
  description: 'Seats of a trip changed: what `seatMap(tripId)` subscribers receive.',
  fields: (t) => ({
    id: t.exposeID('id'),
    tripId: t.exposeID('tripId'),
    kind: t.expose('kind', { type: SeatEventKindEnum }),
    seatLabels: t.exposeStringList('seatLabels'),
    at: t.expose('createdAt', { type: 'DateTime' }),
    seats: t.field({
      type: [Seat],
      description: 'The changed seats as they are now (a later change may have overtaken this one).',
      resolve: async (e, _a, ctx) => (await seatMapOf(ctx.prisma, await ctx.prisma.trip.findUniqueOrThrow({ where: { id: e.tripId } }), e.seatLabels)).seats,
    }),
  }),
});

builder.queryFields((t) => ({
  seatMap: t.field({
    type: SeatMap,
    description: 'A trip’s seats now (public; NOT_FOUND for a trip the tenant does not sell). The polling fallback of the `seatMap` subscription.',
    args: { tripId: t.arg.id({ required: true }) },
    resolve: async (_r, { tripId }, ctx) => {
      const trip = await visibleTrip(ctx.prisma, requireTenant(ctx), String(tripId));
      if (!trip) throw new AppError(ErrorCode.NOT_FOUND, 'No such trip');
      return seatMapOf(ctx.prisma, trip);
    },
  }),
  seatEvent: t.prismaField({
    type: 'SeatEvent',
    nullable: true,
    description: 'One seat event of a trip the tenant sells (what `seatMap` subscription events hydrate through).',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (query, _r, { id }, ctx) => {
      const tenantId = requireTenant(ctx);
      const event = isUuid(String(id)) ? await ctx.prisma.seatEvent.findUnique({ ...query, where: { id: String(id) } }) : null;
      return event && (await visibleTrip(ctx.prisma, tenantId, event.tripId)) ? event : null;
    },
  }),
}));
