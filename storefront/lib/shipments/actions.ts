'use server';

import { redirect } from 'next/navigation';
import { sectionPath } from '../admin/access';
import { shipmentsPath } from './paths';
import type { FormState } from '../admin/form-state';
import { adminMutate } from '../admin/session';
import { errorState, formValues, outcomeOf, text } from '../admin/user-errors';
import {
  AdminCloseShipmentMutation,
  AdminCreateShipmentMutation,
  AdminOverrideShipmentDeliveryMutation,
  AdminSimulateCarrierEventMutation,
  RiderDeliverShipmentMutation,
  RiderStepShipmentMutation,
} from './operations';

// Shipments (decision 0086). Commerce checks every rule (quantities left to ship, the rider, the code, the
// amount to collect); these actions only carry the form over and go back to the page with its outcome.
// Amounts to collect are sent exactly as commerce showed them (minor units), never re-typed.

const whole = (raw: string) => (/^\d{1,7}$/.test(raw.trim()) ? Number(raw.trim()) : NaN);

export async function createShipmentAction(slug: string, orderId: string, vendorOrderId: string, lineIds: string[], _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const items = lineIds.map((id) => ({ orderLineId: id, quantity: whole(text(formData, `qty-${id}`) || '0') })).filter((i) => i.quantity !== 0);
  const carrier = text(formData, 'carrier') === 'SANDBOX' ? ('SANDBOX' as const) : ('OWN_RIDERS' as const);
  const pkg = { weightGrams: whole(text(formData, 'weightGrams')), lengthMm: whole(text(formData, 'lengthMm')), widthMm: whole(text(formData, 'widthMm')), heightMm: whole(text(formData, 'heightMm')) };
  const bad = Object.entries(pkg).find(([, v]) => !Number.isFinite(v));
  if (bad || items.some((i) => !Number.isFinite(i.quantity))) return { status: 'error', message: 'Whole numbers only', fieldErrors: bad ? { [bad[0]]: 'Enter a whole number' } : {}, values };
  const result = await adminMutate(slug, `${sectionPath(slug, 'orders')}/${orderId}/ship`, AdminCreateShipmentMutation, {
    input: { vendorOrderId, carrier, riderUserId: carrier === 'OWN_RIDERS' ? text(formData, 'riderUserId') || null : null, items, packages: [pkg] },
  });
  const outcome = outcomeOf(result, (d) => d.createShipment);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (path) => (path === 'riderUserId' || path === 'carrier' ? path : path === 'packages' ? 'weightGrams' : null));
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
