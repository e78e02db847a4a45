'use server';

import { redirect } from 'next/navigation';
import { sectionPath } from './access';
import { adminMutate } from './session';
import { SLUG_PATTERN } from '../slug';
import { AdminCancelCustomerSubscriptionMutation, AdminUpdateSubscriptionSettingsMutation } from '../shop/subscription-operations';

// The back office's subscriptions forms (Orders › Subscriptions): plain server actions as the signed-in user
// (commerce decides who may: administrators); each answers with a redirect to the list and a notice or code.

const listPath = (slug: string) => `${sectionPath(slug, 'orders')}/subscriptions`;

function codeOf(result: { data: unknown; errors: { extensions?: { code?: unknown } }[] }, field: string): string | undefined {
  const payload = (result.data as Record<string, { userErrors: { code: string }[] }> | null)?.[field];
  return payload ? payload.userErrors[0]?.code : String(result.errors[0]?.extensions?.code ?? 'UNAVAILABLE');
}

export async function cancelCustomerSubscriptionAction(slug: string, formData: FormData): Promise<void> {
  if (!SLUG_PATTERN.test(slug)) throw new Error('invalid tenant');
  const id = String(formData.get('id') ?? '');
  if (!/^[0-9a-f-]{36}$/i.test(id)) redirect(`${listPath(slug)}?error=BAD_USER_INPUT`);
  const code = codeOf(await adminMutate(slug, listPath(slug), AdminCancelCustomerSubscriptionMutation, { id }), 'cancelCustomerSubscription');
  redirect(code ? `${listPath(slug)}?error=${encodeURIComponent(code)}` : `${listPath(slug)}?done=cancelled`);
}

export async function updateSubscriptionSettingsAction(slug: string, formData: FormData): Promise<void> {
  if (!SLUG_PATTERN.test(slug)) throw new Error('invalid tenant');
  const enabled = formData.get('enabled') === 'on';
  const code = codeOf(await adminMutate(slug, listPath(slug), AdminUpdateSubscriptionSettingsMutation, { enabled }), 'updateSubscriptionSettings');
  redirect(code ? `${listPath(slug)}?error=${encodeURIComponent(code)}` : `${listPath(slug)}?done=saved`);
}
