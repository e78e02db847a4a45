/**
 * Helpers for transport's tests: a stack with the demo transport network seeded and demo users given
 * roles at the operator (abc-transport) and the motor park (jibowu-park); service contexts; a small trip
 * made straight through the services; callers signed in through the gateway.
 */
import { anonymousActor, createPrismaClient, DomainError, openDatabase, uuidv7, type Actor, type PrismaClient, type RoleName } from '@webwaka/kit';
import { deployMigrations } from '../../../test/support/boot';
import { seedIdentity, seedTransport } from '../../../test/support/demo';
import { startStack, type TestStack } from '../../../test/support/stack';
import type { ServiceContext } from '../src/services/context';
import { gridLayout, type SeatLayout } from '../src/services/layout';
import { createPark, createRoute, createVehicle, scheduleTrip } from '../src/services/network';
import { signIn, apiKey, payload, tenantId, userErrorCodes } from '../../../test/support/callers';

// Shared callers (test/support/callers.ts), re-exported so this capability's tests import from one place.
export { signIn, apiKey, payload, tenantId, userErrorCodes };

export const OPERATOR = 'abc-transport';
export const PARK = 'jibowu-park';

export const userId = async (prisma: PrismaClient, who: string) => (await prisma.user.findUniqueOrThrow({ where: { email: `${who}@webwaka.test` } })).id;

/** Demo users' roles at the transport tenants (the identity seed gives them roles elsewhere only). */
const TRANSPORT_ROLES: [who: string, slug: string, role: RoleName][] = [
  ['client', OPERATOR, 'CLIENT_ADMIN'],
  ['client', PARK, 'CLIENT_ADMIN'],
  ['staff', OPERATOR, 'STAFF'],
  ['staff', PARK, 'STAFF'],
  ['agent', OPERATOR, 'AGENT'],
  ['customer', OPERATOR, 'CUSTOMER'],
  ['customer', PARK, 'CUSTOMER'],
  ['vendor', OPERATOR, 'VENDOR'],
];

/** The demo transport network plus the demo users' roles at the operator and the park (those the identity seed lacks). */
async function seedForTests(prisma: PrismaClient) {
  await seedTransport(prisma);
  for (const [who, slug, role] of TRANSPORT_ROLES) {
    const membership = { userId: await userId(prisma, who), tenantId: await tenantId(prisma, slug), role };
    if (!(await prisma.membership.findFirst({ where: membership }))) await prisma.membership.create({ data: { id: uuidv7(), ...membership } });
  }
}

/** The whole graph (gateway and every subgraph), for tests through the API. */
export async function startTransportStack(opts: { redisUrl?: string } = {}): Promise<TestStack> {
  const s = await startStack({ demoProducts: 5, ...opts });
  await seedForTests(s.stack.prisma);
  return s;
}

/** Only the database (in-memory PGlite, migrated, demo tenants and users), for tests of the services. */
export async function startTransportDb(): Promise<{ prisma: PrismaClient; stop(): Promise<void> }> {
  const db = await openDatabase({ dataDir: 'memory' });
  await deployMigrations(db);
  const prisma = createPrismaClient(db);
  await seedIdentity(prisma);
  await seedForTests(prisma);
  return {
    prisma,
    async stop() {
      await prisma.$disconnect();
      await db.close();
    },
  };
}

/** A service context acting as a staff member of the tenant (or as the given actor). */
export function serviceContext(prisma: PrismaClient, tenant: string, actor: Partial<Actor> = {}): ServiceContext {
  return {
    prisma,
    tenantId: tenant,
    actor: { ...anonymousActor(tenant), kind: 'user', userId: uuidv7(), roles: ['STAFF'] as RoleName[], ...actor } as Actor,
    requestId: `test-${uuidv7()}`,
    ip: null,
    eventsRecorded: () => {},
  };
}

/** A fresh trip of the tenant departing tomorrow: `rows` x 4 seats, the first row PREMIUM (15,000 naira), the others STANDARD (10,000). */
export async function createTrip(prisma: PrismaClient, tenant: string, rows = 10) {
  const ctx = serviceContext(prisma, tenant);
  const tag = uuidv7().slice(-8).toUpperCase();
  const [a, b] = [await createPark(ctx, { name: `From ${tag}`, city: `Origin${tag}` }), await createPark(ctx, { name: `To ${tag}`, city: `Dest${tag}` })];
  const route = await createRoute(ctx, { code: `R-${tag}`, originParkId: a.id, destinationParkId: b.id, stops: ['Midway'] });
  const vehicle = await createVehicle(ctx, { registration: `T ${tag}`, name: 'Test bus', layout: gridLayout(rows, 4, { aisleAfterColumn: 2, classOfRow: (r) => (r === 1 ? 'PREMIUM' : 'STANDARD') }) });
  const trip = await scheduleTrip(ctx, {
    routeId: route.id,
    vehicleId: vehicle.id,
    departureAt: new Date(Date.now() + 24 * 60 * 60 * 1000),
    fares: [
      { seatClass: 'STANDARD', amount: 1_000_000n },
      { seatClass: 'PREMIUM', amount: 1_500_000n },
    ].filter((f) => rows > 1 || f.seatClass === 'PREMIUM'),
  });
  return { trip, route, vehicle, origin: a, destination: b, labels: (vehicle.layout as unknown as SeatLayout).seats.map((s) => s.label) };
}

/** Makes a hold overdue, as time passing would. */
export async function expireHoldNow(prisma: PrismaClient, holdId: string) {
  const past = new Date(Date.now() - 1000);
  await prisma.seatHold.update({ where: { id: holdId }, data: { expiresAt: past } });
  await prisma.tripSeat.updateMany({ where: { holdId }, data: { holdExpiresAt: past } });
}

export type Who = 'staff' | 'client' | 'customer' | 'vendor' | 'agent';


/** The code and field of the DomainError a service call fails with (the test fails when it succeeds or throws anything else). */
export async function domainFailure(call: Promise<unknown>): Promise<{ code: string; field?: string[] }> {
  const e = await call.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DomainError);
  return { code: (e as DomainError).code, field: (e as DomainError).field };
}
