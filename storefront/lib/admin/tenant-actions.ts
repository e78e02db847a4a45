'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { t } from '../messages';
import { adminBase, sectionPath } from './access';
import type { FormState } from './form-state';
import { AdminCreateTenantMutation, AdminReinstateTenantMutation, AdminSuspendTenantMutation, AdminUpdateTenantMutation } from './tenant-operations';
import { childKinds, COLOUR_PATTERN, TENANT_SLUG_PATTERN } from './tenants';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

// The businesses page and the branding page: one identity mutation each, as the signed-in administrator.
// Identity decides (which kinds beneath which, slugs taken, colours); these carry its answer to the form.

const tenantsPath = (slug: string) => sectionPath(slug, 'tenants');
const brandingPath = (slug: string) => `${adminBase(slug)}/settings/branding`;

/** A partner, client, store or marketplace beneath this tenant; its creator becomes its administrator. */
export async function createTenantAction(slug: string, parentKind: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const kind = text(formData, 'kind');
  const childSlug = text(formData, 'slug').toLowerCase();
  const name = text(formData, 'name');
  const primaryColor = text(formData, 'primaryColor');
  const errors: Record<string, string> = {};
  if (!(childKinds(parentKind) as string[]).includes(kind)) errors.kind = t('admin.tenants.invalid.kind');
  if (!TENANT_SLUG_PATTERN.test(childSlug)) errors.slug = t('admin.tenants.invalid.slug');
  if (name.length < 2 || name.length > 120) errors.name = t('admin.tenants.invalid.name');
  if (primaryColor && !COLOUR_PATTERN.test(primaryColor)) errors.primaryColor = t('admin.tenants.invalid.colour');
  if (Object.keys(errors).length > 0) return { status: 'error', message: t('admin.error.fields'), fieldErrors: errors, values };
  const input = { kind: kind as never, slug: childSlug, name, primaryColor: primaryColor || null };
  const outcome = outcomeOf(await adminMutate(slug, tenantsPath(slug), AdminCreateTenantMutation, { input }), (d) => d.createTenant);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (['kind', 'slug', 'name', 'primaryColor'].includes(p) ? p : null));
  redirect(`${tenantsPath(slug)}?created=${encodeURIComponent(childSlug)}`);
}

/** This tenant's name, logo and colour, as its storefront and back office show them. */
export async function updateBrandingAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const name = text(formData, 'name');
  const logoUrl = text(formData, 'logoUrl');
  const primaryColor = text(formData, 'primaryColor');
  const errors: Record<string, string> = {};
  if (name.length < 2 || name.length > 120) errors.name = t('admin.tenants.invalid.name');
  if (logoUrl && !/^https?:\/\/\S+$/.test(logoUrl)) errors.logoUrl = t('admin.branding.invalid.logo');
  if (primaryColor && !COLOUR_PATTERN.test(primaryColor)) errors.primaryColor = t('admin.tenants.invalid.colour');
  if (Object.keys(errors).length > 0) return { status: 'error', message: t('admin.error.fields'), fieldErrors: errors, values };
  // Empty logo or colour fields clear them (the storefront falls back to the platform's look).
  const input = { name, logoUrl: logoUrl || null, primaryColor: primaryColor || null };
  const outcome = outcomeOf(await adminMutate(slug, brandingPath(slug), AdminUpdateTenantMutation, { input }), (d) => d.updateTenant);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (['name', 'logoUrl', 'primaryColor'].includes(p) ? p : null));
  revalidatePath(adminBase(slug), 'layout');
  return { status: 'ok', message: t('admin.branding.saved'), fieldErrors: {}, values };
}

/** Where the businesses page was (the level of the tree it showed), to come back to after an action. */
const backTo = (slug: string, of: string | null, done: string) => `${tenantsPath(slug)}?${new URLSearchParams({ ...(of ? { of } : {}), done })}`;

/**
 * Suspend a business beneath this one, with a reason: identity ends its sessions (and those of everything
 * beneath it) at once and keeps it closed until it is reinstated.
 */
export async function suspendTenantAction(slug: string, tenantId: string, of: string | null, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const reason = text(formData, 'reason');
  if (reason.length < 3) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { reason: t('admin.tenants.invalid.reason') }, values };
  const outcome = outcomeOf(await adminMutate(slug, tenantsPath(slug), AdminSuspendTenantMutation, { tenantId, reason }), (d) => d.suspendTenant);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'reason' ? p : null));
  redirect(backTo(slug, of, 'suspended'));
}

export async function reinstateTenantAction(slug: string, tenantId: string, of: string | null, _previous: FormState, _formData: FormData): Promise<FormState> {
  const outcome = outcomeOf(await adminMutate(slug, tenantsPath(slug), AdminReinstateTenantMutation, { tenantId }), (d) => d.reinstateTenant);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(backTo(slug, of, 'reinstated'));
}
