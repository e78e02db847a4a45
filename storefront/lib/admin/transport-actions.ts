'use server';

import { redirect } from 'next/navigation';
import { t } from '../messages';
import { majorInputToMinor } from '../money';
import { seatClassName, tt } from '../transport/messages';
import type { FormState } from './form-state';
import { adminMutate, adminQuery } from './session';
import { listingsPath, routePath, transportPath, tripPath } from './transport';
import { parseLayout } from './seat-grid';
import {
  AdminAllotSeatsMutation,
  AdminCreateParkMutation,
  AdminCreateRouteMutation,
  AdminCreateVehicleMutation,
  AdminMotorParkQuery,
  AdminReleaseAllotmentMutation,
  AdminRequestParkListingMutation,
  AdminScheduleRecurringTripsMutation,
  AdminScheduleTripMutation,
  AdminSetParkListingStatusMutation,
  AdminSetRouteFaresMutation,
  AdminTransportNetworkQuery,
  AdminUpdateRouteMutation,
} from './transport-operations';
import { errorState, formValues, outcomeOf, text } from './user-errors';

// The transport back office's forms: each one transport mutation as the signed-in user (transport checks the
// role and the tenant). Fares are typed in major units and sent as minor units (BigInt, never a float).

const base = (slug: string) => transportPath(slug);

/** Stops as typed: one per line, blank lines dropped. */
const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

/** The route form's field for an API path: every stop's error goes next to the stops box. */
const routeField = (path: string) => (path.startsWith('stops') ? 'stops' : ['code', 'originParkId', 'destinationParkId'].includes(path) ? path : null);

export async function createParkAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await adminMutate(slug, base(slug), AdminCreateParkMutation, { input: { name: text(formData, 'name'), city: text(formData, 'city'), state: text(formData, 'state') || null } });
  const outcome = outcomeOf(result, (d) => d.createPark);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (['name', 'city', 'state'].includes(p) ? p : null));
  redirect(`${base(slug)}?done=park#parks`);
}

export async function createRouteAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await adminMutate(slug, `${base(slug)}/routes/new`, AdminCreateRouteMutation, {
    input: { code: text(formData, 'code'), originParkId: text(formData, 'originParkId'), destinationParkId: text(formData, 'destinationParkId'), stops: lines(text(formData, 'stops')) },
  });
  const outcome = outcomeOf(result, (d) => d.createRoute);
  const id = result.data?.createRoute.route?.id;
  if (!outcome.ok || !id) return errorState(outcome.userErrors, values, routeField);
  redirect(`${routePath(slug, id)}?done=created`);
}

export async function updateRouteAction(slug: string, routeId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await adminMutate(slug, routePath(slug, routeId), AdminUpdateRouteMutation, {
    input: { id: routeId, code: text(formData, 'code'), originParkId: text(formData, 'originParkId'), destinationParkId: text(formData, 'destinationParkId'), stops: lines(text(formData, 'stops')) },
  });
  const outcome = outcomeOf(result, (d) => d.updateRoute);
  if (!outcome.ok) return errorState(outcome.userErrors, values, routeField);
  redirect(`${routePath(slug, routeId)}?done=saved`);
}

/** The fares form names each input `fare:<CLASS>`; a blank one means no usual fare for that class. */
export async function setRouteFaresAction(slug: string, routeId: string, currency: string, classes: string[], _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const fares: { seatClass: string; amount: string }[] = [];
  const fieldErrors: Record<string, string> = {};
  for (const seatClass of classes) {
    const typed = text(formData, `fare:${seatClass}`);
    if (!typed) continue;
    const amount = majorInputToMinor(typed, currency);
    if (amount === null) fieldErrors[`fare:${seatClass}`] = tt('admin.fareInvalid');
    else fares.push({ seatClass, amount });
  }
  if (Object.keys(fieldErrors).length) return { status: 'error', message: t('admin.error.fields'), fieldErrors, values };
  const result = await adminMutate(slug, routePath(slug, routeId), AdminSetRouteFaresMutation, { input: { routeId, currency, fares } });
  const outcome = outcomeOf(result, (d) => d.setRouteFares);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (/^fares\.\d+/.test(p) ? `fare:${fares[Number(p.split('.')[1])]?.seatClass}` : null));
  redirect(`${routePath(slug, routeId)}?done=fares`);
}

export async function createVehicleAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const layout = parseLayout(text(formData, 'layout'));
  if (!layout) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { layout: tt('admin.vehicles.layoutInvalid') }, values };
  const result = await adminMutate(slug, transportPath(slug, '/vehicles/new'), AdminCreateVehicleMutation, { input: { registration: text(formData, 'registration'), name: text(formData, 'name'), layout } });
  const outcome = outcomeOf(result, (d) => d.createVehicle);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'registration' || p === 'name' ? p : p.startsWith('layout') ? 'layout' : null));
  redirect(`${transportPath(slug, '/vehicles')}?done=vehicle`);
}

/** A date and a time typed in Lagos (UTC+1 all year, no daylight saving) as an ISO instant, or null. */
function lagosInstant(date: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) return null;
  // A date that does not exist (2027-02-30) rolls over in Date: compare it with what was typed.
  const noon = Date.parse(`${date}T12:00:00Z`);
  if (Number.isNaN(noon) || new Date(noon).toISOString().slice(0, 10) !== date) return null;
  return new Date(`${date}T${time}:00+01:00`).toISOString();
}

type Network = Awaited<ReturnType<typeof network>>;
const network = (slug: string) => adminQuery(slug, AdminTransportNetworkQuery, {});

/**
 * The chosen route and vehicle, and a fare for each seat class the vehicle has (the API wants exactly one
 * per class): a fare left blank is the route's usual fare for that class. Problems go into `fieldErrors`.
 */
function routeVehicleFares(formData: FormData, { transportRoutes, vehicles }: Network, fieldErrors: Record<string, string>) {
  const route = transportRoutes.find((r) => r.id === text(formData, 'routeId'));
  const vehicle = vehicles.find((v) => v.id === text(formData, 'vehicleId'));
  if (!route) fieldErrors.routeId = tt('admin.trips.pickRoute');
  if (!vehicle) fieldErrors.vehicleId = tt('admin.trips.pickVehicle');
  const currency = route?.fares[0]?.price.currency ?? 'NGN';
  const fares: { seatClass: string; amount: string }[] = [];
  for (const seatClass of vehicle ? [...new Set(vehicle.layout.seats.map((s) => s.seatClass))].sort() : []) {
    const typed = text(formData, `fare:${seatClass}`);
    const usual = route?.fares.find((f) => f.seatClass === seatClass)?.price.amount;
    const amount = typed ? majorInputToMinor(typed, currency) : (usual ?? null);
    if (amount === null) fieldErrors[`fare:${seatClass}`] = typed ? tt('admin.fareInvalid') : tt('admin.trips.fareNeeded', { seatClass: seatClassName(seatClass) });
    else fares.push({ seatClass, amount });
  }
  return { routeId: route?.id ?? '', vehicleId: vehicle?.id ?? '', currency, fares };
}

/** The form field of an API error path of a trip mutation (`fares.<i>` names the i-th fare sent). */
const tripField = (fares: { seatClass: string }[], own: Record<string, string>) => (p: string) =>
  p === 'routeId' || p === 'vehicleId' ? p : p in own ? own[p] : /^fares\.\d+/.test(p) ? `fare:${fares[Number(p.split('.')[1])]?.seatClass}` : null;

/** Schedules one trip (see routeVehicleFares for its fares). */
export async function scheduleTripAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const fieldErrors: Record<string, string> = {};
  const departureAt = lagosInstant(text(formData, 'date'), text(formData, 'time'));
  if (!departureAt) fieldErrors.date = tt('admin.trips.whenInvalid');
  const { routeId, vehicleId, currency, fares } = routeVehicleFares(formData, await network(slug), fieldErrors);
  if (Object.keys(fieldErrors).length) return { status: 'error', message: t('admin.error.fields'), fieldErrors, values };
  const result = await adminMutate(slug, transportPath(slug, '/trips'), AdminScheduleTripMutation, { input: { routeId, vehicleId, departureAt: departureAt!, currency, fares } });
  const outcome = outcomeOf(result, (d) => d.scheduleTrip);
  if (!outcome.ok) return errorState(outcome.userErrors, values, tripField(fares, { departureAt: 'date' }));
  redirect(`${transportPath(slug, '/trips')}?done=trip`);
}

/** A recurring schedule: a trip on each ticked weekday from the first day to the last, at one Lagos time. */
export async function scheduleRecurringTripsAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const fieldErrors: Record<string, string> = {};
  const { routeId, vehicleId, currency, fares } = routeVehicleFares(formData, await network(slug), fieldErrors);
  if (Object.keys(fieldErrors).length) return { status: 'error', message: t('admin.error.fields'), fieldErrors, values };
  const weekdays = formData.getAll('weekdays').map(Number);
  const result = await adminMutate(slug, transportPath(slug, '/trips'), AdminScheduleRecurringTripsMutation, {
    input: { routeId, vehicleId, departureTime: text(formData, 'time'), firstDay: text(formData, 'firstDay'), lastDay: text(formData, 'lastDay'), weekdays, currency, fares },
  });
  const outcome = outcomeOf(result, (d) => d.scheduleRecurringTrips);
  if (!outcome.ok) return errorState(outcome.userErrors, values, tripField(fares, { departureTime: 'time', firstDay: 'firstDay', lastDay: 'lastDay', weekdays: 'weekdays' }));
  const payload = result.data!.scheduleRecurringTrips;
  redirect(`${transportPath(slug, '/trips')}?done=recurring&count=${payload.trips?.length ?? 0}&skipped=${payload.skippedDays?.length ?? 0}`);
}


/** Sets the ticked seats of a trip aside for the chosen agent (all or nothing: transport refuses the lot). */
export async function allotSeatsAction(slug: string, tripId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const agentUserId = text(formData, 'agentUserId');
  const seatLabels = formData.getAll('seatLabels').filter((v): v is string => typeof v === 'string' && v !== '');
  const fieldErrors: Record<string, string> = {};
  if (!agentUserId) fieldErrors.agentUserId = tt('admin.allotments.pickAgent');
  if (seatLabels.length === 0) fieldErrors.seatLabels = tt('admin.allotments.pickSeats');
  if (Object.keys(fieldErrors).length) return { status: 'error', message: t('admin.error.fields'), fieldErrors, values };
  const result = await adminMutate(slug, tripPath(slug, tripId), AdminAllotSeatsMutation, { input: { tripId, agentUserId, seatLabels } });
  const outcome = outcomeOf(result, (d) => d.allotSeats);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'agentUserId' || p === 'seatLabels' ? p : null));
  redirect(`${tripPath(slug, tripId)}?done=allotted#allotments`);
}

/** Gives an allotment's unsold seats back (sold ones stay sold). */
export async function releaseAllotmentAction(slug: string, tripId: string, id: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const result = await adminMutate(slug, tripPath(slug, tripId), AdminReleaseAllotmentMutation, { id });
  const outcome = outcomeOf(result, (d) => d.releaseAllotment);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${tripPath(slug, tripId)}?done=released#allotments`);
}

/**
 * An operator asks a motor park to list it. The park is named by its address in WebWaka (its slug, as in
 * /jibowu-park, or the whole link); transport checks that it is a motor park.
 */
export async function requestParkListingAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const typed = text(formData, 'park');
  const parkSlug = typed.replace(/^https?:\/\/[^/]+/i, '').replace(/^\/+|\/+$/g, '').split(/[/?#]/)[0].toLowerCase();
  const unknown = { status: 'error' as const, message: t('admin.error.fields'), fieldErrors: { park: tt('admin.listings.unknownPark', { park: typed }) }, values };
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(parkSlug)) return unknown;
  const found = await adminMutate(slug, listingsPath(slug), AdminMotorParkQuery, { slug: parkSlug });
  const park = found.data?.tenantBySlug;
  if (!park) return found.errors.length ? errorState(outcomeOf(found, () => null).userErrors, values) : unknown;
  const result = await adminMutate(slug, listingsPath(slug), AdminRequestParkListingMutation, { parkTenantId: park.id });
  const outcome = outcomeOf(result, (d) => d.requestParkListing);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'parkTenantId' ? 'park' : null));
  redirect(`${listingsPath(slug)}?done=requested`);
}

/** The park's decision on an operator's listing: APPROVED, or SUSPENDED (a refusal while it is pending). */
export async function setParkListingStatusAction(slug: string, id: string, status: 'APPROVED' | 'SUSPENDED', _previous: FormState, _formData: FormData): Promise<FormState> {
  const result = await adminMutate(slug, listingsPath(slug), AdminSetParkListingStatusMutation, { id, status });
  const outcome = outcomeOf(result, (d) => d.setParkListingStatus);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${listingsPath(slug)}?done=${status === 'APPROVED' ? 'approved' : 'suspended'}`);
}
