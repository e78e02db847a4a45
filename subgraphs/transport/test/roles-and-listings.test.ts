/**
 * A caller's rights are the union of what each of its roles grants, each role scoped as that role
 * (decision 0025): a customer who is also an agent (or a vendor, or an administrator without the second
 * factor) reads their own bookings and the ones they sold, never the tenant's; staff read everything.
 * And park listings: only a motor park can be asked, and the listing carries the operator's own name.
 */
import { hashPassword, uuidv7, type PrismaClient, type RoleName } from '@webwaka/kit';
import { gql } from '../../../test/support/graphql';
import type { TestStack } from '../../../test/support/stack';
import { createUser, login } from '../../../test/support/callers';
import { allotSeats, syncAgentSales } from '../src/services/agents';
import { confirmBooking } from '../src/services/bookings';
import { holdSeats } from '../src/services/holds';
import { createTrip, OPERATOR, PARK, serviceContext, signIn, startTransportStack, tenantId } from './support';

let s: TestStack;
let prisma: PrismaClient;
let operator: string;
let tripId: string;

/** A fresh user with these roles at the operator, signed in (no second factor). */
async function userWith(roles: RoleName[]) {
  const email = `roles-${uuidv7()}@transport.test`;
  const { id } = await createUser(prisma, { email, passwordHash: await hashPassword(s.demo.password), memberships: roles.map((role) => ({ tenantId: operator, role })) });
  const session = await login(s.gatewayUrl, OPERATOR, email, s.demo.password);
  return { id, headers: { authorization: `Bearer ${session.accessToken}` } };
}

let labels: string[] = [];
const nextSeat = () => labels.shift()!;

/** A booking made through the services: bought by `customerUserId` (held by them, sold at the window), or sold by agent `agentUserId`. */
async function booking(data: { customerUserId?: string; agentUserId?: string }) {
  const seat = nextSeat();
  const staff = serviceContext(prisma, operator);
  if (data.agentUserId) {
    await allotSeats(staff, { tripId, agentUserId: data.agentUserId, seatLabels: [seat] });
    const [r] = await syncAgentSales(serviceContext(prisma, operator, { userId: data.agentUserId, roles: ['AGENT'] }), [
      { clientSaleId: uuidv7(), tripId, seatLabel: seat, passengerName: 'Ngozi', amountPaid: 1_000_000n, soldAt: new Date() },
    ]);
    const ticket = await prisma.ticket.findUniqueOrThrow({ where: { id: r.sale.ticketId! } });
    return ticket.bookingId;
  }
  const { token } = await holdSeats(serviceContext(prisma, operator, { userId: data.customerUserId, roles: ['CUSTOMER'] }), { tripId, seatLabels: [seat] });
  return (await confirmBooking(staff, { holdToken: token, passengers: [{ seatLabel: seat, name: 'Bisi' }], paymentReference: `roles-${uuidv7()}` })).id;
}

/** An agent's sale (a booking with its ticket); returns the sale's id. */
async function agentSale(agentUserId: string) {
  const bookingId = await booking({ agentUserId });
  const ticket = await prisma.ticket.findFirstOrThrow({ where: { bookingId } });
  return (await prisma.agentSale.findFirstOrThrow({ where: { ticketId: ticket.id } })).id;
}

const BOOKINGS = '{ bookings(first: 100) { edges { node { id } } } }';
const SALES = '{ agentSales(first: 100) { edges { node { id } } } }';
const ids = (r: any, field: string) => {
  expect(r.errors ?? []).toEqual([]);
  return (r.data[field].edges as { node: { id: string } }[]).map((e) => e.node.id).sort();
};
const ask = (query: string, headers: Record<string, string>) => gql(s.gatewayUrl, query, {}, headers);

beforeAll(async () => {
  s = await startTransportStack();
  prisma = s.stack.prisma;
  operator = await tenantId(prisma, OPERATOR);
  const made = await createTrip(prisma, operator, 12);
  tripId = made.trip.id;
  labels = [...made.labels];
}, 180_000);
afterAll(async () => {
  await s?.stop();
});

describe('two roles at once', () => {
  it('CUSTOMER+AGENT: their own bookings as a customer plus those they sold as an agent, nobody else’s', async () => {
    const me = await userWith(['CUSTOMER', 'AGENT']);
    const stranger = await userWith(['CUSTOMER']);
    const bought = await booking({ customerUserId: me.id });
    const sold = await booking({ agentUserId: me.id });
    const theirs = await booking({ customerUserId: stranger.id });
    const otherAgents = await booking({ agentUserId: uuidv7() });
    const mine = ids(await ask(BOOKINGS, me.headers), 'bookings');
    expect(mine).toEqual([bought, sold].sort());
    expect(mine).not.toContain(theirs);
    expect(mine).not.toContain(otherAgents);
    // One by id: theirs reads as absent, exactly like an unknown id.
    const one = await gql(s.gatewayUrl, 'query ($id: ID!) { booking(id: $id) { id tickets { passengerName qr } } }', { id: theirs }, me.headers);
    expect([one.errors, one.data]).toEqual([undefined, { booking: null }]);
    // Their agent sales: their own only.
    const mySale = await agentSale(me.id);
    const otherSale = await agentSale(uuidv7());
    // (Selling `sold` above was a sale too.)
    const soldSale = (await prisma.agentSale.findFirstOrThrow({ where: { agentUserId: me.id, id: { not: mySale } } })).id;
    const sales = ids(await ask(SALES, me.headers), 'agentSales');
    expect(sales).toEqual([soldSale, mySale].sort());
    expect(sales).not.toContain(otherSale);
  });

  it('CUSTOMER+VENDOR and CUSTOMER+administrator-without-2FA: their own bookings only', async () => {
    for (const roles of [['CUSTOMER', 'VENDOR'], ['CUSTOMER', 'CLIENT_ADMIN']] as RoleName[][]) {
      const me = await userWith(roles);
      const bought = await booking({ customerUserId: me.id });
      await booking({ customerUserId: uuidv7() });
      expect({ roles, bookings: ids(await ask(BOOKINGS, me.headers), 'bookings') }).toEqual({ roles, bookings: [bought] });
    }
  });

  it('AGENT+VENDOR: their own allotments and sales only; a plain AGENT reads the bookings they sold', async () => {
    const me = await userWith(['AGENT', 'VENDOR']);
    const mySale = await agentSale(me.id);
    await agentSale(uuidv7());
    expect(ids(await ask(SALES, me.headers), 'agentSales')).toEqual([mySale]);
    const allotments = await ask('{ agentAllotments { agentUserId } }', me.headers);
    expect(allotments.errors ?? []).toEqual([]);
    expect(allotments.data.agentAllotments.every((a: any) => a.agentUserId === me.id)).toBe(true);
    const agent = await userWith(['AGENT']);
    const sold = await booking({ agentUserId: agent.id });
    expect(ids(await ask(BOOKINGS, agent.headers), 'bookings')).toEqual([sold]);
  });

  it('STAFF+AGENT (and STAFF+CUSTOMER) read every booking and sale of the tenant', async () => {
    const all = (await prisma.booking.findMany({ where: { tenantId: operator }, select: { id: true } })).map((b) => b.id).sort();
    expect(all.length).toBeGreaterThan(5);
    for (const roles of [['STAFF', 'AGENT'], ['STAFF', 'CUSTOMER']] as RoleName[][]) {
      const me = await userWith(roles);
      expect({ roles, bookings: ids(await ask(BOOKINGS, me.headers), 'bookings') }).toEqual({ roles, bookings: all });
    }
  });
});

describe('park listings', () => {
  const REQUEST = 'mutation ($p: ID!) { requestParkListing(parkTenantId: $p) { listing { parkTenantId operatorId operatorName status } userErrors { code field } } }';

  it('only a motor park (a marketplace tenant) can be asked; the listing names the operator by its own tenant', async () => {
    const admin = await signIn(s, OPERATOR, 'client');
    const store = await tenantId(prisma, 'ade-fashion');
    const refused = (await gql(s.gatewayUrl, REQUEST, { p: store }, admin)).data.requestParkListing;
    expect(refused).toEqual({ listing: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['parkTenantId'] }] });
    const unknown = (await gql(s.gatewayUrl, REQUEST, { p: uuidv7() }, admin)).data.requestParkListing;
    expect(unknown.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['parkTenantId'] }]);
    expect(await prisma.parkListing.count({ where: { tenantId: { in: [store] } } })).toBe(0);

    const market = await tenantId(prisma, 'naija-market');
    const listed = (await gql(s.gatewayUrl, REQUEST, { p: market }, admin)).data.requestParkListing;
    expect(listed).toEqual({ listing: { parkTenantId: market, operatorId: operator, operatorName: 'ABC Transport', status: 'PENDING' }, userErrors: [] });
  });

  it('the operator is the caller’s own tenant: a motor park cannot ask to be listed as an operator', async () => {
    const parkAdmin = await signIn(s, PARK, 'client');
    const market = await tenantId(prisma, 'naija-market');
    const r = (await gql(s.gatewayUrl, REQUEST, { p: market }, parkAdmin)).data.requestParkListing;
    expect(r.listing).toBeNull();
    expect(r.userErrors.map((e: any) => e.code)).toEqual(['BAD_USER_INPUT']);
    // The old free-text operator name is gone from the API.
    const old = await gql(s.gatewayUrl, 'mutation ($p: ID!) { requestParkListing(parkTenantId: $p, operatorName: "Anything") { listing { id } } }', { p: market }, parkAdmin);
    expect(old.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
