'use server';

import { redirect } from 'next/navigation';
import { adminBase } from './access';
import type { FormState } from './form-state';
import { AdminSetVendorPayoutBankMutation } from './payout-bank-operations';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

// Where a vendor's payouts go (decision 0031). Catalog decides who may (the vendor's owner, an
// administrator with 2FA) and checks the NUBAN; its userErrors come back to the form. The account number is
// never sent back: the form starts empty and the page shows the masked number.

const FIELDS = ['bankName', 'accountName', 'accountNumber'];
const fieldFor = (path: string) => FIELDS.find((f) => path === `input.${f}` || path === f) ?? null;

/** Saves the bank details of `vendorId`, then returns to `returnPath` with a notice. */
export async function setVendorPayoutBankAction(slug: string, vendorId: string, returnPath: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const path = returnPath.startsWith(adminBase(slug)) ? returnPath : adminBase(slug);
  const input = { bankName: text(formData, 'bankName'), accountName: text(formData, 'accountName'), accountNumber: text(formData, 'accountNumber') };
  const result = await adminMutate(slug, path, AdminSetVendorPayoutBankMutation, { vendorId, input });
  const outcome = outcomeOf(result, (d) => d.setVendorPayoutBank);
  // The number is not echoed back into the form on an error either.
  if (!outcome.ok) return errorState(outcome.userErrors, { ...formValues(formData), accountNumber: '' }, fieldFor);
  redirect(`${path}?done=bank`);
}
