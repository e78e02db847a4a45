'use server';

import { redirect } from 'next/navigation';
import { gatewayRequest, GatewayUnavailableError } from './gateway';
import { hasMessage, t } from './messages';
import { LoginMutation } from './operations';
import { forwardedFor } from './request';
import { endSession, saveSession } from './session';
import { adoptGuestCart } from './shop/merge';
import { storeBase } from './site';
import { SLUG_PATTERN, type StorefrontKind } from './tenant';
import type { SignInState } from './sign-in-state';

function checkTarget(kind: unknown, slug: unknown): { kind: StorefrontKind; slug: string } {
  if ((kind !== 's' && kind !== 'm') || typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) {
    throw new Error('invalid storefront');
  }
  return { kind, slug };
}

/**
 * Where to go after signing in: a path on this site (from the sign-in link's `next`), else the tenant's
 * home. Never another site: only `/…` paths, and not `//host` or `/\host`.
 */
async function afterSignIn(kind: StorefrontKind, slug: string, next: unknown): Promise<string> {
  if (typeof next === 'string' && /^\/(?![/\\])[^\s]*$/.test(next)) return next;
  return (await storeBase(kind, slug)) || '/';
}

function field(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === 'string' ? value : '';
}

function failure(code: string, email: string, twoFactorRequired: boolean, fallback?: string): SignInState {
  const key = `error.${code}`;
  const message = hasMessage(key) ? t(key) : fallback || t('error.UNKNOWN');
  return { status: 'error', code, message, email, twoFactorRequired };
}

/**
 * Sign-in form action (bound to the storefront's kind, slug and the page to return to). On success the
 * session goes into httpOnly cookies and the browser goes back to that page (or the tenant's home); on
 * failure the form re-renders with the returned state.
 */
export async function signIn(
  kind: StorefrontKind,
  slug: string,
  next: string | null,
  previous: SignInState,
  formData: FormData,
): Promise<SignInState> {
  const target = checkTarget(kind, slug);
  const email = field(formData, 'email').trim();
  const password = field(formData, 'password');
  const totpCode = field(formData, 'totpCode').replace(/\s+/g, '');
  const twoFactorShown = previous.twoFactorRequired || totpCode !== '';

  if (!email || !password) return failure('MISSING_FIELDS', email, twoFactorShown);

  let result;
  try {
    result = await gatewayRequest(
      LoginMutation,
      { input: { tenantSlug: target.slug, email, password, ...(totpCode ? { totpCode } : {}) } },
      { tenant: target.slug, forwardedFor: await forwardedFor() },
    );
  } catch (error) {
    if (error instanceof GatewayUnavailableError) {
      console.error('[storefront] sign-in: gateway unavailable', error);
      return failure('UNAVAILABLE', email, twoFactorShown);
    }
    throw error;
  }

  const payload = result.data?.login;
  if (!payload) {
    const code = result.errors[0]?.extensions?.code;
    return failure(typeof code === 'string' ? code : 'UNKNOWN', email, twoFactorShown);
  }
  const userError = payload.userErrors[0];
  if (userError || !payload.session) {
    const code = userError?.code ?? 'UNKNOWN';
    return failure(code, email, twoFactorShown || code === 'TWO_FACTOR_REQUIRED', userError?.message);
  }

  await saveSession(target.slug, payload.session);
  await adoptGuestCart(target.slug, payload.session.accessToken);
  redirect(await afterSignIn(target.kind, target.slug, next));
}

/** Sign-out form action: forget the session cookies and show the tenant page signed out. */
export async function signOut(kind: StorefrontKind, slug: string): Promise<void> {
  const target = checkTarget(kind, slug);
  await endSession(target.slug);
  redirect((await storeBase(target.kind, target.slug)) || '/');
}
