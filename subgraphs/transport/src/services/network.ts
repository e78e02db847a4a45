/**
 * An operator's network: parks (where trips depart and arrive), routes between them with ordered stops,
 * vehicles with seat layouts, and trips (a route, a vehicle, a departure and a fare per seat class).
 * Scheduling a trip creates one TripSeat row per seat of the vehicle: the rows every hold and sale
 * changes. Trip search matches parks by city or name over the operators the tenant sees, on an
 * Africa/Lagos calendar day.
 */
import { DomainError, ErrorCode, isUniqueViolation, isUuid, money, uuidv7 } from '@webwaka/kit';
import { TX_OPTIONS, type Db, type ServiceContext } from './context';
import { checkLayout, seatClasses, SEAT_CLASS_RE, type SeatLayout } from './layout';
import { requireTenant, visibleOperators } from './scope';

const bad = (message: string, field: string[]) => new DomainError(ErrorCode.BAD_USER_INPUT, message, field);

function text(raw: string | null | undefined, field: string[], opts: { max?: number; optional?: boolean } = {}): string | null {
  const value = (raw ?? '').trim();
  if (!value && opts.optional) return null;
  if (value.length < 1 || value.length > (opts.max ?? 120)) throw bad(`${field.at(-1)} must be 1 to ${opts.max ?? 120} characters`, field);
  return value;
}

export async function createPark(ctx: ServiceContext, input: { name: string; city: string; state?: string | null; address?: string | null }) {
  const tenantId = requireTenant(ctx);
  const data = { name: text(input.name, ['name'])!, city: text(input.city, ['city'], { max: 80 })!, state: text(input.state, ['state'], { max: 80, optional: true }), address: text(input.address, ['address'], { max: 300, optional: true }) };
  try {
    return await ctx.prisma.park.create({ data: { id: uuidv7(), tenantId, ...data } });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError(ErrorCode.ALREADY_EXISTS, 'A park with that name exists', ['name']);
    throw e;
  }
}

async function ownPark(db: Db, tenantId: string, id: string, field: string[]) {
  const park = isUuid(id) ? await db.park.findFirst({ where: { id, tenantId } }) : null;
  if (!park) throw new DomainError(ErrorCode.NOT_FOUND, 'No such park', field);
  return park;
}

const ROUTE_CODE_RE = /^[A-Z0-9][A-Z0-9-]{0,31}$/;

export async function createRoute(ctx: ServiceContext, input: { code: string; originParkId: string; destinationParkId: string; stops?: string[] | null }) {
  const tenantId = requireTenant(ctx);
  const code = (input.code ?? '').trim().toUpperCase();
  if (!ROUTE_CODE_RE.test(code)) throw bad('Code must be 1-32 letters, digits or dashes', ['code']);
  const origin = await ownPark(ctx.prisma, tenantId, input.originParkId, ['originParkId']);
  const destination = await ownPark(ctx.prisma, tenantId, input.destinationParkId, ['destinationParkId']);
  if (origin.id === destination.id) throw bad('Origin and destination must differ', ['destinationParkId']);
  const stops = checkStops(input.stops ?? []);
  try {
    return await ctx.prisma.route.create({ data: { id: uuidv7(), tenantId, code, originParkId: origin.id, destinationParkId: destination.id, stops } });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError(ErrorCode.ALREADY_EXISTS, 'A route with that code exists', ['code']);
    throw e;
  }
}

/**
 * Changes a route: its code, its parks and its stops (each optional; omitted: unchanged). Trips already
 * scheduled on it keep their seats and fares; travellers see the new stops and parks at once.
 */
export async function updateRoute(ctx: ServiceContext, input: { id: string; code?: string | null; originParkId?: string | null; destinationParkId?: string | null; stops?: string[] | null }) {
  const tenantId = requireTenant(ctx);
  const route = await ownRoute(ctx.prisma, tenantId, input.id, ['id']);
  const code = input.code == null ? route.code : input.code.trim().toUpperCase();
  if (!ROUTE_CODE_RE.test(code)) throw bad('Code must be 1-32 letters, digits or dashes', ['code']);
  const originId = input.originParkId == null ? route.originParkId : (await ownPark(ctx.prisma, tenantId, input.originParkId, ['originParkId'])).id;
  const destinationId = input.destinationParkId == null ? route.destinationParkId : (await ownPark(ctx.prisma, tenantId, input.destinationParkId, ['destinationParkId'])).id;
  if (originId === destinationId) throw bad('Origin and destination must differ', ['destinationParkId']);
  const stops = input.stops == null ? route.stops : checkStops(input.stops);
  try {
    return await ctx.prisma.route.update({ where: { id: route.id }, data: { code, originParkId: originId, destinationParkId: destinationId, stops } });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError(ErrorCode.ALREADY_EXISTS, 'A route with that code exists', ['code']);
    throw e;
  }
}

async function ownRoute(db: Db, tenantId: string, id: string, field: string[]) {
  const route = isUuid(id) ? await db.route.findFirst({ where: { id, tenantId } }) : null;
  if (!route) throw new DomainError(ErrorCode.NOT_FOUND, 'No such route', field);
  return route;
}

/**
 * Sets a route's usual fares, one per seat class, replacing the ones it had (decision 0043): what the back
 * office offers when it schedules a trip on the route. Trips keep their own fares.
 */
export async function setRouteFares(ctx: ServiceContext, input: { routeId: string; currency?: string | null; fares: FareInput[] }) {
  const tenantId = requireTenant(ctx);
  const route = await ownRoute(ctx.prisma, tenantId, input.routeId, ['routeId']);
  const currency = (input.currency ?? 'NGN').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw bad('currency must be an ISO 4217 code', ['currency']);
  const fares = checkFares(input.fares ?? []);
  if (fares.size > 20) throw bad('A route has at most 20 fares', ['fares']);
  await ctx.prisma.$transaction(async (tx) => {
    await tx.routeFare.deleteMany({ where: { routeId: route.id, tenantId } });
    if (fares.size) await tx.routeFare.createMany({ data: [...fares].map(([seatClass, amount]) => ({ id: uuidv7(), tenantId, routeId: route.id, seatClass, amount, currency })) });
  }, TX_OPTIONS);
  return route;
}

/** Usual fares of routes as Money, by route id, seat classes in order (one query). */
export async function routeFares(db: Db, routeIds: readonly string[]) {
  const rows = routeIds.length ? await db.routeFare.findMany({ where: { routeId: { in: [...routeIds] } }, orderBy: { seatClass: 'asc' } }) : [];
  const byRoute = new Map<string, { seatClass: string; price: ReturnType<typeof money> }[]>();
  for (const r of rows) byRoute.set(r.routeId, [...(byRoute.get(r.routeId) ?? []), { seatClass: r.seatClass, price: money(r.amount, r.currency) }]);
  return byRoute;
}

/** Fares by seat class: classes upper-cased and well-formed, each once, amounts non-negative minor units. */
function checkFares(input: FareInput[]): Map<string, bigint> {
  const fares = new Map<string, bigint>();
  for (const [i, f] of input.entries()) {
    const seatClass = (f.seatClass ?? '').trim().toUpperCase();
    if (!SEAT_CLASS_RE.test(seatClass)) throw bad('A seat class is 1-20 letters, digits or underscores, starting with a letter', ['fares', String(i), 'seatClass']);
    if (fares.has(seatClass)) throw bad(`Two fares for ${seatClass}`, ['fares', String(i), 'seatClass']);
    if (typeof f.amount !== 'bigint' || f.amount < 0n) throw bad('A fare is a non-negative amount of minor units', ['fares', String(i), 'amount']);
    fares.set(seatClass, f.amount);
  }
  return fares;
}

function checkStops(raw: string[]): string[] {
  const stops = raw.map((s, i) => text(s, ['stops', String(i)], { max: 80 })!);
  if (stops.length > 20) throw bad('A route has at most 20 stops', ['stops']);
  return stops;
}

export async function createVehicle(ctx: ServiceContext, input: { registration: string; name: string; layout: SeatLayout }) {
  const tenantId = requireTenant(ctx);
  const registration = (input.registration ?? '').trim().toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9 -]{1,19}$/.test(registration)) throw bad('Registration must be 2-20 letters, digits, spaces or dashes', ['registration']);
  const name = text(input.name, ['name'])!;
  const layout = checkLayout(input.layout);
  try {
    return await ctx.prisma.vehicle.create({ data: { id: uuidv7(), tenantId, registration, name, layout: layout as object, seatCount: layout.seats.length } });
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError(ErrorCode.ALREADY_EXISTS, 'A vehicle with that registration exists', ['registration']);
    throw e;
  }
}

export interface FareInput {
  seatClass: string;
  amount: bigint;
}

/**
 * Schedules a trip: the route and vehicle must be the tenant's, the departure in the future, and there is
 * exactly one fare (>= 0, minor units) for each seat class the vehicle has. One vehicle departs once at
 * a given time.
 */
export async function scheduleTrip(ctx: ServiceContext, input: { routeId: string; vehicleId: string; departureAt: Date; currency?: string | null; fares: FareInput[] }) {
  const tenantId = requireTenant(ctx);
  const route = await ownRoute(ctx.prisma, tenantId, input.routeId, ['routeId']);
  const vehicle = isUuid(input.vehicleId) ? await ctx.prisma.vehicle.findFirst({ where: { id: input.vehicleId, tenantId } }) : null;
  if (!vehicle) throw new DomainError(ErrorCode.NOT_FOUND, 'No such vehicle', ['vehicleId']);
  if (!(input.departureAt instanceof Date) || Number.isNaN(input.departureAt.getTime()) || input.departureAt.getTime() <= Date.now()) {
    throw bad('departureAt must be in the future', ['departureAt']);
  }
  const currency = (input.currency ?? 'NGN').trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency)) throw bad('currency must be an ISO 4217 code', ['currency']);
  const layout = vehicle.layout as unknown as SeatLayout;
  const classes = seatClasses(layout);
  const fares = checkFares(input.fares ?? []);
  // Map order is input order (a repeated class was refused): the index names the input's entry.
  const foreign = [...fares.keys()].findIndex((c) => !classes.includes(c));
  if (foreign >= 0) throw bad(`The vehicle has no seat class ${[...fares.keys()][foreign]}`, ['fares', String(foreign), 'seatClass']);
  const missing = classes.filter((c) => !fares.has(c));
  if (missing.length) throw bad(`Missing fares for ${missing.join(', ')}`, ['fares']);
  try {
    return await ctx.prisma.$transaction(async (tx) => {
      const trip = await tx.trip.create({ data: { id: uuidv7(), tenantId, routeId: route.id, vehicleId: vehicle.id, departureAt: input.departureAt, currency } });
      await tx.tripFare.createMany({ data: [...fares].map(([seatClass, amount]) => ({ id: uuidv7(), tenantId, tripId: trip.id, seatClass, amount })) });
      await tx.tripSeat.createMany({ data: layout.seats.map((s) => ({ id: uuidv7(), tenantId, tripId: trip.id, label: s.label, seatClass: s.seatClass, row: s.row, column: s.column })) });
      return trip;
    }, TX_OPTIONS);
  } catch (e) {
    if (isUniqueViolation(e)) throw new DomainError(ErrorCode.ALREADY_EXISTS, 'This vehicle already departs at that time', ['departureAt']);
    throw e;
  }
}

/** At most this many calendar days per recurring schedule (a quarter): more is a separate, later run. */
export const MAX_RECURRING_DAYS = 92;

/**
 * A recurring schedule ("daily 07:00 Lagos → Abuja"), scheduled up front: one ordinary trip per chosen
 * weekday (1 Monday ... 7 Sunday; all by default) from `firstDay` to `lastDay` (Africa/Lagos calendar days,
 * at most MAX_RECURRING_DAYS) at `departureTime` in Lagos, each with the same fares (decision 0043). Days
 * already past at that time, and days when the vehicle already departs then, are skipped and reported. The
 * first trip checks the route, the vehicle and the fares, so a bad input schedules nothing.
 */
export async function scheduleRecurringTrips(
  ctx: ServiceContext,
  input: { routeId: string; vehicleId: string; departureTime: string; firstDay: string; lastDay: string; weekdays?: number[] | null; currency?: string | null; fares: FareInput[] },
) {
  const time = (input.departureTime ?? '').trim();
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) throw bad('departureTime must be HH:MM (24-hour, Lagos time)', ['departureTime']);
  const first = dayOrBad(input.firstDay, ['firstDay']);
  const last = dayOrBad(input.lastDay, ['lastDay']);
  const days = Math.round((last.getTime() - first.getTime()) / DAY_MS) + 1;
  if (days < 1) throw bad('lastDay must not be before firstDay', ['lastDay']);
  if (days > MAX_RECURRING_DAYS) throw bad(`At most ${MAX_RECURRING_DAYS} days at a time`, ['lastDay']);
  const weekdays = new Set(input.weekdays?.length ? input.weekdays : [1, 2, 3, 4, 5, 6, 7]);
  if ([...weekdays].some((d) => !Number.isInteger(d) || d < 1 || d > 7)) throw bad('weekdays are 1 (Monday) to 7 (Sunday)', ['weekdays']);
  const trips: Awaited<ReturnType<typeof scheduleTrip>>[] = [];
  const skippedDays: string[] = [];
  for (let i = 0; i < days; i++) {
    const noon = new Date(first.getTime() + i * DAY_MS);
    const day = noon.toISOString().slice(0, 10);
    if (!weekdays.has(noon.getUTCDay() || 7)) continue;
    const departureAt = new Date(`${day}T${time}:00+01:00`);
    if (departureAt.getTime() <= Date.now()) {
      skippedDays.push(day);
      continue;
    }
    try {
      trips.push(await scheduleTrip(ctx, { routeId: input.routeId, vehicleId: input.vehicleId, departureAt, currency: input.currency, fares: input.fares }));
    } catch (e) {
      if (!(e instanceof DomainError && e.code === ErrorCode.ALREADY_EXISTS)) throw e;
      skippedDays.push(day);
    }
  }
  return { trips, skippedDays };
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar day (YYYY-MM-DD) as noon UTC, or BAD_USER_INPUT on `field`. */
function dayOrBad(date: string, field: string[]): Date {
  try {
    lagosDay(date);
  } catch {
    throw bad(`${field[0]} must be a calendar date (YYYY-MM-DD)`, field);
  }
  return new Date(`${date}T12:00:00Z`);
}

/** Fares of trips as Money, by trip id then seat class (one query). */
export async function tripFares(db: Db, trips: { id: string; currency: string }[]) {
  const rows = trips.length ? await db.tripFare.findMany({ where: { tripId: { in: trips.map((t) => t.id) } }, orderBy: { seatClass: 'asc' } }) : [];
  const currency = new Map(trips.map((t) => [t.id, t.currency]));
  const byTrip = new Map<string, { seatClass: string; price: ReturnType<typeof money> }[]>();
  for (const r of rows) {
    const list = byTrip.get(r.tripId) ?? [];
    list.push({ seatClass: r.seatClass, price: money(r.amount, currency.get(r.tripId)!) });
    byTrip.set(r.tripId, list);
  }
  return byTrip;
}

/** Africa/Lagos is UTC+1 all year (no daylight saving): a calendar day there as a UTC interval. */
export function lagosDay(date: string): { from: Date; to: Date } {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) throw bad('date must be YYYY-MM-DD', ['date']);
  // A date that does not exist (2026-02-30) rolls over in Date: compare it with what was asked.
  if (Number.isNaN(Date.parse(`${date}T12:00:00Z`)) || new Date(`${date}T12:00:00Z`).toISOString().slice(0, 10) !== date) throw bad('date is not a calendar date', ['date']);
  const from = new Date(`${date}T00:00:00+01:00`);
  return { from, to: new Date(from.getTime() + 24 * 60 * 60 * 1000) };
}

/**
 * Trips departing on `date` (Africa/Lagos) from a park whose city or name is `origin` to one whose city
 * or name is `destination` (case-insensitive), over the operators the tenant sees, earliest first.
 */
/**
 * The next departures of the tenant (at a motor park: of every operator it lists), earliest first, for the
 * trips page before anyone has typed a search: a traveller sees what leaves soon without knowing the codes.
 */
export async function upcomingTrips(db: Db, tenantId: string, opts: { take: number; now?: Date }) {
  const operators = await visibleOperators(db, tenantId);
  const take = Math.max(1, Math.min(opts.take, 50));
  return db.trip.findMany({ where: { tenantId: { in: operators }, departureAt: { gte: opts.now ?? new Date() } }, orderBy: [{ departureAt: 'asc' }, { id: 'asc' }], take });
}

export async function searchTrips(db: Db, tenantId: string, input: { origin: string; destination: string; date: string }, take = 100) {
  const { from, to } = lagosDay(input.date);
  const origin = (input.origin ?? '').trim();
  const destination = (input.destination ?? '').trim();
  if (!origin || !destination) throw bad('origin and destination are required', [origin ? 'destination' : 'origin']);
  const operators = await visibleOperators(db, tenantId);
  const parksNamed = (q: string) => ({ tenantId: { in: operators }, OR: [{ city: { equals: q, mode: 'insensitive' as const } }, { name: { equals: q, mode: 'insensitive' as const } }] });
  const [origins, destinations] = await Promise.all([db.park.findMany({ where: parksNamed(origin), select: { id: true } }), db.park.findMany({ where: parksNamed(destination), select: { id: true } })]);
  if (!origins.length || !destinations.length) return [];
  const routes = await db.route.findMany({
    where: { tenantId: { in: operators }, originParkId: { in: origins.map((p) => p.id) }, destinationParkId: { in: destinations.map((p) => p.id) } },
    select: { id: true },
  });
  if (!routes.length) return [];
  return db.trip.findMany({ where: { routeId: { in: routes.map((r) => r.id) }, departureAt: { gte: from, lt: to } }, orderBy: [{ departureAt: 'asc' }, { id: 'asc' }], take });
}
