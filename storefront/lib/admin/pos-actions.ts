'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { t } from '../messages';
import { formatDateTime } from './format';
import type { FormState } from './form-state';
import { percentToBps } from './mlas-messages';
import { posPath, pt } from './pos-messages';
import {
  AdminRegisterPosDeviceMutation,
  AdminRenewPosPairingCodeMutation,
  AdminResolvePosConflictMutation,
  AdminRevokePosDeviceMutation,
  AdminSavePosCashierMutation,
  AdminUpdatePosSettingsMutation,
} from './pos-operations';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

// The back office's point-of-sale forms: one pos mutation each, as the signed-in user (pos decides who may:
// the tenant's administrators). A pairing code comes back in the form's state and is shown this once.

const invalid = (fieldErrors: Record<string, string>, values: Record<string, string>): FormState => ({ status: 'error', message: t('admin.error.fields'), fieldErrors, values });

/** The pairing code as the form shows it once: the code, how long it works and where to enter it. */
function pairingReveal(slug: string, device: { receiptPrefix: string; name: string; pairingExpiresAt?: string | null }, code: string): FormState['reveal'] {
  const till = pt('tills.name', { prefix: device.receiptPrefix, name: device.name });
  return { label: pt('pairing.label', { till }), value: code, hint: pt('pairing.hint', { tenant: slug, when: device.pairingExpiresAt ? formatDateTime(device.pairingExpiresAt) : '' }) };
}

/** Register a till at a location; its pairing code is in the returned state. */
export async function registerPosDeviceAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const name = text(formData, 'name');
  const locationId = text(formData, 'locationId');
  const errors: Record<string, string> = {};
  if (!name) errors.name = pt('register.nameMissing');
  if (!locationId) errors.locationId = pt('register.locationMissing');
  if (Object.keys(errors).length > 0) return invalid(errors, values);
  const result = await adminMutate(slug, posPath(slug), AdminRegisterPosDeviceMutation, { input: { name, locationId } });
  const outcome = outcomeOf(result, (d) => d.registerPosDevice);
  const payload = result.data?.registerPosDevice;
  if (!outcome.ok || !payload?.device || !payload.pairingCode) return errorState(outcome.userErrors, values, (p) => (p === 'name' || p === 'locationId' ? p : null));
  revalidatePath(posPath(slug));
  const till = pt('tills.name', { prefix: payload.device.receiptPrefix, name: payload.device.name });
  return { status: 'ok', message: pt('register.done', { till }), fieldErrors: {}, values: {}, reveal: pairingReveal(slug, payload.device, payload.pairingCode) };
}

/** A new pairing code for a till not yet paired (the old one stops working); shown once. */
export async function renewPosPairingCodeAction(slug: string, deviceId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const result = await adminMutate(slug, posPath(slug), AdminRenewPosPairingCodeMutation, { id: deviceId });
  const outcome = outcomeOf(result, (d) => d.renewPosPairingCode);
  const payload = result.data?.renewPosPairingCode;
  if (!outcome.ok || !payload?.device || !payload.pairingCode) return errorState(outcome.userErrors, {}, () => null);
  revalidatePath(posPath(slug));
  const till = pt('tills.name', { prefix: payload.device.receiptPrefix, name: payload.device.name });
  return { status: 'ok', message: pt('manage.renewed', { till }), fieldErrors: {}, values: {}, reveal: pairingReveal(slug, payload.device, payload.pairingCode) };
}

/** Revoke a till once the manager ticked the confirmation: it is refused at once, its key too. */
export async function revokePosDeviceAction(slug: string, deviceId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  if (formData.get('confirm') !== 'yes') return invalid({ confirm: pt('manage.revokeNotConfirmed') }, {});
  const outcome = outcomeOf(await adminMutate(slug, posPath(slug), AdminRevokePosDeviceMutation, { id: deviceId }), (d) => d.revokePosDevice);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${posPath(slug)}?done=revoked`);
}

type CashierFields = { name: string; role: 'CASHIER' | 'SUPERVISOR'; discountLimitBps: number };

/** Add a cashier (no id: the PIN is required) or change one (a PIN only to change it); the PIN is typed twice. */
export async function savePosCashierAction(slug: string, cashierId: string | null, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  delete values.pin;
  delete values.pinRepeat;
  const name = text(formData, 'name');
  const role = text(formData, 'role') === 'SUPERVISOR' ? 'SUPERVISOR' : 'CASHIER';
  const discountLimitBps = percentToBps(text(formData, 'discountLimit'));
  const pin = text(formData, 'pin');
  const errors: Record<string, string> = {};
  if (!name) errors.name = pt('cashiers.invalid.name');
  if (discountLimitBps === null) errors.discountLimit = pt('cashiers.invalid.limit');
  if (!pin && !cashierId) errors.pin = pt('cashiers.invalid.pinMissing');
  else if (pin && !/^\d{4,6}$/.test(pin)) errors.pin = pt('cashiers.invalid.pin');
  else if (pin !== text(formData, 'pinRepeat')) errors.pinRepeat = pt('cashiers.invalid.pinRepeat');
  if (Object.keys(errors).length > 0 || discountLimitBps === null) return invalid(errors, values);
  const result = await adminMutate(slug, posPath(slug, '/cashiers'), AdminSavePosCashierMutation, { input: { id: cashierId, name, role, discountLimitBps, pin: pin || null } });
  const outcome = outcomeOf(result, (d) => d.savePosCashier);
  const fieldFor = (p: string) => (p === 'name' || p === 'pin' ? p : p === 'discountLimitBps' ? 'discountLimit' : null);
  if (!outcome.ok) return errorState(outcome.userErrors, values, fieldFor);
  redirect(`${posPath(slug, '/cashiers')}?done=${cashierId ? 'cashierSaved' : 'cashierAdded'}`);
}

/** Deactivate a cashier (no more sign-ins on any till from its next refresh) or reactivate one. */
export async function setPosCashierActiveAction(slug: string, cashierId: string, cashier: CashierFields, active: boolean, _previous: FormState, _formData: FormData): Promise<FormState> {
  const result = await adminMutate(slug, posPath(slug, '/cashiers'), AdminSavePosCashierMutation, { input: { id: cashierId, ...cashier, active } });
  const outcome = outcomeOf(result, (d) => d.savePosCashier);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${posPath(slug, '/cashiers')}?done=${active ? 'reactivated' : 'deactivated'}`);
}

/** Mark a conflict dealt with, with what the manager did. */
export async function resolvePosConflictAction(slug: string, conflictId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const note = text(formData, 'note');
  if (!note) return invalid({ note: pt('conflicts.noteMissing') }, values);
  const result = await adminMutate(slug, posPath(slug, '/conflicts'), AdminResolvePosConflictMutation, { id: conflictId, note });
  const outcome = outcomeOf(result, (d) => d.resolvePosConflict);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'note' ? 'note' : null));
  redirect(`${posPath(slug, '/conflicts')}?done=resolved`);
}

/** What receipts print besides the sale: header, footer and the VAT number. */
export async function updatePosSettingsAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const input = { receiptHeader: text(formData, 'receiptHeader'), receiptFooter: text(formData, 'receiptFooter'), vatNumber: text(formData, 'vatNumber') };
  const result = await adminMutate(slug, posPath(slug, '/receipts'), AdminUpdatePosSettingsMutation, { input });
  const outcome = outcomeOf(result, (d) => d.updatePosSettings);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p in input ? p : null));
  redirect(`${posPath(slug, '/receipts')}?done=receipts`);
}
