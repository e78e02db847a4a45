/**
 * Helpers for transport's tests: a stack with the demo transport network seeded and demo users given
 * roles at the operator (abc-transport) and the motor park (jibowu-park); service contexts; a small trip
 * made straight through the services; callers signed in through the gateway.
 */
import { anonymousActor, createPrismaClient, openDatabase, totpAt, uuidv7, type Actor, type PrismaClient, type RoleName } from '@webwaka/kit';
import { deployMigrations } from '../../../prisma/migrator';
import { seedIdentity } from '../../../prisma/seed/identity';
import { seedTransport } from '../../../prisma/seed/transport';
import { bearer, gql, type GqlResult } from '../../../test/support/graphql';
import { forgetUsedTotpCodes, startStack, type TestStack } from '../../../test/support/stack';
import type { ServiceContext } from '../src/services/context';
import { gridLayout, type SeatLayout } from '../src/services/layout';
import { createPark, createRoute, createVehicle, scheduleTrip } from '../src/services/network';

export const OPERATOR = 'abc-transport';
export const PARK = 'jibowu-park';

export const tenantId = async (prisma: PrismaClient, slug: string) => (await prisma.tenant.findUniqueOrThrow({ where: { slug } })).id;
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

/** Signs in through the gateway (admins with their TOTP code) and returns the request headers. */
export async function signIn(s: TestStack, tenantSlug: string, user: Who): Promise<Record<string, string>> {
  const admin = user === 'client';
  if (admin) await forgetUsedTotpCodes(s.stack.prisma);
  const r = await gql(s.gatewayUrl, 'mutation ($i: LoginInput!) { login(input: $i) { session { accessToken } userErrors { code message } } }', {
    i: { tenantSlug, email: `${user}@webwaka.test`, password: s.demo.password, ...(admin ? { totpCode: totpAt(s.demo.totpSecret) } : {}) },
  });
  const token = r.data?.login?.session?.accessToken;
  if (!token) throw new Error(`sign-in of ${user} at ${tenantSlug} failed: ${JSON.stringify(r.errors ?? r.data)}`);
  return bearer(token);
}

/** An API key of the tenant with the given scopes, created by its administrator. */
export async function apiKey(s: TestStack, adminHeaders: Record<string, string>, scopes: string[]): Promise<Record<string, string>> {
  const r = await gql(s.gatewayUrl, 'mutation ($s: [String!]!) { createApiKey(name: "transport tests", scopes: $s) { key userErrors { code } } }', { s: scopes }, adminHeaders);
  const key = r.data?.createApiKey?.key;
  if (!key) throw new Error(`createApiKey failed: ${JSON.stringify(r.errors ?? r.data)}`);
  return { 'x-api-key': key };
}

/** Asserts a GraphQL result has no errors and the payload no userErrors; returns the payload. */
export function payload<T = any>(r: GqlResult, field: string): T {
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  const p = (r.data as any)[field];
  if (p?.userErrors?.length) throw new Error(`userErrors in ${field}: ${JSON.stringify(p.userErrors)}`);
  return p;
}

/** The userErrors codes of a mutation payload (throws on GraphQL errors). */
export function userErrorCodes(r: GqlResult, field: string): string[] {
  if (r.errors?.length || !r.data) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return ((r.data as any)[field]?.userErrors ?? []).map((e: { code: string }) => e.code);
}
