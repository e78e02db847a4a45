/**
 * Demo transport data: ABC Transport (an operator, `abc-transport`) with parks in Lagos, Ibadan and
 * Abuja, three routes with their usual fares, a 14-seat minibus and two 48-seat coaches (two PREMIUM
 * rows), and trips for the next seven days (Africa/Lagos times); Jibowu Motor Park (`jibowu-park`) lists
 * it. Idempotent: a second run adds only the days not yet scheduled.
 */
import { anonymousActor, uuidv7, type PrismaClient } from '../../subgraphs/kit/src';
import type { ServiceContext } from '../../subgraphs/transport/src/services/context';
import { gridLayout } from '../../subgraphs/transport/src/services/layout';
import { createPark, createRoute, createVehicle, scheduleTrip, setRouteFares } from '../../subgraphs/transport/src/services/network';
import { operatorKey } from '../../subgraphs/transport/src/services/signing';
import { DEMO_TENANTS } from './identity';

const OPERATOR = DEMO_TENANTS.find((t) => t.slug === 'abc-transport')!;
const PARK = DEMO_TENANTS.find((t) => t.slug === 'jibowu-park')!;
const DAYS = 7;

const PARKS = [
  { name: 'Jibowu Terminal', city: 'Lagos', state: 'Lagos', address: '24 Ikorodu Road, Jibowu' },
  { name: 'Challenge Terminal', city: 'Ibadan', state: 'Oyo', address: 'Challenge Roundabout' },
  { name: 'Utako Terminal', city: 'Abuja', state: 'FCT', address: 'Utako Motor Park' },
];

const coach = () => gridLayout(12, 4, { aisleAfterColumn: 2, classOfRow: (row) => (row <= 2 ? 'PREMIUM' : 'STANDARD') });
const COACH_FARES: Record<string, bigint> = { PREMIUM: 3_200_000n, STANDARD: 2_500_000n };

const VEHICLES: { registration: string; name: string; layout: ReturnType<typeof gridLayout>; fares: Record<string, bigint> }[] = [
  { registration: 'LSR-101-XA', name: 'Toyota Hiace (14 seats)', layout: gridLayout(5, 3, { aisleAfterColumn: 1 }), fares: { STANDARD: 800_000n } },
  {
    registration: 'LSR-202-XB',
    name: 'Marcopolo coach (48 seats)',
    layout: coach(),
    fares: COACH_FARES,
  },
  { registration: 'FCT-303-XC', name: 'Marcopolo coach (48 seats)', layout: coach(), fares: COACH_FARES },
];
// The minibus grid has 15 places; 1A is the door.
VEHICLES[0].layout.seats = VEHICLES[0].layout.seats.filter((s) => s.label !== '1A');

/** [route code, origin city, destination city, stops, vehicle registration, Lagos departure hours]. */
const SCHEDULE: [string, string, string, string[], string, number[]][] = [
  ['LOS-ABV', 'Lagos', 'Abuja', ['Ibadan', 'Ilorin', 'Lokoja'], 'LSR-202-XB', [7]],
  ['LOS-IBD', 'Lagos', 'Ibadan', ['Sagamu'], 'LSR-101-XA', [8, 14]],
  ['ABV-LOS', 'Abuja', 'Lagos', ['Lokoja', 'Ilorin', 'Ibadan'], 'FCT-303-XC', [6]],
];

/** Returns how many trips it scheduled. */
export async function seedTransport(prisma: PrismaClient): Promise<number> {
  const ctx: ServiceContext = {
    prisma,
    tenantId: OPERATOR.id,
    actor: { ...anonymousActor(OPERATOR.id), kind: 'service', scopes: ['transport:write'] },
    requestId: `seed-${uuidv7()}`,
    ip: null,
    eventsRecorded: () => {},
  };
  const parks = new Map<string, string>();
  for (const p of PARKS) {
    const found = await prisma.park.findFirst({ where: { tenantId: OPERATOR.id, name: p.name } });
    parks.set(p.city, (found ?? (await createPark(ctx, p))).id);
  }
  const vehicles = new Map<string, { id: string; fares: Record<string, bigint> }>();
  for (const v of VEHICLES) {
    const found = await prisma.vehicle.findFirst({ where: { tenantId: OPERATOR.id, registration: v.registration } });
    vehicles.set(v.registration, { id: (found ?? (await createVehicle(ctx, v))).id, fares: v.fares });
  }
  await prisma.parkListing.upsert({
    where: { tenantId_operatorTenantId: { tenantId: PARK.id, operatorTenantId: OPERATOR.id } },
    create: { id: uuidv7(), tenantId: PARK.id, operatorTenantId: OPERATOR.id, operatorName: OPERATOR.name, status: 'APPROVED' },
    update: {},
  });
  await operatorKey(prisma, OPERATOR.id);

  let scheduled = 0;
  const today = new Date(Date.now() + 60 * 60 * 1000).toISOString().slice(0, 10); // Lagos is UTC+1
  for (const [code, from, to, stops, registration, hours] of SCHEDULE) {
    const route =
      (await prisma.route.findFirst({ where: { tenantId: OPERATOR.id, code } })) ??
      (await createRoute(ctx, { code, originParkId: parks.get(from)!, destinationParkId: parks.get(to)!, stops }));
    const vehicle = vehicles.get(registration)!;
    // The route's usual fares (what the back office offers for a new trip on it): its vehicle's.
    if (!(await prisma.routeFare.findFirst({ where: { routeId: route.id } }))) {
      await setRouteFares(ctx, { routeId: route.id, fares: Object.entries(vehicle.fares).map(([seatClass, amount]) => ({ seatClass, amount })) });
    }
    for (let day = 1; day <= DAYS; day++) {
      for (const hour of hours) {
        const departureAt = new Date(new Date(`${today}T${String(hour).padStart(2, '0')}:00:00+01:00`).getTime() + day * 24 * 60 * 60 * 1000);
        if (await prisma.trip.findFirst({ where: { vehicleId: vehicle.id, departureAt } })) continue;
        await scheduleTrip(ctx, { routeId: route.id, vehicleId: vehicle.id, departureAt, fares: Object.entries(vehicle.fares).map(([seatClass, amount]) => ({ seatClass, amount })) });
        scheduled++;
      }
    }
  }
  return scheduled;
}
