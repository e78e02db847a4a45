import { money, requireTenant, withUserErrors, type RequestContext } from '@webwaka/kit';
import { createPark, createRoute, createVehicle, MAX_RECURRING_DAYS, routeFares, scheduleRecurringTrips, scheduleTrip, searchTrips, setRouteFares, tripFares, updateRoute, upcomingTrips } from '../services/network';
import { seatMapOf, availableSeats } from '../services/seat-map';
import { visibleTrip } from '../services/scope';
import type { SeatLayout } from '../services/layout';
import { asQuery, builder, TRANSPORT_MANAGERS } from './builder';
import { SeatMap } from './seat-map';
import { TenantRef } from './refs';

export const Park = builder.prismaObject('Park', {
  description: 'A motor park or terminal the operator departs from or arrives at.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    city: t.exposeString('city'),
    state: t.exposeString('state', { nullable: true }),
    address: t.exposeString('address', { nullable: true }),
  }),
});

// Ids come from rows the caller already sees (a trip of its own, or of an operator listed at its park).
type Row<K extends 'park' | 'route' | 'vehicle'> = Awaited<ReturnType<RequestContext['prisma'][K]['findUniqueOrThrow']>>;
const byIds =
  <K extends 'park' | 'route' | 'vehicle'>(model: K) =>
  async (ids: string[], ctx: RequestContext): Promise<(Row<K> | Error)[]> => {
    const rows = (await (ctx.prisma[model] as unknown as { findMany(a: object): Promise<Row<K>[]> }).findMany({ where: { id: { in: ids } } })) as Row<K>[];
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? new Error(`${model} ${id} not found`));
  };
const loadParks = byIds('park');

const Fare = builder.objectRef<{ seatClass: string; price: ReturnType<typeof money> }>('Fare').implement({
  fields: (t) => ({
    seatClass: t.exposeString('seatClass'),
    price: t.field({ type: builder.MoneyRef, resolve: (f) => f.price }),
  }),
});

export const Route = builder.prismaObject('Route', {
  description: 'From one park to another, through ordered stops.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code'),
    origin: t.loadable({ type: Park, load: loadParks, resolve: (r) => r.originParkId }),
    destination: t.loadable({ type: Park, load: loadParks, resolve: (r) => r.destinationParkId }),
    stops: t.exposeStringList('stops', { description: 'Intermediate stops in travel order.' }),
    fares: t.loadableList({
      type: Fare,
      description: 'The usual fare per seat class: what a new trip on the route is offered (each trip keeps its own fares).',
      load: async (ids: string[], ctx: RequestContext) => {
        const m = await routeFares(ctx.prisma, ids);
        return ids.map((id) => m.get(id) ?? []);
      },
      resolve: (r) => r.id,
    }),
  }),
});

const LayoutSeat = builder.objectRef<SeatLayout['seats'][number]>('LayoutSeat').implement({
  fields: (t) => ({
    label: t.exposeString('label'),
    row: t.exposeInt('row'),
    column: t.exposeInt('column'),
    seatClass: t.exposeString('seatClass'),
  }),
});

const SeatLayoutRef = builder.objectRef<SeatLayout>('SeatLayout').implement({
  description: 'A grid of rows x columns; the aisle runs after aisleAfterColumn.',
  fields: (t) => ({
    rows: t.exposeInt('rows'),
    columns: t.exposeInt('columns'),
    aisleAfterColumn: t.exposeInt('aisleAfterColumn', { nullable: true }),
    seats: t.field({ type: [LayoutSeat], resolve: (l) => l.seats }),
  }),
});

export const Vehicle = builder.prismaObject('Vehicle', {
  fields: (t) => ({
    id: t.exposeID('id'),
    registration: t.exposeString('registration'),
    name: t.exposeString('name'),
    seatCount: t.exposeInt('seatCount'),
    layout: t.field({ type: SeatLayoutRef, resolve: (v) => v.layout as unknown as SeatLayout }),
  }),
});

export const Trip = builder.prismaObject('Trip', {
  description: 'A departure of a vehicle on a route, with a fare per seat class.',
  fields: (t) => ({
    id: t.exposeID('id'),
    operatorId: t.exposeID('tenantId', { description: 'The operator (tenant) running it: at a motor park, one of the operators it lists.' }),
    operator: t.field({
      type: TenantRef,
      description: 'The operator running it (its public profile, from identity): a motor park lists several, and travellers choose by name.',
      resolve: (trip) => ({ id: trip.tenantId }),
    }),
    departureAt: t.expose('departureAt', { type: 'DateTime' }),
    currency: t.exposeString('currency'),
    route: t.loadable({ type: Route, load: byIds('route'), resolve: (trip) => trip.routeId }),
    vehicle: t.loadable({ type: Vehicle, load: byIds('vehicle'), resolve: (trip) => trip.vehicleId }),
    fares: t.field({ type: [Fare], resolve: async (trip, _a, ctx) => (await tripFares(ctx.prisma, [trip])).get(trip.id) ?? [] }),
    availableSeats: t.loadable({
      type: 'Int',
      description: 'Seats anyone can hold now (not held, sold or allotted).',
      load: async (ids: string[], ctx: RequestContext) => {
        const m = await availableSeats(ctx.prisma, ids);
        return ids.map((id) => m.get(id) ?? 0);
      },
      resolve: (trip) => trip.id,
    }),
    seatMap: t.field({ type: SeatMap, resolve: (trip, _a, ctx) => seatMapOf(ctx.prisma, trip) }),
  }),
});

builder.queryFields((t) => ({
  parks: t.prismaField({
    type: ['Park'],
    description: 'The current tenant’s parks (public).',
    resolve: (query, _r, _a, ctx) => ctx.prisma.park.findMany({ ...query, where: { tenantId: requireTenant(ctx) }, orderBy: [{ city: 'asc' }, { name: 'asc' }], take: 500 }),
  }),
  transportRoutes: t.prismaField({
    type: ['Route'],
    description: 'The current tenant’s routes (public).',
    resolve: (query, _r, _a, ctx) => ctx.prisma.route.findMany({ ...query, where: { tenantId: requireTenant(ctx) }, orderBy: { code: 'asc' }, take: 500 }),
  }),
  vehicles: t.prismaField({
    type: ['Vehicle'],
    description: 'The current tenant’s vehicles and their seat layouts (public: seat maps draw them).',
    resolve: (query, _r, _a, ctx) => ctx.prisma.vehicle.findMany({ ...query, where: { tenantId: requireTenant(ctx) }, orderBy: { registration: 'asc' }, take: 500 }),
  }),
  trip: t.prismaField({
    type: 'Trip',
    nullable: true,
    description: 'A trip of the current tenant, or of an operator its motor park lists (public).',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_q, _r, { id }, ctx) => visibleTrip(ctx.prisma, requireTenant(ctx), String(id)),
  }),
  upcomingTrips: t.prismaField({
    type: ['Trip'],
    description: 'The next departures from now, earliest first; at a motor park, over every operator it lists (public).',
    args: { first: t.arg.int({ defaultValue: 20, description: 'At most 50.' }) },
    resolve: (_q, _r, args, ctx) => upcomingTrips(ctx.prisma, requireTenant(ctx), { take: args.first ?? 20 }),
  }),
  searchTrips: t.prismaField({
    type: ['Trip'],
    description: 'Trips departing on a day (YYYY-MM-DD, Africa/Lagos) from origin to destination (park city or name), earliest first; at a motor park, over every operator it lists (public).',
    args: { origin: t.arg.string({ required: true }), destination: t.arg.string({ required: true }), date: t.arg.string({ required: true }) },
    resolve: (_q, _r, args, ctx) => asQuery(() => searchTrips(ctx.prisma, requireTenant(ctx), args)),
  }),
}));

const CreateParkInput = builder.inputType('CreateParkInput', {
  fields: (t) => ({ name: t.string({ required: true }), city: t.string({ required: true }), state: t.string(), address: t.string() }),
});
const CreateRouteInput = builder.inputType('CreateRouteInput', {
  fields: (t) => ({
    code: t.string({ required: true, description: 'E.g. LOS-ABV.' }),
    originParkId: t.id({ required: true }),
    destinationParkId: t.id({ required: true }),
    stops: t.stringList({ description: 'Intermediate stops in travel order.' }),
  }),
});
const UpdateRouteInput = builder.inputType('UpdateRouteInput', {
  description: 'Omitted fields stay as they are.',
  fields: (t) => ({
    id: t.id({ required: true }),
    code: t.string(),
    originParkId: t.id(),
    destinationParkId: t.id(),
    stops: t.stringList({ description: 'Intermediate stops in travel order (replaces them all; [] for none).' }),
  }),
});
const LayoutSeatInput = builder.inputType('LayoutSeatInput', {
  fields: (t) => ({ label: t.string({ required: true }), row: t.int({ required: true }), column: t.int({ required: true }), seatClass: t.string({ required: true, description: 'E.g. STANDARD, PREMIUM: fares are per class.' }) }),
});
const SeatLayoutInput = builder.inputType('SeatLayoutInput', {
  fields: (t) => ({
    rows: t.int({ required: true }),
    columns: t.int({ required: true }),
    aisleAfterColumn: t.int(),
    seats: t.field({ type: [LayoutSeatInput], required: true }),
  }),
});
const CreateVehicleInput = builder.inputType('CreateVehicleInput', {
  fields: (t) => ({ registration: t.string({ required: true }), name: t.string({ required: true }), layout: t.field({ type: SeatLayoutInput, required: true }) }),
});
const FareInput = builder.inputType('FareInput', {
  fields: (t) => ({ seatClass: t.string({ required: true }), amount: t.field({ type: 'BigIntString', required: true, description: 'Minor units of the trip currency.' }) }),
});
const SetRouteFaresInput = builder.inputType('SetRouteFaresInput', {
  fields: (t) => ({
    routeId: t.id({ required: true }),
    currency: t.string({ description: 'ISO 4217; NGN by default.' }),
    fares: t.field({ type: [FareInput], required: true, description: 'One per seat class; replaces the route’s fares ([] for none).' }),
  }),
});
const ScheduleTripInput = builder.inputType('ScheduleTripInput', {
  fields: (t) => ({
    routeId: t.id({ required: true }),
    vehicleId: t.id({ required: true }),
    departureAt: t.field({ type: 'DateTime', required: true }),
    currency: t.string({ description: 'ISO 4217; NGN by default.' }),
    fares: t.field({ type: [FareInput], required: true, description: 'One per seat class of the vehicle.' }),
  }),
});

const ScheduleRecurringTripsInput = builder.inputType('ScheduleRecurringTripsInput', {
  description: 'A recurring schedule ("daily 07:00 Lagos → Abuja"), scheduled up front as one trip per chosen day.',
  fields: (t) => ({
    routeId: t.id({ required: true }),
    vehicleId: t.id({ required: true }),
    departureTime: t.string({ required: true, description: 'HH:MM, 24-hour, Africa/Lagos.' }),
    firstDay: t.string({ required: true, description: 'YYYY-MM-DD (Africa/Lagos).' }),
    lastDay: t.string({ required: true, description: `YYYY-MM-DD (Africa/Lagos), at most ${MAX_RECURRING_DAYS} days after firstDay counted inclusively.` }),
    weekdays: t.intList({ description: '1 (Monday) to 7 (Sunday); every day when omitted.' }),
    currency: t.string({ description: 'ISO 4217; NGN by default.' }),
    fares: t.field({ type: [FareInput], required: true, description: 'One per seat class of the vehicle, for every trip.' }),
  }),
});

const ParkPayload = builder.payloadObject<{ park: Awaited<ReturnType<typeof createPark>> }>('ParkPayload', (t) => ({
  park: t.field({ type: Park, nullable: true, resolve: (p) => p.park ?? null }),
}));
const RoutePayload = builder.payloadObject<{ route: Awaited<ReturnType<typeof createRoute>> }>('RoutePayload', (t) => ({
  route: t.field({ type: Route, nullable: true, resolve: (p) => p.route ?? null }),
}));
const VehiclePayload = builder.payloadObject<{ vehicle: Awaited<ReturnType<typeof createVehicle>> }>('VehiclePayload', (t) => ({
  vehicle: t.field({ type: Vehicle, nullable: true, resolve: (p) => p.vehicle ?? null }),
}));
const TripPayload = builder.payloadObject<{ trip: Awaited<ReturnType<typeof scheduleTrip>> }>('TripPayload', (t) => ({
  trip: t.field({ type: Trip, nullable: true, resolve: (p) => p.trip ?? null }),
}));

const RecurringTripsPayload = builder.payloadObject<{ trips: Awaited<ReturnType<typeof scheduleTrip>>[]; skippedDays: string[] }>('RecurringTripsPayload', (t) => ({
  trips: t.field({ type: [Trip], nullable: true, description: 'The trips scheduled, earliest first.', resolve: (p) => p.trips ?? null }),
  skippedDays: t.stringList({ nullable: true, description: 'Chosen days with no new trip: already past at that time, or the vehicle already departs then.', resolve: (p) => p.skippedDays ?? null }),
}));

const ids = (v: string | number) => String(v);

builder.mutationFields((t) => ({
  createPark: t.field({
    type: ParkPayload,
    authScopes: TRANSPORT_MANAGERS,
    args: { input: t.arg({ type: CreateParkInput, required: true }) },
    resolve: (_r, { input }, ctx) => withUserErrors(async () => ({ park: await createPark(ctx, input) })),
  }),
  createRoute: t.field({
    type: RoutePayload,
    authScopes: TRANSPORT_MANAGERS,
    args: { input: t.arg({ type: CreateRouteInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({ route: await createRoute(ctx, { ...input, originParkId: ids(input.originParkId), destinationParkId: ids(input.destinationParkId) }) })),
  }),
  updateRoute: t.field({
    type: RoutePayload,
    authScopes: TRANSPORT_MANAGERS,
    description: 'Changes a route’s code, parks or stops; its scheduled trips keep their seats and fares.',
    args: { input: t.arg({ type: UpdateRouteInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({
        route: await updateRoute(ctx, { ...input, id: ids(input.id), originParkId: input.originParkId == null ? null : ids(input.originParkId), destinationParkId: input.destinationParkId == null ? null : ids(input.destinationParkId) }),
      })),
  }),
  setRouteFares: t.field({
    type: RoutePayload,
    authScopes: TRANSPORT_MANAGERS,
    description: 'Sets a route’s usual fare per seat class (what new trips on it are offered); trips already scheduled keep theirs.',
    args: { input: t.arg({ type: SetRouteFaresInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({ route: await setRouteFares(ctx, { routeId: ids(input.routeId), currency: input.currency, fares: input.fares.map((f) => ({ seatClass: f.seatClass, amount: f.amount })) }) })),
  }),
  createVehicle: t.field({
    type: VehiclePayload,
    authScopes: TRANSPORT_MANAGERS,
    args: { input: t.arg({ type: CreateVehicleInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({ vehicle: await createVehicle(ctx, { ...input, layout: { ...input.layout, aisleAfterColumn: input.layout.aisleAfterColumn ?? null } }) })),
  }),
  scheduleRecurringTrips: t.field({
    type: RecurringTripsPayload,
    authScopes: TRANSPORT_MANAGERS,
    description: 'A recurring schedule, scheduled up front: a trip on each chosen weekday between two days at one Lagos time, with the same fares.',
    args: { input: t.arg({ type: ScheduleRecurringTripsInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(() =>
        scheduleRecurringTrips(ctx, { ...input, routeId: ids(input.routeId), vehicleId: ids(input.vehicleId), fares: input.fares.map((f) => ({ seatClass: f.seatClass, amount: f.amount })) }),
      ),
  }),
  scheduleTrip: t.field({
    type: TripPayload,
    authScopes: TRANSPORT_MANAGERS,
    description: 'A departure of a vehicle on a route; creates its seats from the vehicle’s layout.',
    args: { input: t.arg({ type: ScheduleTripInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      withUserErrors(async () => ({ trip: await scheduleTrip(ctx, { ...input, routeId: ids(input.routeId), vehicleId: ids(input.vehicleId), fares: input.fares.map((f) => ({ seatClass: f.seatClass, amount: f.amount })) }) })),
  }),
}));

