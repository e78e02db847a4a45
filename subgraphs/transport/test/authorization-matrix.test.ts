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
import { uuidv7 } from '@webwaka/kit';
import { authorizationMatrix, demoCallers, callerKinds, type CallerSpec, type MatrixCaller, type MatrixOperation } from '../../../test/support/authorization-matrix';
import { gql } from '../../../test/support/graphql';
import { schema } from '../src/schema';
import { holdSeats, releaseHold } from '../src/services/holds';
import { createTrip, OPERATOR, serviceContext, startTransportStack, tenantId } from './support';

/** The callers: demo users, given roles at the operator by the test support; keys made by its administrator. */
const CALLERS = {
  ...demoCallers(OPERATOR),
  KEY_READ_WRITE: { scopes: ['transport:read', 'transport:write'], madeBy: 'CLIENT_ADMIN' },
  KEY_READ: { scopes: ['transport:read'], madeBy: 'CLIENT_ADMIN' },
  KEY_OTHER_SCOPES: { scopes: ['catalog:read', 'inventory:write', 'commerce:write'], madeBy: 'CLIENT_ADMIN' },
  // Users holding two roles at the operator: each is allowed what either role is (decision 0025).
  'CUSTOMER+AGENT': { roles: ['CUSTOMER', 'AGENT'], tenant: OPERATOR, parts: ['CUSTOMER', 'AGENT'] },
  'CUSTOMER+VENDOR': { roles: ['CUSTOMER', 'VENDOR'], tenant: OPERATOR, parts: ['CUSTOMER', 'VENDOR'] },
  'STAFF+AGENT': { roles: ['STAFF', 'AGENT'], tenant: OPERATOR, parts: ['STAFF', 'AGENT'] },
  'AGENT+VENDOR': { roles: ['AGENT', 'VENDOR'], tenant: OPERATOR, parts: ['AGENT', 'VENDOR'] },
  // An administrator without 2FA is asked for it only where administrators are allowed at all (not for agents' own operation).
  'CUSTOMER+CLIENT_ADMIN_WITHOUT_2FA': { roles: ['CUSTOMER', 'CLIENT_ADMIN'], tenant: OPERATOR, parts: ['CUSTOMER', 'CLIENT_ADMIN_WITHOUT_2FA'] },
} satisfies Record<string, CallerSpec>;
type CallerKind = keyof typeof CALLERS;
const { kinds: CALLER_KINDS } = callerKinds<CallerKind>(CALLERS);

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

/** A trip in each caller's tenant (public operations are asked about a trip the caller's tenant sells). */
const tripOf: Record<string, string> = {};
const trip = (caller: MatrixCaller) => ({ tripId: tripOf[caller.tenantSlug] });

const OPERATIONS: Record<string, MatrixOperation<CallerKind>> = {
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
  // Ticket sales per trip (issue 14 reports): the operator's readers and keys.
  'Query.ticketSalesReport': { document: '{ ticketSalesReport(from: "2020-01-01T00:00:00Z", to: "2021-01-01T00:00:00Z") { tripId } }', allowed: READERS, expectAllowed: list },
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
  'Mutation.updateRoute': {
    document: 'mutation ($a: ID!) { updateRoute(input: { id: $a, stops: [] }) { route { id } userErrors { code } } }',
    variables: () => ({ a: uuidv7() }),
    allowed: MANAGERS,
    expectAllowed: (p) => expect(codes(p)).toEqual(['NOT_FOUND']),
  },
  'Mutation.setRouteFares': {
    document: 'mutation ($a: ID!) { setRouteFares(input: { routeId: $a, fares: [] }) { route { id } userErrors { code } } }',
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
  'Mutation.scheduleRecurringTrips': {
    document: 'mutation ($r: ID!) { scheduleRecurringTrips(input: { routeId: $r, vehicleId: $r, departureTime: "07:00", firstDay: "2099-01-01", lastDay: "2099-01-03", fares: [] }) { trips { id } userErrors { code } } }',
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
  // Allowed subscribers receive their tenant's trip events (a hold, or a heartbeat); nobody is refused (public feeds).
  'Subscription.seatMap': {
    document: 'subscription ($tripId: ID!) { seatMap(tripId: $tripId) { kind seatLabels } }',
    variables: trip,
    allowed: EVERYONE,
    provoke: async (caller) => {
      const prisma = matrix.stack().stack.prisma;
      const { token } = await holdSeats(serviceContext(prisma, caller.tenantId), { tripId: tripOf[caller.tenantSlug], seatLabels: ['1A'] });
      await releaseHold(serviceContext(prisma, caller.tenantId), token);
      return () => true;
    },
  },
  'Subscription.tripPresence': {
    document: 'subscription ($tripId: ID!) { tripPresence(tripId: $tripId) { viewers } }',
    variables: trip,
    allowed: EVERYONE,
    provoke: async (caller) => {
      const heartbeat = 'mutation ($t: ID!, $v: String!) { tripHeartbeat(tripId: $t, viewerId: $v) { presence { viewers } } }';
      await gql(matrix.stack().gatewayUrl, heartbeat, { t: tripOf[caller.tenantSlug], v: `viewer-${uuidv7()}` }, caller.headers);
      return () => true;
    },
  },
};

const matrix = authorizationMatrix({
  capability: 'transport',
  subgraphSchema: schema,
  extra: ['Subscription.seatMap', 'Subscription.tripPresence'],
  callers: CALLERS,
  operations: OPERATIONS,
  start: () => startTransportStack(),
  // One small trip in each tenant a caller acts in.
  before: async (s) => {
    for (const slug of ['lagos-digital', 'webwaka', OPERATOR]) tripOf[slug] = (await createTrip(s.stack.prisma, await tenantId(s.stack.prisma, slug), 1)).trip.id;
  },
});
