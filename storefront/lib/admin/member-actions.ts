'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { Role } from '../../gql/graphql';
import { t } from '../messages';
import { sectionPath } from './access';
import type { FormState } from './form-state';
import { AdminGrantRoleMutation, AdminRevokeRoleMutation } from './member-operations';
import { ROLE_ORDER } from './members';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

const membersPath = (slug: string) => sectionPath(slug, 'members');

/** Give an existing user (by e-mail) a role here; identity ends their sessions so the new role applies at once. */
export async function grantRoleAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const email = text(formData, 'email');
  const role = text(formData, 'role') as Role;
  const errors: Record<string, string> = {};
  if (!email) errors.email = t('admin.members.invalid.email');
  if (!ROLE_ORDER.includes(role)) errors.role = t('admin.members.invalid.role');
  if (Object.keys(errors).length > 0) return { status: 'error', message: t('admin.error.fields'), fieldErrors: errors, values };
  const outcome = outcomeOf(await adminMutate(slug, membersPath(slug), AdminGrantRoleMutation, { email, role }), (d) => d.grantRole);
  if (!outcome.ok) return errorState(outcome.userErrors, values, (p) => (p === 'email' || p === 'role' ? p : null));
  // The list below the form shows the new membership too.
  revalidatePath(membersPath(slug));
  return { status: 'ok', message: t('admin.members.granted', { email }), fieldErrors: {}, values: {} };
}

/** Take a role away: the member's sessions here end, and they sign in again without it. */
export async function revokeRoleAction(slug: string, membershipId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const outcome = outcomeOf(await adminMutate(slug, membersPath(slug), AdminRevokeRoleMutation, { membershipId }), (d) => d.revokeRole);
  // The service's reason as it comes (the last administrator cannot leave, say), not a generic refusal.
  if (!outcome.ok) return { status: 'error', message: outcome.userErrors.map((e) => e.message).join(' '), fieldErrors: {}, values: {} };
  redirect(`${membersPath(slug)}?done=revoked`);
}
