/**
 * Tenant isolation of every transport operation, through the gateway. Tenant A (ade-fashion, which
 * runs no buses and lists no operator) acts by its staff and by its integration key; tenant B (the
 * operator abc-transport) has a network, trips, a hold, a booking with a ticket, an allotment, an agent
 * sale and a park listing. A's lists hold none of B's rows; B's ids and tokens are unknown to A (NOT_FOUND
 * or TICKET_INVALID, exactly like ids that do not exist); B's data is unchanged afterwards. A guard fails
 * when an operation is not covered here.
 */
import { sha256Hex, uuidv7, type PrismaClient } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import type { TestStack } from '../../../test/support/stack';
import { rootFieldNames } from '../../../test/support/operations';
import { schema } from '../src/schema';
import { allotSeats, syncAgentSales } from '../src/services/agents';
import { confirmBooking } from '../src/services/bookings';
import { recordCashHandIn } from '../src/services/cash';
import { holdSeats } from '../src/services/holds';
import { setRouteFares } from '../src/services/network';
import { apiKey, createTrip, OPERATOR, serviceContext, signIn, startTransportStack, tenantId, userId } from './support';

let s: TestStack;
let prisma: PrismaClient;
const A = {} as { id: string; callers: Record<string, Record<string, string>> };
const B = {} as { id: string; orderId: string; tripId: string; parkId: string; routeId: string; vehicleId: string; holdToken: string; bookingId: string; ticketId: string; qr: string; allotmentId: string; listingId: string; seatEventId: string; agentUserId: string };

beforeAll(async () => {
  s = await startTransportStack();
  prisma = s.stack.prisma;
  A.id = await tenantId(prisma, 'ade-fashion');
  B.id = await tenantId(prisma, OPERATOR);
  const bCtx = serviceContext(prisma, B.id);
  const { trip, origin, route, vehicle } = await createTrip(prisma, B.id, 2);
  Object.assign(B, { tripId: trip.id, parkId: origin.id, routeId: route.id, vehicleId: vehicle.id });
  await setRouteFares(bCtx, { routeId: route.id, fares: [{ seatClass: 'STANDARD', amount: 900_000n }] });
  B.holdToken = (await holdSeats(bCtx, { tripId: trip.id, seatLabels: ['2A'] })).token;
  const sold = await holdSeats(bCtx, { tripId: trip.id, seatLabels: ['1A'] });
  B.bookingId = (await confirmBooking(bCtx, { holdToken: sold.token, passengers: [{ seatLabel: '1A', name: 'Bisi' }], paymentReference: `iso-${trip.id}` })).id;
  const ticket = await prisma.ticket.findFirstOrThrow({ where: { bookingId: B.bookingId } });
  Object.assign(B, { ticketId: ticket.id, qr: ticket.qr });
  const agent = await userId(prisma, 'agent');
  B.allotmentId = (await allotSeats(bCtx, { tripId: trip.id, agentUserId: agent, seatLabels: ['2B', '2C'] })).id;
  await syncAgentSales(serviceContext(prisma, B.id, { userId: agent, roles: ['AGENT'] }), [{ clientSaleId: 'iso-1', tripId: trip.id, seatLabel: '2B', passengerName: 'Kemi', amountPaid: 1_000_000n, soldAt: new Date() }]);
  B.agentUserId = agent;
  await recordCashHandIn(bCtx, { agentUserId: agent, amount: 400_000n, currency: 'NGN', idempotencyKey: 'iso-hand-in' });
  // An online purchase of B's (as buySeats and the paid order leave it), readable with its access token.
  B.orderId = uuidv7();
  const hold = await prisma.seatHold.findFirstOrThrow({ where: { tripId: trip.id, status: 'CONFIRMED' } });
  await prisma.ticketPurchase.create({
    data: { id: B.orderId, tenantId: B.id, operatorTenantId: B.id, holdId: hold.id, tripId: trip.id, orderId: B.orderId, orderNumber: 'WW-999999', accessTokenHash: sha256Hex('b-access'), total: 1_500_000n, currency: 'NGN', status: 'CONFIRMED', bookingId: B.bookingId },
  });
  B.listingId = (await prisma.parkListing.findFirstOrThrow({ where: { operatorTenantId: B.id } })).id;
  B.seatEventId = (await prisma.seatEvent.findFirstOrThrow({ where: { tripId: trip.id } })).id;
  const admin = await signIn(s, 'ade-fashion', 'client');
  A.callers = { staff: await signIn(s, 'ade-fashion', 'staff'), apiKey: await apiKey(s, admin, ['transport:read', 'transport:write']) };
}, 120_000);
afterAll(async () => {
  await s?.stop();
});

/** B's transport rows of every kind, for "unchanged" checks. */
async function snapshotB() {
  const where = { tenantId: B.id };
  const byId = { orderBy: { id: 'asc' as const } };
  return {
    parks: await prisma.park.findMany({ where, ...byId }),
    routes: await prisma.route.findMany({ where, ...byId }),
    routeFares: await prisma.routeFare.findMany({ where, ...byId }),
    vehicles: await prisma.vehicle.findMany({ where, ...byId }),
    trips: await prisma.trip.findMany({ where, ...byId }),
    seats: await prisma.tripSeat.findMany({ where, ...byId }),
    holds: await prisma.seatHold.findMany({ where, ...byId }),
    bookings: await prisma.booking.findMany({ where, ...byId }),
    tickets: await prisma.ticket.findMany({ where, ...byId }),
    allotments: await prisma.agentAllotment.findMany({ where, ...byId }),
    sales: await prisma.agentSale.findMany({ where, ...byId }),
    listings: await prisma.parkListing.findMany({ where: { operatorTenantId: B.id }, ...byId }),
    viewers: await prisma.tripViewer.findMany({ where, orderBy: { viewerId: 'asc' } }),
    purchases: await prisma.ticketPurchase.findMany({ where, ...byId }),
    handIns: await prisma.cashHandIn.findMany({ where, ...byId }),
  };
}

const callers = ['staff', 'apiKey'] as const;

describe.each(callers)('tenant A by %s', (who) => {
  const call = (document: string, variables: Record<string, unknown> = {}) => gql(s.gatewayUrl, document, variables, A.callers[who]);

  /** Queries: B's rows never appear; B's ids read as absent (null, empty, or NOT_FOUND). */
  const READS: Record<string, { document: string; variables?: () => Record<string, unknown>; expect: (r: any) => void }> = {
    parks: { document: '{ parks { id } }', expect: (r) => expect(r.data.parks.map((p: any) => p.id)).not.toContain(B.parkId) },
    transportRoutes: { document: '{ transportRoutes { id } }', expect: (r) => expect(r.data.transportRoutes.map((p: any) => p.id)).not.toContain(B.routeId) },
    vehicles: { document: '{ vehicles { id } }', expect: (r) => expect(r.data.vehicles.map((p: any) => p.id)).not.toContain(B.vehicleId) },
    trip: { document: 'query ($id: ID!) { trip(id: $id) { id } }', variables: () => ({ id: B.tripId }), expect: (r) => expect(r.data.trip).toBeNull() },
    upcomingTrips: {
      document: '{ upcomingTrips(first: 50) { id operatorId } }',
      expect: (r) => {
        expect(r.data.upcomingTrips.map((t: any) => t.id)).not.toContain(B.tripId);
        expect(r.data.upcomingTrips.map((t: any) => t.operatorId)).not.toContain(B.id);
      },
    },
    searchTrips: {
      document: 'query ($d: String!) { searchTrips(origin: "Lagos", destination: "Abuja", date: $d) { id } }',
      variables: () => ({ d: new Date(Date.now() + 2 * 86400_000).toISOString().slice(0, 10) }),
      expect: (r) => expect(r.data.searchTrips).toEqual([]),
    },
    seatMap: { document: 'query ($id: ID!) { seatMap(tripId: $id) { tripId } }', variables: () => ({ id: B.tripId }), expect: (r) => expect(r.errors.map((e: any) => e.extensions.code)).toEqual(['NOT_FOUND']) },
    seatEvent: { document: 'query ($id: ID!) { seatEvent(id: $id) { id } }', variables: () => ({ id: B.seatEventId }), expect: (r) => expect(r.data.seatEvent).toBeNull() },
    seatHold: { document: 'query ($t: String!) { seatHold(token: $t) { id } }', variables: () => ({ t: B.holdToken }), expect: (r) => expect(r.data.seatHold).toBeNull() },
    tripPresence: { document: 'query ($id: ID!) { tripPresence(tripId: $id) { viewers } }', variables: () => ({ id: B.tripId }), expect: (r) => expect(r.errors.map((e: any) => e.extensions.code)).toEqual(['NOT_FOUND']) },
    ticketVerificationKey: {
      document: 'query ($op: ID) { ticketVerificationKey(operatorId: $op) { operatorId } }',
      variables: () => ({ op: B.id }),
      expect: (r) => expect(r.errors.map((e: any) => e.extensions.code)).toEqual(['NOT_FOUND']),
    },
    booking: { document: 'query ($id: ID!) { booking(id: $id) { id } }', variables: () => ({ id: B.bookingId }), expect: (r) => expect(r.data.booking).toBeNull() },
    bookings: { document: 'query ($t: ID) { bookings(first: 50, tripId: $t) { edges { node { id } } } }', variables: () => ({ t: B.tripId }), expect: (r) => expect(r.data.bookings.edges).toEqual([]) },
    bookingForOrder: {
      document: 'query ($id: ID!) { bookingForOrder(orderId: $id, accessToken: "b-access") { id } }',
      variables: () => ({ id: B.orderId }),
      expect: (r) => expect(r.data.bookingForOrder).toBeNull(),
    },
    ticket: { document: 'query ($id: ID!) { ticket(id: $id) { id } }', variables: () => ({ id: B.ticketId }), expect: (r) => expect(r.data.ticket).toBeNull() },
    agentAllotments: { document: '{ agentAllotments(includeReleased: true) { id } }', expect: (r) => expect(r.data.agentAllotments.map((a: any) => a.id)).not.toContain(B.allotmentId) },
    agentSales: { document: '{ agentSales(first: 50) { edges { node { tripId } } } }', expect: (r) => expect(r.data.agentSales.edges.map((e: any) => e.node.tripId)).not.toContain(B.tripId) },
    agentCashPositions: { document: '{ agentCashPositions { agentUserId } }', expect: (r) => expect(r.data.agentCashPositions.map((p: any) => p.agentUserId)).not.toContain(B.agentUserId) },
    ticketSalesReport: {
      document: '{ ticketSalesReport(from: "2025-06-01T00:00:00Z", to: "2027-12-31T00:00:00Z") { tripId seatsSold } }',
      expect: (r) => {
        expect(r.errors).toBeUndefined();
        expect(r.data.ticketSalesReport.map((t: any) => t.tripId)).not.toContain(B.tripId);
      },
    },
    cashHandIns: {
      document: 'query ($a: ID) { cashHandIns(first: 50, agentUserId: $a) { edges { node { id } } } }',
      variables: () => ({ a: B.agentUserId }),
      expect: (r) => expect(r.data.cashHandIns.edges).toEqual([]),
    },
    // An agent's own position only: A's staff and keys are no agents.
    myCashPosition: { document: '{ myCashPosition { operatorTenantId } }', expect: (r) => expect(r.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']) },
    parkListings: {
      document: '{ parkListings(first: 50) { edges { node { id } } } }',
      // Listings are an administrators' setting: A's staff is refused outright; A's key sees none of B's.
      expect: (r) => (who === 'staff' ? expect(r.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']) : expect(r.data.parkListings.edges.map((e: any) => e.node.id)).not.toContain(B.listingId)),
    },
  };

  it.each(Object.entries(READS))('%s shows none of B’s rows', async (_name, q) => {
    q.expect(await call(q.document, q.variables?.() ?? {}));
  });

  const MUTATIONS: Record<string, { document: string; variables: () => Record<string, unknown>; code: string }> = {
    createPark: { document: 'mutation { createPark(input: { name: "", city: "Lagos" }) { park { id } userErrors { code } } }', variables: () => ({}), code: 'BAD_USER_INPUT' },
    createRoute: {
      document: 'mutation ($a: ID!) { createRoute(input: { code: "X-1", originParkId: $a, destinationParkId: $a }) { route { id } userErrors { code } } }',
      variables: () => ({ a: B.parkId }),
      code: 'NOT_FOUND',
    },
    updateRoute: {
      document: 'mutation ($r: ID!) { updateRoute(input: { id: $r, stops: ["Nowhere"] }) { route { id } userErrors { code } } }',
      variables: () => ({ r: B.routeId }),
      code: 'NOT_FOUND',
    },
    setRouteFares: {
      document: 'mutation ($r: ID!) { setRouteFares(input: { routeId: $r, fares: [{ seatClass: "STANDARD", amount: "1" }] }) { route { id } userErrors { code } } }',
      variables: () => ({ r: B.routeId }),
      code: 'NOT_FOUND',
    },
    createVehicle: {
      document: 'mutation { createVehicle(input: { registration: "!", name: "x", layout: { rows: 1, columns: 1, seats: [] } }) { vehicle { id } userErrors { code } } }',
      variables: () => ({}),
      code: 'BAD_USER_INPUT',
    },
    scheduleTrip: {
      document: 'mutation ($r: ID!, $v: ID!) { scheduleTrip(input: { routeId: $r, vehicleId: $v, departureAt: "2099-01-01T00:00:00Z", fares: [] }) { trip { id } userErrors { code } } }',
      variables: () => ({ r: B.routeId, v: B.vehicleId }),
      code: 'NOT_FOUND',
    },
    scheduleRecurringTrips: {
      document:
        'mutation ($r: ID!, $v: ID!) { scheduleRecurringTrips(input: { routeId: $r, vehicleId: $v, departureTime: "07:00", firstDay: "2099-01-01", lastDay: "2099-01-02", fares: [] }) { trips { id } userErrors { code } } }',
      variables: () => ({ r: B.routeId, v: B.vehicleId }),
      code: 'NOT_FOUND',
    },
    holdSeats: { document: 'mutation ($t: ID!) { holdSeats(tripId: $t, seatLabels: ["2D"]) { holdToken userErrors { code } } }', variables: () => ({ t: B.tripId }), code: 'NOT_FOUND' },
    extendSeatHold: { document: 'mutation ($t: String!) { extendSeatHold(holdToken: $t) { hold { id } userErrors { code } } }', variables: () => ({ t: B.holdToken }), code: 'NOT_FOUND' },
    releaseSeatHold: { document: 'mutation ($t: String!) { releaseSeatHold(holdToken: $t) { hold { id } userErrors { code } } }', variables: () => ({ t: B.holdToken }), code: 'NOT_FOUND' },
    tripHeartbeat: { document: 'mutation ($t: ID!) { tripHeartbeat(tripId: $t, viewerId: "viewer-of-a-1") { presence { viewers } userErrors { code } } }', variables: () => ({ t: B.tripId }), code: 'NOT_FOUND' },
    confirmBooking: {
      document: 'mutation ($t: String!) { confirmBooking(input: { holdToken: $t, passengers: [{ seatLabel: "2A", name: "X" }], paymentReference: "a-pay" }) { booking { id } userErrors { code } } }',
      variables: () => ({ t: B.holdToken }),
      code: 'NOT_FOUND',
    },
    buySeats: {
      document: 'mutation ($t: String!) { buySeats(input: { holdToken: $t, passengers: [{ seatLabel: "2A", name: "X" }], email: "a@b.ng", idempotencyKey: "iso-a" }) { orderId userErrors { code } } }',
      variables: () => ({ t: B.holdToken }),
      code: 'NOT_FOUND',
    },
    boardTicket: { document: 'mutation ($q: String!) { boardTicket(qr: $q) { ticket { id } userErrors { code } } }', variables: () => ({ q: B.qr }), code: 'TICKET_INVALID' },
    allotSeats: {
      document: 'mutation ($t: ID!, $u: ID!) { allotSeats(input: { tripId: $t, agentUserId: $u, seatLabels: ["2D"] }) { allotment { id } userErrors { code } } }',
      variables: () => ({ t: B.tripId, u: uuidv7() }),
      code: 'NOT_FOUND',
    },
    releaseAllotment: { document: 'mutation ($id: ID!) { releaseAllotment(id: $id) { allotment { id } userErrors { code } } }', variables: () => ({ id: B.allotmentId }), code: 'NOT_FOUND' },
    requestParkListing: {
      document: 'mutation ($p: ID!) { requestParkListing(parkTenantId: $p) { listing { id } userErrors { code } } }',
      variables: () => ({ p: B.id }),
      code: 'BAD_USER_INPUT',
    },
    setParkListingStatus: { document: 'mutation ($id: ID!) { setParkListingStatus(id: $id, status: SUSPENDED) { listing { id } userErrors { code } } }', variables: () => ({ id: B.listingId }), code: 'NOT_FOUND' },
    // B's agent took no cash for A: there is nothing of B's to hand in.
    recordCashHandIn: {
      document: 'mutation ($a: ID!) { recordCashHandIn(input: { agentUserId: $a, amount: "100000", currency: "NGN", idempotencyKey: "iso-hand-in" }) { handIn { id } userErrors { code } } }',
      variables: () => ({ a: B.agentUserId }),
      code: 'BAD_USER_INPUT',
    },
  };

  it('covers every transport query and mutation (syncAgentSales: agents only, see below)', () => {
    const { queries, mutations } = rootFieldNames(schema);
    expect(queries.filter((q) => !(q in READS))).toEqual([]);
    expect(mutations.filter((m) => !(m in MUTATIONS) && m !== 'syncAgentSales')).toEqual([]);
  });

  it.each(Object.entries(MUTATIONS))('%s: B’s ids are unknown, nothing of B changes', async (name, m) => {
    const before = await snapshotB();
    const r = await call(m.document, m.variables());
    // Park listings are administrators' settings; hand-ins are recorded by signed-in people, never keys.
    if ((who === 'staff' && ['requestParkListing', 'setParkListingStatus'].includes(name)) || (who === 'apiKey' && name === 'recordCashHandIn')) {
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    } else {
      expect({ errors: r.errors, codes: r.data?.[name]?.userErrors?.map((e: any) => e.code) }).toEqual({ errors: undefined, codes: [m.code] });
    }
    expect(await snapshotB()).toEqual(before);
  });
});

describe('an agent of tenant A', () => {
  it('syncing a sale of B’s trip records a conflict in A, and sells nothing of B', async () => {
    const aAgent = await userId(prisma, 'agent');
    if (!(await prisma.membership.findFirst({ where: { userId: aAgent, tenantId: A.id, role: 'AGENT' } }))) {
      await prisma.membership.create({ data: { id: uuidv7(), userId: aAgent, tenantId: A.id, role: 'AGENT' } });
    }
    const headers = await signIn(s, 'ade-fashion', 'agent');
    const before = await snapshotB();
    const r = await gql(
      s.gatewayUrl,
      'mutation ($s: [AgentSaleInput!]!) { syncAgentSales(sales: $s) { results { status sale { conflictReason } } userErrors { code } } }',
      { s: [{ clientSaleId: 'iso-a', tripId: B.tripId, seatLabel: '2C', passengerName: 'X', amountPaid: '100', soldAt: new Date().toISOString() }] },
      headers,
    );
    expect(r.data?.syncAgentSales).toEqual({ results: [{ status: 'CONFLICT', sale: { conflictReason: 'UNKNOWN_TRIP' } }], userErrors: [] });
    expect(await snapshotB()).toEqual(before);
  });
});
