'use server';

import { redirect } from 'next/navigation';
import { t } from '../messages';
import { endSession } from '../session';
import { adminBase } from './access';
import { AdminDisableTwoFactorMutation, AdminLogoutEverywhereMutation } from './account-operations';
import type { FormState } from './form-state';
import { adminMutate } from './session';
import { outcomeOf, text, type Outcome } from './user-errors';

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
