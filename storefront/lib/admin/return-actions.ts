'use server';

import { redirect } from 'next/navigation';
import type { ArrangeReturnShippingInput } from '../../gql/graphql';
import { majorInputToMinor } from '../money';
import { rt } from '../returns/messages';
import { adminBase } from './access';
import type { FormState } from './form-state';
import {
  AdminArrangeReturnShippingMutation,
  AdminReceiveReturnShipmentMutation,
  AdminApproveReturnMutation,
  AdminExchangeReturnMutation,
  AdminReceiveReturnMutation,
  AdminRefundReturnMutation,
  AdminRefuseReturnMutation,
  AdminUpdateReturnSettingsMutation,
} from './return-operations';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

// Back-office answers to return requests: one commerce mutation each, as the signed-in user. Commerce
// decides who may (the store's managers, or the vendor of its own vendor order; refunds: administrators)
// and which moves are legal now (INVALID_TRANSITION); userErrors come back next to the form's fields.

const returnPath = (slug: string, id: string) => `${adminBase(slug)}/returns/${encodeURIComponent(id)}`;
const fieldOf = (path: string) => (['instructions', 'reason', 'note', 'windowDays'].includes(path) ? path : null);

export async function approveReturnAction(slug: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const path = returnPath(slug, id);
  const outcome = outcomeOf(await adminMutate(slug, path, AdminApproveReturnMutation, { id, instructions: text(formData, 'instructions') }), (d) => d.approveReturn);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), fieldOf);
  redirect(`${path}?done=approved`);
}

export async function refuseReturnAction(slug: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const path = returnPath(slug, id);
  const outcome = outcomeOf(await adminMutate(slug, path, AdminRefuseReturnMutation, { id, reason: text(formData, 'reason') }), (d) => d.refuseReturn);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), fieldOf);
  redirect(`${path}?done=refused`);
}

export async function receiveReturnAction(slug: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const path = returnPath(slug, id);
  const outcome = outcomeOf(await adminMutate(slug, path, AdminReceiveReturnMutation, { id, note: text(formData, 'note') || null }), (d) => d.receiveReturn);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), fieldOf);
  redirect(`${path}?done=received`);
}

export async function exchangeReturnAction(slug: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const path = returnPath(slug, id);
  const restock = formData.getAll('restock').includes('yes');
  const outcome = outcomeOf(await adminMutate(slug, path, AdminExchangeReturnMutation, { id, note: text(formData, 'note'), restock }), (d) => d.exchangeReturn);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), fieldOf);
  redirect(`${path}?done=exchanged`);
}

/** Refund through the order's refund path; commerce never refunds a request twice (a double click is safe). */
export async function refundReturnAction(slug: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const path = returnPath(slug, id);
  const restock = formData.getAll('restock').includes('yes');
  const outcome = outcomeOf(await adminMutate(slug, path, AdminRefundReturnMutation, { id, restock }), (d) => d.refundReturn);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), fieldOf);
  redirect(`${path}?done=refunded`);
}

export async function updateReturnSettingsAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const path = `${adminBase(slug)}/returns`;
  const windowDays = Number(text(formData, 'windowDays'));
  if (!Number.isInteger(windowDays)) return { status: 'error', message: rt('admin.windowInvalid'), fieldErrors: { windowDays: rt('admin.windowInvalid') }, values: formValues(formData) };
  const outcome = outcomeOf(await adminMutate(slug, path, AdminUpdateReturnSettingsMutation, { windowDays }), (d) => d.updateReturnSettings);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), fieldOf);
  return { status: 'ok', message: rt('admin.windowSaved', { days: windowDays }), fieldErrors: {}, values: formValues(formData) };
}

const whole = (raw: string) => (/^\d{1,7}$/.test(raw.trim()) ? Number(raw.trim()) : NaN);
const wayField = (path: string) => (['carrier', 'riderUserId', 'paidBy', 'charge'].includes(path) ? path : path === 'packages' ? 'weightGrams' : null);

/** The way back of an approved return (decision 0092): a pickup (rider or courier, with the parcel's size) or the customer sending it. */
export async function arrangeReturnShippingAction(slug: string, id: string, way: 'PICKUP' | 'CUSTOMER_SENDS', currency: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const path = returnPath(slug, id);
  const values = formValues(formData);
  const paidBy = text(formData, 'paidBy') === 'CUSTOMER' ? ('CUSTOMER' as const) : ('SHOP' as const);
  let input: ArrangeReturnShippingInput = { id, way, paidBy };
  if (way === 'PICKUP') {
    const carrier = text(formData, 'carrier') === 'SANDBOX' ? ('SANDBOX' as const) : ('OWN_RIDERS' as const);
    const pkg = { weightGrams: whole(text(formData, 'weightGrams')), lengthMm: whole(text(formData, 'lengthMm')), widthMm: whole(text(formData, 'widthMm')), heightMm: whole(text(formData, 'heightMm')) };
    const bad = Object.entries(pkg).find(([, v]) => !Number.isFinite(v));
    if (bad) return { status: 'error', message: rt('admin.way.wholeNumber'), fieldErrors: { [bad[0]]: rt('admin.way.wholeNumber') }, values };
    // Staff type the charge in naira; commerce takes minor units.
    const typed = paidBy === 'CUSTOMER' ? text(formData, 'charge') : '';
    const charge = typed ? majorInputToMinor(typed, currency) : null;
    if (typed && !charge) return { status: 'error', message: rt('admin.way.wholeNumber'), fieldErrors: { charge: rt('admin.way.wholeNumber') }, values };
    input = { ...input, carrier, riderUserId: carrier === 'OWN_RIDERS' ? text(formData, 'riderUserId') || null : null, packages: [pkg], charge };
  }
  const outcome = outcomeOf(await adminMutate(slug, path, AdminArrangeReturnShippingMutation, { input }), (d) => d.arrangeReturnShipping);
  if (!outcome.ok) return errorState(outcome.userErrors, values, wayField);
  redirect(`${path}?done=arranged`);
}

/** The pickup's parcel arrived at the shop: commerce moves its shipment to delivered and the return to received. */
export async function receiveReturnShipmentAction(slug: string, id: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const path = returnPath(slug, id);
  const outcome = outcomeOf(await adminMutate(slug, path, AdminReceiveReturnShipmentMutation, { id, note: text(formData, 'note') || null }), (d) => d.receiveReturnShipment);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), fieldOf);
  redirect(`${path}?done=parcel`);
}
