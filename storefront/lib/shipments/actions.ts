'use server';

import { redirect } from 'next/navigation';
import { sectionPath } from '../admin/access';
import { shipmentsPath } from './paths';
import type { FormState } from '../admin/form-state';
import { adminMutate } from '../admin/session';
import { errorState, formValues, outcomeOf, text } from '../admin/user-errors';
import { st } from './messages';
import {
  AdminCloseShipmentMutation,
  AdminConnectKwikMutation,
  AdminCreateShipmentMutation,
  AdminDisconnectKwikMutation,
  AdminOverrideShipmentDeliveryMutation,
  AdminSimulateCarrierEventMutation,
  RiderDeliverShipmentMutation,
  RiderStepShipmentMutation,
} from './operations';

// Shipments (decision 0086). Commerce checks every rule (quantities left to ship, the rider, the code, the
// amount to collect); these actions only carry the form over and go back to the page with its outcome.
// Amounts to collect are sent exactly as commerce showed them (minor units), never re-typed.

/** A decimal degree as typed ("6.5244"); blank is null, anything else not a number is NaN. */
const decimal = (raw: string) => (raw.trim() === '' ? null : /^-?\d{1,3}(\.\d{1,10})?$/.test(raw.trim()) ? Number(raw.trim()) : NaN);

const whole = (raw: string) => (/^\d{1,7}$/.test(raw.trim()) ? Number(raw.trim()) : NaN);

/** The Ship items form's package rows (`pkg-<n>-<field>`, numbered from 0; PackageRows); null when one is not whole numbers. */
function packageRows(formData: FormData) {
  const packages = [];
  // Commerce refuses more than 20; one more is read so that it says so instead of dropping a row.
  for (let n = 0; n <= 20 && formData.has(`pkg-${n}-weightGrams`); n++) {
    const p = { weightGrams: whole(text(formData, `pkg-${n}-weightGrams`)), lengthMm: whole(text(formData, `pkg-${n}-lengthMm`)), widthMm: whole(text(formData, `pkg-${n}-widthMm`)), heightMm: whole(text(formData, `pkg-${n}-heightMm`)) };
    if (Object.values(p).some((v) => !Number.isFinite(v))) return null;
    packages.push(p);
  }
  return packages;
}

export async function createShipmentAction(slug: string, orderId: string, vendorOrderId: string, lineIds: string[], _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const items = lineIds.map((id) => ({ orderLineId: id, quantity: whole(text(formData, `qty-${id}`) || '0') })).filter((i) => i.quantity !== 0);
  const chosen = text(formData, 'carrier');
  const carrier = chosen === 'SANDBOX' || chosen === 'KWIK' ? chosen : ('OWN_RIDERS' as const);
  // Kwik: the customer's position when their address has none (staff asked them); commerce checks the ranges.
  const latitude = carrier === 'KWIK' ? decimal(text(formData, 'latitude')) : null;
  const longitude = carrier === 'KWIK' ? decimal(text(formData, 'longitude')) : null;
  if (Number.isNaN(latitude) || Number.isNaN(longitude)) return { status: 'error', message: st('positionInvalid'), fieldErrors: { [Number.isNaN(latitude) ? 'latitude' : 'longitude']: st('positionInvalid') }, values };
  const packages = packageRows(formData);
  if (!packages || items.some((i) => !Number.isFinite(i.quantity))) return { status: 'error', message: packages ? 'Whole numbers only' : st('packagesInvalid'), fieldErrors: {}, values };
  const result = await adminMutate(slug, `${sectionPath(slug, 'orders')}/${orderId}/ship`, AdminCreateShipmentMutation, {
    input: { vendorOrderId, carrier, riderUserId: carrier === 'OWN_RIDERS' ? text(formData, 'riderUserId') || null : null, items, packages, latitude, longitude },
  });
  const outcome = outcomeOf(result, (d) => d.createShipment);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (path) => (path === 'riderUserId' || path === 'carrier' || path === 'latitude' || path === 'longitude' ? path : null));
  redirect(`${shipmentsPath(slug)}/${result.data!.createShipment.shipment!.id}?done=created`);
}

export async function stepShipmentAction(slug: string, shipmentId: string, status: 'PICKED_UP' | 'OUT_FOR_DELIVERY' | 'FAILED', back: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const result = await adminMutate(slug, back, RiderStepShipmentMutation, { shipmentId, status, note: text(formData, 'note') || null });
  const outcome = outcomeOf(result, (d) => d.stepShipment);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (path) => (path === 'note' ? 'note' : null));
  redirect(`${back}?done=${status}`);
}

export async function deliverShipmentAction(slug: string, shipmentId: string, collect: { amount: string; currency: string } | null, back: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const collection = collect ? { ...collect, via: text(formData, 'via') === 'TRANSFER' ? ('TRANSFER' as const) : ('CASH' as const) } : null;
  const result = await adminMutate(slug, back, RiderDeliverShipmentMutation, { shipmentId, code: text(formData, 'code'), collection });
  const outcome = outcomeOf(result, (d) => d.deliverShipment);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (path) => (path === 'code' ? 'code' : null));
  redirect(`${back}?done=DELIVERED`);
}

export async function overrideDeliveryAction(slug: string, shipmentId: string, collect: { amount: string; currency: string } | null, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const back = `${shipmentsPath(slug)}/${shipmentId}`;
  const collection = collect ? { ...collect, via: text(formData, 'via') === 'TRANSFER' ? ('TRANSFER' as const) : ('CASH' as const) } : null;
  const result = await adminMutate(slug, back, AdminOverrideShipmentDeliveryMutation, { shipmentId, reason: text(formData, 'reason'), collection });
  const outcome = outcomeOf(result, (d) => d.overrideShipmentDelivery);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (path) => (path === 'reason' ? 'reason' : null));
  redirect(`${back}?done=DELIVERED`);
}

export async function closeShipmentAction(slug: string, shipmentId: string, status: 'CANCELLED' | 'RETURNED', _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const back = `${shipmentsPath(slug)}/${shipmentId}`;
  const result = await adminMutate(slug, back, AdminCloseShipmentMutation, { shipmentId, status, note: text(formData, 'note') });
  const outcome = outcomeOf(result, (d) => d.closeShipment);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (path) => (path === 'note' ? 'note' : null));
  redirect(`${back}?done=${status}`);
}

export async function simulateCarrierEventAction(slug: string, shipmentId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const back = `${shipmentsPath(slug)}/${shipmentId}`;
  const status = text(formData, 'status') as 'PICKED_UP' | 'IN_TRANSIT' | 'OUT_FOR_DELIVERY' | 'DELIVERED' | 'FAILED';
  const result = await adminMutate(slug, back, AdminSimulateCarrierEventMutation, { shipmentId, status });
  const outcome = outcomeOf(result, (d) => d.simulateCarrierEvent);
  if (!outcome.ok) return errorState(outcome.userErrors, values, () => null);
  redirect(`${back}?done=simulated`);
}

const kwikSettingsPath = (slug: string) => `${sectionPath(slug, 'settings')}/carriers`;

/**
 * Connects Kwik or changes its account (decision 0090). Commerce logs in to Kwik before saving and refuses
 * wrong credentials; the password typed never comes back in the form's state.
 */
export async function connectKwikAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  delete values.password;
  const latitude = decimal(text(formData, 'pickupLatitude'));
  const longitude = decimal(text(formData, 'pickupLongitude'));
  if (latitude === null || Number.isNaN(latitude) || longitude === null || Number.isNaN(longitude)) {
    return { status: 'error', message: st('positionInvalid'), fieldErrors: { [latitude === null || Number.isNaN(latitude) ? 'pickupLatitude' : 'pickupLongitude']: st('positionInvalid') }, values };
  }
  const back = kwikSettingsPath(slug);
  const input = {
    email: text(formData, 'email'),
    password: text(formData, 'password') || null,
    domainName: text(formData, 'domainName'),
    baseUrl: text(formData, 'baseUrl') || null,
    pickupName: text(formData, 'pickupName'),
    pickupPhone: text(formData, 'pickupPhone'),
    pickupAddress: text(formData, 'pickupAddress'),
    pickupLatitude: latitude,
    pickupLongitude: longitude,
  };
  const outcome = outcomeOf(await adminMutate(slug, back, AdminConnectKwikMutation, { input }), (d) => d.connectKwik);
  const fields = ['email', 'password', 'domainName', 'baseUrl', 'pickupName', 'pickupPhone', 'pickupAddress', 'pickupLatitude', 'pickupLongitude'];
  if (!outcome.ok) return errorState(outcome.userErrors, values, (path) => (fields.includes(path) ? path : path === 'pickupPosition' || path === 'latitude' ? 'pickupLatitude' : path === 'longitude' ? 'pickupLongitude' : null));
  redirect(`${back}?done=connected`);
}

export async function disconnectKwikAction(slug: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const back = kwikSettingsPath(slug);
  const outcome = outcomeOf(await adminMutate(slug, back, AdminDisconnectKwikMutation, {}), (d) => d.disconnectKwik);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${back}?done=disconnected`);
}
