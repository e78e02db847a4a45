import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import type { TransportHoldFieldsFragment, TransportSeatMapFieldsFragment, TransportTripFieldsFragment } from '../../gql/graphql';
import { gatewayQuery, gatewayRequest, type GatewayRequestOptions } from '../gateway';
import { forwardedFor } from '../request';
import { getCategoryTree } from '../catalog';
import { accessCookieName } from '../session-cookies';
import { isUuid } from '../listing';
import { holdCookieName } from './hold-cookie';
import { tripOrderCookieName } from './order-cookie';
import {
  TransportAgentAllotmentsQuery,
  TransportAgentSalesQuery,
  TransportAgentTripQuery,
  TransportBookingQuery,
  TransportParksQuery,
  TransportSearchTripsQuery,
  TransportUpcomingTripsQuery,
  TransportSeatHoldQuery,
  TransportSeatMapQuery,
  TransportTripOrderQuery,
  TransportTripQuery,
  TransportVerificationKeyQuery,
  TransportViewerQuery,
} from './operations';
import type { HoldView, SeatMapView } from './seat-map';

// Reads for the transport pages. Trips, seat maps and keys are public and asked anonymously (the gateway's
// per-tenant cache serves them, decision 0013); holds are asked with their token; bookings, allotments and
// the viewer's roles with the signed-in user's token.

export type TripSummary = TransportTripFieldsFragment;

const MANAGER_ROLES = ['SUPER_ADMIN', 'PARTNER_ADMIN', 'CLIENT_ADMIN', 'STAFF'];

async function anonymous(slug: string): Promise<GatewayRequestOptions> {
  return { tenant: slug, forwardedFor: await forwardedFor() };
}

export async function accessToken(slug: string): Promise<string | undefined> {
  return (await cookies()).get(accessCookieName(slug))?.value;
}

export interface TransportViewer {
  id: string;
  name: string;
  token: string;
  /** Sells at the window and boards passengers (the API's TRANSPORT_MANAGERS roles). */
  manager: boolean;
  agent: boolean;
}

/** The signed-in user here with what they may do on transport pages, or null. */
export const getTransportViewer = cache(async (slug: string): Promise<TransportViewer | null> => {
  const token = await accessToken(slug);
  if (!token) return null;
  const result = await gatewayRequest(TransportViewerQuery, {}, { ...(await anonymous(slug)), accessToken: token });
  const me = result.data?.me;
  if (!me) return null;
  const roles = me.memberships.map((m) => m.role as string);
  return { id: me.id, name: me.name, token, manager: roles.some((r) => MANAGER_ROLES.includes(r)), agent: roles.includes('AGENT') };
});

export async function searchTrips(slug: string, origin: string, destination: string, date: string): Promise<TripSummary[]> {
  return (await gatewayQuery(TransportSearchTripsQuery, { origin, destination, date }, await anonymous(slug))).searchTrips;
}

/** The next departures (the trips page before a search). */
export async function upcomingTrips(slug: string, first = 20): Promise<TripSummary[]> {
  return (await gatewayQuery(TransportUpcomingTripsQuery, { first }, await anonymous(slug))).upcomingTrips;
}

/** Cities the tenant's routes start and end in (suggestions for the search form). Once per request. */
export const routeCities = cache(async (slug: string): Promise<{ origins: string[]; destinations: string[] }> => routeCitiesOf(slug));

/**
 * The tenant sells bus trips: it runs routes (an operator), or departures of the operators it lists show
 * here (a motor park has no routes of its own). Once per request; a transport outage answers false.
 */
export const sellsTrips = cache(async (slug: string): Promise<boolean> => {
  try {
    if ((await routeCities(slug)).origins.length > 0) return true;
    return (await upcomingTrips(slug, 1)).length > 0;
  } catch {
    return false;
  }
});

/**
 * A travel storefront: it sells trips and keeps no catalogue (a bus operator, a motor park). Its menu,
 * search and home page are about trips, not carts and products. A transport outage makes it look like a
 * shop until it returns: never an error page.
 */
export const isTravelStorefront = cache(async (slug: string): Promise<boolean> => {
  const [trips, tree] = await Promise.all([sellsTrips(slug), getCategoryTree(slug).catch(() => null)]);
  return trips && !!tree && tree.length === 0;
});

async function routeCitiesOf(slug: string): Promise<{ origins: string[]; destinations: string[] }> {
  const result = await gatewayRequest(TransportParksQuery, {}, await anonymous(slug));
  const routes = result.data?.transportRoutes ?? [];
  const unique = (xs: string[]) => [...new Set(xs)].sort();
  return { origins: unique(routes.map((r) => r.origin.city)), destinations: unique(routes.map((r) => r.destination.city)) };
}

export function toSeatMapView(map: TransportSeatMapFieldsFragment): SeatMapView {
  return { ...map, aisleAfterColumn: map.aisleAfterColumn ?? null, lastEventId: map.lastEventId ?? null, seats: map.seats.map((s) => ({ ...s })) };
}

/** A trip with its seat map and viewer count; null when the tenant does not sell it. */
export async function getTrip(slug: string, tripId: string) {
  if (!isUuid(tripId)) return null;
  const result = await gatewayRequest(TransportTripQuery, { id: tripId }, await anonymous(slug));
  if (result.errors.some((e) => e.extensions?.code === 'NOT_FOUND')) return null;
  const trip = result.data?.trip;
  if (!trip) return null;
  return { trip, seatMap: toSeatMapView(trip.seatMap), viewers: result.data?.tripPresence.viewers ?? 0 };
}

/** The polling fallback of the live seat map: the same query the subscription stands in for. */
export async function getSeatMap(slug: string, tripId: string): Promise<SeatMapView | null> {
  if (!isUuid(tripId)) return null;
  const result = await gatewayRequest(TransportSeatMapQuery, { tripId }, await anonymous(slug));
  return result.data?.seatMap ? toSeatMapView(result.data.seatMap) : null;
}

export function toHoldView(hold: TransportHoldFieldsFragment): HoldView {
  return { id: hold.id, seatLabels: hold.seatLabels, expiresAt: hold.expiresAt, canExtend: hold.canExtend, total: hold.total, remainingMs: Math.max(0, Date.parse(hold.expiresAt) - Date.now()) };
}

/** The hold this browser has on a trip (its token in the hold cookie), if it is still ACTIVE. */
export async function currentHold(slug: string, tripId: string): Promise<{ token: string; hold: HoldView } | null> {
  const token = (await cookies()).get(holdCookieName(tripId))?.value;
  if (!token) return null;
  const result = await gatewayRequest(TransportSeatHoldQuery, { token }, await anonymous(slug));
  const hold = result.data?.seatHold;
  if (!hold || hold.status !== 'ACTIVE' || hold.tripId !== tripId || Date.parse(hold.expiresAt) <= Date.now()) return null;
  return { token, hold: toHoldView(hold) };
}

/** A booking the signed-in user may read (their own, or any at the operator for staff). */
export async function getBooking(slug: string, bookingId: string, token: string) {
  if (!isUuid(bookingId)) return null;
  const result = await gatewayRequest(TransportBookingQuery, { id: bookingId }, { ...(await anonymous(slug)), accessToken: token });
  return result.data?.booking ?? null;
}

/**
 * An online ticket order and its booking (null until ticketed), read with the order's access token from
 * its cookie and the signed-in user's token; null when neither may read it.
 */
export async function getTripOrder(slug: string, orderId: string) {
  if (!isUuid(orderId)) return null;
  const orderToken = (await cookies()).get(tripOrderCookieName(orderId))?.value ?? null;
  const result = await gatewayRequest(TransportTripOrderQuery, { id: orderId, accessToken: orderToken }, { ...(await anonymous(slug)), accessToken: await accessToken(slug) });
  const order = result.data?.order;
  if (!order) return null;
  return { order, booking: result.data?.bookingForOrder ?? null };
}

export async function getVerificationKey(slug: string) {
  return (await gatewayQuery(TransportVerificationKeyQuery, {}, await anonymous(slug))).ticketVerificationKey;
}

export interface AllotmentView {
  id: string;
  trip: TripSummary;
  seats: { label: string; seatClass: string; price: { amount: string; currency: string } }[];
  soldSeatLabels: string[];
}

/** The signed-in agent's live allotments, each with its trip and the allotted seats' fares. */
export async function getAgentAllotments(slug: string, token: string): Promise<AllotmentView[]> {
  const options = { ...(await anonymous(slug)), accessToken: token };
  const { agentAllotments } = await gatewayQuery(TransportAgentAllotmentsQuery, {}, options);
  const tripIds = [...new Set(agentAllotments.map((a) => a.tripId))];
  const trips = new Map(
    await Promise.all(tripIds.map(async (id) => [id, (await gatewayQuery(TransportAgentTripQuery, { id }, await anonymous(slug))).trip] as const)),
  );
  return agentAllotments.flatMap((a) => {
    const trip = trips.get(a.tripId);
    if (!trip) return [];
    const allotted = new Set(a.seatLabels);
    return [{ id: a.id, trip, seats: trip.seatMap.seats.filter((s) => allotted.has(s.label)), soldSeatLabels: a.soldSeatLabels }];
  });
}

/** The signed-in agent's latest synced sales (theirs only: the API scopes them), each with its ticket once issued. */
export async function getAgentSales(slug: string, token: string, first = 20) {
  const { agentSales } = await gatewayQuery(TransportAgentSalesQuery, { first }, { ...(await anonymous(slug)), accessToken: token });
  return agentSales.edges.map((e) => e.node);
}
