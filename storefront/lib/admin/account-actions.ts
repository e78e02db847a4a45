'use server';

import { redirect } from 'next/navigation';
import { t } from '../messages';
import { endSession } from '../session';
import { adminBase } from './access';
import {
  AdminChangePasswordMutation,
  AdminDisableTwoFactorMutation,
  AdminEndMySessionMutation,
  AdminLogoutEverywhereMutation,
  AdminRequestAccountDeletionMutation,
} from './account-operations';
import type { FormState } from './form-state';
import { adminMutate } from './session';
import { errorState, outcomeOf, text, type Outcome } from './user-errors';

const accountPath = (slug: string) => `${adminBase(slug)}/account`;

/** The service's own words (an administrator may not turn two-factor off, say); a code error next to the code. */
function refused(outcome: Outcome): FormState {
  const fieldErrors: Record<string, string> = {};
  const general: string[] = [];
  for (const error of outcome.userErrors) {
    if (error.field?.[error.field.length - 1] === 'code' && !fieldErrors.code) fieldErrors.code = error.message;
    else general.push(error.message);
  }
  return { status: 'error', message: general.length > 0 ? general.join(' ') : t('admin.error.fields'), fieldErrors, values: {} };
}

/** End every session of the account, on every device and in every tenant, then sign in again here. */
export async function logoutEverywhereAction(slug: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const outcome = outcomeOf(await adminMutate(slug, accountPath(slug), AdminLogoutEverywhereMutation, {}), (d) => d.logoutEverywhere);
  if (!outcome.ok) return refused(outcome);
  // This browser's session ended with the others: its cookies go too.
  await endSession(slug);
  redirect(`${adminBase(slug)}/sign-in`);
}

/** Turn two-factor authentication off with a current code or a backup code (identity keeps administrators' on). */
export async function disableTwoFactorAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const code = text(formData, 'code').replace(/\s+/g, '');
  if (!code) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { code: t('admin.account.codeMissing') }, values: {} };
  const outcome = outcomeOf(await adminMutate(slug, accountPath(slug), AdminDisableTwoFactorMutation, { code }), (d) => d.disableTwoFactor);
  if (!outcome.ok) return refused(outcome);
  redirect(`${accountPath(slug)}?done=twoFactorOff`);
}

/** Sign out one session (another browser or phone); this page lists the rest. */
export async function endMySessionAction(slug: string, sessionId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const outcome = outcomeOf(await adminMutate(slug, accountPath(slug), AdminEndMySessionMutation, { sessionId }), (d) => d.endMySession);
  if (!outcome.ok) return refused(outcome);
  redirect(`${accountPath(slug)}?done=sessionEnded`);
}

const password = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
};

/** Change the password with the current one; identity signs the other sessions out, this one stays. */
export async function changePasswordAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const currentPassword = password(formData, 'currentPassword');
  const newPassword = password(formData, 'newPassword');
  const errors: Record<string, string> = {};
  if (!currentPassword) errors.currentPassword = t('admin.account.passwordMissing');
  if (!newPassword) errors.newPassword = t('admin.account.passwordMissing');
  else if (newPassword !== password(formData, 'confirmPassword')) errors.confirmPassword = t('admin.invitations.invalid.confirm');
  // Passwords are never sent back into the page, not even after a refusal.
  if (Object.keys(errors).length > 0) return { status: 'error', message: t('admin.error.fields'), fieldErrors: errors, values: {} };
  const outcome = outcomeOf(await adminMutate(slug, accountPath(slug), AdminChangePasswordMutation, { currentPassword, newPassword }), (d) => d.changePassword);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, (p) => (p === 'currentPassword' || p === 'newPassword' ? p : null));
  redirect(`${accountPath(slug)}?done=passwordChanged`);
}

/**
 * Close the account (GDPR/NDPA erasure): identity ends every session at once and erases the account after
 * the grace period; refused while the user is the only administrator of a business.
 */
export async function requestAccountDeletionAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const current = password(formData, 'password');
  if (!current) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { password: t('admin.account.passwordMissing') }, values: {} };
  const outcome = outcomeOf(await adminMutate(slug, accountPath(slug), AdminRequestAccountDeletionMutation, { password: current }), (d) => d.requestAccountDeletion);
  // The service's own words: which business still needs another administrator, or a wrong password.
  if (!outcome.ok) {
    const wrong = outcome.userErrors.find((e) => e.field?.[e.field.length - 1] === 'password');
    if (wrong) return { status: 'error', message: t('admin.error.fields'), fieldErrors: { password: wrong.message }, values: {} };
    return { status: 'error', message: outcome.userErrors.map((e) => e.message).join(' '), fieldErrors: {}, values: {} };
  }
  await endSession(slug);
  redirect(`${adminBase(slug)}/sign-in?closed=1`);
}
