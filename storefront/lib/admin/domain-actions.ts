'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { t } from '../messages';
import { saveSession } from '../session';
import { SLUG_PATTERN } from '../slug';
import { adminBase, sectionPath } from './access';
import { AdminAddTenantDomainMutation, AdminRemoveTenantDomainMutation, AdminSwitchTenantMutation, AdminVerifyTenantDomainMutation } from './domain-operations';
import type { FormState } from './form-state';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

// The custom-domain screen and the shop switcher (decision 0022): one identity mutation each, as the
// signed-in user. Identity decides; these only carry the answer back to the form.

const domainsPath = (slug: string) => `${sectionPath(slug, 'settings')}/domains`;

/** Claim a domain: it appears below, pending, with the TXT record and HTTP token that prove it. */
export async function addDomainAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const domain = text(formData, 'domain');
  if (!domain) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { domain: t('admin.domains.invalid') }, values };
  const outcome = outcomeOf(await adminMutate(slug, domainsPath(slug), AdminAddTenantDomainMutation, { domain }), (d) => d.addTenantDomain);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'domain' ? 'domain' : null));
  revalidatePath(domainsPath(slug));
  return { status: 'ok', message: t('admin.domains.added', { domain: domain.toLowerCase() }), fieldErrors: {}, values: {} };
}

/** "Verify": identity looks for the token now (DNS, then HTTP); the page shows the outcome either way. */
export async function verifyDomainAction(slug: string, id: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const outcome = outcomeOf(await adminMutate(slug, domainsPath(slug), AdminVerifyTenantDomainMutation, { id }), (d) => d.verifyTenantDomain);
  // A failed check is recorded on the claim (lastError), so the list must show it too.
  revalidatePath(domainsPath(slug));
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${domainsPath(slug)}?done=verified`);
}

export async function removeDomainAction(slug: string, id: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const outcome = outcomeOf(await adminMutate(slug, domainsPath(slug), AdminRemoveTenantDomainMutation, { id }), (d) => d.removeTenantDomain);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${domainsPath(slug)}?done=removed`);
}

/**
 * Switch shop: the current session is exchanged for a session on the other tenant (no password or code
 * while the second factor is recent), kept in that tenant's cookies; then its back office opens. When
 * identity wants the code again, the other tenant's sign-in page asks for it.
 */
export async function switchTenantAction(slug: string, target: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  if (!SLUG_PATTERN.test(target)) return { status: 'error', message: t('admin.error.failed'), fieldErrors: {}, values: {} };
  const result = await adminMutate(slug, `${adminBase(slug)}/shops`, AdminSwitchTenantMutation, { tenantSlug: target });
  const outcome = outcomeOf(result, (d) => d.switchTenant);
  const session = result.data?.switchTenant.session;
  if (outcome.ok && session) {
    await saveSession(target, session);
    redirect(adminBase(target));
  }
  if (outcome.userErrors.some((e) => e.code === 'TWO_FACTOR_REQUIRED')) redirect(`${adminBase(target)}/sign-in`);
  return errorState(outcome.userErrors, {}, () => null);
}
