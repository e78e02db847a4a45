'use server';

import { redirect } from 'next/navigation';
import { adminBase } from './access';
import type { FormState } from './form-state';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';
import { AdminUpdateMyVendorProfileMutation } from './vendor-profile-operations';

// The signed-in vendor's own profile. Catalog decides who may (the vendor's owner only: the mutation names
// no vendor) and checks e-mail, phone and address as in an application; its userErrors come back beside the fields.

const FIELDS = ['name', 'email', 'phone', 'address'];
const fieldFor = (path: string) => (FIELDS.includes(path) ? path : null);

/** Saves the caller's vendor profile, then returns to `returnPath` with a notice. */
export async function updateMyVendorProfileAction(slug: string, returnPath: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const path = returnPath.startsWith(adminBase(slug)) ? returnPath : adminBase(slug);
  const input = { name: text(formData, 'name'), email: text(formData, 'email'), phone: text(formData, 'phone'), address: text(formData, 'address') };
  const result = await adminMutate(slug, path, AdminUpdateMyVendorProfileMutation, { input });
  const outcome = outcomeOf(result, (d) => d.updateMyVendorProfile);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), fieldFor);
  redirect(`${path}?done=vendorProfile`);
}
