/**
 * Authorization matrix for transport: every root field transport adds to the API (its queries and
 * mutations, and the gateway's `seatMap` and `tripPresence` feeds) called through the gateway by every
 * kind of caller. ONE table says who may call what; everyone else is refused with the right code:
 *   - anonymous (x-tenant only)                           -> UNAUTHENTICATED
 *   - an administrator whose session has not passed 2FA   -> TWO_FACTOR_REQUIRED
 *   - anyone else (other roles, keys without the scope)   -> FORBIDDEN
 * "Allowed" means the call reached its resolver: no GraphQL error (a userError such as NOT_FOUND is fine;
 * arguments are chosen to change nothing). A new transport operation fails the coverage test until it is
 * added to the table.
 */
import { Kind, parse, validate, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { hashPassword, uuidv7, type PrismaClient, type RoleName } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import type { TestStack } from '../../../test/support/stack';
import { subscribe } from '../../../test/support/subscribe';
import { createUser, login } from '../../identity/test/support';
import { apiSchema, ownOperations } from '../../../test/support/operations';
import { schema } from '../src/schema';
import { holdSeats, releaseHold } from '../src/services/holds';
import { apiKey, createTrip, OPERATOR, serviceContext, signIn, startTransportStack, tenantId, type Who } from './support';

const CALLER_KINDS = [
  'anonymous',
  'CUSTOMER',
  'VENDOR',
  'AGENT',
  'STAFF',
  'CLIENT_ADMIN',
  'PARTNER_ADMIN',
  'SUPER_ADMIN',
  'CLIENT_ADMIN_WITHOUT_2FA',
  'KEY_READ_WRITE',
  'KEY_READ',
  'KEY_OTHER_SCOPES',
  // Users holding two roles at the operator: each is allowed what either role is (decision 0025).
  'CUSTOMER+AGENT',
  'CUSTOMER+VENDOR',
  'STAFF+AGENT',
  'AGENT+VENDOR',
  'CUSTOMER+CLIENT_ADMIN_WITHOUT_2FA',
] as const;
type CallerKind = (typeof CALLER_KINDS)[number];

/** Where each caller acts (demo users, given roles at the operator by the test support; keys made by its administrator). */
const TENANT_OF: Record<CallerKind, string> = {
  anonymous: OPERATOR,
  CUSTOMER: OPERATOR,
  VENDOR: OPERATOR,
  AGENT: OPERATOR,
  STAFF: OPERATOR,
  CLIENT_ADMIN: OPERATOR,
  PARTNER_ADMIN: 'lagos-digital',
  SUPER_ADMIN: 'webwaka',
  CLIENT_ADMIN_WITHOUT_2FA: OPERATOR,
  KEY_READ_WRITE: OPERATOR,
  KEY_READ: OPERATOR,
  KEY_OTHER_SCOPES: OPERATOR,
  'CUSTOMER+AGENT': OPERATOR,
  'CUSTOMER+VENDOR': OPERATOR,
  'STAFF+AGENT': OPERATOR,
  'AGENT+VENDOR': OPERATOR,
  'CUSTOMER+CLIENT_ADMIN_WITHOUT_2FA': OPERATOR,
};

/** The single-role callers a two-role caller combines (the roles it is given at the operator). */
const ROLES_OF: Partial<Record<CallerKind, { parts: CallerKind[]; roles: RoleName[] }>> = {
  'CUSTOMER+AGENT': { parts: ['CUSTOMER', 'AGENT'], roles: ['CUSTOMER', 'AGENT'] },
  'CUSTOMER+VENDOR': { parts: ['CUSTOMER', 'VENDOR'], roles: ['CUSTOMER', 'VENDOR'] },
  'STAFF+AGENT': { parts: ['STAFF', 'AGENT'], roles: ['STAFF', 'AGENT'] },
  'AGENT+VENDOR': { parts: ['AGENT', 'VENDOR'], roles: ['AGENT', 'VENDOR'] },
  'CUSTOMER+CLIENT_ADMIN_WITHOUT_2FA': { parts: ['CUSTOMER', 'CLIENT_ADMIN_WITHOUT_2FA'], roles: ['CUSTOMER', 'CLIENT_ADMIN'] },
};

/** A two-role caller may call what either of its roles may (never less, never more). */
const isAllowed = (op: { allowed: readonly CallerKind[] }, kind: CallerKind) => (ROLES_OF[kind]?.parts ?? [kind]).some((k) => op.allowed.includes(k));

/** An administrator without 2FA is asked for it only where administrators are allowed at all (not for agents' own operation). */
const denialCode = (kind: CallerKind, op?: { allowed: readonly CallerKind[] }): string =>
  ROLES_OF[kind]
    ? ROLES_OF[kind]!.parts.includes('CLIENT_ADMIN_WITHOUT_2FA') ? denialCode('CLIENT_ADMIN_WITHOUT_2FA', op) : 'FORBIDDEN'
    : kind === 'anonymous' ? 'UNAUTHENTICATED' : kind === 'CLIENT_ADMIN_WITHOUT_2FA' && (op?.allowed.includes('CLIENT_ADMIN') ?? true) ? 'TWO_FACTOR_REQUIRED' : 'FORBIDDEN';

// ---------------------------------------------------------------------------------------------------
// THE table
// ---------------------------------------------------------------------------------------------------

const ADMINS: readonly CallerKind[] = ['CLIENT_ADMIN', 'PARTNER_ADMIN', 'SUPER_ADMIN'];
/** Public: anyone with a tenant (shoppers search, hold and watch seats). */
const EVERYONE: readonly CallerKind[] = CALLER_KINDS;
/** TRANSPORT_MANAGERS: admins, staff, keys with transport:write. */
const MANAGERS: readonly CallerKind[] = [...ADMINS, 'STAFF', 'KEY_READ_WRITE'];
/** TRANSPORT_READERS: admins, staff, keys with transport:read. */
const READERS: readonly CallerKind[] = [...ADMINS, 'STAFF', 'KEY_READ_WRITE', 'KEY_READ'];
/** Booking readers: READERS, customers (their own) and agents (those they sold). */
const BOOKING_READERS: readonly CallerKind[] = [...READERS, 'CUSTOMER', 'AGENT'];
/** AGENT_READERS: READERS and agents (their own). */
const AGENT_READERS: readonly CallerKind[] = [...READERS, 'AGENT'];
/** TRANSPORT_ADMINS: admins, keys with transport:write. */
const TRANSPORT_ADMINS: readonly CallerKind[] = [...ADMINS, 'KEY_READ_WRITE'];

const codes = (p: { userErrors: { code: string }[] }) => p.userErrors.map((e) => e.code);
const connection = (c: any) => expect(Array.isArray(c.edges)).toBe(true);
const list = (c: any) => expect(Array.isArray(c)).toBe(true);

interface Operation {
  document: string;
  variables?: (kind: CallerKind) => Record<string, unknown>;
  allowed: readonly CallerKind[];
  expectAllowed?: (value: any) => void;
}

/** A trip in each caller's tenant (public operations are asked about a trip the caller's tenant sells). */
const tripOf: Record<string, string> = {};
const trip = (kind: CallerKind) => ({ tripId: tripOf[TENANT_OF[kind]] });

const OPERATIONS: Record<string, Operation> = {
  // ----- Query -----
  'Query.parks': { document: '{ parks { id } }', allowed: EVERYONE, expectAllowed: list },
  'Query.transportRoutes': { document: '{ transportRoutes { id } }', allowed: EVERYONE, expectAllowed: list },
  'Query.vehicles': { document: '{ vehicles { id layout { rows } } }', allowed: EVERYONE, expectAllowed: list },
  'Query.trip': { document: 'query ($tripId: ID!) { trip(id: $tripId) { id availableSeats } }', variables: trip, allowed: EVERYONE, expectAllowed: (v) => expect(v.availableSeats).toBe(4) },
  'Query.upcomingTrips': {
    document: '{ upcomingTrips(first: 2) { id operator { name } } }',
    allowed: EVERYONE,
    // The operator's name comes from identity through federation (each caller's tenant runs its own trips
    // here, so one name per list; a motor park's mixed list: test/browser/transport.test.ts).
    expectAllowed: (v) => {
      const names = new Set(v.map((t: { operator: { name: string } }) => t.operator.name));
      expect(v.length).toBeGreaterThan(0);
      expect(names.size).toBe(1);
      expect([...names][0]).toMatch(/\S/);
    },
  },
  'Query.searchTrips': { document: '{ searchTrips(origin: "Nowhere", destination: "Elsewhere", date: "2030-01-01") { id } }', allowed: EVERYONE, expectAllowed: (v) => expect(v).toEqual([]) },
  'Query.seatMap': { document: 'query ($tripId: ID!) { seatMap(tripId: $tripId) { available } }', variables: trip, allowed: EVERYONE, expectAllowed: (v) => expect(v.available).toBe(4) },
  'Query.seatEvent': { document: 'query ($id: ID!) { seatEvent(id: $id) { id } }', variables: () => ({ id: uuidv7() }), allowed: EVERYONE, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.seatHold': { document: '{ seatHold(token: "hold_nothing") { id } }', allowed: EVERYONE, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.tripPresence': { document: 'query ($tripId: ID!) { tripPresence(tripId: $tripId) { viewers } }', variables: trip, allowed: EVERYONE, expectAllowed: (v) => expect(v.viewers).toBeGreaterThanOrEqual(0) },
  'Query.ticketVerificationKey': { document: '{ ticketVerificationKey { algorithm publicKey } }', allowed: EVERYONE, expectAllowed: (v) => expect(v.algorithm).toBe('Ed25519') },
  'Query.booking': { document: 'query ($id: ID!) { booking(id: $id) { id } }', variables: () => ({ id: uuidv7() }), allowed: BOOKING_READERS, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.bookings': { document: '{ bookings(first: 5) { edges { node { id } } } }', allowed: BOOKING_READERS, expectAllowed: connection },
  'Query.ticket': { document: 'query ($id: ID!) { ticket(id: $id) { id } }', variables: () => ({ id: uuidv7() }), allowed: READERS, expectAllowed: (v) => expect(v).toBeNull() },
  'Query.agentAllotments': { document: '{ agentAllotments { id } }', allowed: AGENT_READERS, expectAllowed: list },
  'Query.agentSales': { document: '{ agentSales(first: 5) { edges { node { id } } } }', allowed: AGENT_READERS, expectAllowed: connection },
  'Query.bookingForOrder': {
    document: 'query ($id: ID!) { bookingForOrder(orderId: $id, accessToken: "nothing") { id } }',
    variables: () => ({ id: uuidv7() }),
    allowed: EVERYONE,
    expectAllowed: (v) => expect(v).toBeNull(),
  },
  'Query.agentCashPositions': { document: '{ agentCashPositions { agentUserId outstanding { amount } } }', allowed: READERS, expectAllowed: list },
  'Query.cashHandIns': { document: '{ cashHandIns(first: 5) { edges { node { id } } } }', allowed: READERS, expectAllowed: connection },
  'Query.myCashPosition': { document: '{ myCashPosition { operatorTenantId outstanding { amount } } }', allowed: ['AGENT'], expectAllowed: list },
  'Query.parkListings': { document: '{ parkListings(first: 5) { edges { node { id } } } }', allowed: TRANSPORT_ADMINS, expectAllowed: connection },

  // ----- Mutation -----
  'Mutation.createPark': { document: 'mutation { createPark(input: { name: "", city: "Lagos" }) { park { id } userErrors { code } } }', allowed: MANAGERS, expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']) },
  'Mutation.createRoute': {
    document: 'mutation ($a: ID!) { createRoute(input: { code: "R-1", originParkId: $a, destinationParkId: $a }) { route { id } userErrors { code } } }',
    variables: () => ({ a: uuidv7() }),
    allowed: MANAGERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.createVehicle': {
    document: 'mutation { createVehicle(input: { registration: "!", name: "x", layout: { rows: 1, columns: 1, seats: [] } }) { vehicle { id } userErrors { code } } }',
    allowed: MANAGERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.scheduleTrip': {
    document: 'mutation ($r: ID!) { scheduleTrip(input: { routeId: $r, vehicleId: $r, departureAt: "2099-01-01T00:00:00Z", fares: [] }) { trip { id } userErrors { code } } }',
    variables: () => ({ r: uuidv7() }),
    allowed: MANAGERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.holdSeats': {
    document: 'mutation ($t: ID!) { holdSeats(tripId: $t, seatLabels: ["1A"]) { holdToken userErrors { code } } }',
    variables: () => ({ t: uuidv7() }),
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.extendSeatHold': { document: 'mutation { extendSeatHold(holdToken: "hold_nothing") { hold { id } userErrors { code } } }', allowed: EVERYONE, expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']) },
  'Mutation.releaseSeatHold': { document: 'mutation { releaseSeatHold(holdToken: "hold_nothing") { hold { id } userErrors { code } } }', allowed: EVERYONE, expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']) },
  'Mutation.tripHeartbeat': {
    document: 'mutation ($t: ID!) { tripHeartbeat(tripId: $t, viewerId: "matrix-viewer") { presence { viewers } userErrors { code } } }',
    variables: () => ({ t: uuidv7() }),
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.confirmBooking': {
    document: 'mutation { confirmBooking(input: { holdToken: "hold_nothing", passengers: [], paymentReference: "p" }) { booking { id } userErrors { code } } }',
    allowed: MANAGERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.buySeats': {
    document: 'mutation { buySeats(input: { holdToken: "hold_nothing", passengers: [], email: "a@b.ng", idempotencyKey: "matrix" }) { orderId userErrors { code } } }',
    allowed: EVERYONE,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.boardTicket': { document: 'mutation { boardTicket(qr: "not a ticket") { ticket { id } userErrors { code } } }', allowed: MANAGERS, expectAllowed: (p) => expect(codes(p)).toEqual(['TICKET_INVALID']) },
  'Mutation.allotSeats': {
    document: 'mutation ($t: ID!) { allotSeats(input: { tripId: $t, agentUserId: $t, seatLabels: ["1A"] }) { allotment { id } userErrors { code } } }',
    variables: () => ({ t: uuidv7() }),
    allowed: MANAGERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.releaseAllotment': {
    document: 'mutation ($id: ID!) { releaseAllotment(id: $id) { allotment { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: MANAGERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.syncAgentSales': {
    document: 'mutation { syncAgentSales(sales: []) { results { status } userErrors { code } } }',
    allowed: ['AGENT'],
    expectAllowed: (p) => expect(p).toEqual({ results: null, userErrors: [{ code: 'BAD_USER_INPUT' }] }),
  },
  'Mutation.recordCashHandIn': {
    document: 'mutation ($a: ID!) { recordCashHandIn(input: { agentUserId: $a, amount: "1", currency: "NGN", idempotencyKey: "matrix" }) { handIn { id } userErrors { code } } }',
    variables: () => ({ a: uuidv7() }),
    // Cash is received by a person: administrators and staff, signed in (no keys).
    allowed: [...ADMINS, 'STAFF'],
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.requestParkListing': {
    document: 'mutation { requestParkListing(parkTenantId: "not-a-tenant") { listing { id } userErrors { code } } }',
    allowed: TRANSPORT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['BAD_USER_INPUT']),
  },
  'Mutation.setParkListingStatus': {
    document: 'mutation ($id: ID!) { setParkListingStatus(id: $id, status: APPROVED) { listing { id } userErrors { code } } }',
    variables: () => ({ id: uuidv7() }),
    allowed: TRANSPORT_ADMINS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },

  // ----- Subscription (graphql-ws) -----
  'Subscription.seatMap': { document: 'subscription { seatMap(tripId: "TRIP") { kind seatLabels } }', allowed: EVERYONE },
  'Subscription.tripPresence': { document: 'subscription { tripPresence(tripId: "TRIP") { viewers } }', allowed: EVERYONE },
};

const transportOperations = (): string[] => ownOperations(schema, { extra: ['Subscription.seatMap', 'Subscription.tripPresence'] });

// ---------------------------------------------------------------------------------------------------
// Stack and callers
// ---------------------------------------------------------------------------------------------------

let s: TestStack;
let prisma: PrismaClient;
const callers = {} as Record<CallerKind, { headers: Record<string, string>; ws: Record<string, string> }>;

beforeAll(async () => {
  s = await startTransportStack();
  prisma = s.stack.prisma;
  for (const slug of new Set(Object.values(TENANT_OF))) tripOf[slug] = (await createTrip(prisma, await tenantId(prisma, slug), 1)).trip.id;
  const users: Partial<Record<CallerKind, Who>> = { CUSTOMER: 'customer', VENDOR: 'vendor', AGENT: 'agent', STAFF: 'staff', CLIENT_ADMIN: 'client' };
  for (const [kind, user] of Object.entries(users) as [CallerKind, Who][]) {
    const headers = await signIn(s, OPERATOR, user);
    callers[kind] = { headers, ws: { authorization: headers.authorization } };
  }
  for (const [kind, email, tenant] of [
    ['PARTNER_ADMIN', 'partner@webwaka.test', 'lagos-digital'],
    ['SUPER_ADMIN', 'superadmin@webwaka.test', 'webwaka'],
  ] as const) {
    const session = await login(s.gatewayUrl, tenant, email, s.demo.password, s.demo.totpSecret, prisma);
    callers[kind] = { headers: { authorization: `Bearer ${session.accessToken}` }, ws: { authorization: `Bearer ${session.accessToken}` } };
  }
  const email = `transport-admin-${uuidv7()}@matrix.test`;
  await createUser(prisma, { email, passwordHash: await hashPassword(s.demo.password), memberships: [{ tenantId: await tenantId(prisma, OPERATOR), role: 'CLIENT_ADMIN' as RoleName }] });
  const noTwoFactor = await login(s.gatewayUrl, OPERATOR, email, s.demo.password);
  callers.CLIENT_ADMIN_WITHOUT_2FA = { headers: { authorization: `Bearer ${noTwoFactor.accessToken}` }, ws: { authorization: `Bearer ${noTwoFactor.accessToken}` } };
  for (const [kind, { roles }] of Object.entries(ROLES_OF) as [CallerKind, { roles: RoleName[] }][]) {
    const e = `two-roles-${uuidv7()}@matrix.test`;
    const operator = await tenantId(prisma, OPERATOR);
    await createUser(prisma, { email: e, passwordHash: await hashPassword(s.demo.password), memberships: roles.map((role) => ({ tenantId: operator, role })) });
    const session = await login(s.gatewayUrl, OPERATOR, e, s.demo.password);
    callers[kind] = { headers: { authorization: `Bearer ${session.accessToken}` }, ws: { authorization: `Bearer ${session.accessToken}` } };
  }
  callers.anonymous = { headers: { 'x-tenant': OPERATOR }, ws: { tenant: OPERATOR } };
  for (const [kind, scopes] of [
    ['KEY_READ_WRITE', ['transport:read', 'transport:write']],
    ['KEY_READ', ['transport:read']],
    ['KEY_OTHER_SCOPES', ['catalog:read', 'inventory:write', 'commerce:write']],
  ] as const) {
    const headers = await apiKey(s, callers.CLIENT_ADMIN.headers, [...scopes]);
    callers[kind] = { headers, ws: { apiKey: headers['x-api-key'] } };
  }
}, 180_000);
afterAll(async () => {
  await s?.stop();
});

describe('the table', () => {
  it('lists every transport operation of the API (and nothing else)', () => {
    const ops = transportOperations();
    const api = apiSchema();
    const inApi = (op: string) => {
      const [type, field] = op.split('.');
      return !!(type === 'Query' ? api.getQueryType() : type === 'Mutation' ? api.getMutationType() : api.getSubscriptionType())?.getFields()[field];
    };
    expect({ missing: ops.filter((op) => !(op in OPERATIONS)), stale: Object.keys(OPERATIONS).filter((op) => !ops.includes(op)), notInApi: ops.filter((op) => !inApi(op)) }).toEqual({
      missing: [],
      stale: [],
      notInApi: [],
    });
  });

  it('has a valid document per operation whose one root field is that operation', () => {
    const api = apiSchema();
    for (const [name, op] of Object.entries(OPERATIONS)) {
      const doc = parse(op.document);
      expect({ name, errors: validate(api, doc).map((e) => e.message) }).toEqual({ name, errors: [] });
      const def = doc.definitions[0] as OperationDefinitionNode;
      const [type, field] = name.split('.');
      expect(`${def.operation}:${(def.selectionSet.selections as FieldNode[]).map((f) => f.kind === Kind.FIELD && f.name.value).join(',')}`).toBe(`${type.toLowerCase()}:${field}`);
    }
  });
});

async function checkHttp(name: string, op: Operation, kind: CallerKind, allowed: boolean) {
  const field = name.split('.')[1];
  const r = await gql(s.gatewayUrl, op.document, op.variables?.(kind) ?? {}, callers[kind].headers);
  if (allowed) {
    expect(r.errors ?? []).toEqual([]);
    expect(r.data).toHaveProperty([field]);
    op.expectAllowed?.(r.data[field]);
  } else {
    expect((r.errors ?? []).map((e) => e.extensions?.code)).toEqual([denialCode(kind, op)]);
    expect(r.data?.[field] ?? null).toBeNull();
  }
}

/** Allowed subscribers receive their tenant's trip events (a hold, or a heartbeat); nobody is refused (public feeds). */
async function checkSubscription(name: string, op: Operation, kind: CallerKind) {
  const tripId = tripOf[TENANT_OF[kind]];
  const sub = subscribe<any>(s.wsUrl, op.document.replace('TRIP', tripId), callers[kind].ws);
  const tenant = await tenantId(prisma, TENANT_OF[kind]);
  try {
    // The subscription may not be listening yet when the first change is published: keep changing.
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline && sub.events.length === 0 && sub.errors.length === 0) {
      if (name === 'Subscription.seatMap') {
        const { token } = await holdSeats(serviceContext(prisma, tenant), { tripId, seatLabels: ['1A'] });
        await releaseHold(serviceContext(prisma, tenant), token);
      } else {
        await gql(s.gatewayUrl, 'mutation ($t: ID!, $v: String!) { tripHeartbeat(tripId: $t, viewerId: $v) { presence { viewers } } }', { t: tripId, v: `viewer-${uuidv7()}` }, callers[kind].headers);
      }
      await sub.next(() => true, 1500).catch(() => null);
    }
    expect({ got: sub.events.length > 0, errors: sub.errors }).toEqual({ got: true, errors: [] });
  } finally {
    await sub.close();
  }
}

describe.each(Object.entries(OPERATIONS))('%s', (name, op) => {
  const cases = CALLER_KINDS.map((kind) => ({ kind, allowed: isAllowed(op, kind), expected: isAllowed(op, kind) ? 'allowed' : `denied (${denialCode(kind, op)})` }));
  it.each(cases)('$kind: $expected', ({ kind, allowed }) => (name.startsWith('Subscription.') ? checkSubscription(name, op, kind) : checkHttp(name, op, kind, allowed)));
});
