'use server';

import { redirect } from 'next/navigation';
import { sectionPath } from '../admin/access';
import type { FormState } from '../admin/form-state';
import { adminMutate } from '../admin/session';
import { errorState, formValues, outcomeOf, text } from '../admin/user-errors';
import { t } from '../messages';
import { invt } from './messages';
import { AdminUpdateInvoiceSettingsMutation } from './operations';

const invoiceSettingsPath = (slug: string) => `${sectionPath(slug, 'settings')}/invoices`;

/** The seller's details for invoices issued from now on; the ledger checks the TIN and refuses non-administrators. */
export async function updateInvoiceSettingsAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const input = { legalName: text(formData, 'legalName'), address: text(formData, 'address'), taxId: text(formData, 'taxId'), vatNumber: text(formData, 'vatNumber') };
  const fieldErrors: Record<string, string> = {};
  if (!input.legalName) fieldErrors.legalName = invt('invoices.settings.required');
  if (!input.address) fieldErrors.address = invt('invoices.settings.required');
  if (Object.keys(fieldErrors).length > 0) return { status: 'error', message: t('admin.error.fields'), fieldErrors, values: formValues(formData) };
  const result = await adminMutate(slug, invoiceSettingsPath(slug), AdminUpdateInvoiceSettingsMutation, { input });
  const outcome = outcomeOf(result, (d) => d.updateInvoiceSettings);
  if (!outcome.ok) return errorState(outcome.userErrors, formValues(formData), (p) => (['legalName', 'address', 'taxId', 'vatNumber'].includes(p) ? p : null));
  redirect(`${invoiceSettingsPath(slug)}?done=saved`);
}
