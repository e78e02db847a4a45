'use server';

import { redirect } from 'next/navigation';
import { gatewayRequest, GatewayUnavailableError } from '../gateway';
import { hasMessage, t } from '../messages';
import { LoginMutation } from '../operations';
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
 * back to `next` (a path on this site) or the account page. Identity checks the password's strength; its
 * answer comes back next to the field it names. Sign-up answers alike whether or not the e-mail already
 * had an account and never signs in (decision 0023), so the account is then signed in to with what was
 * typed: that works for the new account, and otherwise the form says to sign in with the existing one.
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
  if (!payload || error) {
    const code = error?.code ?? String(result.errors[0]?.extensions?.code ?? 'UNKNOWN');
    const key = `shop.signUp.error.${code}`;
    return { status: 'error', message: hasMessage(key) ? t(key) : (error?.message ?? t('error.UNKNOWN')), field: error?.field?.at(-1) ?? undefined, values };
  }

  let signedIn;
  try {
    signedIn = await gatewayRequest(LoginMutation, { input: { tenantSlug: slug, email: values.email, password } }, { tenant: slug, forwardedFor: await forwardedFor() });
  } catch (error) {
    if (error instanceof GatewayUnavailableError) return { status: 'error', message: t('error.UNAVAILABLE'), values };
    throw error;
  }
  const session = signedIn.data?.login?.session;
  if (!session) {
    // The e-mail had an account already (or its owner uses two-factor): say so without saying more.
    const code = signedIn.data?.login?.userErrors[0]?.code;
    const message = code === 'TOO_MANY_ATTEMPTS' ? (signedIn.data?.login?.userErrors[0]?.message ?? t('error.UNKNOWN')) : t('shop.signUp.error.EXISTING');
    return { status: 'error', message, field: 'email', values };
  }
  await saveSession(slug, session);
  await adoptGuestCart(slug, session.accessToken);
  const base = await storeBase(kind, slug);
  redirect(next && /^\/(?![/\\])[^\s]*$/.test(next) ? next : `${base}/account`);
}
