'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { gatewayRequest, GatewayUnavailableError } from '../gateway';
import { forwardedFor } from '../request';
import { saveSession } from '../session';
import { wantsSecureCookies } from '../session-cookies';
import { storeBase } from '../site';
import { SLUG_PATTERN } from '../slug';
import type { StorefrontKind } from '../tenant-kind';
import { adoptGuestCart } from './merge';
import { phoneCookieName } from './phone-sign-in-cookie';
import { RequestSignInCodeMutation, SignInWithCodeMutation } from './phone-sign-in-operations';

// The shop's "Sign in with your phone" (issue 15, decision 0062): plain forms, so it works without
// JavaScript. The number the code went to is kept for the code step in an httpOnly cookie of this shop
// (10 minutes, like the code), not in the address bar; each step answers with a redirect to the page.

const CODE_MINUTES = 10;

function check(kind: unknown, slug: unknown): { kind: StorefrontKind; slug: string } {
  if ((kind !== 's' && kind !== 'm') || typeof slug !== 'string' || !SLUG_PATTERN.test(slug)) throw new Error('invalid storefront');
  return { kind, slug };
}

const field = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/** A path on this site to return to after signing in (only `/…`, never `//host` or `/\host`). */
const safeNext = (next: unknown): string | null => (typeof next === 'string' && /^\/(?![/\\])[^\s]*$/.test(next) ? next : null);

type Problem = { code: string };
const problemOf = (payload: { userErrors: readonly Problem[] } | null | undefined, errors: readonly { extensions?: { code?: unknown } }[]): string | null => {
  if (payload) return payload.userErrors[0]?.code ?? null;
  const code = errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : 'UNKNOWN';
};

/**
 * Every button of the page, told apart by `intent`: `send` (a number typed in), `resend` (a new code to
 * the same number), `verify` (the code, and the authenticator code when asked), `change` (start again).
 */
export async function phoneSignIn(kind: StorefrontKind, slug: string, next: string | null, formData: FormData): Promise<void> {
  const target = check(kind, slug);
  const base = await storeBase(target.kind, target.slug);
  const back = safeNext(next);
  const page = (query: Record<string, string>) => {
    const q = new URLSearchParams({ ...query, ...(back ? { next: back } : {}) }).toString();
    return `${base}/sign-in/phone${q ? `?${q}` : ''}`;
  };
  const jar = await cookies();
  const intent = field(formData, 'intent');
  const remembered = jar.get(phoneCookieName(target.slug))?.value ?? '';

  if (intent === 'change') {
    jar.delete({ name: phoneCookieName(target.slug), path: '/' });
    redirect(page({}));
  }

  if (intent === 'send' || intent === 'resend') {
    const phone = intent === 'send' ? field(formData, 'phone') : remembered;
    if (!phone) redirect(page({ error: 'BAD_USER_INPUT' }));
    let code: string | null;
    let e164: string | null = null;
    try {
      const r = await gatewayRequest(RequestSignInCodeMutation, { tenantSlug: target.slug, phone }, { tenant: target.slug, forwardedFor: await forwardedFor() });
      code = problemOf(r.data?.requestSignInCode, r.errors);
      e164 = r.data?.requestSignInCode.phone ?? null;
    } catch (error) {
      if (!(error instanceof GatewayUnavailableError)) throw error;
      console.error('[storefront] phone sign-in: gateway unavailable', error);
      code = 'UNAVAILABLE';
    }
    if (code || !e164) redirect(page({ ...(intent === 'resend' ? { step: 'code' } : {}), error: code ?? 'UNKNOWN' }));
    const secure = wantsSecureCookies((await headers()).get('x-forwarded-proto'));
    jar.set(phoneCookieName(target.slug), e164, { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: CODE_MINUTES * 60 });
    redirect(page({ step: 'code' }));
  }

  // verify
  if (!remembered) redirect(page({ error: 'TOKEN_EXPIRED' }));
  const totpCode = field(formData, 'totpCode').replace(/\s+/g, '');
  const name = field(formData, 'name');
  let code: string | null;
  let session = null;
  try {
    const r = await gatewayRequest(
      SignInWithCodeMutation,
      { input: { tenantSlug: target.slug, phone: remembered, code: field(formData, 'code').replace(/\s+/g, ''), ...(totpCode ? { totpCode } : {}), ...(name ? { name } : {}) } },
      { tenant: target.slug, forwardedFor: await forwardedFor() },
    );
    code = problemOf(r.data?.signInWithCode, r.errors);
    session = r.data?.signInWithCode.session ?? null;
  } catch (error) {
    if (!(error instanceof GatewayUnavailableError)) throw error;
    console.error('[storefront] phone sign-in: gateway unavailable', error);
    code = 'UNAVAILABLE';
  }
  if (code || !session) {
    const twoFactor = code === 'TWO_FACTOR_REQUIRED' || code === 'TWO_FACTOR_INVALID' || (code === 'INVALID_CREDENTIALS' && !!totpCode);
    redirect(page({ step: 'code', error: code ?? 'UNKNOWN', ...(twoFactor ? { totp: '1' } : {}) }));
  }
  await saveSession(target.slug, session);
  await adoptGuestCart(target.slug, session.accessToken);
  jar.delete({ name: phoneCookieName(target.slug), path: '/' });
  redirect(back ?? (base || '/'));
}
