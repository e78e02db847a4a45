'use server';

import { redirect } from 'next/navigation';
import { t } from '../messages';
import { majorInputToMinor } from '../money';
import { tt } from '../transport/messages';
import type { FormState } from './form-state';
import { adminMutate } from './session';
import { routePath, transportPath } from './transport';
import { parseLayout } from './seat-grid';
import { AdminCreateParkMutation, AdminCreateRouteMutation, AdminCreateVehicleMutation, AdminSetRouteFaresMutation, AdminUpdateRouteMutation } from './transport-operations';
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
