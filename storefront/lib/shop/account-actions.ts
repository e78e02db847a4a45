'use server';

import { redirect } from 'next/navigation';
import { gatewayRequest, GatewayUnavailableError } from '../gateway';
import { hasMessage, t } from '../messages';
import { forwardedFor } from '../request';
import { saveSession } from '../session';
import { storeBase } from '../site';
import { SLUG_PATTERN } from '../slug';
import type { StorefrontKind } from '../tenant-kind';
import { adoptGuestCart } from './merge';
import { ShopSignUpMutation } from './operations';
import type { SignUpState } from './sign-up-state';

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * Create a customer account at this tenant (identity's `signUp`), sign in, keep the guest cart, and go
 * back to `next` (a path on this site) or the account page. Identity checks the password's strength and
 * whether the e-mail is taken; its answer comes back next to the field it names.
 */
export async function signUp(kind: StorefrontKind, slug: string, next: string | null, _previous: SignUpState, formData: FormData): Promise<SignUpState> {
  if ((kind !== 's' && kind !== 'm') || !SLUG_PATTERN.test(slug)) throw new Error('invalid storefront');
  const values = { name: field(formData, 'name').trim(), email: field(formData, 'email').trim() };
  const password = field(formData, 'password');
  if (!values.name || !values.email || !password) return { status: 'error', message: t('shop.signUp.missing'), values };

  let result;
  try {
    result = await gatewayRequest(ShopSignUpMutation, { input: { tenantSlug: slug, ...values, password } }, { tenant: slug, forwardedFor: await forwardedFor() });
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return { status: 'error', message: t('error.UNAVAILABLE'), values };
    throw error;
  }
  const payload = result.data?.signUp;
  const error = payload?.userErrors[0];
  if (!payload?.session) {
    const code = error?.code ?? String(result.errors[0]?.extensions?.code ?? 'UNKNOWN');
    const key = `shop.signUp.error.${code}`;
    return { status: 'error', message: hasMessage(key) ? t(key) : (error?.message ?? t('error.UNKNOWN')), field: error?.field?.at(-1) ?? undefined, values };
  }
  await saveSession(slug, payload.session);
  await adoptGuestCart(slug, payload.session.accessToken);
  const base = await storeBase(kind, slug);
  redirect(next && /^\/(?![/\\])[^\s]*$/.test(next) ? next : `${base}/account`);
}
