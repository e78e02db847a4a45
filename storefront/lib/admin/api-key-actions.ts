'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { t } from '../messages';
import { adminBase } from './access';
import type { FormState } from './form-state';
import { AdminCreateApiKeyMutation, AdminRevokeApiKeyMutation } from './api-key-operations';
import { adminMutate } from './session';
import { errorState, formValues, outcomeOf, text } from './user-errors';

const keysPath = (slug: string) => `${adminBase(slug)}/api-keys`;

/** Create a key with the chosen scopes; its secret is in the returned state, shown this once. */
export async function createApiKeyAction(slug: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const name = text(formData, 'name');
  const scopes = formData.getAll('scopes').filter((s): s is string => typeof s === 'string');
  const errors: Record<string, string> = {};
  if (!name) errors.name = t('admin.apiKeys.invalid.name');
  if (scopes.length === 0) errors.scopes = t('admin.apiKeys.invalid.scopes');
  if (Object.keys(errors).length > 0) return { status: 'error', message: t('admin.error.fields'), fieldErrors: errors, values };
  const result = await adminMutate(slug, keysPath(slug), AdminCreateApiKeyMutation, { name, scopes });
  const outcome = outcomeOf(result, (d) => d.createApiKey);
  const key = result.data?.createApiKey.key;
  if (!outcome.ok || !key) return errorState(outcome.userErrors, values, (p) => (p === 'name' || p.startsWith('scopes') ? p.split('.')[0] : null));
  // The list below the form shows the new key too.
  revalidatePath(keysPath(slug));
  return {
    status: 'ok',
    message: t('admin.apiKeys.created', { name }),
    fieldErrors: {},
    values: {},
    reveal: { label: t('admin.apiKeys.secretLabel'), value: key, hint: t('admin.apiKeys.secretHint') },
  };
}

/** Revoke a key: integrations using it stop working at once. */
export async function revokeApiKeyAction(slug: string, keyId: string, _previous: FormState, _formData: FormData): Promise<FormState> {
  const outcome = outcomeOf(await adminMutate(slug, keysPath(slug), AdminRevokeApiKeyMutation, { id: keyId }), (d) => d.revokeApiKey);
  if (!outcome.ok) return errorState(outcome.userErrors, {}, () => null);
  redirect(`${keysPath(slug)}?done=revoked`);
}
