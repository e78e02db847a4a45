'use server';

import { redirect } from 'next/navigation';
import { t } from '../messages';
import { adminBase } from './access';
import type { FormState } from './form-state';
import { ct } from './catalog-messages';
import { AdminApproveVendorMutation, AdminRejectVendorMutation, AdminReinstateVendorMutation, AdminSuspendVendorMutation } from './vendor-operations';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

const vendorsPath = (slug: string) => `${adminBase(slug)}/vendors`;

/** Approve a pending application (a note is optional and goes into the trail). */
export async function approveVendorAction(slug: string, vendorId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const reason = text(formData, 'reason') || undefined;
  const result = await adminMutate(slug, vendorsPath(slug), AdminApproveVendorMutation, { id: vendorId, reason });
  const outcome = outcomeOf(result, (d) => d.approveVendor);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), (p) => (p === 'reason' ? 'reason' : null));
  redirect(`${vendorsPath(slug)}?done=approved`);
}

/** Reject a pending application, saying why (the applicant may correct it and apply again). */
export async function rejectVendorAction(slug: string, vendorId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const reason = text(formData, 'reason');
  if (!reason) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { reason: t('admin.vendors.invalid.reason') }, values };
  const result = await adminMutate(slug, vendorsPath(slug), AdminRejectVendorMutation, { id: vendorId, reason });
  const outcome = outcomeOf(result, (d) => d.rejectVendor);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'reason' ? 'reason' : null));
  redirect(`${vendorsPath(slug)}?done=rejected`);
}

/** Suspend an approved vendor, saying why: its products leave the storefront until it is reinstated. */
export async function suspendVendorAction(slug: string, vendorId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const reason = text(formData, 'reason');
  if (!reason) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { reason: ct('vendors.suspendReasonRequired') }, values };
  const result = await adminMutate(slug, vendorsPath(slug), AdminSuspendVendorMutation, { id: vendorId, reason });
  const outcome = outcomeOf(result, (d) => d.suspendVendor);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'reason' ? 'reason' : null));
  redirect(`${vendorsPath(slug)}?status=SUSPENDED&done=suspended`);
}

/** Reinstate a suspended vendor (a note is optional and goes into the trail). */
export async function reinstateVendorAction(slug: string, vendorId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const reason = text(formData, 'reason') || undefined;
  const result = await adminMutate(slug, vendorsPath(slug), AdminReinstateVendorMutation, { id: vendorId, reason });
  const outcome = outcomeOf(result, (d) => d.reinstateVendor);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), (p) => (p === 'reason' ? 'reason' : null));
  redirect(`${vendorsPath(slug)}?status=APPROVED&done=reinstated`);
}
