'use server';

import { redirect } from 'next/navigation';
import { rt } from '../returns/messages';
import { adminBase } from './access';
import type { FormState } from './form-state';
import {
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
